import { fallbackDirectory } from '../help/resolve-country.js';
import type { Pathway, PathwayReach, PathwayStep } from './pathway-schema.js';

export type LocalPathwayStep = Omit<PathwayStep, 'reach'> & { reach: PathwayReach };

/** The step's route for `country`, or its international route when we have none for it. */
export function reachFor(step: PathwayStep, country: string): PathwayReach {
  const local = step.reach.find((entry) => entry.country === country);
  const fallback = step.reach.find((entry) => entry.country === fallbackDirectory);
  // The schema guarantees an international entry; this guards hand-built test data.
  const chosen = local ?? fallback;
  if (chosen === undefined) throw new Error(`Pathway step ${step.id} has no international route`);
  return chosen;
}

/** Every step with only the route that applies in `country` (an already-resolved code). */
export function pathwayForCountry(pathway: Pathway, country: string): LocalPathwayStep[] {
  return pathway.steps.map((step) => ({ ...step, reach: reachFor(step, country) }));
}

/** Help line ids a pathway points at, for checking against the help directories. */
export function pathwayLineIds(pathway: Pathway): string[] {
  return pathway.steps.flatMap((step) => step.reach.flatMap((entry) => entry.lineIds ?? []));
}
