import { dosesInLastHours, type History } from '../history.js';
import { isoDateOfDayNumber } from '../local-date.js';
import type { RiskFlag } from '../types.js';
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
  if (!latest) return [];
  const threshold = HEAVY_AMOUNT_BY_ROUTE[latest.route];
  return [
    {
      code: 'heavy-amount',
      severity: 'warning',
      params: { mg: latest.mg, route: latest.route, otherLargeDoses: heavy.length - 1 },
      source: `${threshold.source}${threshold.estimated ? ' (estimated)' : ''}`,
      articleSlug: 'k-hole-and-overdose',
      lastEventDate: isoDateOfDayNumber(latest.day),
    },
  ];
}
