import type { Route } from '../types.js';

/**
 * Single amounts at which the risk of a K-hole (full dissociation, unable to move or
 * respond) and of overdose is high, per route. These are risk markers shown to discourage
 * large amounts and redosing, never amounts to aim for.
 *
 * Only the insufflated figure and the two label figures come straight from a source; the
 * others are estimated by scaling the insufflated figure by bioavailability
 * (reference/pk.md), i.e. the same amount reaching the blood: 175 mg × 0.45 / F(route).
 */

export type HeavyAmountThreshold = {
  /** The amount from which a single dose counts as large for this route. */
  mg: number;
  /** True when `mg` itself is still within the usual range and only larger amounts count. */
  exclusive: boolean;
  source: string;
  estimated: boolean;
};

/** TripSit ketamine factsheet (drugs.json): the "heavy" insufflated band starts at 175 mg. */
export const INSUFFLATED_HEAVY_MG = 175;

export const HEAVY_AMOUNT_BY_ROUTE: Record<Route, HeavyAmountThreshold> = {
  insufflated: {
    mg: INSUFFLATED_HEAVY_MG,
    exclusive: false,
    source: 'TripSit ketamine factsheet (heavy insufflated range from 175 mg)',
    estimated: false,
  },
  // 175 × 0.45 / 0.20 ≈ 394 (oral F 0.17–0.20, Yanagihara 2003)
  oral: {
    mg: 400,
    exclusive: false,
    source:
      'Estimated from the TripSit insufflated figure and oral bioavailability (Yanagihara 2003)',
    estimated: true,
  },
  // 175 × 0.45 / 0.29 ≈ 272 (sublingual F ≈ 0.29, Rolan 2014)
  sublingual: {
    mg: 270,
    exclusive: false,
    source:
      'Estimated from the TripSit insufflated figure and sublingual bioavailability (Rolan 2014)',
    estimated: true,
  },
  // 175 × 0.45 / 0.30 ≈ 262 (rectal F ≈ 0.30, Malinovsky 1996)
  rectal: {
    mg: 260,
    exclusive: false,
    source:
      'Estimated from the TripSit insufflated figure and rectal bioavailability (Malinovsky 1996)',
    estimated: true,
  },
  // 175 × 0.45 / 0.93 ≈ 85 (IM F 0.93, Clements 1982)
  intramuscular: {
    mg: 85,
    exclusive: false,
    source:
      'Estimated from the TripSit insufflated figure and intramuscular bioavailability (Clements 1982)',
    estimated: true,
  },
  // No reliable bioavailability figure: treated as intramuscular (reference/pk.md).
  subcutaneous: {
    mg: 85,
    exclusive: false,
    source: 'Estimated as for intramuscular use; no published subcutaneous bioavailability',
    estimated: true,
  },
  // Ketalar label: anaesthesia is induced from 1 mg/kg IV, i.e. about 70 mg at 70 kg.
  intravenous: {
    mg: 70,
    exclusive: false,
    source: 'Ketalar (ketamine) label: intravenous induction of anaesthesia from 1 mg/kg',
    estimated: true,
  },
  // Spravato label: 84 mg is the highest dose per session; more than that is outside it.
  'esketamine-nasal': {
    mg: 84,
    exclusive: true,
    source: 'Spravato (esketamine) label: highest dose per session 84 mg',
    estimated: false,
  },
};

export function isHeavyAmount(route: Route, mg: number): boolean {
  const threshold = HEAVY_AMOUNT_BY_ROUTE[route];
  return threshold.exclusive ? mg > threshold.mg : mg >= threshold.mg;
}

/** The dose as a fraction of its route's threshold, so mixed-route sessions add up. */
export function heavyAmountFraction(route: Route, mg: number): number {
  return mg / HEAVY_AMOUNT_BY_ROUTE[route].mg;
}
