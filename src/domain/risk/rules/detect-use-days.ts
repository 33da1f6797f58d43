import { useInLastDays, type History } from '../history.js';
import type { RiskFlag } from '../types.js';

export const SHORT_WINDOW_DAYS = 7;
export const LONG_WINDOW_DAYS = 28;

/** How often and how much over the last 7 and 28 days (info). Silent without use in 28 days. */
export function detectUseDays(history: History): RiskFlag[] {
  const week = useInLastDays(history, SHORT_WINDOW_DAYS);
  const month = useInLastDays(history, LONG_WINDOW_DAYS);
  if (month.useDays === 0) return [];
  const mgPerUseDay = month.mg / month.useDays;
  return [
    {
      code: 'use-days',
      severity: 'info',
      params: { useDaysLast7: week.useDays, useDaysLast28: month.useDays, mgPerUseDay },
      source: 'Your dose log; PsychonautWiki (tolerance)',
      articleSlug: 'tolerance',
    },
  ];
}
