import { sql, type Insertable, type Selectable } from 'kysely';
import { jsonb } from '../jsonb.js';
import type { CheckInsTable } from '../schema.js';
import type { Executor } from './users.js';

export type CheckInRow = Selectable<CheckInsTable>;
export type CheckInValues = Omit<
  Insertable<CheckInsTable>,
  'user_id' | 'symptoms' | 'updated_at'
> & {
  symptoms: Record<string, number>;
};

/** One check-in per person and local date: a second save of the same date replaces it. */
export function upsertCheckIn(db: Executor, userId: string, values: CheckInValues, now: Date) {
  const row = { ...values, user_id: userId, symptoms: jsonb(values.symptoms), updated_at: now };
  return (
    db
      .insertInto('check_ins')
      .values(row)
      .onConflict((conflict) => conflict.columns(['user_id', 'date']).doUpdateSet(row))
      .returningAll()
      // xmax is 0 only for a freshly inserted row version: tells a create from an update.
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .executeTakeFirstOrThrow()
  );
}

export function listCheckIns(
  db: Executor,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
) {
  let query = db.selectFrom('check_ins').selectAll().where('user_id', '=', userId);
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  return query.orderBy('date', 'desc').execute();
}

/** What the risk rules read of a check-in: not the free-text notes. */
const ruleColumns = [
  'user_id',
  'date',
  'craving',
  'mood',
  'sleep_hours',
  'symptoms',
  'dissociation',
  'urinary_frequency',
  'urinary_urgency',
  'pain_passing_urine',
  'lower_belly_pain',
  'blood_in_urine',
  'self_harm_thoughts',
  'systolic_mm_hg',
  'diastolic_mm_hg',
  'heart_rate_bpm',
] as const satisfies ReadonlyArray<keyof CheckInsTable>;
export type RuleCheckInRow = Pick<CheckInRow, (typeof ruleColumns)[number]>;

/**
 * The check-ins of many people from one date on (a caseload), newest first, in one query,
 * as one JSON text (far faster to hand over than thousands of rows).
 */
export async function listCheckInsOf(
  db: Executor,
  userIds: readonly string[],
  from: string,
): Promise<RuleCheckInRow[]> {
  if (userIds.length === 0) return [];
  // One index range per person (offset 0 keeps it so), not a scan of everyone's check-ins.
  const { rows } = await sql<{ check_ins: string | null }>`
    select json_agg(c order by c.date desc)::text as check_ins
    from unnest(${userIds}::uuid[]) as u(user_id)
    cross join lateral (
      select ${sql.join(ruleColumns.map((column) => sql.ref(`c.${column}`)))}
      from check_ins c where c.user_id = u.user_id and c.date >= ${from} offset 0
    ) c`.execute(db);
  return JSON.parse(rows[0]?.check_ins ?? '[]') as RuleCheckInRow[];
}

/** Each person's latest check-in date, however long ago: one index lookup each. */
export async function lastCheckInDates(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const { rows } = await sql<{ user_id: string; date: string }>`
    select u.user_id, latest.date
    from unnest(${userIds}::uuid[]) as u(user_id)
    cross join lateral (
      select c.date from check_ins c where c.user_id = u.user_id order by c.date desc limit 1
    ) latest`.execute(db);
  return rows;
}

export function findCheckIn(db: Executor, userId: string, date: string) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .executeTakeFirst();
}

export async function deleteCheckIn(db: Executor, userId: string, date: string): Promise<boolean> {
  const result = await db
    .deleteFrom('check_ins')
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The check-ins a bladder trend needs, in one query: for each person, the last one with a
 * bladder item in the 30 days up to their first completed session at the clinic (on their
 * own calendar), and their last one with a bladder item.
 */
export function listBladderEndpointsOf(
  db: Executor,
  clinicId: string,
  userIds: readonly string[],
  lookbackDays: number,
) {
  if (userIds.length === 0) return Promise.resolve([]);
  const items = sql`c.urinary_frequency, c.urinary_urgency, c.pain_passing_urine, c.lower_belly_pain`;
  const scored = sql`(c.urinary_frequency is not null or c.urinary_urgency is not null
    or c.pain_passing_urine is not null or c.lower_belly_pain is not null)`;
  const ids = sql.join(userIds.map((id) => sql`${id}::uuid`));
  return sql<{
    user_id: string;
    date: string;
    urinary_frequency: number | null;
    urinary_urgency: number | null;
    pain_passing_urine: number | null;
    lower_belly_pain: number | null;
  }>`
    with first_day as (
      select s.user_id, (min(s.started_at) at time zone min(u.time_zone))::date as day
      from treatment_sessions s join users u on u.id = s.user_id
      where s.clinic_id = ${clinicId}::uuid and s.status = 'completed' and s.user_id in (${ids})
      group by s.user_id
    ), baseline as (
      select distinct on (c.user_id) c.user_id, c.date, ${items}
      from check_ins c join first_day f on f.user_id = c.user_id
      where ${scored} and c.date <= f.day and c.date >= f.day - ${lookbackDays}::int
      order by c.user_id, c.date desc
    ), latest as (
      select distinct on (c.user_id) c.user_id, c.date, ${items}
      from check_ins c join first_day f on f.user_id = c.user_id
      where ${scored} and c.date > f.day
      order by c.user_id, c.date desc
    )
    select user_id, to_char(date, 'YYYY-MM-DD') as date, urinary_frequency, urinary_urgency,
      pain_passing_urine, lower_belly_pain
    from (select * from baseline union all select * from latest) endpoints
    order by user_id, date`
    .execute(db)
    .then((result) => result.rows);
}
