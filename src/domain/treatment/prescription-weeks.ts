import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';

/**
 * A take-home prescription against the person's own log, week by week (Monday to Sunday, on
 * the person's calendar): a week with more than the prescribed weekly maximum is flagged, so
 * the person sees it first and their clinic sees it when they share the log.
 */
export type WeekOfUse = { weekStart: string; mg: number; maxMg: number; over: boolean };

/** Day number 0 (1970-01-01) was a Thursday: Monday is 3 days before. */
const mondayOf = (date: string) => {
  const day = dayNumberOfIsoDate(date);
  return day - ((((day + 3) % 7) + 7) % 7);
};

export function weeksAgainstPrescription(
  doses: ReadonlyArray<{ date: string; mg: number }>,
  maxMgPerWeek: number,
  today: string,
  weeks = 8,
): WeekOfUse[] {
  const thisMonday = mondayOf(today);
  const totals = new Map<number, number>();
  for (const dose of doses) {
    const monday = mondayOf(dose.date);
    totals.set(monday, (totals.get(monday) ?? 0) + dose.mg);
  }
  return Array.from({ length: weeks }, (_, index) => {
    const monday = thisMonday - 7 * index;
    const mg = totals.get(monday) ?? 0;
    return {
      weekStart: isoDateOfDayNumber(monday),
      mg,
      maxMg: maxMgPerWeek,
      over: mg > maxMgPerWeek,
    };
  });
}

/** The weeks the person is told about (and a clinic sharing their log sees): this and last. */
export const RECENT_WEEKS = 2;

/** The latest of the recent weeks that went over, if one did (weeks come newest first). */
const recentWeekOver = (weeks: readonly WeekOfUse[]) =>
  weeks.slice(0, RECENT_WEEKS).find((week) => week.over);

export const wentOverRecently = (weeks: readonly WeekOfUse[]) =>
  recentWeekOver(weeks) !== undefined;

/**
 * What the person is told first when a recent week went over a prescription: the code and the
 * figures of that week, for the web app to phrase in the person's language.
 */
export type OverPrescriptionWarning = {
  code: 'over-prescription';
  /** The clinic whose prescription it is, or null for the person's own note. */
  clinic: string | null;
  weekStart: string;
  mg: number;
  maxMg: number;
};

export function overPrescriptionWarning(
  prescriptions: ReadonlyArray<{ clinic: string | null; weeks: readonly WeekOfUse[] }>,
): OverPrescriptionWarning | null {
  for (const { clinic, weeks } of prescriptions) {
    const week = recentWeekOver(weeks);
    if (week) {
      const { weekStart, mg, maxMg } = week;
      return { code: 'over-prescription', clinic, weekStart, mg, maxMg };
    }
  }
  return null;
}
