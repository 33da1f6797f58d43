import { useInDays, type History } from '../history.js';
import type { Trend } from '../types.js';

/**
 * Compares recent use with the weeks before it, for the escalation flag and the amount trend.
 *
 * Rule: the last 14 days (today included) against the 28 days before them (2–6 weeks ago).
 * Amounts are clearly rising when the mean mg per use day is at least 25% higher; frequency
 * is clearly rising when use days per week are at least 1.5 times as many and at least one
 * day a week more. Both windows need a minimum number of use days so one odd day does not
 * raise a flag.
 *
 * Why these windows: tolerance halves in 3–7 days and is gone in 1–2 weeks without use
 * (PsychonautWiki, reference/clinical-safety.md), so two weeks shows the current tolerance
 * and the month before it is the comparison. The ratios and minimums are estimated: no
 * source gives a number for "clearly rising".
 */

export const RECENT_WINDOW_DAYS = 14;
export const BASELINE_WINDOW_DAYS = 28;
/** estimated */
export const MIN_RECENT_USE_DAYS = 4;
/** estimated */
export const MIN_BASELINE_USE_DAYS = 3;
/** estimated: +25% mean mg per use day */
export const AMOUNT_RISING_RATIO = 1.25;
/** estimated: the mirror of the rise, −20% */
export const AMOUNT_FALLING_RATIO = 0.8;
/** estimated */
export const FREQUENCY_RISING_RATIO = 1.5;
/** estimated */
export const FREQUENCY_MIN_RISE_DAYS_PER_WEEK = 1;

export type UseWindowStats = {
  useDays: number;
  mgPerUseDay: number | null;
  useDaysPerWeek: number;
};

export type UseWindowComparison = {
  recent: UseWindowStats;
  baseline: UseWindowStats;
  enoughData: boolean;
  amountRatio: number | null;
  amountTrend: Trend;
  frequencyRising: boolean;
};

export function compareUseWindows(history: History): UseWindowComparison {
  const recentFrom = history.today - RECENT_WINDOW_DAYS + 1;
  const recent = stats(history, recentFrom, history.today);
  const baseline = stats(history, recentFrom - BASELINE_WINDOW_DAYS, recentFrom - 1);
  const enoughData =
    recent.useDays >= MIN_RECENT_USE_DAYS && baseline.useDays >= MIN_BASELINE_USE_DAYS;
  const amountRatio =
    enoughData && recent.mgPerUseDay !== null && baseline.mgPerUseDay
      ? recent.mgPerUseDay / baseline.mgPerUseDay
      : null;
  const frequencyRising =
    enoughData &&
    recent.useDaysPerWeek >= baseline.useDaysPerWeek * FREQUENCY_RISING_RATIO &&
    recent.useDaysPerWeek - baseline.useDaysPerWeek >= FREQUENCY_MIN_RISE_DAYS_PER_WEEK;
  return {
    recent,
    baseline,
    enoughData,
    amountRatio,
    amountTrend: amountTrend(amountRatio),
    frequencyRising,
  };
}

function amountTrend(ratio: number | null): Trend {
  if (ratio === null) return 'not-enough-data';
  if (ratio >= AMOUNT_RISING_RATIO) return 'rising';
  if (ratio <= AMOUNT_FALLING_RATIO) return 'falling';
  return 'steady';
}

function stats(history: History, fromDay: number, toDay: number): UseWindowStats {
  const window = useInDays(history, fromDay, toDay);
  return {
    useDays: window.useDays,
    mgPerUseDay: window.useDays > 0 ? window.mg / window.useDays : null,
    useDaysPerWeek: (window.useDays * 7) / window.windowDays,
  };
}
