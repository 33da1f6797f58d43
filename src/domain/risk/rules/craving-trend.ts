import type { History } from '../history.js';
import type { Trend } from '../types.js';

/**
 * Craving trend: the mean craving (0–10) of check-ins in the last 7 days (today included)
 * against the 7 days before. Rising or falling by at least 1.5 points, with at least 3
 * check-ins in each week. Craving is an advice-level sign (reference/clinical-safety.md);
 * the point change and the minimum are estimated.
 */

export const CRAVING_WINDOW_DAYS = 7;
/** estimated */
export const CRAVING_MIN_CHECK_INS = 3;
/** estimated */
export const CRAVING_CHANGE_POINTS = 1.5;

export type CravingComparison = {
  trend: Trend;
  recentMean: number | null;
  previousMean: number | null;
};

export function compareCraving(history: History): CravingComparison {
  const recentFrom = history.today - CRAVING_WINDOW_DAYS + 1;
  const previousFrom = recentFrom - CRAVING_WINDOW_DAYS;
  const recent = { sum: 0, count: 0 };
  const previous = { sum: 0, count: 0 };
  for (let index = history.checkIns.length - 1; index >= 0; index--) {
    const checkIn = history.checkIns[index];
    const day = history.checkInDays[index] ?? -Infinity;
    if (!checkIn || day < previousFrom) break;
    if (day > history.today || checkIn.craving === undefined) continue;
    const bucket = day >= recentFrom ? recent : previous;
    bucket.sum += checkIn.craving;
    bucket.count += 1;
  }
  const recentMean = recent.count > 0 ? recent.sum / recent.count : null;
  const previousMean = previous.count > 0 ? previous.sum / previous.count : null;
  if (
    recentMean === null ||
    previousMean === null ||
    recent.count < CRAVING_MIN_CHECK_INS ||
    previous.count < CRAVING_MIN_CHECK_INS
  ) {
    return { trend: 'not-enough-data', recentMean, previousMean };
  }
  const change = recentMean - previousMean;
  // A tiny tolerance so 1.5 computed from decimals still counts as 1.5.
  const trend: Trend =
    change >= CRAVING_CHANGE_POINTS - 1e-9
      ? 'rising'
      : change <= -CRAVING_CHANGE_POINTS + 1e-9
        ? 'falling'
        : 'steady';
  return { trend, recentMean, previousMean };
}
