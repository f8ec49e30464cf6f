/**
 * Named points of the 478-point MediaPipe face mesh (468 mesh points + two 5-point irises), in
 * MediaPipe's numbering. "Right" and "left" are the subject's: the right eye is on the image's left.
 */
export const MESH_POINTS = 478;

export const RIGHT_EYE_OUTER = 33;
export const RIGHT_EYE_INNER = 133;
export const LEFT_EYE_INNER = 362;
export const LEFT_EYE_OUTER = 263;
/** Iris blocks: centre first, then four points on the iris rim. */
export const RIGHT_IRIS = 468;
export const LEFT_IRIS = 473;
export const IRIS_POINTS = 5;

/** The eyelids' margins around each eye's opening (subject's right eye, then left). */
export const EYE_OPENINGS = [
  [33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7],
  [263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249],
];
/** The lips' inner contour: the upper lip corner to corner, then the lower lip back. */
export const INNER_LIPS = [78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95];

/** A contour's points as xy pairs in the landmarks' pixels. */
export function contour(landmarks: Float32Array, ids: number[]): number[][] {
  return ids.map((i) => [landmarks[3 * i], landmarks[3 * i + 1]]);
}

/**
 * Inter-ocular distance: outer eye corner to outer eye corner in the image plane (the 300-W
 * normalisation), in the landmarks' pixel units. Pupils would move with gaze; corners do not.
 */
export function interocularDistance(landmarks: Float32Array): number {
  const a = RIGHT_EYE_OUTER * 3;
  const b = LEFT_EYE_OUTER * 3;
  return Math.hypot(landmarks[a] - landmarks[b], landmarks[a + 1] - landmarks[b + 1]);
}
