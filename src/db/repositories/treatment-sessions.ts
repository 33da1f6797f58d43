import { sql } from 'kysely';
import { jsonb } from '../jsonb.js';
import { shownNameAs, type Executor } from './users.js';

export type SessionValues = {
  startedAt: Date;
  product: string;
  status: string;
  record: unknown;
  remsDueDate: string | null;
  doseId: string | null;
};

const columnsOf = (values: SessionValues, now: Date) => ({
  started_at: values.startedAt,
  product: values.product,
  status: values.status,
  record: jsonb(values.record),
  rems_due_date: values.remsDueDate,
  dose_id: values.doseId,
  updated_at: now,
});

/** The log doses the clinics' supervised sessions of these people made from a time on. */
export async function listSessionDoseIdsOfMany(
  db: Executor,
  userIds: readonly string[],
  from: Date,
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('treatment_sessions')
    .select('dose_id')
    .where('user_id', '=', sql<string>`any(${[...userIds]}::uuid[])`)
    .where('started_at', '>=', from)
    .where('dose_id', 'is not', null)
    .execute();
  return rows.map((row) => row.dose_id!);
}

export function insertSession(
  db: Executor,
  session: SessionValues & { clinicId: string; userId: string; clinicianId: string },
  now: Date,
) {
  return db
    .insertInto('treatment_sessions')
    .values({
      ...columnsOf(session, now),
      clinic_id: session.clinicId,
      user_id: session.userId,
      clinician_id: session.clinicianId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateSession(
  db: Executor,
  sessionId: string,
  change: Partial<SessionValues> & { remsSubmittedAt?: Date },
  now: Date,
) {
  return db
    .updateTable('treatment_sessions')
    .set({
      ...(change.startedAt ? columnsOf(change as SessionValues, now) : { updated_at: now }),
      ...(change.remsSubmittedAt ? { rems_submitted_at: change.remsSubmittedAt } : {}),
    })
    .where('id', '=', sessionId)
    .execute();
}

function sessionsWithNames(db: Executor) {
  return db
    .selectFrom('treatment_sessions')
    .innerJoin('clinics', 'clinics.id', 'treatment_sessions.clinic_id')
    .leftJoin('users as clinician', 'clinician.id', 'treatment_sessions.clinician_id')
    .selectAll('treatment_sessions')
    .select(['clinics.name as clinic_name', shownNameAs('clinician')]);
}
export type NamedSessionRow = Awaited<ReturnType<typeof findSession>> & object;

export function findSession(db: Executor, sessionId: string) {
  return sessionsWithNames(db).where('treatment_sessions.id', '=', sessionId).executeTakeFirst();
}

/** A person's sessions, newest first: of one clinic, or of every clinic (their passport). */
export function listSessionsOf(db: Executor, userId: string, clinicId?: string) {
  let query = sessionsWithNames(db).where('treatment_sessions.user_id', '=', userId);
  if (clinicId) query = query.where('treatment_sessions.clinic_id', '=', clinicId);
  return query.orderBy('treatment_sessions.started_at', 'desc').execute();
}

/** The clinic's sessions whose REMS form is not sent yet, for the given clients. */
export function listRemsPending(db: Executor, clinicId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('treatment_sessions')
    .select(['id', 'user_id', 'started_at', 'rems_due_date'])
    .where('clinic_id', '=', clinicId)
    .where('user_id', 'in', userIds)
    .where('rems_due_date', 'is not', null)
    .where('rems_submitted_at', 'is', null)
    .orderBy('rems_due_date')
    .execute();
}

export function findClinicGate(db: Executor, clinicId: string) {
  return db
    .selectFrom('clinics')
    .select([
      'bp_defer_systolic',
      'bp_defer_diastolic',
      'bp_urgent_systolic',
      'bp_urgent_diastolic',
    ])
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
}

/** The clinic's completed sessions with these clients, oldest first (their courses). */
export function listClinicSessionsOf(db: Executor, clinicId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('treatment_sessions')
    .select(['user_id', 'product', 'started_at'])
    .where('clinic_id', '=', clinicId)
    .where('user_id', 'in', userIds)
    .where('status', '=', 'completed')
    .orderBy('started_at')
    .execute();
}
