/**
 * The mesh rasterised in texture space: for each texel, the triangle under its centre and the
 * barycentrics there, so that any per-vertex quantity can be evaluated at the texel.
 *
 * Rasterised in horizontal bands: a whole 4096² map would need ~20 bytes per texel at once
 * (≈ 340 MB), a band of ~256 K texels needs ~5 MB and the bands can be processed one at a time.
 */
import { rasterize } from '../render/raster.js';
import type { MeshBuffers } from '../types.js';

const BAND_TEXELS = 1 << 18;

export interface TexelBand {
  /** First texel row of the band and its row count; texel (x, y0 + r) is band pixel r * size + x. */
  y0: number;
  rows: number;
  /** Per band texel: triangle index, -1 outside every UV chart. */
  triangle: Int32Array;
  /** Per band texel: barycentric weights in the triangle's index order. */
  bary: Float32Array;
}

/** Texel centres sit at ((x + 0.5) / size, (y + 0.5) / size) in UV, as glTF samplers read them. */
export function* texelBands(mesh: Pick<MeshBuffers, 'uvs' | 'indices'>, size: number): Generator<TexelBand> {
  const n = mesh.uvs.length / 2;
  const screen = new Float32Array(n * 3);
  const rowsPerBand = Math.max(1, Math.floor(BAND_TEXELS / size));
  for (let y0 = 0; y0 < size; y0 += rowsPerBand) {
    const rows = Math.min(rowsPerBand, size - y0);
    for (let i = 0; i < n; i++) {
      screen[3 * i] = mesh.uvs[2 * i] * size;
      screen[3 * i + 1] = mesh.uvs[2 * i + 1] * size - y0;
      screen[3 * i + 2] = 1;
    }
    const r = rasterize(screen, mesh.indices, size, rows, { cull: 'none', perspective: false });
    yield { y0, rows, triangle: r.triangle, bary: r.bary };
  }
}
