/**
 * The hair's volume measured on a real photo: the astronaut's bob stands out beyond ICT's bald
 * skull at the sides, and nothing moves but the scalp; the same photo with the hair painted over
 * in the wall's colour raises nothing.
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
import { scalpWeights } from '../../server/reflectance/hair-layer.js';
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
  it('raises the scalp by the bob standing out at the sides, and nothing else', () => {
    const { offsets, thicknessM } = hairVolume(model, shape, [photo]);
    // Measured: 35-42 mm over the ears, 0-15 mm over the crown (ICT's skull is about as high as her hair).
    for (const t of binsWithin(thicknessM, 70, 100)) expect(t).toBeGreaterThan(0.02);
    for (const t of binsWithin(thicknessM, 0, 40)) expect(t).toBeLessThan(0.03);
    for (const t of thicknessM) expect(t).toBeLessThanOrEqual(0.05);
    const scalp = scalpWeights(shape);
    let moved = 0;
    for (let v = 0; v < model.vertexCount; v++) {
      const d = Math.hypot(offsets[3 * v], offsets[3 * v + 1], offsets[3 * v + 2]);
      if (scalp[v] === 0) expect(d).toBe(0);
      if (d > 0.01) moved++;
    }
    expect(moved).toBeGreaterThan(1000);
  });

  it('raises nothing where the photo shows no hair beyond the skull', () => {
    const image = photo.image;
    const wall = [0, 1, 2].map((c) => image.data[c]);
    const painted: RgbImage = { ...image, data: Uint8Array.from(image.data) };
    // Everything above the face's box takes the wall's colour (the top-left pixel's).
    for (let y = 0; y < faceTop; y++) for (let x = 0; x < image.width; x++) painted.data.set(wall, 3 * (y * image.width + x));
    const { offsets, thicknessM } = hairVolume(model, shape, [{ ...photo, image: painted }]);
    expect(Math.max(...thicknessM)).toBe(0);
    expect(offsets.every((x) => x === 0)).toBe(true);
  });
});
