/**
 * Skin-like detail for the filled head: the fine light and dark of the person's own well-seen
 * skin (pores, fine lines), tiled over the texels no photo showed, so the neck, ears and the
 * sides of the head are not a smooth plastic beside a photographed face.
 *
 * The source is one square of the baked texture where nearly every texel is reliable skin, the flattest
 * such square (least broad shading, so a crease or a shadow's edge is not repeated); its detail is
 * each texel's luminance over its local mean, laid over the head without a visible repeat (detailAt).
 */
import { SRGB_TO_LINEAR } from './srgb.js';

/** The square's side as a share of the texture's size (about 1.5 cm of cheek on ICT's face tile). */
const PATCH_SHARE = 0.05;
/** Share of the square's texels that must be reliable skin (a wrinkled face has few spotless squares). */
const MIN_SKIN_SHARE = 0.9;
/** Local mean: a box of this share of the patch's side either way. */
const MEAN_SHARE = 1 / 6;
/** Detail ratios are kept within 1 ± this (a specular glint or a stray hair does not tile as a spot)… */
const MAX_DEVIATION = 0.25;
/** …and tiled at this share of their contrast: repeated at full strength, a wrinkled cheek's pattern read as a reptile's. */
const STRENGTH = 0.6;

export interface SkinDetail {
  patch: number;
  /** patch² luminance ratios (mean 1), row-major. */
  ratio: Float32Array;
}

/**
 * The detail of the flattest fully reliable skin square of `albedo` (sRGB, size² × 3), or
 * undefined when there is none. `isSkin(o)` tells a reliable skin texel.
 */
export function skinDetail(albedo: Uint8Array, size: number, isSkin: (o: number) => boolean): SkinDetail | undefined {
  const patch = Math.max(8, Math.round(size * PATCH_SHARE));
  if (patch >= size) return undefined;
  const W = size + 1;
  const good = new Float64Array(W * W), lum = new Float64Array(W * W), lum2 = new Float64Array(W * W);
  const luminance = new Float64Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = y * size + x;
      const l = 0.2126 * SRGB_TO_LINEAR[albedo[3 * o]] + 0.7152 * SRGB_TO_LINEAR[albedo[3 * o + 1]] + 0.0722 * SRGB_TO_LINEAR[albedo[3 * o + 2]];
      luminance[o] = l;
      const s = isSkin(o) ? 1 : 0, i = (y + 1) * W + x + 1;
      good[i] = s + good[i - 1] + good[i - W] - good[i - W - 1];
      lum[i] = l + lum[i - 1] + lum[i - W] - lum[i - W - 1];
      lum2[i] = l * l + lum2[i - 1] + lum2[i - W] - lum2[i - W - 1];
    }
  }
  const box = (t: Float64Array, x: number, y: number, w: number) => t[(y + w) * W + x + w] - t[y * W + x + w] - t[(y + w) * W + x] + t[y * W + x];
  let best: [number, number] | undefined, bestSpread = Infinity;
  const step = Math.max(1, patch >> 2), area = patch * patch;
  for (let y = 0; y + patch <= size; y += step) {
    for (let x = 0; x + patch <= size; x += step) {
      if (box(good, x, y, patch) < MIN_SKIN_SHARE * area) continue;
      const mean = box(lum, x, y, patch) / area;
      const spread = Math.sqrt(Math.max(0, box(lum2, x, y, patch) / area - mean * mean)) / mean;
      if (spread < bestSpread) [best, bestSpread] = [[x, y], spread];
    }
  }
  if (!best) return undefined;
  const [x0, y0] = best, r = Math.max(1, Math.round(patch * MEAN_SHARE));
  const ratio = new Float32Array(area);
  let sum = 0;
  for (let y = 0; y < patch; y++) {
    for (let x = 0; x < patch; x++) {
      // The local mean's box reaches past the square (within the texture): clipped to the square, the
      // means at its edges were one-sided, so broad shading there counted as detail.
      const tx = x0 + x, ty = y0 + y;
      const ax = Math.max(0, tx - r), bx = Math.min(size - 1, tx + r), ay = Math.max(0, ty - r), by = Math.min(size - 1, ty + r);
      const n = (bx - ax + 1) * (by - ay + 1);
      const local = (lum[(by + 1) * W + bx + 1] - lum[ay * W + bx + 1] - lum[(by + 1) * W + ax] + lum[ay * W + ax]) / n;
      const q = local > 0 ? luminance[(y0 + y) * size + x0 + x] / local : 1;
      ratio[y * patch + x] = Math.min(1 + MAX_DEVIATION, Math.max(1 - MAX_DEVIATION, q));
      sum += ratio[y * patch + x];
    }
  }
  for (let i = 0; i < area; i++) ratio[i] = 1 + STRENGTH * ((ratio[i] * area) / sum - 1);
  return { patch, ratio };
}

/**
 * The detail ratio at texel (x, y) of the texture: the source laid without a pattern of repeats.
 * Mirrored tiles (the first way) met without steps but repeated every two patches, and their mirror
 * lines drew a lattice of diamonds over the neck and scalp that the eye finds at once. Here, after
 * Heitz and Neyret's by-example noise (HPG 2018), each node of a grid a quarter of the patch apart
 * takes a window of the patch at an offset of its own, and a texel blends its cell's four windows
 * by bilinear weight, divided by the weights' root sum of squares so the blend keeps the source's
 * contrast instead of washing out between nodes.
 */
export function detailAt(detail: SkinDetail, x: number, y: number): number {
  const p = detail.patch, cell = p / 4;
  const gx = x / cell, gy = y / cell, ix = Math.floor(gx), iy = Math.floor(gy), fx = gx - ix, fy = gy - iy;
  let sum = 0, norm = 0;
  for (let k = 0; k < 4; k++) {
    const nx = ix + (k & 1), ny = iy + (k >> 1);
    const w = (k & 1 ? fx : 1 - fx) * (k >> 1 ? fy : 1 - fy);
    if (w === 0) continue;
    // The node's window is centred on a texel of the patch's middle half, so it never leaves the patch.
    const h = hash(nx, ny);
    const cx = cell + (h & 0xffff) / 0x10000 * 2 * cell, cy = cell + (h >>> 16) / 0x10000 * 2 * cell;
    const sx = Math.min(p - 1, Math.max(0, Math.round(cx + x - nx * cell)));
    const sy = Math.min(p - 1, Math.max(0, Math.round(cy + y - ny * cell)));
    sum += w * (detail.ratio[sy * p + sx] - 1);
    norm += w * w;
  }
  return 1 + sum / Math.sqrt(norm);
}

/** A well-mixed 32-bit hash of a grid node (the same node, the same window, on every run). */
function hash(x: number, y: number): number {
  let h = Math.imul(x | 0, 0x27d4eb2d) ^ Math.imul(y | 0, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
