import { WITHDRAWAL_SYMPTOMS, type WithdrawalSymptom } from '../log/vocabulary.js';
import { dayNumberOfIsoDate, isoDateOfDayNumber } from '../risk/local-date.js';
import { EARLY_RECOVERY_LAST_DAY } from '../risk/rules/withdrawal-phase.js';
import type { IsoDate } from '../risk/types.js';
import type { FollowUpAlert } from './clinic-api.js';

/**
 * When a supervised withdrawal follow-up raises a client on the caseload. Withdrawal should
 * be supervised medically where possible (clinical-safety.md, seed text); the person records
 * symptoms in the daily check-in diary, each 0 none – 3 severe (questionnaires.md: there is no
 * validated ketamine withdrawal scale, so it is a diary). Pure: `today` comes in, in the
 * client's own time zone.
 */

/** The diary's top level, labelled "severe" on the form (questionnaires.md). */
export const SEVERE_SYMPTOM_LEVEL = 3;

/**
 * Estimated: no source gives a figure. A rise of 3 on the diary total is one symptom going
 * from none to severe, or three symptoms each a step worse. Symptoms are expected to ease
 * after the acute phase of roughly 4–5 days (MDedge, "Recognizing and treating ketamine
 * abuse"), so a clear rise is the opposite of the expected course.
 */
export const RISING_MIN_INCREASE = 3;
/** Estimated: the latest check-in is compared with up to three before it in the last week. */
export const RISING_BASELINE_CHECK_INS = 3;
export const RISING_BASELINE_DAYS = 7;

/**
 * Estimated: use logged in the last week of the follow-up keeps the client raised until the
 * next weekly review. After days without use tolerance has dropped (it halves in 3–7 days,
 * PsychonautWiki), so a lapse carries a higher risk of taking too much.
 */
export const USE_LOOKBACK_DAYS = 7;

/** A follow-up can start at most this long ago or ahead: the span of acute withdrawal and early recovery (withdrawal-phase.ts). */
export const FOLLOW_UP_START_WINDOW_DAYS = EARLY_RECOVERY_LAST_DAY;

/** What the follow-up reads about one client; null for a part their grant does not share. */
export type FollowUpInput = {
  startDate: IsoDate;
  dailyCheckIns: boolean;
  /** Today in the client's time zone. */
  today: IsoDate;
  /** Scope check-ins: the client's check-ins of the last week or more, any order. */
  checkIns: ReadonlyArray<{ date: IsoDate; symptoms: Readonly<Record<string, number>> }> | null;
  /** Scope check-ins: the latest check-in date ever (null: never checked in). */
  lastCheckInDate: IsoDate | null;
  /** Scope log: local dates of self-directed use (not treatment doses) of the last week or more. */
  useDates: readonly IsoDate[] | null;
};

const isSymptom = (name: string): name is WithdrawalSymptom =>
  (WITHDRAWAL_SYMPTOMS as readonly string[]).includes(name);

function symptomsOf(checkIn: { symptoms: Readonly<Record<string, number>> }) {
  return Object.entries(checkIn.symptoms).filter((entry): entry is [WithdrawalSymptom, number] =>
    isSymptom(entry[0]),
  );
}

const diaryTotal = (checkIn: { symptoms: Readonly<Record<string, number>> }) =>
  symptomsOf(checkIn).reduce((sum, [, level]) => sum + level, 0);

/** The reasons the client is raised, in a fixed order; empty when nothing raises them. */
export function followUpAlerts(input: FollowUpInput): FollowUpAlert[] {
  const today = dayNumberOfIsoDate(input.today);
  const start = dayNumberOfIsoDate(input.startDate);
  if (start > today) return [];
  const alerts: FollowUpAlert[] = [];
  if (input.checkIns) alerts.push(...symptomAlerts(input.checkIns, start, today));
  if (input.checkIns && input.dailyCheckIns) {
    const missed = missedCheckInDays(input.lastCheckInDate, start, today);
    if (missed > 0) alerts.push({ code: 'check-in-missed', days: missed });
  }
  if (input.useDates) {
    const from = Math.max(start, today - USE_LOOKBACK_DAYS + 1);
    const days = [...new Set(input.useDates)].filter((date) => {
      const day = dayNumberOfIsoDate(date);
      return day >= from && day <= today;
    });
    if (days.length > 0) {
      alerts.push({ code: 'use-logged', useDays: days.length, lastUseDate: days.sort().at(-1)! });
    }
  }
  return alerts;
}

/** Severe or rising symptoms in the latest check-in, if it is from today or yesterday. */
function symptomAlerts(
  checkIns: NonNullable<FollowUpInput['checkIns']>,
  start: number,
  today: number,
): FollowUpAlert[] {
  const inFollowUp = checkIns
    .map((checkIn) => ({ checkIn, day: dayNumberOfIsoDate(checkIn.date) }))
    .filter(({ day }) => day >= start && day <= today)
    .sort((a, b) => b.day - a.day);
  const [latest, ...earlier] = inFollowUp;
  if (!latest || latest.day < today - 1) return [];
  const alerts: FollowUpAlert[] = [];
  const severe = symptomsOf(latest.checkIn)
    .filter(([, level]) => level >= SEVERE_SYMPTOM_LEVEL)
    .map(([symptom]) => symptom);
  if (severe.length > 0) {
    alerts.push({ code: 'withdrawal-severe', date: latest.checkIn.date, symptoms: severe });
  }
  const baseline = earlier
    .filter(({ day }) => day >= latest.day - RISING_BASELINE_DAYS)
    .slice(0, RISING_BASELINE_CHECK_INS);
  if (baseline.length > 0) {
    const before =
      baseline.reduce((sum, { checkIn }) => sum + diaryTotal(checkIn), 0) / baseline.length;
    const now = diaryTotal(latest.checkIn);
    if (now - before >= RISING_MIN_INCREASE) {
      alerts.push({
        code: 'withdrawal-rising',
        date: latest.checkIn.date,
        from: Math.round(before * 10) / 10,
        to: now,
      });
    }
  }
  return alerts;
}

/**
 * Days of expected check-ins missed in a row up to yesterday (today is not over yet), from the
 * start date on; 0 when the client checked in yesterday or today.
 */
function missedCheckInDays(lastCheckIn: IsoDate | null, start: number, today: number): number {
  const yesterday = today - 1;
  if (yesterday < start) return 0;
  const last = lastCheckIn === null ? -Infinity : dayNumberOfIsoDate(lastCheckIn);
  if (last >= yesterday) return 0;
  return yesterday - Math.max(last, start - 1);
}

/** Whether a start date is within the window a follow-up may start in. */
export function isAcceptedStartDate(startDate: IsoDate, today: IsoDate): boolean {
  const distance = Math.abs(dayNumberOfIsoDate(startDate) - dayNumberOfIsoDate(today));
  return distance <= FOLLOW_UP_START_WINDOW_DAYS;
}

/** The earliest date whose check-ins and use the follow-up reads (with a day's margin). */
export function followUpReadsFrom(startDate: IsoDate, today: IsoDate): IsoDate {
  const lookback = Math.max(RISING_BASELINE_DAYS, USE_LOOKBACK_DAYS) + 1;
  return isoDateOfDayNumber(
    Math.max(dayNumberOfIsoDate(startDate), dayNumberOfIsoDate(today) - lookback),
  );
}
