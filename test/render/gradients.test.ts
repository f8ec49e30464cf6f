/**
 * The hand-derived gradients of the reflectance energy against central finite differences and
 * against tfjs autodiff of the same energy (wasm backend), on the canonical face mesh seen by two
 * cameras under two lightings, with residuals both inside and beyond the robust penalty's δ;
 * once with the interpolated normals and once through a tangent-space normal map (MikkTSpace
 * tangents as exported).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnergyGradient, ReflectanceEnergy, type EnergyGradient } from '../../server/render/energy.js';
import { shadeView, type Material, type ViewLighting } from '../../server/render/shade.js';
import { initTfjsReference, TfjsReflectanceEnergy } from '../../server/render/tfjs-reference.js';
import { buildShadingView } from '../../server/render/view.js';
import type { Texture } from '../../server/render/texture.js';
import { cornerTangents } from '../../server/reflectance/corner-tangents.js';
import { cloneLighting, cloneMaterial, faceCamera, faceMesh, lighting, material, smoothTexture } from './scene.js';

const mesh = faceMesh();
const tangents = await cornerTangents({ ...mesh });

/** A bumpy tangent-space normal map: unit vectors tilted up to ~`tilt` radians. */
function bumpyNormals(size: number, tilt: number, seed: number): Texture {
  const slopes = smoothTexture(size, size, [0, 0], tilt, seed);
  const data = new Float32Array(size * size * 3);
  for (let i = 0; i < size * size; i++) {
    const x = slopes.data[2 * i], y = slopes.data[2 * i + 1], l = Math.hypot(x, y, 1);
    data.set([x / l, y / l, 1 / l], 3 * i);
  }
  return { width: size, height: size, channels: 3, data };
}

function scenario(normalMapped: boolean) {
  const frames = normalMapped ? { tangents } : {};
  const views = [
    buildShadingView(mesh, faceCamera(96, 112, 230, 0), frames),
    buildShadingView(mesh, faceCamera(96, 112, 230, 0.35), frames),
  ];
  const truth = material(
    smoothTexture(32, 32, [0.6, 0.42, 0.33], 0.15, 1),
    smoothTexture(8, 8, [0.55], 0.3, 2),
    smoothTexture(4, 4, [0.45], 0.1, 3),
  );
  if (normalMapped) truth.normal = bumpyNormals(16, 0.3, 4);
  const trueLight = [lighting(0.3), lighting(-0.8)];
  // A rim light from behind on the second photo: grazing half-vectors make Fresnel's v·h term count.
  trueLight[1].direction.set([-1, 0.3, -0.45]);
  // The target: the truth rendered, plus a band of gross outliers (beyond δ) as hair or glasses give.
  for (let v = 0; v < views.length; v++) {
    const view = views[v];
    const energy = new ReflectanceEnergy([view], truth);
    shadeView(view, energy.taps[0], truth, trueLight[v], { colors: view.target });
    for (let i = 0; i < view.count; i += 17) view.target[3 * i + (i % 3)] += 0.3;
  }
  // The estimate the gradient is taken at: everything off the truth.
  const estimate = cloneMaterial(truth);
  estimate.albedo = smoothTexture(32, 32, [0.5, 0.45, 0.4], 0.1, 7);
  estimate.specular = smoothTexture(8, 8, [0.4], 0.25, 8);
  estimate.roughness = smoothTexture(4, 4, [0.5], 0.12, 9);
  if (normalMapped) estimate.normal = bumpyNormals(16, 0.25, 10);
  const estLight: ViewLighting[] = trueLight.map((l, v) => {
    const e = cloneLighting(l);
    for (let k = 0; k < 27; k++) e.sh[k] *= 0.8 + 0.03 * ((k * 7 + v) % 5);
    e.direction[0] += 0.2;
    e.direction[1] -= 0.1;
    e.color[1] *= 1.2;
    return e;
  });
  const energy = new ReflectanceEnergy(views, estimate);
  const gradient = createEnergyGradient(estimate, views.length);
  const value = energy.evaluate(estimate, estLight, gradient);
  return { views, estimate, estLight, energy, gradient, value };
}

/** Indices of the largest-magnitude entries among `candidates` (plus a few spread ones). */
function pick(grad: ArrayLike<number>, candidates: number[], n: number): number[] {
  const sorted = [...candidates].sort((a, b) => Math.abs(grad[b]) - Math.abs(grad[a]));
  const spread = candidates.filter((_, i) => i % Math.max(1, Math.floor(candidates.length / 3)) === 0);
  return [...new Set([...sorted.slice(0, n), ...spread])];
}

function expectClose(analytic: number, numeric: number, scale: number): void {
  expect(Math.abs(analytic - numeric)).toBeLessThanOrEqual(2e-3 * Math.abs(numeric) + 1e-4 * scale);
}

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

describe.each([
  ['interpolated normals', false],
  ['a normal map', true],
])('reflectance energy gradients with %s', (_, normalMapped) => {
  const { views, estimate, estLight, energy, gradient, value } = scenario(normalMapped);

  function energyAt(m: Material, l: ViewLighting[]): number {
    return energy.evaluate(m, l).total;
  }

  /** Central difference in one float32 entry, with the step the float32 array actually holds. */
  function finiteDifference(arr: Float32Array, k: number, h: number): number {
    const x = arr[k];
    arr[k] = x + h;
    const up = arr[k];
    const ePlus = energyAt(estimate, estLight);
    arr[k] = x - h;
    const down = arr[k];
    const eMinus = energyAt(estimate, estLight);
    arr[k] = x;
    return (ePlus - eMinus) / (up - down);
  }

  it('is evaluated on a scene where every term is active', () => {
    expect(views[0].count).toBeGreaterThan(3000);
    expect(views[1].count).toBeGreaterThan(3000);
    expect(value.photometric).toBeGreaterThan(0);
    for (const g of [gradient.material.albedo, gradient.material.specular, gradient.material.roughness]) {
      expect(maxAbs(g)).toBeGreaterThan(0);
    }
    expect(gradient.material.normal !== undefined).toBe(normalMapped);
    if (normalMapped) expect(maxAbs(gradient.material.normal!)).toBeGreaterThan(0);
    for (const l of gradient.lighting) {
      expect(maxAbs(l.sh)).toBeGreaterThan(0);
      expect(maxAbs(l.direction)).toBeGreaterThan(0);
      expect(maxAbs(l.color)).toBeGreaterThan(0);
    }
  });

  it('match finite differences for albedo, specular, roughness (and normal-map) texels', () => {
    const albedoEntries = Array.from(energy.touched.albedo).flatMap((t) => [3 * t, 3 * t + 1, 3 * t + 2]);
    const groups = [
      { arr: estimate.albedo.data, grad: gradient.material.albedo, entries: pick(gradient.material.albedo, albedoEntries, 8), h: 1e-3 },
      { arr: estimate.specular.data, grad: gradient.material.specular, entries: pick(gradient.material.specular, Array.from(energy.touched.specular), 6), h: 1e-3 },
      { arr: estimate.roughness.data, grad: gradient.material.roughness, entries: pick(gradient.material.roughness, Array.from(energy.touched.roughness), 6), h: 1e-3 },
    ];
    if (normalMapped) {
      const normalEntries = Array.from(energy.touched.normal).flatMap((t) => [3 * t, 3 * t + 1, 3 * t + 2]);
      groups.push({ arr: estimate.normal!.data, grad: gradient.material.normal!, entries: pick(gradient.material.normal!, normalEntries, 9), h: 1e-3 });
    }
    for (const { arr, grad, entries, h } of groups) {
      const scale = maxAbs(grad);
      for (const k of entries) expectClose(grad[k], finiteDifference(arr, k, h), scale);
    }
  });

  it('match finite differences for every SH coefficient, light direction and colour of each photo', () => {
    for (let v = 0; v < views.length; v++) {
      const g = gradient.lighting[v];
      const groups = [
        { arr: estLight[v].sh, grad: g.sh, h: 1e-3 },
        { arr: estLight[v].direction, grad: g.direction, h: 1e-3 },
        { arr: estLight[v].color, grad: g.color, h: 1e-3 },
      ];
      for (const { arr, grad, h } of groups) {
        const scale = maxAbs(grad);
        for (let k = 0; k < arr.length; k++) expectClose(grad[k], finiteDifference(arr, k, h), scale);
      }
    }
  });

  describe('against tfjs autodiff (wasm)', () => {
    let reference: { total: number; gradient: EnergyGradient };
    beforeAll(async () => {
      expect(await initTfjsReference('wasm')).toBe('wasm');
      const tfEnergy = new TfjsReflectanceEnergy(energy);
      reference = tfEnergy.evaluate(estimate, estLight);
      tfEnergy.dispose();
    });

    it('agrees on the energy', () => {
      expect(Math.abs(reference.total - value.total)).toBeLessThan(1e-5 * value.total);
    });

    it('agrees on every gradient entry', () => {
      const pairs: [ArrayLike<number>, ArrayLike<number>][] = [
        [gradient.material.albedo, reference.gradient.material.albedo],
        [gradient.material.specular, reference.gradient.material.specular],
        [gradient.material.roughness, reference.gradient.material.roughness],
        ...(normalMapped ? [[gradient.material.normal!, reference.gradient.material.normal!] as [ArrayLike<number>, ArrayLike<number>]] : []),
        ...gradient.lighting.flatMap((g, v): [ArrayLike<number>, ArrayLike<number>][] => [
          [g.sh, reference.gradient.lighting[v].sh],
          [g.direction, reference.gradient.lighting[v].direction],
          [g.color, reference.gradient.lighting[v].color],
        ]),
      ];
      for (const [ours, theirs] of pairs) {
        expect(ours.length).toBe(theirs.length);
        const scale = maxAbs(theirs);
        expect(scale).toBeGreaterThan(0);
        for (let k = 0; k < ours.length; k++) {
          expect(Math.abs(ours[k] - theirs[k])).toBeLessThanOrEqual(1e-3 * scale);
        }
      }
    });
  });
});
