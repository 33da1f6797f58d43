import { HEAVY_AMOUNT_BY_ROUTE } from '../risk/rules/heavy-amount-thresholds.js';
import type { Route } from './vocabulary.js';

/**
 * Entries worth a second look before saving, because they are more often a slip (mg typed
 * for µg or g, the wrong year) than a real event: asked about, never refused, and never
 * worded as advice about amounts.
 */

/** Three times a route's heavy-amount threshold: far beyond what the log usually holds. */
export const FAR_ABOVE_HEAVY_FACTOR = 3;
/** Below 1 mg is less than any amount in the route data: most likely a unit slip. */
export const SMALLEST_USUAL_MG = 1;
/** Further back than a year is usually a year typed wrong. */
export const OLDEST_USUAL_DAYS = 365;

export type UnusualReason = 'far-above-usual-amount' | 'below-1-mg' | 'more-than-a-year-ago';

export function unusualEntry({
  mg,
  route,
  takenAt,
  now,
}: {
  mg: number;
  route: Route;
  takenAt: Date;
  now: Date;
}): UnusualReason[] {
  const reasons: UnusualReason[] = [];
  if (mg > HEAVY_AMOUNT_BY_ROUTE[route].mg * FAR_ABOVE_HEAVY_FACTOR) {
    reasons.push('far-above-usual-amount');
  }
  if (mg < SMALLEST_USUAL_MG) reasons.push('below-1-mg');
  if (now.getTime() - takenAt.getTime() > OLDEST_USUAL_DAYS * 86_400_000) {
    reasons.push('more-than-a-year-ago');
  }
  return reasons;
}
