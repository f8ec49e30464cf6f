/**
 * Z-buffered triangle rasterisation over typed arrays: per pixel, which triangle is visible and
 * where inside it (barycentrics). Used for the image under the fitted camera and, with UVs as
 * positions, for texture space.
 */
import type { CameraFit } from '../types.js';

/**
 * Per-vertex screen coordinates: x, y in pixels (origin top-left, y down) and depth = -c.z
 * (metres, > 0 in front), following the projection in proto/fitme.proto (Camera).
 */
export function projectVertices(positions: Float32Array, camera: CameraFit, out?: Float32Array): Float32Array {
  const n = positions.length / 3;
  const result = out ?? new Float32Array(n * 3);
  const [qx, qy, qz, qw] = camera.rotation;
  const [tx, ty, tz] = camera.translation;
  // Rotation matrix of the unit quaternion (normalised here so a slightly denormal one still rotates).
  const s = 2 / (qx * qx + qy * qy + qz * qz + qw * qw);
  const r00 = 1 - s * (qy * qy + qz * qz), r01 = s * (qx * qy - qz * qw), r02 = s * (qx * qz + qy * qw);
  const r10 = s * (qx * qy + qz * qw), r11 = 1 - s * (qx * qx + qz * qz), r12 = s * (qy * qz - qx * qw);
  const r20 = s * (qx * qz - qy * qw), r21 = s * (qy * qz + qx * qw), r22 = 1 - s * (qx * qx + qy * qy);
  const { fx, fy, cx, cy } = camera;
  for (let i = 0; i < n; i++) {
    const px = positions[3 * i], py = positions[3 * i + 1], pz = positions[3 * i + 2];
    const X = r00 * px + r01 * py + r02 * pz + tx;
    const Y = r10 * px + r11 * py + r12 * pz + ty;
    const depth = -(r20 * px + r21 * py + r22 * pz + tz);
    result[3 * i] = cx + (fx * X) / depth;
    result[3 * i + 1] = cy - (fy * Y) / depth;
    result[3 * i + 2] = depth;
  }
  return result;
}

export interface Raster {
  width: number;
  height: number;
  /** Per pixel: triangle index, -1 where nothing is drawn. */
  triangle: Int32Array;
  /** Per pixel: 3 barycentric weights for the triangle's vertices in index order (perspective-correct when asked). */
  bary: Float32Array;
  /** Per pixel: interpolated depth, +Infinity where nothing is drawn. */
  depth: Float32Array;
}

export interface RasterOptions {
  /**
   * 'back' drops triangles facing away from the camera. Front faces are counter-clockwise in the
   * y-up camera image, hence clockwise in y-down pixel space (negative signed area below).
   * Default 'none'.
   */
  cull?: 'back' | 'none';
  /**
   * Interpolate in 1/depth (true perspective, the default) or linearly in screen space (texture
   * space and orthographic use). With perspective, triangles with a vertex at depth <= 0 are
   * skipped: nothing here clips against the near plane.
   */
  perspective?: boolean;
  /** A raster of the same size to draw into instead of allocating one (its contents are replaced). */
  into?: Raster;
}

/**
 * Rasterises triangles given per-vertex screen coordinates (x, y, depth; see projectVertices) with
 * pixel centres at (x + 0.5, y + 0.5). Coverage follows the top-left rule, so pixels on an edge
 * shared by two triangles are drawn exactly once and a closed mesh has neither gaps nor overlaps.
 * The nearest fragment wins; on equal depth the earlier triangle wins.
 */
export function rasterize(
  screen: Float32Array,
  indices: Uint32Array,
  width: number,
  height: number,
  opts: RasterOptions = {},
): Raster {
  const cullBack = opts.cull === 'back';
  const perspective = opts.perspective ?? true;
  const out = opts.into && opts.into.width === width && opts.into.height === height ? opts.into : undefined;
  const pixels = width * height;
  const triangle = out ? out.triangle.fill(-1) : new Int32Array(pixels).fill(-1);
  const bary = out ? out.bary : new Float32Array(pixels * 3); // written wherever triangle >= 0
  const depth = out ? out.depth.fill(Infinity) : new Float32Array(pixels).fill(Infinity);
  drawTriangles(screen, indices, width, height, cullBack, perspective, triangle, bary, depth);
  return { width, height, triangle, bary, depth };
}

/**
 * The pixel loop, kept apart from option handling and result building so that V8 optimises it
 * as a whole function (an on-stack-replaced loop inside rasterize deoptimised on every call).
 */
function drawTriangles(
  screen: Float32Array,
  indices: Uint32Array,
  width: number,
  height: number,
  cullBack: boolean,
  perspective: boolean,
  triangle: Int32Array,
  bary: Float32Array,
  depth: Float32Array,
): void {
  const triCount = (indices.length / 3) | 0;
  for (let t = 0; t < triCount; t++) {
    const i0 = indices[3 * t], i1 = indices[3 * t + 1], i2 = indices[3 * t + 2];
    const x0 = screen[3 * i0], y0 = screen[3 * i0 + 1], z0 = screen[3 * i0 + 2];
    const x1 = screen[3 * i1], y1 = screen[3 * i1 + 1], z1 = screen[3 * i1 + 2];
    const x2 = screen[3 * i2], y2 = screen[3 * i2 + 1], z2 = screen[3 * i2 + 2];
    const area = (x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0);
    if (!(area !== 0) || (cullBack && area > 0)) continue; // also drops NaN
    if (perspective && !(z0 > 0 && z1 > 0 && z2 > 0)) continue;
    const minXf = Math.max(0, Math.ceil(Math.min(x0, x1, x2) - 0.5));
    const maxXf = Math.min(width - 1, Math.floor(Math.max(x0, x1, x2) - 0.5));
    const minYf = Math.max(0, Math.ceil(Math.min(y0, y1, y2) - 0.5));
    const maxYf = Math.min(height - 1, Math.floor(Math.max(y0, y1, y2) - 0.5));
    if (!(minXf <= maxXf && minYf <= maxYf)) continue;
    // Small integers from here on: typed-array indexing is fastest with them.
    const minX = minXf | 0, maxX = maxXf | 0, minY = minYf | 0, maxY = maxYf | 0;

    // Edge function e_k(p) = a_k px + b_k py + c_k is zero on the edge opposite vertex k, and
    // e_k / area is vertex k's screen-space weight. Flipping all signs for clockwise triangles
    // makes the inside positive in both orientations without reordering vertices. Evaluating it
    // directly (never accumulated) gives two triangles sharing an edge exactly negated values
    // there, so the top-left rule below splits that edge's pixels between them exactly.
    const sg = area > 0 ? 1 : -1;
    const a0 = sg * (y1 - y2), b0 = sg * (x2 - x1), c0 = sg * (x1 * y2 - x2 * y1);
    const a1 = sg * (y2 - y0), b1 = sg * (x0 - x2), c1 = sg * (x2 * y0 - x0 * y2);
    const a2 = sg * (y0 - y1), b2 = sg * (x1 - x0), c2 = sg * (x0 * y1 - x1 * y0);
    // Top-left rule: a pixel exactly on an edge belongs to the triangle only when that edge is a
    // left edge (interior to its right, a > 0) or a top edge (horizontal, interior below, b > 0).
    const tl0 = a0 > 0 || (a0 === 0 && b0 > 0);
    const tl1 = a1 > 0 || (a1 === 0 && b1 > 0);
    const tl2 = a2 > 0 || (a2 === 0 && b2 > 0);
    const invArea = 1 / (sg * area);
    const iz0 = 1 / z0, iz1 = 1 / z1, iz2 = 1 / z2;

    for (let y = minY; y <= maxY; y++) {
      const py = y + 0.5;
      const r0 = b0 * py + c0, r1 = b1 * py + c1, r2 = b2 * py + c2;
      // The covered pixels of a row form one run; find its ends edge by edge.
      let xs = minX, xe = maxX;
      if (a0 > 0) xs = Math.max(xs, firstInside(a0, r0, tl0, minX, maxX));
      else if (a0 < 0) xe = Math.min(xe, lastInside(a0, r0, tl0, minX, maxX));
      else if (!(r0 > 0 || (r0 === 0 && tl0))) continue;
      if (a1 > 0) xs = Math.max(xs, firstInside(a1, r1, tl1, minX, maxX));
      else if (a1 < 0) xe = Math.min(xe, lastInside(a1, r1, tl1, minX, maxX));
      else if (!(r1 > 0 || (r1 === 0 && tl1))) continue;
      if (a2 > 0) xs = Math.max(xs, firstInside(a2, r2, tl2, minX, maxX));
      else if (a2 < 0) xe = Math.min(xe, lastInside(a2, r2, tl2, minX, maxX));
      else if (!(r2 > 0 || (r2 === 0 && tl2))) continue;
      const rowStart = y * width;
      // Weights step linearly along the row; only the run's first pixel evaluates them fully.
      const pxs = xs + 0.5;
      let w0 = (a0 * pxs + r0) * invArea, w1 = (a1 * pxs + r1) * invArea, w2 = (a2 * pxs + r2) * invArea;
      const d0 = a0 * invArea, d1 = a1 * invArea, d2 = a2 * invArea;
      if (perspective) {
        for (let x = xs; x <= xe; x++, w0 += d0, w1 += d1, w2 += d2) {
          // Screen weights over depth, renormalised: the weights of the 3D point under the pixel.
          const q0 = w0 * iz0, q1 = w1 * iz1, q2 = w2 * iz2;
          const z = 1 / (q0 + q1 + q2);
          const p = rowStart + x;
          if (!(z < depth[p])) continue;
          depth[p] = z;
          triangle[p] = t;
          bary[3 * p] = q0 * z;
          bary[3 * p + 1] = q1 * z;
          bary[3 * p + 2] = q2 * z;
        }
      } else {
        for (let x = xs; x <= xe; x++, w0 += d0, w1 += d1, w2 += d2) {
          const z = w0 * z0 + w1 * z1 + w2 * z2;
          const p = rowStart + x;
          if (!(z < depth[p])) continue;
          depth[p] = z;
          triangle[p] = t;
          bary[3 * p] = w0;
          bary[3 * p + 1] = w1;
          bary[3 * p + 2] = w2;
        }
      }
    }
  }
}

/** Does pixel column x pass the edge a px + r >= 0 (strictly, unless the edge is top-left)? */
function passes(a: number, r: number, topLeft: boolean, x: number): boolean {
  const e = a * (x + 0.5) + r;
  return e > 0 || (e === 0 && topLeft);
}

/**
 * For an edge with a > 0 (passes to the right of its crossing), the first column in lo..hi + 1
 * that passes. The division only gives a starting guess; the exact test decides, so the result
 * agrees with per-pixel evaluation (a px + r is monotone in px under rounding too).
 */
function firstInside(a: number, r: number, topLeft: boolean, lo: number, hi: number): number {
  let x = Math.min(hi + 1, Math.max(lo, Math.ceil(-r / a - 0.5)));
  while (x > lo && passes(a, r, topLeft, x - 1)) x--;
  while (x <= hi && !passes(a, r, topLeft, x)) x++;
  return x;
}

/** For an edge with a < 0 (passes to the left of its crossing), the last column in lo - 1..hi that passes. */
function lastInside(a: number, r: number, topLeft: boolean, lo: number, hi: number): number {
  let x = Math.max(lo - 1, Math.min(hi, Math.floor(-r / a - 0.5)));
  while (x < hi && passes(a, r, topLeft, x + 1)) x++;
  while (x >= lo && !passes(a, r, topLeft, x)) x--;
  return x;
}
