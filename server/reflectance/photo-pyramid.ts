/**
 * A region of a photo in linear light with box-filtered mip levels, sampled trilinearly: a texel
 * whose footprint covers several pixels reads their average instead of one aliased pixel.
 *
 * Only the pixels a mask marks (those the mesh covers) enter the averages: levels hold colour
 * premultiplied by coverage, and a sample is divided by its coverage, so a coarse level near the
 * face's silhouette averages face pixels only and never pulls in the background.
 */
import type { RgbImage } from '../types.js';
import { SRGB_TO_LINEAR } from './srgb.js';

export class PhotoPyramid {
  private readonly widths: number[] = [];
  private readonly heights: number[] = [];
  private readonly px0: Float32Array;
  private readonly w0: number;
  private readonly h0: number;
  /** Per level: r·a, g·a, b·a, a per pixel. */
  private readonly levels: Float32Array[] = [];
  readonly maxLevel: number;

  /**
   * The region [x0, x0 + width) × [y0, y0 + height) of the image, with levels 0..maxLevel;
   * `mask` (width × height, row-major) is non-zero where a pixel may be averaged.
   */
  constructor(
    image: RgbImage,
    readonly x0: number,
    readonly y0: number,
    width: number,
    height: number,
    maxLevel: number,
    mask: Uint8Array,
  ) {
    const base = new Float32Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      let src = ((y0 + y) * image.width + x0) * 3;
      for (let x = 0, i = y * width; x < width; x++, i++, src += 3) {
        if (mask[i] === 0) continue;
        base[4 * i] = SRGB_TO_LINEAR[image.data[src]];
        base[4 * i + 1] = SRGB_TO_LINEAR[image.data[src + 1]];
        base[4 * i + 2] = SRGB_TO_LINEAR[image.data[src + 2]];
        base[4 * i + 3] = 1;
      }
    }
    this.levels.push(base);
    this.widths.push(width);
    this.heights.push(height);
    this.px0 = base;
    this.w0 = width;
    this.h0 = height;
    let level = 0;
    while (level < maxLevel && (this.widths[level] > 1 || this.heights[level] > 1)) {
      this.halve(level);
      level++;
    }
    this.maxLevel = level;
  }

  /** Next level: each pixel the mean of its 2×2 children (an edge pixel repeats its last child). */
  private halve(level: number): void {
    const w = this.widths[level], h = this.heights[level], src = this.levels[level];
    const W = (w + 1) >> 1, H = (h + 1) >> 1;
    const dst = new Float32Array(W * H * 4);
    for (let Y = 0; Y < H; Y++) {
      const r0 = 2 * Y * w * 4, r1 = Math.min(2 * Y + 1, h - 1) * w * 4;
      for (let X = 0; X < W; X++) {
        const c0 = 2 * X * 4, c1 = Math.min(2 * X + 1, w - 1) * 4;
        const o = (Y * W + X) * 4;
        for (let k = 0; k < 4; k++) {
          dst[o + k] = 0.25 * (src[r0 + c0 + k] + src[r0 + c1 + k] + src[r1 + c0 + k] + src[r1 + c1 + k]);
        }
      }
    }
    this.levels.push(dst);
    this.widths.push(W);
    this.heights.push(H);
  }

  /** Premultiplied r, g, b and coverage of the sample being assembled. */
  private readonly acc = new Float64Array(4);

  /**
   * Linear RGB at image position (u, v) (pixel centres at integer + 0.5) from mip level `level`
   * (fractional: blends the two nearest levels; clamped to the built range), averaged over masked
   * pixels only, into out[offset..offset + 2] (0 where no masked pixel is in reach).
   */
  sample(u: number, v: number, level: number, out: Float32Array, offset: number): void {
    const acc = this.acc;
    acc[0] = acc[1] = acc[2] = acc[3] = 0;
    if (level <= 0) {
      const w = this.w0, h = this.h0, px = this.px0;
      const x = u - this.x0 - 0.5, y = v - this.y0 - 0.5;
      const xa = Math.floor(x), ya = Math.floor(y);
      if (xa >= 0 && ya >= 0 && xa + 1 < w && ya + 1 < h) {
        const ax = x - xa, ay = y - ya;
        const i00 = (ya * w + xa) * 4, i01 = i00 + 4, i10 = i00 + 4 * w, i11 = i10 + 4;
        const w01 = ax * (1 - ay), w11 = ax * ay, w00 = 1 - ay - w01, w10 = ay - w11;
        const a = w00 * px[i00 + 3] + w01 * px[i01 + 3] + w10 * px[i10 + 3] + w11 * px[i11 + 3];
        const s = a > 0 ? 1 / a : 1;
        out[offset] = s * (w00 * px[i00] + w01 * px[i01] + w10 * px[i10] + w11 * px[i11]);
        out[offset + 1] = s * (w00 * px[i00 + 1] + w01 * px[i01 + 1] + w10 * px[i10 + 1] + w11 * px[i11 + 1]);
        out[offset + 2] = s * (w00 * px[i00 + 2] + w01 * px[i01 + 2] + w10 * px[i10 + 2] + w11 * px[i11 + 2]);
        return;
      }
      this.bilinear(0, u, v, 1);
    } else {
      const l = level >= this.maxLevel ? this.maxLevel : level;
      const l0 = Math.floor(l);
      const f = l - l0;
      this.bilinear(l0, u, v, 1 - f);
      if (f > 0) this.bilinear(l0 + 1, u, v, f);
    }
    const a = acc[3] > 0 ? acc[3] : 1;
    out[offset] = acc[0] / a;
    out[offset + 1] = acc[1] / a;
    out[offset + 2] = acc[2] / a;
  }

  /** Adds weight × the premultiplied bilinear sample of one level to acc. */
  private bilinear(level: number, u: number, v: number, weight: number): void {
    const w = this.widths[level], h = this.heights[level], px = this.levels[level];
    const x = (u - this.x0) / (1 << level) - 0.5, y = (v - this.y0) / (1 << level) - 0.5;
    let xa = Math.floor(x), ya = Math.floor(y);
    const ax = x - xa, ay = y - ya;
    let xb = xa + 1, yb = ya + 1;
    // Outside the region (only at its clamped image border), repeat the edge pixels.
    if (xa < 0 || xb >= w) {
      xa = xa < 0 ? 0 : xa >= w ? w - 1 : xa;
      xb = xb < 0 ? 0 : xb >= w ? w - 1 : xb;
    }
    if (ya < 0 || yb >= h) {
      ya = ya < 0 ? 0 : ya >= h ? h - 1 : ya;
      yb = yb < 0 ? 0 : yb >= h ? h - 1 : yb;
    }
    const i00 = (ya * w + xa) * 4, i01 = (ya * w + xb) * 4, i10 = (yb * w + xa) * 4, i11 = (yb * w + xb) * 4;
    const w01 = ax * (1 - ay) * weight, w11 = ax * ay * weight;
    const w00 = (1 - ay) * weight - w01, w10 = ay * weight - w11;
    const acc = this.acc;
    for (let k = 0; k < 4; k++) acc[k] += w00 * px[i00 + k] + w01 * px[i01 + k] + w10 * px[i10 + k] + w11 * px[i11 + k];
  }
}
