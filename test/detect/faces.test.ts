import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import { interocularDistance } from '../../server/detect/mesh-landmarks.js';
import type { DecodedPhoto, DetectedFace } from '../../server/types.js';
import { ASTRONAUT, GRACE, PhotoDir, meanLandmarkDistance } from './photos.js';

let detector: FaceDetector;
let photos: PhotoDir;
let grace: DecodedPhoto;
let graceFace: DetectedFace;

beforeAll(async () => {
  detector = await FaceDetector.load();
  photos = await PhotoDir.create();
  grace = await photos.photo('grace.jpg', GRACE);
  [graceFace] = await detector.detect(grace.image);
}, 60_000);

afterAll(async () => {
  detector.dispose();
  await photos.remove();
});

const point = (f: DetectedFace, i: number) => [f.landmarks[3 * i], f.landmarks[3 * i + 1], f.landmarks[3 * i + 2]];

// Detection takes 0.4-1.5 s per photo on wasm, more on a busy machine.
describe('FaceDetector on the sample photos', { timeout: 60_000 }, () => {
  it('finds one face per photo with 478 landmarks, a box and a unit 1024-D embedding', async () => {
    const astronaut = await photos.photo('astronaut.png', ASTRONAUT);
    for (const photo of [grace, astronaut]) {
      const faces = await detector.detect(photo.image);
      expect(faces).toHaveLength(1);
      const [f] = faces;
      expect(f.score).toBeGreaterThan(0.9);
      expect(f.landmarks).toHaveLength(478 * 3);
      expect(f.landmarks.every(Number.isFinite)).toBe(true);
      let inside = 0;
      for (let i = 0; i < 468; i++) {
        const [x, y] = point(f, i);
        if (x >= f.box[0] && x <= f.box[0] + f.box[2] && y >= f.box[1] && y <= f.box[1] + f.box[3]) inside++;
      }
      expect(inside).toBe(468);
      expect(f.embedding).toHaveLength(1024);
      expect(Math.hypot(...f.embedding!)).toBeCloseTo(1, 5);
    }
  });

  it('puts landmarks on the features checked by eye (Grace Hopper)', () => {
    // Pupils and nose tip read off the overlay image, in photo pixels.
    const near = (i: number, x: number, y: number, tol: number) => {
      const [px, py] = point(graceFace, i);
      expect(Math.hypot(px - x, py - y), `landmark ${i} at ${px},${py}`).toBeLessThan(tol);
    };
    near(468, 216, 191, 4); // subject's right pupil, image left
    near(473, 306, 187, 4); // subject's left pupil, image right
    near(1, 268, 245, 6); // nose tip
  });

  it('numbers points as MediaPipe does: right eye (image left) and its iris first', () => {
    const [rOuter] = point(graceFace, 33);
    const [rInner] = point(graceFace, 133);
    const [lInner] = point(graceFace, 362);
    const [lOuter] = point(graceFace, 263);
    expect(rOuter).toBeLessThan(rInner);
    expect(rInner).toBeLessThan(lInner);
    expect(lInner).toBeLessThan(lOuter);
    const [rightIris] = point(graceFace, 468);
    const [leftIris] = point(graceFace, 473);
    expect(rightIris).toBeGreaterThan(rOuter);
    expect(rightIris).toBeLessThan(rInner);
    expect(leftIris).toBeGreaterThan(lInner);
    expect(leftIris).toBeLessThan(lOuter);
  });

  it('gives depth with smaller z closer to the camera, in the same pixels as x and y', async () => {
    const [, , noseZ] = point(graceFace, 1);
    for (const side of [234, 454]) expect(noseZ).toBeLessThan(point(graceFace, side)[2] - 50);
    // Twice the pixels: x, y and z all double. Unscaled z (human's crop units) would not.
    const big = await photos.photo('grace-2x.png', sharp(GRACE).resize(1024).png());
    const [f2] = await detector.detect(big.image);
    let xy = 0;
    let z = 0;
    let zSpread = 0;
    for (let i = 0; i < 478; i++) {
      const [x1, y1, z1] = point(graceFace, i);
      const [x2, y2, z2] = point(f2, i);
      xy += Math.hypot(x2 - 2 * x1, y2 - 2 * y1);
      z += Math.abs(z2 - 2 * z1);
      zSpread += Math.abs(2 * z1);
    }
    const iod2 = interocularDistance(f2.landmarks);
    expect(xy / 478 / iod2).toBeLessThan(0.02);
    expect(z / zSpread).toBeLessThan(0.15);
  });

  it('finds the face in a 4000-pixel-wide photo, at the photo scale', async () => {
    const huge = await photos.photo('grace-4000.jpg', sharp(GRACE).resize(4000).jpeg({ quality: 92 }));
    expect(huge.image.width).toBe(4000);
    const faces = await detector.detect(huge.image);
    expect(faces).toHaveLength(1);
    const s = 4000 / 512;
    const scaled = { ...graceFace, landmarks: graceFace.landmarks.map((v) => v * s) };
    expect(meanLandmarkDistance(faces[0], scaled) / interocularDistance(scaled.landmarks)).toBeLessThan(0.03);
  });

  for (const [orientation, stored] of [
    [6, -90],
    [8, 90],
  ] as const) {
    it(`finds the same landmarks in a phone photo stored sideways with EXIF orientation ${orientation}`, async () => {
      const phone = await photos.photo(`phone-${orientation}.jpg`, sharp(GRACE).rotate(stored).withMetadata({ orientation }).jpeg({ quality: 95 }));
      expect([phone.image.width, phone.image.height]).toEqual([512, 600]);
      const [f] = await detector.detect(phone.image);
      expect(meanLandmarkDistance(f, graceFace)).toBeLessThan(2);
    });
  }

  it('finds faces that blazeface misses on the whole photo by searching tiles', async () => {
    // A 111 px wide portrait in a 1024 px canvas: the face is 6% of the canvas, below what the
    // 256 px whole-photo pass resolves.
    const small = await sharp(GRACE).resize(111).toBuffer();
    const canvas = sharp({ create: { width: 1024, height: 1024, channels: 3, background: '#6e7f80' } })
      .composite([{ input: small, left: 700, top: 640 }])
      .png();
    const photo = await photos.photo('far-away.png', canvas);
    const faces = await detector.detect(photo.image);
    expect(faces).toHaveLength(1);
    const [x, y] = point(faces[0], 1);
    expect(x).toBeGreaterThan(700);
    expect(x).toBeLessThan(811);
    expect(y).toBeGreaterThan(640);
    expect(y).toBeLessThan(770);
  });

  it('keeps no tensors between calls and answers concurrent calls like sequential ones', async () => {
    const astronaut = await photos.photo('astronaut.png', ASTRONAUT);
    await detector.detect(astronaut.image);
    const before = detector.memory();
    const [a, b] = await Promise.all([detector.detect(grace.image), detector.detect(astronaut.image)]);
    for (let i = 0; i < 2; i++) await detector.detect(grace.image);
    expect(detector.memory()).toEqual(before);
    expect(meanLandmarkDistance(a[0], graceFace)).toBe(0);
    expect(b[0].box[0]).toBeGreaterThan(100); // the astronaut's face, not a copy of Grace's
    expect(meanLandmarkDistance(b[0], graceFace)).toBeGreaterThan(20);
  });

  it('shares the models between detectors and reloads them after the last one is disposed', async () => {
    const second = await FaceDetector.load();
    second.dispose();
    expect(meanLandmarkDistance((await detector.detect(grace.image))[0], graceFace)).toBe(0);
    await expect(second.detect(grace.image)).rejects.toThrow(/after dispose/);
    detector.dispose();
    detector = await FaceDetector.load();
    expect(meanLandmarkDistance((await detector.detect(grace.image))[0], graceFace)).toBe(0);
  });
});
