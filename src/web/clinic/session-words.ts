import type { BloodPressureGate } from '../../domain/treatment/session-rules.js';
import { t } from '../i18n/t.js';

type Pressure = { systolicMmHg: number | string; diastolicMmHg: number | string };
const shown = (pressure: Pressure) => `${pressure.systolicMmHg}/${pressure.diastolicMmHg} mmHg`;

/** The pre-dose blood-pressure gate's result in words, with the clinic's own limits. */
export function bloodPressureWords(
  reading: Pressure,
  level: 'ok' | 'defer' | 'urgent',
  gate: BloodPressureGate,
): string {
  const limit = shown(level === 'urgent' ? gate.urgentFrom : gate.deferAbove);
  return t(`clinic.session.bp.${level}`, { reading: shown(reading), limit });
}
