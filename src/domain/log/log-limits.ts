import type { FieldLimits } from '../validation/field-limits.js';

/**
 * The shape limits of the fields Today's forms show (dose, co-use, check-in, craving). The
 * API schemas in log-api.ts are built from these, and the forms read them here, so Today
 * shows "at most 2000 characters" from the one rule without loading the schema library.
 */

/** A dose may be at most 10,000 mg. */
export const maxDoseMg = 10_000;

export const doseLimits = {
  mg: { max: maxDoseMg },
  setting: { maxLength: 200 },
  notes: { maxLength: 2000 },
} as const satisfies Record<string, FieldLimits>;

export const coUseLimits = {
  substance: { maxLength: 80 },
  amount: { max: 100_000 },
  unit: { maxLength: 20 },
} as const satisfies Record<string, FieldLimits>;

export const checkInLimits = {
  sleepHours: { min: 0, max: 24 },
  systolicMmHg: { min: 50, max: 300 },
  diastolicMmHg: { min: 20, max: 200 },
  heartRateBpm: { min: 20, max: 250 },
  notes: { maxLength: 2000 },
} as const satisfies Record<string, FieldLimits>;

export const cravingLimits = {
  notes: { maxLength: 1000 },
} as const satisfies Record<string, FieldLimits>;
