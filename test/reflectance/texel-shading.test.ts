/**
 * De-lighting one texel (texel-shading.ts's delightSample) on a hand-made shading grid: the
 * division by the fitted shading, the lean on the coarse albedo, and what happens where the
 * shading was underestimated so much that the albedo would exceed 1.
 */
import { describe, expect, it } from 'vitest';
import { delightSample, type TexelShading } from '../../server/reflectance/texel-shading.js';

/** A 1×1 grid: diffuse, specular, reliability, coarse albedo (texel-shading.ts's layout). */
function grid(diffuse: number[], specular: number[], reliability: number, coarse: number[]): TexelShading {
  return { size: 1, values: Float32Array.from([...diffuse, ...specular, reliability, ...coarse]) };
}

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
});
