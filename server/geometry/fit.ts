/**
 * Geometry stage: head pose, camera and the person's shape of the canonical face mesh, fitted to
 * the MediaPipe landmarks of one or more photos of the same person (one shape, one pose per photo).
 *
 * Model space is the canonical mesh's: metres, glTF axes (+Y up, face towards +Z, the subject's
 * right eye at -x), origin where MediaPipe puts it: on the midline, 3.2 cm behind and 2.7 cm below
 * the outer eye corners, inside the head.
 *
 * Scale: one photo cannot tell a large head far away from a small head close by, so the fit keeps
 * the canonical mesh's overall size (an average adult's) and the camera distance follows from it.
 * After every shape update the shape is re-aligned onto the canonical one (similarity Procrustes on
 * MediaPipe's stable landmarks) and the camera poses absorb that similarity exactly, which also
 * keeps the face looking down +Z in model space.
 *
 * Steps: intrinsics per photo; weak-perspective Procrustes start; Levenberg–Marquardt pose under
 * perspective with Huber weights; then a few rounds of (shape solve shared by all views, re-align,
 * pose refit per view). The face's outer contour slides over the skin as the head turns, so those
 * landmarks count less; so do points on surfaces turned away from a camera, where MediaPipe guesses.
 */
import { FitError, type CameraFit, type FitHooks, type MeshBuffers } from '../types.js';
import type { CanonicalMesh } from './canonical.js';
import type { GeometryView } from './face-model.js';
import { landmarkView, type LandmarkView } from './landmark-view.js';
import { meshGraph, type MeshGraph } from './mesh-graph.js';
import { initialPose, refinePose } from './pose.js';
import { reprojectionResiduals, toCamera, type Pose } from './projection.js';
import { mul3, quaternionFromRotation, transpose3 } from './rotation.js';
import { solveShape, type ShapePrior } from './shape.js';
import { alignSimilarity } from './similarity.js';
import { vertexNormals } from './vertex-normals.js';

export interface GeometryFit {
  /** The person's shape in model space (see above); area-weighted unit normals; the canonical UVs and triangles. */
  mesh: MeshBuffers;
  /** Per view, in the order given. */
  cameras: CameraFit[];
  /** Per view: mean 2D distance between projected mesh vertices and their landmarks, over the inter-ocular distance. */
  landmarkError: number[];
  /** Per view, what the fit was fitted to: detected landmark pixels (xy per mesh vertex), their trust, the eye distance in pixels. */
  landmarks: { observed: Float64Array[]; weights: Float64Array[]; interocular: number[] };
}

export interface GeometryOptions {
  /** The part of the whole job's progress (0..1) this stage reports within. Default [0, 1]. */
  progressRange?: [number, number];
}

/** Weight of the outer-contour landmarks relative to the others. */
const CONTOUR_WEIGHT = 0.25;
/** Weight floor for a landmark on a surface facing away from the camera (its landmark is a guess). */
const AWAY_WEIGHT = 0.1;
/** Huber threshold, as a fraction of the inter-ocular distance: larger residuals count linearly. */
const HUBER_FRACTION = 0.03;
/** Alternations of shape solve and pose refit. */
const ROUNDS = 3;
/** Above this landmarkError the fit is reported as poor (a warning, not an error). */
const POOR_FIT = 0.08;

/**
 * Shape prior weights, relative to the image term (metres squared per landmark and view). Chosen
 * on synthetic ground truth (test/geometry/synthetic.ts) at 1–6 px of landmark noise, where they
 * recover the shape to 1.3–2 mm RMS from one photo, and checked by eye on the sample photos.
 */
const PRIOR = { smoothness: 6, closeness: 0.01, symmetry: 0.05, relief: 0.4 };

export function fitGeometry(model: CanonicalMesh, views: GeometryView[], hooks: FitHooks, options: GeometryOptions = {}): GeometryFit {
  if (views.length === 0) throw new FitError('INVALID_REQUEST', 'the geometry fit needs at least one photo with a detected face.');
  const [from, to] = options.progressRange ?? [0, 1];
  const totalSteps = ROUNDS + 2;
  const report = (step: number, message: string): void => hooks.progress('geometry', from + ((to - from) * step) / totalSteps, message);

  const n = model.positions.length / 3;
  const canonical = Float64Array.from(model.positions);
  const graph = meshGraph(model.indices, n);
  const trust = landmarkTrust(graph);
  const prior: ShapePrior = { graph, mirror: model.mirror, ...PRIOR };
  const observed = views.map((v) => landmarkView(v.photo, v.face, n));
  const huber = observed.map((v) => HUBER_FRACTION * v.interocular);

  report(0, 'head pose');
  const starts = observed.map((v) => initialPose(canonical, v, model.procrustesIds, model.procrustesWeights, trust));
  const reliefScales = starts.map((s) => s.reliefScale);
  let positions: Float64Array = canonical;
  let poses = starts.map((s, k) => refinePose(positions, observed[k], viewWeights(positions, model.indices, s.pose, trust), s.pose, huber[k]));

  for (let round = 0; round < ROUNDS; round++) {
    hooks.checkCancelled();
    report(1 + round, `face shape, round ${round + 1} of ${ROUNDS}`);
    const weights = poses.map((p) => viewWeights(positions, model.indices, p, trust));
    const solved = solveShape(
      canonical,
      positions,
      observed.map((view, k) => ({ view, pose: poses[k], reliefScale: reliefScales[k], weights: weights[k], huberPx: huber[k] })),
      prior,
    );
    const aligned = alignToCanonical(solved, canonical, model, poses);
    positions = aligned.positions;
    poses = aligned.poses.map((p, k) => refinePose(positions, observed[k], viewWeights(positions, model.indices, p, trust), p, huber[k]));
  }
  hooks.checkCancelled();

  const landmarkError = observed.map((v, k) => meanReprojectionError(positions, v, poses[k]));
  checkLandmarkErrors(views, landmarkError, hooks);
  report(totalSteps, 'geometry done');

  const meshPositions = Float32Array.from(positions);
  return {
    mesh: {
      positions: meshPositions,
      normals: vertexNormals(meshPositions, model.indices),
      uvs: Float32Array.from(model.uvs),
      indices: Uint32Array.from(model.indices),
    },
    cameras: observed.map((v, k) => cameraFit(v, poses[k])),
    landmarkError,
    landmarks: {
      observed: observed.map((v) => v.points),
      weights: poses.map((p) => viewWeights(positions, model.indices, p, trust)),
      interocular: observed.map((v) => v.interocular),
    },
  };
}

/** Refuses a diverged fit and warns about a poor one (errors as meanReprojectionError gives them). */
export function checkLandmarkErrors(views: GeometryView[], landmarkError: number[], hooks: FitHooks): void {
  landmarkError.forEach((e, k) => {
    if (!Number.isFinite(e)) {
      throw new FitError('INTERNAL', `photo ${views[k].photo.index + 1} (${views[k].photo.name}): the geometry fit diverged (non-finite reprojection error); please report this.`, views[k].photo.index);
    }
    if (e > POOR_FIT) {
      hooks.warn(
        'GEOMETRY_POOR_FIT',
        `photo ${views[k].photo.index + 1} (${views[k].photo.name}): the head fits its landmarks only to ${(100 * e).toFixed(1)}% of the eye distance; ` +
          'a strong expression, heavy occlusion or a wrong detection can cause this.',
      );
    }
  });
}

/** Per landmark base trust: the outer contour (the mesh's open boundary) counts less. */
export function landmarkTrust(graph: MeshGraph): Float64Array {
  const w = new Float64Array(graph.vertexCount);
  for (let i = 0; i < w.length; i++) w[i] = graph.boundary[i] ? CONTOUR_WEIGHT : 1;
  return w;
}

/** Base trust times how squarely each vertex faces the camera. */
export function viewWeights(positions: Float64Array, indices: Uint32Array, pose: Pose, trust: Float64Array): Float64Array {
  const normals = vertexNormals(positions, indices);
  const cam = toCamera(positions, pose);
  const r = pose.rotation;
  const out = new Float64Array(trust.length);
  for (let i = 0; i < out.length; i++) {
    const nx = normals[3 * i], ny = normals[3 * i + 1], nz = normals[3 * i + 2];
    const cx = cam[3 * i], cy = cam[3 * i + 1], cz = cam[3 * i + 2];
    const towardsCamera = -((r[0] * nx + r[1] * ny + r[2] * nz) * cx + (r[3] * nx + r[4] * ny + r[5] * nz) * cy + (r[6] * nx + r[7] * ny + r[8] * nz) * cz) / Math.hypot(cx, cy, cz);
    out[i] = trust[i] * (AWAY_WEIGHT + (1 - AWAY_WEIGHT) * Math.max(0, towardsCamera));
  }
  return out;
}

/**
 * Maps the shape back onto the canonical one by the similarity s Q x + tau (MediaPipe's Procrustes
 * landmarks and weights) and moves each camera so that every projection stays exactly the same:
 * scaling camera space by s changes no pixel, so R' = R Q^T and t' = s t - R Q^T tau.
 */
function alignToCanonical(positions: Float64Array, canonical: Float64Array, model: CanonicalMesh, poses: Pose[]): { positions: Float64Array; poses: Pose[] } {
  const sim = alignSimilarity(positions, canonical, model.procrustesIds, model.procrustesWeights);
  const q = sim.rotation;
  const out = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i], y = positions[i + 1], z = positions[i + 2];
    out[i] = sim.scale * (q[0] * x + q[1] * y + q[2] * z) + sim.translation[0];
    out[i + 1] = sim.scale * (q[3] * x + q[4] * y + q[5] * z) + sim.translation[1];
    out[i + 2] = sim.scale * (q[6] * x + q[7] * y + q[8] * z) + sim.translation[2];
  }
  const qt = transpose3(q);
  const [tx, ty, tz] = sim.translation;
  return {
    positions: out,
    poses: poses.map((p) => {
      const rotation = mul3(p.rotation, qt);
      return {
        rotation,
        translation: Float64Array.of(
          sim.scale * p.translation[0] - (rotation[0] * tx + rotation[1] * ty + rotation[2] * tz),
          sim.scale * p.translation[1] - (rotation[3] * tx + rotation[4] * ty + rotation[5] * tz),
          sim.scale * p.translation[2] - (rotation[6] * tx + rotation[7] * ty + rotation[8] * tz),
        ),
      };
    }),
  };
}

export function meanReprojectionError(positions: Float64Array, view: LandmarkView, pose: Pose): number {
  const res = reprojectionResiduals(toCamera(positions, pose), view.intrinsics, view.points);
  let sum = 0;
  for (let i = 0; i < res.length; i += 2) sum += Math.hypot(res[i], res[i + 1]);
  return sum / (res.length / 2) / view.interocular;
}

export function cameraFit(view: LandmarkView, pose: Pose): CameraFit {
  const { width, height, fx, fy, cx, cy } = view.intrinsics;
  return {
    width,
    height,
    fx,
    fy,
    cx,
    cy,
    rotation: quaternionFromRotation(pose.rotation),
    translation: [pose.translation[0], pose.translation[1], pose.translation[2]],
  };
}
