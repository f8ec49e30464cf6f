/**
 * One photo's detected face as the geometry fit reads it: the 468 mesh landmarks split into image
 * points and MediaPipe's relative depth, with the camera intrinsics of the photo.
 */
import { interocularDistance } from '../detect/mesh-landmarks.js';
import { FitError, type DecodedPhoto, type DetectedFace } from '../types.js';
import { photoIntrinsics, type Intrinsics } from './intrinsics.js';

export interface LandmarkView {
  intrinsics: Intrinsics;
  /** xy per mesh landmark, pixels (origin top-left, y down). */
  points: Float64Array;
  /**
   * Per mesh landmark, MediaPipe's relative depth turned to point towards the camera (-z), in the
   * detector's pixel units; its true scale is calibrated against the canonical face in initialPose.
   */
  towards: Float64Array;
  /** Outer eye corner to outer eye corner, pixels: the unit of landmarkError. */
  interocular: number;
}

/** Below this the landmarks cannot place a head; the detector refuses such faces first. */
const MIN_INTEROCULAR_PX = 4;

export function landmarkView(photo: DecodedPhoto, face: DetectedFace, vertexCount: number): LandmarkView {
  const { landmarks } = face;
  if (landmarks.length < vertexCount * 3) {
    throw new FitError(
      'INTERNAL',
      `photo ${photo.index + 1} (${photo.name}): the face has ${landmarks.length / 3} landmarks, the mesh needs ${vertexCount}; ` +
        'the detector and the face model do not match — please report this.',
      photo.index,
    );
  }
  const points = new Float64Array(vertexCount * 2);
  const towards = new Float64Array(vertexCount);
  for (let i = 0; i < vertexCount; i++) {
    const x = landmarks[3 * i], y = landmarks[3 * i + 1], z = landmarks[3 * i + 2];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
      throw new FitError('INTERNAL', `photo ${photo.index + 1} (${photo.name}): landmark ${i} is not a finite number; please report this.`, photo.index);
    }
    points[2 * i] = x;
    points[2 * i + 1] = y;
    towards[i] = -z;
  }
  const interocular = interocularDistance(landmarks);
  if (!(interocular >= MIN_INTEROCULAR_PX)) {
    throw new FitError(
      'FACE_TOO_SMALL',
      `photo ${photo.index + 1} (${photo.name}): the eyes are ${interocular.toFixed(1)} px apart, too close to fit a head; ` +
        'use a photo where the face is larger.',
      photo.index,
    );
  }
  return { intrinsics: photoIntrinsics(photo), points, towards, interocular };
}
