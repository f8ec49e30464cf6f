/**
 * ICT-FaceKit: model import and cached-model load times (medians of runs), the cache's size and its
 * largest vertex error against the OBJ files; then fits with the imported model, in this process,
 * for 1 and 3 photos of one person at 1024² maps: the time of each pipeline stage and of the
 * landmark fit alone (pose, identity, expressions), and the output's size per level of detail
 * (vertices, triangles, bytes of its Mesh frame on the wire, with morph targets sparse and dense)
 * and of the glb. The upstream folder
 * comes from ../shared/ict-facekit (unpacked once, as the tests do) unless one is given.
 */
import { performance } from 'node:perf_hooks';
import { FaceDetector } from '../server/detect/faces.js';
import { loadIctModel } from '../server/geometry/ict/cache.js';
import { importedIctModel } from '../server/geometry/ict/ict-model.js';
import { importIctFaceKit, type ImportReport } from '../server/geometry/ict/import.js';
import { fitIctLandmarks } from '../server/geometry/ict/landmark-fit.js';
import { decodePhoto } from '../server/image/decode.js';
import { runFit, type PipelineHooks } from '../server/pipeline.js';
import { resultFrames } from '../server/stream/frames.js';
import { encodeEnvelope } from '../server/stream/wire.js';
import type { AvatarResult } from '../server/types.js';
import { photo } from '../test/support/daemon.js';
import { ictFaceKitClone, tempDir } from '../test/ict/ict-source.js';
import { threePhotos } from './pipeline.js';
import { median, type BenchRow } from './table.js';

const GROUP = 'ict-facekit model';

const hooks: PipelineHooks = { progress: () => {}, warn: () => {}, checkCancelled: () => {}, preview: () => {} };

export async function benchIct(opts: { fromDir?: string; importRuns?: number; loadRuns?: number; fitRuns?: number } = {}): Promise<BenchRow[]> {
  const { importRuns = 3, loadRuns = 10, fitRuns = 5 } = opts;
  const fromDir = opts.fromDir ?? (await ictFaceKitClone());
  const cache = await tempDir('bench-ict');
  try {
    const imports: number[] = [];
    let report: ImportReport | undefined;
    for (let i = 0; i < importRuns; i++) {
      const t = performance.now();
      report = await importIctFaceKit(fromDir, { cacheDir: cache.dir });
      imports.push(performance.now() - t);
    }
    const loads: number[] = [];
    for (let i = 0; i < loadRuns; i++) {
      const t = performance.now();
      await loadIctModel(cache.dir);
      loads.push(performance.now() - t);
    }
    return [
      { group: GROUP, name: 'import FaceXModel folder', value: median(imports), unit: 'ms', runs: importRuns },
      { group: GROUP, name: 'load cached model', value: median(loads), unit: 'ms', runs: loadRuns },
      { group: GROUP, name: 'cached model size', value: report!.cacheBytes / 2 ** 20, unit: 'MiB' },
      { group: GROUP, name: 'largest vertex error vs OBJ', value: report!.maxQuantisationErrorMm, unit: 'mm' },
      ...(await benchFits(cache.dir, fitRuns)),
    ];
  } finally {
    await cache.remove();
  }
}

async function benchFits(cacheDir: string, runs: number): Promise<BenchRow[]> {
  const model = importedIctModel(cacheDir)!;
  const ict = await loadIctModel(cacheDir);
  const detector = await FaceDetector.load();
  const rows: BenchRow[] = [];
  try {
    const sets = { '1 photo': [photo('grace_hopper.jpg')], '3 photos': await threePhotos() };
    for (const [label, photos] of Object.entries(sets)) {
      const group = `ict-facekit fit, ${label}, 1024²`;
      const stageMs = new Map<string, number[]>();
      const landmarkFit: number[] = [];
      let last: AvatarResult | undefined;
      // The first run loads and warms everything (networks, model, landmark basis); it is not counted.
      for (let i = 0; i <= runs; i++) {
        const req = { jobId: `bench-${i}`, name: 'bench', photos, model: 'ict-facekit', textureSize: 1024, reflectancePreset: 'default' as const, maps: ['albedo' as const, 'confidence' as const], preview: { enabled: false, rateHz: 0, vertices: false } };
        const result = await runFit(req, model, detector, { maxPhotoPixels: 1e8 }, hooks);
        if (i === 0) continue;
        for (const t of result.timings) stageMs.set(t.stage, [...(stageMs.get(t.stage) ?? []), t.ms]);
        last = result;
      }
      // The landmark fit alone, on the same detections.
      const views = await Promise.all(
        photos.map(async (p, k) => {
          const decoded = await decodePhoto(p.data, k, p.name, { maxPixels: 1e8 });
          return { photo: decoded, face: (await detector.detect(decoded.image))[0] };
        }),
      );
      fitIctLandmarks(ict, views, hooks, [0, 1]);
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        fitIctLandmarks(ict, views, hooks, [0, 1]);
        landmarkFit.push(performance.now() - t);
      }
      for (const [stage, ms] of stageMs) rows.push({ group, name: stage, value: median(ms), unit: 'ms', runs });
      rows.push({ group, name: 'landmark fit (pose, identity, expressions)', value: median(landmarkFit), unit: 'ms', runs });
      if (label === '1 photo') rows.push(...outputSizes(last!));
    }
  } finally {
    detector.dispose();
  }
  return rows;
}

function outputSizes(r: AvatarResult): BenchRow[] {
  const group = 'ict-facekit avatar';
  const rows: BenchRow[] = [];
  const dense = [...resultFrames(r, { skipTextures: true })].filter((f) => f.mesh);
  const sparse = [...resultFrames(r, { skipTextures: true, sparseTargets: true })].filter((f) => f.mesh);
  dense.forEach((frame, level) => {
    const lod = `LOD${frame.mesh!.lod ?? 0}`;
    const prims = frame.mesh!.primitives!;
    rows.push({ group, name: `${lod} vertices`, value: prims.reduce((n, p) => n + p.positions!.length / 3, 0), unit: '' });
    rows.push({ group, name: `${lod} triangles`, value: prims.reduce((n, p) => n + p.indices!.length / 3, 0), unit: '' });
    rows.push({ group, name: `${lod} Mesh frame (${r.targetNames.length} morph targets, sparse)`, value: encodeEnvelope(sparse[level]).length / 2 ** 20, unit: 'MiB' });
    rows.push({ group, name: `${lod} Mesh frame (${r.targetNames.length} morph targets, dense, for older plugins)`, value: encodeEnvelope(frame).length / 2 ** 20, unit: 'MiB' });
  });
  rows.push({ group, name: 'glb, all LODs, 1024² maps', value: r.glb.length / 2 ** 20, unit: 'MiB' });
  return rows;
}
