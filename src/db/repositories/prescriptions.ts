import { sql } from 'kysely';
import type { Executor } from './users.js';

export type PrescriptionValues = {
  product: string;
  route: string;
  mgPerDose: number;
  maxMgPerWeek: number;
};

/** Sets the clinic's (or, with clinicId null, the person's own) prescription. */
export function upsertPrescription(
  db: Executor,
  userId: string,
  clinicId: string | null,
  values: PrescriptionValues,
  now: Date,
) {
  const row = {
    product: values.product,
    route: values.route,
    mg_per_dose: values.mgPerDose,
    max_mg_per_week: values.maxMgPerWeek,
    updated_at: now,
  };
  return db
    .insertInto('prescriptions')
    .values({ ...row, user_id: userId, clinic_id: clinicId })
    .onConflict((conflict) =>
      conflict
        .expression(sql`user_id, coalesce(clinic_id, '00000000-0000-0000-0000-000000000000'::uuid)`)
        .doUpdateSet(row),
    )
    .execute();
}

export function listPrescriptionsOf(db: Executor, userId: string) {
  return db
    .selectFrom('prescriptions')
    .leftJoin('clinics', 'clinics.id', 'prescriptions.clinic_id')
    .selectAll('prescriptions')
    .select('clinics.name as clinic_name')
    .where('prescriptions.user_id', '=', userId)
    .orderBy('prescriptions.updated_at', 'desc')
    .execute();
}

/** Self-given doses of a route from a time on (supervised session doses are not take-home). */
export function listTakeHomeDoses(db: Executor, userId: string, route: string, from: Date) {
  return db
    .selectFrom('doses')
    .select(['taken_at', 'mg'])
    .where('user_id', '=', userId)
    .where('route', '=', route)
    .where('taken_at', '>=', from)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('treatment_sessions')
            .select('treatment_sessions.id')
            .whereRef('treatment_sessions.dose_id', '=', 'doses.id'),
        ),
      ),
    )
    .execute();
}

/** The prescriptions of several people, in one query (the caseload). */
export function listPrescriptionsOfMany(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('prescriptions')
    .select(['user_id', 'route', 'max_mg_per_week'])
    .where('user_id', '=', sql<string>`any(${[...userIds]}::uuid[])`)
    .execute();
}
