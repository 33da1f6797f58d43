import { MONEY_BASELINE_DAYS } from '../recovery/count-streaks.js';
import { BASELINE_WINDOW_DAYS, RECENT_WINDOW_DAYS } from './rules/compare-use-windows.js';
import { CRAVING_WINDOW_DAYS } from './rules/craving-trend.js';
import { BINGE_LOOKBACK_DAYS } from './rules/detect-binge.js';
import { BLADDER_LOOKBACK_DAYS } from './rules/detect-bladder-symptoms.js';
import { BLOOD_PRESSURE_LOOKBACK_DAYS } from './rules/detect-blood-pressure.js';
import { HEAVY_AMOUNT_LOOKBACK_DAYS } from './rules/detect-heavy-amount.js';
import { SELF_HARM_LOOKBACK_DAYS } from './rules/detect-self-harm.js';
import { LONG_WINDOW_DAYS } from './rules/detect-use-days.js';
import {
  ACUTE_WITHDRAWAL_LAST_DAY,
  EARLY_RECOVERY_LAST_DAY,
  REGULAR_USE_WINDOW_DAYS,
} from './rules/withdrawal-phase.js';
import type { IsoDate } from './types.js';

/**
 * How far back the rules look, so a person's reads stay fast however long the history grows:
 * only these windows are loaded, plus the latest self-directed dose before them (for "days
 * since last use"). Derived from the rules' own constants, so a longer rule window widens
 * the load with it.
 */

/** Withdrawal looks 28 days back from a last use up to 28 days ago; the other dose rules less. */
const doseLookbackDays = Math.max(
  EARLY_RECOVERY_LAST_DAY + REGULAR_USE_WINDOW_DAYS,
  RECENT_WINDOW_DAYS + BASELINE_WINDOW_DAYS,
  BINGE_LOOKBACK_DAYS,
  HEAVY_AMOUNT_LOOKBACK_DAYS,
  LONG_WINDOW_DAYS,
);
const checkInLookbackDays = Math.max(
  ACUTE_WITHDRAWAL_LAST_DAY,
  2 * CRAVING_WINDOW_DAYS,
  BLADDER_LOOKBACK_DAYS,
  BLOOD_PRESSURE_LOOKBACK_DAYS,
  SELF_HARM_LOOKBACK_DAYS,
);
/** Local days differ from UTC days by up to 14 hours either way. */
const marginDays = 2;
const dayMs = 86_400_000;

export type RiskInputWindow = {
  /** Doses taken at or after this time (and the latest self-directed one before). */
  dosesFrom: Date;
  /**
   * With a plan that starts before the doses' window: self-directed use by local day from
   * this time up to `dosesFrom` (`RiskInput.earlierUse`), for its streaks and money.
   */
  useDaysFrom?: Date;
  /** Check-ins dated on or after this date. */
  checkInsFrom: IsoDate;
  /** Questionnaire results taken at or after this time. */
  questionnairesFrom: Date;
};

/** Streaks count use from the plan start, and money from the 28 days before it. */
export function planDosesFrom(startDate: IsoDate): Date {
  return new Date(
    Date.parse(`${startDate}T00:00:00Z`) - (MONEY_BASELINE_DAYS + marginDays) * dayMs,
  );
}

export function riskInputWindow(now: Date, plan?: { startDate: IsoDate }): RiskInputWindow {
  const daysBack = (days: number) => new Date(now.getTime() - (days + marginDays) * dayMs);
  const recentDoses = daysBack(doseLookbackDays);
  const planDoses = plan ? planDosesFrom(plan.startDate) : recentDoses;
  return {
    dosesFrom: recentDoses,
    ...(planDoses < recentDoses ? { useDaysFrom: planDoses } : {}),
    checkInsFrom: daysBack(checkInLookbackDays).toISOString().slice(0, 10),
    questionnairesFrom: daysBack(SELF_HARM_LOOKBACK_DAYS),
  };
}
