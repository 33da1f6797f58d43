import { z } from 'zod';
import { safeText, ZIsoDateTimeSchema } from '../input-schemas.js';
import { ROUTES, type Route } from '../log/vocabulary.js';

/**
 * A supervised ketamine or esketamine treatment session, shaped like the Spravato REMS
 * patient monitoring form (Janssen, 11/2021) with the additions clinics record for off-label
 * ketamine (clinical-workspace.md §1 b1–b4).
 */

export const TREATMENT_PRODUCTS = [
  'esketamine-nasal',
  'ketamine-iv',
  'ketamine-im',
  'ketamine-oral',
  'ketamine-troche',
  'other',
] as const;
export type TreatmentProduct = (typeof TREATMENT_PRODUCTS)[number];

/** The route a product's dose is logged under in the person's own log. */
export const PRODUCT_ROUTES: Record<Exclude<TreatmentProduct, 'other'>, Route> = {
  'esketamine-nasal': 'esketamine-nasal',
  'ketamine-iv': 'intravenous',
  'ketamine-im': 'intramuscular',
  'ketamine-oral': 'oral',
  'ketamine-troche': 'sublingual',
};

/** One Spravato device holds 28 mg (NDC 50458-028). */
export const ESKETAMINE_MG_PER_DEVICE = 28;

const ZReadingSchema = z.strictObject({
  systolicMmHg: z.number().int().min(50).max(300),
  diastolicMmHg: z.number().int().min(20).max(200),
  heartRateBpm: z.number().int().min(20).max(250).optional(),
  spo2Percent: z.number().min(50).max(100).optional(),
});
export type VitalsReading = z.infer<typeof ZReadingSchema>;

const ZPressureSchema = z.object({ systolicMmHg: z.number(), diastolicMmHg: z.number() });
/** A clinic's pre-dose blood-pressure gate: advise deferring above one reading, urgent at another. */
export const ZBloodPressureGateSchema = z.object({
  deferAbove: ZPressureSchema,
  urgentFrom: ZPressureSchema,
});

/** The REMS form's sedating and blood-pressure-changing medicines, plus opioids (walkthrough). */
export const CONCOMITANT_MEDICINES = [
  'benzodiazepine',
  'nonBenzodiazepineHypnotic',
  'psychostimulant',
  'maoi',
  'opioid',
] as const;

const yesNo = z.boolean();

export const ZTreatmentSessionInputSchema = z.strictObject({
  startedAt: ZIsoDateTimeSchema,
  product: z.enum(TREATMENT_PRODUCTS),
  /** Needed for `other`; otherwise the product's route. */
  route: z.enum(ROUTES).optional(),
  doseMg: z.number().positive().max(2_000),
  devices: z.number().int().min(1).max(3).optional(),
  lotNumber: safeText(40).optional(),
  concomitant: z.strictObject(
    Object.fromEntries(CONCOMITANT_MEDICINES.map((name) => [name, yesNo])) as Record<
      (typeof CONCOMITANT_MEDICINES)[number],
      typeof yesNo
    >,
  ),
  vitals: z.strictObject({
    preDose: ZReadingSchema,
    at40Min: ZReadingSchema.optional(),
    beforeDischarge: ZReadingSchema.optional(),
  }),
  /** MOAA/S: 5 responds readily to name … 0 no response to a trapezius squeeze. */
  moaas: z
    .array(
      z.strictObject({
        atMin: z.number().int().min(0).max(1_440),
        score: z.number().int().min(0).max(5),
      }),
    )
    .max(20)
    .default([]),
  sedation: yesNo,
  dissociation: yesNo,
  /** A clinician-entered CADSS total (the items are not reproduced: licence unknown). */
  dissociationTotal: z.number().int().min(0).max(92).optional(),
  respiratoryDepression: yesNo,
  adverseEvents: z
    .array(
      z.strictObject({
        description: safeText(200).min(1),
        serious: z.boolean(),
        details: safeText(2_000).optional(),
      }),
    )
    .max(20)
    .default([]),
  monitoredMinutes: z.number().int().min(0).max(1_440),
  /** The REMS evaluation question: when the person would have been ready to leave. */
  readyToLeaveMinutes: z.number().int().min(0).max(1_440).optional(),
  dischargeCriteriaMet: yesNo,
  /** A draft can be saved incomplete; a completed session must pass every rule. */
  status: z.enum(['draft', 'completed']),
  /**
   * When the form was pre-filled from the previous session: the clinician confirms they
   * checked the lot number, the vitals and the yes/no items again.
   */
  prefilledFrom: z.uuid().optional(),
  reconfirmed: z
    .strictObject({ lotNumber: z.boolean(), vitals: z.boolean(), yesNoItems: z.boolean() })
    .optional(),
});
export type TreatmentSessionInput = z.infer<typeof ZTreatmentSessionInputSchema>;

export const ZTreatmentSessionPatchSchema = z.strictObject({
  session: ZTreatmentSessionInputSchema.optional(),
  /** When the REMS monitoring form was sent. */
  remsSubmittedAt: ZIsoDateTimeSchema.optional(),
});

const ZAdviceSchema = z.object({
  level: z.enum(['ok', 'defer', 'urgent']),
  message: z.string(),
  source: z.string(),
});

export const ZTreatmentSessionSchema = z.object({
  id: z.uuid(),
  clinic: z.string(),
  clientId: z.uuid(),
  clinician: z.string(),
  record: ZTreatmentSessionInputSchema,
  /** The dose as it shows in the person's own log. */
  doseId: z.uuid().nullable(),
  bloodPressureGate: ZAdviceSchema,
  /** Reminders the rules raise (a serious adverse event is reported to the manufacturer). */
  reminders: z.array(z.object({ message: z.string(), source: z.string() })),
  remsDueDate: z.string().nullable(),
  remsSubmittedAt: z.string().nullable(),
  remsOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TreatmentSession = z.infer<typeof ZTreatmentSessionSchema>;
export const ZTreatmentSessionResponseSchema = z.object({ session: ZTreatmentSessionSchema });
export const ZTreatmentSessionListSchema = z.object({ sessions: z.array(ZTreatmentSessionSchema) });
export const ZSessionParamsSchema = z.object({ id: z.uuid({ message: 'not a valid session id' }) });

export const ZRemsDueSchema = z.object({
  /** Completed esketamine sessions whose form is not sent yet, the most overdue first. */
  sessions: z.array(
    z.object({
      id: z.uuid(),
      clientId: z.uuid(),
      client: z.string(),
      sessionDate: z.string(),
      dueDate: z.string(),
      overdue: z.boolean(),
    }),
  ),
});

const ZMeasureCellSchema = z.union([
  z.object({ suppressed: z.literal(true) }),
  z.object({
    suppressed: z.literal(false),
    counted: z.number(),
    met: z.number(),
    rate: z.number(),
    ci95: z.tuple([z.number(), z.number()]),
  }),
]);

/** Aggregates only: no client appears, and cells of fewer than 5 people are suppressed. */
export const ZOutcomesSchema = z.object({
  groups: z.array(
    z.object({
      /** A product, or `all`. */
      product: z.string(),
      courses: z.number().nullable(),
      measures: z.object({
        response6: ZMeasureCellSchema,
        response12: ZMeasureCellSchema,
        remission12: ZMeasureCellSchema,
      }),
      medianSessionsToResponse: z.number().nullable(),
      /** The bladder score's change over the course (clients sharing check-ins). */
      bladder: z.union([
        z.object({ suppressed: z.literal(true) }),
        z.object({
          suppressed: z.literal(false),
          counted: z.number(),
          medianBaseline: z.number(),
          medianLatest: z.number(),
          medianChange: z.number(),
          rose: z.number(),
          fell: z.number(),
        }),
      ]),
    }),
  ),
  sources: z.record(z.string(), z.string()),
});

export const ZCsvSchema = z.string().meta({ description: 'CSV text' });

export const ZPrescriptionInputSchema = z.strictObject({
  product: z.enum(TREATMENT_PRODUCTS),
  /** Needed for `other`; otherwise the product's route. */
  route: z.enum(ROUTES).optional(),
  mgPerDose: z.number().positive().max(2_000),
  maxMgPerWeek: z.number().positive().max(20_000),
});
export type PrescriptionInput = z.infer<typeof ZPrescriptionInputSchema>;

/** A take-home prescription as stored. */
export const ZPrescriptionSchema = z.object({
  /** The clinic that prescribed, or null for the person's own note of it. */
  clinic: z.string().nullable(),
  product: z.enum(TREATMENT_PRODUCTS),
  route: z.enum(ROUTES),
  mgPerDose: z.number(),
  maxMgPerWeek: z.number(),
  updatedAt: z.string(),
});

export const ZPrescriptionListSchema = z.object({
  prescriptions: z.array(
    ZPrescriptionSchema.extend({
      /** This week first, then the 7 before, from the person's own log. */
      weeks: z.array(
        z.object({ weekStart: z.string(), mg: z.number(), maxMg: z.number(), over: z.boolean() }),
      ),
    }),
  ),
  /**
   * Said to the person first when this or last week went over a prescription (the first such
   * prescription, that week's figures); the web app words it. Null for a clinic.
   */
  warning: z
    .object({
      code: z.literal('over-prescription'),
      clinic: z.string().nullable(),
      weekStart: z.string(),
      mg: z.number(),
      maxMg: z.number(),
    })
    .nullable(),
});
