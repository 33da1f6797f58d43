import { sql } from 'kysely';
import type { Executor } from './users.js';

/** A follow-up with the names the API shows (the clinic, who started it). */
function namedFollowUps(db: Executor) {
  return db
    .selectFrom('withdrawal_follow_ups as f')
    .innerJoin('clinics', 'clinics.id', 'f.clinic_id')
    .leftJoin('users as clinician', 'clinician.id', 'f.started_by')
    .selectAll('f')
    .select([
      'clinics.name as clinic_name',
      'clinician.display_name as clinician_name',
      'clinician.email as clinician_email',
    ]);
}
export type NamedFollowUpRow = Awaited<
  ReturnType<ReturnType<typeof namedFollowUps>['executeTakeFirstOrThrow']>
>;

/** Starts one; undefined when one already runs for this client and clinic. */
export async function insertFollowUp(
  db: Executor,
  values: {
    clinicId: string;
    userId: string;
    startedBy: string;
    startDate: string;
    dailyCheckIns: boolean;
  },
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .insertInto('withdrawal_follow_ups')
    .values({
      clinic_id: values.clinicId,
      user_id: values.userId,
      started_by: values.startedBy,
      start_date: values.startDate,
      daily_check_ins: values.dailyCheckIns,
      created_at: now,
    })
    .onConflict((conflict) =>
      conflict.columns(['clinic_id', 'user_id']).where('ended_at', 'is', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** The follow-up running for this client at this clinic, if any. */
export function findRunningFollowUp(db: Executor, clinicId: string, userId: string) {
  return namedFollowUps(db)
    .where('f.clinic_id', '=', clinicId)
    .where('f.user_id', '=', userId)
    .where('f.ended_at', 'is', null)
    .executeTakeFirst();
}

/** Ends the running follow-up; its id, or undefined when none was running. */
export async function endFollowUp(db: Executor, clinicId: string, userId: string, now: Date) {
  const row = await db
    .updateTable('withdrawal_follow_ups')
    .set({ ended_at: now })
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findFollowUp(db: Executor, id: string) {
  return namedFollowUps(db).where('f.id', '=', id).executeTakeFirstOrThrow();
}

/** Every follow-up of a person, ended ones and those of clinics they no longer share with. */
export function listFollowUpsOf(db: Executor, userId: string) {
  return namedFollowUps(db)
    .where('f.user_id', '=', userId)
    .orderBy('f.created_at', 'desc')
    .execute();
}

/**
 * The follow-ups running for a person, only from clinics they still share with: ending the
 * sharing ends what the clinic can follow.
 */
export function listRunningFollowUpsOf(db: Executor, userId: string, now: Date) {
  return namedFollowUps(db)
    .where('f.user_id', '=', userId)
    .where('f.ended_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('grants')
          .select('grants.id')
          .whereRef('grants.clinic_id', '=', 'f.clinic_id')
          .whereRef('grants.user_id', '=', 'f.user_id')
          .where('grants.revoked_at', 'is', null)
          .where('grants.ends_at', '>', now),
      ),
    )
    .orderBy('f.created_at', 'desc')
    .execute();
}

/** The running follow-ups of a clinic's clients among `userIds` (its caseload). */
export function listRunningFollowUpsFor(db: Executor, clinicId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('withdrawal_follow_ups')
    .select(['user_id', 'start_date', 'daily_check_ins'])
    .where('clinic_id', '=', clinicId)
    .where('ended_at', 'is', null)
    .where('user_id', '=', sql<string>`any(${userIds}::uuid[])`)
    .execute();
}

type Reading = { user_id: string; date: string; symptoms: Record<string, number> };

/**
 * What follow-ups read, for many clients at once, each from their own date: the diary of
 * their check-ins and the times of their self-directed use (treatment doses are the clinic's
 * own). One query, however many clients, answered as one JSON text (far faster to hand over
 * than many rows); one index range per client (`offset 0` keeps the planner from reading
 * every row in a hash join instead).
 */
export async function followUpReadings(
  db: Executor,
  windows: ReadonlyArray<{ userId: string; from: string }>,
): Promise<{ checkIns: Reading[]; doses: Array<{ user_id: string; taken_at: Date }> }> {
  if (windows.length === 0) return { checkIns: [], doses: [] };
  const userIds = windows.map((window) => window.userId);
  const froms = windows.map((window) => window.from);
  const { rows } = await sql<{ check_ins: string | null; doses: string | null }>`
    with w (user_id, from_date) as (select * from unnest(${userIds}::uuid[], ${froms}::date[]))
    select
      (select json_agg(json_build_array(w.user_id, c.date, c.symptoms))::text
        from w cross join lateral (
          select c.date, c.symptoms from check_ins c
          where c.user_id = w.user_id and c.date >= w.from_date offset 0
        ) c) as check_ins,
      -- A day early: local dates run up to 14 hours behind UTC.
      (select json_agg(json_build_array(w.user_id, d.taken_at))::text
        from w cross join lateral (
          select d.taken_at from doses d
          where d.user_id = w.user_id and d.taken_at >= w.from_date - 1
            and (d.purpose is null or d.purpose <> 'treatment') offset 0
        ) d) as doses`.execute(db);
  const checkIns = JSON.parse(rows[0]?.check_ins ?? '[]') as Array<
    [string, string, Record<string, number>]
  >;
  const doses = JSON.parse(rows[0]?.doses ?? '[]') as Array<[string, string]>;
  return {
    checkIns: checkIns.map(([user_id, date, symptoms]) => ({ user_id, date, symptoms })),
    doses: doses.map(([user_id, takenAt]) => ({ user_id, taken_at: new Date(takenAt) })),
  };
}
