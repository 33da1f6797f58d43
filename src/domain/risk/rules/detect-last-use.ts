import type { History } from '../history.js';
import type { RiskFlag } from '../types.js';
import { countOf } from './count-of.js';

/** Days since the last self-directed use (info). Silent when no use is logged. */
export function detectLastUse(history: History): RiskFlag[] {
  const lastUseDay = history.useDays.at(-1);
  if (lastUseDay === undefined) return [];
  const days = history.today - lastUseDay;
  return [
    {
      code: 'days-since-last-use',
      severity: 'info',
      title: days === 0 ? 'You used today' : `${countOf(days, 'day')} since you last used`,
      why: 'Counted in your local days from the doses you logged.',
      action:
        days === 0
          ? 'Before using again today, check your levels and avoid mixing with alcohol or other depressants.'
          : 'Every day without use lets tolerance fall and the bladder recover.',
      source: 'Your dose log',
      articleSlug: 'tolerance',
    },
  ];
}
