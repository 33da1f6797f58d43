import { dayNumberOfIsoDate } from '../../domain/risk/local-date.js';
import type { CheckIn, Dose } from '../../domain/log/log-api.js';
import { localDateOf } from './zoned-time.js';

/** One value per local date ('YYYY-MM-DD'), oldest first: what the History charts plot. */
export type DailyPoint = { date: string; value: number };

const MS_PER_DAY = 86_400_000;

function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Total mg per local day, with the days without use in between as 0. */
export function amountPerDay(
  doses: Pick<Dose, 'takenAt' | 'mg'>[],
  timeZone: string,
): DailyPoint[] {
  const mgByDay = new Map<number, number>();
  for (const dose of doses) {
    const day = dayNumberOfIsoDate(localDateOf(dose.takenAt, timeZone));
    mgByDay.set(day, (mgByDay.get(day) ?? 0) + dose.mg);
  }
  if (mgByDay.size === 0) return [];
  const days = [...mgByDay.keys()];
  const points: DailyPoint[] = [];
  for (let day = Math.min(...days); day <= Math.max(...days); day += 1) {
    points.push({ date: dateOfDayNumber(day), value: mgByDay.get(day) ?? 0 });
  }
  return points;
}

/** Days with any use in each week (weeks start on Monday), empty weeks in between as 0. */
export function countUseDaysPerWeek(
  doses: Pick<Dose, 'takenAt' | 'mg'>[],
  timeZone: string,
): DailyPoint[] {
  const useDaysByWeek = new Map<number, number>();
  for (const { date, value } of amountPerDay(doses, timeZone)) {
    if (value <= 0) continue;
    const day = dayNumberOfIsoDate(date);
    // Day 0 (1970-01-01) was a Thursday, so Monday is 3 days earlier in the cycle.
    const monday = day - ((day + 3) % 7);
    useDaysByWeek.set(monday, (useDaysByWeek.get(monday) ?? 0) + 1);
  }
  if (useDaysByWeek.size === 0) return [];
  const weeks = [...useDaysByWeek.keys()];
  const points: DailyPoint[] = [];
  for (let week = Math.min(...weeks); week <= Math.max(...weeks); week += 7) {
    points.push({ date: dateOfDayNumber(week), value: useDaysByWeek.get(week) ?? 0 });
  }
  return points;
}

/** Sum of the withdrawal diary items the person scored; null when none were scored. */
export function withdrawalScore(checkIn: Pick<CheckIn, 'symptoms'>): number | null {
  const values = Object.values(checkIn.symptoms);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
}

export { bladderScore } from '../../domain/log/bladder-score.js';

/** One value per check-in date, oldest first; check-ins without that value are left out. */
export function checkInSeries(
  checkIns: CheckIn[],
  pick: (checkIn: CheckIn) => number | null,
): DailyPoint[] {
  return checkIns
    .map((checkIn) => ({ date: checkIn.date, value: pick(checkIn) }))
    .filter((point): point is DailyPoint => point.value !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export type SeriesSummary = {
  count: number;
  from: string;
  to: string;
  latest: DailyPoint;
  highest: DailyPoint;
  lowest: DailyPoint;
};

/** The words a screen reader gets instead of the picture: range, latest, highest, lowest. */
export function summarizeSeries(points: DailyPoint[]): SeriesSummary | null {
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return null;
  let highest = first;
  let lowest = first;
  for (const point of points) {
    if (point.value > highest.value) highest = point;
    if (point.value < lowest.value) lowest = point;
  }
  return { count: points.length, from: first.date, to: latest.date, latest, highest, lowest };
}

/** Seconds since 1970 at midnight UTC of a local date: the x value the charts use. */
export function chartX(date: string): number {
  return dayNumberOfIsoDate(date) * 86_400;
}
