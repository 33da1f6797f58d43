import {
  checkPreparation,
  defaultPreparationRules,
  longestRuleHours,
  preparationSource,
  type PreparationRule,
} from '../../domain/treatment/preparation-check.js';
import { scheduleSource, scheduleState } from '../../domain/treatment/questionnaire-schedule.js';
import type {
  PreparationRulesInput,
  ScheduleEntry,
} from '../../domain/treatment/treatment-schedule-api.js';
import { localDate } from '../../domain/risk/local-date.js';
import {
  findPlannedSession,
  findPreparationRules,
  latestResponseTimes,
  listCoUseBetween,
  listPlannedSessionsOf,
  listQuestionnaireSchedules,
  savePlannedSession,
  savePreparationRules,
  saveQuestionnaireSchedule,
} from '../../db/repositories/treatment-schedules.js';
import type { ClinicMembership, Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

const hourMs = 3_600_000;
/** A planned session stays on the person's list until this long after it began. */
const shownAfterStartMs = 12 * hourMs;

/** The clinic's rules as stored, or the default when it has set none. */
const rulesOf = (stored: unknown): PreparationRule[] =>
  stored === null ? [...defaultPreparationRules] : (stored as { rules: PreparationRule[] }).rules;

export async function preparationRulesOf(ctx: DataContext, clinic: ClinicMembership) {
  const row = await findPreparationRules(ctx.db, clinic.clinicId);
  return {
    rules: rulesOf(row.preparation_rules),
    isDefault: row.preparation_rules === null,
    source: preparationSource,
  };
}

export async function setPreparationRules(
  ctx: DataContext,
  clinic: ClinicMembership,
  input: PreparationRulesInput,
) {
  await savePreparationRules(ctx.db, clinic.clinicId, { rules: input.rules });
  return preparationRulesOf(ctx, clinic);
}

/** The subject's own log against the rules for a session at `sessionAt`. */
async function preparationFor(
  ctx: DataContext,
  subject: Subject,
  sessionAt: Date,
  rules: readonly PreparationRule[],
) {
  const now = ctx.now();
  const from = new Date(sessionAt.getTime() - longestRuleHours(rules) * hourMs);
  const to = new Date(Math.min(now.getTime(), sessionAt.getTime()));
  const doses = to < from ? [] : await listCoUseBetween(ctx.db, subject.userId, from, to);
  return checkPreparation({
    sessionAt,
    now,
    rules,
    logged: doses.flatMap((dose) =>
      dose.co_use.map((entry) => ({ takenAt: dose.taken_at, substance: entry.substance })),
    ),
  });
}

/**
 * The client's next session at this clinic, and the check of their log before it when they
 * share the log (`logSubject`); without it the clinic sees no part of the check.
 */
export async function clientNextSession(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
  logSubject: Subject | null,
) {
  const planned = await findPlannedSession(ctx.db, clinic.clinicId, subject.userId);
  if (!planned) return { nextSession: null, preparation: null };
  const { rules } = await preparationRulesOf(ctx, clinic);
  return {
    nextSession: {
      startsAt: planned.starts_at.toISOString(),
      updatedAt: planned.updated_at.toISOString(),
    },
    preparation: logSubject
      ? await preparationFor(ctx, logSubject, planned.starts_at, rules)
      : null,
  };
}

export async function setNextSession(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
  logSubject: Subject | null,
  startsAt: string | null,
) {
  await savePlannedSession(
    ctx.db,
    clinic.clinicId,
    subject.userId,
    startsAt === null ? null : new Date(startsAt),
    ctx.now(),
  );
  return clientNextSession(ctx, clinic, subject, logSubject);
}

type ScheduleRow = Awaited<ReturnType<typeof listQuestionnaireSchedules>>[number];

/**
 * Schedule rows as entries, each worked out on its person's calendar. `seesResults` says for
 * whom the results may be read (the due state comes from them).
 */
export async function scheduleEntries(
  ctx: DataContext,
  rows: readonly ScheduleRow[],
  timeZoneOf: (userId: string) => string,
  seesResults: (userId: string) => boolean,
): Promise<Array<ScheduleEntry & { userId: string }>> {
  const readable = [...new Set(rows.map((row) => row.user_id).filter(seesResults))];
  const ids = [...new Set(rows.map((row) => row.questionnaire_id))];
  const latest = await latestResponseTimes(ctx.db, readable, ids);
  const lastTaken = new Map(
    latest.map((row) => [`${row.user_id} ${row.questionnaire_id}`, new Date(row.taken_at)]),
  );
  const now = ctx.now();
  return rows.map((row) => {
    const timeZone = timeZoneOf(row.user_id);
    const base = {
      userId: row.user_id,
      clinic: row.clinic_name,
      questionnaireId: row.questionnaire_id as ScheduleEntry['questionnaireId'],
      everyDays: row.every_days,
      startsOn: row.starts_on,
    };
    if (!seesResults(row.user_id)) {
      return { ...base, dueOn: null, status: null, lastTakenOn: null };
    }
    const taken = lastTaken.get(`${row.user_id} ${row.questionnaire_id}`);
    return {
      ...base,
      ...scheduleState({
        startsOn: row.starts_on,
        everyDays: row.every_days,
        takenOn: taken ? [localDate(taken, timeZone)] : [],
        today: localDate(now, timeZone),
      }),
    };
  });
}

const withoutUserId = ({ userId: _userId, ...entry }: ScheduleEntry & { userId: string }) => entry;

/** The clinic's schedules for a client; due states only when the client shares self-checks. */
export async function clientSchedules(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
  seesResults: boolean,
) {
  const rows = await listQuestionnaireSchedules(ctx.db, [subject.userId], clinic.clinicId);
  const entries = await scheduleEntries(
    ctx,
    rows,
    () => subject.timeZone,
    () => seesResults,
  );
  return { schedules: entries.map(withoutUserId), source: scheduleSource };
}

export async function setQuestionnaireSchedule(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
  input: { questionnaireId: string; everyDays: number | null },
  seesResults: boolean,
) {
  const now = ctx.now();
  await saveQuestionnaireSchedule(
    ctx.db,
    { clinicId: clinic.clinicId, userId: subject.userId, questionnaireId: input.questionnaireId },
    input.everyDays === null
      ? null
      : { everyDays: input.everyDays, startsOn: localDate(now, subject.timeZone) },
    now,
  );
  return clientSchedules(ctx, clinic, subject, seesResults);
}

/**
 * What every clinic plans for the person: their next sessions, each with the check of their
 * log against that clinic's preparation rules, and the self-checks they are asked to repeat.
 */
export async function myTreatmentSchedule(ctx: DataContext, subject: Subject) {
  const now = ctx.now();
  const [planned, scheduleRows] = await Promise.all([
    listPlannedSessionsOf(ctx.db, subject.userId, new Date(now.getTime() - shownAfterStartMs)),
    listQuestionnaireSchedules(ctx.db, [subject.userId], null),
  ]);
  const nextSessions = await Promise.all(
    planned.map(async (row) => ({
      clinic: row.clinic_name,
      startsAt: row.starts_at.toISOString(),
      preparation: await preparationFor(
        ctx,
        subject,
        row.starts_at,
        rulesOf(row.preparation_rules),
      ),
    })),
  );
  const entries = await scheduleEntries(
    ctx,
    scheduleRows,
    () => subject.timeZone,
    () => true,
  );
  return { nextSessions, schedules: entries.map(withoutUserId), source: scheduleSource };
}

/** Every clinic's plans for the person as stored, past sessions too (the export's record). */
export async function treatmentPlansOf(ctx: DataContext, subject: Subject) {
  const [planned, schedules] = await Promise.all([
    listPlannedSessionsOf(ctx.db, subject.userId, null),
    listQuestionnaireSchedules(ctx.db, [subject.userId], null),
  ]);
  return {
    plannedSessions: planned.map((row) => ({
      clinic: row.clinic_name,
      startsAt: row.starts_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    })),
    questionnaireSchedules: schedules.map((row) => ({
      clinic: row.clinic_name,
      questionnaireId: row.questionnaire_id as ScheduleEntry['questionnaireId'],
      everyDays: row.every_days,
      startsOn: row.starts_on,
      updatedAt: row.updated_at.toISOString(),
    })),
  };
}
