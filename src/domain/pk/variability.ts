import type { Variability } from './compartment-models.js';
import { logNormalMultiplier } from './linear-system.js';
import type { Individual } from './linear-system.js';

/**
 * Seeded between-person variability: log-normal multipliers exp(ω·z) on clearance, central
 * and shallow peripheral volume, absorption rate and bioavailability, with ω² = ln(1 + CV²)
 * (the usual NONMEM exponential model, so the typical person is the median). Bioavailability
 * keeps its z: its CV depends on the route. Same seed, same people.
 */

/** mulberry32: a small, fast, well-mixed 32-bit generator; plenty for sampling people. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(random: () => number): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function sampleIndividual(variability: Variability, random: () => number): Individual {
  const draw = (cv: { value: number }) => logNormalMultiplier(cv.value, standardNormal(random));
  return {
    clearance: draw(variability.clearanceCv),
    centralVolume: draw(variability.centralVolumeCv),
    peripheralVolume: draw(variability.peripheralVolumeCv),
    absorptionRate: draw(variability.absorptionRateCv),
    bioavailabilityZ: standardNormal(random),
  };
}
