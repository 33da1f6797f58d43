import type {
  CaseloadEntry,
  WithdrawalFollowUp,
  WithdrawalFollowUpInput,
} from '../../domain/clinic/clinic-api.js';
import {
  FOLLOW_UP_START_WINDOW_DAYS,
  followUpAlerts,
  followUpReadsFrom,
  isAcceptedStartDate,
} from '../../domain/clinic/withdrawal-follow-up.js';
import { AppError } from '../../domain/errors.js';
import { isSelfDirected } from '../../domain/risk/history.js';
import { localDate } from '../../domain/risk/local-date.js';
import type { RiskInput } from '../../domain/risk/types.js';
import {
  endFollowUp,
  findFollowUp,
  findRunningFollowUp,
  followUpReadings,
  insertFollowUp,
  listFollowUpsOf,
  listRunningFollowUpsFor,
  listRunningFollowUpsOf,
  type NamedFollowUpRow,
} from '../../db/repositories/withdrawal-follow-ups.js';
import type { ClinicMembership, GrantedSubject, Subject } from '../access/gate.js';
import type { DataContext } from './context.js';
import { groupByUser } from './risk.js';

function toFollowUp(row: NamedFollowUpRow): WithdrawalFollowUp {
  return {
    id: row.id,
    clinic: row.clinic_name,
    startDate: String(row.start_date),
    dailyCheckIns: row.daily_check_ins,
    startedBy: row.clinician_name ?? row.clinician_email ?? 'A former clinician',
    startedAt: row.created_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
  };
}

/** A clinician starts following the client's withdrawal; one at a time per clinic. */
export async function startFollowUp(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
  input: WithdrawalFollowUpInput,
): Promise<WithdrawalFollowUp> {
  const now = ctx.now();
  if (!isAcceptedStartDate(input.startDate, localDate(now, subject.timeZone))) {
    throw new AppError('validation_failed', 'The start date is too far from today.', [
      {
        path: 'startDate',
        message: `Choose a date within ${FOLLOW_UP_START_WINDOW_DAYS} days of today`,
      },
    ]);
  }
  const id = await insertFollowUp(
    ctx.db,
    {
      clinicId: clinic.clinicId,
      userId: subject.userId,
      startedBy: subject.actorId,
      startDate: input.startDate,
      dailyCheckIns: input.dailyCheckIns,
    },
    now,
  );
  if (!id) {
    throw new AppError(
      'conflict',
      'A withdrawal follow-up already runs for this client. End it before starting another.',
      undefined,
      { reason: 'follow-up-running' },
    );
  }
  return toFollowUp(await findFollowUp(ctx.db, id));
}

export async function runningFollowUp(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
): Promise<WithdrawalFollowUp | null> {
  const row = await findRunningFollowUp(ctx.db, clinic.clinicId, subject.userId);
  return row ? toFollowUp(row) : null;
}

/** Ends the running follow-up (it is kept, with its end). */
export async function endRunningFollowUp(
  ctx: DataContext,
  clinic: ClinicMembership,
  subject: Subject,
): Promise<WithdrawalFollowUp> {
  const id = await endFollowUp(ctx.db, clinic.clinicId, subject.userId, ctx.now());
  if (!id) {
    throw new AppError('not_found', 'No withdrawal follow-up runs for this client.', undefined, {
      reason: 'no-follow-up',
    });
  }
  return toFollowUp(await findFollowUp(ctx.db, id));
}

/** The person's own view: which clinics follow their withdrawal now. */
export async function followUpsOfPerson(
  ctx: DataContext,
  subject: Subject,
): Promise<WithdrawalFollowUp[]> {
  return (await listRunningFollowUpsOf(ctx.db, subject.userId, ctx.now())).map(toFollowUp);
}

/** Every follow-up of the person's, ended ones and past clinics' too (the export's record). */
export async function followUpHistoryOf(
  ctx: DataContext,
  subject: Subject,
): Promise<WithdrawalFollowUp[]> {
  return (await listFollowUpsOf(ctx.db, subject.userId)).map(toFollowUp);
}

export type CaseloadFollowUp = NonNullable<CaseloadEntry['withdrawalFollowUp']>;

/**
 * The caseload's follow-ups and what raises each client, in at most three queries however
 * many clients. A client whose recent log the caseload already read for the risk rules
 * (`readAlready`: it reaches further back than a follow-up looks) is not read again. A reason
 * is worked out only from data the client's grant shares: symptoms and missed check-ins need
 * `check-ins`, use needs `log`.
 */
export async function caseloadFollowUps(
  ctx: DataContext,
  clinicId: string,
  granted: readonly GrantedSubject[],
  lastCheckInOf: (userId: string) => string | null,
  readAlready: (userId: string) => RiskInput | undefined,
): Promise<Map<string, CaseloadFollowUp>> {
  const byUser = new Map(granted.map((entry) => [entry.subject.userId, entry]));
  const running = await listRunningFollowUpsFor(ctx.db, clinicId, [...byUser.keys()]);
  const now = ctx.now();
  const todayOf = (userId: string) => localDate(now, byUser.get(userId)!.subject.timeZone);
  const windows = running
    .filter((row) => !readAlready(row.user_id))
    .map((row) => ({
      userId: row.user_id,
      from: followUpReadsFrom(String(row.start_date), todayOf(row.user_id)),
    }));
  const readings = await followUpReadings(ctx.db, windows);
  const checkInsOf = groupByUser(readings.checkIns);
  const dosesOf = groupByUser(readings.doses);
  return new Map(
    running.map((row) => {
      const entry = byUser.get(row.user_id)!;
      const { timeZone } = entry.subject;
      const shares = (scope: string) => entry.scopes.includes(scope);
      const read = readAlready(row.user_id);
      const startDate = String(row.start_date);
      const alerts = followUpAlerts({
        startDate,
        dailyCheckIns: row.daily_check_ins,
        today: todayOf(row.user_id),
        checkIns: shares('check-ins')
          ? (read?.checkIns ?? checkInsOf.get(row.user_id) ?? []).map((checkIn) => ({
              date: String(checkIn.date),
              symptoms: checkIn.symptoms ?? {},
            }))
          : null,
        lastCheckInDate: shares('check-ins') ? lastCheckInOf(row.user_id) : null,
        useDates: shares('log')
          ? read
            ? read.doses.filter(isSelfDirected).map((dose) => localDate(dose.takenAt, timeZone))
            : (dosesOf.get(row.user_id) ?? []).map((dose) => localDate(dose.taken_at, timeZone))
          : null,
      });
      return [row.user_id, { startDate, alerts }];
    }),
  );
}
