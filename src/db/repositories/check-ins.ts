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

/** The check-ins of many people from one date on (a caseload), in one query. */
export function listCheckInsOf(db: Executor, userIds: readonly string[], from: string) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('user_id', 'in', userIds)
    .where('date', '>=', from)
    .orderBy('date', 'desc')
    .execute();
}

/** Each person's latest check-in date, however long ago. */
export function lastCheckInDates(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('check_ins')
    .select(['user_id', (eb) => eb.fn.max('date').as('date')])
    .where('user_id', 'in', userIds)
    .groupBy('user_id')
    .execute();
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

/** The bladder items of several people's check-ins, oldest first (the outcomes' trend). */
export function listBladderItemsOf(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('check_ins')
    .select([
      'user_id',
      sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'),
      'urinary_frequency',
      'urinary_urgency',
      'pain_passing_urine',
      'lower_belly_pain',
    ])
    .where('user_id', 'in', userIds)
    .where((eb) =>
      eb.or([
        eb('urinary_frequency', 'is not', null),
        eb('urinary_urgency', 'is not', null),
        eb('pain_passing_urine', 'is not', null),
        eb('lower_belly_pain', 'is not', null),
      ]),
    )
    .orderBy('date')
    .execute();
}
