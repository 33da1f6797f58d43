import type { ErrorDetail } from '../errors.js';
import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';
import type { z } from 'zod';
import {
  ESKETAMINE_MG_PER_DEVICE,
  PRODUCT_ROUTES,
  type TreatmentSessionInput,
  type VitalsReading,
  type ZBloodPressureGateSchema,
} from './treatment-api.js';

export type BloodPressureGate = z.infer<typeof ZBloodPressureGateSchema>;

export const defaultBloodPressureGate: BloodPressureGate = {
  deferAbove: { systolicMmHg: 140, diastolicMmHg: 90 },
  urgentFrom: { systolicMmHg: 180, diastolicMmHg: 110 },
};

export const sessionRuleSources = {
  deferAbove:
    'Spravato prescribing information: as a general guide, consider the risks before dosing above 140/90 mmHg (exact label sentence not confirmed; trials withheld dosing above 140 systolic or 90 diastolic)',
  urgentFrom:
    'Treatment-emergent transient hypertension defined as systolic above 180 and/or diastolic above 110 mmHg (subcutaneous esketamine series); academic clinics treat from 180/110',
  at40Min:
    'Spravato prescribing information and REMS monitoring form: blood pressure before dosing and about 40 minutes after, when the rise peaks',
  monitored:
    'Spravato REMS patient monitoring form: monitoring from the first device to the end must be at least 2 hours',
  remsDue: 'Spravato REMS: the monitoring form is submitted for every session within 7 days',
  serious: 'Spravato REMS monitoring form: serious adverse events are reported',
  devices: 'Spravato device: 28 mg esketamine each (NDC 50458-028)',
  prefill:
    'Osmind REMS note practice: a note pre-filled from the last session needs the lot number, vitals and yes/no items re-checked',
} as const;

/** Monitoring of esketamine lasts at least this long (REMS). */
export const ESKETAMINE_MIN_MONITORED_MINUTES = 120;
/** Calendar days after the session by which the REMS form is due. */
export const REMS_DUE_DAYS = 7;

const atOrAbove = (reading: VitalsReading, limit: BloodPressureGate['urgentFrom']) =>
  reading.systolicMmHg >= limit.systolicMmHg || reading.diastolicMmHg >= limit.diastolicMmHg;
const above = (reading: VitalsReading, limit: BloodPressureGate['deferAbove']) =>
  reading.systolicMmHg > limit.systolicMmHg || reading.diastolicMmHg > limit.diastolicMmHg;

/** The pre-dose reading against the clinic's gate: advice, never a block on the record. */
export function checkPreDoseBloodPressure(reading: VitalsReading, gate: BloodPressureGate) {
  const shown = `${reading.systolicMmHg}/${reading.diastolicMmHg} mmHg`;
  if (atOrAbove(reading, gate.urgentFrom)) {
    return {
      level: 'urgent' as const,
      message: `${shown} before dosing is at or above ${gate.urgentFrom.systolicMmHg}/${gate.urgentFrom.diastolicMmHg}: do not dose; recheck after 5 minutes and treat as a hypertensive urgency if it stays there.`,
      source: sessionRuleSources.urgentFrom,
    };
  }
  if (above(reading, gate.deferAbove)) {
    return {
      level: 'defer' as const,
      message: `${shown} before dosing is above ${gate.deferAbove.systolicMmHg}/${gate.deferAbove.diastolicMmHg}: consider deferring the session.`,
      source: sessionRuleSources.deferAbove,
    };
  }
  return {
    level: 'ok' as const,
    message: `${shown} before dosing is within the clinic's range.`,
    source: sessionRuleSources.deferAbove,
  };
}

/** What stops a session from being saved as completed, as field problems (empty when none). */
export function sessionProblems(input: TreatmentSessionInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ path: `body.${path}`, message });
  if (input.product === 'other' && !input.route)
    problem('route', 'name the route for this product');
  if (input.devices !== undefined && input.doseMg !== input.devices * ESKETAMINE_MG_PER_DEVICE) {
    problem(
      'doseMg',
      `${input.devices} devices hold ${input.devices * ESKETAMINE_MG_PER_DEVICE} mg`,
    );
  }
  input.adverseEvents.forEach((event, index) => {
    if (event.serious && !event.details) {
      problem(`adverseEvents.${index}.details`, 'describe the serious adverse event');
    }
  });
  if (input.prefilledFrom) {
    const confirmed = input.reconfirmed;
    if (!confirmed?.lotNumber || !confirmed.vitals || !confirmed.yesNoItems) {
      problem('reconfirmed', 'confirm the lot number, vitals and yes/no items of this session');
    }
  }
  if (input.status !== 'completed') return problems;
  if (!input.vitals.at40Min) problem('vitals.at40Min', 'the 40-minute blood pressure is required');
  if (
    input.product === 'esketamine-nasal' &&
    input.monitoredMinutes < ESKETAMINE_MIN_MONITORED_MINUTES
  ) {
    problem(
      'monitoredMinutes',
      `esketamine needs at least ${ESKETAMINE_MIN_MONITORED_MINUTES} minutes of monitoring`,
    );
  }
  return problems;
}

/** The route the dose is logged under. */
export const sessionRoute = (input: TreatmentSessionInput) =>
  input.product === 'other' ? input.route! : (input.route ?? PRODUCT_ROUTES[input.product]);

/** Reminders for the clinician after saving (reporting a serious adverse event). */
export function sessionReminders(input: TreatmentSessionInput) {
  return input.adverseEvents.some((event) => event.serious)
    ? [
        {
          message:
            'Report the serious adverse event to the manufacturer and your national reporting scheme (for Spravato, through the REMS).',
          source: sessionRuleSources.serious,
        },
      ]
    : [];
}

/** A completed esketamine session's REMS form is due 7 calendar days after its local date. */
export function remsDueDate(input: TreatmentSessionInput, sessionDate: string): string | null {
  if (input.product !== 'esketamine-nasal' || input.status !== 'completed') return null;
  return isoDateOfDayNumber(dayNumberOfIsoDate(sessionDate) + REMS_DUE_DAYS);
}

export const isRemsOverdue = (dueDate: string | null, submitted: boolean, today: string) =>
  dueDate !== null && !submitted && today > dueDate;
