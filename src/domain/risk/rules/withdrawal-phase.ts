import { useInDays, type History } from '../history.js';
import type { WithdrawalPhase } from '../types.js';

/**
 * Where the person is after stopping regular use.
 * - regular use: at least 12 use days in the 28 days up to the last use (about 3 days a
 *   week). Estimated: withdrawal is reported after frequent use (MDedge, "Recognizing and
 *   treating ketamine abuse"; Am J Addict 2020;29:43, an inpatient sample), but no source
 *   gives a frequency.
 * - acute: days 1–5 without use; the acute phase lasts roughly 4–5 days (MDedge).
 * - early recovery: days 6–28 (estimated), while craving and low mood can persist and
 *   tolerance is lower than before.
 */

/** estimated */
export const REGULAR_USE_MIN_USE_DAYS = 12;
export const REGULAR_USE_WINDOW_DAYS = 28;
/** MDedge: acute withdrawal over roughly 4–5 days */
export const ACUTE_WITHDRAWAL_LAST_DAY = 5;
/** estimated */
export const EARLY_RECOVERY_LAST_DAY = 28;

export type WithdrawalState = { phase: WithdrawalPhase; day: number | null };

export function withdrawalPhase(history: History): WithdrawalState {
  const lastUseDay = history.useDays.at(-1);
  if (lastUseDay === undefined) return { phase: 'none', day: null };
  const before = useInDays(history, lastUseDay - REGULAR_USE_WINDOW_DAYS + 1, lastUseDay);
  if (before.useDays < REGULAR_USE_MIN_USE_DAYS) return { phase: 'none', day: null };
  const day = history.today - lastUseDay;
  if (day <= 0) return { phase: 'using', day: null };
  if (day <= ACUTE_WITHDRAWAL_LAST_DAY) return { phase: 'acute', day };
  if (day <= EARLY_RECOVERY_LAST_DAY) return { phase: 'early-recovery', day };
  return { phase: 'none', day: null };
}
