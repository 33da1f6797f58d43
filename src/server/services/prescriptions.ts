import { AppError } from '../../domain/errors.js';
import type { Route } from '../../domain/log/vocabulary.js';
import { localDate } from '../../domain/risk/local-date.js';
import {
  overPrescriptionWarning,
  weeksAgainstPrescription,
} from '../../domain/treatment/prescription-weeks.js';
import {
  PRODUCT_ROUTES,
  type PrescriptionInput,
  type TreatmentProduct,
} from '../../domain/treatment/treatment-api.js';
import {
  listPrescriptionsOf,
  listTakeHomeDoses,
  upsertPrescription,
} from '../../db/repositories/prescriptions.js';
import type { Subject } from '../access/gate.js';
import type { DataContext } from './context.js';

/** Weeks compared with the log, and the start of the log read for them (a day spare for zones). */
const comparedWeeks = 8;
const dayMs = 86_400_000;
export const comparedFrom = (now: Date, weeks = comparedWeeks) =>
  new Date(now.getTime() - (weeks * 7 + 1) * dayMs);

/**
 * What a clinic may see of a client's prescriptions: only its own, and the weeks from the log
 * only when the client shares their log (`logShared`). The person sees all of theirs.
 */
export type ClinicPrescriptionView = { clinicId: string; logShared: boolean };

/** Sets a clinic's prescription for the subject, or (clinicId null) the person's own note. */
export async function setPrescription(
  ctx: DataContext,
  subject: Subject,
  input: PrescriptionInput,
  clinicView?: ClinicPrescriptionView,
) {
  if (input.product === 'other' && !input.route) {
    throw new AppError('validation_failed', 'Name the route for this product.', [
      { path: 'body.route', message: 'name the route for this product' },
    ]);
  }
  const route = input.route ?? PRODUCT_ROUTES[input.product as Exclude<TreatmentProduct, 'other'>];
  const clinicId = clinicView?.clinicId ?? null;
  await upsertPrescription(ctx.db, subject.userId, clinicId, { ...input, route }, ctx.now());
  return prescriptionsOf(ctx, subject, clinicView);
}

type PrescriptionRow = Awaited<ReturnType<typeof listPrescriptionsOf>>[number];

const toPrescription = (row: PrescriptionRow) => ({
  clinic: row.clinic_name,
  product: row.product as TreatmentProduct,
  route: row.route as Route,
  mgPerDose: row.mg_per_dose,
  maxMgPerWeek: row.max_mg_per_week,
  updatedAt: row.updated_at.toISOString(),
});

/** Every prescription of the subject's as stored: clinics' and their own note (the export). */
export async function prescriptionRecordsOf(ctx: DataContext, subject: Subject) {
  return (await listPrescriptionsOf(ctx.db, subject.userId)).map(toPrescription);
}

/**
 * The subject's prescriptions, each against their own log week by week; for a clinic, as
 * `clinicView` allows (no weeks without the log, and no warning: that is said to the person).
 */
export async function prescriptionsOf(
  ctx: DataContext,
  subject: Subject,
  clinicView?: ClinicPrescriptionView,
) {
  const now = ctx.now();
  const today = localDate(now, subject.timeZone);
  const from = comparedFrom(now);
  const rows = (await listPrescriptionsOf(ctx.db, subject.userId)).filter(
    (row) => !clinicView || row.clinic_id === clinicView.clinicId,
  );
  const withWeeks = !clinicView || clinicView.logShared;
  const prescriptions = await Promise.all(
    rows.map(async (row) => {
      const doses = withWeeks
        ? await listTakeHomeDoses(ctx.db, subject.userId, row.route, from)
        : [];
      return {
        ...toPrescription(row),
        weeks: withWeeks
          ? weeksAgainstPrescription(
              doses.map((dose) => ({
                date: localDate(dose.taken_at, subject.timeZone),
                mg: dose.mg,
              })),
              row.max_mg_per_week,
              today,
              comparedWeeks,
            )
          : [],
      };
    }),
  );
  return {
    prescriptions,
    warning: clinicView ? null : overPrescriptionWarning(prescriptions),
  };
}
