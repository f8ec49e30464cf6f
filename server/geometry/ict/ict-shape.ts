/** ICT-FaceKit shapes from coefficients: neutral + identity modes (dense) + expressions (sparse). */
import type { IctModel } from './model.js';

/** xyz per model vertex, metres: the neutral face moved along the identity modes by `identity`. */
export function identityShape(model: IctModel, identity: ArrayLike<number>): Float32Array {
  const v3 = model.vertexCount * 3;
  const out = new Float64Array(model.neutral);
  for (let k = 0; k < model.identityCount; k++) {
    const w = identity[k];
    if (w === 0) continue;
    const mode = model.identityBasis.subarray(k * v3, (k + 1) * v3);
    for (let i = 0; i < v3; i++) out[i] += w * mode[i];
  }
  return Float32Array.from(out);
}

/** `shape` with model.expressions[j] applied at weights[j]; a new array. */
export function withExpressions(model: IctModel, shape: Float32Array, weights: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(shape);
  model.expressions.forEach((e, j) => {
    const w = weights[j];
    if (!w) return;
    e.vertices.forEach((v, k) => {
      out[3 * v] += w * e.deltas[3 * k];
      out[3 * v + 1] += w * e.deltas[3 * k + 1];
      out[3 * v + 2] += w * e.deltas[3 * k + 2];
    });
  });
  return out;
}
