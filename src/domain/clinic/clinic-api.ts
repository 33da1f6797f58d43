import { z } from 'zod';
import { safeText, ZIsoDateSchema } from '../input-schemas.js';
import { ZQuestionnaireParamsSchema } from '../questionnaires/questionnaires-api.js';
import { WITHDRAWAL_SYMPTOMS } from '../log/vocabulary.js';
import { SEVERITIES } from '../severity.js';
import { ZBloodPressureGateSchema } from '../treatment/treatment-api.js';
import { SCHEDULABLE_QUESTIONNAIRES } from '../treatment/treatment-schedule-api.js';

/**
 * Request and response bodies of sharing (a person's consent), the clinic area and the
 * supporter view. A person shares chosen scopes for a chosen length; only they can end it.
 */

/** What a person can share; `summary` is the minimal view a supporter gets. */
export const SHARE_SCOPES = [
  'log',
  'check-ins',
  'self-checks',
  'plan',
  'risk',
  'levels',
  'summary',
] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

/** How long a grant lasts, the lengths other health apps offer (3, 6 or 12 months). */
export const SHARE_DAYS = [90, 180, 365] as const;

/** An unused share code stops working after this many days. */
export const SHARE_CODE_UNUSED_DAYS = 7;

const ZShareScopeSchema = z.enum(SHARE_SCOPES);
const dateTime = z.iso.datetime({ offset: true });

export const ZShareCodeInputSchema = z.strictObject({
  scopes: z
    .array(ZShareScopeSchema)
    .min(1, 'Choose at least one thing to share')
    .max(SHARE_SCOPES.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, 'Name each scope once'),
  days: z.union(SHARE_DAYS.map((days) => z.literal(days))),
});
export type ShareCodeInput = z.infer<typeof ZShareCodeInputSchema>;

export const ZShareCodeSchema = z.object({
  code: z.string(),
  scopes: z.array(ZShareScopeSchema),
  days: z.number(),
  /** The code itself stops working then if nobody has used it. */
  expiresAt: dateTime,
});

/** A code typed by hand: letters, digits and dashes, any case. */
export const ZCodeInputSchema = z.strictObject({
  code: safeText(40).min(1, 'Enter the code'),
});

export const ZGrantSchema = z.object({
  id: z.uuid(),
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('clinic'), clinicId: z.uuid(), name: z.string() }),
    z.object({ kind: z.literal('supporter'), name: z.string() }),
  ]),
  scopes: z.array(ZShareScopeSchema),
  createdAt: dateTime,
  endsAt: dateTime,
  revokedAt: dateTime.nullable(),
  active: z.boolean(),
});
export type Grant = z.infer<typeof ZGrantSchema>;
export const ZGrantListSchema = z.object({ grants: z.array(ZGrantSchema) });

export const ZAccessLogEntrySchema = z.object({
  at: dateTime,
  /** The clinician or supporter who looked. */
  who: z.string(),
  clinic: z.string().nullable(),
  /** Which part of the data, or `caseload` for the clinic's list of clients. */
  what: z.string(),
});
export const ZAccessLogSchema = z.object({
  /** Newest first. */
  entries: z.array(ZAccessLogEntrySchema),
});

export const ZClinicianNoteInputSchema = z.strictObject({
  body: safeText(4000, 'A note can be at most 4,000 characters').min(1, 'Write the note'),
});
export const ZClinicianNoteSchema = z.object({
  id: z.uuid(),
  clinic: z.string(),
  author: z.string(),
  body: z.string(),
  createdAt: dateTime,
  /** Open notes: the person reads every note written about them. */
  visibleToClient: z.literal(true),
});
export const ZClinicianNoteResponseSchema = z.object({ note: ZClinicianNoteSchema });
export const ZClinicianNoteListSchema = z.object({ notes: z.array(ZClinicianNoteSchema) });

export const ZClinicSchema = z.object({
  clinic: z.object({ id: z.uuid(), name: z.string() }),
  members: z.array(z.object({ id: z.uuid(), name: z.string(), joinedAt: dateTime })),
  /** The clinic's pre-dose blood-pressure gate, which the session form checks as it is typed. */
  bloodPressureGate: ZBloodPressureGateSchema,
});

export const ZClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(ZShareScopeSchema),
  grantEndsAt: dateTime,
});
export const ZClientResponseSchema = z.object({ client: ZClientSchema });

/** Who needs the clinic first: urgent warnings, then warnings, then people who went quiet. */
export const CASELOAD_PRIORITIES = [
  'urgent',
  'withdrawal-follow-up',
  'warning',
  'disengaged',
  'other',
] as const;
export type CaseloadPriority = (typeof CASELOAD_PRIORITIES)[number];

/**
 * Why a withdrawal follow-up raises a client (rules and sources in withdrawal-follow-up.ts).
 * Each needs the scope its data comes from: symptoms and missed check-ins `check-ins`, use
 * `log`.
 */
export const ZFollowUpAlertSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('withdrawal-severe'),
    date: z.string(),
    symptoms: z.array(z.enum(WITHDRAWAL_SYMPTOMS)),
  }),
  z.object({
    code: z.literal('withdrawal-rising'),
    date: z.string(),
    /** The diary total before (an average of up to three check-ins) and now. */
    from: z.number(),
    to: z.number(),
  }),
  z.object({ code: z.literal('check-in-missed'), days: z.number() }),
  z.object({ code: z.literal('use-logged'), useDays: z.number(), lastUseDate: z.string() }),
]);
export type FollowUpAlert = z.infer<typeof ZFollowUpAlertSchema>;

/** Each field is null when the grant does not include the scope it comes from. */
export const ZCaseloadEntrySchema = ZClientSchema.extend({
  priority: z.enum(CASELOAD_PRIORITIES),
  worstSeverity: z.enum(SEVERITIES).nullable(),
  warningCodes: z.array(z.string()).nullable(),
  lastCheckInDate: z.string().nullable(),
  daysSinceLastCheckIn: z.number().nullable(),
  daysSinceLastUse: z.number().nullable(),
  latestPhq9: z
    .object({ score: z.number(), takenAt: dateTime, change: z.number().nullable() })
    .nullable(),
  /** This or last week's take-home use went over a prescription (scope log). */
  overPrescription: z.boolean().nullable(),
  /** Self-checks this clinic scheduled that are overdue, by questionnaire id (scope self-checks). */
  overdueSelfChecks: z.array(z.enum(SCHEDULABLE_QUESTIONNAIRES)).nullable(),
  /** The clinic's follow-up of the client's withdrawal, with what raises them; null without one. */
  withdrawalFollowUp: z
    .object({ startDate: z.string(), alerts: z.array(ZFollowUpAlertSchema) })
    .nullable(),
});
export type CaseloadEntry = z.infer<typeof ZCaseloadEntrySchema>;
export const ZCaseloadSchema = z.object({
  clients: z.array(ZCaseloadEntrySchema),
  /** No check-in for this many days counts as disengaged. */
  disengagedAfterDays: z.number(),
});

export const ZSupportedPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  checkedInToday: z.boolean(),
  worstSeverity: z.enum(SEVERITIES).nullable(),
  /** Days without use, counted from the plan (null without a plan). */
  streakDays: z.number().nullable(),
  grantEndsAt: dateTime,
});
export const ZSupportingSchema = z.object({ people: z.array(ZSupportedPersonSchema) });

export const ZClientParamsSchema = z.object({
  clientId: z.uuid({ message: 'not a valid client id' }),
});
export const ZClientQuestionnaireParamsSchema = ZClientParamsSchema.extend(
  ZQuestionnaireParamsSchema.shape,
);

/** A clinician starts following a client's withdrawal: from when, and whether they expect a check-in every day. */
export const ZWithdrawalFollowUpInputSchema = z.strictObject({
  startDate: ZIsoDateSchema,
  dailyCheckIns: z.boolean().default(true),
});
export type WithdrawalFollowUpInput = z.infer<typeof ZWithdrawalFollowUpInputSchema>;

export const ZWithdrawalFollowUpSchema = z.object({
  id: z.uuid(),
  clinic: z.string(),
  startDate: z.string(),
  dailyCheckIns: z.boolean(),
  /** The clinician who started it. */
  startedBy: z.string(),
  startedAt: dateTime,
  endedAt: dateTime.nullable(),
});
export type WithdrawalFollowUp = z.infer<typeof ZWithdrawalFollowUpSchema>;
export const ZWithdrawalFollowUpResponseSchema = z.object({
  /** The follow-up running now (or the one just ended), or null. */
  followUp: ZWithdrawalFollowUpSchema.nullable(),
});
/** The person's side: every clinic following their withdrawal now. */
export const ZMyFollowUpsSchema = z.object({ followUps: z.array(ZWithdrawalFollowUpSchema) });
