import { z } from 'zod';
import { HELP_NEEDS, type HelpNeed } from '../help/lines-for-need.js';
import { ZSourceSchema } from '../interactions/interaction-data-schema.js';
import { interactionLevels } from '../interactions/interaction-level.js';
import { PLAN_GOALS } from '../log/vocabulary.js';
import { SEVERITIES } from '../severity.js';
import { ARTICLE_SLUGS } from './types.js';

/** Answers of the risk route and of the combination checker. */

const trend = z.enum(['rising', 'steady', 'falling', 'not-enough-data']);

export const ZRiskFlagSchema = z.object({
  /** Stable machine code, e.g. 'binge', 'blood-in-urine'. */
  code: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  why: z.string(),
  action: z.string(),
  source: z.string(),
  articleSlug: z.enum(ARTICLE_SLUGS).optional(),
  /** Local date of the latest event behind the flag. */
  lastEventDate: z.string().optional(),
  /** The help lines the action points to (crisis, urgent care). */
  helpNeed: z.enum(Object.keys(HELP_NEEDS) as [HelpNeed, ...HelpNeed[]]).optional(),
});

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
