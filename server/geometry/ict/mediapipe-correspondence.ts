/**
 * Where MediaPipe's 468 face-mesh landmarks sit on ICT-FaceKit's face: per landmark, a triangle of
 * ICT model vertices and barycentric weights, so the point follows any identity or expression.
 * The table is derived by tools/correspondence/derive.ts (see there for how, and the JSON's
 * `quality` for how well).
 */
import table from './mediapipe-correspondence.json' with { type: 'json' };

export interface LandmarkCorrespondence {
  /** Per landmark, three ICT model vertices (landmark count * 3). */
  vertices: Uint32Array;
  /** Per landmark, the weights of those vertices, summing to 1. */
  barycentrics: Float32Array;
  /**
   * Per landmark, mm: how far ICT's neutral face is from MediaPipe's canonical one there after a
   * similarity fit; large values mark landmarks whose placement differs most between the two.
   */
  residualMm: Float32Array;
}

let parsed: LandmarkCorrespondence | undefined;

export function mediapipeCorrespondence(): LandmarkCorrespondence {
  if (parsed) return parsed;
  const rows = table.landmarks;
  parsed = {
    vertices: Uint32Array.from(rows.flatMap((r) => r.slice(0, 3))),
    barycentrics: Float32Array.from(rows.flatMap((r) => r.slice(3, 6))),
    residualMm: Float32Array.from(rows, (r) => r[6]),
  };
  return parsed;
}

/** The landmarks' positions (xyz each) on an ICT shape (xyz per model vertex). */
export function landmarkPositions(
  c: LandmarkCorrespondence,
  shape: ArrayLike<number>,
  out: Float32Array = new Float32Array(c.residualMm.length * 3),
): Float32Array {
  for (let i = 0; i < c.residualMm.length; i++) {
    for (let a = 0; a < 3; a++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += c.barycentrics[3 * i + k] * shape[3 * c.vertices[3 * i + k] + a];
      out[3 * i + a] = s;
    }
  }
  return out;
}
