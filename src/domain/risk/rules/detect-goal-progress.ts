import type { GoalProgress, RiskFlag } from '../types.js';
import { countOf } from './count-of.js';

const GOAL_WORDS: Record<GoalProgress['goal'], string> = {
  stop: 'stop',
  'cut-down': 'cut down',
  'safer-use': 'use more safely',
};

/** Goal progress (info): days without use against the plan, the longest streak kept. */
export function detectGoalProgress(progress: GoalProgress | null): RiskFlag[] {
  if (!progress) return [];
  const longest =
    progress.longestStreakDays > progress.currentStreakDays
      ? ` Your longest stretch is ${countOf(progress.longestStreakDays, 'day')} — that still counts.`
      : '';
  return [
    {
      code: 'goal-progress',
      severity: 'info',
      title:
        progress.currentStreakDays === 0
          ? `Your plan to ${GOAL_WORDS[progress.goal]}: a new count starts tomorrow`
          : `Your plan to ${GOAL_WORDS[progress.goal]}: ${countOf(progress.currentStreakDays, 'day')} without ketamine`,
      why: `Your plan started on ${progress.startDate}.${longest}${progress.moneyNotSpent ? ` About ${progress.moneyNotSpent.toFixed(2)} not spent.` : ''}`,
      action:
        progress.currentStreakDays === 0 && progress.lapses > 0
          ? 'A lapse is part of many recoveries, not a failure. Look at what led to it and start the count again today.'
          : 'Keep going: look at your reasons and the people you can call when it gets hard.',
      source: 'Your recovery plan and dose log',
      articleSlug: 'treatment-and-support',
    },
  ];
}
