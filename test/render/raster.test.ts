import { describe, expect, it } from 'vitest';
import type { CameraFit } from '../../server/types.js';
import { projectVertices, rasterize } from '../../server/render/raster.js';

function camera(rotation: CameraFit['rotation'], translation: CameraFit['translation']): CameraFit {
  return { width: 64, height: 48, fx: 100, fy: 100, cx: 32, cy: 24, rotation, translation };
}

/** Is (px, py) strictly inside the triangle, by sign of the three edge cross products. */
function strictlyInside(px: number, py: number, v: number[][]): boolean {
  const s = [0, 1, 2].map((k) => {
    const a = v[k], b = v[(k + 1) % 3];
    return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
  });
  return (s[0] > 0 && s[1] > 0 && s[2] > 0) || (s[0] < 0 && s[1] < 0 && s[2] < 0);
}

describe('projectVertices', () => {
  it('follows the proto camera: u = cx + fx x/-z, v = cy - fy y/-z, depth = -z', () => {
    // 90 degrees about +Y maps model +X to camera -Z.
    const h = Math.SQRT1_2;
    const cam = camera([0, h, 0, h], [0.1, 0.2, -1]);
    const out = projectVertices(new Float32Array([1, 0, 0, 0, 0.5, 0]), cam);
    // (1,0,0) -> R p = (0,0,-1) -> c = (0.1, 0.2, -2)
    expect(out[0]).toBeCloseTo(32 + (100 * 0.1) / 2, 4);
    expect(out[1]).toBeCloseTo(24 - (100 * 0.2) / 2, 4);
    expect(out[2]).toBeCloseTo(2, 5);
    // (0,0.5,0) -> (0,0.5,0) -> c = (0.1, 0.7, -1)
    expect(out[3]).toBeCloseTo(32 + 10, 4);
    expect(out[4]).toBeCloseTo(24 - 70, 4);
    expect(out[5]).toBeCloseTo(1, 5);
  });
});

describe('rasterize', () => {
  it('covers exactly the pixel centres inside a known triangle, with barycentrics that reproduce them', () => {
    const v = [[3.3, 2.1], [27.7, 9.4], [8.2, 30.6]];
    const screen = new Float32Array([...v[0], 1, ...v[1], 1, ...v[2], 1]);
    for (const order of [[0, 1, 2], [0, 2, 1]]) {
      const r = rasterize(screen, new Uint32Array(order), 32, 32, { perspective: false });
      let covered = 0;
      for (let y = 0; y < 32; y++) {
        for (let x = 0; x < 32; x++) {
          const p = y * 32 + x;
          const inside = strictlyInside(x + 0.5, y + 0.5, v);
          expect(r.triangle[p]).toBe(inside ? 0 : -1);
          if (!inside) {
            expect(r.depth[p]).toBe(Infinity);
            continue;
          }
          covered++;
          // Weights are in index order: weight k belongs to vertex order[k].
          let sx = 0, sy = 0, sw = 0;
          for (let k = 0; k < 3; k++) {
            const w = r.bary[3 * p + k];
            expect(w).toBeGreaterThanOrEqual(0);
            sx += w * v[order[k]][0];
            sy += w * v[order[k]][1];
            sw += w;
          }
          expect(sw).toBeCloseTo(1, 5);
          expect(sx).toBeCloseTo(x + 0.5, 4);
          expect(sy).toBeCloseTo(y + 0.5, 4);
        }
      }
      // Pixel-centre coverage approximates the area (329.8 px²) to within about the perimeter / 2.
      expect(Math.abs(covered - 329.8)).toBeLessThan(30);
    }
  });

  it('draws a pixel on an edge shared by two triangles exactly once (top-left rule)', () => {
    // A square split along its diagonal, which passes through the pixel centres (i+0.5, i+0.5)
    // of a second square shifted by half a pixel.
    const screen = new Float32Array([0.5, 0.5, 1, 8.5, 0.5, 1, 8.5, 8.5, 1, 0.5, 8.5, 1]);
    const a = rasterize(screen, new Uint32Array([0, 1, 2]), 10, 10, { perspective: false });
    const b = rasterize(screen, new Uint32Array([0, 2, 3]), 10, 10, { perspective: false });
    const both = rasterize(screen, new Uint32Array([0, 1, 2, 0, 2, 3]), 10, 10, { perspective: false });
    let countA = 0, countB = 0, countBoth = 0;
    for (let p = 0; p < 100; p++) {
      if (a.triangle[p] >= 0) countA++;
      if (b.triangle[p] >= 0) countB++;
      if (both.triangle[p] >= 0) countBoth++;
    }
    // 9 x 9 centres lie on or inside the square; the top-left rule keeps its left and top edges
    // and drops the right and bottom ones (which a neighbouring square would own): 8 x 8.
    expect(countBoth).toBe(64);
    expect(countA + countB).toBe(64);
    expect(countA).toBe(36); // the diagonal's 8 centres go to exactly one of the two
    expect(countB).toBe(28);
  });

  it('keeps the nearest fragment whatever the drawing order', () => {
    const near = [1, 1, 1, 15, 1, 1, 1, 15, 1];
    const far = [0, 0, 5, 16, 0, 5, 0, 16, 5];
    for (const [first, second, nearIndex] of [[near, far, 0], [far, near, 1]] as const) {
      const screen = new Float32Array([...first, ...second]);
      const r = rasterize(screen, new Uint32Array([0, 1, 2, 3, 4, 5]), 16, 16, { perspective: false });
      const p = 4 * 16 + 4;
      expect(r.triangle[p]).toBe(nearIndex);
      expect(r.depth[p]).toBeCloseTo(1, 6);
      // Outside the near triangle, the far one shows.
      expect(r.triangle[14 * 16 + 0]).toBe(1 - nearIndex);
      expect(r.depth[14 * 16 + 0]).toBeCloseTo(5, 6);
    }
  });

  it('culls back faces: CCW seen from the camera (y up) is front, CW is back', () => {
    const tri = new Float32Array([-0.1, -0.1, 0, 0.1, -0.1, 0, 0, 0.1, 0]); // CCW seen from +Z
    const front = camera([0, 0, 0, 1], [0, 0, -1]); // camera on +Z of the model, looking at it
    const behind = camera([0, 1, 0, 0], [0, 0, -1]); // turned 180 degrees about Y: sees the back
    const ccw = new Uint32Array([0, 1, 2]);
    const cw = new Uint32Array([0, 2, 1]);
    const drawn = (cam: CameraFit, idx: Uint32Array, cull: 'back' | 'none') => {
      const r = rasterize(projectVertices(tri, cam), idx, cam.width, cam.height, { cull });
      return r.triangle.some((t) => t >= 0);
    };
    expect(drawn(front, ccw, 'back')).toBe(true);
    expect(drawn(front, cw, 'back')).toBe(false);
    expect(drawn(behind, ccw, 'back')).toBe(false);
    expect(drawn(behind, cw, 'back')).toBe(true);
    expect(drawn(front, cw, 'none')).toBe(true);
    expect(drawn(behind, ccw, 'none')).toBe(true);
  });

  it('interpolates perspective-correctly: the weighted 3D point projects to the pixel centre', () => {
    // A slanted triangle, from 0.6 m to 2.5 m away.
    const tri = new Float32Array([-0.3, -0.2, -0.6, 0.4, -0.1, -1.5, -0.1, 0.5, -2.5]);
    const cam = camera([0, 0, 0, 1], [0, 0, 0]);
    const screen = projectVertices(tri, cam);
    const r = rasterize(screen, new Uint32Array([0, 1, 2]), cam.width, cam.height, { cull: 'none' });
    let checked = 0;
    for (let p = 0; p < r.width * r.height; p++) {
      if (r.triangle[p] < 0) continue;
      const X = [0, 1, 2].map((a) => r.bary[3 * p] * tri[a] + r.bary[3 * p + 1] * tri[3 + a] + r.bary[3 * p + 2] * tri[6 + a]);
      const u = cam.cx + (cam.fx * X[0]) / -X[2];
      const v = cam.cy - (cam.fy * X[1]) / -X[2];
      expect(u).toBeCloseTo((p % r.width) + 0.5, 3);
      expect(v).toBeCloseTo(Math.floor(p / r.width) + 0.5, 3);
      expect(r.depth[p]).toBeCloseTo(-X[2], 4);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('rasterises in UV space: a quad of two triangles fills the texture and interpolates UVs', () => {
    const size = 16;
    const uv = new Float32Array([0, 0, 1, 0, 1, 1, 0, 1]);
    const screen = new Float32Array(12);
    for (let i = 0; i < 4; i++) {
      screen[3 * i] = uv[2 * i] * size;
      screen[3 * i + 1] = uv[2 * i + 1] * size;
      screen[3 * i + 2] = 1;
    }
    // One triangle in each orientation, as mirrored UV islands have.
    const indices = new Uint32Array([0, 1, 2, 0, 3, 2]);
    const r = rasterize(screen, indices, size, size, { cull: 'none', perspective: false });
    for (let p = 0; p < size * size; p++) {
      const t = r.triangle[p];
      expect(t).toBeGreaterThanOrEqual(0);
      let u = 0, v = 0;
      for (let k = 0; k < 3; k++) {
        const vi = indices[3 * t + k];
        u += r.bary[3 * p + k] * uv[2 * vi];
        v += r.bary[3 * p + k] * uv[2 * vi + 1];
      }
      expect(u * size).toBeCloseTo((p % size) + 0.5, 4);
      expect(v * size).toBeCloseTo(Math.floor(p / size) + 0.5, 4);
    }
  });

  it('draws into a reused raster exactly as into a fresh one', () => {
    const tri = new Float32Array([-0.3, -0.2, -0.6, 0.4, -0.1, -1.5, -0.1, 0.5, -2.5, 0.2, 0.3, -0.8]);
    const cam = camera([0, 0, 0, 1], [0, 0, 0]);
    const screen = projectVertices(tri, cam);
    const first = rasterize(screen, new Uint32Array([0, 1, 2]), cam.width, cam.height);
    const fresh = rasterize(screen, new Uint32Array([0, 1, 3]), cam.width, cam.height);
    const reused = rasterize(screen, new Uint32Array([0, 1, 3]), cam.width, cam.height, { into: first });
    expect(reused.triangle).toBe(first.triangle);
    expect(Array.from(reused.triangle)).toEqual(Array.from(fresh.triangle));
    expect(Array.from(reused.depth)).toEqual(Array.from(fresh.depth));
    for (let p = 0; p < fresh.triangle.length; p++) {
      if (fresh.triangle[p] < 0) continue;
      for (let k = 0; k < 3; k++) expect(reused.bary[3 * p + k]).toBe(fresh.bary[3 * p + k]);
    }
  });

  it('skips degenerate triangles, triangles behind the camera and NaN vertices', () => {
    const screen = new Float32Array([1, 1, 1, 9, 1, 1, 5, 1, 1, 1, 1, -1, 9, 1, 1, 5, 9, 1, NaN, 1, 1, 9, 1, 1, 5, 9, 1]);
    const r = rasterize(screen, new Uint32Array([0, 1, 2, 3, 4, 5, 6, 7, 8]), 10, 10);
    expect(r.triangle.every((t) => t === -1)).toBe(true);
  });
});
