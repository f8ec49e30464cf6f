/**
 * Weighted least-squares similarity between two point sets (Umeyama's problem), solved with
 * Horn's unit-quaternion method: the best rotation is the top eigenvector of a symmetric 4x4
 * matrix, so the answer is always a proper rotation (never a reflection) without an SVD.
 */
import { rotationFromQuaternion, type Mat3 } from './rotation.js';

export interface Similarity {
  scale: number;
  rotation: Mat3;
  translation: [number, number, number];
}

/**
 * The scale s, rotation R and translation t minimising sum_k w_k |s R src_k + t - dst_k|^2 over the
 * points `ids` (xyz triples in both arrays, the same indexing).
 */
export function alignSimilarity(
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  ids: ArrayLike<number>,
  weights: ArrayLike<number>,
): Similarity {
  let wSum = 0;
  const ms = [0, 0, 0];
  const md = [0, 0, 0];
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k] * 3;
    const w = weights[k];
    wSum += w;
    for (let a = 0; a < 3; a++) {
      ms[a] += w * src[i + a];
      md[a] += w * dst[i + a];
    }
  }
  for (let a = 0; a < 3; a++) {
    ms[a] /= wSum;
    md[a] /= wSum;
  }
  // S[a][b] = sum w (src_a - ms_a)(dst_b - md_b); varS = sum w |src - ms|^2.
  const S = new Float64Array(9);
  let varS = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k] * 3;
    const w = weights[k];
    for (let a = 0; a < 3; a++) {
      const sa = src[i + a] - ms[a];
      varS += w * sa * sa;
      for (let b = 0; b < 3; b++) S[3 * a + b] += w * sa * (dst[i + b] - md[b]);
    }
  }
  const [sxx, sxy, sxz, syx, syy, syz, szx, szy, szz] = S;
  // Horn (1987), eq. for N; quaternion order (w, x, y, z).
  const N = Float64Array.of(
    sxx + syy + szz, syz - szy, szx - sxz, sxy - syx,
    syz - szy, sxx - syy - szz, sxy + syx, szx + sxz,
    szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy,
    sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz,
  );
  const q = topEigenvector4(N);
  const rotation = rotationFromQuaternion([q[1], q[2], q[3], q[0]]);
  // s = sum w (dst - md) . R (src - ms) / varS = trace(R S) / varS with S as above.
  let cross = 0;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) cross += rotation[3 * b + a] * S[3 * a + b];
  const scale = cross / varS;
  const rms = [0, 1, 2].map((r) => rotation[3 * r] * ms[0] + rotation[3 * r + 1] * ms[1] + rotation[3 * r + 2] * ms[2]);
  return {
    scale,
    rotation,
    translation: [md[0] - scale * rms[0], md[1] - scale * rms[1], md[2] - scale * rms[2]],
  };
}

/** Eigenvector of the largest eigenvalue of a symmetric 4x4 matrix, by cyclic Jacobi rotations. */
function topEigenvector4(input: Float64Array): Float64Array {
  const a = Float64Array.from(input);
  const v = Float64Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < 4; p++) for (let q = p + 1; q < 4; q++) off += a[4 * p + q] * a[4 * p + q];
    if (off < 1e-30) break;
    for (let p = 0; p < 4; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = a[4 * p + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[4 * q + q] - a[4 * p + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) {
          const akp = a[4 * k + p], akq = a[4 * k + q];
          a[4 * k + p] = c * akp - s * akq;
          a[4 * k + q] = s * akp + c * akq;
        }
        for (let k = 0; k < 4; k++) {
          const apk = a[4 * p + k], aqk = a[4 * q + k];
          a[4 * p + k] = c * apk - s * aqk;
          a[4 * q + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < 4; k++) {
          const vkp = v[4 * k + p], vkq = v[4 * k + q];
          v[4 * k + p] = c * vkp - s * vkq;
          v[4 * k + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  let best = 0;
  for (let k = 1; k < 4; k++) if (a[5 * k] > a[5 * best]) best = k;
  return Float64Array.of(v[best], v[4 + best], v[8 + best], v[12 + best]);
}
