import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceDetector } from '../../server/detect/faces.js';
import { SAME_PERSON_MIN_SIMILARITY, checkSamePerson, identitySimilarity } from '../../server/detect/identity.js';
import { FitError, type DecodedPhoto, type DetectedFace } from '../../server/types.js';
import { ASTRONAUT, GRACE, PhotoDir } from './photos.js';

let detector: FaceDetector;
let photos: PhotoDir;
let grace: { photo: DecodedPhoto; face: DetectedFace };
let astronaut: { photo: DecodedPhoto; face: DetectedFace };
/** Grace Hopper again: mirrored, cropped closer and brightened, as another photo of her might be. */
let graceAgain: { photo: DecodedPhoto; face: DetectedFace };

async function load(name: string, image: sharp.Sharp | string, index: number) {
  const photo = await photos.photo(name, image, index);
  const faces = await detector.detect(photo.image);
  expect(faces).toHaveLength(1);
  return { photo, face: faces[0] };
}

beforeAll(async () => {
  detector = await FaceDetector.load();
  photos = await PhotoDir.create();
  grace = await load('grace.jpg', GRACE, 0);
  astronaut = await load('astronaut.png', ASTRONAUT, 1);
  graceAgain = await load(
    'grace-again.jpg',
    sharp(GRACE).flop().extract({ left: 60, top: 40, width: 400, height: 420 }).linear(1.3, 8).jpeg({ quality: 80 }),
    1,
  );
}, 120_000);

afterAll(async () => {
  detector.dispose();
  await photos.remove();
});

describe('identitySimilarity', () => {
  it('is the cosine of the two vectors', () => {
    const a = new Float32Array([1, 0, 0, 0]);
    expect(identitySimilarity(a, a)).toBeCloseTo(1, 6);
    expect(identitySimilarity(a, new Float32Array([0, 3, 0, 0]))).toBeCloseTo(0, 6);
    expect(identitySimilarity(a, new Float32Array([-2, 0, 0, 0]))).toBeCloseTo(-1, 6);
    expect(identitySimilarity(new Float32Array([1, 1, 0, 0]), new Float32Array([5, 0, 0, 0]))).toBeCloseTo(Math.SQRT1_2, 6);
  });
});

describe('checkSamePerson', () => {
  it('scores one person well above and two people well below the threshold', () => {
    const same = identitySimilarity(grace.face.embedding!, graceAgain.face.embedding!);
    const different = identitySimilarity(grace.face.embedding!, astronaut.face.embedding!);
    expect(same).toBeGreaterThan(SAME_PERSON_MIN_SIMILARITY + 0.2);
    expect(different).toBeLessThan(SAME_PERSON_MIN_SIMILARITY - 0.05);
  });

  it('accepts two photos of the same person', () => {
    expect(() => checkSamePerson([grace.face, graceAgain.face], [grace.photo, graceAgain.photo])).not.toThrow();
  });

  it('refuses photos of two different people as DIFFERENT_PEOPLE, naming both photos', () => {
    let err: unknown;
    try {
      checkSamePerson([grace.face, astronaut.face], [grace.photo, astronaut.photo]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FitError);
    const fit = err as FitError;
    expect(fit.code).toBe('DIFFERENT_PEOPLE');
    expect(fit.photoIndex).toBe(1);
    expect(fit.message).toContain('photo 1 (grace.jpg) and photo 2 (astronaut.png)');
    expect(fit.message).toMatch(/photos of one person only/);
  });

  it('finds the odd one out among three photos', () => {
    const third = { ...astronaut.photo, index: 2, name: 'third.png' };
    const again = { ...graceAgain.photo, index: 1 };
    expect(() => checkSamePerson([grace.face, graceAgain.face, astronaut.face], [grace.photo, again, third])).toThrow(
      /photo 1 \(grace\.jpg\) and photo 3 \(third\.png\)|photo 2 \(grace-again\.jpg\) and photo 3 \(third\.png\)/,
    );
  });

  it('leaves faces without an embedding out of the comparison', () => {
    const undescribed = { ...astronaut.face, embedding: null };
    expect(() => checkSamePerson([grace.face, undescribed], [grace.photo, astronaut.photo])).not.toThrow();
  });
});
