/**
 * Closest points on a triangle mesh: exact point–triangle projection (Ericson, Real-Time
 * Collision Detection, 5.1.5) over the triangles whose bounding box is nearer than the nearest
 * vertex (an upper bound on the answer). A few hundred queries against tens of thousands of
 * triangles need nothing smarter.
 */

export interface SurfacePoint {
  /** Index into the triangle list the surface was built from. */
  triangle: number;
  /** Weights of the triangle's three corners, summing to 1. */
  barycentrics: [number, number, number];
  point: [number, number, number];
  distance: number;
}

export class TriangleSurface {
  private readonly boxes: Float64Array;
  private readonly used: Uint32Array;

  /** `triangles`: corner vertex indices into `positions` (xyz), three per triangle. */
  constructor(
    readonly positions: ArrayLike<number>,
    readonly triangles: Uint32Array,
  ) {
    this.used = Uint32Array.from(new Set(triangles));
    const n = triangles.length / 3;
    this.boxes = new Float64Array(n * 6);
    for (let t = 0; t < n; t++) {
      for (let a = 0; a < 3; a++) {
        let lo = Infinity, hi = -Infinity;
        for (let k = 0; k < 3; k++) {
          const v = positions[3 * triangles[3 * t + k] + a];
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        this.boxes[6 * t + a] = lo;
        this.boxes[6 * t + 3 + a] = hi;
      }
    }
  }

  closest(x: number, y: number, z: number): SurfacePoint {
    let best: SurfacePoint | undefined;
    let bestD2 = Infinity;
    const P = this.positions;
    for (let k = 0; k < this.used.length; k++) {
      const v = 3 * this.used[k];
      const dx = P[v] - x, dy = P[v + 1] - y, dz = P[v + 2] - z;
      bestD2 = Math.min(bestD2, dx * dx + dy * dy + dz * dz);
    }
    // Every triangle at that vertex reaches it, so the boxes that can hold the answer pass this bound.
    bestD2 = bestD2 * (1 + 1e-9) + 1e-24;
    const b = this.boxes;
    const count = this.triangles.length / 3;
    for (let t = 0; t < count; t++) {
      const o = 6 * t;
      const dx = x < b[o] ? b[o] - x : x > b[o + 3] ? x - b[o + 3] : 0;
      if (dx * dx >= bestD2) continue;
      const dy = y < b[o + 1] ? b[o + 1] - y : y > b[o + 4] ? y - b[o + 4] : 0;
      const dz = z < b[o + 2] ? b[o + 2] - z : z > b[o + 5] ? z - b[o + 5] : 0;
      if (dx * dx + dy * dy + dz * dz >= bestD2) continue;
      const c = this.onTriangle(t, x, y, z);
      const d2 = (c.point[0] - x) ** 2 + (c.point[1] - y) ** 2 + (c.point[2] - z) ** 2;
      if (d2 < bestD2) {
        bestD2 = d2;
        best = { triangle: t, barycentrics: c.barycentrics, point: c.point, distance: 0 };
      }
    }
    if (!best) throw new Error('TriangleSurface: no triangles');
    best.distance = Math.sqrt(bestD2);
    return best;
  }

  /** The point of triangle t nearest to p, by the Voronoi region of p. */
  private onTriangle(t: number, px: number, py: number, pz: number): Pick<SurfacePoint, 'barycentrics' | 'point'> {
    const P = this.positions;
    const ia = 3 * this.triangles[3 * t], ib = 3 * this.triangles[3 * t + 1], ic = 3 * this.triangles[3 * t + 2];
    const ax = P[ia], ay = P[ia + 1], az = P[ia + 2];
    const abx = P[ib] - ax, aby = P[ib + 1] - ay, abz = P[ib + 2] - az;
    const acx = P[ic] - ax, acy = P[ic + 1] - ay, acz = P[ic + 2] - az;
    const apx = px - ax, apy = py - ay, apz = pz - az;
    const at = (u: number, v: number): Pick<SurfacePoint, 'barycentrics' | 'point'> => ({
      barycentrics: [1 - u - v, u, v],
      point: [ax + u * abx + v * acx, ay + u * aby + v * acy, az + u * abz + v * acz],
    });
    const d1 = abx * apx + aby * apy + abz * apz;
    const d2 = acx * apx + acy * apy + acz * apz;
    if (d1 <= 0 && d2 <= 0) return at(0, 0);
    const bpx = px - P[ib], bpy = py - P[ib + 1], bpz = pz - P[ib + 2];
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    if (d3 >= 0 && d4 <= d3) return at(1, 0);
    const vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0);
    const cpx = px - P[ic], cpy = py - P[ic + 1], cpz = pz - P[ic + 2];
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    if (d6 >= 0 && d5 <= d6) return at(0, 1);
    const vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6));
    const va = d3 * d6 - d5 * d4;
    if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      return at(1 - w, w);
    }
    const denom = 1 / (va + vb + vc);
    return at(vb * denom, vc * denom);
  }
}
