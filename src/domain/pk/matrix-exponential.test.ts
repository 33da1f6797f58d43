import { describe, expect, it } from 'vitest';
import { matrixExponential } from './matrix-exponential.js';

const close = (actual: Float64Array, expected: number[], relative = 1e-13) =>
  expected.forEach((value, i) =>
    expect(Math.abs((actual[i] ?? NaN) - value)).toBeLessThanOrEqual(
      relative * Math.max(1, Math.abs(value)),
    ),
  );

describe('matrixExponential', () => {
  it('exponentiates a diagonal matrix entry by entry, even with a large norm', () => {
    const result = matrixExponential(Float64Array.from([-0.5, 0, 0, -60]), 2);
    close(result, [Math.exp(-0.5), 0, 0, Math.exp(-60)]);
    expect(result[3]).toBeGreaterThan(0);
    expect(Math.abs((result[3] ?? 0) / Math.exp(-60) - 1)).toBeLessThan(1e-12);
  });

  it('turns a rotation generator into cosines and sines', () => {
    close(matrixExponential(Float64Array.from([0, 2, -2, 0]), 2), [
      Math.cos(2),
      Math.sin(2),
      -Math.sin(2),
      Math.cos(2),
    ]);
  });

  it('sums a nilpotent matrix exactly', () => {
    close(matrixExponential(Float64Array.from([0, 3, 0, 0]), 2), [1, 3, 0, 1]);
  });

  it('matches the closed form of a two-compartment chain (a → b)', () => {
    const [ka, k] = [0.7, 0.2];
    const t = 3;
    const result = matrixExponential(Float64Array.from([-ka * t, 0, ka * t, -k * t]), 2);
    const transferred = (ka / (ka - k)) * (Math.exp(-k * t) - Math.exp(-ka * t));
    close(result, [Math.exp(-ka * t), 0, transferred, Math.exp(-k * t)]);
  });
});
