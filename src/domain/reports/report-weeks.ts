import { dayNumberOfIsoDate, isoDateOfDayNumber, localDate } from '../risk/local-date.js';

/** The day number of the Monday on or before a local date (1970-01-01 was a Thursday). */
const mondayNumber = (date: string) => {
  const day = dayNumberOfIsoDate(date);
  return day - ((day + 3) % 7);
};

/** The Monday of the week a local date falls in. */
export const mondayOf = (date: string) => isoDateOfDayNumber(mondayNumber(date));

/** Local dates (YYYY-MM-DD) of the Mondays of every week that touches `from`–`to`. */
export function mondaysBetween(from: string, to: string): string[] {
  const mondays: string[] = [];
  for (let day = mondayNumber(from); day <= dayNumberOfIsoDate(to); day += 7) {
    mondays.push(isoDateOfDayNumber(day));
  }
  return mondays;
}

/** Use in each week of the period: days with any dose and the milligrams written down. */
export function useByWeek(
  doses: Array<{ takenAt: string; mg: number }>,
  timeZone: string,
  from: string,
  to: string,
) {
  const weeks = new Map(
    mondaysBetween(from, to).map((monday) => [monday, { days: new Set<string>(), mg: 0 }]),
  );
  for (const dose of doses) {
    const date = localDate(new Date(dose.takenAt), timeZone);
    const week = date >= from && date <= to ? weeks.get(mondayOf(date)) : undefined;
    if (!week) continue;
    week.days.add(date);
    week.mg += dose.mg;
  }
  return [...weeks].map(([monday, week]) => ({ monday, useDays: week.days.size, mg: week.mg }));
}
