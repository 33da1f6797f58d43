import type { CaseloadEntry, ShareScope } from '../../domain/clinic/clinic-api.js';
import { localDate } from '../../domain/risk/local-date.js';
import {
  RECENT_WEEKS,
  weeksAgainstPrescription,
  wentOverRecently,
} from '../../domain/treatment/prescription-weeks.js';
import type { RiskDose } from '../../domain/risk/types.js';
import { listPrescriptionsOfMany } from '../../db/repositories/prescriptions.js';
import { listSessionDoseIdsOfMany } from '../../db/repositories/treatment-sessions.js';
import type { ScheduleEntry } from '../../domain/treatment/treatment-schedule-api.js';
import { listQuestionnaireSchedules } from '../../db/repositories/treatment-schedules.js';
import type { GrantedSubject } from '../access/gate.js';
import type { DataContext } from './context.js';
import { comparedFrom } from './prescriptions.js';
import { scheduleEntries } from './treatment-schedules.js';

const has = (entry: GrantedSubject, scope: ShareScope) => entry.scopes.includes(scope);

/**
 * Whether each client sharing their log went over a prescription this or last week. The
 * doses are the ones the risk rules already read (they reach further back than two weeks),
 * less the clinics' supervised session doses: no second read of the log.
 */
async function overPrescriptionOf(
  ctx: DataContext,
  granted: readonly GrantedSubject[],
  riskDoses: Promise<ReadonlyMap<string, readonly RiskDose[]>>,
) {
  const withLog = granted.filter((entry) => has(entry, 'log'));
  const userIds = withLog.map((entry) => entry.subject.userId);
  const now = ctx.now();
  const from = comparedFrom(now, RECENT_WEEKS);
  const [prescriptions, sessionDoseIds, dosesOf] = await Promise.all([
    listPrescriptionsOfMany(ctx.db, userIds),
    listSessionDoseIdsOfMany(ctx.db, userIds, from),
    riskDoses,
  ]);
  const supervised = new Set(sessionDoseIds);
  const timeZones = new Map(withLog.map((entry) => [entry.subject.userId, entry.subject.timeZone]));
  const over = new Map<string, boolean>(userIds.map((userId) => [userId, false]));
  for (const prescription of prescriptions) {
    const timeZone = timeZones.get(prescription.user_id)!;
    const takeHome = (dosesOf.get(prescription.user_id) ?? []).filter(
      (dose) =>
        dose.route === prescription.route && dose.takenAt >= from && !supervised.has(dose.id),
    );
    const weeks = weeksAgainstPrescription(
      takeHome.map((dose) => ({ date: localDate(dose.takenAt, timeZone), mg: dose.mg })),
      prescription.max_mg_per_week,
      localDate(now, timeZone),
      RECENT_WEEKS,
    );
    if (wentOverRecently(weeks)) over.set(prescription.user_id, true);
  }
  return over;
}

/** This clinic's overdue self-checks for each client sharing self-checks, in two queries. */
async function overdueSelfChecksOf(
  ctx: DataContext,
  clinicId: string,
  granted: readonly GrantedSubject[],
) {
  const withSelfChecks = granted.filter((entry) => has(entry, 'self-checks'));
  const timeZones = new Map(
    withSelfChecks.map((entry) => [entry.subject.userId, entry.subject.timeZone]),
  );
  const rows = await listQuestionnaireSchedules(ctx.db, [...timeZones.keys()], clinicId);
  const entries = await scheduleEntries(
    ctx,
    rows,
    (userId) => timeZones.get(userId)!,
    () => true,
  );
  const overdue = new Map<string, ScheduleEntry['questionnaireId'][]>(
    [...timeZones.keys()].map((id) => [id, []]),
  );
  for (const entry of entries) {
    if (entry.status === 'overdue') overdue.get(entry.userId)!.push(entry.questionnaireId);
  }
  return overdue;
}

export type CaseloadTreatmentFields = Pick<CaseloadEntry, 'overPrescription' | 'overdueSelfChecks'>;

/**
 * The caseload's treatment fields of each client, in a fixed number of queries however many
 * clients there are; `riskDoses` are the doses the caseload's risk read loaded, by client.
 */
export async function caseloadTreatmentFields(
  ctx: DataContext,
  clinicId: string,
  granted: readonly GrantedSubject[],
  riskDoses: Promise<ReadonlyMap<string, readonly RiskDose[]>>,
): Promise<ReadonlyMap<string, CaseloadTreatmentFields>> {
  const [over, overdue] = await Promise.all([
    overPrescriptionOf(ctx, granted, riskDoses),
    overdueSelfChecksOf(ctx, clinicId, granted),
  ]);
  return new Map(
    granted.map(({ subject: { userId } }) => [
      userId,
      {
        overPrescription: over.get(userId) ?? null,
        overdueSelfChecks: overdue.get(userId) ?? null,
      },
    ]),
  );
}
