import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';

/**
 * A questionnaire a clinic asks a client to repeat, such as the PHQ-9 every 2 weeks
 * (measurement-based care in ketamine treatment: a PHQ-9 at baseline and then every two
 * weeks, JOURNEYS.md 4 and 10; the PHQ-9 itself asks about the last 2 weeks, Kroenke 2001).
 * The next one is due `everyDays` after the last one taken since the schedule began, or on
 * the day it began when none was taken yet.
 */
export const scheduleSource =
  'PHQ-9 repeated every 2 weeks in ketamine treatment (measurement-based care; the PHQ-9 covers the last 2 weeks, Kroenke 2001)';

/**
 * Days after the due date before a self-check counts as overdue. Ketalog's choice (no
 * published standard was found): a few days' grace, so a weekend does not raise anyone.
 */
export const OVERDUE_AFTER_DAYS = 3;

export type ScheduleStatus = 'upcoming' | 'due' | 'overdue';

export type ScheduleState = {
  /** The local date the next one is due. */
  dueOn: string;
  status: ScheduleStatus;
  /** The local date of the last one taken since the schedule began, if any. */
  lastTakenOn: string | null;
};

/** Where a schedule stands on `today` (all dates on the person's calendar). */
export function scheduleState(input: {
  startsOn: string;
  everyDays: number;
  /** Local dates of the questionnaire's results, any order. */
  takenOn: readonly string[];
  today: string;
}): ScheduleState {
  const start = dayNumberOfIsoDate(input.startsOn);
  const taken = input.takenOn
    .map(dayNumberOfIsoDate)
    .filter((day) => day >= start)
    .sort((a, b) => a - b);
  const last = taken.at(-1);
  const due = last === undefined ? start : last + input.everyDays;
  const today = dayNumberOfIsoDate(input.today);
  return {
    dueOn: isoDateOfDayNumber(due),
    status: today < due ? 'upcoming' : today > due + OVERDUE_AFTER_DAYS ? 'overdue' : 'due',
    lastTakenOn: last === undefined ? null : isoDateOfDayNumber(last),
  };
}
