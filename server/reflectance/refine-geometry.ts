/**
 * Photometric refinement of the landmark-fitted geometry: small per-photo head-pose corrections
 * (rotation about the head's centre and translation) and a few shared shape coefficients (the
 * model's RefinableShape), found so that the current fit's render lines up with the photo.
 *
 * It runs once inside the reflectance fit, after the first coarse level, when albedo and lighting
 * explain the photo roughly. The surface points behind the covered pixels keep the colour the fit
 * renders for them then (ρ_i); moving the geometry moves where they project, and the photo is read
 * there (Lucas–Kanade alignment of the render to the photo):
 *
 *   E(θ) = Σ_views 1/W_v Σ_i w_i Σ_c ρ_δ(I_c(π_v(x_i(θ))) − ρ_ic) / σ_p²              photometric
 *        + Σ_views 1/W'_v Σ_l w_l |π'_v(X_l(θ)) − observed_l|² / (2 σ_l²)               landmarks, as a prior
 *        + λ/2 |c|²                                                                     shape coefficients
 *
 * with x_i = R_v p_i(c) + t_v, p_i(c) = p_i + Σ_k c_k m_ik (the point and the modes at it), π_v the
 * coarse photo's projection and π'_v the full photo's (the landmarks are in its pixels), ρ_δ the
 * renderer's Charbonnier penalty, w_i the pixel's viewing-angle weight and w_l the geometry fit's
 * landmark trust times a Huber weight fixed at the start. Within a round the render's own dependence on
 * the geometry (shading of a turned normal) is left out: the photometric signal is the image's spatial
 * gradient, ∂I/∂(u, v) × ∂π/∂x × ∂x/∂θ, exactly differentiated (bilinear photo, pinhole
 * projection, rotation about the head's centre as a local increment).
 *
 * Levenberg–Marquardt on the Gauss–Newton normal equations: 6 unknowns per photo plus the shape
 * coefficients, a few dozen in all; the photometric sum over a few thousand coarse pixels is
 * accumulated through each pixel's 2 × 2 structure tensor. In a few rounds: each takes the covered
 * pixels and renders them afresh where the last round left the geometry, so the shading follows
 * the turned normals and the changed shape. Bounded: the result must keep every photo's landmark
 * error within LANDMARK_BOUND of the landmark fit's, or the change is halved (twice) and
 * otherwise dropped.
 */
import { performance } from 'node:perf_hooks';
import { solveSpd } from '../geometry/cholesky.js';
import type { FittedGeometry, RefinableShape } from '../geometry/face-model.js';
import { mul3, quaternionFromRotation, rotationFromAxisAngle, rotationFromQuaternion, transpose3, type Mat3 } from '../geometry/rotation.js';
import { vertexNormals } from '../geometry/vertex-normals.js';
import { projectVertices, rasterize } from '../render/raster.js';
import { shadeView, type Material, type ViewLighting } from '../render/shade.js';
import { bilinearTaps } from '../render/texture.js';
import { buildShadingView } from '../render/view.js';
import type { CameraFit, MeshBuffers, MeshSurface, RgbImage } from '../types.js';
import type { BakeView } from './bake.js';
import type { FitRender } from './fit.js';
import { grazingWeight } from './grazing-weight.js';
import { scalePhoto } from './photo-scale.js';
import { SRGB_TO_LINEAR } from './srgb.js';

export interface RefineView {
  /** The photo at the refinement's resolution, and its camera there (whose pose is refined). */
  image: RgbImage;
  camera: CameraFit;
  /** The photo's full-size camera (same pose): the detected landmarks are in its pixels. */
  landmarkCamera: CameraFit;
  /** The photo's surface at the fitted shape (the shared mesh's, or the photo's own). */
  surface: MeshSurface;
}

export interface RefineInput {
  /** Topology and UVs. */
  mesh: Pick<MeshBuffers, 'uvs' | 'indices'>;
  views: RefineView[];
  material: Material;
  lighting: ViewLighting[];
  /** Corner tangents, when the material has a normal map. */
  tangents?: Float32Array;
  shape: RefinableShape;
}

export interface RefineState {
  rotation: Mat3[];
  translation: Float64Array[];
  coefficients: Float64Array;
}

export interface RefineOutcome {
  /** Per view, the refined pose (the cameras' intrinsics are unchanged). */
  poses: Pick<CameraFit, 'rotation' | 'translation'>[];
  /** Changes of the shape coefficients. */
  coefficients: Float64Array;
  landmarkError: { before: number[]; after: number[] };
  /** Weighted RMS of the linear photometric residual over the samples: the first round's at the start, the last round's at the end. */
  photometricRms: { before: number; after: number };
  /** E likewise. */
  energy: { before: number; after: number };
  /** The fraction of the solved change kept: 1, ½, ¼, or 0 where the landmark bound refused it. */
  kept: number;
  iterations: number;
  samples: number;
  ms: number;
}

/** Photometric noise (linear) and the Charbonnier threshold, as the reflectance fit's residuals go. */
const PHOTO_SIGMA = 0.02;
const PHOTO_DELTA = 0.05;
/** Landmark noise and Huber threshold, fractions of the inter-ocular distance (the geometry fit's threshold). */
const LANDMARK_SIGMA = 0.02;
const LANDMARK_HUBER = 0.03;
/** Weight of |c|²/2: a change of one prior standard deviation costs what a 1.6σ_p photometric shift does. */
const SHAPE_PRIOR = 0.05;
/** Rounds of re-rendering the samples, and Levenberg–Marquardt iterations per round. */
const ROUNDS = 3;
const MAX_ITERATIONS = 10;
/** Landmark error allowed after refinement: before × (1 + relative) + absolute (fractions of the eye distance). */
const LANDMARK_BOUND = { relative: 0.1, absolute: 0.002 };
/** Samples per view beyond this are thinned evenly (the coarse levels have a few thousand). */
const MAX_SAMPLES = 20_000;

interface ViewSamples {
  count: number;
  /** Model-space point at the fitted shape, 3 per sample. */
  point: Float64Array;
  /** Per sample, per coefficient, xyz: how the point moves (sample-major). */
  modes: Float64Array;
  /** The fit's render at the point, linear RGB. */
  color: Float64Array;
  /** Viewing-angle weight over the view's total. */
  weight: Float64Array;
  /** The photo, linear RGB, and its camera. */
  photo: Float32Array;
  camera: CameraFit;
  /** The whole render the samples were thinned from, for live previews. */
  render: FitRender;
}

interface ViewLandmarks {
  count: number;
  point: Float64Array;
  modes: Float64Array;
  observed: Float64Array;
  /** Trust × Huber weight over their total, over σ_l². */
  weight: Float64Array;
  camera: CameraFit;
  interocular: number;
}

interface Accumulator {
  gradient: Float64Array;
  hessian: Float64Array;
}

/** The refinement's energy over a fixed set of samples, and its Gauss–Newton model. */
export class RefinementProblem {
  readonly viewCount: number;
  readonly shapeCount: number;
  /** 6 per view (rotation increment, translation increment), then the shape coefficients. */
  readonly parameterCount: number;
  private readonly samples: ViewSamples[];
  private readonly landmarks: ViewLandmarks[];
  private readonly start: RefineState;
  /** Per view, the model-space centre rotation increments turn about: the landmarks' centroid. */
  private readonly centres: Float64Array[];

  /**
   * The samples and their colours are taken at `at` (default: the input's geometry): the pixels
   * its render covers, rendered there. States are absolute: poses, and coefficients from the
   * input's shape.
   */
  constructor(input: RefineInput, at?: RefineState) {
    const { shape } = input;
    this.viewCount = input.views.length;
    this.shapeCount = shape.count;
    this.parameterCount = 6 * this.viewCount + shape.count;
    this.start = {
      rotation: input.views.map((v) => rotationFromQuaternion(v.camera.rotation)),
      translation: input.views.map((v) => Float64Array.from(v.camera.translation)),
      coefficients: new Float64Array(shape.count),
    };
    const here = at ?? this.start;
    this.centres = shape.landmarks.points.map(mean3);
    this.samples = input.views.map((v, k) => viewSamples(input, v, k, here));
    this.landmarks = input.views.map((v, k) => viewLandmarks(shape, v.landmarkCamera, k, this.start.rotation[k], this.start.translation[k]));
  }

  initialState(): RefineState {
    return copyState(this.start);
  }

  /** View k rendered where the samples were taken (the photo at the refinement's resolution). */
  render(k: number): FitRender {
    return this.samples[k].render;
  }

  get sampleCount(): number {
    return this.samples.reduce((s, v) => s + v.count, 0);
  }

  /** The state moved by a local increment: per view, R ← exp([ω]) R turning about the head's centre, t ← t + τ; c ← c + δc. */
  apply(state: RefineState, delta: Float64Array): RefineState {
    const out = copyState(state);
    for (let v = 0; v < this.viewCount; v++) {
      const o = 6 * v;
      const e = rotationFromAxisAngle(delta[o], delta[o + 1], delta[o + 2]);
      const h = headCentre(state, v, this.centres[v]);
      out.rotation[v] = mul3(e, state.rotation[v]);
      const t = state.translation[v];
      const dx = t[0] - h[0], dy = t[1] - h[1], dz = t[2] - h[2];
      out.translation[v] = Float64Array.of(
        e[0] * dx + e[1] * dy + e[2] * dz + h[0] + delta[o + 3],
        e[3] * dx + e[4] * dy + e[5] * dz + h[1] + delta[o + 4],
        e[6] * dx + e[7] * dy + e[8] * dz + h[2] + delta[o + 5],
      );
    }
    for (let k = 0; k < this.shapeCount; k++) out.coefficients[k] += delta[6 * this.viewCount + k];
    return out;
  }

  /** E at `state`; with `into`, also its gradient and Gauss–Newton Hessian with respect to apply()'s increment at 0. */
  energy(state: RefineState, into?: Accumulator): number {
    const n = this.parameterCount, K = this.shapeCount;
    const m = 6 + K;
    const local = into ? { gradient: new Float64Array(m), hessian: new Float64Array(m * m) } : undefined;
    let e = 0;
    for (let v = 0; v < this.viewCount; v++) {
      local?.gradient.fill(0);
      local?.hessian.fill(0);
      e += photometricTerm(this.samples[v], state, v, K, this.centres[v], local);
      e += landmarkTerm(this.landmarks[v], state, v, K, this.centres[v], local);
      if (into && local) {
        const g = (p: number) => (p < 6 ? 6 * v + p : 6 * this.viewCount + p - 6);
        for (let p = 0; p < m; p++) {
          into.gradient[g(p)] += local.gradient[p];
          for (let q = 0; q < m; q++) into.hessian[g(p) * n + g(q)] += local.hessian[p <= q ? p * m + q : q * m + p];
        }
      }
    }
    const c = state.coefficients;
    for (let k = 0; k < K; k++) {
      e += 0.5 * SHAPE_PRIOR * c[k] * c[k];
      if (into) {
        const p = 6 * this.viewCount + k;
        into.gradient[p] += SHAPE_PRIOR * c[k];
        into.hessian[p * n + p] += SHAPE_PRIOR;
      }
    }
    return e;
  }

  /** Per view: mean distance of the projected landmarks from the detected ones, over the eye distance (as the geometry fit reports it). */
  landmarkErrors(state: RefineState): number[] {
    return this.landmarks.map((l, v) => {
      let sum = 0;
      forEachLandmark(l, state, v, this.shapeCount, (_i, rx, ry) => (sum += Math.hypot(rx, ry)));
      return sum / l.count / l.interocular;
    });
  }

  /** Weighted RMS photometric residual (linear) over all views' samples. */
  photometricRms(state: RefineState): number {
    let s = 0, w = 0;
    this.samples.forEach((vs, v) => {
      const r = state.rotation[v], t = state.translation[v];
      const K = this.shapeCount, c = state.coefficients;
      for (let i = 0; i < vs.count; i++) {
        samplePoint(vs.point, vs.modes, i, K, c, r, t, xyz);
        const x = xyz[0], y = xyz[1], z = xyz[2];
        if (!(-z > 1e-6)) continue;
        samplePhoto(vs, vs.camera.cx + (vs.camera.fx * x) / -z, vs.camera.cy - (vs.camera.fy * y) / -z, rgb);
        for (let ch = 0; ch < 3; ch++) s += vs.weight[i] * (rgb[ch] - vs.color[3 * i + ch]) ** 2;
        w += 3 * vs.weight[i];
      }
    });
    return w > 0 ? Math.sqrt(s / w) : 0;
  }

  /** The state a fraction `alpha` of the way from the start to `end`, along the same kind of motion apply() makes. */
  between(end: RefineState, alpha: number): RefineState {
    const s = this.start;
    const out = copyState(s);
    for (let v = 0; v < this.viewCount; v++) {
      const q = mul3(end.rotation[v], transpose3(s.rotation[v]));
      const [ox, oy, oz] = axisAngle(q);
      const h = headCentre(s, v, this.centres[v]);
      // τ such that alpha = 1 reproduces end: t_end = Q (t0 − h) + h + τ.
      const t0 = s.translation[v];
      const d = [t0[0] - h[0], t0[1] - h[1], t0[2] - h[2]];
      const move = (rot: Mat3, a: number) => [0, 1, 2].map((r) => rot[3 * r] * d[0] + rot[3 * r + 1] * d[1] + rot[3 * r + 2] * d[2] + h[r] + a);
      const full = move(q, 0);
      const tau = [0, 1, 2].map((r) => end.translation[v][r] - full[r]);
      const e = rotationFromAxisAngle(alpha * ox, alpha * oy, alpha * oz);
      out.rotation[v] = mul3(e, s.rotation[v]);
      out.translation[v] = Float64Array.from(move(e, 0).map((x, r) => x + alpha * tau[r]));
    }
    for (let k = 0; k < this.shapeCount; k++) out.coefficients[k] = alpha * end.coefficients[k];
    return out;
  }
}

/**
 * Refines the views' poses and the shape coefficients; see the module comment. `onRound` gets
 * photo 0 rendered where each round starts (the live preview keeps moving while this runs).
 */
export async function refineGeometry(input: RefineInput, onRound?: (render: FitRender) => Promise<void> | void): Promise<RefineOutcome> {
  const t0 = performance.now();
  const first = new RefinementProblem(input);
  const start = first.initialState();
  const energyBefore = first.energy(start);
  let problem = first;
  let state = start;
  let iterations = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Each round renders the samples afresh where the last left the geometry, so the shading
    // follows the turned normals and the changed shape.
    if (round > 0) problem = new RefinementProblem(input, state);
    await onRound?.(problem.render(0));
    const solved = levenbergMarquardt(problem, state);
    iterations += solved.iterations;
    if (solved.state === state) break;
    state = solved.state;
  }

  const before = first.landmarkErrors(start);
  let kept = 1;
  let final = state;
  let after = first.landmarkErrors(final);
  const withinBound = (errors: number[]) => errors.every((e, v) => e <= before[v] * (1 + LANDMARK_BOUND.relative) + LANDMARK_BOUND.absolute);
  while (!withinBound(after) && kept > 0.25) {
    kept /= 2;
    final = first.between(state, kept);
    after = first.landmarkErrors(final);
  }
  if (!withinBound(after)) {
    kept = 0;
    final = start;
    after = before;
  }
  return {
    poses: final.rotation.map((r, v) => ({ rotation: quaternionFromRotation(r), translation: [final.translation[v][0], final.translation[v][1], final.translation[v][2]] })),
    coefficients: Float64Array.from(final.coefficients),
    landmarkError: { before, after },
    photometricRms: { before: first.photometricRms(start), after: problem.photometricRms(final) },
    energy: { before: energyBefore, after: problem.energy(final) },
    kept,
    iterations,
    samples: first.sampleCount,
    ms: performance.now() - t0,
  };
}

/** Levenberg–Marquardt from `from` (returned as is when no step lowers the energy). */
function levenbergMarquardt(problem: RefinementProblem, from: RefineState): { state: RefineState; iterations: number } {
  const n = problem.parameterCount;
  const acc = { gradient: new Float64Array(n), hessian: new Float64Array(n * n) };
  let state = from;
  let energy = problem.energy(state, acc);
  const initial = energy;
  let lambda = 1e-3;
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const a = Float64Array.from(acc.hessian);
    for (let p = 0; p < n; p++) a[p * n + p] += lambda * acc.hessian[p * n + p] + 1e-12;
    const step = solveSpd(a, acc.gradient.map((g) => -g), n);
    if (!step) {
      lambda *= 10;
      continue;
    }
    const candidate = problem.apply(state, step);
    const e = problem.energy(candidate);
    if (e < energy) {
      const gain = energy - e;
      state = candidate;
      energy = e;
      lambda = Math.max(lambda / 3, 1e-7);
      acc.gradient.fill(0);
      acc.hessian.fill(0);
      problem.energy(state, acc);
      if (gain < 1e-5 * initial) break;
    } else {
      lambda *= 4;
      if (lambda > 1e4) break;
    }
  }
  return { state, iterations };
}

function viewSamples(input: RefineInput, v: RefineView, k: number, at: RefineState): ViewSamples {
  const { mesh, material, shape } = input;
  const { surface, image } = v;
  const K = shape.count, vertices = surface.positions.length / 3;
  const camera: CameraFit = { ...v.camera, rotation: quaternionFromRotation(at.rotation[k]), translation: [at.translation[k][0], at.translation[k][1], at.translation[k][2]] };
  const positions = Float32Array.from(surface.positions);
  let normals = surface.normals;
  if (at.coefficients.some((c) => c !== 0)) {
    for (let m = 0; m < K; m++) {
      const c = at.coefficients[m];
      for (let i = 0, o = 3 * m * vertices; i < 3 * vertices; i++, o++) positions[i] += c * shape.modes[o];
    }
    // The normals' change with the shape, added to the given ones (which may be welded across UV seams).
    const before = vertexNormals(surface.positions, mesh.indices), after = vertexNormals(positions, mesh.indices);
    normals = Float32Array.from(surface.normals, (n, i) => n + after[i] - before[i]);
  }
  const viewMesh = { positions, normals, uvs: mesh.uvs, indices: mesh.indices };
  const raster = rasterize(projectVertices(positions, camera), mesh.indices, camera.width, camera.height, { cull: 'back' });
  const mapped = material.normal && input.tangents;
  const view = buildShadingView(viewMesh, camera, { raster, ...(mapped ? { tangents: input.tangents } : {}) });
  const taps = {
    albedo: bilinearTaps(view.uv, view.count, material.albedo.width, material.albedo.height),
    specular: bilinearTaps(view.uv, view.count, material.specular.width, material.specular.height),
    roughness: bilinearTaps(view.uv, view.count, material.roughness.width, material.roughness.height),
    ...(mapped ? { normal: bilinearTaps(view.uv, view.count, material.normal!.width, material.normal!.height) } : {}),
  };
  const rendered = new Float32Array(3 * view.count);
  shadeView(view, taps, mapped ? material : { ...material, normal: undefined }, input.lighting[k], { colors: rendered });

  const stride = Math.max(1, Math.ceil(view.count / MAX_SAMPLES));
  const count = Math.ceil(view.count / stride);
  const point = new Float64Array(3 * count), modes = new Float64Array(3 * K * count), color = new Float64Array(3 * count), weight = new Float64Array(count);
  let total = 0;
  for (let i = 0, s = 0; i < view.count; i += stride, s++) {
    const p = view.pixel[i];
    const t = raster.triangle[p];
    const cos = view.normal[3 * i] * view.viewDir[3 * i] + view.normal[3 * i + 1] * view.viewDir[3 * i + 1] + view.normal[3 * i + 2] * view.viewDir[3 * i + 2];
    weight[s] = grazingWeight(cos);
    total += weight[s];
    // The point at the input's shape: states carry absolute coefficients.
    for (let j = 0; j < 3; j++) {
      const vtx = mesh.indices[3 * t + j], b = raster.bary[3 * p + j];
      for (let a = 0; a < 3; a++) point[3 * s + a] += b * surface.positions[3 * vtx + a];
      for (let m = 0; m < K; m++) {
        const o = 3 * (m * vertices + vtx);
        for (let a = 0; a < 3; a++) modes[3 * (s * K + m) + a] += b * shape.modes[o + a];
      }
    }
    for (let a = 0; a < 3; a++) color[3 * s + a] = rendered[3 * i + a];
  }
  if (total > 0) for (let s = 0; s < count; s++) weight[s] /= total * PHOTO_SIGMA * PHOTO_SIGMA;
  return { count, point, modes, color, weight, photo: linearPhoto(image), camera: v.camera, render: { image, pixel: view.pixel, colors: rendered } };
}

function viewLandmarks(shape: RefinableShape, camera: CameraFit, v: number, rotation: Mat3, translation: Float64Array): ViewLandmarks {
  const lm = shape.landmarks;
  const count = lm.observed[v].length / 2, K = shape.count;
  const modes = new Float64Array(3 * K * count);
  for (let i = 0; i < count; i++) {
    for (let m = 0; m < K; m++) for (let a = 0; a < 3; a++) modes[3 * (i * K + m) + a] = lm.modes[3 * (m * count + i) + a];
  }
  const out: ViewLandmarks = {
    count,
    point: Float64Array.from(lm.points[v]),
    modes,
    observed: lm.observed[v],
    weight: Float64Array.from(lm.weights[v]),
    camera,
    interocular: lm.interocular[v],
  };
  // Huber weights at the fitted geometry, fixed from here on (one reweighting of the landmark fit's).
  const h = LANDMARK_HUBER * out.interocular;
  const start = { rotation: [rotation], translation: [translation], coefficients: new Float64Array(K) };
  const residual = new Float64Array(count);
  forEachLandmark({ ...out, weight: new Float64Array(count) }, start, 0, K, (i, rx, ry) => (residual[i] = Math.hypot(rx, ry)));
  let total = 0;
  for (let i = 0; i < count; i++) {
    out.weight[i] *= residual[i] <= h ? 1 : h / residual[i];
    total += out.weight[i];
  }
  const sigma = LANDMARK_SIGMA * out.interocular;
  if (total > 0) for (let i = 0; i < count; i++) out.weight[i] /= total * sigma * sigma;
  return out;
}

function mean3(points: Float64Array): Float64Array {
  const out = new Float64Array(3), n = points.length / 3;
  for (let i = 0; i < n; i++) for (let a = 0; a < 3; a++) out[a] += points[3 * i + a] / n;
  return out;
}

function copyState(s: RefineState): RefineState {
  return { rotation: s.rotation.map((r) => Float64Array.from(r)), translation: s.translation.map((t) => Float64Array.from(t)), coefficients: Float64Array.from(s.coefficients) };
}

/** The head's centre in view v's camera space. */
function headCentre(state: RefineState, v: number, centre: Float64Array): [number, number, number] {
  const r = state.rotation[v], t = state.translation[v];
  return [
    r[0] * centre[0] + r[1] * centre[1] + r[2] * centre[2] + t[0],
    r[3] * centre[0] + r[4] * centre[1] + r[5] * centre[2] + t[1],
    r[6] * centre[0] + r[7] * centre[1] + r[8] * centre[2] + t[2],
  ];
}

/** Camera-space point i, R (p_i + Σ_k c_k m_ik) + t, into out[0..2]. */
function samplePoint(point: Float64Array, modes: Float64Array, i: number, K: number, c: Float64Array, r: Mat3, t: Float64Array, out: Float64Array): void {
  let px = point[3 * i], py = point[3 * i + 1], pz = point[3 * i + 2];
  for (let k = 0, o = 3 * i * K; k < K; k++, o += 3) {
    px += c[k] * modes[o];
    py += c[k] * modes[o + 1];
    pz += c[k] * modes[o + 2];
  }
  out[0] = r[0] * px + r[1] * py + r[2] * pz + t[0];
  out[1] = r[3] * px + r[4] * py + r[5] * pz + t[1];
  out[2] = r[6] * px + r[7] * py + r[8] * pz + t[2];
}

/**
 * Fills a (2 × (6 + K), row-major): how the pixel (u, v) of camera point x moves with the local
 * increment (rotation about the head centre h, translation, shape coefficients).
 */
function pixelJacobian(cam: CameraFit, x: number, y: number, z: number, h: [number, number, number], r: Mat3, modes: Float64Array, i: number, K: number, a: Float64Array): void {
  const m = 6 + K;
  const d = -z;
  const j00 = cam.fx / d, j02 = (cam.fx * x) / (d * d), j11 = -cam.fy / d, j12 = (-cam.fy * y) / (d * d);
  const dx = x - h[0], dy = y - h[1], dz = z - h[2];
  // With u = j00 x + j02 z and v = j11 y + j12 z (differentials): ∂x/∂ω_a = e_a × (x − h), then ∂x/∂τ = I.
  a[0] = j02 * dy;
  a[m] = -j11 * dz + j12 * dy;
  a[1] = j00 * dz - j02 * dx;
  a[m + 1] = -j12 * dx;
  a[2] = -j00 * dy;
  a[m + 2] = j11 * dx;
  a[3] = j00;
  a[m + 3] = 0;
  a[4] = 0;
  a[m + 4] = j11;
  a[5] = j02;
  a[m + 5] = j12;
  for (let k = 0, o = 3 * i * K; k < K; k++, o += 3) {
    const mx = modes[o], my = modes[o + 1], mz = modes[o + 2];
    const wx = r[0] * mx + r[1] * my + r[2] * mz, wy = r[3] * mx + r[4] * my + r[5] * mz, wz = r[6] * mx + r[7] * my + r[8] * mz;
    a[6 + k] = j00 * wx + j02 * wz;
    a[m + 6 + k] = j11 * wy + j12 * wz;
  }
}

/** acc += Aᵀ S A (its upper triangle) and Aᵀ b for A 2 × m, S symmetric 2 × 2 (s00, s01, s11), b 2. */
function accumulate(acc: Accumulator, a: Float64Array, m: number, s00: number, s01: number, s11: number, b0: number, b1: number): void {
  const g = acc.gradient, hs = acc.hessian;
  for (let p = 0; p < m; p++) {
    const au = a[p], av = a[m + p];
    g[p] += au * b0 + av * b1;
    const su = s00 * au + s01 * av, sv = s01 * au + s11 * av;
    if (su === 0 && sv === 0) continue;
    for (let q = p; q < m; q++) hs[p * m + q] += su * a[q] + sv * a[m + q];
  }
}

// Scratch of the inner loops (not reentrant): the point, the photo read, the pixel Jacobian.
const xyz = new Float64Array(3);
const rgb = new Float64Array(9);
const scratchA = { a: new Float64Array(0) };
function jacobianScratch(m: number): Float64Array {
  if (scratchA.a.length < 2 * m) scratchA.a = new Float64Array(2 * m);
  return scratchA.a;
}

function photometricTerm(vs: ViewSamples, state: RefineState, v: number, K: number, centre: Float64Array, acc: Accumulator | undefined): number {
  const r = state.rotation[v], t = state.translation[v], c = state.coefficients;
  const cam = vs.camera;
  const h = headCentre(state, v, centre);
  const m = 6 + K;
  const a = jacobianScratch(m);
  const d2 = PHOTO_DELTA * PHOTO_DELTA, inv = 1 / d2;
  let e = 0;
  for (let i = 0; i < vs.count; i++) {
    const w = vs.weight[i];
    if (w === 0) continue;
    samplePoint(vs.point, vs.modes, i, K, c, r, t, xyz);
    const x = xyz[0], y = xyz[1], z = xyz[2];
    if (!(-z > 1e-6)) continue;
    samplePhoto(vs, cam.cx + (cam.fx * x) / -z, cam.cy - (cam.fy * y) / -z, rgb);
    let s00 = 0, s01 = 0, s11 = 0, b0 = 0, b1 = 0;
    for (let ch = 0; ch < 3; ch++) {
      const res = rgb[ch] - vs.color[3 * i + ch];
      const q = Math.sqrt(1 + res * res * inv);
      e += w * d2 * (q - 1);
      if (!acc) continue;
      const gu = rgb[3 + ch], gv = rgb[6 + ch];
      const psi = w / q;
      s00 += psi * gu * gu;
      s01 += psi * gu * gv;
      s11 += psi * gv * gv;
      b0 += psi * res * gu;
      b1 += psi * res * gv;
    }
    if (!acc) continue;
    pixelJacobian(cam, x, y, z, h, r, vs.modes, i, K, a);
    accumulate(acc, a, m, s00, s01, s11, b0, b1);
  }
  return e;
}

function landmarkTerm(l: ViewLandmarks, state: RefineState, v: number, K: number, centre: Float64Array, acc: Accumulator | undefined): number {
  const m = 6 + K;
  const a = jacobianScratch(m);
  const h = headCentre(state, v, centre);
  const r = state.rotation[v];
  let e = 0;
  forEachLandmark(l, state, v, K, (i, rx, ry, x, y, z) => {
    const w = l.weight[i];
    e += 0.5 * w * (rx * rx + ry * ry);
    if (!acc || w === 0) return;
    pixelJacobian(l.camera, x, y, z, h, r, l.modes, i, K, a);
    accumulate(acc, a, m, w, 0, w, w * rx, w * ry);
  });
  return e;
}

/** Calls f with each landmark's pixel residual (projection − detection) and camera-space point. */
function forEachLandmark(l: ViewLandmarks, state: RefineState, v: number, K: number, f: (i: number, rx: number, ry: number, x: number, y: number, z: number) => void): void {
  const r = state.rotation[v], t = state.translation[v], c = state.coefficients, cam = l.camera;
  for (let i = 0; i < l.count; i++) {
    samplePoint(l.point, l.modes, i, K, c, r, t, xyz);
    const x = xyz[0], y = xyz[1], z = xyz[2];
    const d = -z;
    if (!(d > 1e-6)) {
      f(i, Infinity, Infinity, x, y, z);
      continue;
    }
    f(i, cam.cx + (cam.fx * x) / d - l.observed[2 * i], cam.cy - (cam.fy * y) / d - l.observed[2 * i + 1], x, y, z);
  }
}

/**
 * The photo bilinearly at pixel coordinates (u, v) (pixel centres at i + 0.5), clamped at the
 * border: out[0..2] the colour, out[3..5] ∂/∂u, out[6..8] ∂/∂v (zero across a clamped border).
 */
function samplePhoto(vs: ViewSamples, u: number, v: number, out: Float64Array): void {
  const w = vs.camera.width, hgt = vs.camera.height, img = vs.photo;
  let x = u - 0.5, y = v - 0.5, gx = 1, gy = 1;
  if (x < 0) (x = 0), (gx = 0);
  else if (x > w - 1) (x = w - 1), (gx = 0);
  if (y < 0) (y = 0), (gy = 0);
  else if (y > hgt - 1) (y = hgt - 1), (gy = 0);
  const x0 = Math.min(Math.floor(x), w - 2), y0 = Math.min(Math.floor(y), hgt - 2);
  const fx = x - x0, fy = y - y0;
  const i00 = 3 * (y0 * w + x0), i01 = i00 + 3, i10 = i00 + 3 * w, i11 = i10 + 3;
  for (let c = 0; c < 3; c++) {
    const p00 = img[i00 + c], p01 = img[i01 + c], p10 = img[i10 + c], p11 = img[i11 + c];
    out[c] = (1 - fy) * ((1 - fx) * p00 + fx * p01) + fy * ((1 - fx) * p10 + fx * p11);
    out[3 + c] = gx * ((1 - fy) * (p01 - p00) + fy * (p11 - p10));
    out[6 + c] = gy * ((1 - fx) * (p10 - p00) + fx * (p11 - p01));
  }
}

/** The photo in linear RGB, once per image (every round reads it). */
const linearPhotos = new WeakMap<RgbImage, Float32Array>();
function linearPhoto(image: RgbImage): Float32Array {
  let out = linearPhotos.get(image);
  if (!out) {
    out = new Float32Array(image.data.length);
    for (let i = 0; i < out.length; i++) out[i] = SRGB_TO_LINEAR[image.data[i]];
    linearPhotos.set(image, out);
  }
  return out;
}

/** Rotation vector (axis × angle) of a rotation matrix. */
function axisAngle(r: Mat3): [number, number, number] {
  const [x, y, z, w] = quaternionFromRotation(r);
  const s = Math.hypot(x, y, z);
  if (s < 1e-12) return [2 * x, 2 * y, 2 * z];
  const angle = 2 * Math.atan2(s, w);
  return [(angle * x) / s, (angle * y) / s, (angle * z) / s];
}

/** The fitted geometry and its model's reshape(), for the reflectance fit to refine. */
export interface GeometryRefiner {
  geometry: FittedGeometry;
  reshape(coefficients: Float64Array, cameras: CameraFit[], landmarkError: number[]): FittedGeometry;
}

/**
 * Photos the first level sees with fewer face pixels than this are refined at a resolution where
 * they have about this many: alignment needs some pixels across each feature (an atlas that
 * gives the face little of the map, as ICT's does, makes the coarse level's photos tiny).
 */
const MIN_PIXELS = 2000;

/**
 * Refines the refiner's geometry against the photos at a coarse level's resolution (`coarse`: per
 * view, the photo, its camera and its covered pixels there) under the fit's current maps and
 * lighting; the result's cameras keep each photo's full-size intrinsics. Unchanged when the
 * landmark bound refused all.
 */
export async function refineFittedGeometry(
  refiner: GeometryRefiner,
  views: BakeView[],
  coarse: { image: RgbImage; camera: CameraFit; view: { count: number } }[],
  material: Material,
  lighting: ViewLighting[],
  tangents: Float32Array | undefined,
  onRound?: (render: FitRender) => Promise<void> | void,
): Promise<{ geometry: FittedGeometry; outcome: RefineOutcome }> {
  const { geometry } = refiner;
  if (!geometry.refinable) throw new Error('refineFittedGeometry: the geometry has no shape basis');
  const photos = await Promise.all(
    coarse.map((c, k) => {
      if (c.view.count >= MIN_PIXELS || c.view.count === 0) return c;
      const scale = (c.camera.width / views[k].camera.width) * Math.sqrt(MIN_PIXELS / c.view.count);
      return scalePhoto(views[k].image, views[k].camera, scale);
    }),
  );
  const outcome = await refineGeometry({
    mesh: geometry.mesh,
    views: views.map((v, k) => ({ image: photos[k].image, camera: photos[k].camera, landmarkCamera: v.camera, surface: v.surface ?? geometry.mesh })),
    material,
    lighting,
    ...(tangents ? { tangents } : {}),
    shape: geometry.refinable,
  }, onRound);
  if (outcome.kept === 0) return { geometry, outcome };
  const cameras = geometry.cameras.map((c, k) => ({ ...c, ...outcome.poses[k] }));
  return { geometry: refiner.reshape(outcome.coefficients, cameras, outcome.landmarkError.after), outcome };
}
