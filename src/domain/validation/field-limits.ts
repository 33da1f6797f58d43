import type { z } from 'zod';

/** The shape limits of one field, as its schema declares them (for forms to show). */
export type FieldLimits = { maxLength?: number; min?: number; max?: number };

type Inspectable = {
  def: { type: string; innerType?: Inspectable };
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
};

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly']);

/**
 * Reads a field's limits from its zod schema — the same schema the API validates with — so a
 * form says "at most 2000 characters" from the one rule, never from a copy of the number.
 */
export function fieldLimits(schema: z.ZodType): FieldLimits {
  let inner = schema as unknown as Inspectable;
  while (wrappers.has(inner.def.type) && inner.def.innerType) inner = inner.def.innerType;
  const limits: FieldLimits = {};
  if (typeof inner.maxLength === 'number') limits.maxLength = inner.maxLength;
  if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue)) {
    limits.min = inner.minValue;
  }
  if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue)) {
    limits.max = inner.maxValue;
  }
  return limits;
}
