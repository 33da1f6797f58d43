import type { Insertable, Selectable } from 'kysely';
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
const ruleColumns = ['id', 'taken_at', 'mg', 'route', 'purpose', 'co_use'] as const;

/**
 * What the rules read: the doses from `from` on, plus the newest self-directed dose before
 * it (so "days since last use" holds however long ago that was).
 */
export async function listDosesForRules(db: Executor, userId: string, from: Date) {
  return listDosesForRulesOf(db, [{ userId, from }]);
}

/**
 * As `listDosesForRules` for many people at once (a caseload), each with their own `from`:
 * two queries whatever the number of people.
 */
export async function listDosesForRulesOf(
  db: Executor,
  windows: ReadonlyArray<{ userId: string; from: Date }>,
) {
  if (windows.length === 0) return [];
  const byFrom = new Map<number, string[]>();
  for (const { userId, from } of windows) {
    byFrom.set(from.getTime(), [...(byFrom.get(from.getTime()) ?? []), userId]);
  }
  const groups = [...byFrom].map(([from, userIds]) => ({ from: new Date(from), userIds }));
  const columns = [...ruleColumns, 'user_id'] as const;
  const [recent, lastBefore] = await Promise.all([
    db
      .selectFrom('doses')
      .select(columns)
      .where((eb) =>
        eb.or(
          groups.map(({ from, userIds }) =>
            eb.and([eb('user_id', 'in', userIds), eb('taken_at', '>=', from)]),
          ),
        ),
      )
      .execute(),
    db
      .selectFrom('doses')
      .distinctOn('user_id')
      .select(columns)
      .where((eb) =>
        eb.or(
          groups.map(({ from, userIds }) =>
            eb.and([eb('user_id', 'in', userIds), eb('taken_at', '<', from)]),
          ),
        ),
      )
      .where((eb) => eb.or([eb('purpose', 'is', null), eb('purpose', '!=', 'treatment')]))
      .orderBy('user_id')
      .orderBy('taken_at', 'desc')
      .execute(),
  ]);
  return [...recent, ...lastBefore];
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
