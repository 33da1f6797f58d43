import { ngPerMlPerMgPerL } from './linear-system.js';
import type { InputEvents, PkSystem } from './linear-system.js';
import { applyInputsUntil, createInputCursor, nextInputMin } from './input-cursor.js';

/**
 * Classic fourth-order Runge–Kutta integration of dx/dt = A x + R e_central, split at every
 * input time. It shares nothing with the exact stepper but the system matrix, so it serves
 * as an independent check (tests) and as the slow baseline (bench/pk.ts).
 */
export function simulateRk4({
  system,
  events,
  stepMin,
  substeps,
  pointCount,
  concentrationsNgPerMl,
}: {
  system: PkSystem;
  events: InputEvents;
  stepMin: number;
  /** RK4 steps per grid step. */
  substeps: number;
  pointCount: number;
  concentrationsNgPerMl: Float64Array;
}): void {
  const n = system.size;
  const a = system.matrix;
  const x = new Float64Array(n);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const tmp = new Float64Array(n);
  const cursor = createInputCursor();
  const epsilonMin = 1e-9 * stepMin;
  const applyUntil = (tMin: number) =>
    applyInputsUntil({ events, cursor, state: x, tMin, epsilonMin });

  const derivative = (state: Float64Array, out: Float64Array) => {
    for (let r = 0; r < n; r += 1) {
      let sum = r === 0 ? cursor.rateMgPerMin : 0;
      for (let c = 0; c < n; c += 1) sum += a[r * n + c]! * state[c]!;
      out[r] = sum;
    }
  };
  const rk4Step = (h: number) => {
    derivative(x, k1);
    for (let i = 0; i < n; i += 1) tmp[i] = x[i]! + 0.5 * h * k1[i]!;
    derivative(tmp, k2);
    for (let i = 0; i < n; i += 1) tmp[i] = x[i]! + 0.5 * h * k2[i]!;
    derivative(tmp, k3);
    for (let i = 0; i < n; i += 1) tmp[i] = x[i]! + h * k3[i]!;
    derivative(tmp, k4);
    for (let i = 0; i < n; i += 1) {
      x[i] = x[i]! + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
    }
  };
  const integrate = (spanMin: number) => {
    if (spanMin <= 0) return;
    const count = Math.max(1, Math.ceil((spanMin / stepMin) * substeps - 1e-9));
    for (let s = 0; s < count; s += 1) rk4Step(spanMin / count);
  };
  const toNgPerMl = ngPerMlPerMgPerL / system.v1L;
  for (let i = 0; i < pointCount; i += 1) {
    const tEnd = i * stepMin;
    if (i > 0) {
      let t = tEnd - stepMin;
      while (nextInputMin(events, cursor) < tEnd - epsilonMin) {
        const inputMin = nextInputMin(events, cursor);
        integrate(inputMin - t);
        t = inputMin;
        applyUntil(t);
      }
      integrate(tEnd - t);
    }
    applyUntil(tEnd);
    concentrationsNgPerMl[i] = x[0]! * toNgPerMl;
  }
}
