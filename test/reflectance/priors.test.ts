/**
 * The reflectance fit's priors: each one's analytic gradient against central finite differences
 * (float64 copies of the maps, so the differences are exact enough), on the canonical mesh's UV
 * layout with its real mirror map, at values away from any optimum.
 */
import { describe, expect, it } from 'vitest';
import type { EnergyGradient, MapName, Prior } from '../../server/render/energy.js';
import type { Material } from '../../server/render/shade.js';
import type { Texture } from '../../server/render/texture.js';
import { chromaSmoothnessPrior, lowFrequencyPrior, mirrorPrior, smoothnessPrior, targetPrior } from '../../server/reflectance/priors.js';
import { mirrorTaps, texelChart } from '../../server/reflectance/texel-chart.js';
import { faceMesh } from './scene.js';

const SIZE = 24;
const { mesh, mirror } = faceMesh();
const chart = texelChart(mesh, SIZE);
const active = new Uint8Array(SIZE * SIZE);
for (const o of chart.inside) active[o] = 1;

function noisy(channels: number, base: number[], amplitude: number, seed: number): Texture {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 4294967296);
  const data = new Float32Array(SIZE * SIZE * channels);
  for (let i = 0; i < data.length; i++) data[i] = base[i % channels] + amplitude * (random() - 0.5);
  return { width: SIZE, height: SIZE, channels, data };
}

function material(): Material {
  return {
    albedo: noisy(3, [0.5, 0.32, 0.22], 0.2, 1),
    specular: noisy(1, [0.6], 0.4, 2),
    roughness: noisy(1, [0.5], 0.3, 3),
    normal: noisy(3, [0, 0, 0.95], 0.5, 4),
    specularColorFactor: 1,
    specularFactor: 1,
  };
}

function gradientFor(m: Material): EnergyGradient {
  return {
    material: {
      albedo: new Float32Array(m.albedo.data.length),
      specular: new Float32Array(m.specular.data.length),
      roughness: new Float32Array(m.roughness.data.length),
      normal: new Float32Array(m.normal!.data.length),
    },
    lighting: [],
  };
}

/** Central differences on a float64 copy of the map, the prior evaluated through a float32 view only at the end. */
function checkGradient(prior: Prior, map: MapName): void {
  const m = material();
  const g = gradientFor(m);
  prior.evaluate(m, [], g);
  const analytic = g.material[map]!;
  const data = m[map]!.data;
  const touched = prior.touched?.[map];
  expect(touched && touched.length).toBeGreaterThan(0);
  const channels = m[map]!.channels;
  const entries = Array.from(touched!).filter((_, i) => i % 7 === 0).flatMap((t) => Array.from({ length: channels }, (_, c) => t * channels + c));
  let largest = 0;
  for (let k = 0; k < analytic.length; k++) largest = Math.max(largest, Math.abs(analytic[k]));
  expect(largest).toBeGreaterThan(0);
  for (const k of entries) {
    const x = data[k], h = 1e-3;
    data[k] = x + h;
    const up = prior.evaluate(m, []);
    const hUp = data[k] - x;
    data[k] = x - h;
    const down = prior.evaluate(m, []);
    const hDown = x - data[k];
    data[k] = x;
    const numeric = (up - down) / (hUp + hDown);
    expect(Math.abs(analytic[k] - numeric)).toBeLessThanOrEqual(3e-3 * Math.abs(numeric) + 1e-4 * largest);
  }
  // Nothing outside the prior's declared texels.
  const declared = new Set(Array.from(touched!));
  for (let k = 0; k < analytic.length; k++) if (analytic[k] !== 0) expect(declared.has(Math.floor(k / channels))).toBe(true);
}

describe('reflectance priors', () => {
  it('smoothness (one and three channels) has its analytic gradient', () => {
    checkGradient(smoothnessPrior('specular', SIZE, active, 0.7), 'specular');
    checkGradient(smoothnessPrior('albedo', SIZE, active, 0.7), 'albedo');
  });

  it('chromaticity smoothness has its analytic gradient and ignores brightness', () => {
    checkGradient(chromaSmoothnessPrior('albedo', SIZE, active, 1.5, 0.02), 'albedo');
    // A map of one chromaticity at any brightness costs nothing.
    const m = material();
    for (let i = 0; i < SIZE * SIZE; i++) {
      const k = 0.2 + (i % 5) * 0.1;
      m.albedo.data.set([0.5 * k, 0.3 * k, 0.2 * k], 3 * i);
    }
    expect(chromaSmoothnessPrior('albedo', SIZE, active, 1.5, 0.02).evaluate(m, [])).toBeCloseTo(0, 12);
  });

  it('symmetry has its analytic gradient on the mesh’s mirror map', () => {
    const taps = mirrorTaps(chart, mesh, mirror);
    expect(taps.texels.length).toBeGreaterThan(0.9 * chart.inside.length);
    checkGradient(mirrorPrior('albedo', taps, 0.3), 'albedo');
    checkGradient(mirrorPrior('specular', taps, 0.3), 'specular');
  });

  it('a pull towards target values has its analytic gradient', () => {
    const target = new Float32Array(SIZE * SIZE).fill(0.4);
    const weights = new Float32Array(SIZE * SIZE).map((_, i) => 0.5 + (i % 3));
    checkGradient(targetPrior('roughness by region', 'roughness', chart.inside, target, 0.2, weights), 'roughness');
  });

  it('low frequencies of the normal map have their analytic gradient, and a texel-scale pattern costs far less than a tilt', () => {
    const prior = lowFrequencyPrior('normal', SIZE, active, 2, 0.3);
    checkGradient(prior, 'normal');
    const m = material();
    const tilt = 0.1;
    for (let i = 0; i < SIZE * SIZE; i++) m.normal!.data.set([tilt, 0, 1], 3 * i);
    const uniform = prior.evaluate(m, []);
    for (let i = 0; i < SIZE * SIZE; i++) m.normal!.data.set([((i % SIZE) + Math.floor(i / SIZE)) % 2 ? tilt : -tilt, 0, 1], 3 * i);
    expect(prior.evaluate(m, [])).toBeLessThan(0.05 * uniform);
  });
});
