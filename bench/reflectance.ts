/**
 * The reflectance fit (server/reflectance/fit.ts) on the sample portrait at 1024² maps:
 *  - called directly (warm, after one unmeasured run): its parts (start: lighting estimate, key
 *    light search and start albedo; each level's descent, per iteration; the photometric
 *    refinement of cameras and shape; the full-size de-lit bake; encoding the maps) and the
 *    whole fit per preset, for 1 and 3 photos, with the refinement as the pipeline runs it;
 *  - the same fit with the descent's pixel pass split over 2 threads against 1 (per level ms per
 *    iteration, the whole fit and its CPU time, and the ratios), runs alternated so that load
 *    drifts hit both alike;
 *  - the descent's energy evaluated by tfjs (autodiff, on the backend detection uses: wasm without
 *    tfjs-node) against the analytic energy, ms per iteration at the default preset's level 1,
 *    alternated, and the ratio (bench/render.ts compares one evaluation of each on a larger scene);
 *  - through the real daemon: the whole job (request to JobCompleted) and its reflectance stage
 *    for 1 and 3 photos, the time to the first preview frame, and preview frames per second
 *    while the fit runs, at 10 Hz asked for and at 30 Hz (what the fit can give).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectionBackend } from '../server/detect/backend.js';
import { FaceDetector } from '../server/detect/faces.js';
import { selectFace } from '../server/detect/select.js';
import { mediapipeModel } from '../server/geometry/mediapipe-model.js';
import { decodePhoto } from '../server/image/decode.js';
import { fitReflectance, REFLECTANCE_PRESETS, type FitState, type FittedReflectance, type ReflectancePreset } from '../server/reflectance/fit.js';
import { encodeMaps } from '../server/reflectance/maps.js';
import { stageName } from '../server/stream/wire.js';
import type { BakeView } from '../server/reflectance/bake.js';
import type { CameraFit, FitHooks } from '../server/types.js';
import type { FittedGeometry } from '../server/geometry/face-model.js';
import { Client, photo, startDaemon } from '../test/support/daemon.js';
import { threePhotos } from './pipeline.js';
import { median, type BenchRow } from './table.js';

const SIZE = 1024;
const hooks: FitHooks = { progress: () => {}, warn: () => {}, checkCancelled: () => {} };

type PhotoInput = { data: Uint8Array; name: string; faceIndex: number };

export async function benchReflectance(runs = 5): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const one = [photo('grace_hopper.jpg')];
  const three = await threePhotos();
  rows.push(...(await direct(one, three, runs)));
  rows.push(...(await throughDaemon(one, three, runs)));
  return rows;
}

/** `npm run bench -- --only reflectance-energy`: the energy-evaluator rows of benchReflectance alone. */
export async function benchReflectanceEnergy(runs = 5): Promise<BenchRow[]> {
  const sets = await geometrySets([photo('grace_hopper.jpg')], await threePhotos());
  const rows: BenchRow[] = [];
  for (const [label, set] of Object.entries(sets)) rows.push(...(await energyComparison(label, set, runs)));
  return rows;
}

/** `npm run bench -- --only reflectance-threads`: the thread rows of benchReflectance alone. */
export async function benchReflectanceThreads(runs = 5): Promise<BenchRow[]> {
  const sets = await geometrySets([photo('grace_hopper.jpg')], await threePhotos());
  const rows: BenchRow[] = [];
  for (const [label, set] of Object.entries(sets)) rows.push(...(await threadScaling(label, set.g, set.views, REFLECTANCE_PRESETS.default, runs)));
  return rows;
}

type GeometrySet = { g: FittedGeometry; views: BakeView[] };

/** The refinement as the pipeline runs it. */
const refineOf = (g: FittedGeometry) => ({ geometry: g, reshape: (c: Float64Array, cameras: CameraFit[], errors: number[]) => mediapipeModel.reshape!(g, c, cameras, errors) });

async function geometrySets(one: PhotoInput[], three: PhotoInput[]): Promise<Record<'1 photo' | '3 photos', GeometrySet>> {
  const detector = await FaceDetector.load();
  const geometryOf = async (photos: PhotoInput[]) => {
    const views = [];
    for (let i = 0; i < photos.length; i++) {
      const decoded = await decodePhoto(photos[i].data, i, photos[i].name, { maxPixels: 50e6 });
      views.push({ photo: decoded, face: selectFace(await detector.detect(decoded.image), decoded, 0, { warn: () => {} }) });
    }
    const g = await mediapipeModel.fit(views, hooks, [0, 1]);
    return { g, views: views.map((v, i) => ({ image: v.photo.image, camera: g.cameras[i] })) };
  };
  return { '1 photo': await geometryOf(one), '3 photos': await geometryOf(three) };
}

async function direct(one: PhotoInput[], three: PhotoInput[], runs: number): Promise<BenchRow[]> {
  const sets = await geometrySets(one, three);
  const rows: BenchRow[] = [];
  const measure = async (label: string, preset: ReflectancePreset, n: number, details: boolean) => {
    const { g, views } = sets[label as keyof typeof sets];
    const group = `reflectance fit, ${label}, ${SIZE}²`;
    const total: number[] = [], start: number[] = [], final: number[] = [], encode: number[] = [], refine: number[] = [];
    const perIteration: number[][] = preset.levels.map(() => []);
    let last: FittedReflectance | undefined;
    for (let r = 0; r <= n; r++) {
      const t0 = performance.now();
      last = await fitReflectance(g.mesh, g.mirror, views, SIZE, hooks, { preset, refine: refineOf(g) });
      const t1 = performance.now();
      await encodeMaps(last);
      const t2 = performance.now();
      if (r === 0) continue; // warm-up
      total.push(t2 - t0);
      encode.push(t2 - t1);
      start.push(last.stats.startMs);
      final.push(last.stats.finalMs);
      refine.push(last.stats.refinement?.ms ?? NaN);
      last.stats.levels.forEach((l, k) => perIteration[k].push(l.ms / l.iterations));
    }
    rows.push({ group, name: `${preset.name} preset: whole fit with encoded maps`, value: median(total), unit: 'ms', runs: n });
    if (!details || !last) return;
    rows.push({ group, name: `${preset.name}: iterations`, value: last.stats.iterations, unit: 'it' });
    rows.push({ group, name: `${preset.name}: start (lighting, key light, start albedo)`, value: median(start), unit: 'ms', runs: n });
    last.stats.levels.forEach((l, k) => {
      const normal = preset.levels[k].normalSize > 0 ? ' + normals' : '';
      rows.push({ group, name: `${preset.name}: level ${k + 1} (${l.albedoSize}²${normal}, ${l.pixels} px) ms per iteration`, value: median(perIteration[k]), unit: 'ms', runs: n });
    });
    rows.push({ group, name: `${preset.name}: photometric refinement of cameras and shape`, value: median(refine), unit: 'ms', runs: n });
    rows.push({ group, name: `${preset.name}: full-size de-lit bake`, value: median(final), unit: 'ms', runs: n });
    rows.push({ group, name: `${preset.name}: encode 5 maps`, value: median(encode), unit: 'ms', runs: n });
  };
  await measure('1 photo', REFLECTANCE_PRESETS.default, runs, true);
  await measure('1 photo', REFLECTANCE_PRESETS.fast, Math.max(1, Math.ceil(runs / 2)), false);
  await measure('1 photo', REFLECTANCE_PRESETS.quality, Math.max(1, Math.ceil(runs / 2)), false);
  await measure('3 photos', REFLECTANCE_PRESETS.default, runs, true);
  for (const [label, set] of Object.entries(sets)) rows.push(...(await threadScaling(label, set.g, set.views, REFLECTANCE_PRESETS.default, runs)));
  for (const [label, set] of Object.entries(sets)) rows.push(...(await energyComparison(label, set, runs)));
  return rows;
}

/** Median time from one iteration's end to the next's: the descent step, no level set-up. */
const stepMs = (ends: number[]): number => median(ends.slice(1).map((t, i) => t - ends[i]));

/**
 * The default preset's level 1 alone, its descent's energy evaluated analytically (1 thread) and
 * by tfjs; ms per iteration, runs alternated. The output size is small: the bake after the level
 * is not what is measured.
 */
async function energyComparison(label: string, { g, views }: GeometrySet, runs: number): Promise<BenchRow[]> {
  const backend = (await detectionBackend()).name;
  const level = REFLECTANCE_PRESETS.default.levels[0];
  const preset: ReflectancePreset = { ...REFLECTANCE_PRESETS.default, levels: [level] };
  const group = `reflectance descent energy, ${label}, default preset`;
  const measured = { analytic: [] as number[], tfjs: [] as number[] };
  let pixels = 0;
  for (let r = 0; r <= runs; r++) {
    for (const energy of ['analytic', 'tfjs'] as const) {
      const ends: number[] = [];
      const fit = await fitReflectance(g.mesh, g.mirror, views, 256, hooks, { preset, energy, onIteration: () => void ends.push(performance.now()) });
      pixels = fit.stats.levels[0].pixels;
      if (r > 0) measured[energy].push(stepMs(ends)); // the first run warms up
    }
  }
  const name = `level 1 (${level.albedoSize}², ${pixels} px) ms per iteration`;
  const analytic = median(measured.analytic), tfjs = median(measured.tfjs);
  return [
    { group, name: `${name}, analytic energy`, value: analytic, unit: 'ms', runs },
    { group, name: `${name}, tfjs energy (${backend})`, value: tfjs, unit: 'ms', runs },
    { group, name: `${name}, tfjs ${backend} / analytic`, value: tfjs / analytic, unit: 'x' },
  ];
}

/**
 * Per level, the median time from one iteration's end to the next's (the descent step, no level
 * set-up) and the CPU time per iteration of the busiest thread (Linux); the whole fit; and the CPU
 * time of the process (all threads: what the split adds).
 */
async function threadScaling(label: string, g: GeometrySet['g'], views: BakeView[], preset: ReflectancePreset, runs: number): Promise<BenchRow[]> {
  const group = `reflectance fit over threads, ${label}, ${SIZE}², ${preset.name} preset`;
  const counts = [1, 2] as const;
  const measured = new Map(counts.map((t) => [t, { whole: [] as number[], cpu: [] as number[], step: preset.levels.map(() => [] as number[]), busiest: preset.levels.map(() => [] as number[]) }]));
  let stats: FittedReflectance['stats'] | undefined;
  for (let r = 0; r <= runs; r++) {
    for (const threads of counts) {
      const ends: number[][] = preset.levels.map(() => []);
      // Per level, each thread's CPU time at its first and last iteration.
      const threadCpu: Map<string, number>[][] = preset.levels.map(() => []);
      const onIteration = (s: FitState) => {
        const e = ends[s.level];
        e.push(performance.now());
        if (e.length === 1 || e.length === preset.levels[s.level].iterations) threadCpu[s.level].push(threadCpuMs());
      };
      const cpu0 = process.cpuUsage(), t0 = performance.now();
      const fit = await fitReflectance(g.mesh, g.mirror, views, SIZE, hooks, { preset, threads, onIteration, refine: refineOf(g) });
      const ms = performance.now() - t0, cpu = process.cpuUsage(cpu0);
      if (r === 0) continue; // warm-up
      const m = measured.get(threads)!;
      m.whole.push(ms);
      m.cpu.push((cpu.user + cpu.system) / 1000);
      ends.forEach((e, k) => m.step[k].push(stepMs(e)));
      threadCpu.forEach(([first, last], k) => {
        let busiest = 0;
        for (const [thread, ms] of last ?? []) busiest = Math.max(busiest, ms - (first.get(thread) ?? 0));
        if (last?.size) m.busiest[k].push(busiest / (ends[k].length - 1));
      });
      stats = fit.stats;
    }
  }
  const rows: BenchRow[] = [];
  type Measured = typeof measured extends Map<number, infer M> ? M : never;
  const compare = (name: string, pick: (m: Measured) => number[]) => {
    if (pick(measured.get(1)!).length === 0) return;
    const one = median(pick(measured.get(1)!)), two = median(pick(measured.get(2)!));
    rows.push({ group, name: `${name}, 1 thread`, value: one, unit: 'ms', runs });
    rows.push({ group, name: `${name}, 2 threads`, value: two, unit: 'ms', runs });
    rows.push({ group, name: `${name}, 1 thread / 2 threads`, value: one / two, unit: 'x' });
  };
  stats?.levels.forEach((l, k) => {
    const normal = preset.levels[k].normalSize > 0 ? ' + normals' : '';
    compare(`level ${k + 1} (${l.albedoSize}²${normal}, ${l.pixels} px) ms per iteration`, (m) => m.step[k]);
    // What wall time approaches with a free core per thread, whatever else runs on the machine.
    compare(`level ${k + 1} CPU ms per iteration of the busiest thread`, (m) => m.busiest[k]);
  });
  compare('whole fit', (m) => m.whole);
  compare('whole fit, CPU time of all threads', (m) => m.cpu);
  return rows;
}

/** CPU time (ms) of each OS thread of this process so far, by thread id; empty where /proc has no schedstat (not Linux). */
function threadCpuMs(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const t of fs.readdirSync('/proc/self/task')) {
      try {
        out.set(t, Number(fs.readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
      } catch {
        // The thread ended while listed.
      }
    }
  } catch {
    // No /proc.
  }
  return out;
}

async function throughDaemon(one: PhotoInput[], three: PhotoInput[], runs: number): Promise<BenchRow[]> {
  const d = await startDaemon();
  const rows: BenchRow[] = [];
  try {
    const c = await Client.open(d);
    const job = async (photos: PhotoInput[], rateHz: number) => {
      const t0 = performance.now();
      const rid = c.send({ generate: { photos, options: { textureSize: SIZE, preview: true, previewRateHz: rateHz } } });
      const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
      const previews: { t: number; maps: number }[] = [];
      for (;;) {
        const e = await c.next((x) => (x as unknown as Record<string, { jobId?: string }>)[x.body!]?.jobId === jobId, 300_000);
        if (e.body === 'preview') previews.push({ t: performance.now() - t0, maps: e.preview!.maps?.length ?? 0 });
        if (e.body === 'failure') throw new Error(`bench job failed: ${e.failure!.message}`);
        if (e.body === 'completed') {
          const timings = new Map(e.completed!.summary!.timings!.map((s) => [stageName(s.stage!), s.ms!]));
          // Frames of the running fit: those with maps, less the last, sent once the fit is done.
          const fitting = previews.filter((p) => p.maps > 0).slice(0, -1);
          const fps = fitting.length > 1 ? (fitting.length - 1) / ((fitting.at(-1)!.t - fitting[0].t) / 1000) : NaN;
          return { total: performance.now() - t0, reflectance: timings.get('reflectance') ?? NaN, firstPreview: previews[0]?.t ?? NaN, fps };
        }
      }
    };
    for (const [label, photos] of [['1 photo', one], ['3 photos', three]] as const) {
      const group = `reflectance through the daemon, ${label}, ${SIZE}²`;
      const total: number[] = [], reflectance: number[] = [], first: number[] = [], fps: number[] = [];
      for (let r = 0; r <= runs; r++) {
        const m = await job(photos, 10);
        if (r === 0) continue; // the first job warms the networks and the fit's code
        total.push(m.total);
        reflectance.push(m.reflectance);
        first.push(m.firstPreview);
        fps.push(m.fps);
      }
      rows.push({ group, name: 'whole job, request to JobCompleted', value: median(total), unit: 'ms', runs });
      rows.push({ group, name: 'reflectance stage (fit, maps, previews)', value: median(reflectance), unit: 'ms', runs });
      rows.push({ group, name: 'first preview after request', value: median(first), unit: 'ms', runs });
      rows.push({ group, name: 'preview frames per second during the fit, 10 Hz asked', value: median(fps), unit: 'fps', runs });
      if (label === '1 photo') {
        const fast: number[] = [];
        for (let r = 0; r < runs; r++) fast.push((await job(photos, 30)).fps);
        rows.push({ group, name: 'preview frames per second during the fit, 30 Hz asked', value: median(fast), unit: 'fps', runs });
      }
    }
    c.close();
  } finally {
    await d.stop();
  }
  return rows;
}
