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
 * That is 9 + 4 × depots multiply-adds per point. (A class, so that making one per
 * simulated person allocates no closures.)
 */
export class GridStepper {
  private readonly system: PkSystem;
  private readonly events: InputEvents;
  private readonly stepMin: number;
  private readonly operator: StepOperator;
  private readonly depots: number;
  /** Disposition block of exp(A Δt), 3 × 3 row-major. */
  private readonly block = new Float64Array(9);
  /** What each depot delivers to each disposition compartment per step, and what stays. */
  private readonly fromDepot0: Float64Array;
  private readonly fromDepot1: Float64Array;
  private readonly fromDepot2: Float64Array;
  private readonly depotRemains: Float64Array;
  private readonly x: Float64Array;
  private readonly toNgPerMl: number;
  private readonly epsilonMin: number;
  private readonly cursor = createInputCursor();
  private pointIndex = 0;

  constructor({
    system,
    events,
    stepMin,
    operator = stepOperator(system, stepMin),
  }: {
    system: PkSystem;
    events: InputEvents;
    stepMin: number;
    operator?: StepOperator;
  }) {
    if (system.eliminatedIndex !== null) {
      throw new Error('The grid stepper needs a system without an eliminated compartment');
    }
    this.system = system;
    this.events = events;
    this.stepMin = stepMin;
    this.operator = operator;
    const n = system.size;
    const e = operator.transition;
    const depots = n - dispositionSize;
    this.depots = depots;
    for (let r = 0; r < dispositionSize; r += 1) {
      for (let c = 0; c < dispositionSize; c += 1) this.block[r * 3 + c] = e[r * n + c]!;
    }
    this.fromDepot0 = new Float64Array(depots);
    this.fromDepot1 = new Float64Array(depots);
    this.fromDepot2 = new Float64Array(depots);
    this.depotRemains = new Float64Array(depots);
    for (let j = 0; j < depots; j += 1) {
      const c = dispositionSize + j;
      this.fromDepot0[j] = e[c]!;
      this.fromDepot1[j] = e[n + c]!;
      this.fromDepot2[j] = e[2 * n + c]!;
      this.depotRemains[j] = e[c * n + c]!;
    }
    this.x = new Float64Array(n);
    this.toNgPerMl = ngPerMlPerMgPerL / system.v1L;
    this.epsilonMin = sameInstant * stepMin;
  }

  /**
   * Writes the next `count` grid points (concentration in ng/mL, and amount in the body in
   * mg when `amountsMg` is given) starting at `offset` of the output arrays.
   */
  fill({
    concentrationsNgPerMl,
    amountsMg,
    offset = 0,
    count,
  }: {
    concentrationsNgPerMl: Float64Array;
    amountsMg?: Float64Array;
    offset?: number;
    count: number;
  }): void {
    const { events, cursor, stepMin, epsilonMin, x } = this;
    let k = 0;
    while (k < count) {
      const i = this.pointIndex;
      const tEnd = i * stepMin;
      const nextMin = nextInputMin(events, cursor);
      if (i > 0 && nextMin > tEnd + epsilonMin) {
        // Run every whole step before the next input in one go.
        const lastClear = Math.ceil((nextMin - epsilonMin) / stepMin) - 1;
        const steps = Math.max(1, Math.min(count - k, lastClear - i + 1));
        this.stepWithoutInputs(steps, concentrationsNgPerMl, amountsMg, offset + k);
        this.pointIndex += steps;
        k += steps;
        continue;
      }
      if (i > 0 && nextMin < tEnd - epsilonMin) this.advanceAcrossInputs(tEnd);
      else if (i > 0) applyOperator(x, this.operator, cursor.rateMgPerMin);
      applyInputsUntil({ events, cursor, state: x, tMin: tEnd, epsilonMin });
      concentrationsNgPerMl[offset + k] = x[0]! * this.toNgPerMl;
      if (amountsMg) amountsMg[offset + k] = x[0]! + x[1]! + x[2]!;
      this.pointIndex += 1;
      k += 1;
    }
  }

  /** Steps across inputs that fall strictly inside a grid step, exactly, at their times. */
  private advanceAcrossInputs(tEnd: number): void {
    const { events, cursor, system, x, epsilonMin } = this;
    let t = tEnd - this.stepMin;
    while (nextInputMin(events, cursor) < tEnd - epsilonMin) {
      const inputMin = nextInputMin(events, cursor);
      if (inputMin > t) applyOperator(x, stepOperator(system, inputMin - t), cursor.rateMgPerMin);
      t = inputMin;
      applyInputsUntil({ events, cursor, state: x, tMin: t, epsilonMin });
    }
    if (tEnd > t) applyOperator(x, stepOperator(system, tEnd - t), cursor.rateMgPerMin);
  }

  /** `steps` whole steps without inputs, writing each point. Everything hot is a local. */
  private stepWithoutInputs(
    steps: number,
    concentrations: Float64Array,
    amounts: Float64Array | undefined,
    offset: number,
  ): void {
    const { block, fromDepot0, fromDepot1, fromDepot2, depotRemains, depots, x } = this;
    const g = this.operator.infusionResponse;
    const e00 = block[0]!;
    const e01 = block[1]!;
    const e02 = block[2]!;
    const e10 = block[3]!;
    const e11 = block[4]!;
    const e12 = block[5]!;
    const e20 = block[6]!;
    const e21 = block[7]!;
    const e22 = block[8]!;
    const rate = this.cursor.rateMgPerMin;
    const in0 = rate * g[0]!;
    const in1 = rate * g[1]!;
    const in2 = rate * g[2]!;
    const scale = this.toNgPerMl;
    let x0 = x[0]!;
    let x1 = x[1]!;
    let x2 = x[2]!;
    if (depots <= 2) {
      // Most regimens use one or two absorption routes: keep both depots in registers too.
      // A missing depot has zero amount and zero coefficients, so the sums are unchanged.
      const has0 = depots > 0;
      const has1 = depots > 1;
      const f00 = has0 ? fromDepot0[0]! : 0;
      const f10 = has0 ? fromDepot1[0]! : 0;
      const f20 = has0 ? fromDepot2[0]! : 0;
      const r0 = has0 ? depotRemains[0]! : 0;
      const f01 = has1 ? fromDepot0[1]! : 0;
      const f11 = has1 ? fromDepot1[1]! : 0;
      const f21 = has1 ? fromDepot2[1]! : 0;
      const r1 = has1 ? depotRemains[1]! : 0;
      let d0 = has0 ? x[dispositionSize]! : 0;
      let d1 = has1 ? x[dispositionSize + 1]! : 0;
      for (let s = 0; s < steps; s += 1) {
        const next0 = in0 + e00 * x0 + e01 * x1 + e02 * x2 + f00 * d0 + f01 * d1;
        const next1 = in1 + e10 * x0 + e11 * x1 + e12 * x2 + f10 * d0 + f11 * d1;
        const next2 = in2 + e20 * x0 + e21 * x1 + e22 * x2 + f20 * d0 + f21 * d1;
        d0 *= r0;
        d1 *= r1;
        x0 = next0;
        x1 = next1;
        x2 = next2;
        concentrations[offset + s] = x0 * scale;
        if (amounts) amounts[offset + s] = x0 + x1 + x2;
      }
      if (has0) x[dispositionSize] = d0;
      if (has1) x[dispositionSize + 1] = d1;
    } else {
      for (let s = 0; s < steps; s += 1) {
        let next0 = in0 + e00 * x0 + e01 * x1 + e02 * x2;
        let next1 = in1 + e10 * x0 + e11 * x1 + e12 * x2;
        let next2 = in2 + e20 * x0 + e21 * x1 + e22 * x2;
        for (let j = 0; j < depots; j += 1) {
          const amount = x[dispositionSize + j]!;
          next0 += fromDepot0[j]! * amount;
          next1 += fromDepot1[j]! * amount;
          next2 += fromDepot2[j]! * amount;
          x[dispositionSize + j] = amount * depotRemains[j]!;
        }
        x0 = next0;
        x1 = next1;
        x2 = next2;
        concentrations[offset + s] = x0 * scale;
        if (amounts) amounts[offset + s] = x0 + x1 + x2;
      }
    }
    x[0] = x0;
    x[1] = x1;
    x[2] = x2;
  }
}

export function createGridStepper(args: ConstructorParameters<typeof GridStepper>[0]): GridStepper {
  return new GridStepper(args);
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
