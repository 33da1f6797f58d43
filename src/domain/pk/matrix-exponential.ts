/**
 * Matrix exponential of a small dense square matrix (row-major Float64Array), by scaling and
 * squaring with a diagonal (6,6) Padé approximant (Golub & Van Loan, Matrix Computations,
 * algorithm 11.3.1; Moler & Van Loan 2003, "Nineteen dubious ways…", method 3). Scaling
 * until the infinity norm is ≤ 0.5 makes the Padé error ≈ 1e-16 relative, and linear PK
 * matrices (real non-positive eigenvalues) square without loss.
 */

/** Padé (6,6) coefficients c_k = (12 − k)! 6! / (12! k! (6 − k)!). */
const pade = [1, 1 / 2, 5 / 44, 1 / 66, 1 / 792, 1 / 15840, 1 / 665280] as const;

type Workspace = {
  a: Float64Array;
  a2: Float64Array;
  a4: Float64Array;
  a6: Float64Array;
  u: Float64Array;
  v: Float64Array;
  t: Float64Array;
};

// Scratch matrices per size, reused between calls (this runs once per simulated person).
const workspaces = new Map<number, Workspace>();

function workspaceFor(size: number): Workspace {
  let workspace = workspaces.get(size);
  if (!workspace) {
    const cells = size * size;
    const make = () => new Float64Array(cells);
    workspace = { a: make(), a2: make(), a4: make(), a6: make(), u: make(), v: make(), t: make() };
    workspaces.set(size, workspace);
  }
  return workspace;
}

/** Writes into `out` when given (a caller's scratch: saves an allocation per call). */
export function matrixExponential(
  matrix: Float64Array,
  size: number,
  out: Float64Array = new Float64Array(size * size),
): Float64Array {
  const cells = size * size;
  const norm = infinityNorm(matrix, size);
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = 2 ** -squarings;
  const { a, a2, a4, a6, u, v, t } = workspaceFor(size);
  for (let i = 0; i < cells; i += 1) a[i] = matrix[i]! * scale;
  multiplyInto(a2, a, a, size);
  multiplyInto(a4, a2, a2, size);
  multiplyInto(a6, a2, a4, size);
  // Odd part U = A (c1 I + c3 A² + c5 A⁴), even part V = c0 I + c2 A² + c4 A⁴ + c6 A⁶;
  // the approximant is (V − U)⁻¹ (V + U).
  for (let i = 0; i < cells; i += 1) {
    t[i] = pade[3] * a2[i]! + pade[5] * a4[i]!;
    v[i] = pade[2] * a2[i]! + pade[4] * a4[i]! + pade[6] * a6[i]!;
  }
  for (let d = 0; d < size; d += 1) {
    t[d * size + d]! += pade[1];
    v[d * size + d]! += pade[0];
  }
  multiplyInto(u, a, t, size);
  const numerator = out;
  const denominator = t;
  for (let i = 0; i < cells; i += 1) {
    numerator[i] = v[i]! + u[i]!;
    denominator[i] = v[i]! - u[i]!;
  }
  let result: Float64Array = solveInPlace(denominator, numerator, size);
  let spare: Float64Array = a2;
  for (let s = 0; s < squarings; s += 1) {
    multiplyInto(spare, result, result, size);
    [result, spare] = [spare, result];
  }
  if (result !== numerator) numerator.set(result);
  return numerator;
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
