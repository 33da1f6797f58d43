import { AppError } from '../../domain/errors.js';
import { localDate } from '../../domain/risk/local-date.js';
import {
  checkPreDoseBloodPressure,
  isRemsOverdue,
  remsDueDate,
  sessionProblems,
  sessionReminders,
  sessionRoute,
  type BloodPressureGate,
} from '../../domain/treatment/session-rules.js';
import type {
  TreatmentSession,
  TreatmentSessionInput,
} from '../../domain/treatment/treatment-api.js';
import { insertDose, updateDose, type DoseValues } from '../../db/repositories/doses.js';
import {
  findClinicGate,
  findSession,
  insertSession,
  listRemsPending,
  listSessionsOf,
  updateSession,
  type NamedSessionRow,
} from '../../db/repositories/treatment-sessions.js';
import type { ClinicMembership, GrantedSubject, Subject } from '../access/gate.js';
import type { DataContext, ServiceContext } from './context.js';

/** The clinic's own pre-dose blood-pressure gate (defaults: 140/90 and 180/110). */
export async function clinicBloodPressureGate(
  ctx: DataContext,
  clinicId: string,
): Promise<BloodPressureGate> {
  const row = await findClinicGate(ctx.db, clinicId);
  return {
    deferAbove: { systolicMmHg: row.bp_defer_systolic, diastolicMmHg: row.bp_defer_diastolic },
    urgentFrom: { systolicMmHg: row.bp_urgent_systolic, diastolicMmHg: row.bp_urgent_diastolic },
  };
}

function refuseProblems(input: TreatmentSessionInput) {
  const problems = sessionProblems(input);
  if (problems.length > 0) {
    throw new AppError('validation_failed', 'The session record is not complete yet.', problems);
  }
}

/** The dose as the person's own log holds it: a treatment, under the product's route. */
const doseOf = (input: TreatmentSessionInput, clinicName: string): DoseValues => ({
  taken_at: new Date(input.startedAt),
  mg: input.doseMg,
  route: sessionRoute(input),
  purpose: 'treatment',
  co_use: [],
  setting: clinicName,
  notes: null,
});

const sessionValues = (input: TreatmentSessionInput, subject: Subject, doseId: string | null) => ({
  startedAt: new Date(input.startedAt),
  product: input.product,
  status: input.status,
  record: input,
  remsDueDate: remsDueDate(input, localDate(new Date(input.startedAt), subject.timeZone)),
  doseId,
});

async function toSession(
  ctx: DataContext,
  row: NamedSessionRow,
  timeZone: string,
): Promise<TreatmentSession> {
  const record = row.record as TreatmentSessionInput;
  const dueDate = row.rems_due_date === null ? null : String(row.rems_due_date);
  return {
    id: row.id,
    clinic: row.clinic_name,
    clientId: row.user_id,
    clinician: row.clinician_name ?? row.clinician_email ?? 'A former clinician',
    record,
    doseId: row.dose_id,
    bloodPressureGate: checkPreDoseBloodPressure(
      record.vitals.preDose,
      await clinicBloodPressureGate(ctx, row.clinic_id),
    ),
    reminders: sessionReminders(record),
    remsDueDate: dueDate,
    remsSubmittedAt: row.rems_submitted_at?.toISOString() ?? null,
    remsOverdue: isRemsOverdue(
      dueDate,
      row.rems_submitted_at !== null,
      localDate(ctx.now(), timeZone),
    ),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Records a session and puts its dose in the person's own log in one transaction, so the
 * dose counts in their levels and combinations without being entered twice.
 */
export async function recordSession(
  ctx: ServiceContext,
  clinic: ClinicMembership,
  subject: Subject,
  input: TreatmentSessionInput,
): Promise<TreatmentSession> {
  refuseProblems(input);
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (db) => {
    const dose = await insertDose(db, subject.userId, doseOf(input, clinic.clinicName));
    const session = await insertSession(
      db,
      {
        ...sessionValues(input, subject, dose.id),
        clinicId: clinic.clinicId,
        userId: subject.userId,
        clinicianId: subject.actorId,
      },
      now,
    );
    return session.id;
  });
  return toSession(ctx, (await findSession(ctx.db, id))!, subject.timeZone);
}

/** The session, if it is this clinic's: what PATCH may change. */
export async function findClinicSession(ctx: ServiceContext, clinic: ClinicMembership, id: string) {
  const row = await findSession(ctx.db, id);
  if (!row || row.clinic_id !== clinic.clinicId) {
    throw new AppError('not_found', 'This clinic has no session with that id.');
  }
  return row;
}

export async function changeSession(
  ctx: ServiceContext,
  row: NamedSessionRow,
  subject: Subject,
  change: { session?: TreatmentSessionInput | undefined; remsSubmittedAt?: string | undefined },
): Promise<TreatmentSession> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (db) => {
    if (change.session) {
      refuseProblems(change.session);
      if (row.dose_id) {
        await updateDose(db, subject.userId, row.dose_id, doseOf(change.session, row.clinic_name));
      }
    }
    await updateSession(
      db,
      row.id,
      {
        ...(change.session ? sessionValues(change.session, subject, row.dose_id) : {}),
        ...(change.remsSubmittedAt ? { remsSubmittedAt: new Date(change.remsSubmittedAt) } : {}),
      },
      now,
    );
  });
  return toSession(ctx, (await findSession(ctx.db, row.id))!, subject.timeZone);
}

/** The subject's sessions: one clinic's, or all of them (the person's session passport). */
export async function listSessions(ctx: DataContext, subject: Subject, clinicId?: string) {
  const rows = await listSessionsOf(ctx.db, subject.userId, clinicId);
  return Promise.all(rows.map((row) => toSession(ctx, row, subject.timeZone)));
}

/** Completed esketamine sessions whose REMS form is not sent, due soonest (or overdue) first. */
export async function remsDueList(
  ctx: ServiceContext,
  clinic: ClinicMembership,
  granted: readonly GrantedSubject[],
) {
  const byId = new Map(granted.map((entry) => [entry.subject.userId, entry]));
  const rows = await listRemsPending(ctx.db, clinic.clinicId, [...byId.keys()]);
  return rows.map((row) => {
    const entry = byId.get(row.user_id)!;
    const dueDate = String(row.rems_due_date);
    return {
      id: row.id,
      clientId: row.user_id,
      client: entry.name,
      sessionDate: localDate(row.started_at, entry.subject.timeZone),
      dueDate,
      overdue: isRemsOverdue(dueDate, false, localDate(ctx.now(), entry.subject.timeZone)),
    };
  });
}
