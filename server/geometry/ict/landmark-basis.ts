/**
 * ICT-FaceKit's morphable model seen only at MediaPipe's 468 landmarks: the neutral landmark
 * positions and how each landmark moves per unit of each coefficient. The landmarks are fixed
 * barycentric points of the mesh, so they stay linear in the coefficients:
 *   landmarks(β, ω) = mean + Σ_k β_k identity_k + Σ_j ω_j expression_j.
 *
 * The identity enters rotated: β = V γ, with V's columns the eigenvectors of the identity modes'
 * Gram matrix at the landmarks, strongest first. V is orthonormal, so the prior |β|² is |γ|², and
 * the landmarks see γ_k with strength identityStrength[k]: a fit may leave out the directions the
 * landmarks barely see, which is where 468 points on the face cannot pin the head down anyway.
 */
import { landmarkPositions, mediapipeCorrespondence } from './mediapipe-correspondence.js';
import type { IctModel } from './model.js';
import { symmetricEigen } from './symmetric-eigen.js';

export interface LandmarkBasis {
  count: number;
  /** xyz per landmark, metres. */
  mean: Float64Array;
  identityCount: number;
  /** Row-major identityCount x identityCount: column k is identity direction k as ICT coefficients (β = V γ). */
  identityDirections: Float64Array;
  /** Per identity direction, RMS landmark coordinate movement per unit, metres, descending. */
  identityStrength: Float64Array;
  /** Expressions: `expressions` of the model, in its order. */
  expressionCount: number;
  /** identityCount + expressionCount: the identity directions, then the expressions. */
  columns: number;
  /**
   * Row-major (3 * count) x columns: row 3i + a holds how coordinate a of landmark i moves per
   * unit of each coefficient. Landmark-major, so the fit reads one landmark's rows contiguously.
   */
  matrix: Float64Array;
}

const cache = new WeakMap<IctModel, LandmarkBasis>();

/** Makes `basis`, computed for this model on another thread (load-prepared.ts), its landmarkBasis(). */
export function adoptLandmarkBasis(model: IctModel, basis: LandmarkBasis): void {
  cache.set(model, basis);
}

export function landmarkBasis(model: IctModel): LandmarkBasis {
  const hit = cache.get(model);
  if (hit) return hit;
  const c = mediapipeCorrespondence();
  const count = c.residualMm.length;
  const v3 = model.vertexCount * 3;
  const columns = model.identityCount + model.expressions.length;
  const matrix = new Float64Array(3 * count * columns);
  const setColumn = (col: number, moved: ArrayLike<number>): void => {
    for (let r = 0; r < 3 * count; r++) matrix[r * columns + col] = moved[r];
  };
  const ni = model.identityCount;
  const modes = Array.from({ length: ni }, (_, k) => landmarkPositions(c, model.identityBasis.subarray(k * v3, (k + 1) * v3)));
  const gram = new Float64Array(ni * ni);
  for (let p = 0; p < ni; p++) {
    for (let q = p; q < ni; q++) {
      let s = 0;
      for (let r = 0; r < 3 * count; r++) s += modes[p][r] * modes[q][r];
      gram[p * ni + q] = gram[q * ni + p] = s;
    }
  }
  const eigen = symmetricEigen(gram, ni);
  for (let k = 0; k < ni; k++) {
    const direction = new Float64Array(3 * count);
    for (let m = 0; m < ni; m++) {
      const w = eigen.vectors[m * ni + k];
      for (let r = 0; r < 3 * count; r++) direction[r] += w * modes[m][r];
    }
    setColumn(k, direction);
  }
  const dense = new Float32Array(v3);
  model.expressions.forEach((e, j) => {
    dense.fill(0);
    e.vertices.forEach((v, k) => dense.set(e.deltas.subarray(3 * k, 3 * k + 3), 3 * v));
    setColumn(model.identityCount + j, landmarkPositions(c, dense));
  });
  const basis = {
    count,
    mean: Float64Array.from(landmarkPositions(c, model.neutral)),
    identityCount: ni,
    identityDirections: eigen.vectors,
    identityStrength: Float64Array.from(eigen.values, (e) => Math.sqrt(Math.max(0, e) / (3 * count))),
    expressionCount: model.expressions.length,
    columns,
    matrix,
  };
  cache.set(model, basis);
  return basis;
}
