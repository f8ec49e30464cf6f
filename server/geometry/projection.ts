/**
 * The head pose in a camera and the pinhole projection of proto/fitme.proto (Camera): camera point
 * c = R p + t, pixel u = cx + fx c.x / -c.z, v = cy - fy c.y / -c.z, inside the fitting loops.
 */
import type { Intrinsics } from './intrinsics.js';
import type { Mat3 } from './rotation.js';

export interface Pose {
  rotation: Mat3;
  translation: Float64Array; // 3, metres
}

/** Camera-space xyz of model points (xyz triples). */
export function toCamera(points: ArrayLike<number>, pose: Pose, out?: Float64Array): Float64Array {
  const n = points.length / 3;
  const c = out ?? new Float64Array(3 * n);
  const r = pose.rotation;
  const [tx, ty, tz] = pose.translation;
  for (let i = 0; i < 3 * n; i += 3) {
    const x = points[i], y = points[i + 1], z = points[i + 2];
    c[i] = r[0] * x + r[1] * y + r[2] * z + tx;
    c[i + 1] = r[3] * x + r[4] * y + r[5] * z + ty;
    c[i + 2] = r[6] * x + r[7] * y + r[8] * z + tz;
  }
  return c;
}

/**
 * Pixel residuals (projection - observed), xy per point, from camera-space points. A point at or
 * behind the camera gets an infinite residual, so no step that puts the face there is accepted.
 */
export function reprojectionResiduals(cam: Float64Array, k: Intrinsics, observed: Float64Array, out?: Float64Array): Float64Array {
  const n = cam.length / 3;
  const r = out ?? new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const depth = -cam[3 * i + 2];
    if (!(depth > 1e-6)) {
      r[2 * i] = r[2 * i + 1] = Infinity;
      continue;
    }
    r[2 * i] = k.cx + (k.fx * cam[3 * i]) / depth - observed[2 * i];
    r[2 * i + 1] = k.cy - (k.fy * cam[3 * i + 1]) / depth - observed[2 * i + 1];
  }
  return r;
}

/**
 * d(u, v) / d(camera xyz) at camera point (x, y, z), into j (row-major 2x3):
 * du = fx/d dx + fx x/d^2 dz, dv = -fy/d dy - fy y/d^2 dz, with d = -z.
 */
export function projectionJacobian(k: Intrinsics, x: number, y: number, z: number, j: Float64Array): void {
  const d = -z;
  j[0] = k.fx / d;
  j[1] = 0;
  j[2] = (k.fx * x) / (d * d);
  j[3] = 0;
  j[4] = -k.fy / d;
  j[5] = (-k.fy * y) / (d * d);
}

/** Huber's IRLS weight for a residual of length r with threshold h: 1 inside, h / r beyond. */
export function huberWeight(r: number, h: number): number {
  return r <= h ? 1 : h / r;
}

/** Huber's loss for a residual of length r (the cost whose IRLS weights huberWeight gives). */
export function huberLoss(r: number, h: number): number {
  return r <= h ? 0.5 * r * r : h * (r - 0.5 * h);
}
