import type { CompartmentModel } from './compartment-models.js';
import { createGridStepper } from './exact-stepper.js';
import type { GridStepper } from './exact-stepper.js';
import { buildSystem, inputEvents } from './linear-system.js';
import type { DosePlan } from './linear-system.js';
import { createRandom, sampleIndividual } from './variability.js';

/**
 * 5th and 95th percentile of plasma concentration over a seeded virtual population. The
 * people are stepped in chunks of time so memory stays at people × chunk, whatever the
 * grid length. 201 people make the 5th and 95th percentiles exact order statistics (ranks
 * 10 and 190).
 */

export const bandPeople = 201;
export const bandSeed = 5;
const chunkPoints = 1024;

export function percentileBand({
  model,
  weightKg,
  plan,
  stepMin,
  pointCount,
  people = bandPeople,
  seed = bandSeed,
}: {
  model: CompartmentModel;
  weightKg: number;
  plan: DosePlan;
  stepMin: number;
  pointCount: number;
  people?: number;
  seed?: number;
}): { p5NgPerMl: Float64Array; p95NgPerMl: Float64Array } {
  const random = createRandom(seed);
  const steppers: GridStepper[] = [];
  for (let p = 0; p < people; p += 1) {
    const individual = sampleIndividual(model.variability, random);
    const system = buildSystem({ model, weightKg, plan, individual });
    steppers.push(
      createGridStepper({ system, events: inputEvents({ plan, individual }), stepMin }),
    );
  }
  const lowRank = Math.round(0.05 * (people - 1));
  const highRank = Math.round(0.95 * (people - 1));
  const p5NgPerMl = new Float64Array(pointCount);
  const p95NgPerMl = new Float64Array(pointCount);
  const buffer = new Float64Array(people * chunkPoints);
  const column = new Float64Array(people);
  for (let start = 0; start < pointCount; start += chunkPoints) {
    const count = Math.min(chunkPoints, pointCount - start);
    steppers.forEach((stepper, p) => {
      stepper.fill({ concentrationsNgPerMl: buffer, offset: p * chunkPoints, count });
    });
    for (let k = 0; k < count; k += 1) {
      for (let p = 0; p < people; p += 1) column[p] = buffer[p * chunkPoints + k] ?? 0;
      p5NgPerMl[start + k] = selectRank(column, 0, people - 1, lowRank);
      // After selecting lowRank everything above it is ≥ it, so search only there.
      p95NgPerMl[start + k] = selectRank(column, lowRank, people - 1, highRank);
    }
  }
  return { p5NgPerMl, p95NgPerMl };
}

/** Quickselect (Hoare partition): the rank-th smallest of values[left..right], in place. */
function selectRank(values: Float64Array, left: number, right: number, rank: number): number {
  let lo = left;
  let hi = right;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const tmp = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = tmp;
        i += 1;
        j -= 1;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else break;
  }
  return values[rank] ?? 0;
}
