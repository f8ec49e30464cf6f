/** The face mask: the convex hull of landmark points, filled at pixel centres. */
import { describe, expect, it } from 'vitest';
import { landmarkHullMask } from '../../server/reflectance/face-mask.js';

const count = (m: Uint8Array) => m.reduce((s, v) => s + v, 0);

describe('landmarkHullMask', () => {
  it('fills the hull of a square given with interior and collinear points, and nothing else', () => {
    const pts = Float32Array.of(10, 10, 30, 10, 30, 30, 10, 30, 20, 20, 15, 25, 20, 10, 30, 20);
    const mask = landmarkHullMask(pts, 8, 40, 40);
    expect(count(mask)).toBe(400);
    expect(mask[10 * 40 + 10]).toBe(1);
    expect(mask[29 * 40 + 29]).toBe(1);
    expect(mask[9 * 40 + 10]).toBe(0);
    expect(mask[10 * 40 + 30]).toBe(0);
  });

  it("covers a triangle's area, clipped to the image, and uses only the first `count` points", () => {
    const pts = Float32Array.of(0, 0, 40, 0, 0, 40, 100, 100);
    expect(Math.abs(count(landmarkHullMask(pts, 3, 64, 64)) - 800)).toBeLessThanOrEqual(40);
    expect(count(landmarkHullMask(Float32Array.of(-10, -10, 100, -10, 100, 100, -10, 100), 4, 16, 8))).toBe(128);
    expect(count(landmarkHullMask(Float32Array.of(1, 1, 5, 5), 2, 8, 8))).toBe(0);
  });
});
