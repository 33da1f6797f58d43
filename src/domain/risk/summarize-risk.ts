import { useInLastDays, type History } from './history.js';
import { isoDateOfDayNumber } from './local-date.js';
import { compareUseWindows } from './rules/compare-use-windows.js';
import { compareCraving } from './rules/craving-trend.js';
import { LONG_WINDOW_DAYS, SHORT_WINDOW_DAYS } from './rules/detect-use-days.js';
import { withdrawalPhase } from './rules/withdrawal-phase.js';
import type { GoalProgress, RiskSummary } from './types.js';

export function summarizeRisk(history: History, goal: GoalProgress | null): RiskSummary {
  const lastUseDay = history.useDays.at(-1);
  const month = useInLastDays(history, LONG_WINDOW_DAYS);
  const withdrawal = withdrawalPhase(history);
  return {
    today: history.todayIso,
    lastUseDate: lastUseDay === undefined ? null : isoDateOfDayNumber(lastUseDay),
    daysSinceLastUse: lastUseDay === undefined ? null : history.today - lastUseDay,
    useDaysLast7: useInLastDays(history, SHORT_WINDOW_DAYS).useDays,
    useDaysLast28: month.useDays,
    mgPerUseDayLast28: month.useDays > 0 ? month.mg / month.useDays : null,
    mgPerUseDayTrend: compareUseWindows(history).amountTrend,
    cravingTrend: compareCraving(history).trend,
    withdrawalPhase: withdrawal.phase,
    withdrawalDay: withdrawal.day,
    goal,
  };
}
