import type { z } from 'zod';
import { fieldLimits } from '../../domain/validation/field-limits.js';

/**
 * A field's limits from its API schema as Field props: `min`/`max` for numbers (marked, not
 * enforced, by the browser) and `maxChars` for text (said while typing).
 */
export function inputLimits(schema: z.ZodType): { min?: number; max?: number; maxChars?: number } {
  const { maxLength, min, max } = fieldLimits(schema);
  return {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(maxLength === undefined ? {} : { maxChars: maxLength }),
  };
}
