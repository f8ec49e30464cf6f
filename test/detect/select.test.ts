import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import { interocularDistance } from '../../server/detect/mesh-landmarks.js';
import { MIN_INTEROCULAR_PX, selectFace } from '../../server/detect/select.js';
import { FitError, type DecodedPhoto, type DetectedFace } from '../../server/types.js';
import { ASTRONAUT, GRACE, PhotoDir, meanLandmarkDistance } from './photos.js';

let detector: FaceDetector;
let photos: PhotoDir;

beforeAll(async () => {
  detector = await FaceDetector.load();
  photos = await PhotoDir.create();
}, 60_000);

afterAll(async () => {
  detector.dispose();
  await photos.remove();
});

function warnings() {
  const seen: { code: string; message: string }[] = [];
  return { seen, hooks: { warn: (code: string, message: string) => void seen.push({ code, message }) } };
}

function refusal(run: () => unknown): FitError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(FitError);
    return err as FitError;
  }
  throw new Error('expected a FitError');
}

async function detected(photo: DecodedPhoto): Promise<DetectedFace[]> {
  return detector.detect(photo.image);
}

describe('selectFace', { timeout: 60_000 }, () => {
  it('takes the only face of a portrait without warnings', async () => {
    const photo = await photos.photo('grace.jpg', GRACE);
    const faces = await detected(photo);
    const { seen, hooks } = warnings();
    expect(selectFace(faces, photo, 0, hooks)).toBe(faces[0]);
    expect(selectFace(faces, photo, 1, hooks)).toBe(faces[0]);
    expect(seen).toEqual([]);
  });

  it('refuses photos without a face as NO_FACE and says what helps', async () => {
    const cases: [string, sharp.Sharp][] = [
      ['suit.png', sharp(ASTRONAUT).extract({ left: 0, top: 260, width: 512, height: 252 }).png()], // below the face
      ['blurred.png', sharp(GRACE).blur(20).png()],
    ];
    for (const [name, image] of cases) {
      const photo = await photos.photo(name, image, 1);
      const faces = await detected(photo);
      expect(faces).toEqual([]);
      const err = refusal(() => selectFace(faces, photo, 0, warnings().hooks));
      expect(err.code).toBe('NO_FACE');
      expect(err.photoIndex).toBe(1);
      expect(err.message).toContain(`photo 2 (${name})`);
      expect(err.message).toMatch(/towards the camera.*lit/);
    }
  });

  describe('with two people side by side', () => {
    let photo: DecodedPhoto;
    let faces: DetectedFace[];
    let alone: { grace: DetectedFace; astronaut: DetectedFace };

    beforeAll(async () => {
      const astronaut = await sharp(ASTRONAUT).removeAlpha().toBuffer();
      const pair = sharp({ create: { width: 1024, height: 600, channels: 3, background: '#808080' } })
        .composite([
          { input: await sharp(GRACE).toBuffer(), left: 0, top: 0 },
          { input: astronaut, left: 512, top: 44 },
        ])
        .png();
      photo = await photos.photo('pair.png', pair);
      faces = await detected(photo);
      const [grace] = await detected(await photos.photo('grace.jpg', GRACE));
      const [astro] = await detected(await photos.photo('astronaut.png', ASTRONAUT));
      // Where the astronaut's landmarks should land in the pair.
      const shifted = astro.landmarks.map((v, i) => (i % 3 === 0 ? v + 512 : i % 3 === 1 ? v + 44 : v));
      alone = { grace, astronaut: { ...astro, landmarks: shifted } };
    }, 60_000);

    it('finds both, largest first', () => {
      expect(faces).toHaveLength(2);
      expect(faces[0].box[2] * faces[0].box[3]).toBeGreaterThan(faces[1].box[2] * faces[1].box[3]);
      expect(meanLandmarkDistance(faces[0], alone.grace)).toBeLessThan(3);
      expect(meanLandmarkDistance(faces[1], alone.astronaut)).toBeLessThan(3);
    });

    it('uses the largest for face_index 0 and warns that there are several', () => {
      const { seen, hooks } = warnings();
      expect(selectFace(faces, photo, 0, hooks)).toBe(faces[0]);
      expect(seen).toHaveLength(1);
      expect(seen[0].code).toBe('several-faces');
      expect(seen[0].message).toContain('using the largest; set face_index to choose another');
    });

    it('selects the k-th largest for face_index k, without a warning', () => {
      const { seen, hooks } = warnings();
      expect(selectFace(faces, photo, 1, hooks)).toBe(faces[0]);
      expect(selectFace(faces, photo, 2, hooks)).toBe(faces[1]);
      expect(seen).toEqual([]);
    });

    it('refuses a face_index beyond the faces found', () => {
      for (const index of [3, 7, -1, 1.5]) {
        const err = refusal(() => selectFace(faces, photo, index, warnings().hooks));
        expect(err.code).toBe('FACE_INDEX_OUT_OF_RANGE');
        expect(err.photoIndex).toBe(0);
        expect(err.message).toContain('has 2 faces; use 1..2, or 0 for the largest');
      }
    });
  });

  it('refuses a face whose eyes are closer than the minimum, naming both distances', async () => {
    // The portrait shrunk into a corner of a large canvas: still found, but too small to fit.
    const tiny = await sharp(GRACE).resize(111).toBuffer();
    const canvas = sharp({ create: { width: 1024, height: 1024, channels: 3, background: '#6e7f80' } })
      .composite([{ input: tiny, left: 24, top: 24 }])
      .png();
    const photo = await photos.photo('tiny.png', canvas, 3);
    const faces = await detected(photo);
    expect(faces).toHaveLength(1);
    const iod = interocularDistance(faces[0].landmarks);
    expect(iod).toBeLessThan(MIN_INTEROCULAR_PX);
    expect(iod).toBeGreaterThan(15);
    const err = refusal(() => selectFace(faces, photo, 0, warnings().hooks));
    expect(err.code).toBe('FACE_TOO_SMALL');
    expect(err.photoIndex).toBe(3);
    expect(err.message).toContain(`eyes are ${iod.toFixed(0)} px apart`);
    expect(err.message).toContain(`at least ${MIN_INTEROCULAR_PX} px`);
  });

  it('accepts the same portrait at a size comfortably above the minimum', async () => {
    const photo = await photos.photo('medium.png', sharp(GRACE).resize(200).png());
    const faces = await detected(photo);
    expect(interocularDistance(faces[0].landmarks)).toBeGreaterThan(MIN_INTEROCULAR_PX);
    expect(selectFace(faces, photo, 0, warnings().hooks)).toBe(faces[0]);
  });
});
