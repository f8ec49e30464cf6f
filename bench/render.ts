/**
 * The renderer's costs (medians of runs, wall clock): rasterising in image and texture space, one
 * iteration of the reflectance energy with its analytic gradient (also split over 2 threads,
 * server/render/pixel-pool.ts), the sparse Adam step, and the
 * same energy and gradient by tfjs autodiff on wasm (the reference), with the ratio between them.
 * Scene: the canonical face mesh 0.45 m from a 512 × 512 camera (a face about 280 px wide), maps
 * at the default 1024² (albedo), 256² (specular), 64² (roughness).
 */
import { SparseAdam } from '../server/render/adam.js';
import { ReflectanceDescent } from '../server/render/descent.js';
import { createEnergyGradient, ReflectanceEnergy, type EnergyGradient } from '../server/render/energy.js';
import { PixelPool } from '../server/render/pixel-pool.js';
import { projectVertices, rasterize } from '../server/render/raster.js';
import { shadeView, type Material, type ViewLighting } from '../server/render/shade.js';
import { initTfjsReference, TfjsReflectanceEnergy } from '../server/render/tfjs-reference.js';
import { buildShadingView } from '../server/render/view.js';
import { cloneLighting, cloneMaterial, faceCamera, faceMesh, lighting, material, smoothTexture } from '../test/render/scene.js';
import { median, type BenchRow } from './table.js';

const GROUP = 'render';

function timeRuns(runs: number, f: () => void): number {
  f(); // warm-up: lets V8 optimise before the clock runs
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Energy + gradient on 1 thread and split over 2 (pixel-pool.ts), runs alternated so that load
 * drifts hit both alike. Binding moves the material's maps into shared memory.
 */
async function splitRows(energy: ReflectanceEnergy, m: Material, light: ViewLighting[], gradient: EnergyGradient, runs: number): Promise<BenchRow[]> {
  const pool = PixelPool.open(2)!;
  try {
    const split = pool.bind(energy, m);
    const one: number[] = [], two: number[] = [];
    for (let i = -3; i < runs; i++) {
      const t0 = performance.now();
      energy.evaluate(m, light, gradient);
      const t1 = performance.now();
      await energy.evaluateSplit(split, m, light, gradient);
      const t2 = performance.now();
      if (i < 0) continue; // warm-up, in the worker too
      one.push(t1 - t0);
      two.push(t2 - t1);
    }
    return [
      { group: GROUP, name: 'energy + analytic gradient, 1 photo, 1 thread (alternated with 2)', value: median(one), unit: 'ms', runs },
      { group: GROUP, name: 'energy + analytic gradient, 1 photo, split over 2 threads', value: median(two), unit: 'ms', runs },
      { group: GROUP, name: 'energy + analytic gradient, 1 thread / 2 threads', value: median(one) / median(two), unit: 'x' },
    ];
  } finally {
    await pool.close();
  }
}

export async function benchRender(runs = 20): Promise<BenchRow[]> {
  const mesh = faceMesh();
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, n?: number) => rows.push({ group: GROUP, name, value, unit, runs: n });

  // Rasterisation.
  const uvScreen = new Float32Array((mesh.uvs.length / 2) * 3);
  for (let i = 0; i < mesh.uvs.length / 2; i++) {
    uvScreen[3 * i] = mesh.uvs[2 * i] * 1024;
    uvScreen[3 * i + 1] = mesh.uvs[2 * i + 1] * 1024;
    uvScreen[3 * i + 2] = 1;
  }
  const uvRaster = rasterize(uvScreen, mesh.indices, 1024, 1024, { cull: 'none', perspective: false });
  row('raster 1024² UV, 898 triangles', timeRuns(runs, () => rasterize(uvScreen, mesh.indices, 1024, 1024, { cull: 'none', perspective: false })), 'ms', runs);
  row('raster 1024² UV into a reused raster', timeRuns(runs, () => rasterize(uvScreen, mesh.indices, 1024, 1024, { cull: 'none', perspective: false, into: uvRaster })), 'ms', runs);
  const bigCamera = faceCamera(1000, 1000, 2000);
  const bigScreen = projectVertices(mesh.positions, bigCamera);
  const bigRaster = rasterize(bigScreen, mesh.indices, 1000, 1000, { cull: 'back' });
  let covered = 0;
  for (const t of bigRaster.triangle) if (t >= 0) covered++;
  row('raster 1000² image, face covering', covered, 'px');
  row('raster 1000² image', timeRuns(runs, () => rasterize(projectVertices(mesh.positions, bigCamera, bigScreen), mesh.indices, 1000, 1000, { cull: 'back' })), 'ms', runs);

  // One photo's reflectance energy.
  const camera = faceCamera(512, 512, 1000);
  row('shading view build (512² photo)', timeRuns(runs, () => buildShadingView(mesh, camera)), 'ms', runs);
  const view = buildShadingView(mesh, camera);
  row('face pixels per photo', view.count, 'px');
  const truth = material(smoothTexture(1024, 1024, [0.6, 0.42, 0.33], 0.15, 1), smoothTexture(256, 256, [0.55], 0.3, 2), smoothTexture(64, 64, [0.4], 0.05, 3));
  const trueLight = lighting(0.5);
  const truthEnergy = new ReflectanceEnergy([view], truth);
  shadeView(view, truthEnergy.taps[0], truth, trueLight, { colors: view.target });
  const estimate = cloneMaterial(truth);
  estimate.albedo.data.fill(0.5);
  const estLight = [cloneLighting(trueLight)];
  estLight[0].direction.set([0.2, 0.3, 1]);
  const energy = new ReflectanceEnergy([view], estimate);
  row('albedo texels touched (of 1024²)', energy.touched.albedo.length, 'texels');
  const gradient = createEnergyGradient(estimate, 1);
  const analytic = timeRuns(runs, () => energy.evaluate(estimate, estLight, gradient));
  row('energy + analytic gradient, 1 photo', analytic, 'ms', runs);
  row('energy only (forward), 1 photo', timeRuns(runs, () => energy.evaluate(estimate, estLight)), 'ms', runs);
  const sparse = new SparseAdam(estimate.albedo.data.length, 3, { learningRate: 0.01, min: 0, max: 1 });
  row('Adam step, albedo, touched texels only', timeRuns(runs, () => sparse.step(estimate.albedo.data, gradient.material.albedo, energy.touched.albedo)), 'ms', runs);
  const dense = new SparseAdam(estimate.albedo.data.length, 3, { learningRate: 0.01, min: 0, max: 1 });
  row('Adam step, albedo, all 1024² texels', timeRuns(runs, () => dense.step(estimate.albedo.data, gradient.material.albedo)), 'ms', runs);
  const descent = new ReflectanceDescent(energy, estimate, estLight);
  row('descent iteration (energy, gradient, all steps), 1 photo', timeRuns(runs, () => descent.step()), 'ms', runs);
  rows.push(...(await splitRows(energy, estimate, estLight, gradient, runs)));
  // The tfjs-wasm reference on the same energy.
  const backend = await initTfjsReference('wasm');
  const reference = new TfjsReflectanceEnergy(energy);
  const tfRuns = Math.max(3, Math.round(runs / 4));
  const tfMs = timeRuns(tfRuns, () => reference.evaluate(estimate, estLight));
  reference.dispose();
  row(`energy + autodiff gradient, tfjs ${backend}, 1 photo`, tfMs, 'ms', tfRuns);
  row(`tfjs ${backend} / analytic, energy + gradient`, tfMs / analytic, 'x');

  return rows;
}
