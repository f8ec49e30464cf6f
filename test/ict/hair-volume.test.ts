/**
 * The hair's volume measured on a real photo: the astronaut's bob stands out beyond ICT's bald
 * skull at the sides and hangs below her ears, hiding them, and nothing moves but the hair's
 * region; the same photo with the hair painted over in the wall's colour raises nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import { cameraFit } from '../../server/geometry/fit.js';
import { loadIctModel } from '../../server/geometry/ict/cache.js';
import { embeddedIctDir } from '../../server/geometry/ict/embedded.js';
import { hairVolume, type HairPhoto } from '../../server/geometry/ict/hair-volume.js';
import { identityShape } from '../../server/geometry/ict/ict-shape.js';
import { fitIctLandmarks } from '../../server/geometry/ict/landmark-fit.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { decodePhoto } from '../../server/image/decode.js';
import { EAR_TOP, earWeights, scalpWeights } from '../../server/reflectance/hair-layer.js';
import type { FitHooks, RgbImage } from '../../server/types.js';
import { ASTRONAUT, read } from '../support/photos.js';

const hooks: FitHooks = { progress: () => {}, warn: () => {}, checkCancelled: () => {} };
let model: IctModel;
let shape: Float32Array;
let photo: HairPhoto;
let faceTop: number;

beforeAll(async () => {
  model = await loadIctModel(embeddedIctDir());
  const decoded = await decodePhoto(read(ASTRONAUT), 0, 'astronaut.png', { maxPixels: 1e8 });
  const detector = await FaceDetector.load();
  let face;
  try {
    [face] = await detector.detect(decoded.image);
  } finally {
    detector.dispose();
  }
  const fit = fitIctLandmarks(model, [{ photo: decoded, face }], hooks, [0, 1]);
  shape = identityShape(model, fit.identity);
  photo = { image: decoded.image, camera: cameraFit(fit.views[0], fit.poses[0]) };
  faceTop = face.box[1];
}, 120_000);

/** Bins by angle from straight up, degrees (the bins' layout as hairVolume documents it). */
const binsWithin = (t: Float64Array, from: number, to: number) =>
  Array.from(t).filter((_, b) => {
    const deg = Math.abs(((b + 0.5) / t.length) * 360 - 180);
    return deg >= from && deg <= to;
  });

describe('hair volume', { timeout: 60_000 }, () => {
  it('raises the scalp by the bob standing out at the sides, and nothing off the hair', () => {
    const { offsets, weights, thicknessM } = hairVolume(model, shape, [photo]);
    // Measured: 35-42 mm over the ears, 0-15 mm over the crown (ICT's skull is about as high as her hair).
    for (const t of binsWithin(thicknessM, 70, 100)) expect(t).toBeGreaterThan(0.02);
    for (const t of binsWithin(thicknessM, 0, 40)) expect(t).toBeLessThan(0.03);
    for (const t of thicknessM) expect(t).toBeLessThanOrEqual(0.05);
    const scalp = scalpWeights(shape);
    let moved = 0;
    for (let v = 0; v < model.vertexCount; v++) {
      const d = Math.hypot(offsets[3 * v], offsets[3 * v + 1], offsets[3 * v + 2]);
      if (weights[v] === 0) expect(d).toBe(0);
      expect(weights[v]).toBeGreaterThanOrEqual(scalp[v] - 1e-6);
      if (d > 0.01) moved++;
    }
    expect(moved).toBeGreaterThan(1000);
  });

  it('hangs her bob down the sides below the ears, which it covers', () => {
    const { offsets, weights, bottomM } = hairVolume(model, shape, [photo]);
    // Measured: 1.5 cm below the ears' top (the photo's bob ends at her cheekbones' height).
    expect(bottomM).toBeDefined();
    expect(bottomM!).toBeLessThan(EAR_TOP - 0.01);
    // Where the hair covers an ear, the ear does not stand out of it: at every height, the head's outermost point is not that ear.
    const raised = shape.map((p, i) => p + offsets[i]);
    const ears = earWeights(shape);
    const outermost = new Map<number, { ear: number; head: number }>();
    for (let v = 0; v < model.vertexCount; v++) {
      const key = Math.round(raised[3 * v + 1] / 0.005);
      const o = outermost.get(key) ?? { ear: 0, head: 0 };
      const x = Math.abs(raised[3 * v]);
      if (ears[v] > 0.5 && weights[v] > 0.99) o.ear = Math.max(o.ear, x);
      else if (ears[v] < 0.5) o.head = Math.max(o.head, x);
      outermost.set(key, o);
    }
    for (const { ear, head } of outermost.values()) if (ear > 0) expect(ear).toBeLessThanOrEqual(head + 0.002);
  });

  it('raises nothing where the photo shows no hair beyond the skull', () => {
    const image = photo.image;
    const wall = [0, 1, 2].map((c) => image.data[c]);
    const painted: RgbImage = { ...image, data: Uint8Array.from(image.data) };
    // Everything above the face's box takes the wall's colour (the top-left pixel's).
    for (let y = 0; y < faceTop; y++) for (let x = 0; x < image.width; x++) painted.data.set(wall, 3 * (y * image.width + x));
    const { offsets, thicknessM, bottomM } = hairVolume(model, shape, [{ ...photo, image: painted }]);
    expect(Math.max(...thicknessM)).toBe(0);
    expect(offsets.every((x) => x === 0)).toBe(true);
    expect(bottomM).toBeUndefined();
  });
});
