import { z } from 'zod';
import { maxSubstanceNameLength, maxSubstancesPerCheck } from '../interactions/check-limits.js';
import {
  isInAcceptedRange,
  ZIsoDateSchema,
  ZIsoDateTimeSchema,
  safeText,
} from '../input-schemas.js';
import { checkInLimits, coUseLimits, cravingLimits, doseLimits, maxDoseMg } from './log-limits.js';
import {
  cravingTools,
  DOSE_PURPOSES,
  PLAN_GOALS,
  ROUTES,
  WITHDRAWAL_SYMPTOMS,
  type WithdrawalSymptom,
} from './vocabulary.js';

/**
 * Request and response bodies of the self-monitoring routes, shared by the server,
 * the web app and the API reference. Amounts carry their unit in the field name.
 */

/** A dose may be dated at most a day ahead (clock skew, time zones). */
export const maxFutureMs = 24 * 60 * 60 * 1000;

/** A whole number within a field's limits (log-limits.ts). */
const wholeNumberIn = ({ min, max }: { min: number; max: number }) =>
  z.number().int().min(min).max(max);
const score0to10 = z.number().int().min(0).max(10);
const score0to3 = z.number().int().min(0).max(3);

export const ZCoUseSchema = z.strictObject({
  substance: safeText(coUseLimits.substance.maxLength).min(1, 'Name the substance'),
  amount: z.number().positive().max(coUseLimits.amount.max).optional(),
  unit: safeText(coUseLimits.unit.maxLength).min(1).optional(),
});

export const ZDoseInputSchema = z.strictObject({
  takenAt: ZIsoDateTimeSchema,
  mg: z
    .number()
    .positive('mg must be more than 0')
    .max(maxDoseMg, `mg must be at most ${maxDoseMg}`),
  route: z.enum(ROUTES),
  purpose: z.enum(DOSE_PURPOSES).optional(),
  coUse: z.array(ZCoUseSchema).max(20).optional(),
  setting: safeText(doseLimits.setting.maxLength).optional(),
  notes: safeText(doseLimits.notes.maxLength).optional(),
});
export type DoseInput = z.infer<typeof ZDoseInputSchema>;

export const ZDosePatchSchema = ZDoseInputSchema.partial().strict();

export const ZDoseSchema = z.object({
  id: z.uuid(),
  takenAt: z.string(),
  mg: z.number(),
  route: z.enum(ROUTES),
  purpose: z.enum(DOSE_PURPOSES).nullable(),
  coUse: z.array(
    z.object({
      substance: z.string(),
      amount: z.number().optional(),
      unit: z.string().optional(),
      /** What the name resolved to in the combination data, if anything. */
      resolvedAs: z.object({ substance: z.string(), class: z.string() }).nullable(),
    }),
  ),
  setting: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type Dose = z.infer<typeof ZDoseSchema>;
export const ZDoseResponseSchema = z.object({ dose: ZDoseSchema });
export const ZDoseListSchema = z.object({
  doses: z.array(ZDoseSchema),
  nextCursor: z.string().nullable(),
});

export const ZDoseListQuerySchema = z.object({
  from: ZIsoDateTimeSchema.optional(),
  to: ZIsoDateTimeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** The `nextCursor` of the previous page. */
  before: z
    .string()
    .max(100)
    .transform((cursor, ctx) => {
      const parsed = parseDoseCursor(cursor);
      if (!parsed) ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out' });
      return parsed ?? z.NEVER;
    })
    .optional(),
});

/**
 * A page cursor names the last dose shown by its time and id: doses logged for the same
 * minute sort by id, so none is skipped or shown twice at a page edge.
 */
export type DoseCursor = { takenAt: Date; id: string };

export function encodeDoseCursor(dose: { takenAt: string; id: string }): string {
  return `${dose.takenAt}_${dose.id}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDoseCursor(cursor: string): DoseCursor | null {
  const [time, id, ...rest] = cursor.split('_');
  if (!time || !id || rest.length > 0 || !uuidPattern.test(id)) return null;
  const takenAt = new Date(time);
  return Number.isNaN(takenAt.getTime()) || !isInAcceptedRange(takenAt) ? null : { takenAt, id };
}

export const ZIdParamsSchema = z.object({ id: z.uuid({ message: 'not a valid id' }) });

const symptomShape = Object.fromEntries(
  WITHDRAWAL_SYMPTOMS.map((symptom) => [symptom, score0to3.optional()]),
) as Record<WithdrawalSymptom, z.ZodOptional<typeof score0to3>>;

export const ZCheckInInputSchema = z
  .strictObject({
    date: ZIsoDateSchema,
    craving: score0to10.optional(),
    mood: score0to10.optional(),
    sleepHours: z
      .number()
      .min(checkInLimits.sleepHours.min)
      .max(checkInLimits.sleepHours.max)
      .optional(),
    /** 1 very poor – 5 very good */
    sleepQuality: z.number().int().min(1).max(5).optional(),
    symptoms: z.strictObject(symptomShape).optional(),
    dissociation: score0to3.optional(),
    urinaryFrequency: score0to3.optional(),
    urinaryUrgency: score0to3.optional(),
    painPassingUrine: score0to3.optional(),
    lowerBellyPain: score0to3.optional(),
    bloodInUrine: z.boolean().optional(),
    selfHarmThoughts: z.boolean().optional(),
    systolicMmHg: wholeNumberIn(checkInLimits.systolicMmHg).optional(),
    diastolicMmHg: wholeNumberIn(checkInLimits.diastolicMmHg).optional(),
    heartRateBpm: wholeNumberIn(checkInLimits.heartRateBpm).optional(),
    notes: safeText(checkInLimits.notes.maxLength).optional(),
  })
  .refine(
    (checkIn) => (checkIn.systolicMmHg === undefined) === (checkIn.diastolicMmHg === undefined),
    { message: 'Give both blood pressure numbers, or neither', path: ['diastolicMmHg'] },
  )
  .refine(
    (checkIn) =>
      checkIn.systolicMmHg === undefined ||
      checkIn.diastolicMmHg === undefined ||
      checkIn.systolicMmHg > checkIn.diastolicMmHg,
    { message: 'The first (systolic) number is the larger one', path: ['systolicMmHg'] },
  );
export type CheckInInput = z.infer<typeof ZCheckInInputSchema>;

export const ZCheckInSchema = z.object({
  date: z.string(),
  craving: z.number().nullable(),
  mood: z.number().nullable(),
  sleepHours: z.number().nullable(),
  sleepQuality: z.number().nullable(),
  symptoms: z.record(z.string(), z.number()),
  dissociation: z.number().nullable(),
  urinaryFrequency: z.number().nullable(),
  urinaryUrgency: z.number().nullable(),
  painPassingUrine: z.number().nullable(),
  lowerBellyPain: z.number().nullable(),
  bloodInUrine: z.boolean().nullable(),
  selfHarmThoughts: z.boolean().nullable(),
  systolicMmHg: z.number().nullable(),
  diastolicMmHg: z.number().nullable(),
  heartRateBpm: z.number().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.string(),
});
export type CheckIn = z.infer<typeof ZCheckInSchema>;
export const ZCheckInResponseSchema = z.object({ checkIn: ZCheckInSchema });
export const ZCheckInListSchema = z.object({ checkIns: z.array(ZCheckInSchema) });

export const ZDateParamsSchema = z.object({ date: ZIsoDateSchema });
export const ZDateRangeQuerySchema = z.object({
  from: ZIsoDateSchema.optional(),
  to: ZIsoDateSchema.optional(),
});

export const ZPlanInputSchema = z.strictObject({
  goal: z.enum(PLAN_GOALS),
  startDate: ZIsoDateSchema,
  reasons: z.array(safeText(300).min(1)).max(20).default([]),
  triggers: z.array(safeText(300).min(1)).max(20).default([]),
  copingSteps: z.array(safeText(300).min(1)).max(20).default([]),
  people: z
    .array(z.strictObject({ name: safeText(80).min(1), phone: safeText(40).optional() }))
    .max(10)
    .default([]),
  /** What a gram costs the person, in their own currency, for "money not spent". */
  pricePerGram: z.number().positive().max(100_000).optional(),
  /** ISO 4217 code of that currency, e.g. GBP, so amounts show as £12.50. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as GBP or EUR')
    .refine((code) => Intl.supportedValuesOf('currency').includes(code), 'Unknown currency')
    .optional(),
  /** Grams the person usually used in a week before the plan, for "money not spent". */
  usualGramsPerWeek: z.number().positive().max(1000).optional(),
});
export type PlanInput = z.infer<typeof ZPlanInputSchema>;

export const ZCravingInputSchema = z.strictObject({
  at: ZIsoDateTimeSchema.optional(),
  intensity: score0to10,
  toolsTried: z.array(z.enum(cravingTools)).max(cravingTools.length).default([]),
  helped: z.boolean().nullable().default(null),
  notes: safeText(cravingLimits.notes.maxLength).optional(),
});
export type CravingInput = z.infer<typeof ZCravingInputSchema>;

export const ZQuestionnaireAnswersSchema = z.strictObject({
  answers: z.array(z.unknown()).max(100),
  context: z.strictObject({ sex: z.enum(['male', 'female']).optional() }).optional(),
});

export const ZInteractionCheckInputSchema = z.strictObject({
  substances: z
    .array(
      safeText(
        maxSubstanceNameLength,
        `A substance name can be at most ${maxSubstanceNameLength} characters`,
      ),
    )
    .min(1, 'Name at least one substance')
    .max(maxSubstancesPerCheck, `Check at most ${maxSubstancesPerCheck} substances at a time`),
});

/**
 * Creating routes accept an Idempotency-Key header: a retry with the same key gets the first
 * answer and stores nothing twice. The web app sends a new UUID with each submit.
 */
export const ZIdempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'use 1 to 200 visible ASCII characters, such as a UUID')
    .optional(),
});
