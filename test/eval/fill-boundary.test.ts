/** fill-boundary.ts on maps made to know the answer: two tones meeting along a line, and a hole. */
import { describe, expect, it } from 'vitest';
import { ciede2000, linearRgbToLab } from '../../server/reflectance/eval.js';
import { fillBoundary } from '../../server/reflectance/fill-boundary.js';

const S = 128;
// One chart covering the whole map: two triangles over the unit square.
const uvs = Float32Array.of(0, 0, 1, 0, 1, 1, 0, 1);
const indices = Uint32Array.of(0, 1, 2, 0, 2, 3);
const lab = (rgb: number[]) => {
  const out = new Float64Array(3);
  linearRgbToLab(rgb[0], rgb[1], rgb[2], out);
  return out;
};

function maps(skin: number[], fill: number[], hole: number[]) {
  const albedo = new Float32Array(3 * S * S), confidence = new Float32Array(S * S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const t = y * S + x;
      // Observed on the left, filled on the right; a small unobserved hole inside the observed side.
      const inHole = Math.hypot(x - 30, y - 64) < 6;
      const observed = x < 64 && !inHole;
      confidence[t] = observed ? 0.9 : 0;
      albedo.set(observed ? skin : inHole ? hole : fill, 3 * t);
    }
  }
  return { albedo: { width: S, height: S, channels: 3, data: albedo }, confidence: { width: S, height: S, channels: 1, data: confidence } };
}

describe('fill boundary', () => {
  it('measures the tone and the step where the filled head meets the photographed face, not the holes inside it', () => {
    const skin = [0.5, 0.3, 0.2], fill = [0.45, 0.3, 0.22];
    const m = maps(skin, fill, [0.02, 0.02, 0.02]);
    const r = fillBoundary(m.albedo, m.confidence, uvs, indices, 0.5);
    const [a, b] = [lab(skin), lab(fill)];
    const expected = ciede2000(a[0], a[1], a[2], b[0], b[1], b[2]);
    expect(expected).toBeGreaterThan(2);
    expect(r.toneDeltaE00).toBeCloseTo(expected, 3);
    // The dark hole would raise the step far above the tone difference if it were counted.
    expect(r.stepDeltaE00).toBeCloseTo(expected, 3);
    expect(r.textureDeltaE00).toBe(0);
    expect(r.observedTexels).toBeGreaterThan(0);
    expect(r.filledTexels).toBeGreaterThan(0);
  });

  it('is 0 where the fill continues the skin exactly', () => {
    const m = maps([0.5, 0.3, 0.2], [0.5, 0.3, 0.2], [0.5, 0.3, 0.2]);
    const r = fillBoundary(m.albedo, m.confidence, uvs, indices, 0.5);
    expect(r.toneDeltaE00).toBe(0);
    expect(r.stepDeltaE00).toBe(0);
  });
});
