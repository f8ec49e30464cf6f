/**
 * A first per-photo lighting estimate: order-2 SH irradiance (see sh.ts) fitted by least squares
 * to the photo's colours over the face's well-seen points, against their camera-space normals.
 *
 * The plain bake keeps the photo's shading in its colours (for one photo it *is* the photo), so
 * photo ÷ bake carries no lighting information. The estimate instead assumes what holds for skin
 * at low frequency: one albedo ρ for the whole face, so that pixel ≈ ρ · E(n). Points where that
 * fails (eyes, brows, lips, hair, specular highlights) drop out by robust reweighting (Tukey) of
 * the fit's colour residuals.
 *
 * The irradiance is fitted as that of non-negative light from a fixed set of directions (NNLS):
 * the normals of one photo cover only a cap of the sphere, on which 1, z and 3z² − 1 (and y, yz;
 * x, xz) are nearly collinear, and unconstrained least squares trades them off into wild values
 * (measured on both sample photos: irradiance down to −3 and −5 on the unseen side). Every real
 * lighting is non-negative radiance, so the constraint only excludes what no scene can produce.
 *
 * Only ρ · E is observable: an albedo twice as bright under light half as strong gives the same
 * photo, per colour channel. The scale is fixed by giving ρ the mean colour of the plain bake over
 * the points used. For one photo, E then averages ≈ 1 over the face's normals and the light's
 * colour cast stays in the albedo; for several photos, each photo's E is relative to their common
 * bake, so their relative brightness and colour are kept. The reflectance fit refines both.
 */
import type { MeshBuffers, ShLighting } from '../types.js';
import { solveSpd } from '../geometry/cholesky.js';
import { viewMesh, type BakeResult, type BakeView } from './bake.js';
import { median } from './median.js';
import { directionalIrradiance, SH_COEFFICIENTS, shBasis } from './sh.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { texelBands } from './texel-bands.js';
import { ViewSampler } from './view-sampler.js';

/** Texel grid the estimate samples the face on: ~8 K well-seen points for 27 unknowns. */
const GRID = 128;
/** Only points seen this squarely (viewQuality) take part: oblique ones have unreliable colour. */
const MIN_QUALITY = 0.3;
const MIN_POINTS = 100;
/** Residuals are measured relative to at least this fraction of the face's mean colour. */
const SHADOW_FLOOR = 0.25;
const IRLS_ITERATIONS = 8;
const TUKEY = 4.685;
/** Directions the light may come from (a Fibonacci sphere), dense enough to mix any real lighting's order-2 irradiance closely. */
const LIGHT_DIRECTIONS = 96;
/** Keeps the least-squares systems solvable when their columns are (nearly) dependent. */
const RIDGE = 1e-9;

/** Uniform white irradiance E = 1: what the plain bake assumes. */
export function neutralLighting(): ShLighting {
  const sh = new Float32Array(3 * SH_COEFFICIENTS);
  for (let c = 0; c < 3; c++) sh[c * SH_COEFFICIENTS] = 1 / 0.282095;
  return sh;
}

/**
 * Lighting of one photo, relative to the bake's albedo scale (see above). Falls back to
 * neutralLighting when the photo shows fewer than MIN_POINTS well-seen points of the face.
 */
export function estimateLighting(mesh: MeshBuffers, view: BakeView, bake: BakeResult): ShLighting {
  const points = collectPoints(mesh, view, bake);
  const n = points.count;
  if (n < MIN_POINTS) return neutralLighting();
  const { basis, photo, albedo } = points;

  // Residuals are relative to the fit (albedo departures are multiplicative), but never to less
  // than a fraction of the mean colour, or quantisation noise in the shadows would count as outliers.
  const floor = [0, 1, 2].map((c) => {
    let m = 0;
    for (let i = 0; i < n; i++) m += photo[3 * i + c];
    return Math.max((SHADOW_FLOOR * m) / n, 1e-4);
  });
  const weight = new Float64Array(n).fill(1);
  const coeffs = new Float64Array(3 * SH_COEFFICIENTS);
  const residual = new Float64Array(n);
  for (let iter = 0; iter < IRLS_ITERATIONS; iter++) {
    // Residuals on the photo's normals are all the weights need, and there the unconstrained fit
    // is as good (or better): the non-negative solve is needed once, for the final lighting.
    solveFree(normalEquations(basis, photo, weight, n), coeffs);
    // Tukey weights on the colour residuals, scaled by their median. Lighting's colour is in the
    // model (one SH per channel), so what stays unexplained is the albedo's own colour: lips,
    // eyes, brows, hair, stubble; specular highlights.
    for (let i = 0; i < n; i++) {
      let sq = 0;
      for (let c = 0; c < 3; c++) {
        let f = 0;
        for (let k = 0; k < SH_COEFFICIENTS; k++) f += coeffs[c * SH_COEFFICIENTS + k] * basis[i * SH_COEFFICIENTS + k];
        sq += ((photo[3 * i + c] - f) / Math.max(f, floor[c])) ** 2;
      }
      residual[i] = Math.sqrt(sq / 3);
    }
    const scale = Math.max(1.4826 * median(residual), 0.005) * TUKEY;
    for (let i = 0; i < n; i++) {
      const u = residual[i] / scale;
      weight[i] = u < 1 ? (1 - u * u) ** 2 : 0;
    }
  }
  solveNonNegative(normalEquations(basis, photo, weight, n), coeffs);

  const sh = new Float32Array(3 * SH_COEFFICIENTS);
  let sw = 0;
  for (let i = 0; i < n; i++) sw += weight[i];
  for (let c = 0; c < 3; c++) {
    let rho = 0;
    for (let i = 0; i < n; i++) rho += weight[i] * albedo[3 * i + c];
    rho = Math.max(rho / sw, 1e-4);
    for (let k = 0; k < SH_COEFFICIENTS; k++) sh[c * SH_COEFFICIENTS + k] = coeffs[c * SH_COEFFICIENTS + k] / rho;
  }
  return sh;
}

interface Points {
  count: number;
  basis: Float64Array; // 9 per point: SH basis at the camera-space normal
  photo: Float64Array; // linear rgb per point
  albedo: Float64Array; // linear rgb per point: the bake averaged over the grid cell
}

function collectPoints(mesh: MeshBuffers, view: BakeView, bake: BakeResult): Points {
  const grid = Math.min(GRID, bake.size);
  const sampler = new ViewSampler(viewMesh(mesh, view), view.image, view.camera, grid);
  const basis: number[] = [], photo: number[] = [], albedo: number[] = [];
  const sample = new Float32Array(7);
  const y9 = new Float64Array(SH_COEFFICIENTS);
  const cell = bake.size / grid;
  for (const band of texelBands(mesh, grid)) {
    for (let p = 0; p < band.rows * grid; p++) {
      const t = band.triangle[p];
      if (t < 0) continue;
      sampler.sample(t, band.bary[3 * p], band.bary[3 * p + 1], band.bary[3 * p + 2], sample);
      if (sample[0] < MIN_QUALITY) continue;
      // The bake's texels under this grid cell, in linear light.
      const gx = p % grid, gy = band.y0 + Math.floor(p / grid);
      const x0 = Math.floor(gx * cell), x1 = Math.max(x0 + 1, Math.floor((gx + 1) * cell));
      const y0 = Math.floor(gy * cell), y1 = Math.max(y0 + 1, Math.floor((gy + 1) * cell));
      let r = 0, g = 0, b = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const o = 3 * (y * bake.size + x);
          r += SRGB_TO_LINEAR[bake.albedo[o]];
          g += SRGB_TO_LINEAR[bake.albedo[o + 1]];
          b += SRGB_TO_LINEAR[bake.albedo[o + 2]];
        }
      }
      const m = (x1 - x0) * (y1 - y0);
      albedo.push(r / m, g / m, b / m);
      photo.push(sample[1], sample[2], sample[3]);
      shBasis(sample[4], sample[5], sample[6], y9);
      for (let k = 0; k < SH_COEFFICIENTS; k++) basis.push(y9[k]);
    }
  }
  return {
    count: photo.length / 3,
    basis: Float64Array.from(basis),
    photo: Float64Array.from(photo),
    albedo: Float64Array.from(albedo),
  };
}

/** 9 × LIGHT_DIRECTIONS, column-major: the irradiance coefficients of unit light from each direction. */
const DIRECTION_IRRADIANCE = (() => {
  const out = new Float64Array(LIGHT_DIRECTIONS * SH_COEFFICIENTS);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let j = 0; j < LIGHT_DIRECTIONS; j++) {
    const z = 1 - (2 * (j + 0.5)) / LIGHT_DIRECTIONS, r = Math.sqrt(1 - z * z);
    directionalIrradiance(r * Math.cos(golden * j), r * Math.sin(golden * j), z, out, j * SH_COEFFICIENTS);
  }
  return out;
})();

interface NormalEquations {
  M: Float64Array; // K × K: Σ w Y Yᵀ
  rhs: Float64Array; // 3 × K: Σ w Y I_c
}

/** Least squares in the SH coefficients c of each channel: minimise cᵀ M c − 2 rhs_cᵀ c. */
function normalEquations(basis: Float64Array, photo: Float64Array, weight: Float64Array, n: number): NormalEquations {
  const K = SH_COEFFICIENTS;
  const M = new Float64Array(K * K);
  const rhs = new Float64Array(3 * K);
  for (let i = 0; i < n; i++) {
    const w = weight[i];
    if (w === 0) continue;
    const o = i * K;
    for (let a = 0; a < K; a++) {
      const ya = w * basis[o + a];
      for (let b = 0; b < K; b++) M[a * K + b] += ya * basis[o + b];
      for (let c = 0; c < 3; c++) rhs[c * K + a] += ya * photo[3 * i + c];
    }
  }
  return { M, rhs };
}

/** The unconstrained solution (a faint ridge keeps M invertible), into coeffs (RGB-major). */
function solveFree({ M, rhs }: NormalEquations, coeffs: Float64Array): void {
  const K = SH_COEFFICIENTS;
  const A = M.slice();
  let trace = 0;
  for (let a = 0; a < K; a++) trace += A[a * K + a];
  for (let a = 0; a < K; a++) A[a * K + a] += (RIDGE * trace) / K;
  for (let c = 0; c < 3; c++) {
    const x = solveSpd(A, rhs.subarray(c * K, c * K + K), K);
    if (x) coeffs.set(x, c * K);
  }
}

/**
 * The solution among irradiances of non-negative light from LIGHT_DIRECTIONS directions, into
 * coeffs (RGB-major).
 */
function solveNonNegative({ M, rhs }: NormalEquations, coeffs: Float64Array): void {
  const K = SH_COEFFICIENTS, D = LIGHT_DIRECTIONS, B = DIRECTION_IRRADIANCE;
  // With c = B L: minimise Lᵀ (Bᵀ M B) L − 2 (Bᵀ r)ᵀ L over L ≥ 0.
  const MB = new Float64Array(K * D);
  for (let a = 0; a < K; a++) {
    for (let j = 0; j < D; j++) {
      let s = 0;
      for (let b = 0; b < K; b++) s += M[a * K + b] * B[j * K + b];
      MB[a * D + j] = s;
    }
  }
  const Q = new Float64Array(D * D);
  let trace = 0;
  for (let i = 0; i < D; i++) {
    for (let j = 0; j < D; j++) {
      let s = 0;
      for (let a = 0; a < K; a++) s += B[i * K + a] * MB[a * D + j];
      Q[i * D + j] = s;
    }
    trace += Q[i * D + i];
  }
  for (let i = 0; i < D; i++) Q[i * D + i] += (RIDGE * trace) / D;
  const q = new Float64Array(D);
  for (let c = 0; c < 3; c++) {
    for (let j = 0; j < D; j++) {
      let s = 0;
      for (let a = 0; a < K; a++) s += B[j * K + a] * rhs[c * K + a];
      q[j] = s;
    }
    const light = nonNegativeQuadratic(Q, q, D);
    for (let a = 0; a < K; a++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += B[j * K + a] * light[j];
      coeffs[c * K + a] = s;
    }
  }
}

/**
 * Lawson–Hanson active set for min xᵀ Q x − 2 qᵀ x subject to x ≥ 0 (Q symmetric positive
 * definite, D × D): grow the free set by the most promising variable, solve on it, and step back
 * to the feasible boundary whenever a free variable would go negative.
 */
function nonNegativeQuadratic(Q: Float64Array, q: Float64Array, D: number): Float64Array {
  const x = new Float64Array(D);
  const free = new Uint8Array(D);
  const gradient = (): Float64Array => {
    const g = new Float64Array(D);
    for (let i = 0; i < D; i++) {
      let s = q[i];
      for (let j = 0; j < D; j++) if (x[j] !== 0) s -= Q[i * D + j] * x[j];
      g[i] = s;
    }
    return g;
  };
  const tolerance = 1e-12 * (Math.max(...q.map(Math.abs)) + 1e-30);
  for (let outer = 0; outer < 3 * D; outer++) {
    const g = gradient();
    let best = -1;
    for (let j = 0; j < D; j++) if (!free[j] && g[j] > tolerance && (best < 0 || g[j] > g[best])) best = j;
    if (best < 0) break;
    free[best] = 1;
    for (let inner = 0; inner < D; inner++) {
      const idx: number[] = [];
      for (let j = 0; j < D; j++) if (free[j]) idx.push(j);
      const m = idx.length;
      const sub = new Float64Array(m * m), rhs = new Float64Array(m);
      for (let a = 0; a < m; a++) {
        rhs[a] = q[idx[a]];
        for (let b = 0; b < m; b++) sub[a * m + b] = Q[idx[a] * D + idx[b]];
      }
      const s = solveSpd(sub, rhs, m);
      if (!s) {
        free[best] = 0;
        return x;
      }
      if (s.every((v) => v > 0)) {
        x.fill(0);
        idx.forEach((j, a) => (x[j] = s[a]));
        break;
      }
      // Step from x towards s until the first free variable reaches zero; drop those at zero.
      let alpha = 1;
      idx.forEach((j, a) => {
        if (s[a] <= 0) alpha = Math.min(alpha, x[j] / (x[j] - s[a]));
      });
      idx.forEach((j, a) => {
        x[j] += alpha * (s[a] - x[j]);
        if (x[j] <= 0 || (s[a] <= 0 && x[j] <= 1e-15)) {
          x[j] = 0;
          free[j] = 0;
        }
      });
    }
  }
  return x;
}
