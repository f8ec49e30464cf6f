/**
 * ICT-FaceKit fitted to MediaPipe landmarks: per photo a head pose (camera intrinsics as the
 * embedded fit has them), one set of 100 identity coefficients shared by all photos, and per photo
 * the weights of ICT's 53 ARKit-style expressions, bounded to [0, 1].
 *
 * The landmarks are linear in the coefficients (see landmark-basis.ts), so with the poses fixed one
 * Gauss–Newton step of the perspective reprojection error is a linear least-squares problem in all
 * coefficients at once, regularised by the model's prior and solved exactly under the bounds
 * (bounded-least-squares.ts). Rounds alternate that solve with a Levenberg–Marquardt pose refit
 * per photo (pose.ts), as the embedded fit does with its free-form shape.
 *
 * Units: image residuals are turned into metres at the face (pixels times depth over focal length)
 * and divided by LANDMARK_SIGMA_M, so the data term and the prior are both in "standard deviations"
 * whatever the photo's resolution. ICT ships its identity modes scaled to the population's spread
 * (a coefficient of 1 is one standard deviation), so the identity prior is simply |β|².
 *
 * Robustness: Huber weights on each landmark's residual; the outer contour (the jaw line and
 * forehead edge, which slide over the skin as the head turns) counts a quarter; landmarks on
 * surfaces turned away from a camera count less (landmarkTrust and viewWeights of the embedded fit).
 */
import { loadCanonicalMesh } from '../canonical.js';
import type { GeometryView } from '../face-model.js';
import { checkLandmarkErrors, landmarkTrust, meanReprojectionError, viewWeights } from '../fit.js';
import { landmarkView, type LandmarkView } from '../landmark-view.js';
import { meshGraph } from '../mesh-graph.js';
import { initialPose, refinePose } from '../pose.js';
import { huberWeight, projectionJacobian, reprojectionResiduals, toCamera, type Pose } from '../projection.js';
import type { FitHooks } from '../../types.js';
import { boundedLeastSquares } from './bounded-least-squares.js';
import { landmarkBasis, type LandmarkBasis } from './landmark-basis.js';
import type { IctModel } from './model.js';

export interface IctLandmarkFit {
  /** The person's identity coefficients (one per ICT identity mode). */
  identity: Float64Array;
  /** Per photo, a weight in [0, 1] for each of model.expressions (0 for those not fitted, see FITTED_OUT). */
  expressions: Float64Array[];
  poses: Pose[];
  views: LandmarkView[];
  /** Per photo: mean reprojection error over the inter-ocular distance. */
  landmarkError: number[];
}

/**
 * Landmark noise, metres at the face: MediaPipe against ICT's landmark table on a rendered ICT
 * face measured a 2.5 mm median (test/ict/correspondence.test.ts); real photos add the detector's
 * own error. It sets how far the data may pull the coefficients away from the prior.
 */
const LANDMARK_SIGMA_M = 0.003;
/** Weight of |ω|² per expression, in the units above: a weak pull towards the neutral face. */
const EXPRESSION_PRIOR = 0.5;
/** Huber threshold, fraction of the inter-ocular distance (as the embedded fit). */
const HUBER_FRACTION = 0.03;
/**
 * Identity directions (see landmark-basis.ts) are fitted where the landmarks carry at least this
 * much information about them relative to the prior (summed squared movement over σ², per unit
 * coefficient): about the strongest 50 of 100. The others stay at the prior's mean, where the
 * solve would leave them almost anyway (shrunk by more than half), and leaving them out of the
 * normal equations quarters their cost.
 */
const MIN_IDENTITY_INFORMATION = 0.5;
/** Alternations of the coefficient solve and the pose refit. */
const ROUNDS = 4;
/**
 * Shapes the landmarks cannot tell apart from others, held at 0: gaze (the 468 mesh landmarks do
 * not see the eyeballs; the lids' small share of the gaze shapes would only fit noise);
 * mouthClose, which in ARKit's rig (and ICT's) is a corrective used together with jawOpen, and on
 * its own pushes the lips through each other; and ICT's extras (pupil size, cheekRaiser, a near
 * twin of cheekSquint).
 */
const FITTED_OUT = /^(eyeLook|mouthClose$|PupilDilate|cheekRaiser)/;

export function fitIctLandmarks(model: IctModel, views: GeometryView[], hooks: FitHooks, progressRange: [number, number]): IctLandmarkFit {
  const [from, to] = progressRange;
  const report = (step: number, message: string): void => hooks.progress('geometry', from + ((to - from) * step) / (ROUNDS + 1), message);
  const basis = landmarkBasis(model);
  const fitted = model.expressions.flatMap((e, j) => (FITTED_OUT.test(e.name) ? [] : [j]));
  const canonical = loadCanonicalMesh();
  const trust = landmarkTrust(meshGraph(canonical.indices, basis.count));
  const observed = views.map((v) => landmarkView(v.photo, v.face, basis.count));
  const huber = observed.map((v) => HUBER_FRACTION * v.interocular);

  const sigma2 = (LANDMARK_SIGMA_M * LANDMARK_SIGMA_M) / (3 * basis.count);
  const seen = basis.identityStrength.findIndex((st) => (st * st) / sigma2 < MIN_IDENTITY_INFORMATION);
  // Identity coefficients along the fitted directions (γ in landmark-basis.ts).
  const identity = new Float64Array(seen < 0 ? basis.identityCount : seen);
  const expressions = views.map(() => new Float64Array(basis.expressionCount));
  report(0, 'head pose');
  let poses = observed.map((view, k) => {
    const start = initialPose(basis.mean, view, canonical.procrustesIds, canonical.procrustesWeights, trust);
    return refinePose(basis.mean, view, viewWeights(basis.mean, canonical.indices, start.pose, trust), start.pose, huber[k]);
  });

  for (let round = 0; round < ROUNDS; round++) {
    hooks.checkCancelled();
    report(1 + round, `identity and expression, round ${round + 1} of ${ROUNDS}`);
    const points = expressions.map((w) => landmarks(basis, identity, w));
    const observations = observed.map((view, k) => ({
      view,
      pose: poses[k],
      points: points[k],
      weights: viewWeights(points[k], canonical.indices, poses[k], trust),
      huberPx: huber[k],
    }));
    solveCoefficients(basis, fitted, identity, expressions, observations);
    poses = poses.map((p, k) => {
      const moved = landmarks(basis, identity, expressions[k]);
      return refinePose(moved, observed[k], viewWeights(moved, canonical.indices, p, trust), p, huber[k]);
    });
  }
  hooks.checkCancelled();
  const landmarkError = observed.map((v, k) => meanReprojectionError(landmarks(basis, identity, expressions[k]), v, poses[k]));
  checkLandmarkErrors(views, landmarkError, hooks);
  const ni = basis.identityCount;
  const beta = new Float64Array(ni);
  for (let m = 0; m < ni; m++) beta[m] = dot(basis.identityDirections, m * ni, identity, 0, identity.length);
  return { identity: beta, expressions, poses, views: observed, landmarkError };
}

/** The landmarks' positions for the first identity directions' coefficients and the expression weights (all of the model's). */
export function landmarks(basis: LandmarkBasis, identity: Float64Array, expression: Float64Array): Float64Array {
  const coefficients = new Float64Array(basis.columns);
  coefficients.set(identity);
  coefficients.set(expression, basis.identityCount);
  const out = Float64Array.from(basis.mean);
  for (let r = 0; r < out.length; r++) out[r] += dot(basis.matrix, r * basis.columns, coefficients, 0, basis.columns);
  return out;
}

interface Observation {
  view: LandmarkView;
  pose: Pose;
  /** The landmarks' current positions (the linearisation point). */
  points: Float64Array;
  weights: Float64Array;
  huberPx: number;
}

/**
 * One Gauss–Newton step in all coefficients, the poses held, written into identity and
 * expressions. Unknowns: the identity (shared), then each photo's fitted expressions.
 */
function solveCoefficients(basis: LandmarkBasis, fitted: number[], identity: Float64Array, expressions: Float64Array[], observations: Observation[]): void {
  const ni = identity.length;
  const nf = fitted.length;
  const nl = ni + nf; // unknowns one photo's landmarks depend on
  const n = ni + nf * observations.length;
  const h = new Float64Array(n * n);
  const b = new Float64Array(n);
  const x0 = new Float64Array(n);
  x0.set(identity);
  expressions.forEach((w, v) => fitted.forEach((j, f) => (x0[ni + v * nf + f] = w[j])));
  // Each expression moves only part of the face: its Jacobian rows elsewhere are zero.
  const rows = 2 * basis.count;
  const support = fitted.map((j) => {
    const out: number[] = [];
    for (let i = 0; i < basis.count; i++) {
      const o = 3 * i * basis.columns + basis.identityCount + j;
      if (basis.matrix[o] !== 0 || basis.matrix[o + basis.columns] !== 0 || basis.matrix[o + 2 * basis.columns] !== 0) out.push(2 * i, 2 * i + 1);
    }
    return Uint32Array.from(out);
  });

  // Per photo, the whitened Jacobian transposed (one row of 2 * landmarks per unknown) and the
  // whitened target, so each entry of J^T J is one contiguous (or gathered) dot product.
  const jt = new Float64Array(nl * rows);
  const target = new Float64Array(rows);
  const jp = new Float64Array(6);
  const c = basis.columns;
  observations.forEach((obs, v) => {
    jt.fill(0);
    target.fill(0);
    const { view, pose, points, weights } = obs;
    const cam = toCamera(points, pose);
    const res = reprojectionResiduals(cam, view.intrinsics, view.points);
    let depth = 0;
    for (let i = 0; i < basis.count; i++) depth -= cam[3 * i + 2];
    const scale = depth / basis.count / view.intrinsics.fx / LANDMARK_SIGMA_M; // pixels -> standard deviations
    const r = pose.rotation;
    const xLocal = new Float64Array(nl);
    xLocal.set(x0.subarray(0, ni));
    xLocal.set(x0.subarray(ni + v * nf, ni + (v + 1) * nf), ni);
    for (let i = 0; i < basis.count; i++) {
      if (weights[i] === 0) continue;
      const rx = res[2 * i], ry = res[2 * i + 1];
      if (!Number.isFinite(rx) || !Number.isFinite(ry)) continue;
      const sw = Math.sqrt(weights[i] * huberWeight(Math.hypot(rx, ry), obs.huberPx)) * scale;
      projectionJacobian(view.intrinsics, cam[3 * i], cam[3 * i + 1], cam[3 * i + 2], jp);
      const ox = 3 * i * c, oy = ox + c, oz = oy + c;
      for (let row = 0; row < 2; row++) {
        // A = Jπ R: how the pixel moves with the landmark's model-space position.
        const a0 = sw * (jp[3 * row] * r[0] + jp[3 * row + 1] * r[3] + jp[3 * row + 2] * r[6]);
        const a1 = sw * (jp[3 * row] * r[1] + jp[3 * row + 1] * r[4] + jp[3 * row + 2] * r[7]);
        const a2 = sw * (jp[3 * row] * r[2] + jp[3 * row + 1] * r[5] + jp[3 * row + 2] * r[8]);
        const e = 2 * i + row;
        let jx = 0;
        for (let p = 0; p < nl; p++) {
          const col = p < ni ? p : basis.identityCount + fitted[p - ni];
          const d = a0 * basis.matrix[ox + col] + a1 * basis.matrix[oy + col] + a2 * basis.matrix[oz + col];
          jt[p * rows + e] = d;
          jx += d * xLocal[p];
        }
        // Linearised: residual(x) ≈ res + J (x - x0), so J x should reach J x0 - res.
        target[e] = jx - sw * (row === 0 ? rx : ry);
      }
    }
    accumulateNormalEquations(jt, target, ni, support, rows, (p) => (p < ni ? p : ni + v * nf + (p - ni)), h, b, n);
  });
  for (let k = 0; k < ni; k++) h[k * n + k] += 1;
  for (let k = ni; k < n; k++) h[k * n + k] += EXPRESSION_PRIOR;

  const lo = new Float64Array(n).fill(-Infinity);
  const hi = new Float64Array(n).fill(Infinity);
  lo.fill(0, ni);
  hi.fill(1, ni);
  const x = boundedLeastSquares(h, b, lo, hi, x0);
  identity.set(x.subarray(0, ni));
  expressions.forEach((w, v) => fitted.forEach((j, f) => (w[j] = x[ni + v * nf + f])));
}

/**
 * h[g(p), g(q)] += J_p . J_q and b[g(p)] += J_p . target for the rows J_p of `jt` (length `rows`):
 * the first `dense` unknowns over every row, the others over their support's rows only; g maps
 * local unknowns to global ones.
 */
function accumulateNormalEquations(
  jt: Float64Array,
  target: Float64Array,
  dense: number,
  support: Uint32Array[],
  rows: number,
  global: (p: number) => number,
  h: Float64Array,
  b: Float64Array,
  n: number,
): void {
  const unknowns = dense + support.length;
  const add = (p: number, q: number, s: number): void => {
    const gp = global(p), gq = global(q);
    h[gp * n + gq] += s;
    if (gp !== gq) h[gq * n + gp] += s;
  };
  for (let p = 0; p < dense; p++) {
    b[global(p)] += dot(jt, p * rows, target, 0, rows);
    for (let q = p; q < dense; q++) add(p, q, dot(jt, p * rows, jt, q * rows, rows));
  }
  for (let p = dense; p < unknowns; p++) {
    const rowsOfP = support[p - dense];
    b[global(p)] += gatheredDot(jt, p * rows, target, 0, rowsOfP);
    for (let q = 0; q < dense; q++) add(q, p, gatheredDot(jt, p * rows, jt, q * rows, rowsOfP));
    for (let q = p; q < unknowns; q++) add(p, q, gatheredDot(jt, p * rows, jt, q * rows, rowsOfP));
  }
}

function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, length: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let e = 0;
  for (; e + 3 < length; e += 4) {
    s0 += a[ao + e] * b[bo + e];
    s1 += a[ao + e + 1] * b[bo + e + 1];
    s2 += a[ao + e + 2] * b[bo + e + 2];
    s3 += a[ao + e + 3] * b[bo + e + 3];
  }
  for (; e < length; e++) s0 += a[ao + e] * b[bo + e];
  return s0 + s1 + s2 + s3;
}

function gatheredDot(a: Float64Array, ao: number, b: Float64Array, bo: number, at: Uint32Array): number {
  let s = 0;
  for (let k = 0; k < at.length; k++) s += a[ao + at[k]] * b[bo + at[k]];
  return s;
}
