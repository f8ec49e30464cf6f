/**
 * The bounded least-squares solver on problems shaped like the face fit's (an unbounded block and
 * a block bounded to [0, 1]), checked against the optimality (KKT) conditions, which hold exactly
 * at the solution and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { boundedLeastSquares } from '../../server/geometry/ict/bounded-least-squares.js';

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

function problem(seed: number, n: number, rows: number) {
  const r = random(seed);
  const j = Float64Array.from({ length: rows * n }, r);
  const y = Float64Array.from({ length: rows }, () => 3 * r());
  const h = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    for (let e = 0; e < rows; e++) b[p] += j[e * n + p] * y[e];
    for (let q = 0; q < n; q++) for (let e = 0; e < rows; e++) h[p * n + q] += j[e * n + p] * j[e * n + q];
    h[p * n + p] += 0.1;
  }
  return { h, b };
}

describe('boundedLeastSquares', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`meets the optimality conditions (seed ${seed})`, () => {
      const n = 40;
      const free = 15; // unbounded, like the identity; the rest in [0, 1], like expressions
      const { h, b } = problem(seed, n, 60);
      const lo = Float64Array.from({ length: n }, (_, i) => (i < free ? -Infinity : 0));
      const hi = Float64Array.from({ length: n }, (_, i) => (i < free ? Infinity : 1));
      const x = boundedLeastSquares(h, b, lo, hi, new Float64Array(n));
      let atBound = 0;
      for (let i = 0; i < n; i++) {
        let g = -b[i];
        for (let k = 0; k < n; k++) g += h[i * n + k] * x[k];
        expect(x[i]).toBeGreaterThanOrEqual(lo[i]);
        expect(x[i]).toBeLessThanOrEqual(hi[i]);
        // Gradient zero inside the box; at a bound, pointing out of the box.
        if (x[i] === lo[i]) {
          atBound++;
          expect(g).toBeGreaterThanOrEqual(-1e-9);
        } else if (x[i] === hi[i]) {
          atBound++;
          expect(g).toBeLessThanOrEqual(1e-9);
        } else {
          expect(Math.abs(g)).toBeLessThan(1e-9);
        }
      }
      // The problems are built so that the bounds matter.
      expect(atBound).toBeGreaterThan(3);
    });
  }

  it('returns the unconstrained solution when no bound is in the way', () => {
    const { h, b } = problem(9, 10, 30);
    const inf = new Float64Array(10).fill(Infinity);
    const x = boundedLeastSquares(h, b, inf.map(() => -Infinity), inf, new Float64Array(10));
    for (let i = 0; i < 10; i++) {
      let g = -b[i];
      for (let k = 0; k < 10; k++) g += h[i * 10 + k] * x[k];
      expect(Math.abs(g)).toBeLessThan(1e-10);
    }
  });
});
