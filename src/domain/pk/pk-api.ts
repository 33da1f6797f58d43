import { z } from 'zod';
import { maxDoseMg } from '../log/log-limits.js';
import { ROUTES } from '../log/vocabulary.js';
import { modelIds } from './compartment-models.js';
import { effectBands } from './effect-bands.js';
import { modelChoiceReasons } from './model-choice.js';
import { pointCountFor, ZRegimenSchema } from './regimen-schema.js';
import { routeIds } from './routes.js';

/** Requests and answers of the levels routes: the public simulator and the person's levels. */

/**
 * Limits of a visitor's simulation (POST /api/simulate, and the simulator page on the device),
 * so one public request stays cheap. Measured on 2 busy cores: 20,000 points with one dose ≈
 * 0.15 s; each dose off the time grid adds roughly 10 ms (the 201-person band needs a matrix
 * exponential per person for it), so 50 doses ≈ 0.5 s.
 */
export const simulateLimits = { maxPoints: 20_000, maxMinutes: 2 * 24 * 60, maxDoses: 50 } as const;

const tooBigMessage = `A simulation here is limited to ${simulateLimits.maxPoints.toLocaleString('en')} points and 2 days (untilMin ≤ ${simulateLimits.maxMinutes}): raise stepMin or shorten untilMin (the ketalog simulate command has no such limit)`;

export const ZSimulateBodySchema = ZRegimenSchema.refine(
  (regimen) => regimen.untilMin <= simulateLimits.maxMinutes,
  {
    message: tooBigMessage,
    path: ['untilMin'],
  },
)
  .refine((regimen) => pointCountFor(regimen) <= simulateLimits.maxPoints, {
    message: tooBigMessage,
    path: ['stepMin'],
  })
  .refine((regimen) => regimen.doses.length <= simulateLimits.maxDoses, {
    message: `A simulation here is limited to ${simulateLimits.maxDoses} doses (the ketalog simulate command takes more)`,
    path: ['doses'],
  });

/** A what-if redose can be placed up to 6 hours from now, so it stays inside the chart. */
export const whatIfMaxInMin = 6 * 60;

const whatIfFields = ['whatIfMg', 'whatIfRoute', 'whatIfInMin'] as const;

export const ZLevelsQuerySchema = z
  .object({
    whatIfMg: z.coerce
      .number()
      .positive('whatIfMg must be more than 0')
      .max(maxDoseMg, `whatIfMg must be at most ${maxDoseMg}`)
      .optional(),
    whatIfRoute: z.enum(ROUTES).optional(),
    whatIfInMin: z.coerce
      .number()
      .min(0, 'whatIfInMin must be 0 (now) or later')
      .max(whatIfMaxInMin, `whatIfInMin must be at most ${whatIfMaxInMin} (6 hours)`)
      .optional(),
  })
  .refine(
    (query) => {
      const given = whatIfFields.filter((field) => query[field] !== undefined).length;
      return given === 0 || given === whatIfFields.length;
    },
    { message: 'Give whatIfMg, whatIfRoute and whatIfInMin together, or none of them' },
  );
export type LevelsQuery = z.output<typeof ZLevelsQuerySchema>;

const bandId = z.enum(effectBands.map((band) => band.id) as [BandId, ...BandId[]]);
type BandId = (typeof effectBands)[number]['id'];
const route = z.enum(routeIds);
const numbers = z.array(z.number());

export const ZSimulationResultSchema = z.object({
  timesMin: numbers,
  plasmaNgPerMl: numbers,
  /** Drug that has reached the blood and is still in the body (central + peripheral), mg. */
  amountInBodyMg: numbers,
  /** Highest grid point of the typical curve. */
  peak: z.object({ timeMin: z.number(), ngPerMl: z.number() }),
  landmarks: z.array(
    z.object({
      id: bandId,
      label: z.string(),
      lowerNgPerMl: z.number(),
      upperNgPerMl: z.number(),
      source: z.string(),
      /** Periods inside [lower, upper]; leaveMin null if still inside at the end. */
      intervals: z.array(z.object({ enterMin: z.number(), leaveMin: z.number().nullable() })),
      reached: z.boolean(),
      fallsBelowAtMin: z.number().nullable(),
      minutesBelowAfterLastDose: z.number().nullable(),
    }),
  ),
  band: z.object({
    p5NgPerMl: numbers,
    p95NgPerMl: numbers,
    assumption: z.string(),
    people: z.number(),
    seed: z.number(),
  }),
  model: z.object({
    id: z.enum(modelIds),
    label: z.string(),
    substance: z.string(),
    reference: z.string(),
    weightKg: z.number(),
    typical: z.object({
      v1L: z.number(),
      k10PerMin: z.number(),
      k12PerMin: z.number(),
      k13PerMin: z.number(),
      k21PerMin: z.number(),
      k31PerMin: z.number(),
    }),
    /** Why this model was used, as a code and in words. */
    reason: z.enum(Object.keys(modelChoiceReasons) as [ModelChoiceReason, ...ModelChoiceReason[]]),
    reasonText: z.string(),
    /** Its error against published studies (null: not checked), and the same in words. */
    error: z
      .object({ typicalFold: z.number(), largestFold: z.number(), studyArms: z.number() })
      .nullable(),
    errorText: z.string(),
  }),
  notes: z.array(z.string()),
});
type ModelChoiceReason = keyof typeof modelChoiceReasons;

export const ZLevelsSchema = z.object({
  nowMin: z.number(),
  /** The time of t = 0: the first dose of the last 48 hours, or 48 hours ago. */
  startAt: z.string(),
  weightKg: z.number(),
  assumedWeight: z.boolean(),
  /** The person's time zone, for showing clock times. */
  timeZone: z.string(),
  doses: z.array(z.object({ takenAt: z.string(), atMin: z.number(), mg: z.number(), route })),
  /** Logged doses left out because the model has no data for their route. */
  skippedDoses: z.number(),
  whatIf: z.object({ at: z.string(), atMin: z.number(), mg: z.number(), route }).nullable(),
  /** With a what-if: the typical curve without it, on the same grid, to compare. */
  withoutWhatIfNgPerMl: numbers.nullable(),
  result: ZSimulationResultSchema,
  summary: z.object({
    /** Typical estimated plasma level now, ng/mL. */
    nowNgPerMl: z.number(),
    /** Bands whose lower edge the typical curve is at or above now, lowest band first. */
    aboveBands: z.array(z.object({ band: bandId, untilAt: z.string().nullable() })),
    /** The highest band at or above its lower edge now (the headline), or null. */
    highestBandNow: bandId.nullable(),
    /** The highest band the typical curve reaches from now to the end of the chart. */
    highestBandAhead: bandId.nullable(),
    /** The same for the 95th percentile: what some people would reach. */
    highestBandAheadP95: bandId.nullable(),
    /** Highest point of the typical curve from now on. */
    peakAhead: z.object({ at: z.string(), ngPerMl: z.number() }),
  }),
});
export type Levels = z.infer<typeof ZLevelsSchema>;
export type LevelsSummary = Levels['summary'];
