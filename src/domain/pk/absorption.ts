import { dispositionFor } from './compartment-models.js';
import type { CompartmentModel, Disposition } from './compartment-models.js';
import { matrixExponential } from './matrix-exponential.js';
import { routeIds, routes } from './routes.js';
import type { RouteId } from './routes.js';
import type { SourcedValue } from './sourced-value.js';

/**
 * Absorption of each route for one model. Published rates are used as they are; where only
 * a time to peak is published, the rate is solved so that this model's typical curve after
 * one dose peaks at that time. The same route then peaks at the published time whichever
 * model is used (a rate fitted for one model would put another's peak elsewhere).
 */

export type ResolvedPathway = {
  label: string;
  bioavailability: number;
  bioavailabilityCv: number;
  /** Null: straight into the blood. */
  kaPerMin: number | null;
  lagMin: number;
  /** True when kaPerMin was solved from a time to peak, not published. */
  kaEstimated: boolean;
};

export type ModelAbsorption = Record<RouteId, ResolvedPathway[]>;

/** Rates are solved at the reference adult weight of the published figures. */
const referenceWeightKg = 70;
const resolved = new WeakMap<CompartmentModel, ModelAbsorption>();

export function absorptionFor(model: CompartmentModel): ModelAbsorption {
  const cached = resolved.get(model);
  if (cached) return cached;
  const disposition = dispositionFor(model, referenceWeightKg);
  // Routes that share a time to peak share the rate: solve each time once.
  const rates = new Map<number, number>();
  const rateFor = (tMin: number) => {
    const known = rates.get(tMin) ?? rateForTimeToPeak(disposition, tMin);
    rates.set(tMin, known);
    return known;
  };
  const entries = routeIds.map((route) => {
    const data = routes[route];
    const pathways = data.pathways.map((pathway, index): ResolvedPathway => {
      const lagMin = pathway.lagMin?.value ?? 0;
      const bioavailability =
        route === 'oral' && index === 0 && model.oralBioavailability
          ? model.oralBioavailability.value
          : pathway.bioavailability.value;
      const cv: SourcedValue = pathway.bioavailabilityCv ?? model.variability.bioavailabilityCv;
      const base = { label: pathway.label, bioavailability, bioavailabilityCv: cv.value, lagMin };
      const absorption = pathway.absorption;
      if (absorption.kind === 'direct') return { ...base, kaPerMin: null, kaEstimated: false };
      if (absorption.kind === 'published-rate') {
        return { ...base, kaPerMin: absorption.kaPerMin.value, kaEstimated: false };
      }
      const typical = data.timeToPeakMin?.typical;
      if (typical === undefined) throw new Error(`${route} needs a time to peak`);
      return {
        ...base,
        kaPerMin: rateFor(typical - lagMin),
        kaEstimated: true,
      };
    });
    return [route, pathways] as const;
  });
  const absorption = Object.fromEntries(entries) as ModelAbsorption;
  resolved.set(model, absorption);
  return absorption;
}

/** Time of the peak of the central concentration after a unit dose into a depot with rate ka. */
export function timeToPeakMin(d: Disposition, kaPerMin: number): number {
  // dc/dt > 0 before the peak and < 0 after it (one depot into a mammillary model has one peak).
  const slope = (tMin: number) => {
    const x = stateAfter(d, kaPerMin, tMin);
    return (
      kaPerMin * x[3]! -
      (d.k10PerMin + d.k12PerMin + d.k13PerMin) * x[0]! +
      d.k21PerMin * x[1]! +
      d.k31PerMin * x[2]!
    );
  };
  let low = 0;
  let high = 1;
  while (slope(high) > 0 && high < 1e5) high *= 2;
  // 40 halvings: far finer than a second, for any peak within days.
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (slope(mid) > 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The absorption rate that puts the peak at tMin (the peak comes later as ka falls). */
function rateForTimeToPeak(d: Disposition, tMin: number): number {
  let low = Math.log(1e-5);
  let high = Math.log(10);
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (timeToPeakMin(d, Math.exp(mid)) > tMin) low = mid;
    else high = mid;
  }
  return Math.exp((low + high) / 2);
}

/** Amounts (central, shallow, deep, depot) at tMin after a unit dose into the depot. */
function stateAfter(d: Disposition, kaPerMin: number, tMin: number): Float64Array {
  const n = 4;
  const a = new Float64Array(n * n);
  a[0] = -(d.k10PerMin + d.k12PerMin + d.k13PerMin) * tMin;
  a[1] = d.k21PerMin * tMin;
  a[2] = d.k31PerMin * tMin;
  a[3] = kaPerMin * tMin;
  a[n] = d.k12PerMin * tMin;
  a[n + 1] = -d.k21PerMin * tMin;
  a[2 * n] = d.k13PerMin * tMin;
  a[2 * n + 2] = -d.k31PerMin * tMin;
  a[3 * n + 3] = -kaPerMin * tMin;
  const e = matrixExponential(a, n);
  return Float64Array.from([e[3]!, e[n + 3]!, e[2 * n + 3]!, e[3 * n + 3]!]);
}
