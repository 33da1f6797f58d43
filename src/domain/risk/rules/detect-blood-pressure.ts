import { checkInsInLastDays, type History } from '../history.js';
import type { RiskFlag } from '../types.js';

/**
 * Blood pressure from check-ins of the last 14 days (reference/clinical-safety.md):
 * - any reading at or above 180 systolic or 120 diastolic: urgent (hypertensive crisis);
 * - 2 or more readings at or above 140 systolic or 90 diastolic: advice ("repeatedly").
 * A reading counts as high when either number reaches its threshold.
 */

export const BLOOD_PRESSURE_LOOKBACK_DAYS = 14;
/** clinical-safety.md: blood pressure repeatedly ≥ 140/90 mmHg */
export const HIGH_SYSTOLIC_MMHG = 140;
export const HIGH_DIASTOLIC_MMHG = 90;
export const HIGH_MIN_READINGS = 2;
/** clinical-safety.md: ≥ 180/120 mmHg is a hypertensive crisis */
export const CRISIS_SYSTOLIC_MMHG = 180;
export const CRISIS_DIASTOLIC_MMHG = 120;

export const BLOOD_PRESSURE_SOURCE =
  'American Heart Association: blood pressure categories (crisis from 180/120); NHS: high blood pressure (from 140/90)';

export function detectBloodPressure(history: History): RiskFlag[] {
  let highReadings = 0;
  let crisis: { systolicMmHg: number | null; diastolicMmHg: number | null; date: string } | null =
    null;
  let lastHighDate = '';
  for (const checkIn of checkInsInLastDays(history, BLOOD_PRESSURE_LOOKBACK_DAYS)) {
    const systolic = checkIn.systolicMmHg;
    const diastolic = checkIn.diastolicMmHg;
    if (systolic === undefined && diastolic === undefined) continue;
    if ((systolic ?? 0) >= CRISIS_SYSTOLIC_MMHG || (diastolic ?? 0) >= CRISIS_DIASTOLIC_MMHG) {
      crisis = {
        systolicMmHg: systolic ?? null,
        diastolicMmHg: diastolic ?? null,
        date: checkIn.date,
      };
    }
    if ((systolic ?? 0) >= HIGH_SYSTOLIC_MMHG || (diastolic ?? 0) >= HIGH_DIASTOLIC_MMHG) {
      highReadings += 1;
      lastHighDate = checkIn.date;
    }
  }
  if (crisis !== null) {
    return [
      {
        code: 'blood-pressure-crisis',
        severity: 'urgent',
        params: { systolicMmHg: crisis.systolicMmHg, diastolicMmHg: crisis.diastolicMmHg },
        source: BLOOD_PRESSURE_SOURCE,
        articleSlug: 'heart-and-blood-pressure',
        lastEventDate: crisis.date,
      },
    ];
  }
  if (highReadings < HIGH_MIN_READINGS) return [];
  return [
    {
      code: 'blood-pressure-high',
      severity: 'advice',
      params: { readings: highReadings },
      source: BLOOD_PRESSURE_SOURCE,
      articleSlug: 'heart-and-blood-pressure',
      lastEventDate: lastHighDate,
    },
  ];
}
