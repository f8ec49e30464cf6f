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

/**
 * Inter-ocular distance: outer eye corner to outer eye corner in the image plane (the 300-W
 * normalisation), in the landmarks' pixel units. Pupils would move with gaze; corners do not.
 */
export function interocularDistance(landmarks: Float32Array): number {
  const a = RIGHT_EYE_OUTER * 3;
  const b = LEFT_EYE_OUTER * 3;
  return Math.hypot(landmarks[a] - landmarks[b], landmarks[a + 1] - landmarks[b + 1]);
}
