/**
 * The mesh's UV layout at one (small) map size, kept whole: for each texel, the triangle under its
 * centre and the barycentrics there. The reflectance fit's coarse maps (≤ 512²) live on it:
 * per-vertex quantities become maps, and each texel finds its left–right mirror image.
 */
import type { MeshBuffers } from '../types.js';
import { texelBands } from './texel-bands.js';

export interface TexelChart {
  size: number;
  /** Per texel: triangle index, -1 outside every UV chart. */
  triangle: Int32Array;
  /** Per texel: barycentric weights in the triangle's index order. */
  bary: Float32Array;
  /** The texels inside a chart, ascending. */
  inside: Int32Array;
}

export function texelChart(mesh: Pick<MeshBuffers, 'uvs' | 'indices'>, size: number): TexelChart {
  const triangle = new Int32Array(size * size).fill(-1);
  const bary = new Float32Array(size * size * 3);
  for (const band of texelBands(mesh, size)) {
    triangle.set(band.triangle, band.y0 * size);
    bary.set(band.bary, band.y0 * size * 3);
  }
  let n = 0;
  for (let i = 0; i < triangle.length; i++) if (triangle[i] >= 0) n++;
  const inside = new Int32Array(n);
  for (let i = 0, j = 0; i < triangle.length; i++) if (triangle[i] >= 0) inside[j++] = i;
  return { size, triangle, bary, inside };
}

/**
 * A per-vertex quantity (`channels` values per vertex) interpolated at every chart texel; texels
 * outside the charts get `outside`.
 */
export function vertexMap(chart: TexelChart, indices: Uint32Array, values: Float32Array, channels: number, outside: ArrayLike<number>): Float32Array {
  const out = new Float32Array(chart.size * chart.size * channels);
  for (let i = 0; i < chart.triangle.length; i++) {
    const t = chart.triangle[i];
    for (let c = 0; c < channels; c++) {
      if (t < 0) {
        out[i * channels + c] = outside[c];
        continue;
      }
      let v = 0;
      for (let k = 0; k < 3; k++) v += chart.bary[3 * i + k] * values[indices[3 * t + k] * channels + c];
      out[i * channels + c] = v;
    }
  }
  return out;
}

/** Per chart texel, the four bilinear taps of its mirror point (see fillFromMirror in fill.ts). */
export interface MirrorTaps {
  texels: Int32Array; // the chart texels that have a mirror point inside the map
  index: Int32Array; // 4 per entry of `texels`
  weight: Float32Array; // 4 per entry, summing to 1
}

/**
 * The mirror point of a texel with barycentrics w in triangle (a, b, c) is the point with the same
 * w in triangle (mirror[a], mirror[b], mirror[c]), read bilinearly (edges clamped).
 */
export function mirrorTaps(chart: TexelChart, mesh: Pick<MeshBuffers, 'uvs' | 'indices'>, mirror: Uint32Array): MirrorTaps {
  const { size, inside } = chart;
  const texels: number[] = [];
  const index = new Int32Array(4 * inside.length);
  const weight = new Float32Array(4 * inside.length);
  const uv = mesh.uvs, idx = mesh.indices, max = size - 1;
  let n = 0;
  for (const o of inside) {
    const t = chart.triangle[o];
    let x = 0, y = 0;
    for (let k = 0; k < 3; k++) {
      const m = 2 * mirror[idx[3 * t + k]], w = chart.bary[3 * o + k];
      x += w * uv[m];
      y += w * uv[m + 1];
    }
    x = x * size - 0.5;
    y = y * size - 0.5;
    if (!(x > -1 && y > -1 && x < size && y < size)) continue;
    const xf = Math.floor(x), yf = Math.floor(y), ax = x - xf, ay = y - yf;
    const x0 = Math.min(max, Math.max(0, xf)), x1 = Math.min(max, Math.max(0, xf + 1));
    const y0 = Math.min(max, Math.max(0, yf)), y1 = Math.min(max, Math.max(0, yf + 1));
    index.set([y0 * size + x0, y0 * size + x1, y1 * size + x0, y1 * size + x1], 4 * n);
    weight.set([(1 - ax) * (1 - ay), ax * (1 - ay), (1 - ax) * ay, ax * ay], 4 * n);
    texels.push(o);
    n++;
  }
  return { texels: Int32Array.from(texels), index: index.slice(0, 4 * n), weight: weight.slice(0, 4 * n) };
}
