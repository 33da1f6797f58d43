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

/**
 * What the rules read: the doses from `from` on, plus the newest self-directed dose before
 * it (so "days since last use" holds however long ago that was).
 */
export async function listDosesForRules(db: Executor, userId: string, from: Date) {
  return listDosesForRulesOf(db, [{ userId, from }]);
}

/** The columns the rules read: notes and setting stay in the database. */
export type RuleDoseRow = Pick<
  DoseRow,
  'id' | 'user_id' | 'taken_at' | 'mg' | 'route' | 'purpose' | 'co_use'
>;

/**
 * As `listDosesForRules` for many people at once (a caseload), each with their own `from`:
 * one query whatever the number of people. The rows come back as one JSON text, which both
 * drivers hand over far faster than thousands of rows (PGlite decodes each row in JS).
 */
export async function listDosesForRulesOf(
  db: Executor,
  windows: ReadonlyArray<{ userId: string; from: Date }>,
): Promise<RuleDoseRow[]> {
  if (windows.length === 0) return [];
  const userIds = windows.map((window) => window.userId);
  const froms = windows.map((window) => window.from.toISOString());
  const { rows } = await sql<{ doses: string | null }>`
    with w (user_id, from_at) as (
      select * from unnest(${userIds}::uuid[], ${froms}::timestamptz[])
    )
    select json_agg(json_build_array(d.user_id, d.id, d.taken_at, d.mg, d.route, d.purpose, d.co_use))::text as doses
    from (
      -- One index range per person: offset 0 keeps the planner from turning this into a
      -- hash join that reads every dose there is.
      select recent.* from w cross join lateral (
        select * from doses d where d.user_id = w.user_id and d.taken_at >= w.from_at offset 0
      ) recent
      union all
      select last.* from w cross join lateral (
        select * from doses d
        where d.user_id = w.user_id and d.taken_at < w.from_at
          and (d.purpose is null or d.purpose <> 'treatment')
        order by d.taken_at desc limit 1
      ) last
    ) d`.execute(db);
  const tuples = JSON.parse(rows[0]?.doses ?? '[]') as Array<
    [string, string, string, number, string, string | null, CoUseEntry[]]
  >;
  return tuples.map(([user_id, id, takenAt, mg, route, purpose, co_use]) => ({
    user_id,
    id,
    taken_at: new Date(takenAt),
    mg,
    route,
    purpose,
    co_use,
  }));
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
