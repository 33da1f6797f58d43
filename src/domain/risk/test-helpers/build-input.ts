import type { CoUse, RiskCheckIn, RiskDose, RiskInput, Route } from '../types.js';

/** Fixed "now" for risk tests: midday UTC, so local days are unambiguous in UTC. */
export const NOW = new Date('2025-06-15T12:00:00Z');
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

let nextId = 0;

export function input(parts: Partial<RiskInput> = {}): RiskInput {
  return {
    now: NOW,
    timeZone: 'UTC',
    doses: [],
    checkIns: [],
    questionnaireResults: [],
    ...parts,
  };
}

export function doseHoursAgo(
  hoursAgo: number,
  mg: number,
  options: { route?: Route; coUse?: string[]; purpose?: RiskDose['purpose'] } = {},
): RiskDose {
  const coUse: CoUse[] = (options.coUse ?? []).map((substance) => ({ substance }));
  const dose: RiskDose = {
    id: `dose-${(nextId += 1)}`,
    takenAt: new Date(NOW.getTime() - hoursAgo * HOUR_MS),
    mg,
    route: options.route ?? 'insufflated',
    coUse,
  };
  if (options.purpose) dose.purpose = options.purpose;
  return dose;
}

export function doseDaysAgo(
  daysAgo: number,
  mg: number,
  options: Parameters<typeof doseHoursAgo>[2] = {},
): RiskDose {
  return doseHoursAgo(daysAgo * 24, mg, options);
}

/** One dose on each of the given days ago. */
export function dosesOnDays(daysAgo: number[], mg: number): RiskDose[] {
  return daysAgo.map((day) => doseDaysAgo(day, mg));
}

export function dateDaysAgo(daysAgo: number): string {
  return new Date(NOW.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

export function checkInDaysAgo(
  daysAgo: number,
  fields: Omit<RiskCheckIn, 'date'> = {},
): RiskCheckIn {
  return { date: dateDaysAgo(daysAgo), ...fields };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
