import { AppError } from '../../domain/errors.js';
import type { CheckIn, CheckInInput } from '../../domain/log/log-api.js';
import { localDate } from '../../domain/risk/index.js';
import {
  deleteCheckIn as deleteCheckInRow,
  findCheckIn,
  listCheckIns as listCheckInRows,
  upsertCheckIn,
  type CheckInRow,
} from '../../db/repositories/check-ins.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

export function toCheckIn(row: CheckInRow): CheckIn {
  return {
    date: row.date,
    craving: row.craving,
    mood: row.mood,
    sleepHours: row.sleep_hours,
    sleepQuality: row.sleep_quality,
    symptoms: row.symptoms,
    dissociation: row.dissociation,
    urinaryFrequency: row.urinary_frequency,
    urinaryUrgency: row.urinary_urgency,
    painPassingUrine: row.pain_passing_urine,
    lowerBellyPain: row.lower_belly_pain,
    bloodInUrine: row.blood_in_urine,
    selfHarmThoughts: row.self_harm_thoughts,
    systolicMmHg: row.systolic_mm_hg,
    diastolicMmHg: row.diastolic_mm_hg,
    heartRateBpm: row.heart_rate_bpm,
    notes: row.notes,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Saves the check-in of a local date (a second save of that date replaces the first). */
export async function saveCheckIn(
  ctx: DataContext,
  subject: Subject,
  input: CheckInInput,
): Promise<{ checkIn: CheckIn; created: boolean }> {
  const today = localDate(ctx.now(), subject.timeZone);
  if (input.date > today) {
    throw new AppError(
      'validation_failed',
      'A check-in cannot be for a day that has not started yet.',
      [{ path: 'date', message: `at most ${today}, today in your time zone` }],
    );
  }
  const { inserted, ...row } = await upsertCheckIn(
    ctx.db,
    subject.userId,
    {
      date: input.date,
      craving: input.craving ?? null,
      mood: input.mood ?? null,
      sleep_hours: input.sleepHours ?? null,
      sleep_quality: input.sleepQuality ?? null,
      symptoms: Object.fromEntries(
        Object.entries(input.symptoms ?? {}).filter(([, level]) => level !== undefined),
      ),
      dissociation: input.dissociation ?? null,
      urinary_frequency: input.urinaryFrequency ?? null,
      urinary_urgency: input.urinaryUrgency ?? null,
      pain_passing_urine: input.painPassingUrine ?? null,
      lower_belly_pain: input.lowerBellyPain ?? null,
      blood_in_urine: input.bloodInUrine ?? null,
      self_harm_thoughts: input.selfHarmThoughts ?? null,
      systolic_mm_hg: input.systolicMmHg ?? null,
      diastolic_mm_hg: input.diastolicMmHg ?? null,
      heart_rate_bpm: input.heartRateBpm ?? null,
      notes: input.notes || null,
    },
    ctx.now(),
  );
  return { checkIn: toCheckIn(row), created: inserted };
}

export async function listCheckIns(
  ctx: DataContext,
  subject: Subject,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<CheckIn[]> {
  return (await listCheckInRows(ctx.db, subject.userId, range)).map(toCheckIn);
}

const checkInNotFound = () =>
  new AppError('not_found', 'There is no check-in for that date.', undefined, {
    reason: 'no-check-in',
  });

export async function getCheckIn(
  ctx: DataContext,
  subject: Subject,
  date: string,
): Promise<CheckIn> {
  const row = await findCheckIn(ctx.db, subject.userId, date);
  if (!row) throw checkInNotFound();
  return toCheckIn(row);
}

export async function deleteCheckIn(
  ctx: DataContext,
  subject: Subject,
  date: string,
): Promise<void> {
  if (!(await deleteCheckInRow(ctx.db, subject.userId, date))) throw checkInNotFound();
}
