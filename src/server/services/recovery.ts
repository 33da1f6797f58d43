import { AppError } from '../../domain/errors.js';
import type { CravingInput, PlanInput } from '../../domain/log/log-api.js';
import { countStreaks, type Streaks } from '../../domain/recovery/index.js';
import { localDate } from '../../domain/risk/index.js';
import { planDosesFrom } from '../../domain/risk/input-window.js';
import { listDosesForRulesOf } from '../../db/repositories/doses.js';
import {
  findRecoveryPlan,
  insertCraving,
  listCravings as listCravingRows,
  upsertRecoveryPlan,
  type CravingRow,
  type RecoveryPlanRow,
} from '../../db/repositories/recovery.js';
import type { Craving, Plan, PlanWithProgress } from '../../domain/recovery/recovery-api.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

function toPlan(row: RecoveryPlanRow): Plan {
  return {
    goal: row.goal as Plan['goal'],
    startDate: row.start_date,
    ...row.details,
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Streaks count use, not treatment: doses a clinician gave are not lapses. The use comes as
 * one row a day (and the last use before), however long the plan has run.
 */
async function progressOf(ctx: DataContext, subject: Subject, plan: Plan): Promise<Streaks> {
  const now = ctx.now();
  const { doses, useDays } = await listDosesForRulesOf(ctx.db, [
    {
      userId: subject.userId,
      from: now,
      useDays: { from: planDosesFrom(plan.startDate), timeZone: subject.timeZone },
    },
  ]);
  return countStreaks({
    uses: [
      ...useDays.map(({ date, mg }) => ({ date, mg })),
      ...doses
        .filter((dose) => dose.purpose !== 'treatment')
        .map((dose) => ({ date: localDate(dose.taken_at, subject.timeZone), mg: dose.mg })),
    ],
    startDate: plan.startDate,
    today: localDate(now, subject.timeZone),
    ...(plan.pricePerGram === undefined ? {} : { pricePerGram: plan.pricePerGram }),
    ...(plan.usualGramsPerWeek === undefined ? {} : { usualGramsPerWeek: plan.usualGramsPerWeek }),
  });
}

export async function getPlan(ctx: DataContext, subject: Subject): Promise<PlanWithProgress> {
  const row = await findRecoveryPlan(ctx.db, subject.userId);
  if (!row) return { plan: null, progress: null };
  const plan = toPlan(row);
  return { plan, progress: await progressOf(ctx, subject, plan) };
}

export async function savePlan(
  ctx: DataContext,
  subject: Subject,
  input: PlanInput,
): Promise<PlanWithProgress> {
  const today = localDate(ctx.now(), subject.timeZone);
  if (input.startDate > today) {
    throw new AppError('validation_failed', 'The plan cannot start after today.', [
      { path: 'startDate', message: `at most ${today}` },
    ]);
  }
  const { goal, startDate, ...details } = input;
  const plan = toPlan(
    await upsertRecoveryPlan(ctx.db, subject.userId, { goal, startDate, details }, ctx.now()),
  );
  return { plan, progress: await progressOf(ctx, subject, plan) };
}

function toCraving(row: CravingRow): Craving {
  return {
    id: row.id,
    at: row.at.toISOString(),
    intensity: row.intensity,
    toolsTried: row.tools_tried,
    helped: row.helped,
    notes: row.notes,
  };
}

export async function recordCraving(
  ctx: DataContext,
  subject: Subject,
  input: CravingInput,
): Promise<Craving> {
  const at = input.at ? new Date(input.at) : ctx.now();
  if (at.getTime() > ctx.now().getTime() + 60_000) {
    throw new AppError('validation_failed', 'A craving cannot be recorded in the future.', [
      { path: 'at', message: 'not in the future' },
    ]);
  }
  const row = await insertCraving(ctx.db, subject.userId, {
    at,
    intensity: input.intensity,
    toolsTried: [...new Set(input.toolsTried)],
    helped: input.helped,
    notes: input.notes || null,
  });
  return toCraving(row);
}

export async function listCravings(ctx: DataContext, subject: Subject): Promise<Craving[]> {
  return (await listCravingRows(ctx.db, subject.userId)).map(toCraving);
}
