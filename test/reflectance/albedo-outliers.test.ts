/**
 * The albedo-outlier measure of `fitme eval` on hand-made renders: skin of one colour, with a
 * patch of another colour placed on one of its landmark regions.
 */
import { describe, expect, it } from 'vitest';
import { albedoOutliers, FACE_EDGE_REGIONS } from '../../server/reflectance/albedo-outliers.js';

const W = 200, H = 200;
const SKIN = [0.5, 0.22, 0.12];

/** 478 landmarks: eye corners 100 px apart (regions of radius 8 px), each region's points on its own row. */
function landmarks(): Float32Array {
  const l = new Float32Array(478 * 2).fill(-1000);
  l.set([50, 20], 2 * 33);
  l.set([150, 20], 2 * 263);
  Object.values(FACE_EDGE_REGIONS).forEach((points, row) => points.forEach((k, i) => l.set([20 + 10 * i, 60 + 50 * row], 2 * k)));
  return l;
}

function render(patch?: { row: number; color: number[] }): Float32Array {
  const c = new Float32Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inPatch = patch && Math.abs(y - (60 + 50 * patch.row)) <= 3 && x >= 15 && x < 60;
      c.set(inPatch ? patch.color : SKIN, 3 * (y * W + x));
    }
  }
  return c;
}

describe('albedoOutliers', () => {
  const mask = new Uint8Array(W * H).fill(1);
  it('finds none on uniform skin', () => {
    expect(albedoOutliers(render(), mask, W, H, landmarks())).toEqual({ nostrils: 0, lipLine: 0, cheekEdges: 0 });
  });

  it('counts yellow and overly bright pixels in their region only; redder and dark ones are not outliers', () => {
    const yellow = albedoOutliers(render({ row: 0, color: [0.5, 0.45, 0.15] }), mask, W, H, landmarks());
    expect(yellow.nostrils).toBeGreaterThan(0.05);
    expect(yellow.lipLine).toBe(0);
    expect(yellow.cheekEdges).toBe(0);
    const bright = albedoOutliers(render({ row: 2, color: [1, 0.44, 0.24] }), mask, W, H, landmarks());
    expect(bright.cheekEdges).toBeGreaterThan(0.05);
    expect(bright.nostrils).toBe(0);
    const red = albedoOutliers(render({ row: 1, color: [0.5, 0.1, 0.08] }), mask, W, H, landmarks());
    expect(red.lipLine).toBe(0);
    const dark = albedoOutliers(render({ row: 1, color: [0.02, 0.03, 0.01] }), mask, W, H, landmarks());
    expect(dark.lipLine).toBe(0);
  });

  it('gives NaN for a region outside the mask', () => {
    const m = new Uint8Array(W * H);
    expect(albedoOutliers(render(), m, W, H, landmarks()).nostrils).toBeNaN();
  });
});
