/**
 * De-lighting one texel (texel-shading.ts's delightSample) on a hand-made shading grid: the
 * division by the fitted shading, the lean on the coarse albedo, and what happens where the
 * shading was underestimated so much that the albedo would exceed 1.
 */
import { describe, expect, it } from 'vitest';
import { delightSample, type TexelShading } from '../../server/reflectance/texel-shading.js';

/** A 1×1 grid: diffuse, specular, reliability, coarse albedo, the fit's weight there (texel-shading.ts's layout). */
function grid(diffuse: number[], specular: number[], reliability: number, coarse: number[], fitted = 1): TexelShading {
  return { size: 1, values: Float32Array.from([...diffuse, ...specular, reliability, ...coarse, fitted]) };
}
const luma = (c: ArrayLike<number>) => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];

describe('delightSample', () => {
  it('divides the specular-free colour by the diffuse shading, and leans on the coarse albedo as reliability falls', () => {
    const sample = Float32Array.of(1, 0.5, 0.3, 0.2, 0, 0, 0);
    expect(delightSample(grid([1, 0.8, 0.5], [0.1, 0.1, 0.1], 1, [0, 0, 0]), 0.5, 0.5, sample)).toBe(1);
    expect(Array.from(sample.subarray(1, 4))).toEqual([0.4, 0.25, 0.2].map((v) => expect.closeTo(v, 6)));
    const half = Float32Array.of(1, 0.5, 0.3, 0.2, 0, 0, 0);
    expect(delightSample(grid([1, 0.8, 0.5], [0.1, 0.1, 0.1], 0.5, [0.2, 0.1, 0.05]), 0.5, 0.5, half)).toBe(0.5);
    expect(Array.from(half.subarray(1, 4))).toEqual([0.3, 0.175, 0.125].map((v) => expect.closeTo(v, 6)));
  });

  it('keeps the colour of an albedo above 1, scaling it down whole instead of clipping its red', () => {
    // Skin-coloured light 0.8, 0.3, 0.2 over shading 0.4: albedo 2, 0.75, 0.5 before the limit.
    const sample = Float32Array.of(1, 0.8, 0.3, 0.2, 0, 0, 0);
    delightSample(grid([0.4, 0.4, 0.4], [0, 0, 0], 1, [0, 0, 0]), 0.5, 0.5, sample);
    const [r, g, b] = sample.subarray(1, 4);
    expect(r).toBeCloseTo(1, 6);
    expect(r / g).toBeCloseTo(0.8 / 0.3, 5);
    expect(r / b).toBeCloseTo(0.8 / 0.2, 5);
  });

  it('takes the coarse albedo\'s chromaticity where the fit did not explain the photo, keeping the de-lit brightness up to 1.3 times the coarse one', () => {
    // Shading with too little green: de-lit 0.5, 0.5, 0.2, yellow.
    const coarse = [0.8, 0.35, 0.2];
    const unfitted = Float32Array.of(1, 0.4, 0.2, 0.1, 0, 0, 0);
    delightSample(grid([0.8, 0.4, 0.5], [0, 0, 0], 1, coarse, 0), 0.5, 0.5, unfitted);
    const got = unfitted.subarray(1, 4);
    expect(luma(got)).toBeCloseTo(luma([0.5, 0.5, 0.2]), 6);
    expect(got[0] / got[1]).toBeCloseTo(coarse[0] / coarse[1], 5);
    expect(got[2] / got[1]).toBeCloseTo(coarse[2] / coarse[1], 5);
    // Far brighter than the coarse albedo where unfitted: limited to 1.3 times its luminance.
    const bright = Float32Array.of(1, 0.4, 0.2, 0.1, 0, 0, 0);
    const dim = [0.5, 0.2, 0.1];
    delightSample(grid([0.4, 0.2, 0.25], [0, 0, 0], 1, dim, 0), 0.5, 0.5, bright);
    expect(luma(bright.subarray(1, 4))).toBeCloseTo(1.3 * luma(dim), 6);
    expect(bright[1] / bright[2]).toBeCloseTo(dim[0] / dim[1], 5);
    // Half-fitted: half way between the two colours.
    const half = Float32Array.of(1, 0.4, 0.2, 0.1, 0, 0, 0);
    delightSample(grid([0.8, 0.4, 0.5], [0, 0, 0], 1, coarse, 0.5), 0.5, 0.5, half);
    for (let k = 0; k < 3; k++) expect(half[1 + k]).toBeCloseTo(0.5 * [0.5, 0.5, 0.2][k] + 0.5 * got[k], 6);
  });
});
