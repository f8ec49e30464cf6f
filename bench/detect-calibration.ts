/**
 * The measurements behind two constants of the detect stage:
 * - MIN_INTEROCULAR_PX (server/detect/select.ts): each sample photo shrunk until its eyes are
 *   k px apart; mean landmark error against full resolution (% of the IOD) and the identity
 *   embedding's cosine to full resolution.
 * - SAME_PERSON_MIN_SIMILARITY (server/detect/identity.ts): each sample photo in 12 versions;
 *   embedding cosines between versions of one person and across the two people.
 * Shrunk photos keep the sample's framing, so blazeface sees the face at the same relative size.
 */
import sharp from 'sharp';
import { FaceDetector } from '../server/detect/faces.js';
import { identitySimilarity } from '../server/detect/identity.js';
import { interocularDistance } from '../server/detect/mesh-landmarks.js';
import type { DetectedFace, RgbImage } from '../server/types.js';
import { median, type BenchRow } from './table.js';
import { ASTRONAUT, HOPPER } from '../test/support/photos.js';

const PHOTOS = { grace_hopper: HOPPER, astronaut: ASTRONAUT };
const IOD_STEPS = [60, 45, 35, 30, 25, 20, 16, 12];

async function rgb(image: sharp.Sharp): Promise<RgbImage> {
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

async function one(detector: FaceDetector, image: sharp.Sharp): Promise<DetectedFace | undefined> {
  return (await detector.detect(await rgb(image)))[0];
}

async function sizeRows(detector: FaceDetector): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, file] of Object.entries(PHOTOS)) {
    const { width = 0 } = await sharp(file).metadata();
    const full = await one(detector, sharp(file));
    if (!full?.embedding) throw new Error(`no face in ${file}`);
    const iod = interocularDistance(full.landmarks);
    for (const target of IOD_STEPS) {
      const scale = target / iod;
      const small = await one(detector, sharp(file).resize(Math.round(width * scale)));
      const group = `detect calibration: ${name} at IOD ${target} px`;
      if (!small?.embedding) {
        rows.push({ group, name: 'faces found', value: 0, unit: 'count' });
        continue;
      }
      let err = 0;
      for (let i = 0; i < 468; i++) {
        err += Math.hypot(small.landmarks[3 * i] / scale - full.landmarks[3 * i], small.landmarks[3 * i + 1] / scale - full.landmarks[3 * i + 1]);
      }
      rows.push({ group, name: 'landmark error', value: (100 * err) / 468 / iod, unit: '% IOD' });
      rows.push({ group, name: 'embedding cosine to full size', value: identitySimilarity(small.embedding, full.embedding), unit: 'cos' });
    }
  }
  return rows;
}

function versions(file: string, size: { width: number; height: number }, face: DetectedFace): sharp.Sharp[] {
  const src = () => sharp(file).removeAlpha();
  const [x, y, w, h] = face.box;
  const left = Math.max(0, Math.round(x - 0.05 * w));
  const top = Math.max(0, Math.round(y - 0.05 * h));
  const tight = { left, top, width: Math.min(size.width - left, Math.round(1.1 * w)), height: Math.min(size.height - top, Math.round(1.1 * h)) };
  return [
    src(),
    src().flop(),
    src().extract(tight),
    src().extend({ top: 100, bottom: 100, left: 100, right: 100, background: '#808080' }),
    src().linear(0.5, 0),
    src().linear(1.4, 10),
    src().grayscale(),
    src().jpeg({ quality: 20 }),
    src().rotate(15, { background: '#808080' }),
    src().blur(1.5),
    src().resize(Math.round((size.width * 40) / interocularDistance(face.landmarks))),
    src().recomb([
      [1.1, 0, 0],
      [0, 1, 0],
      [0, 0, 0.8],
    ]),
  ];
}

async function identityRows(detector: FaceDetector): Promise<BenchRow[]> {
  const embeddings: { person: string; embedding: Float32Array }[] = [];
  for (const [person, file] of Object.entries(PHOTOS)) {
    const { width = 0, height = 0 } = await sharp(file).metadata();
    const full = await one(detector, sharp(file));
    if (!full) throw new Error(`no face in ${file}`);
    for (const version of versions(file, { width, height }, full)) {
      // JPEG versions must be decoded from their bytes to carry the compression.
      const face = await one(detector, sharp(await version.png().toBuffer()));
      if (face?.embedding) embeddings.push({ person, embedding: face.embedding });
    }
  }
  const same: number[] = [];
  const different: number[] = [];
  for (let i = 0; i < embeddings.length; i++) {
    for (let j = i + 1; j < embeddings.length; j++) {
      const c = identitySimilarity(embeddings[i].embedding, embeddings[j].embedding);
      (embeddings[i].person === embeddings[j].person ? same : different).push(c);
    }
  }
  const group = 'detect calibration: identity';
  return [
    { group, name: 'versions with a face', value: embeddings.length, unit: 'count' },
    { group, name: 'same person: min', value: Math.min(...same), unit: 'cos', runs: same.length },
    { group, name: 'same person: median', value: median(same), unit: 'cos', runs: same.length },
    { group, name: 'different people: median', value: median(different), unit: 'cos', runs: different.length },
    { group, name: 'different people: max', value: Math.max(...different), unit: 'cos', runs: different.length },
  ];
}

export async function benchDetectCalibration(): Promise<BenchRow[]> {
  const detector = await FaceDetector.load();
  try {
    return [...(await sizeRows(detector)), ...(await identityRows(detector))];
  } finally {
    detector.dispose();
  }
}
