import { matrixExponential } from './matrix-exponential.js';
import { ngPerMlPerMgPerL } from './linear-system.js';
import type { InputEvents, PkSystem } from './linear-system.js';
import { applyInputsUntil, createInputCursor, nextInputMin } from './input-cursor.js';

/**
 * Exact stepping of the linear system on a time grid (the ADVAN-style recursion of
 * Abuhelwa et al. 2015, J Pharmacol Toxicol Methods 73:42): over a step h with a constant
 * infusion rate R into the central compartment,
 *   x(t + h) = E(h) x(t) + R g(h),  E(h) = exp(A h),  g(h) = ∫₀ʰ exp(A u) du e_central.
 * E and g come from one exponential of the augmented matrix [[A, e_central], [0, 0]] h
 * (Van Loan 1978), so infusions are exact too. Steps with an input inside them are split
 * at the input times, so doses need not sit on the grid.
 */

export type StepOperator = { transition: Float64Array; infusionResponse: Float64Array };

export function stepOperator(system: PkSystem, hMin: number): StepOperator {
  const n = system.size;
  const m = n + 1;
  const augmented = new Float64Array(m * m);
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) augmented[r * m + c] = (system.matrix[r * n + c] ?? 0) * hMin;
  }
  augmented[0 * m + n] = hMin;
  const exp = matrixExponential(augmented, m);
  const transition = new Float64Array(n * n);
  const infusionResponse = new Float64Array(n);
  // A is a compartmental (Metzler) matrix, so exp(A h) and g are non-negative: clamping
  // removes rounding noise of order 1e-17 that could otherwise make a tail dip below zero.
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) transition[r * n + c] = Math.max(0, exp[r * m + c] ?? 0);
    infusionResponse[r] = Math.max(0, exp[r * m + n] ?? 0);
  }
  return { transition, infusionResponse };
}

/** Times closer than this fraction of a step count as the same instant. */
const sameInstant = 1e-9;
const dispositionSize = 3;

export type GridStepper = {
  /**
   * Writes the next `count` grid points (concentration in ng/mL, and amount in the body in
   * mg when `amountsMg` is given) starting at `offset` of the output arrays.
   */
  fill: (args: {
    concentrationsNgPerMl: Float64Array;
    amountsMg?: Float64Array;
    offset?: number;
    count: number;
  }) => void;
};

/**
 * x ← E x + R g for a whole state vector (dense; used for the rare split steps and for
 * concentrations at arbitrary times).
 */
function applyOperator(x: Float64Array, op: StepOperator, rateMgPerMin: number): void {
  const n = x.length;
  const moved = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    let sum = rateMgPerMin * op.infusionResponse[r]!;
    for (let c = 0; c < n; c += 1) sum += op.transition[r * n + c]! * x[c]!;
    moved[r] = sum;
  }
  x.set(moved);
}

/**
 * Steps a regimen along the grid 0, Δt, 2Δt, … The hot loop relies on the structure of
 * the system: depots only empty into the central compartment, so their rows of exp(A Δt)
 * are diagonal; the three disposition compartments live in local variables between inputs.
 * That is 9 + 4 × depots multiply-adds per point.
 */
export function createGridStepper({
  system,
  events,
  stepMin,
  operator = stepOperator(system, stepMin),
}: {
  system: PkSystem;
  events: InputEvents;
  stepMin: number;
  operator?: StepOperator;
}): GridStepper {
  if (system.eliminatedIndex !== null) {
    throw new Error('The grid stepper needs a system without an eliminated compartment');
  }
  const n = system.size;
  const depots = n - dispositionSize;
  const e = operator.transition;
  // Disposition block (3 × 3), infusion response, then per depot: what it delivers to each
  // disposition compartment and what stays in it.
  const dispositionBlock = new Float64Array(9);
  for (let r = 0; r < dispositionSize; r += 1) {
    for (let c = 0; c < dispositionSize; c += 1) dispositionBlock[r * 3 + c] = e[r * n + c]!;
  }
  const infusion = operator.infusionResponse.slice(0, dispositionSize);
  const fromDepot0 = new Float64Array(depots);
  const fromDepot1 = new Float64Array(depots);
  const fromDepot2 = new Float64Array(depots);
  const depotRemains = new Float64Array(depots);
  for (let j = 0; j < depots; j += 1) {
    const c = dispositionSize + j;
    fromDepot0[j] = e[c]!;
    fromDepot1[j] = e[n + c]!;
    fromDepot2[j] = e[2 * n + c]!;
    depotRemains[j] = e[c * n + c]!;
  }
  const x = new Float64Array(n);
  const toNgPerMl = ngPerMlPerMgPerL / system.v1L;
  const epsilonMin = sameInstant * stepMin;
  const cursor = createInputCursor();
  let pointIndex = 0;
  const applyUntil = (tMin: number) =>
    applyInputsUntil({ events, cursor, state: x, tMin, epsilonMin });

  /** Steps across inputs that fall strictly inside a grid step, exactly, at their times. */
  const advanceAcrossInputs = (tEnd: number) => {
    let t = tEnd - stepMin;
    while (nextInputMin(events, cursor) < tEnd - epsilonMin) {
      const inputMin = nextInputMin(events, cursor);
      if (inputMin > t) applyOperator(x, stepOperator(system, inputMin - t), cursor.rateMgPerMin);
      t = inputMin;
      applyUntil(t);
    }
    if (tEnd > t) applyOperator(x, stepOperator(system, tEnd - t), cursor.rateMgPerMin);
  };

  /** `steps` whole steps without inputs, writing each point. Everything hot is a local. */
  const stepWithoutInputs = (
    steps: number,
    concentrations: Float64Array,
    amounts: Float64Array | undefined,
    offset: number,
  ) => {
    const b = dispositionBlock;
    const e00 = b[0]!;
    const e01 = b[1]!;
    const e02 = b[2]!;
    const e10 = b[3]!;
    const e11 = b[4]!;
    const e12 = b[5]!;
    const e20 = b[6]!;
    const e21 = b[7]!;
    const e22 = b[8]!;
    const rate = cursor.rateMgPerMin;
    const in0 = rate * infusion[0]!;
    const in1 = rate * infusion[1]!;
    const in2 = rate * infusion[2]!;
    const depotAmounts = x.subarray(dispositionSize);
    const scale = toNgPerMl;
    let x0 = x[0]!;
    let x1 = x[1]!;
    let x2 = x[2]!;
    for (let s = 0; s < steps; s += 1) {
      let next0 = in0 + e00 * x0 + e01 * x1 + e02 * x2;
      let next1 = in1 + e10 * x0 + e11 * x1 + e12 * x2;
      let next2 = in2 + e20 * x0 + e21 * x1 + e22 * x2;
      for (let j = 0; j < depots; j += 1) {
        const amount = depotAmounts[j]!;
        next0 += fromDepot0[j]! * amount;
        next1 += fromDepot1[j]! * amount;
        next2 += fromDepot2[j]! * amount;
        depotAmounts[j] = amount * depotRemains[j]!;
      }
      x0 = next0;
      x1 = next1;
      x2 = next2;
      concentrations[offset + s] = x0 * scale;
      if (amounts) amounts[offset + s] = x0 + x1 + x2;
    }
    x[0] = x0;
    x[1] = x1;
    x[2] = x2;
  };

  const fill: GridStepper['fill'] = ({ concentrationsNgPerMl, amountsMg, offset = 0, count }) => {
    const record = (k: number) => {
      concentrationsNgPerMl[offset + k] = x[0]! * toNgPerMl;
      if (amountsMg) amountsMg[offset + k] = x[0]! + x[1]! + x[2]!;
    };
    let k = 0;
    while (k < count) {
      const i = pointIndex;
      const tEnd = i * stepMin;
      const nextMin = nextInputMin(events, cursor);
      if (i > 0 && nextMin > tEnd + epsilonMin) {
        // Run every whole step before the next input in one go.
        const lastClear = Math.ceil((nextMin - epsilonMin) / stepMin) - 1;
        const steps = Math.max(1, Math.min(count - k, lastClear - i + 1));
        stepWithoutInputs(steps, concentrationsNgPerMl, amountsMg, offset + k);
        pointIndex += steps;
        k += steps;
        continue;
      }
      if (i > 0 && nextMin < tEnd - epsilonMin) advanceAcrossInputs(tEnd);
      else if (i > 0) applyOperator(x, operator, cursor.rateMgPerMin);
      applyUntil(tEnd);
      record(k);
      pointIndex += 1;
      k += 1;
    }
  };

  return { fill };
}

/** Exact amounts per compartment at any time (not only on a grid). */
export function stateAt({
  system,
  events,
  tMin,
}: {
  system: PkSystem;
  events: InputEvents;
  tMin: number;
}): Float64Array {
  const x = new Float64Array(system.size);
  const cursor = createInputCursor();
  let t = 0;
  while (nextInputMin(events, cursor) <= tMin) {
    const inputMin = nextInputMin(events, cursor);
    if (inputMin > t) applyOperator(x, stepOperator(system, inputMin - t), cursor.rateMgPerMin);
    t = inputMin;
    applyInputsUntil({ events, cursor, state: x, tMin: t, epsilonMin: 0 });
  }
  if (tMin > t) applyOperator(x, stepOperator(system, tMin - t), cursor.rateMgPerMin);
  return x;
}

export function concentrationNgPerMl(system: PkSystem, state: Float64Array): number {
  return (state[0]! * ngPerMlPerMgPerL) / system.v1L;
}
