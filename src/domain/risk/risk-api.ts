import { z } from 'zod';
import { HELP_NEEDS, type HelpNeed } from '../help/lines-for-need.js';
import { ZSourceSchema } from '../interactions/interaction-data-schema.js';
import { interactionLevels } from '../interactions/interaction-level.js';
import {
  BLADDER_SCORED_ITEMS,
  PLAN_GOALS,
  ROUTES,
  WITHDRAWAL_SYMPTOMS,
} from '../log/vocabulary.js';
import { SEVERITIES } from '../severity.js';
import { ARTICLE_SLUGS, type RiskFlag, type RiskFlagCode, type RiskFlagParams } from './types.js';

/** Answers of the risk route and of the combination checker. */

const trend = z.enum(['rising', 'steady', 'falling', 'not-enough-data']);

const count = z.number().int().nonnegative();
const pair = z.object({ a: z.string(), b: z.string() }).nullable();

/** The parameters of each flag code: numbers, dates and ids, never words. */
const riskFlagParams = {
  binge: z.object({ doses: count, windowHours: z.number(), largeTotal: z.boolean() }),
  'blood-in-urine': z.object({}).strict(),
  'severe-lower-belly-pain': z.object({}).strict(),
  'bladder-symptoms': z.object({ items: z.array(z.enum(BLADDER_SCORED_ITEMS)) }),
  'blood-pressure-crisis': z.object({
    systolicMmHg: z.number().nullable(),
    diastolicMmHg: z.number().nullable(),
  }),
  'blood-pressure-high': z.object({ readings: count }),
  'craving-rising': z.object({ recentMean: z.number(), previousMean: z.number() }),
  'goal-progress': z.object({
    goal: z.enum(PLAN_GOALS),
    startDate: z.string(),
    currentStreakDays: count,
    longestStreakDays: count,
    lapses: count,
    moneyNotSpent: z.number().optional(),
  }),
  'heavy-amount': z.object({ mg: z.number(), route: z.enum(ROUTES), otherLargeDoses: count }),
  'days-since-last-use': z.object({ days: count }),
  'combination-unknown': z.object({ names: z.array(z.string()) }),
  'dangerous-combination': z.object({
    active: z.boolean(),
    substances: z.array(z.string()),
    pair,
    stackedDepressants: z.boolean(),
    pairSteps: z.boolean(),
  }),
  'combination-caution': z.object({ substances: z.array(z.string()), pair }),
  'self-harm-thoughts': z.object({ fromCheckIn: z.boolean() }),
  'escalating-use': z.object({
    amount: z.object({ recentMgPerUseDay: z.number(), baselineMgPerUseDay: z.number() }).nullable(),
    frequency: z
      .object({ recentUseDaysPerWeek: z.number(), baselineUseDaysPerWeek: z.number() })
      .nullable(),
  }),
  'use-days': z.object({ useDaysLast7: count, useDaysLast28: count, mgPerUseDay: z.number() }),
  'withdrawal-acute': z.object({ day: count, symptoms: z.array(z.enum(WITHDRAWAL_SYMPTOMS)) }),
  'tolerance-reset': z.object({ day: count }),
} satisfies { [Code in RiskFlagCode]: z.ZodType<RiskFlagParams[Code]> };

const flagFields = {
  severity: z.enum(SEVERITIES),
  /** The citation behind the rule. */
  source: z.string(),
  articleSlug: z.enum(ARTICLE_SLUGS).optional(),
  /** Local date of the latest event behind the flag. */
  lastEventDate: z.string().optional(),
  /** The help lines the action points to (crisis, urgent care). */
  helpNeed: z.enum(Object.keys(HELP_NEEDS) as [HelpNeed, ...HelpNeed[]]).optional(),
};

/** A flag is a stable code with its parameters; clients word it from the message catalogue. */
export const ZRiskFlagSchema = z.discriminatedUnion(
  'code',
  (Object.keys(riskFlagParams) as RiskFlagCode[]).map((code) =>
    z.object({ code: z.literal(code), params: riskFlagParams[code], ...flagFields }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<RiskFlag>;

export const ZRiskResultSchema = z.object({
  /** Urgent first. */
  flags: z.array(ZRiskFlagSchema),
  summary: z.object({
    today: z.string(),
    lastUseDate: z.string().nullable(),
    daysSinceLastUse: z.number().nullable(),
    useDaysLast7: z.number(),
    useDaysLast28: z.number(),
    mgPerUseDayLast28: z.number().nullable(),
    mgPerUseDayTrend: trend,
    cravingTrend: trend,
    withdrawalPhase: z.enum(['none', 'using', 'acute', 'early-recovery']),
    withdrawalDay: z.number().nullable(),
    goal: z
      .object({
        goal: z.enum(PLAN_GOALS),
        startDate: z.string(),
        daysSinceStart: z.number(),
        daysSinceLastUse: z.number().nullable(),
        currentStreakDays: z.number(),
        longestStreakDays: z.number(),
        lapses: z.number(),
        moneyNotSpent: z.number().optional(),
      })
      .nullable(),
  }),
});

const level = z.enum(interactionLevels);

export const ZInteractionCheckSchema = z.object({
  overall: level,
  /** The substances checked, in the order given, once each: the rows of a grid. */
  substances: z.array(z.string()),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      level,
      what: z.string(),
      todo: z.string(),
      sources: z.array(ZSourceSchema),
      articleSlug: z.literal('combinations'),
    }),
  ),
  /** Names that could not be resolved, as given (trimmed). */
  unknown: z.array(z.string()),
  resolved: z.array(z.object({ input: z.string(), substance: z.string(), class: z.string() })),
  /** Two or more different depressants are in the list. */
  stackedDepressants: z.boolean(),
  notes: z.array(z.string()),
});
