/**
 * The reflectance fit with its pixel pass split over threads (fitReflectance's `threads`) on the
 * synthetic scene (fit-scene.ts): it fits what the single-threaded fit fits, and its workers are
 * stopped however the fit ends: done, cancelled, or failed.
 */
import { describe, expect, it } from 'vitest';
import { difference } from '../support/difference.js';
import { fitReflectance, REFLECTANCE_PRESETS, type FittedReflectance } from '../../server/reflectance/fit.js';
import { livePixelWorkers } from '../../server/render/pixel-pool.js';
import { FitError, type FitHooks } from '../../server/types.js';
import { renderScene, truthLighting, truthMaterial } from './fit-scene.js';
import { camera, faceMesh, quietHooks } from './scene.js';

const SIZE = 256;
const { mesh, mirror } = faceMesh();
const cam = camera(10, { width: 512, height: 512, focal: 1100, distance: 0.5 });
const views = [{ image: renderScene(mesh, cam, truthMaterial(mesh), truthLighting([0.5, 0.5, 0.7])), camera: cam }];
const preset = REFLECTANCE_PRESETS.default;

const fit = (threads: number, hooks: FitHooks = quietHooks()) => fitReflectance(mesh, mirror, views, SIZE, hooks, { preset, threads });

/** Workers report their exit asynchronously; give them a moment. */
async function settled(): Promise<number> {
  for (let i = 0; i < 50 && livePixelWorkers() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return livePixelWorkers();
}

describe('the reflectance fit over threads', { timeout: 180_000 }, () => {
  it('fits what the single-threaded fit fits, the same every time, and stops its workers when done', async () => {
    const one: FittedReflectance = await fit(1);
    const two: FittedReflectance = await fit(2);
    expect(await settled()).toBe(0);
    // However loaded the machine, the split and the order sums are taken in stay the same.
    const again = await fit(2);
    expect(Buffer.from(again.albedo.buffer).equals(Buffer.from(two.albedo.buffer))).toBe(true);
    expect(Array.from(again.lighting[0].sh)).toEqual(Array.from(two.lighting[0].sh));
    expect(two.stats.iterations).toBe(one.stats.iterations);
    // The same descent up to the order sums are taken in: an albedo byte here and there one step off.
    expect(difference(two.albedo, one.albedo).max).toBeLessThanOrEqual(1);
    expect(difference(two.albedo, one.albedo).mean).toBeLessThan(1e-3);
    for (const map of ['specular', 'roughness', 'normal'] as const) {
      const d = difference(two[map].data, one[map].data);
      expect(d.mean, map).toBeLessThan(1e-4);
      expect(d.max, map).toBeLessThan(1e-2);
    }
    for (let k = 0; k < 27; k++) expect(two.lighting[0].sh[k]).toBeCloseTo(one.lighting[0].sh[k], 4);
  });

  it('stops its workers when cancelled mid-descent', async () => {
    let calls = 0;
    const hooks = { ...quietHooks(), checkCancelled: () => {
      if (++calls > 20) throw new FitError('CANCELLED', 'the job was cancelled');
    } };
    await expect(fit(3, hooks)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(calls).toBeGreaterThan(20);
    expect(await settled()).toBe(0);
  });

  it('stops its workers when a step fails', async () => {
    const hooks = quietHooks();
    const err = await fitReflectance(mesh, mirror, views, SIZE, hooks, {
      preset,
      threads: 2,
      onIteration: (state) => {
        // A map of the wrong size mid-fit: the next step cannot share it with the workers.
        if (state.iteration === 3) state.material.albedo = { ...state.material.albedo, data: new Float32Array(3) };
      },
    }).then(() => undefined, (e: unknown) => e);
    expect(String(err)).toMatch(/changed size since bind/);
    expect(await settled()).toBe(0);
  });
});
