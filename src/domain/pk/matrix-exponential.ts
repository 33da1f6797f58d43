/**
 * Matrix exponential of a small dense square matrix (row-major Float64Array), by scaling and
 * squaring with a diagonal (6,6) Padé approximant (Golub & Van Loan, Matrix Computations,
 * algorithm 11.3.1; Moler & Van Loan 2003, "Nineteen dubious ways…", method 3). Scaling
 * until the infinity norm is ≤ 0.5 makes the Padé error ≈ 1e-16 relative, and linear PK
 * matrices (real non-positive eigenvalues) square without loss.
 */

const padeOrder = 6;

export function matrixExponential(matrix: Float64Array, size: number): Float64Array {
  const cells = size * size;
  const norm = infinityNorm(matrix, size);
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -squarings;
  const a = new Float64Array(cells);
  for (let i = 0; i < cells; i += 1) a[i] = matrix[i]! * scale;

  // N = Σ c_k A^k and D = Σ (-1)^k c_k A^k, with c_k the Padé coefficients.
  const numerator = identity(size);
  const denominator = identity(size);
  let power: Float64Array = identity(size);
  let spare: Float64Array = new Float64Array(cells);
  let coefficient = 1;
  for (let k = 1; k <= padeOrder; k += 1) {
    coefficient *= (padeOrder - k + 1) / (k * (2 * padeOrder - k + 1));
    multiplyInto(spare, power, a, size);
    [power, spare] = [spare, power];
    const signed = k % 2 === 0 ? coefficient : -coefficient;
    for (let i = 0; i < cells; i += 1) {
      numerator[i]! += coefficient * power[i]!;
      denominator[i]! += signed * power[i]!;
    }
  }
  let result: Float64Array = solveInPlace(denominator, numerator, size);
  for (let s = 0; s < squarings; s += 1) {
    multiplyInto(spare, result, result, size);
    [result, spare] = [spare, result];
  }
  return result;
}

/** out = left × right (out must not alias either). */
export function multiplyInto(
  out: Float64Array,
  left: Float64Array,
  right: Float64Array,
  size: number,
): void {
  out.fill(0);
  for (let r = 0; r < size; r += 1) {
    const row = r * size;
    for (let k = 0; k < size; k += 1) {
      const lrk = left[row + k]!;
      if (lrk === 0) continue;
      const rightRow = k * size;
      for (let c = 0; c < size; c += 1) out[row + c]! += lrk * right[rightRow + c]!;
    }
  }
}

function identity(size: number): Float64Array {
  const out = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) out[i * size + i] = 1;
  return out;
}

function infinityNorm(matrix: Float64Array, size: number): number {
  let norm = 0;
  for (let r = 0; r < size; r += 1) {
    let rowSum = 0;
    for (let c = 0; c < size; c += 1) rowSum += Math.abs(matrix[r * size + c]!);
    norm = Math.max(norm, rowSum);
  }
  return norm;
}

/**
 * Solves D X = N by Gaussian elimination with partial pivoting, overwriting both; returns
 * X (in N's storage). D, the Padé denominator of a scaled matrix, is close to the identity.
 */
function solveInPlace(d: Float64Array, n: Float64Array, size: number): Float64Array {
  for (let col = 0; col < size; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < size; r += 1) {
      if (Math.abs(d[r * size + col]!) > Math.abs(d[pivot * size + col]!)) pivot = r;
    }
    if (pivot !== col) {
      swapRows(d, size, pivot, col);
      swapRows(n, size, pivot, col);
    }
    const diagonal = d[col * size + col]!;
    for (let r = col + 1; r < size; r += 1) {
      const factor = d[r * size + col]! / diagonal;
      if (factor === 0) continue;
      for (let c = col; c < size; c += 1) d[r * size + c]! -= factor * d[col * size + c]!;
      for (let c = 0; c < size; c += 1) n[r * size + c]! -= factor * n[col * size + c]!;
    }
  }
  for (let col = size - 1; col >= 0; col -= 1) {
    const diagonal = d[col * size + col]!;
    for (let c = 0; c < size; c += 1) {
      let value = n[col * size + c]!;
      for (let k = col + 1; k < size; k += 1) value -= d[col * size + k]! * n[k * size + c]!;
      n[col * size + c] = value / diagonal;
    }
  }
  return n;
}

function swapRows(matrix: Float64Array, size: number, a: number, b: number): void {
  for (let c = 0; c < size; c += 1) {
    const tmp = matrix[a * size + c]!;
    matrix[a * size + c] = matrix[b * size + c]!;
    matrix[b * size + c] = tmp;
  }
}
