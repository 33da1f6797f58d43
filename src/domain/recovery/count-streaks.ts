import { dayNumberOfIsoDate } from '../risk/local-date.js';
import type { IsoDate } from '../risk/types.js';

/**
 * Streak counting for the recovery plan. A lapse is treated without shame: the history is
 * kept, the current count restarts, and the longest streak stays.
 *
 * Definitions (all in the person's local days):
 * - plan days run from the start date to today, both included (the start date is day 1);
 * - currentStreakDays counts use-free days up to and including today, so it is 0 on a day
 *   with use and equals daysSinceLastUse once the last use is inside the plan;
 * - longestStreakDays is the longest run of use-free plan days, the current run included;
 * - lapses counts runs of consecutive use days inside the plan (two days in a row are one
 *   lapse), the start date included;
 * - money: the person enters a price per gram, because doses are logged in mg. Money not
 *   spent = what the usual amount would have cost over the plan days, minus what the logged
 *   use since the start cost, never below zero. The usual amount is what the person says they
 *   used in a week before the plan, else the mean per day over the 28 days before the start.
 *   With neither (nothing logged before the start), it is not known: no figure, rather
 *   than a misleading 0.
 */

export const MONEY_BASELINE_DAYS = 28;

export type StreakUse = { date: IsoDate; mg?: number };

export type StreakInput = {
  uses: StreakUse[];
  startDate: IsoDate;
  today: IsoDate;
  pricePerGram?: number;
  usualGramsPerWeek?: number;
};

export type Streaks = {
  planDays: number;
  daysSinceLastUse: number | null;
  currentStreakDays: number;
  longestStreakDays: number;
  lapses: number;
  useDaysSinceStart: number;
  moneySpentSinceStart?: number;
  moneyNotSpent?: number;
  /** True when a price is set but the usual amount is unknown, so money not spent cannot be. */
  moneyNeedsUsualAmount?: true;
};

export function countStreaks(input: StreakInput): Streaks {
  const mgByDay = new Map<number, number>();
  for (const use of input.uses) {
    const day = dayNumberOfIsoDate(use.date);
    mgByDay.set(day, (mgByDay.get(day) ?? 0) + (use.mg ?? 0));
  }
  const useDays = [...mgByDay.keys()].sort((a, b) => a - b);
  return countStreakDays({
    useDays,
    mgOnDay: (day) => mgByDay.get(day) ?? 0,
    startDay: dayNumberOfIsoDate(input.startDate),
    today: dayNumberOfIsoDate(input.today),
    pricePerGram: input.pricePerGram,
    usualGramsPerWeek: input.usualGramsPerWeek,
  });
}

export type StreakDayInput = {
  /** Distinct local day numbers with use, ascending. */
  useDays: readonly number[];
  mgOnDay: (day: number) => number;
  startDay: number;
  today: number;
  pricePerGram?: number | undefined;
  usualGramsPerWeek?: number | undefined;
};

/** The same counts on local day numbers (days since 1970-01-01), for the risk engine. */
export function countStreakDays(input: StreakDayInput): Streaks {
  const { useDays, startDay, today } = input;
  let lastUseDay: number | null = null;
  let lapses = 0;
  let useDaysSinceStart = 0;
  let longestStreakDays = 0;
  let previousInPlan: number | null = null;
  let mgBeforeStart = 0;
  let mgSinceStart = 0;

  for (const day of useDays) {
    if (day > today) break;
    lastUseDay = day;
    if (day < startDay) {
      if (day >= startDay - MONEY_BASELINE_DAYS) mgBeforeStart += input.mgOnDay(day);
      continue;
    }
    useDaysSinceStart += 1;
    mgSinceStart += input.mgOnDay(day);
    const gapStart = previousInPlan === null ? startDay : previousInPlan + 1;
    longestStreakDays = Math.max(longestStreakDays, day - gapStart);
    if (previousInPlan === null || day !== previousInPlan + 1) lapses += 1;
    previousInPlan = day;
  }

  const planDays = Math.max(0, today - startDay + 1);
  const currentStreakStart = previousInPlan === null ? startDay : previousInPlan + 1;
  const currentStreakDays = Math.max(0, today - currentStreakStart + 1);
  longestStreakDays = Math.max(longestStreakDays, currentStreakDays);

  const streaks: Streaks = {
    planDays,
    daysSinceLastUse: lastUseDay === null ? null : today - lastUseDay,
    currentStreakDays,
    longestStreakDays,
    lapses,
    useDaysSinceStart,
  };
  if (input.pricePerGram === undefined || !(input.pricePerGram >= 0)) return streaks;
  const pricePerMg = input.pricePerGram / 1000;
  const moneySpentSinceStart = mgSinceStart * pricePerMg;
  const usualMgPerDay =
    input.usualGramsPerWeek !== undefined
      ? (input.usualGramsPerWeek * 1000) / 7
      : mgBeforeStart / MONEY_BASELINE_DAYS;
  if (usualMgPerDay === 0 && input.usualGramsPerWeek === undefined) {
    return {
      ...streaks,
      moneySpentSinceStart: roundToCents(moneySpentSinceStart),
      moneyNeedsUsualAmount: true,
    };
  }
  const usualSpend = usualMgPerDay * planDays * pricePerMg;
  return {
    ...streaks,
    moneySpentSinceStart: roundToCents(moneySpentSinceStart),
    moneyNotSpent: roundToCents(Math.max(0, usualSpend - moneySpentSinceStart)),
  };
}

function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
