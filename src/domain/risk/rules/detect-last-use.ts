import type { History } from '../history.js';
import type { RiskFlag } from '../types.js';

/** Days since the last self-directed use (info). Silent when no use is logged. */
export function detectLastUse(history: History): RiskFlag[] {
  const lastUseDay = history.useDays.at(-1);
  if (lastUseDay === undefined) return [];
  const days = history.today - lastUseDay;
  return [
    {
      code: 'days-since-last-use',
      severity: 'info',
      params: { days },
      source: 'Your dose log',
      articleSlug: 'tolerance',
    },
  ];
}
