import type { GoalProgress, RiskFlag } from '../types.js';

/** Goal progress (info): days without use against the plan, the longest streak kept. */
export function detectGoalProgress(progress: GoalProgress | null): RiskFlag[] {
  if (!progress) return [];
  return [
    {
      code: 'goal-progress',
      severity: 'info',
      params: {
        goal: progress.goal,
        startDate: progress.startDate,
        currentStreakDays: progress.currentStreakDays,
        longestStreakDays: progress.longestStreakDays,
        lapses: progress.lapses,
        ...(progress.moneyNotSpent ? { moneyNotSpent: progress.moneyNotSpent } : {}),
      },
      source: 'Your recovery plan and dose log',
      articleSlug: 'treatment-and-support',
    },
  ];
}
