/**
 * Minimises 1/2 x^T H x - b^T x for a small symmetric positive-definite H (row-major n x n) with
 * box bounds lo <= x <= hi (either may be infinite), by a primal active-set method: solve for the
 * free variables with the bound ones held, step back to the first bound crossed and hold it there,
 * and at each active set's optimum free the held variables whose gradient pulls them inside.
 * Exact at convergence; for the ~150–300 unknowns of a face fit a handful of Cholesky solves.
 */
import { solveSpd } from '../cholesky.js';

const PULL_TOLERANCE = 1e-10;

/** `start` must lie within the bounds (it is clamped); it decides the first active set. */
export function boundedLeastSquares(h: Float64Array, b: Float64Array, lo: Float64Array, hi: Float64Array, start: Float64Array): Float64Array {
  const n = b.length;
  const x = new Float64Array(n);
  // 0 free, -1 held at lo, +1 held at hi.
  const held = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = Math.min(hi[i], Math.max(lo[i], start[i]));
    if (x[i] === lo[i]) held[i] = -1;
    else if (x[i] === hi[i]) held[i] = 1;
  }
  for (let iteration = 0; iteration < 4 * n + 10; iteration++) {
    const free: number[] = [];
    for (let i = 0; i < n; i++) if (held[i] === 0) free.push(i);
    const target = solveFree(h, b, x, free, n);
    // Move towards the free solution as far as the bounds allow.
    let step = 1;
    let blocking = -1;
    for (let k = 0; k < free.length; k++) {
      const i = free[k];
      const d = target[k] - x[i];
      if (d < 0 && lo[i] > -Infinity && x[i] + d < lo[i]) {
        const s = (lo[i] - x[i]) / d;
        if (s < step) [step, blocking] = [s, i];
      } else if (d > 0 && hi[i] < Infinity && x[i] + d > hi[i]) {
        const s = (hi[i] - x[i]) / d;
        if (s < step) [step, blocking] = [s, i];
      }
    }
    for (let k = 0; k < free.length; k++) x[free[k]] += step * (target[k] - x[free[k]]);
    if (blocking >= 0) {
      const d = x[blocking] - lo[blocking];
      held[blocking] = d <= hi[blocking] - x[blocking] ? -1 : 1;
      x[blocking] = held[blocking] < 0 ? lo[blocking] : hi[blocking];
      continue;
    }
    // At the optimum for this active set: release every held variable whose gradient pulls it
    // inside (all at once: most of a face's expression weights sit at 0, and releasing them one
    // by one would cost a solve each).
    let released = 0;
    for (let i = 0; i < n; i++) {
      if (held[i] === 0) continue;
      let g = -b[i];
      for (let j = 0; j < n; j++) g += h[i * n + j] * x[j];
      // Held at lo, the objective falls going up when g < 0; held at hi, going down when g > 0.
      const pull = held[i] < 0 ? -g : g;
      if (pull > PULL_TOLERANCE * (1 + Math.abs(b[i]))) {
        held[i] = 0;
        released++;
      }
    }
    if (released === 0) return x;
  }
  return x;
}

/** The minimiser over the free variables, the others fixed at their current values. */
function solveFree(h: Float64Array, b: Float64Array, x: Float64Array, free: number[], n: number): Float64Array {
  const m = free.length;
  const hf = new Float64Array(m * m);
  const bf = new Float64Array(m);
  const isFree = new Uint8Array(n);
  for (const i of free) isFree[i] = 1;
  for (let r = 0; r < m; r++) {
    const i = free[r];
    let s = b[i];
    for (let j = 0; j < n; j++) if (!isFree[j]) s -= h[i * n + j] * x[j];
    bf[r] = s;
    for (let c = 0; c < m; c++) hf[r * m + c] = h[i * n + free[c]];
  }
  const solved = solveSpd(hf, bf, m);
  if (!solved) throw new Error('boundedLeastSquares: the system is not positive definite');
  return solved;
}
