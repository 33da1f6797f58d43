import { z } from 'zod';
import { AppError } from '../errors.js';
import { modelIds } from './compartment-models.js';
import { mixedSubstancesMessage, mixesSubstances } from './model-choice.js';
import { routeIds } from './routes.js';

/** Limits keep one simulation well under a second (see bench/pk.ts for the speed). */
export const regimenLimits = {
  minWeightKg: 20,
  maxWeightKg: 300,
  maxDoseMg: 10_000,
  maxDoses: 500,
  maxMinutes: 7 * 24 * 60,
  minStepMin: 0.1,
  maxPoints: 200_001,
} as const;

export const ZRegimenDoseSchema = z
  .object({
    atMin: z.number().min(0).max(regimenLimits.maxMinutes),
    mg: z.number().positive().max(regimenLimits.maxDoseMg),
    route: z.enum(routeIds),
    durationMin: z.number().min(0).max(regimenLimits.maxMinutes).optional(),
  })
  .refine((dose) => !dose.durationMin || dose.route === 'intravenous', {
    message: 'durationMin (an infusion) is only possible for the intravenous route',
    path: ['durationMin'],
  });

export const ZRegimenSchema = z
  .object({
    weightKg: z.number().min(regimenLimits.minWeightKg).max(regimenLimits.maxWeightKg),
    /** Optional: without it the model is chosen from the doses (model-choice.ts). */
    model: z.enum(modelIds).optional(),
    doses: z.array(ZRegimenDoseSchema).max(regimenLimits.maxDoses),
    untilMin: z.number().positive().max(regimenLimits.maxMinutes),
    stepMin: z.number().min(regimenLimits.minStepMin).max(regimenLimits.maxMinutes),
  })
  .refine((r) => pointCountFor(r) <= regimenLimits.maxPoints, {
    message: `untilMin / stepMin gives more than ${regimenLimits.maxPoints} points; use a larger step`,
    path: ['stepMin'],
  })
  .refine((r) => r.stepMin <= r.untilMin, {
    message: 'stepMin must not be larger than untilMin',
    path: ['stepMin'],
  })
  .refine((r) => r.model !== undefined || !mixesSubstances(r.doses), {
    message: mixedSubstancesMessage,
    path: ['model'],
  });

/** What callers send. */
export type RegimenInput = z.input<typeof ZRegimenSchema>;
/** A validated regimen. */
export type Regimen = z.output<typeof ZRegimenSchema>;

/** Grid points from 0 to untilMin inclusive (the last point is the last whole step). */
export function pointCountFor({
  untilMin,
  stepMin,
}: {
  untilMin: number;
  stepMin: number;
}): number {
  return Math.floor(untilMin / stepMin + 1e-9) + 1;
}

/** Validates a regimen; throws AppError('validation_failed') with one detail per problem. */
export function parseRegimen(input: unknown): Regimen {
  const parsed = ZRegimenSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'validation_failed',
    'The regimen is not valid',
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}
