/**
 * The person's shape: a displacement x of every canonical vertex, shared by all views, minimising
 *
 *   sum_views sum_i w_vi |m_v (proj_v(C_i + x_i) - observed_vi)|^2        image, linearised (one Gauss–Newton step)
 * + relief * sum_views sum_i w_vi (depth_v(C_i + x_i) - offset_v - relief_vi)^2   MediaPipe's relative depth
 * + smoothness |L x|^2 + closeness |x|^2 + symmetry sum_i |x_i - S x_mirror(i)|^2
 *
 * where w_vi is each landmark's trust (times a Huber weight in the image term), offset_v is
 * whatever depth offset fits the current shape best (MediaPipe's depth is relative), m_v (metres
 * per pixel at the face) turns pixels into metres so that every term is in
 * metres squared whatever the photo's resolution, L is the uniform graph Laplacian of the
 * canonical mesh (a smooth deformation costs little, a crumpled one a lot), and S mirrors x.
 * The symmetry term matters where one side is poorly seen (a turned head): that side follows its
 * mirror partner. The system is sparse and symmetric positive definite; block-Jacobi
 * preconditioned conjugate gradients solve it in a few milliseconds.
 */
import type { LandmarkView } from './landmark-view.js';
import type { MeshGraph } from './mesh-graph.js';
import { huberWeight, projectionJacobian, reprojectionResiduals, toCamera, type Pose } from './projection.js';

export interface ShapeObservation {
  view: LandmarkView;
  pose: Pose;
  /** Turns LandmarkView.towards into image pixels (see InitialPose); 0 leaves the relief out. */
  reliefScale: number;
  /** Per landmark trust (contour and turned-away points lower); Huber weights come on top. */
  weights: Float64Array;
  huberPx: number;
}

export interface ShapePrior {
  graph: MeshGraph;
  mirror: Uint32Array;
  smoothness: number;
  closeness: number;
  symmetry: number;
  relief: number;
}

const CG_MAX_ITERATIONS = 400;
/** Relative residual; each solve is one Gauss–Newton step inside an alternation, so more is wasted. */
const CG_TOLERANCE = 1e-5;

/** New vertex positions, from the Gauss–Newton step linearised at `current`. */
export function solveShape(
  canonical: Float64Array,
  current: Float64Array,
  observations: ShapeObservation[],
  prior: ShapePrior,
): Float64Array {
  const n = canonical.length / 3;
  const blocks = new Float64Array(9 * n); // data Hessian per vertex, 3x3 row-major
  const rhs = new Float64Array(3 * n);
  const displacement = new Float64Array(3 * n);
  for (let k = 0; k < 3 * n; k++) displacement[k] = current[k] - canonical[k];
  for (const obs of observations) addObservation(obs, canonical, current, displacement, prior.relief, blocks, rhs);

  const precond = blockPreconditioner(blocks, prior);
  const scratch = new Float64Array(3 * n);
  const x = conjugateGradients((v, out) => applySystem(v, out, blocks, prior, scratch), rhs, displacement, precond);
  const positions = new Float64Array(3 * n);
  for (let k = 0; k < 3 * n; k++) positions[k] = canonical[k] + x[k];
  return positions;
}

function addObservation(
  obs: ShapeObservation,
  canonical: Float64Array,
  current: Float64Array,
  displacement: Float64Array,
  reliefWeight: number,
  blocks: Float64Array,
  rhs: Float64Array,
): void {
  const n = canonical.length / 3;
  const { view, pose, weights } = obs;
  const k = view.intrinsics;
  const r = pose.rotation;
  const cam = toCamera(current, pose);
  const res = reprojectionResiduals(cam, k, view.points);
  let depthSum = 0;
  for (let i = 0; i < n; i++) depthSum += -cam[3 * i + 2];
  const metresPerPixel = depthSum / n / k.fx;
  const m2 = metresPerPixel * metresPerPixel;
  // MediaPipe's depth is relative: its offset along the axis is whatever fits the current shape best.
  const relief = new Float64Array(n);
  let offset = 0, wSum = 0;
  for (let i = 0; i < n; i++) {
    relief[i] = obs.reliefScale * view.towards[i] * metresPerPixel;
    offset += weights[i] * (cam[3 * i + 2] - relief[i]);
    wSum += weights[i];
  }
  offset /= wSum;
  const jp = new Float64Array(6);
  const j = new Float64Array(6);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const rx = res[2 * i], ry = res[2 * i + 1];
    if (!Number.isFinite(rx) || !Number.isFinite(ry)) continue;
    const wImage = w * huberWeight(Math.hypot(rx, ry), obs.huberPx) * m2;
    projectionJacobian(k, cam[3 * i], cam[3 * i + 1], cam[3 * i + 2], jp);
    // J = Jp R: pixels per metre of model-space displacement.
    for (let row = 0; row < 2; row++) {
      for (let c = 0; c < 3; c++) j[3 * row + c] = jp[3 * row] * r[c] + jp[3 * row + 1] * r[3 + c] + jp[3 * row + 2] * r[6 + c];
    }
    const dx = displacement[3 * i], dy = displacement[3 * i + 1], dz = displacement[3 * i + 2];
    // Linearised residual r + J (x - x_cur): normal equations J^T J x = J^T (J x_cur - r).
    const e0 = j[0] * dx + j[1] * dy + j[2] * dz - rx;
    const e1 = j[3] * dx + j[4] * dy + j[5] * dz - ry;
    // Relief residual g . (C + x) + t_z - offset - relief, g = third row of R; linear in x.
    const wRelief = obs.reliefScale > 0 ? reliefWeight * w : 0;
    const relTarget = relief[i] + offset - pose.translation[2] - (r[6] * canonical[3 * i] + r[7] * canonical[3 * i + 1] + r[8] * canonical[3 * i + 2]);
    for (let a = 0; a < 3; a++) {
      rhs[3 * i + a] += wImage * (j[a] * e0 + j[3 + a] * e1) + wRelief * r[6 + a] * relTarget;
      for (let b = 0; b < 3; b++) {
        blocks[9 * i + 3 * a + b] += wImage * (j[a] * j[b] + j[3 + a] * j[3 + b]) + wRelief * r[6 + a] * r[6 + b];
      }
    }
  }
}

/** out = (blocks + closeness I + smoothness L^T L + symmetry M) v; `lv` is scratch of v's length. */
function applySystem(v: Float64Array, out: Float64Array, blocks: Float64Array, prior: ShapePrior, lv: Float64Array): void {
  const { offsets, neighbours, vertexCount: n } = prior.graph;
  const { closeness, smoothness, symmetry, mirror } = prior;
  for (let i = 0; i < n; i++) {
    const deg = offsets[i + 1] - offsets[i];
    let sx = 0, sy = 0, sz = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const jn = 3 * neighbours[e];
      sx += v[jn];
      sy += v[jn + 1];
      sz += v[jn + 2];
    }
    lv[3 * i] = v[3 * i] - sx / deg;
    lv[3 * i + 1] = v[3 * i + 1] - sy / deg;
    lv[3 * i + 2] = v[3 * i + 2] - sz / deg;
  }
  for (let i = 0; i < n; i++) {
    // (L^T z)_i = z_i - sum over neighbours j of z_j / deg_j (the neighbour relation is symmetric).
    let sx = 0, sy = 0, sz = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const jn = neighbours[e];
      const inv = 1 / (offsets[jn + 1] - offsets[jn]);
      sx += lv[3 * jn] * inv;
      sy += lv[3 * jn + 1] * inv;
      sz += lv[3 * jn + 2] * inv;
    }
    const vx = v[3 * i], vy = v[3 * i + 1], vz = v[3 * i + 2];
    const b = 9 * i;
    const m = 3 * mirror[i];
    // Each vertex's term |x_i - S x_m|^2 plus its partner's (the mirror is an involution): 2 (x_i - S x_m).
    out[3 * i] = blocks[b] * vx + blocks[b + 1] * vy + blocks[b + 2] * vz
      + closeness * vx + smoothness * (lv[3 * i] - sx) + 2 * symmetry * (vx + v[m]);
    out[3 * i + 1] = blocks[b + 3] * vx + blocks[b + 4] * vy + blocks[b + 5] * vz
      + closeness * vy + smoothness * (lv[3 * i + 1] - sy) + 2 * symmetry * (vy - v[m + 1]);
    out[3 * i + 2] = blocks[b + 6] * vx + blocks[b + 7] * vy + blocks[b + 8] * vz
      + closeness * vz + smoothness * (lv[3 * i + 2] - sz) + 2 * symmetry * (vz - v[m + 2]);
  }
}

/** Inverses of each vertex's 3x3 diagonal block of the system (data plus the priors' diagonals). */
function blockPreconditioner(blocks: Float64Array, prior: ShapePrior): Float64Array {
  const { offsets, neighbours, vertexCount: n } = prior.graph;
  const inv = new Float64Array(9 * n);
  for (let i = 0; i < n; i++) {
    let lap = 1;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const deg = offsets[neighbours[e] + 1] - offsets[neighbours[e]];
      lap += 1 / (deg * deg);
    }
    const d = prior.closeness + prior.smoothness * lap + 2 * prior.symmetry;
    const b = 9 * i;
    const a00 = blocks[b] + d, a01 = blocks[b + 1], a02 = blocks[b + 2];
    const a11 = blocks[b + 4] + d, a12 = blocks[b + 5], a22 = blocks[b + 8] + d;
    const c00 = a11 * a22 - a12 * a12, c01 = a02 * a12 - a01 * a22, c02 = a01 * a12 - a02 * a11;
    const c11 = a00 * a22 - a02 * a02, c12 = a01 * a02 - a00 * a12, c22 = a00 * a11 - a01 * a01;
    const det = a00 * c00 + a01 * c01 + a02 * c02;
    inv.set([c00 / det, c01 / det, c02 / det, c01 / det, c11 / det, c12 / det, c02 / det, c12 / det, c22 / det], b);
  }
  return inv;
}

function conjugateGradients(
  apply: (v: Float64Array, out: Float64Array) => void,
  b: Float64Array,
  x0: Float64Array,
  precond: Float64Array,
): Float64Array {
  const len = b.length;
  const x = Float64Array.from(x0);
  const r = new Float64Array(len);
  const z = new Float64Array(len);
  const p = new Float64Array(len);
  const ap = new Float64Array(len);
  apply(x, ap);
  let bNorm = 0;
  for (let k = 0; k < len; k++) {
    r[k] = b[k] - ap[k];
    bNorm += b[k] * b[k];
  }
  bNorm = Math.sqrt(bNorm);
  if (bNorm === 0) bNorm = 1;
  const precondition = (): void => {
    for (let k = 0; k < len; k += 3) {
      const m = 3 * k;
      z[k] = precond[m] * r[k] + precond[m + 1] * r[k + 1] + precond[m + 2] * r[k + 2];
      z[k + 1] = precond[m + 3] * r[k] + precond[m + 4] * r[k + 1] + precond[m + 5] * r[k + 2];
      z[k + 2] = precond[m + 6] * r[k] + precond[m + 7] * r[k + 1] + precond[m + 8] * r[k + 2];
    }
  };
  precondition();
  p.set(z);
  let rz = dot(r, z);
  for (let it = 0; it < CG_MAX_ITERATIONS; it++) {
    if (Math.sqrt(dot(r, r)) <= CG_TOLERANCE * bNorm) break;
    apply(p, ap);
    const alpha = rz / dot(p, ap);
    for (let k = 0; k < len; k++) {
      x[k] += alpha * p[k];
      r[k] -= alpha * ap[k];
    }
    precondition();
    const rzNext = dot(r, z);
    const beta = rzNext / rz;
    rz = rzNext;
    for (let k = 0; k < len; k++) p[k] = z[k] + beta * p[k];
  }
  return x;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
