/**
 * Picks the face to fit in one photo, or says why none is usable.
 */
import { FitError, type DecodedPhoto, type DetectedFace, type FitHooks } from '../types.js';
import { interocularDistance } from './mesh-landmarks.js';

/**
 * Smallest usable inter-ocular distance (outer eye corners, photo pixels). Measured by shrinking
 * the two sample photos and comparing with full resolution (bench/detect-calibration.ts): at
 * 30 px the mesh is within 1.7-2.1% of the IOD and the identity embedding keeps a cosine of
 * 0.94-0.98; at 20 px that becomes 2.7% and 0.86-0.92, at 12 px 4.4-5.5% and 0.59-0.68.
 * Below 30 px the identity check starts to drift and a face texture would be a few dozen
 * pixels wide.
 */
export const MIN_INTEROCULAR_PX = 30;

/**
 * faceIndex 0 picks the largest face; k > 0 picks the k-th largest (1 = largest). `faces` must
 * be sorted largest first, as FaceDetector.detect returns them.
 */
export function selectFace(
  faces: DetectedFace[],
  photo: DecodedPhoto,
  faceIndex: number,
  hooks: Pick<FitHooks, 'warn'>,
): DetectedFace {
  const label = `photo ${photo.index + 1} (${photo.name})`;
  if (faces.length === 0) {
    throw new FitError(
      'NO_FACE',
      `no face found in ${label}; use a photo with the face turned towards the camera, evenly lit and not covered`,
      photo.index,
    );
  }
  if (!Number.isInteger(faceIndex) || faceIndex < 0 || faceIndex > faces.length) {
    throw new FitError(
      'FACE_INDEX_OUT_OF_RANGE',
      `face_index ${faceIndex} asks for face ${faceIndex} of ${label}, which has ${faces.length} ` +
        `${faces.length === 1 ? 'face' : 'faces'}; use 1..${faces.length}, or 0 for the largest`,
      photo.index,
    );
  }
  const face = faces[Math.max(0, faceIndex - 1)];
  if (faceIndex === 0 && faces.length > 1) {
    hooks.warn(
      'several-faces',
      `${label} shows ${faces.length} faces; using the largest; set face_index to choose another (1 = largest)`,
    );
  }
  const iod = interocularDistance(face.landmarks);
  if (iod < MIN_INTEROCULAR_PX) {
    throw new FitError(
      'FACE_TOO_SMALL',
      `the face in ${label} is too small: its eyes are ${iod.toFixed(0)} px apart (outer corners), ` +
        `at least ${MIN_INTEROCULAR_PX} px are needed; use a closer or higher-resolution photo, or crop less`,
      photo.index,
    );
  }
  return face;
}
