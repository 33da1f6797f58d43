import { sql, type Insertable, type Selectable } from 'kysely';
import { jsonb } from '../jsonb.js';
import type { CoUseEntry, DosesTable } from '../schema.js';
import type { Executor } from './users.js';

export type DoseRow = Selectable<DosesTable>;
export type DoseValues = Omit<
  Insertable<DosesTable>,
  'id' | 'user_id' | 'co_use' | 'created_at'
> & {
  co_use: CoUseEntry[];
};

export function insertDose(db: Executor, userId: string, values: DoseValues) {
  return db
    .insertInto('doses')
    .values({ ...values, user_id: userId, co_use: jsonb(values.co_use) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Newest first, ties by id; `before` pages back from the previous page's last dose. */
export function listDoses(
  db: Executor,
  userId: string,
  range: {
    from?: Date | undefined;
    to?: Date | undefined;
    before?: { takenAt: Date; id: string } | undefined;
    limit?: number | undefined;
  } = {},
) {
  let query = db.selectFrom('doses').selectAll().where('user_id', '=', userId);
  if (range.from) query = query.where('taken_at', '>=', range.from);
  if (range.to) query = query.where('taken_at', '<=', range.to);
  const before = range.before;
  if (before) {
    query = query.where((eb) =>
      eb(eb.refTuple('taken_at', 'id'), '<', eb.tuple(before.takenAt, before.id)),
    );
  }
  query = query.orderBy('taken_at', 'desc').orderBy('id', 'desc');
  return (range.limit === undefined ? query : query.limit(range.limit)).execute();
}

/** The columns the rules read: notes and setting stay in the database. */
export type RuleDoseRow = Pick<
  DoseRow,
  'id' | 'user_id' | 'taken_at' | 'mg' | 'route' | 'purpose' | 'co_use'
>;

/** Self-directed use of one local day: the total mg. */
export type UseDayRow = { user_id: string; date: string; mg: number };

export type RuleDoseWindow = {
  userId: string;
  from: Date;
  /** Also the self-directed use by local day (in `timeZone`) from here up to `from`. */
  useDays?: { from: Date; timeZone: string };
};

/**
 * What the rules read of many people (one, or a caseload), each with their own window, in
 * one query whatever the number of people: the doses from `from` on, plus the newest
 * self-directed dose before it (so "days since last use" holds however long ago that was). With `useDays`, the use before `from` comes as
 * one row a day, and the newest self-directed dose is the one before `useDays.from`. The
 * rows come back as JSON text, which both drivers hand over far faster than thousands of
 * rows (PGlite decodes each row in JS).
 */
export async function listDosesForRulesOf(
  db: Executor,
  windows: readonly RuleDoseWindow[],
): Promise<{ doses: RuleDoseRow[]; useDays: UseDayRow[] }> {
  if (windows.length === 0) return { doses: [], useDays: [] };
  const column = <T>(pick: (window: RuleDoseWindow) => T) => windows.map(pick);
  const { rows } = await sql<{ doses: string | null; use_days: string | null }>`
    with w (user_id, from_at, use_from, time_zone) as (
      select * from unnest(
        ${column((window) => window.userId)}::uuid[],
        ${column((window) => window.from.toISOString())}::timestamptz[],
        ${column((window) => window.useDays?.from.toISOString() ?? null)}::timestamptz[],
        ${column((window) => window.useDays?.timeZone ?? null)}::text[]
      )
    )
    select
      (select json_agg(json_build_array(d.user_id, d.id, d.taken_at, d.mg, d.route, d.purpose, d.co_use))::text
        from (
          -- One index range per person: offset 0 keeps the planner from turning this into a
          -- hash join that reads every dose there is.
          select recent.* from w cross join lateral (
            select * from doses d where d.user_id = w.user_id and d.taken_at >= w.from_at offset 0
          ) recent
          union all
          select last.* from w cross join lateral (
            select * from doses d
            where d.user_id = w.user_id and d.taken_at < coalesce(w.use_from, w.from_at)
              and (d.purpose is null or d.purpose <> 'treatment')
            order by d.taken_at desc limit 1
          ) last
        ) d) as doses,
      (select json_agg(json_build_array(w.user_id, u.date, u.mg))::text
        from w cross join lateral (
          select (d.taken_at at time zone w.time_zone)::date::text as date, sum(d.mg) as mg
          from doses d
          where w.use_from is not null and d.user_id = w.user_id
            and d.taken_at >= w.use_from and d.taken_at < w.from_at
            and (d.purpose is null or d.purpose <> 'treatment')
          group by 1
        ) u) as use_days`.execute(db);
  const tuples = JSON.parse(rows[0]?.doses ?? '[]') as Array<
    [string, string, string, number, string, string | null, CoUseEntry[]]
  >;
  const days = JSON.parse(rows[0]?.use_days ?? '[]') as Array<[string, string, number]>;
  return {
    doses: tuples.map(([user_id, id, takenAt, mg, route, purpose, co_use]) => ({
      user_id,
      id,
      taken_at: new Date(takenAt),
      mg,
      route,
      purpose,
      co_use,
    })),
    useDays: days.map(([user_id, date, mg]) => ({ user_id, date, mg })),
  };
}

export function findDose(db: Executor, userId: string, doseId: string) {
  return db
    .selectFrom('doses')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', doseId)
    .executeTakeFirst();
}

export function updateDose(db: Executor, userId: string, doseId: string, values: DoseValues) {
  return db
    .updateTable('doses')
    .set({ ...values, co_use: jsonb(values.co_use) })
    .where('user_id', '=', userId)
    .where('id', '=', doseId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteDose(db: Executor, userId: string, doseId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('doses')
    .where('user_id', '=', userId)
    .where('id', '=', doseId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
