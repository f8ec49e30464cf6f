/**
 * The photometric pass split over worker threads (pixel-pool.ts) against the single-threaded
 * pass, on views of the sample portrait as the reflectance fit builds them (real photo, detected
 * face, fitted geometry, MikkTSpace tangents, a normal map): the same energy and gradient up to the
 * order floating-point sums are taken in, at every split the balancing picks; and a worker that
 * dies fails the step with a clear error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import { selectFace } from '../../server/detect/select.js';
import { mediapipeModel } from '../../server/geometry/mediapipe-model.js';
import { decodePhoto } from '../../server/image/decode.js';
import { cornerTangents } from '../../server/reflectance/corner-tangents.js';
import { pixelsPerUv, scalePhoto } from '../../server/reflectance/photo-scale.js';
import { smoothnessPrior } from '../../server/reflectance/priors.js';
import { ReflectanceDescent } from '../../server/render/descent.js';
import { createEnergyGradient, ReflectanceEnergy, type EnergyGradient, type EnergyValue } from '../../server/render/energy.js';
import { livePixelWorkers, PixelPool } from '../../server/render/pixel-pool.js';
import type { Material, ViewLighting } from '../../server/render/shade.js';
import { buildShadingView, type ShadingView } from '../../server/render/view.js';
import { FitError } from '../../server/types.js';
import { SAMPLES } from '../support/daemon.js';
import { cloneLighting, lighting, smoothTexture } from './scene.js';

const SIZE = 128;
let views: ShadingView[];

beforeAll(async () => {
  const detector = await FaceDetector.load();
  const photo = await decodePhoto(new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'grace_hopper.jpg'))), 0, 'grace_hopper.jpg', { maxPixels: 50e6 });
  const face = selectFace(await detector.detect(photo.image), photo, 0, { warn: () => {} });
  detector.dispose();
  const hooks = { progress: () => {}, warn: () => {}, checkCancelled: () => {} };
  const { mesh, cameras } = await mediapipeModel.fit([{ photo, face }], hooks, [0, 1]);
  const tangents = await cornerTangents(mesh);
  // Two views of the photo, at about one pixel per texel as the fit's second level and coarser, so ranges span views.
  const density = pixelsPerUv(mesh, cameras[0]);
  views = [];
  for (const k of [1, 0.6]) {
    const { image, camera } = await scalePhoto(photo.image, cameras[0], Math.min(1, (k * SIZE) / density));
    const view = buildShadingView(mesh, camera, { photo: image, tangents });
    for (let i = 0; i < view.count; i++) view.weight[i] = 0.25 + 0.75 * ((i % 7) / 6);
    views.push(view);
  }
}, 120_000);

afterAll(() => expect(livePixelWorkers()).toBe(0));

function startMaterial(): Material {
  const normal = smoothTexture(SIZE, SIZE, [0.1, -0.05, 1], 0.2, 4);
  return {
    albedo: smoothTexture(SIZE, SIZE, [0.5, 0.35, 0.28], 0.1, 1),
    specular: smoothTexture(32, 32, [0.5], 0.2, 2),
    roughness: smoothTexture(16, 16, [0.45], 0.1, 3),
    normal,
    specularColorFactor: 1,
    specularFactor: 1,
  };
}

function copyMaterial(m: Material): Material {
  const copy = (t: Material['albedo']) => ({ ...t, data: t.data.slice() });
  return { ...m, albedo: copy(m.albedo), specular: copy(m.specular), roughness: copy(m.roughness), normal: copy(m.normal!) };
}

function energyFor(m: Material): ReflectanceEnergy {
  const all = new Uint8Array(SIZE * SIZE).fill(1);
  return new ReflectanceEnergy(views, m, { priors: [smoothnessPrior('albedo', SIZE, all, 0.1), smoothnessPrior('normal', SIZE, all, 0.05)] });
}

const lights = (): ViewLighting[] => [lighting(0.3), lighting(-0.4)];

function expectSameGradient(split: EnergyGradient, single: EnergyGradient, energy: ReflectanceEnergy): void {
  for (const name of ['albedo', 'specular', 'roughness', 'normal'] as const) {
    const a = split.material[name]!, b = single.material[name]!;
    let max = 0, diff = 0;
    for (let i = 0; i < b.length; i++) {
      max = Math.max(max, Math.abs(b[i]));
      diff = Math.max(diff, Math.abs(a[i] - b[i]));
    }
    expect(max, name).toBeGreaterThan(0);
    expect(diff / max, name).toBeLessThan(1e-5);
    // Nothing outside the touched texels.
    const touched = new Set(Array.from(energy.touched[name]));
    const ch = b.length / (name === 'albedo' || name === 'normal' ? SIZE * SIZE : name === 'specular' ? 32 * 32 : 16 * 16);
    for (let i = 0; i < a.length; i++) if (!touched.has(Math.floor(i / ch))) expect(a[i]).toBe(0);
  }
  split.lighting.forEach((l, v) => {
    for (const key of ['sh', 'direction', 'color'] as const) {
      const a = l[key], b = single.lighting[v][key];
      const max = Math.max(...Array.from(b, Math.abs));
      for (let k = 0; k < b.length; k++) expect(Math.abs(a[k] - b[k])).toBeLessThan(1e-9 * max);
    }
  });
}

function expectSameValue(a: EnergyValue, b: EnergyValue): void {
  expect(Math.abs(a.photometric - b.photometric)).toBeLessThan(1e-10 * b.photometric);
  expect(Math.abs(a.total - b.total)).toBeLessThan(1e-10 * b.total);
  expect(a.priors).toEqual(b.priors);
}

describe('the photometric pass split over threads', { timeout: 120_000 }, () => {
  for (const threads of [2, 3]) {
    it(`${threads} threads: the energy and gradient of the single-threaded pass, at every step`, async () => {
      const m = startMaterial(), light = lights();
      const energy = energyFor(m);
      const single = createEnergyGradient(m, views.length);
      const expected = energy.evaluate(m, light, single);
      const forward = energy.evaluate(m, light);

      const pool = PixelPool.open(threads)!;
      try {
        const shared = copyMaterial(m);
        const pass = pool.bind(energy, shared);
        expect(shared.albedo.data.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(shared.albedo.data).toEqual(m.albedo.data);
        for (let step = 0; step < 6; step++) {
          const gradient = createEnergyGradient(m, views.length);
          expectSameValue(await energy.evaluateSplit(pass, shared, light, gradient), expected);
          expectSameGradient(gradient, single, energy);
          expectSameValue(await energy.evaluateSplit(pass, shared, light), forward);
        }
        // Maps the caller replaced after bind are read too.
        const other = copyMaterial(m);
        other.albedo.data.fill(0.3);
        const g1 = createEnergyGradient(m, views.length), g2 = createEnergyGradient(m, views.length);
        expectSameValue(await energy.evaluateSplit(pass, other, light, g1), energy.evaluate(other, light, g2));
        expectSameGradient(g1, g2, energy);
      } finally {
        await pool.close();
      }
    });
  }

  it('a descent split over 2 threads follows the single-threaded descent', async () => {
    const run = async (threads: number) => {
      const m = startMaterial(), light = lights().map(cloneLighting);
      const energy = energyFor(m);
      const pool = PixelPool.open(threads);
      try {
        const pass = pool?.bind(energy, m);
        const descent = new ReflectanceDescent(energy, m, light);
        const totals: number[] = [];
        for (let i = 0; i < 8; i++) totals.push((await (pass ? descent.stepWith(energy.split(pass)) : descent.step())).total);
        return { totals, albedo: m.albedo.data };
      } finally {
        await pool?.close();
      }
    };
    const one = await run(1), two = await run(2);
    expect(two.totals[7]).toBeLessThan(two.totals[0]);
    two.totals.forEach((t, i) => expect(Math.abs(t - one.totals[i])).toBeLessThan(1e-6 * one.totals[i]));
    let diff = 0;
    for (let i = 0; i < one.albedo.length; i++) diff = Math.max(diff, Math.abs(two.albedo[i] - one.albedo[i]));
    expect(diff).toBeLessThan(1e-4);
  });

  it('a worker that dies fails the step with a clear fit error; close stops the others', async () => {
    const m = startMaterial(), light = lights();
    const energy = energyFor(m);
    const pool = PixelPool.open(3)!;
    try {
      const pass = pool.bind(energy, m);
      await energy.evaluateSplit(pass, m, light, createEnergyGradient(m, views.length));
      const workers = (pool as unknown as { workers: { thread: Worker }[] }).workers;
      // Dies between steps (a death during a step can lose the race with the step finishing, so the test would not be deterministic).
      await workers[1].thread.terminate();
      const err = await energy.evaluateSplit(pass, m, light, createEnergyGradient(m, views.length)).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(FitError);
      expect((err as FitError).code).toBe('INTERNAL');
      expect((err as FitError).message).toMatch(/pixel worker of the reflectance fit stopped/);
      // And every step after it.
      await expect(energy.evaluateSplit(pass, m, light)).rejects.toThrow(/pixel worker/);
    } finally {
      await pool.close();
    }
    expect(livePixelWorkers()).toBe(0);
  });
});
