import { AppError } from '../../domain/errors.js';
import { resolveSubstance } from '../../domain/interactions/index.js';
import {
  encodeDoseCursor,
  maxFutureMs,
  type Dose,
  type DoseCursor,
  type DoseInput,
} from '../../domain/log/log-api.js';
import {
  deleteDose as deleteDoseRow,
  findDose,
  insertDose,
  listDoses as listDoseRows,
  updateDose as updateDoseRow,
  type DoseRow,
  type DoseValues,
} from '../../db/repositories/doses.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

export function toDose(row: DoseRow): Dose {
  return {
    id: row.id,
    takenAt: row.taken_at.toISOString(),
    mg: row.mg,
    route: row.route as Dose['route'],
    purpose: row.purpose as Dose['purpose'],
    coUse: row.co_use.map((entry) => ({
      ...entry,
      resolvedAs: resolveSubstance(entry.substance) ?? null,
    })),
    setting: row.setting,
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
  };
}

const doseNotFound = () =>
  new AppError('not_found', 'There is no such dose in your log.', undefined, { reason: 'no-dose' });

function toValues(ctx: DataContext, input: DoseInput): DoseValues {
  const takenAt = new Date(input.takenAt);
  if (takenAt.getTime() > ctx.now().getTime() + maxFutureMs) {
    throw new AppError('validation_failed', 'The time is more than a day in the future.', [
      { path: 'takenAt', message: 'at most one day in the future' },
    ]);
  }
  return {
    taken_at: takenAt,
    mg: input.mg,
    route: input.route,
    purpose: input.purpose ?? null,
    co_use: (input.coUse ?? []).map(({ substance, amount, unit }) => ({
      substance,
      ...(amount === undefined ? {} : { amount }),
      ...(unit === undefined ? {} : { unit }),
    })),
    setting: input.setting || null,
    notes: input.notes || null,
  };
}

export async function createDose(
  ctx: DataContext,
  subject: Subject,
  input: DoseInput,
): Promise<Dose> {
  return toDose(await insertDose(ctx.db, subject.userId, toValues(ctx, input)));
}

export async function listDoses(
  ctx: DataContext,
  subject: Subject,
  query: {
    from?: string | undefined;
    to?: string | undefined;
    before?: DoseCursor | undefined;
    limit: number;
  },
): Promise<{ doses: Dose[]; nextCursor: string | null }> {
  const asDate = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
  // One extra row tells whether another page follows.
  const rows = await listDoseRows(ctx.db, subject.userId, {
    from: asDate(query.from),
    to: asDate(query.to),
    before: query.before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit).map(toDose);
  return {
    doses: page,
    nextCursor:
      rows.length > query.limit && page.length > 0 ? encodeDoseCursor(page.at(-1)!) : null,
  };
}

export async function getDose(ctx: DataContext, subject: Subject, doseId: string): Promise<Dose> {
  const row = await findDose(ctx.db, subject.userId, doseId);
  if (!row) throw doseNotFound();
  return toDose(row);
}

/** A partial change is merged with the stored dose and validated as a whole. */
export async function updateDose(
  ctx: DataContext,
  subject: Subject,
  doseId: string,
  changes: Partial<DoseInput>,
): Promise<Dose> {
  const current = await getDose(ctx, subject, doseId);
  const merged: DoseInput = {
    takenAt: current.takenAt,
    mg: current.mg,
    route: current.route,
    ...(current.purpose ? { purpose: current.purpose } : {}),
    coUse: current.coUse.map(({ substance, amount, unit }) => ({ substance, amount, unit })),
    ...(current.setting ? { setting: current.setting } : {}),
    ...(current.notes ? { notes: current.notes } : {}),
    ...changes,
  };
  const row = await updateDoseRow(ctx.db, subject.userId, doseId, toValues(ctx, merged));
  if (!row) throw doseNotFound();
  return toDose(row);
}

export async function deleteDose(
  ctx: DataContext,
  subject: Subject,
  doseId: string,
): Promise<void> {
  if (!(await deleteDoseRow(ctx.db, subject.userId, doseId))) throw doseNotFound();
}
