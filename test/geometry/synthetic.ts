/**
 * Synthetic ground truth for the geometry fit: a person's shape (the canonical mesh, smoothly
 * deformed), photographed by a known pinhole camera in a known pose, with landmarks made the way the
 * detector makes them (pixel-rounded x and y, a learned relative depth of unknown scale, noise and
 * a few gross outliers).
 */
import type { CanonicalMesh } from '../../server/geometry/canonical.js';
import type { GeometryView } from '../../server/geometry/face-model.js';
import { photoIntrinsics } from '../../server/geometry/intrinsics.js';
import type { Pose } from '../../server/geometry/projection.js';
import { toCamera } from '../../server/geometry/projection.js';
import { mul3, rotationFromAxisAngle, transpose3 } from '../../server/geometry/rotation.js';
import { alignSimilarity } from '../../server/geometry/similarity.js';
import type { DecodedPhoto } from '../../server/types.js';

/** mulberry32: a small seeded generator, so every synthetic case is reproducible. */
export function random(seed: number): { uniform(): number; normal(): number } {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    normal: () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()),
  };
}

/**
 * A plausible other face: wider or narrower, longer or shorter, a bigger or smaller nose and chin,
 * deeper or flatter, plus smooth bumps (Gaussian radial fields, 2.5 cm wide, a few mm high) and a
 * slight asymmetry; then put back onto the canonical frame and scale, as the fit reports shapes.
 */
export function personShape(model: CanonicalMesh, seed: number): Float64Array {
  const rnd = random(seed);
  const c = model.positions;
  const n = c.length / 3;
  const out = Float64Array.from(c);
  const width = 1 + 0.06 * rnd.normal();
  const length = 1 + 0.05 * rnd.normal();
  const depth = 1 + 0.08 * rnd.normal();
  const nose = 0.006 * rnd.normal();
  const chin = 0.005 * rnd.normal();
  const bumps = Array.from({ length: 6 }, () => {
    const v = Math.floor(rnd.uniform() * n);
    return { v, d: [0.003 * rnd.normal(), 0.003 * rnd.normal(), 0.004 * rnd.normal()] };
  });
  for (let i = 0; i < n; i++) {
    const x = c[3 * i], y = c[3 * i + 1], z = c[3 * i + 2];
    out[3 * i] = x * width;
    out[3 * i + 1] = y * length;
    out[3 * i + 2] = z * depth;
    // Nose: the region in front, between the eyes and the mouth, comes further out.
    const noseWeight = Math.exp(-((x / 0.02) ** 2 + ((y + 0.005) / 0.03) ** 2)) * Math.max(0, (z - 0.04) / 0.035);
    out[3 * i + 2] += nose * noseWeight;
    const chinWeight = Math.exp(-((x / 0.03) ** 2 + ((y + 0.085) / 0.02) ** 2));
    out[3 * i + 1] -= chin * chinWeight;
    for (const b of bumps) {
      for (const partner of [b.v, model.mirror[b.v]]) {
        const sign = partner === b.v ? 1 : -1;
        const dx = x - c[3 * partner], dy = y - c[3 * partner + 1], dz = z - c[3 * partner + 2];
        const g = Math.exp(-(dx * dx + dy * dy + dz * dz) / (2 * 0.025 ** 2)) * (partner === b.v ? 1 : 0.7);
        out[3 * i] += sign * b.d[0] * g;
        out[3 * i + 1] += b.d[1] * g;
        out[3 * i + 2] += b.d[2] * g;
      }
    }
  }
  const sim = alignSimilarity(out, c, model.procrustesIds, model.procrustesWeights);
  const q = sim.rotation;
  for (let i = 0; i < 3 * n; i += 3) {
    const x = out[i], y = out[i + 1], z = out[i + 2];
    out[i] = sim.scale * (q[0] * x + q[1] * y + q[2] * z) + sim.translation[0];
    out[i + 1] = sim.scale * (q[3] * x + q[4] * y + q[5] * z) + sim.translation[1];
    out[i + 2] = sim.scale * (q[6] * x + q[7] * y + q[8] * z) + sim.translation[2];
  }
  return out;
}

/** Head rotation in camera space: yaw about +Y, then pitch about +X, then roll about +Z (degrees). */
export function headPose(yawDeg: number, pitchDeg: number, rollDeg: number, translation: [number, number, number]): Pose {
  const rad = Math.PI / 180;
  const r = mul3(rotationFromAxisAngle(0, 0, rollDeg * rad), mul3(rotationFromAxisAngle(pitchDeg * rad, 0, 0), rotationFromAxisAngle(0, yawDeg * rad, 0)));
  return { rotation: r, translation: Float64Array.from(translation) };
}

export interface PhotoSetup {
  width: number;
  height: number;
  focal35mm?: number;
  /** Gaussian noise on x and y, pixels (before rounding to whole pixels). */
  noisePx: number;
  /** How many landmarks get a gross error (15–40 px). */
  outliers: number;
  /** Unknown scale of the detector's relative depth. */
  reliefScale: number;
  seed: number;
}

/** The view a detector would report for `shape` in `pose`; iris points sit at the eye centres. */
export function syntheticView(model: CanonicalMesh, shape: Float64Array, pose: Pose, setup: PhotoSetup, index = 0): GeometryView {
  const rnd = random(setup.seed);
  const photo: DecodedPhoto = {
    index,
    name: `synthetic-${setup.seed}`,
    image: { width: setup.width, height: setup.height, data: new Uint8Array(setup.width * setup.height * 3) },
    format: 'raw',
    exifOrientation: 1,
    hadAlpha: false,
    grayscale: false,
    focal35mm: setup.focal35mm,
  };
  const k = photoIntrinsics(photo);
  const cam = toCamera(shape, pose);
  const n = shape.length / 3;
  let meanDepth = 0;
  for (let i = 0; i < n; i++) meanDepth -= cam[3 * i + 2] / n;
  const landmarks = new Float32Array(478 * 3);
  for (let i = 0; i < n; i++) {
    const depth = -cam[3 * i + 2];
    const u = k.cx + (k.fx * cam[3 * i]) / depth + setup.noisePx * rnd.normal();
    const v = k.cy - (k.fy * cam[3 * i + 1]) / depth + setup.noisePx * rnd.normal();
    landmarks[3 * i] = Math.floor(u) + 0.5;
    landmarks[3 * i + 1] = Math.floor(v) + 0.5;
    // Smaller is closer, in pixels at the face's mean depth, scaled by the detector's own factor.
    landmarks[3 * i + 2] = (setup.reliefScale * (depth - meanDepth) * k.fx) / meanDepth + 2 * setup.noisePx * rnd.normal();
  }
  for (let o = 0; o < setup.outliers; o++) {
    const i = Math.floor(rnd.uniform() * n);
    const angle = 2 * Math.PI * rnd.uniform();
    const len = 15 + 25 * rnd.uniform();
    landmarks[3 * i] += len * Math.cos(angle);
    landmarks[3 * i + 1] += len * Math.sin(angle);
  }
  // Iris centres: the mean of each eye's corner points (the fit does not use them).
  for (const [iris, a, b] of [[468, 33, 133], [473, 362, 263]]) {
    for (let p = 0; p < 5; p++) {
      for (let c = 0; c < 3; c++) landmarks[3 * (iris + p) + c] = (landmarks[3 * a + c] + landmarks[3 * b + c]) / 2;
    }
  }
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, landmarks[3 * i]);
    x1 = Math.max(x1, landmarks[3 * i]);
    y0 = Math.min(y0, landmarks[3 * i + 1]);
    y1 = Math.max(y1, landmarks[3 * i + 1]);
  }
  return { photo, face: { box: [x0, y0, x1 - x0, y1 - y0], score: 1, landmarks, embedding: null } };
}

/** Angle in radians of a rotation matrix. */
export function rotationAngle(r: ArrayLike<number>): number {
  return Math.acos(Math.min(1, Math.max(-1, (r[0] + r[4] + r[8] - 1) / 2)));
}

/** Angle in radians between two rotations. */
export function rotationError(a: Pose['rotation'], b: Pose['rotation']): number {
  return rotationAngle(mul3(transpose3(a), b));
}

/** RMS distance between two vertex arrays (xyz triples), metres. */
export function rmsDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] - b[k]) ** 2;
  return Math.sqrt(s / (a.length / 3));
}
