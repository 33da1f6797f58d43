import { z } from 'zod';
import { maxDoseMg } from '../log/log-api.js';
import { ROUTES } from '../log/vocabulary.js';
import { pointCountFor, zRegimenSchema } from './regimen-schema.js';

/**
 * Limits of a visitor's simulation (POST /api/simulate, and the simulator page on the device),
 * so one public request stays cheap. Measured on 2 busy cores: 20,000 points with one dose ≈
 * 0.15 s; each dose off the time grid adds roughly 10 ms (the 201-person band needs a matrix
 * exponential per person for it), so 50 doses ≈ 0.5 s.
 */
export const simulateLimits = { maxPoints: 20_000, maxMinutes: 2 * 24 * 60, maxDoses: 50 } as const;

const tooBigMessage = `A simulation here is limited to ${simulateLimits.maxPoints.toLocaleString('en')} points and 2 days (untilMin ≤ ${simulateLimits.maxMinutes}): raise stepMin or shorten untilMin (the ketalog simulate command has no such limit)`;

export const ZSimulateBodySchema = zRegimenSchema
  .refine((regimen) => regimen.untilMin <= simulateLimits.maxMinutes, {
    message: tooBigMessage,
    path: ['untilMin'],
  })
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
