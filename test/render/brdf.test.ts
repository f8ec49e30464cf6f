import { describe, expect, it } from 'vitest';
import { ggxLobe, schlickWeight, schlickWeightDerivative } from '../../server/render/brdf.js';

/** glTF 2.0 Appendix B, written out as the specification states it. */
function specD(NdotH: number, alpha: number): number {
  const a2 = alpha * alpha;
  const d = NdotH * NdotH * (a2 - 1) + 1;
  return a2 / (Math.PI * d * d);
}
function specV(NdotL: number, NdotV: number, alpha: number): number {
  const a2 = alpha * alpha;
  return 0.5 / (NdotL * Math.sqrt(NdotV * NdotV * (1 - a2) + a2) + NdotV * Math.sqrt(NdotL * NdotL * (1 - a2) + a2));
}

const out = new Float64Array(5);
const lobe = (NdotL: number, NdotV: number, NdotH: number, alpha2: number) => {
  ggxLobe(NdotL, NdotV, NdotH, alpha2, out);
  return Array.from(out);
};

describe('glTF dielectric specular lobe', () => {
  const samples: [number, number, number, number][] = [];
  for (const roughness of [0.15, 0.4, 0.7, 1]) {
    for (const [l, v, h] of [[0.9, 0.8, 0.95], [0.3, 0.95, 0.7], [0.05, 0.6, 0.5], [1, 1, 1], [0.6, 0.1, 0.99]]) {
      samples.push([l, v, h, roughness]);
    }
  }

  it('is D × V of the specification with α = roughness²', () => {
    for (const [l, v, h, r] of samples) {
      const alpha = r * r;
      expect(lobe(l, v, h, alpha * alpha)[0]).toBeCloseTo(specD(h, alpha) * specV(l, v, alpha), 10);
    }
  });

  it('has a normalised distribution: ∫ D (n·h) dω = 1', () => {
    for (const r of [0.2, 0.5, 1]) {
      const alpha = r * r;
      let integral = 0;
      const steps = 200000;
      for (let i = 0; i < steps; i++) {
        const theta = ((i + 0.5) / steps) * (Math.PI / 2);
        integral += specD(Math.cos(theta), alpha) * Math.cos(theta) * Math.sin(theta);
      }
      expect(integral * 2 * Math.PI * (Math.PI / 2 / steps)).toBeCloseTo(1, 3);
    }
  });

  it('has partial derivatives that match central differences', () => {
    const h = 1e-6;
    const close = (analytic: number, numeric: number) =>
      expect(Math.abs(analytic - numeric)).toBeLessThanOrEqual(1e-4 * Math.abs(numeric) + 1e-6);
    for (const [l, v, nh, r] of samples) {
      const a2 = r ** 4;
      const [, dL, dH, dA, dV] = lobe(l, v, nh, a2);
      const fd = (f: (e: number) => number) => (f(h) - f(-h)) / (2 * h);
      if (l < 1) close(dL, fd((e) => lobe(l + e, v, nh, a2)[0]));
      if (nh < 1) close(dH, fd((e) => lobe(l, v, nh + e, a2)[0]));
      close(dA, fd((e) => lobe(l, v, nh, a2 + e)[0]));
      if (v < 1) close(dV, fd((e) => lobe(l, v + e, nh, a2)[0]));
    }
  });

  it('gives 0, not NaN, where light and view both graze', () => {
    expect(lobe(0, 0, 0.5, 0.2)).toEqual([0, 0, 0, 0, 0]);
  });

  it('uses Schlick’s (1 − v·h)⁵ and its derivative', () => {
    for (const x of [0, 0.2, 0.5, 0.9, 1]) {
      expect(schlickWeight(x)).toBeCloseTo((1 - x) ** 5, 12);
      expect(schlickWeightDerivative(x)).toBeCloseTo(-5 * (1 - x) ** 4, 12);
    }
  });
});
