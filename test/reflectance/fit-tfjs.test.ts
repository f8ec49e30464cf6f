/**
 * The reflectance fit with its energy evaluated by tfjs (fitReflectance's `energy: 'tfjs'`; here on
 * wasm, the backend face detection started) on the sample portrait through the real detector and
 * geometry fit, fast preset: it ends where the analytic fit ends, keeps no tensor from one
 * iteration to the next nor after the fit (done, cancelled or failed), and `auto` picks the
 * analytic energy where tfjs has no GPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { difference } from '../support/difference.js';
import { detectionBackend } from '../../server/detect/backend.js';
import { FaceDetector } from '../../server/detect/faces.js';
import { selectFace } from '../../server/detect/select.js';
import { mediapipeModel } from '../../server/geometry/mediapipe-model.js';
import { decodePhoto } from '../../server/image/decode.js';
import type { BakeView } from '../../server/reflectance/bake.js';
import { chooseEnergy } from '../../server/reflectance/descent-evaluators.js';
import { fitReflectance, REFLECTANCE_PRESETS, type FitState, type FittedReflectance, type ReflectanceFitOptions } from '../../server/reflectance/fit.js';
import { FitError, type MeshBuffers } from '../../server/types.js';
import { SAMPLES } from '../support/daemon.js';
import { quietHooks } from './scene.js';

const SIZE = 256;
const preset = REFLECTANCE_PRESETS.fast;

let detector: FaceDetector;
let mesh: MeshBuffers, mirror: Uint32Array, views: BakeView[];
beforeAll(async () => {
  detector = await FaceDetector.load();
  const photo = await decodePhoto(new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'grace_hopper.jpg'))), 0, 'grace_hopper.jpg', { maxPixels: 50e6 });
  const face = selectFace(await detector.detect(photo.image), photo, 0, { warn: () => {} });
  const g = await mediapipeModel.fit([{ photo, face }], quietHooks(), [0, 1]);
  ({ mesh, mirror } = g);
  views = [{ image: photo.image, camera: g.cameras[0] }];
}, 120_000);
afterAll(() => detector?.dispose());

const fit = (opts: ReflectanceFitOptions, hooks = quietHooks()) => fitReflectance(mesh, mirror, views, SIZE, hooks, { preset, ...opts });

describe('the reflectance fit with the tfjs energy (wasm)', { timeout: 300_000 }, () => {
  it('ends where the analytic fit ends, with no tensor kept between iterations or after', async () => {
    const analytic: FittedReflectance = await fit({ energy: 'analytic' });
    const before = tf.memory().numTensors;
    const perIteration: number[] = [];
    const tfjs = await fit({ energy: 'tfjs', onIteration: (_s: FitState) => void perIteration.push(tf.memory().numTensors) });
    expect(tf.getBackend()).toBe('wasm');
    expect(tfjs.stats.energy).toBe('tfjs');
    expect(analytic.stats.energy).toBe('analytic');
    expect(tfjs.stats.iterations).toBe(analytic.stats.iterations);
    // The level's inputs are held as tensors while it runs, and nothing more accrues per step.
    expect(perIteration.length).toBe(preset.levels[0].iterations);
    expect(perIteration[0]).toBeGreaterThan(before);
    expect(new Set(perIteration).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);

    // Float32 autodiff against float64 sums: measured, energy 7e-7 apart (relative), albedo bytes
    // identical, specular and roughness within 2e-7, SH within 2e-6.
    const [a, t] = [analytic.stats.levels[0].energy, tfjs.stats.levels[0].energy];
    expect(Math.abs(t - a)).toBeLessThan(2e-5 * a);
    const albedo = difference(tfjs.albedo, analytic.albedo);
    expect(albedo.mean).toBeLessThan(1e-3);
    expect(albedo.max).toBeLessThanOrEqual(1);
    for (const map of ['specular', 'roughness'] as const) {
      const d = difference(tfjs[map].data, analytic[map].data);
      expect(d.mean, map).toBeLessThan(1e-5);
      expect(d.max, map).toBeLessThan(1e-4);
    }
    expect(difference(tfjs.lighting[0].sh, analytic.lighting[0].sh).max).toBeLessThan(5e-5);
    expect(difference(tfjs.lighting[0].direction, analytic.lighting[0].direction).max).toBeLessThan(5e-5);
  });

  it("over the default preset's two levels (cut down), normal map included, each level's tensors freed when it ends", async () => {
    const twoLevels = { ...REFLECTANCE_PRESETS.default, levels: REFLECTANCE_PRESETS.default.levels.map((l, k) => ({ ...l, iterations: [12, 6][k] })) };
    const analytic = await fit({ energy: 'analytic', preset: twoLevels });
    const before = tf.memory().numTensors;
    const counts: number[][] = [[], []];
    const tfjs = await fit({ energy: 'tfjs', preset: twoLevels, onIteration: (s) => void counts[s.level].push(tf.memory().numTensors) });
    expect(tf.memory().numTensors).toBe(before);
    for (const c of counts) expect(new Set(c).size).toBe(1);
    // Per level its photo's inputs only: taps of 3 maps (indices, weights), 5 per-pixel arrays; and
    // at level 2 the normal map's taps and tangent frames: level 1's were freed when it ended.
    expect([counts[0][0] - before, counts[1][0] - before]).toEqual([11, 15]);
    // Measured: energies 7e-7 and 1.6e-6 apart (relative), normals within 1e-5, albedo bytes at most 1 apart.
    tfjs.stats.levels.forEach((l, k) => expect(Math.abs(l.energy - analytic.stats.levels[k].energy)).toBeLessThan(2e-5 * l.energy));
    const normal = difference(tfjs.normal.data, analytic.normal.data);
    expect(tfjs.normal.width).toBe(128);
    expect(normal.mean).toBeLessThan(1e-5);
    expect(normal.max).toBeLessThan(1e-3);
    expect(difference(tfjs.albedo, analytic.albedo).max).toBeLessThanOrEqual(1);
  });

  it('frees its tensors when cancelled mid-descent or when an iteration fails', async () => {
    const before = tf.memory().numTensors;
    let calls = 0;
    const cancelling = { ...quietHooks(), checkCancelled: () => {
      if (++calls > 10) throw new FitError('CANCELLED', 'the job was cancelled');
    } };
    await expect(fit({ energy: 'tfjs' }, cancelling)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(tf.memory().numTensors).toBe(before);
    const failing = fit({ energy: 'tfjs', onIteration: (s) => {
      if (s.iteration === 3) throw new Error('preview failed');
    } });
    await expect(failing).rejects.toThrow(/preview failed/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('auto picks the analytic energy here, the tfjs one only where tfjs computes on a GPU', async () => {
    const backend = await detectionBackend();
    expect(backend.gpu).toBe(false);
    expect((await fit({ energy: 'auto', preset: { ...preset, levels: [{ ...preset.levels[0], iterations: 2 }] } })).stats.energy).toBe('analytic');
    expect(chooseEnergy('auto', { gpu: true })).toBe('tfjs');
    expect(chooseEnergy('auto', { gpu: false })).toBe('analytic');
    expect(chooseEnergy('tfjs', { gpu: false })).toBe('tfjs');
    expect(chooseEnergy('analytic', { gpu: true })).toBe('analytic');
  });

  it("refuses to run on another tfjs backend than detection's", async () => {
    await tf.setBackend('cpu');
    try {
      await expect(fit({ energy: 'tfjs' })).rejects.toThrow(/switched to the cpu backend; face detection and the tfjs energy run on wasm/);
    } finally {
      await tf.setBackend('wasm');
    }
  });
});
