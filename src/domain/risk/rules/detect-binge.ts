import { firstDoseIndexFrom, type History, type PreparedDose } from '../history.js';
import { isoDateOfDayNumber } from '../local-date.js';
import type { RiskFlag } from '../types.js';
import { heavyAmountFraction } from './heavy-amount-thresholds.js';

/**
 * Binge: several doses within a few hours (warning). A session counts as a binge when
 * - at least 3 doses fall within any 4-hour span, or
 * - 2 or more doses within 4 hours add up to a large amount for the route
 *   (heavy-amount-thresholds.ts; mixed routes add up as fractions of their thresholds).
 * Redosing stacks the amount in the blood before the first dose has gone (reference/pk.md:
 * terminal half-life about 2 hours), which raises the risk of a K-hole and of bladder harm.
 * The counts are estimated: no source gives a number for a binge.
 */

/** estimated */
export const BINGE_MIN_DOSES = 3;
/** estimated; ketamine effects last 1–2 h with 1–2 h of after-effects (TripSit factsheet) */
export const BINGE_WINDOW_HOURS = 4;
/** A binge older than this is no longer shown as a current warning. */
export const BINGE_LOOKBACK_DAYS = 7;

const HOUR_MS = 3_600_000;

type Session = { doses: number; heavyFraction: number; lastDay: number };

export function detectBinge(history: History): RiskFlag[] {
  const fromMs = history.nowMs - BINGE_LOOKBACK_DAYS * 24 * HOUR_MS;
  const worst = worstSession(history.useDoses, fromMs);
  if (!worst) return [];
  const largeTotal = worst.heavyFraction >= 1;
  return [
    {
      code: 'binge',
      severity: 'warning',
      params: { doses: worst.doses, windowHours: BINGE_WINDOW_HOURS, largeTotal },
      source: 'Estimated rule; Domino et al. (ketamine half-lives); TripSit ketamine factsheet',
      articleSlug: 'redosing-and-binges',
      lastEventDate: isoDateOfDayNumber(worst.lastDay),
    },
  ];
}

/** Worst 4-hour window ending within the look-back, by a two-pointer sweep (linear). */
function worstSession(doses: readonly PreparedDose[], fromMs: number): Session | null {
  const windowMs = BINGE_WINDOW_HOURS * HOUR_MS;
  let first = firstDoseIndexFrom(doses, fromMs - windowMs);
  let heavyFraction = 0;
  let worst: Session | null = null;
  for (let last = first; last < doses.length; last++) {
    const lastDose = doses[last];
    if (!lastDose) break;
    heavyFraction += heavyAmountFraction(lastDose.route, lastDose.mg);
    for (let dose = doses[first]; dose && lastDose.ms - dose.ms > windowMs; dose = doses[first]) {
      heavyFraction -= heavyAmountFraction(dose.route, dose.mg);
      first += 1;
    }
    if (lastDose.ms < fromMs) continue;
    const count = last - first + 1;
    const isBinge = count >= BINGE_MIN_DOSES || (count >= 2 && heavyFraction >= 1 - 1e-9);
    if (isBinge && (!worst || count > worst.doses || heavyFraction > worst.heavyFraction)) {
      worst = { doses: count, heavyFraction, lastDay: lastDose.day };
    }
  }
  return worst;
}
