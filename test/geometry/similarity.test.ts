import { describe, expect, it } from 'vitest';
import { solveSpd } from '../../server/geometry/cholesky.js';
import { apply3, mul3, quaternionFromRotation, rotationFromAxisAngle, rotationFromQuaternion, transpose3 } from '../../server/geometry/rotation.js';
import { alignSimilarity } from '../../server/geometry/similarity.js';
import { random, rotationAngle } from './synthetic.js';

describe('rotations', () => {
  it('round-trip between matrices and quaternions at every angle, including near 180 degrees', () => {
    const rnd = random(1);
    for (const angle of [0, 1e-9, 0.3, 1.5, 3.0, Math.PI - 1e-7, Math.PI]) {
      for (let k = 0; k < 20; k++) {
        const axis = [rnd.normal(), rnd.normal(), rnd.normal()];
        const len = Math.hypot(...axis);
        const r = rotationFromAxisAngle((axis[0] / len) * angle, (axis[1] / len) * angle, (axis[2] / len) * angle);
        expect(rotationAngle(mul3(transpose3(r), r))).toBeLessThan(1e-6);
        const q = quaternionFromRotation(r);
        expect(Math.hypot(...q)).toBeCloseTo(1, 12);
        expect(q[3]).toBeGreaterThanOrEqual(0);
        const back = rotationFromQuaternion(q);
        for (let i = 0; i < 9; i++) expect(back[i]).toBeCloseTo(r[i], 9);
        expect(rotationAngle(r)).toBeCloseTo(angle, 6);
      }
    }
  });

  it('rotate by the right-hand rule: +90 degrees about +Z takes +X to +Y', () => {
    const [x, y, z] = apply3(rotationFromAxisAngle(0, 0, Math.PI / 2), 1, 0, 0);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo(1, 12);
    expect(z).toBeCloseTo(0, 12);
  });
});

describe('alignSimilarity', () => {
  it('recovers a known scale, rotation and translation, also for rotations near 180 degrees', () => {
    const rnd = random(2);
    const n = 40;
    const src = Float64Array.from({ length: 3 * n }, () => rnd.normal());
    const ids = Uint32Array.from({ length: n }, (_, i) => i);
    const weights = Float64Array.from({ length: n }, () => 0.1 + rnd.uniform());
    for (const angle of [0.2, 2.0, 3.1]) {
      const rotation = rotationFromAxisAngle(angle * 0.48, angle * -0.6, angle * 0.64);
      const scale = 1234.5;
      const t = [3, -40, 17];
      const dst = new Float64Array(3 * n);
      for (let i = 0; i < n; i++) {
        const p = apply3(rotation, src[3 * i], src[3 * i + 1], src[3 * i + 2]);
        for (let a = 0; a < 3; a++) dst[3 * i + a] = scale * p[a] + t[a];
      }
      const sim = alignSimilarity(src, dst, ids, weights);
      expect(sim.scale).toBeCloseTo(scale, 6);
      expect(rotationAngle(mul3(transpose3(sim.rotation), rotation))).toBeLessThan(1e-7);
      for (let a = 0; a < 3; a++) expect(sim.translation[a]).toBeCloseTo(t[a], 5);
    }
  });

  it('gives a proper rotation, never a reflection, for mirrored targets', () => {
    const rnd = random(3);
    const n = 30;
    const src = Float64Array.from({ length: 3 * n }, () => rnd.normal());
    const dst = Float64Array.from(src, (v, k) => (k % 3 === 0 ? -v : v));
    const sim = alignSimilarity(src, dst, Uint32Array.from({ length: n }, (_, i) => i), new Float64Array(n).fill(1));
    const r = sim.rotation;
    const det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
    expect(det).toBeCloseTo(1, 9);
  });

  it('only uses the listed points, with their weights', () => {
    const src = Float64Array.of(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 50, 50, 50);
    const dst = Float64Array.from(src, (v) => 2 * v);
    dst.set([-7, 3, 99], 12); // the fifth point is wildly off but not listed
    const sim = alignSimilarity(src, dst, Uint32Array.of(0, 1, 2, 3), Float64Array.of(1, 2, 3, 4));
    expect(sim.scale).toBeCloseTo(2, 9);
    expect(rotationAngle(sim.rotation)).toBeLessThan(1e-7);
  });
});

describe('solveSpd', () => {
  it('solves a positive-definite system and refuses an indefinite one', () => {
    const a = Float64Array.of(4, 1, 0, 1, 3, 1, 0, 1, 2);
    const x = solveSpd(a, Float64Array.of(1, 2, 3), 3)!;
    const ax = [0, 1, 2].map((r) => a[3 * r] * x[0] + a[3 * r + 1] * x[1] + a[3 * r + 2] * x[2]);
    ax.forEach((v, r) => expect(v).toBeCloseTo([1, 2, 3][r], 12));
    expect(solveSpd(Float64Array.of(1, 2, 2, 1), Float64Array.of(1, 1), 2)).toBeNull();
  });
});
