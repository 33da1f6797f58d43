import type { CheckIn } from './log-api.js';

/** Sum of the four 0–3 bladder items; null when none were scored. */
export function bladderScore(
  checkIn: Pick<
    CheckIn,
    'urinaryFrequency' | 'urinaryUrgency' | 'painPassingUrine' | 'lowerBellyPain'
  >,
): number | null {
  const values = [
    checkIn.urinaryFrequency,
    checkIn.urinaryUrgency,
    checkIn.painPassingUrine,
    checkIn.lowerBellyPain,
  ].filter((value): value is number => value !== null);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
}
