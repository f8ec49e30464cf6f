/**
 * ICT-FaceKit fitted to the landmarks of real photos: the smiling astronaut, alone, with a mirrored
 * copy of herself (two photos: one identity, an expression per photo), and with part of her
 * landmarks thrown off (robustness).
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import type { GeometryView } from '../../server/geometry/face-model.js';
import { identityShape, withExpressions } from '../../server/geometry/ict/ict-shape.js';
import { fitIctLandmarks, type IctLandmarkFit } from '../../server/geometry/ict/landmark-fit.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { decodePhoto } from '../../server/image/decode.js';
import { FitError, type FitHooks } from '../../server/types.js';
import { ASTRONAUT, read } from '../support/photos.js';
import { importedIct } from './ict-source.js';

let cache: Awaited<ReturnType<typeof importedIct>>;
let model: IctModel;
let astronaut: GeometryView;
let mirrored: GeometryView;

const warnings: string[] = [];
const hooks: FitHooks = { progress: () => {}, warn: (code) => warnings.push(code), checkCancelled: () => {} };

async function view(bytes: Buffer, index: number, name: string, detector: FaceDetector): Promise<GeometryView> {
  const photo = await decodePhoto(bytes, index, name, { maxPixels: 1e8 });
  const [face] = await detector.detect(photo.image);
  return { photo, face };
}

beforeAll(async () => {
  cache = await importedIct('ict-fit');
  model = cache.model;
  const detector = await FaceDetector.load();
  try {
    astronaut = await view(read(ASTRONAUT), 0, 'astronaut.png', detector);
    mirrored = await view(await sharp(read(ASTRONAUT)).flop().png().toBuffer(), 1, 'mirrored.png', detector);
  } finally {
    detector.dispose();
  }
}, 180_000);

afterAll(() => cache?.remove());

const weight = (fit: IctLandmarkFit, photo: number, name: string) => fit.expressions[photo][model.expressions.findIndex((e) => e.name === name)];
const norm = (a: Float64Array) => Math.hypot(...a);

describe('ICT-FaceKit landmark fit', { timeout: 60_000 }, () => {
  let single: IctLandmarkFit;
  beforeAll(() => {
    single = fitIctLandmarks(model, [astronaut], hooks, [0, 1]);
  });

  it('fits a smiling photo closely, explaining the smile with expressions within their bounds', () => {
    // Measured: 2.1% of the eye distance.
    expect(single.landmarkError[0]).toBeLessThan(0.03);
    expect(weight(single, 0, 'mouthSmile_L')).toBeGreaterThan(0.5);
    expect(weight(single, 0, 'mouthSmile_R')).toBeGreaterThan(0.5);
    for (const w of single.expressions[0]) {
      expect(w).toBeGreaterThanOrEqual(0);
      expect(w).toBeLessThanOrEqual(1);
    }
    // Shapes the landmarks cannot see stay at rest.
    expect(weight(single, 0, 'eyeLookUp_L')).toBe(0);
    expect(weight(single, 0, 'mouthClose')).toBe(0);
    // ICT's identity modes are scaled to one standard deviation: a real person lies within a few.
    expect(single.identity.length).toBe(100);
    expect(norm(single.identity)).toBeLessThan(10);
    expect(warnings).toEqual([]);
  });

  it('shares one identity between photos and gives each photo its own expression and pose', () => {
    const pair = fitIctLandmarks(model, [astronaut, mirrored], hooks, [0, 1]);
    expect(pair.expressions.length).toBe(2);
    expect(Math.max(...pair.landmarkError)).toBeLessThan(0.03);
    // The mirrored photo smiles with the other side of the face and opens the lips as far (the
    // shapes that part the lips trade off between jaw and lip, so their sum is what must agree).
    expect(Math.abs(weight(pair, 0, 'mouthSmile_L') - weight(pair, 1, 'mouthSmile_R'))).toBeLessThan(0.15);
    expect(Math.abs(weight(pair, 0, 'mouthSmile_R') - weight(pair, 1, 'mouthSmile_L'))).toBeLessThan(0.15);
    const identity = identityShape(model, pair.identity);
    const lipGapMm = (k: number) => {
      const s = withExpressions(model, identity, pair.expressions[k]);
      const [u, l] = [62, 66].map((i) => 3 * model.vertexSets.landmarks68[i]);
      return 1000 * Math.hypot(s[u] - s[l], s[u + 1] - s[l + 1], s[u + 2] - s[l + 2]);
    };
    expect(lipGapMm(0)).toBeGreaterThan(5);
    expect(Math.abs(lipGapMm(0) - lipGapMm(1))).toBeLessThan(2);
    // Mirrored, the nose tip lands mirrored in the image and the head turns the other way (to
    // within what landmarks tell of yaw: a few degrees).
    const noseTipPx = (k: number) => {
      const { rotation: r, translation: t } = pair.poses[k];
      const s = withExpressions(model, identity, pair.expressions[k]);
      const v = 3 * model.vertexSets.landmarks68[30];
      const c = [0, 1, 2].map((row) => r[3 * row] * s[v] + r[3 * row + 1] * s[v + 1] + r[3 * row + 2] * s[v + 2] + t[row]);
      const k0 = pair.views[k].intrinsics;
      return [k0.cx + (k0.fx * c[0]) / -c[2], k0.cy - (k0.fy * c[1]) / -c[2]];
    };
    const [n0, n1] = [noseTipPx(0), noseTipPx(1)];
    const width = astronaut.photo.image.width;
    expect(Math.abs(n0[0] - (width - n1[0]))).toBeLessThan(0.01 * width);
    expect(Math.abs(n0[1] - n1[1])).toBeLessThan(0.01 * width);
    const yaw = (k: number) => Math.atan2(pair.poses[k].rotation[2], pair.poses[k].rotation[8]);
    expect(Math.abs(yaw(0) + yaw(1))).toBeLessThan(0.1);
    // Both photos show the same face: the shared identity stays close to the one photo's.
    const diff = Float64Array.from(pair.identity, (x, k) => x - single.identity[k]);
    expect(norm(diff)).toBeLessThan(0.5 * norm(single.identity));
  });

  it('shrugs off landmarks thrown far off', () => {
    // Every tenth landmark moved by a fifth of the eye distance, as a bad detection might.
    const landmarks = Float32Array.from(astronaut.face.landmarks);
    const shift = 0.2 * Math.hypot(landmarks[3 * 33] - landmarks[3 * 263], landmarks[3 * 33 + 1] - landmarks[3 * 263 + 1]);
    for (let i = 0; i < 468; i += 10) {
      landmarks[3 * i] += shift;
      landmarks[3 * i + 1] -= shift;
    }
    const noisy = fitIctLandmarks(model, [{ ...astronaut, face: { ...astronaut.face, landmarks } }], hooks, [0, 1]);
    expect(weight(noisy, 0, 'mouthSmile_L')).toBeGreaterThan(0.4);
    const diff = Float64Array.from(noisy.identity, (x, k) => x - single.identity[k]);
    expect(norm(diff)).toBeLessThan(0.35 * norm(single.identity));
  });

  it('stops when the job is cancelled', () => {
    const cancelled: FitHooks = { ...hooks, checkCancelled: () => { throw new FitError('CANCELLED', 'the job was cancelled'); } };
    expect(() => fitIctLandmarks(model, [astronaut], cancelled, [0, 1])).toThrow(/cancelled/);
  });
});
