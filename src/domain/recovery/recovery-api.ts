import { z } from 'zod';
import { PLAN_GOALS } from '../log/vocabulary.js';

/** Answers of the recovery-plan and craving routes (their inputs are in log-api.ts). */

export const ZStreaksSchema = z.object({
  planDays: z.number(),
  daysSinceLastUse: z.number().nullable(),
  currentStreakDays: z.number(),
  longestStreakDays: z.number(),
  lapses: z.number(),
  useDaysSinceStart: z.number(),
  moneySpentSinceStart: z.number().optional(),
  moneyNotSpent: z.number().optional(),
  /** True when a price is set but the usual amount is unknown, so money not spent cannot be. */
  moneyNeedsUsualAmount: z.literal(true).optional(),
});

export const ZPlanSchema = z.object({
  goal: z.enum(PLAN_GOALS),
  startDate: z.string(),
  reasons: z.array(z.string()),
  triggers: z.array(z.string()),
  copingSteps: z.array(z.string()),
  people: z.array(z.object({ name: z.string(), phone: z.string().optional() })),
  pricePerGram: z.number().optional(),
  currency: z.string().optional(),
  usualGramsPerWeek: z.number().optional(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof ZPlanSchema>;

export const ZPlanWithProgressSchema = z.object({
  plan: ZPlanSchema.nullable(),
  progress: ZStreaksSchema.nullable(),
});
export type PlanWithProgress = z.infer<typeof ZPlanWithProgressSchema>;

export const ZCravingSchema = z.object({
  id: z.uuid(),
  at: z.string(),
  intensity: z.number(),
  toolsTried: z.array(z.string()),
  helped: z.boolean().nullable(),
  notes: z.string().nullable(),
});
export type Craving = z.infer<typeof ZCravingSchema>;
export const ZCravingResponseSchema = z.object({ craving: ZCravingSchema });
export const ZCravingListSchema = z.object({ cravings: z.array(ZCravingSchema) });
