import { useInLastDays, type History } from '../history.js';
import type { RiskFlag } from '../types.js';
import { countOf, formatMg } from './count-of.js';

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
      title: `Used on ${countOf(week.useDays, 'day')} of the last 7 and ${month.useDays} of the last 28`,
      why: `On the days you used in the last 28 days you logged about ${formatMg(mgPerUseDay)} a day. Tolerance builds quickly with frequent use.`,
      action: 'Days off in a row let tolerance fall; it halves in 3–7 days without use.',
      source: 'Your dose log; PsychonautWiki (tolerance)',
      articleSlug: 'tolerance',
    },
  ];
}
