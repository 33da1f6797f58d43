import { z } from 'zod';
import { ZIsoDateTimeSchema } from '../input-schemas.js';
import { PREPARATION_CLASSES } from './preparation-check.js';

/**
 * Request and response bodies of what a clinic plans around sessions: its preparation rules,
 * a client's next session (with the check of their log against those rules) and the
 * self-checks it schedules for a client (a PHQ-9 every 2 weeks, say).
 */

const dateTime = z.iso.datetime({ offset: true });

const ZPreparationRuleSchema = z.strictObject({
  /** A substance class of the combination data (content/interactions/substances.json). */
  substanceClass: z.enum(PREPARATION_CLASSES as [string, ...string[]]),
  hours: z.number().int().min(1).max(168),
});

export const ZPreparationRulesInputSchema = z.strictObject({
  rules: z
    .array(ZPreparationRuleSchema)
    .max(PREPARATION_CLASSES.length)
    .refine(
      (rules) => new Set(rules.map((rule) => rule.substanceClass)).size === rules.length,
      'Name each substance once',
    ),
});
export type PreparationRulesInput = z.infer<typeof ZPreparationRulesInputSchema>;

export const ZPreparationRulesSchema = z.object({
  rules: z.array(z.object({ substanceClass: z.string(), hours: z.number() })),
  /** The clinic has not set its own: the default (alcohol, benzodiazepines, cannabis, opioids, 24 h). */
  isDefault: z.boolean(),
  source: z.string(),
});

export const ZPreparationCheckSchema = z.object({
  sessionAt: dateTime,
  status: z.enum(['upcoming', 'clear', 'found']),
  checksFrom: dateTime,
  rules: z.array(z.object({ substanceClass: z.string(), hours: z.number() })),
  findings: z.array(
    z.object({
      substanceClass: z.string(),
      substance: z.string(),
      takenAt: dateTime,
      hours: z.number(),
    }),
  ),
  unrecognised: z.array(z.string()),
  source: z.string(),
});

/** A session the clinic planned; `startsAt: null` clears it. */
export const ZNextSessionInputSchema = z.strictObject({ startsAt: ZIsoDateTimeSchema.nullable() });

export const ZClientNextSessionSchema = z.object({
  nextSession: z.object({ startsAt: dateTime, updatedAt: dateTime }).nullable(),
  /** Only when the client shares their log; otherwise null (the clinic sees nothing of it). */
  preparation: ZPreparationCheckSchema.nullable(),
});

/** Self-checks a clinic can schedule: the mood measures of its outcomes. */
export const SCHEDULABLE_QUESTIONNAIRES = ['phq-9', 'gad-7'] as const;

/** `everyDays: null` stops the schedule. */
export const ZQuestionnaireScheduleInputSchema = z.strictObject({
  questionnaireId: z.enum(SCHEDULABLE_QUESTIONNAIRES),
  everyDays: z.number().int().min(7).max(90).nullable(),
});

const ZScheduleEntrySchema = z.object({
  clinic: z.string(),
  questionnaireId: z.enum(SCHEDULABLE_QUESTIONNAIRES),
  everyDays: z.number(),
  startsOn: z.string(),
  /** Null when the clinic may not see the client's self-checks. */
  dueOn: z.string().nullable(),
  status: z.enum(['upcoming', 'due', 'overdue']).nullable(),
  lastTakenOn: z.string().nullable(),
});
export type ScheduleEntry = z.infer<typeof ZScheduleEntrySchema>;

export const ZQuestionnaireScheduleListSchema = z.object({
  schedules: z.array(ZScheduleEntrySchema),
  source: z.string(),
});

/** What a clinic plans for the person, as stored (the export's record of it). */
export const ZTreatmentPlansSchema = z.object({
  /** Each clinic's next session for the person (one at most per clinic), past ones too. */
  plannedSessions: z.array(
    z.object({ clinic: z.string(), startsAt: dateTime, updatedAt: dateTime }),
  ),
  /** The self-checks clinics asked the person to repeat. */
  questionnaireSchedules: z.array(
    ZScheduleEntrySchema.pick({
      clinic: true,
      questionnaireId: true,
      everyDays: true,
      startsOn: true,
    }).extend({ updatedAt: dateTime }),
  ),
});

/** What the person sees of every clinic's plans for them. */
export const ZMyTreatmentScheduleSchema = z.object({
  nextSessions: z.array(
    z.object({
      clinic: z.string(),
      startsAt: dateTime,
      preparation: ZPreparationCheckSchema,
    }),
  ),
  schedules: z.array(ZScheduleEntrySchema),
  source: z.string(),
});
