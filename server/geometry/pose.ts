/**
 * Head pose from landmarks: a closed-form start (weighted similarity Procrustes against MediaPipe's
 * pseudo-3D landmarks, depth from the scale), then Levenberg–Marquardt on the perspective
 * reprojection error with Huber weights.
 */
import { solveSpd } from './cholesky.js';
import type { LandmarkView } from './landmark-view.js';
import { huberLoss, huberWeight, projectionJacobian, reprojectionResiduals, toCamera, type Pose } from './projection.js';
import { mul3, rotationFromAxisAngle } from './rotation.js';
import { alignSimilarity, type Similarity } from './similarity.js';

export interface InitialPose {
  pose: Pose;
  /**
   * Multiplies LandmarkView.towards into image pixels. MediaPipe's depth is learned, not measured,
   * and its scale differs from x and y; it is calibrated so that the canonical face's relief, seen
   * in this pose, matches the detected relief in the least-squares sense. 0 when the detected
   * depth does not look like a face's relief at all (then nothing should use it).
   */
  reliefScale: number;
}

const RELIEF_SCALE_RANGE: [number, number] = [0.25, 4];
/** Below this correlation between the canonical relief and the detected one, the latter is unusable. */
const MIN_RELIEF_CORRELATION = 0.5;

/**
 * The pose that maps `model` (xyz per landmark, metres) onto the view's landmarks under weak
 * perspective: Procrustes on `ids` gives rotation and scale (pixels per metre), the scale gives the
 * depth (fx / scale), and the landmarks' centroid gives the rest of the translation. A few rounds
 * alternate with the relief calibration, which the z axis of the Procrustes targets depends on.
 * `reliefWeights` (per landmark) say how far each point's relief is trusted.
 */
export function initialPose(
  model: Float64Array,
  view: LandmarkView,
  ids: ArrayLike<number>,
  idWeights: ArrayLike<number>,
  reliefWeights: Float64Array,
): InitialPose {
  const n = model.length / 3;
  const { cx, cy, fx, fy } = view.intrinsics;
  const target = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    target[3 * i] = view.points[2 * i] - cx;
    target[3 * i + 1] = cy - view.points[2 * i + 1];
  }
  let wSum = 0;
  let towardsMean = 0;
  for (let i = 0; i < n; i++) {
    wSum += reliefWeights[i];
    towardsMean += reliefWeights[i] * view.towards[i];
  }
  towardsMean /= wSum;
  const align = (scale: number): Similarity => {
    for (let i = 0; i < n; i++) target[3 * i + 2] = scale * view.towards[i];
    return alignSimilarity(model, target, ids, idWeights);
  };
  let reliefScale = 1;
  let sim = align(reliefScale);
  for (let round = 0; round < 3; round++) {
    // The canonical relief along the viewing axis, in pixels, regressed on the detected relief.
    const r = sim.rotation;
    let modelMean = 0;
    for (let i = 0; i < n; i++) modelMean += reliefWeights[i] * (r[6] * model[3 * i] + r[7] * model[3 * i + 1] + r[8] * model[3 * i + 2]);
    modelMean /= wSum;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) {
      const m = sim.scale * (r[6] * model[3 * i] + r[7] * model[3 * i + 1] + r[8] * model[3 * i + 2] - modelMean);
      const d = view.towards[i] - towardsMean;
      sxy += reliefWeights[i] * m * d;
      sxx += reliefWeights[i] * d * d;
      syy += reliefWeights[i] * m * m;
    }
    if (!(sxy > MIN_RELIEF_CORRELATION * Math.sqrt(sxx * syy))) {
      // Not a face's relief (flat, noise, or inverted): the image points alone still fix the
      // rotation well enough for the refinement under perspective to take over.
      reliefScale = 0;
      sim = align(0);
      break;
    }
    reliefScale = Math.min(RELIEF_SCALE_RANGE[1], Math.max(RELIEF_SCALE_RANGE[0], sxy / sxx));
    sim = align(reliefScale);
  }
  // The Procrustes centroid: model point mc lands on target point s R mc + t.
  let mw = 0;
  const mc = [0, 0, 0];
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k];
    mw += idWeights[k];
    for (let a = 0; a < 3; a++) mc[a] += idWeights[k] * model[3 * i + a];
  }
  for (let a = 0; a < 3; a++) mc[a] /= mw;
  const r = sim.rotation;
  const rmc = [0, 1, 2].map((row) => r[3 * row] * mc[0] + r[3 * row + 1] * mc[1] + r[3 * row + 2] * mc[2]);
  const u = sim.scale * rmc[0] + sim.translation[0];
  const v = sim.scale * rmc[1] + sim.translation[1];
  const depth = fx / sim.scale;
  const centre = [(u * depth) / fx, (v * depth) / fy, -depth];
  return {
    pose: { rotation: r, translation: Float64Array.of(centre[0] - rmc[0], centre[1] - rmc[1], centre[2] - rmc[2]) },
    reliefScale,
  };
}

/**
 * Levenberg–Marquardt over rotation (left-multiplied axis-angle steps) and translation, minimising
 * sum_i weights_i * Huber(|projection(R p_i + t) - observed_i|, huberPx). Points with weight 0 are
 * skipped.
 */
export function refinePose(
  model: Float64Array,
  view: LandmarkView,
  weights: Float64Array,
  start: Pose,
  huberPx: number,
  maxIterations = 30,
): Pose {
  const n = model.length / 3;
  const k = view.intrinsics;
  let pose = start;
  let cam = toCamera(model, pose);
  let res = reprojectionResiduals(cam, k, view.points);
  let cost = robustCost(res, weights, huberPx);
  let damping = 1e-3;
  const jp = new Float64Array(6);
  const row = new Float64Array(6);
  for (let it = 0; it < maxIterations; it++) {
    const h = new Float64Array(36);
    const g = new Float64Array(6);
    for (let i = 0; i < n; i++) {
      if (weights[i] === 0) continue;
      const rx = res[2 * i], ry = res[2 * i + 1];
      const w = weights[i] * huberWeight(Math.hypot(rx, ry), huberPx);
      const x = cam[3 * i], y = cam[3 * i + 1], z = cam[3 * i + 2];
      projectionJacobian(k, x, y, z, jp);
      // a = R p (camera point without translation); d c / d omega = -[a]x.
      const ax = x - pose.translation[0], ay = y - pose.translation[1], az = z - pose.translation[2];
      for (let r = 0; r < 2; r++) {
        const j0 = jp[3 * r], j1 = jp[3 * r + 1], j2 = jp[3 * r + 2];
        row[0] = -j1 * az + j2 * ay;
        row[1] = j0 * az - j2 * ax;
        row[2] = -j0 * ay + j1 * ax;
        row[3] = j0;
        row[4] = j1;
        row[5] = j2;
        const e = r === 0 ? rx : ry;
        for (let a = 0; a < 6; a++) {
          g[a] += w * row[a] * e;
          for (let b = 0; b <= a; b++) h[6 * a + b] += w * row[a] * row[b];
        }
      }
    }
    for (let a = 0; a < 6; a++) for (let b = 0; b < a; b++) h[6 * b + a] = h[6 * a + b];
    let improved = false;
    while (damping < 1e10) {
      const damped = Float64Array.from(h);
      for (let a = 0; a < 6; a++) damped[7 * a] += damping * h[7 * a] + 1e-12;
      const step = solveSpd(damped, g, 6);
      if (!step) {
        damping *= 10;
        continue;
      }
      const candidate: Pose = {
        rotation: mul3(rotationFromAxisAngle(-step[0], -step[1], -step[2]), pose.rotation),
        translation: Float64Array.of(pose.translation[0] - step[3], pose.translation[1] - step[4], pose.translation[2] - step[5]),
      };
      const candCam = toCamera(model, candidate);
      const candRes = reprojectionResiduals(candCam, k, view.points);
      const candCost = robustCost(candRes, weights, huberPx);
      if (candCost < cost) {
        const gain = (cost - candCost) / cost;
        pose = candidate;
        cam = candCam;
        res = candRes;
        cost = candCost;
        damping = Math.max(damping / 4, 1e-9);
        improved = gain > 1e-9;
        break;
      }
      damping *= 8;
    }
    if (!improved) break;
  }
  return pose;
}

function robustCost(res: Float64Array, weights: Float64Array, huberPx: number): number {
  let cost = 0;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    cost += weights[i] * huberLoss(Math.hypot(res[2 * i], res[2 * i + 1]), huberPx);
  }
  return cost;
}
