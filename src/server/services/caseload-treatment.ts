import type {
  CaseloadCoreEntry,
  CaseloadEntry,
  ShareScope,
} from '../../domain/clinic/clinic-api.js';
import { localDate } from '../../domain/risk/local-date.js';
import {
  weeksAgainstPrescription,
  wentOverRecently,
} from '../../domain/treatment/prescription-weeks.js';
import {
  listPrescriptionsOfMany,
  listTakeHomeDosesOfMany,
} from '../../db/repositories/prescriptions.js';
import type { ScheduleEntry } from '../../domain/treatment/treatment-schedule-api.js';
import { listQuestionnaireSchedules } from '../../db/repositories/treatment-schedules.js';
import type { GrantedSubject } from '../access/gate.js';
import type { DataContext } from './context.js';
import { comparedFrom } from './prescriptions.js';
import { scheduleEntries } from './treatment-schedules.js';

const has = (entry: GrantedSubject, scope: ShareScope) => entry.scopes.includes(scope);

/** Whether each client sharing their log went over a prescription lately, in two queries. */
async function overPrescriptionOf(ctx: DataContext, granted: readonly GrantedSubject[]) {
  const withLog = granted.filter((entry) => has(entry, 'log'));
  const prescriptions = await listPrescriptionsOfMany(
    ctx.db,
    withLog.map((entry) => entry.subject.userId),
  );
  const routes = [...new Set(prescriptions.map((row) => row.route))];
  const now = ctx.now();
  const doses = await listTakeHomeDosesOfMany(
    ctx.db,
    [...new Set(prescriptions.map((row) => row.user_id))],
    routes,
    comparedFrom(now),
  );
  const timeZones = new Map(withLog.map((entry) => [entry.subject.userId, entry.subject.timeZone]));
  const dosesOf = new Map<string, typeof doses>();
  for (const dose of doses) {
    const key = `${dose.user_id} ${dose.route}`;
    const list = dosesOf.get(key);
    if (list) list.push(dose);
    else dosesOf.set(key, [dose]);
  }
  const over = new Map<string, boolean>(withLog.map((entry) => [entry.subject.userId, false]));
  for (const prescription of prescriptions) {
    const timeZone = timeZones.get(prescription.user_id)!;
    const weeks = weeksAgainstPrescription(
      (dosesOf.get(`${prescription.user_id} ${prescription.route}`) ?? []).map((dose) => ({
        date: localDate(dose.taken_at, timeZone),
        mg: dose.mg,
      })),
      prescription.max_mg_per_week,
      localDate(now, timeZone),
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

/**
 * The caseload rows with their treatment fields, in a fixed number of queries however many
 * clients there are (run beside the rest of the caseload's queries).
 */
export async function withTreatmentFields(
  ctx: DataContext,
  clinicId: string,
  granted: readonly GrantedSubject[],
  rows: Promise<CaseloadCoreEntry[]>,
): Promise<CaseloadEntry[]> {
  const [core, over, overdue] = await Promise.all([
    rows,
    overPrescriptionOf(ctx, granted),
    overdueSelfChecksOf(ctx, clinicId, granted),
  ]);
  return core.map((row): CaseloadEntry => ({
    ...row,
    overPrescription: over.get(row.id) ?? null,
    overdueSelfChecks: overdue.get(row.id) ?? null,
  }));
}
