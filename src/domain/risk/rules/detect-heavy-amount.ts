import { dosesInLastHours, type History } from '../history.js';
import { isoDateOfDayNumber } from '../local-date.js';
import type { RiskFlag } from '../types.js';
import { countOf, formatMg } from './count-of.js';
import { HEAVY_AMOUNT_BY_ROUTE, isHeavyAmount } from './heavy-amount-thresholds.js';

/**
 * A single large amount for its route in the last 7 days (warning): K-hole and overdose risk.
 * Thresholds and their sources are in heavy-amount-thresholds.ts. Worded as a risk, never
 * as an amount to take.
 */

/** A large amount older than this is no longer shown as a current warning. */
export const HEAVY_AMOUNT_LOOKBACK_DAYS = 7;

export function detectHeavyAmount(history: History): RiskFlag[] {
  const recent = dosesInLastHours(history, HEAVY_AMOUNT_LOOKBACK_DAYS * 24, history.useDoses);
  const heavy = recent.filter((dose) => isHeavyAmount(dose.route, dose.mg));
  const latest = heavy.at(-1);
  const count = heavy.length;
  if (!latest) return [];
  const threshold = HEAVY_AMOUNT_BY_ROUTE[latest.route];
  return [
    {
      code: 'heavy-amount',
      severity: 'warning',
      title: 'A large amount for this route',
      why: `You logged ${formatMg(latest.mg)} (${latest.route})${count > 1 ? ` and ${countOf(count - 1, 'other large dose')} this week` : ''}. A large amount for this route raises the risk of a K-hole and overdose: being unable to move or call for help, choking on vomit, injuries and slowed breathing, worse with alcohol or other depressants.`,
      action:
        'Never use alone; have someone sober with you who knows to put you in the recovery position and call emergency services if you cannot be woken or breathe slowly.',
      source: `${threshold.source}${threshold.estimated ? ' (estimated)' : ''}`,
      articleSlug: 'k-hole-and-overdose',
      lastEventDate: isoDateOfDayNumber(latest.day),
    },
  ];
}
