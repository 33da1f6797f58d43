import { countStreakDays } from '../../recovery/count-streaks.js';
import type { History } from '../history.js';
import { dayNumberOfIsoDate, isIsoDate } from '../local-date.js';
import type { GoalProgress } from '../types.js';

/** Progress against the recovery plan, counted by recovery/count-streaks.ts. */
export function goalProgress(history: History): GoalProgress | null {
  const plan = history.plan;
  if (!plan || !isIsoDate(plan.startDate)) return null;
  const startDay = dayNumberOfIsoDate(plan.startDate);
  const mgByDay = new Map<number, number>();
  history.useDays.forEach((day, index) => {
    mgByDay.set(
      day,
      (history.mgBeforeUseDay[index + 1] ?? 0) - (history.mgBeforeUseDay[index] ?? 0),
    );
  });
  const streaks = countStreakDays({
    useDays: history.useDays,
    mgOnDay: (day) => mgByDay.get(day) ?? 0,
    startDay,
    today: history.today,
    pricePerGram: plan.pricePerGram,
    usualGramsPerWeek: plan.usualGramsPerWeek,
  });
  const progress: GoalProgress = {
    goal: plan.goal,
    startDate: plan.startDate,
    daysSinceStart: Math.max(0, history.today - startDay),
    daysSinceLastUse: streaks.daysSinceLastUse,
    currentStreakDays: streaks.currentStreakDays,
    longestStreakDays: streaks.longestStreakDays,
    lapses: streaks.lapses,
  };
  if (streaks.moneyNotSpent !== undefined) progress.moneyNotSpent = streaks.moneyNotSpent;
  return progress;
}
