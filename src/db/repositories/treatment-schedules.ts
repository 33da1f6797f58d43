import { sql } from 'kysely';
import { jsonb } from '../jsonb.js';
import type { Executor } from './users.js';

export function findPreparationRules(db: Executor, clinicId: string) {
  return db
    .selectFrom('clinics')
    .select('preparation_rules')
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
}

export function savePreparationRules(db: Executor, clinicId: string, rules: unknown) {
  return db
    .updateTable('clinics')
    .set({ preparation_rules: jsonb(rules) })
    .where('id', '=', clinicId)
    .execute();
}

export function findPlannedSession(db: Executor, clinicId: string, userId: string) {
  return db
    .selectFrom('planned_sessions')
    .select(['starts_at', 'updated_at'])
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function savePlannedSession(
  db: Executor,
  clinicId: string,
  userId: string,
  startsAt: Date | null,
  now: Date,
) {
  if (startsAt === null) {
    await db
      .deleteFrom('planned_sessions')
      .where('clinic_id', '=', clinicId)
      .where('user_id', '=', userId)
      .execute();
    return;
  }
  const values = { starts_at: startsAt, updated_at: now };
  await db
    .insertInto('planned_sessions')
    .values({ ...values, clinic_id: clinicId, user_id: userId })
    .onConflict((conflict) => conflict.columns(['clinic_id', 'user_id']).doUpdateSet(values))
    .execute();
}

/** The person's planned sessions at every clinic from a time on (null: all), soonest first. */
export function listPlannedSessionsOf(db: Executor, userId: string, from: Date | null) {
  let query = db
    .selectFrom('planned_sessions')
    .innerJoin('clinics', 'clinics.id', 'planned_sessions.clinic_id')
    .select([
      'planned_sessions.clinic_id',
      'planned_sessions.starts_at',
      'planned_sessions.updated_at',
      'clinics.name as clinic_name',
      'clinics.preparation_rules',
    ])
    .where('planned_sessions.user_id', '=', userId);
  if (from) query = query.where('planned_sessions.starts_at', '>=', from);
  return query.orderBy('planned_sessions.starts_at').execute();
}

/** What the person logged alongside their doses in a time range (co-used substances). */
export function listCoUseBetween(db: Executor, userId: string, from: Date, to: Date) {
  return db
    .selectFrom('doses')
    .select(['taken_at', 'co_use'])
    .where('user_id', '=', userId)
    .where('taken_at', '>=', from)
    .where('taken_at', '<=', to)
    .execute();
}

export async function saveQuestionnaireSchedule(
  db: Executor,
  key: { clinicId: string; userId: string; questionnaireId: string },
  schedule: { everyDays: number; startsOn: string } | null,
  now: Date,
) {
  const where = db
    .deleteFrom('questionnaire_schedules')
    .where('clinic_id', '=', key.clinicId)
    .where('user_id', '=', key.userId)
    .where('questionnaire_id', '=', key.questionnaireId);
  if (schedule === null) {
    await where.execute();
    return;
  }
  // A changed interval keeps the day it began: the next one is counted from the last taken.
  await db
    .insertInto('questionnaire_schedules')
    .values({
      clinic_id: key.clinicId,
      user_id: key.userId,
      questionnaire_id: key.questionnaireId,
      every_days: schedule.everyDays,
      starts_on: schedule.startsOn,
      updated_at: now,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['clinic_id', 'user_id', 'questionnaire_id'])
        .doUpdateSet({ every_days: schedule.everyDays, updated_at: now }),
    )
    .execute();
}

/** Schedules of these people: of one clinic, or (clinicId null) of every clinic. */
export function listQuestionnaireSchedules(
  db: Executor,
  userIds: readonly string[],
  clinicId: string | null,
) {
  if (userIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('questionnaire_schedules')
    .innerJoin('clinics', 'clinics.id', 'questionnaire_schedules.clinic_id')
    .select([
      'questionnaire_schedules.user_id',
      'questionnaire_schedules.questionnaire_id',
      'questionnaire_schedules.every_days',
      sql<string>`to_char(questionnaire_schedules.starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      'questionnaire_schedules.updated_at',
      'clinics.name as clinic_name',
    ])
    .where('questionnaire_schedules.user_id', 'in', userIds);
  if (clinicId) query = query.where('questionnaire_schedules.clinic_id', '=', clinicId);
  return query
    .orderBy('clinics.name')
    .orderBy('questionnaire_schedules.questionnaire_id')
    .execute();
}

/** When each of these people last took each of these questionnaires: one index lookup each. */
export async function latestResponseTimes(
  db: Executor,
  userIds: readonly string[],
  questionnaireIds: readonly string[],
) {
  if (userIds.length === 0 || questionnaireIds.length === 0) return [];
  const { rows } = await sql<{ user_id: string; questionnaire_id: string; taken_at: Date }>`
    select u.user_id, q.questionnaire_id, latest.taken_at
    from unnest(${userIds}::uuid[]) as u(user_id)
    cross join unnest(${questionnaireIds}::text[]) as q(questionnaire_id)
    cross join lateral (
      select r.taken_at from questionnaire_responses r
      where r.user_id = u.user_id and r.questionnaire_id = q.questionnaire_id
      order by r.taken_at desc limit 1
    ) latest`.execute(db);
  return rows;
}
