import type { Selectable } from 'kysely';
import { jsonb } from '../jsonb.js';
import type { CravingsTable, RecoveryPlanDetails, RecoveryPlansTable } from '../schema.js';
import type { Executor } from './users.js';

export type RecoveryPlanRow = Selectable<RecoveryPlansTable>;
export type CravingRow = Selectable<CravingsTable>;

export function upsertRecoveryPlan(
  db: Executor,
  userId: string,
  plan: { goal: string; startDate: string; details: RecoveryPlanDetails },
  now: Date,
) {
  const row = {
    user_id: userId,
    goal: plan.goal,
    start_date: plan.startDate,
    details: jsonb(plan.details),
    updated_at: now,
  };
  return db
    .insertInto('recovery_plans')
    .values(row)
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findRecoveryPlan(db: Executor, userId: string) {
  return db
    .selectFrom('recovery_plans')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findRecoveryPlans(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('recovery_plans').selectAll().where('user_id', 'in', userIds).execute();
}

export function insertCraving(
  db: Executor,
  userId: string,
  craving: {
    at: Date;
    intensity: number;
    toolsTried: string[];
    helped: boolean | null;
    notes: string | null;
  },
) {
  return db
    .insertInto('cravings')
    .values({
      user_id: userId,
      at: craving.at,
      intensity: craving.intensity,
      tools_tried: jsonb(craving.toolsTried),
      helped: craving.helped,
      notes: craving.notes,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listCravings(db: Executor, userId: string) {
  return db
    .selectFrom('cravings')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('at', 'desc')
    .execute();
}
