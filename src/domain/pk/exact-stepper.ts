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

const infusionColumnScale = 2 ** -20;
/** Scratch per augmented size: this runs once per simulated person. */
const scratches = new Map<number, { augmented: Float64Array; exp: Float64Array }>();

/**
 * exp([[A, e_central], [0, 0]] h), (size + 1)² row-major, in a scratch that the next call
 * overwrites. Read its entries with `transitionEntry` and `infusionEntry`.
 */
function augmentedExponential(system: PkSystem, hMin: number): Float64Array {
  const n = system.size;
  const m = n + 1;
  let scratch = scratches.get(m);
  if (!scratch) {
    scratch = { augmented: new Float64Array(m * m), exp: new Float64Array(m * m) };
    scratches.set(m, scratch);
  }
  const { augmented, exp } = scratch;
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) augmented[r * m + c] = system.matrix[r * n + c]! * hMin;
  }
  // g is linear in this entry, so it is scaled down by a power of two (undone exactly when
  // read): left at h it would dominate the norm and cost squarings A h alone does not need.
  augmented[n] = hMin * infusionColumnScale;
  return matrixExponential(augmented, m, exp);
}

// A is a compartmental (Metzler) matrix, so exp(A h) and g are non-negative: clamping
// removes rounding noise of order 1e-17 that could otherwise make a tail dip below zero.
function transitionEntry(exp: Float64Array, n: number, r: number, c: number): number {
  return Math.max(0, exp[r * (n + 1) + c]!);
}

function infusionEntry(exp: Float64Array, n: number, r: number): number {
  return Math.max(0, exp[r * (n + 1) + n]! / infusionColumnScale);
}

export function stepOperator(system: PkSystem, hMin: number): StepOperator {
  const n = system.size;
  const exp = augmentedExponential(system, hMin);
  const transition = new Float64Array(n * n);
  const infusionResponse = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) transition[r * n + c] = transitionEntry(exp, n, r, c);
    infusionResponse[r] = infusionEntry(exp, n, r);
  }
  return { transition, infusionResponse };
}

/** Times closer than this fraction of a step count as the same instant. */
const sameInstant = 1e-9;

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
 * are diagonal; the disposition compartments (two or three) live in local variables between
 * inputs. That is d² + (d + 1) × depots multiply-adds per point for d disposition
 * compartments: 10 for a two-compartment model with two depots, 17 with three compartments.
 * (A class, so that making one per simulated person allocates no closures.)
 */
export class GridStepper {
  private readonly system: PkSystem;
  private readonly events: InputEvents;
  private readonly stepMin: number;
  private readonly dispositionSize: number;
  private readonly depots: number;
  /** Disposition block of exp(A Δt), d × d row-major, and g(Δt) on it. */
  private readonly block: number[];
  private readonly infusion: number[];
  /** What depot j delivers to disposition compartment r per step (r × depots + j), and what stays. */
  private readonly fromDepot: number[];
  private readonly depotRemains: number[];
  private readonly x: Float64Array;
  private readonly toNgPerMl: number;
  private readonly epsilonMin: number;
  private readonly cursor = createInputCursor();
  /** Operators of the partial steps around off-grid inputs, by length (they repeat). */
  private splitOperators: Map<number, StepOperator> | null = null;
  private pointIndex = 0;

  constructor({
    system,
    events,
    stepMin,
  }: {
    system: PkSystem;
    events: InputEvents;
    stepMin: number;
  }) {
    if (system.eliminatedIndex !== null) {
      throw new Error('The grid stepper needs a system without an eliminated compartment');
    }
    this.system = system;
    this.events = events;
    this.stepMin = stepMin;
    const n = system.size;
    const d = system.dispositionSize;
    const depots = n - d;
    this.dispositionSize = d;
    this.depots = depots;
    // Only the entries the hot loop uses are kept, in plain arrays (see InputEvents).
    const exp = augmentedExponential(system, stepMin);
    this.block = [];
    this.fromDepot = [];
    this.infusion = [];
    this.depotRemains = [];
    for (let r = 0; r < d; r += 1) {
      for (let c = 0; c < d; c += 1) this.block.push(transitionEntry(exp, n, r, c));
      for (let j = 0; j < depots; j += 1) this.fromDepot.push(transitionEntry(exp, n, r, d + j));
      this.infusion.push(infusionEntry(exp, n, r));
    }
    for (let j = 0; j < depots; j += 1)
      this.depotRemains.push(transitionEntry(exp, n, d + j, d + j));
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
      // An input inside the step splits it; one at its end follows a whole step (whose point
      // is written again below, with the input in).
      if (i > 0 && nextMin < tEnd - epsilonMin) this.advanceAcrossInputs(tEnd);
      else if (i > 0) this.stepWithoutInputs(1, concentrationsNgPerMl, amountsMg, offset + k);
      applyInputsUntil({ events, cursor, state: x, tMin: tEnd, epsilonMin });
      concentrationsNgPerMl[offset + k] = x[0]! * this.toNgPerMl;
      if (amountsMg) {
        let body = 0;
        for (let r = 0; r < this.dispositionSize; r += 1) body += x[r]!;
        amountsMg[offset + k] = body;
      }
      this.pointIndex += 1;
      k += 1;
    }
  }

  /** Steps across inputs that fall strictly inside a grid step, exactly, at their times. */
  private advanceAcrossInputs(tEnd: number): void {
    const { events, cursor, x, epsilonMin } = this;
    let t = tEnd - this.stepMin;
    while (nextInputMin(events, cursor) < tEnd - epsilonMin) {
      const inputMin = nextInputMin(events, cursor);
      if (inputMin > t) applyOperator(x, this.splitOperator(inputMin - t), cursor.rateMgPerMin);
      t = inputMin;
      applyInputsUntil({ events, cursor, state: x, tMin: t, epsilonMin });
    }
    if (tEnd > t) applyOperator(x, this.splitOperator(tEnd - t), cursor.rateMgPerMin);
  }

  private splitOperator(hMin: number): StepOperator {
    this.splitOperators ??= new Map();
    let operator = this.splitOperators.get(hMin);
    if (!operator) {
      operator = stepOperator(this.system, hMin);
      this.splitOperators.set(hMin, operator);
    }
    return operator;
  }

  /** `steps` whole steps without inputs, writing each point. */
  private stepWithoutInputs(
    steps: number,
    concentrations: Float64Array,
    amounts: Float64Array | undefined,
    offset: number,
  ): void {
    // The many people of a band need concentrations only; the one typical person also
    // needs the amount in the body, which the general loop gives.
    if (amounts || this.depots > 2) this.stepAnySize(steps, concentrations, amounts, offset);
    else this.stepInRegisters(steps, concentrations, offset);
  }

  /**
   * Concentrations only (a branch for amounts in the loop costs about 20 %), up to two
   * depots: they stay in registers with the disposition compartments, and everything hot is
   * a local. A missing depot (or deep compartment) has zero amount and zero coefficients, so
   * the sums are unchanged; a two-compartment model runs its own loop, without the deep
   * compartment's terms.
   */
  private stepInRegisters(steps: number, concentrations: Float64Array, offset: number): void {
    const { x, depots } = this;
    const d = this.dispositionSize;
    const three = d > 2;
    const { block, fromDepot, infusion } = this;
    const e00 = block[0]!;
    const e01 = block[1]!;
    const e02 = three ? block[2]! : 0;
    const e10 = block[d]!;
    const e11 = block[d + 1]!;
    const e12 = three ? block[5]! : 0;
    const e20 = three ? block[6]! : 0;
    const e21 = three ? block[7]! : 0;
    const e22 = three ? block[8]! : 0;
    const has0 = depots > 0;
    const has1 = depots > 1;
    const f00 = has0 ? fromDepot[0]! : 0;
    const f01 = has1 ? fromDepot[1]! : 0;
    const f10 = has0 ? fromDepot[depots]! : 0;
    const f11 = has1 ? fromDepot[depots + 1]! : 0;
    const f20 = three && has0 ? fromDepot[2 * depots]! : 0;
    const f21 = three && has1 ? fromDepot[2 * depots + 1]! : 0;
    const rate = this.cursor.rateMgPerMin;
    const in0 = rate * infusion[0]!;
    const in1 = rate * infusion[1]!;
    const in2 = three ? rate * infusion[2]! : 0;
    const r0 = has0 ? this.depotRemains[0]! : 0;
    const r1 = has1 ? this.depotRemains[1]! : 0;
    const scale = this.toNgPerMl;
    let d0 = has0 ? x[d]! : 0;
    let d1 = has1 ? x[d + 1]! : 0;
    let x0 = x[0]!;
    let x1 = x[1]!;
    let x2 = three ? x[2]! : 0;
    if (!three) {
      for (let s = 0; s < steps; s += 1) {
        const next0 = in0 + f00 * d0 + f01 * d1 + (e00 * x0 + e01 * x1);
        const next1 = in1 + f10 * d0 + f11 * d1 + (e10 * x0 + e11 * x1);
        d0 *= r0;
        d1 *= r1;
        x0 = next0;
        x1 = next1;
        concentrations[offset + s] = x0 * scale;
      }
    } else {
      for (let s = 0; s < steps; s += 1) {
        const next0 = in0 + f00 * d0 + f01 * d1 + e02 * x2 + (e00 * x0 + e01 * x1);
        const next1 = in1 + f10 * d0 + f11 * d1 + e12 * x2 + (e10 * x0 + e11 * x1);
        const next2 = in2 + f20 * d0 + f21 * d1 + e22 * x2 + (e20 * x0 + e21 * x1);
        d0 *= r0;
        d1 *= r1;
        x0 = next0;
        x1 = next1;
        x2 = next2;
        concentrations[offset + s] = x0 * scale;
      }
      x[2] = x2;
    }
    if (has0) x[d] = d0;
    if (has1) x[d + 1] = d1;
    x[0] = x0;
    x[1] = x1;
  }

  /** Any number of disposition compartments and depots, and amounts in the body. */
  private stepAnySize(
    steps: number,
    concentrations: Float64Array,
    amounts: Float64Array | undefined,
    offset: number,
  ): void {
    const { block, fromDepot, depotRemains, depots, x } = this;
    const d = this.dispositionSize;
    const g = this.infusion;
    const rate = this.cursor.rateMgPerMin;
    const next = new Float64Array(d);
    for (let s = 0; s < steps; s += 1) {
      let body = 0;
      for (let r = 0; r < d; r += 1) {
        let sum = rate * g[r]!;
        for (let c = 0; c < d; c += 1) sum += block[r * d + c]! * x[c]!;
        for (let j = 0; j < depots; j += 1) sum += fromDepot[r * depots + j]! * x[d + j]!;
        next[r] = sum;
        body += sum;
      }
      for (let j = 0; j < depots; j += 1) x[d + j] = x[d + j]! * depotRemains[j]!;
      x.set(next);
      concentrations[offset + s] = x[0]! * this.toNgPerMl;
      if (amounts) amounts[offset + s] = body;
    }
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
