import type { z } from 'zod';
import { fieldLimits, type FieldLimits } from '../../domain/validation/field-limits.js';

/**
 * A field's limits as Field props: `min`/`max` for numbers (marked, not enforced, by the
 * browser) and `maxChars` for text (said while typing).
 */
export function limitProps({ maxLength, min, max }: FieldLimits): {
  min?: number;
  max?: number;
  maxChars?: number;
} {
  return {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(maxLength === undefined ? {} : { maxChars: maxLength }),
  };
}

/** A field's limits read from its API schema, as Field props. */
export const inputLimits = (schema: z.ZodType) => limitProps(fieldLimits(schema));
