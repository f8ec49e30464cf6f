/**
 * Checks that the photos of one request show one person, by the cosine similarity of faceres
 * embeddings.
 */
import { FitError, type DecodedPhoto, type DetectedFace } from '../types.js';

/**
 * Pairs scoring below this are different people. Measured on the two sample photos, each in 12
 * versions (original, mirrored, tight crop, padded, darker, brighter, grey, JPEG quality 20,
 * rotated 15°, blurred, shrunk to a 40 px inter-ocular distance, warm tint;
 * bench/detect-calibration.ts):
 *   same person, 132 pairs:      min 0.836, median 0.950
 *   different people, 144 pairs: median 0.391, max 0.459
 * The threshold sits nearer the different-people side: real photos of one person taken on
 * different days spread further than edits of one photo do, and refusing a genuine set costs
 * the user more than fitting a rare look-alike pair.
 */
export const SAME_PERSON_MIN_SIMILARITY = 0.55;

/** Cosine similarity of two embeddings (FaceDetector's are unit length; this does not assume it). */
export function identitySimilarity(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`embedding lengths differ: ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * faces[i] is the selected face of photos[i]. Every pair of faces is compared and the least
 * similar pair, if below the threshold, is reported. A face without an embedding (faceres could
 * not describe it) is left out of the comparison rather than refused: the geometry fit still
 * ties it to the others.
 */
export function checkSamePerson(faces: DetectedFace[], photos: DecodedPhoto[]): void {
  if (faces.length !== photos.length) throw new Error(`${faces.length} faces for ${photos.length} photos`);
  let worst: { i: number; j: number; similarity: number } | undefined;
  for (let i = 0; i < faces.length; i++) {
    const a = faces[i].embedding;
    if (!a) continue;
    for (let j = i + 1; j < faces.length; j++) {
      const b = faces[j].embedding;
      if (!b) continue;
      const similarity = identitySimilarity(a, b);
      if (!worst || similarity < worst.similarity) worst = { i, j, similarity };
    }
  }
  if (!worst || worst.similarity >= SAME_PERSON_MIN_SIMILARITY) return;
  const first = photos[worst.i];
  const second = photos[worst.j];
  throw new FitError(
    'DIFFERENT_PEOPLE',
    `photo ${first.index + 1} (${first.name}) and photo ${second.index + 1} (${second.name}) seem to show different people ` +
      `(identity similarity ${worst.similarity.toFixed(2)}; one person scores ${SAME_PERSON_MIN_SIMILARITY} or more); ` +
      `send photos of one person only, or set face_index where a photo shows several people`,
    second.index,
  );
}
