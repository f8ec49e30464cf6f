/**
 * `fitme eval`'s metrics on the sample photos and a public webcam frame (each fitted alone at 1024² maps): PSNR and SSIM of
 * the re-render in the face mask, landmark error, identity similarity; the identity of the avatar
 * alone in each view (avatar-views.ts) and the filled skin against the photographed (fill-boundary.ts), for the
 * default full head and for the face mask; and the albedo agreement
 * (mean ΔE2000) of the portrait and its mirrored, darker copy fitted separately. The metrics are
 * deterministic, so each is one measurement; the evaluation's wall time is a median of `runs`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { FaceDetector } from '../server/detect/faces.js';
import { humanPackageDir } from '../server/detect/model-files.js';
import { availableModels } from '../server/geometry/models.js';
import { evaluateFit, type EvalPhoto, type FitEvaluation } from '../server/reflectance/evaluate-fit.js';
import { DEFAULT_DAEMON_OPTIONS } from '../server/stream/daemon.js';
import { ASTRONAUT, HOPPER } from '../test/support/photos.js';
import { median, type BenchRow } from './table.js';

const GROUP = 'eval, 1024²';

/**
 * A third, public photo: the webcam frame in @vladmandic/human's face-id screenshot (MIT, shipped
 * in its npm package): a close selfie of a man with short hair, the head's top cut off, 140 px
 * square, enlarged 3×.
 */
async function webcamPhoto(): Promise<EvalPhoto> {
  const screenshot = path.join(humanPackageDir(), 'assets/screenshot-faceid.jpg');
  const data = await sharp(screenshot).extract({ left: 14, top: 142, width: 140, height: 140 }).resize(420, 420, { kernel: 'lanczos3' }).png().toBuffer();
  return { data: new Uint8Array(data), name: 'human-faceid-webcam.png', faceIndex: 0 };
}
const MASK = 'mediapipe-canonical';

/**
 * The photo less 1–3 px at its borders: the same face pixels, landmarks moved by a fraction of a
 * pixel. One fit's turned identity swings by up to 0.09 between such crops (docs/likeness), so
 * the table also gives its mean and spread over the photo and these four.
 */
const CROPS: [number, number][] = [[1, 0], [0, 1], [2, 2], [3, 1]];

async function borderCrops(photo: EvalPhoto): Promise<EvalPhoto[]> {
  const { width = 0, height = 0 } = await sharp(photo.data).metadata();
  return Promise.all(
    CROPS.map(async ([left, top], k) => {
      const data = await sharp(photo.data).extract({ left, top, width: width - 4, height: height - 4 }).png().toBuffer();
      return { data: new Uint8Array(data), name: `${photo.name} crop ${k + 1}`, faceIndex: photo.faceIndex };
    }),
  );
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean identity of the avatar alone at yaw ±30 and under the side light, against the photo or (`ownStudio`) the avatar's own studio view. */
function turnedIdentity(r: FitEvaluation, against: 'identity' | 'ownStudio' = 'identity'): number {
  return mean(r.photos[0].views.filter((v) => v.name === 'yaw+30' || v.name === 'yaw-30' || v.name === 'side').map((v) => v[against] ?? NaN));
}

export async function benchEval(runs = 3): Promise<BenchRow[]> {
  const registry = availableModels();
  const model = registry.models.get(registry.defaultId)!;
  const detector = await FaceDetector.load();
  const opts = { model: registry.defaultId, textureSize: 1024, reflectancePreset: 'default' as const, limits: { maxPhotoPixels: DEFAULT_DAEMON_OPTIONS.maxPhotoPixels } };
  const rows: BenchRow[] = [];
  const row = (name: string, value: number | null, unit: string, n?: number) => rows.push({ group: GROUP, name, value: value ?? NaN, unit, runs: n });
  const viewRows = (photo: string, model: string, r: FitEvaluation) => {
    const views = r.photos[0].views;
    for (const v of views) row(`${photo}, ${model}: ${v.name} view alone, identity`, v.identity, 'cos');
    row(`${photo}, ${model}: yaw ±30 and side light, mean identity`, turnedIdentity(r), 'cos');
    row(`${photo}, ${model}: the same against the avatar's own studio view, mean (ceiling)`, turnedIdentity(r, 'ownStudio'), 'cos');
    row(`${photo}, ${model}: filled skin beside the photographed, tone`, r.fillBoundary?.toneDeltaE00 ?? null, 'ΔE00');
    row(`${photo}, ${model}: filled skin beside the photographed, step (texel to texel)`, r.fillBoundary?.stepDeltaE00 ?? null, 'ΔE00');
    row(`${photo}, ${model}: photographed skin, texel to texel`, r.fillBoundary?.textureDeltaE00 ?? null, 'ΔE00');
  };
  const file = (f: string): EvalPhoto => ({ data: new Uint8Array(fs.readFileSync(f)), name: path.basename(f), faceIndex: 0 });
  try {
    for (const photo of [file(HOPPER), file(ASTRONAUT), await webcamPhoto()]) {
      const times: number[] = [];
      let report = await evaluateFit([photo], model, detector, opts); // warm-up, and the metrics
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        report = await evaluateFit([photo], model, detector, opts);
        times.push(performance.now() - t0);
      }
      const p = report.photos[0];
      row(`${p.name}: PSNR in the face mask`, p.psnrDb, 'dB');
      row(`${p.name}: SSIM in the face mask`, p.ssim, '');
      row(`${p.name}: landmark error`, p.landmarkErrorPercent, '% IOD');
      row(`${p.name}: identity similarity`, p.identity, 'cos');
      row(`${p.name}: evaluation (fit, renders, detections)`, median(times), 'ms', runs);
      viewRows(p.name, registry.defaultId, report);
      const turned = [turnedIdentity(report)];
      for (const crop of await borderCrops(photo)) turned.push(turnedIdentity(await evaluateFit([crop], model, detector, opts)));
      const m = mean(turned);
      row(`${p.name}, ${registry.defaultId}: yaw ±30 and side light, mean identity over the photo and 4 border crops`, m, 'cos', turned.length);
      row(`${p.name}, ${registry.defaultId}: the same, standard deviation`, Math.sqrt(mean(turned.map((t) => (t - m) ** 2))), 'cos', turned.length);
      viewRows(p.name, MASK, await evaluateFit([photo], registry.models.get(MASK)!, detector, { ...opts, model: MASK }));
    }
    const darker = { data: new Uint8Array(await sharp(HOPPER).flop().linear(0.75, 0).jpeg({ quality: 92 }).toBuffer()), name: 'mirrored-dark.jpg', faceIndex: 0 };
    const pair = await evaluateFit([file(HOPPER), darker], model, detector, opts);
    row('grace_hopper.jpg vs mirrored ×0.75 copy, fitted apart: albedo ΔE2000', pair.albedoAgreement!.meanDeltaE2000, 'ΔE00');
    row('grace_hopper.jpg vs mirrored ×0.75 copy: texels observed in both', pair.albedoAgreement!.texels, 'texels');
  } finally {
    detector.dispose();
  }
  return rows;
}
