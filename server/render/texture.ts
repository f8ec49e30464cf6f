/**
 * Texture maps as the differentiable renderer reads them: float texels in linear units, sampled
 * bilinearly. A pixel's lookup is precomputed once per view and map size as four taps (texel
 * index and weight), so the forward pass gathers and the backward pass scatters the gradient to
 * exactly the texels the forward pass read, and nothing else.
 */

/** Row-major from the top-left texel (UV origin top-left, as glTF); texel (i, j) has its centre at ((i + 0.5) / width, (j + 0.5) / height). */
export interface Texture {
  width: number;
  height: number;
  channels: number;
  data: Float32Array; // width * height * channels
}

export function createTexture(width: number, height: number, channels: number, fill: ArrayLike<number>): Texture {
  const data = new Float32Array(width * height * channels);
  for (let i = 0; i < data.length; i += channels) {
    for (let c = 0; c < channels; c++) data[i + c] = fill[c];
  }
  return { width, height, channels, data };
}

/** Four bilinear taps per sample: texel indices (not multiplied by channels) and weights summing to 1. */
export interface TexelTaps {
  width: number;
  height: number;
  index: Int32Array; // 4 per sample
  weight: Float32Array; // 4 per sample
}

/**
 * Bilinear taps for `count` UVs (uv pairs) on a width × height texture, clamped to the edge
 * texels: an atlas has no wrap-around neighbours.
 */
export function bilinearTaps(uv: Float32Array, count: number, width: number, height: number): TexelTaps {
  const index = new Int32Array(4 * count);
  const weight = new Float32Array(4 * count);
  const maxX = width - 1, maxY = height - 1;
  for (let i = 0; i < count; i++) {
    const x = uv[2 * i] * width - 0.5, y = uv[2 * i + 1] * height - 0.5;
    const fx0 = Math.floor(x), fy0 = Math.floor(y);
    const fx = x - fx0, fy = y - fy0;
    const x0 = Math.min(maxX, Math.max(0, fx0)), x1 = Math.min(maxX, Math.max(0, fx0 + 1));
    const y0 = Math.min(maxY, Math.max(0, fy0)), y1 = Math.min(maxY, Math.max(0, fy0 + 1));
    index[4 * i] = y0 * width + x0;
    index[4 * i + 1] = y0 * width + x1;
    index[4 * i + 2] = y1 * width + x0;
    index[4 * i + 3] = y1 * width + x1;
    weight[4 * i] = (1 - fx) * (1 - fy);
    weight[4 * i + 1] = fx * (1 - fy);
    weight[4 * i + 2] = (1 - fx) * fy;
    weight[4 * i + 3] = fx * fy;
  }
  return { width, height, index, weight };
}

/**
 * The distinct texels that any tap with nonzero weight reads, plus any listed in `extra`,
 * ascending: the only ones a step updates. All taps must address the same texture size.
 */
export function touchedTexels(taps: readonly TexelTaps[], extra: readonly Int32Array[] = []): Int32Array {
  if (taps.length === 0) return new Int32Array(0);
  const seen = new Uint8Array(taps[0].width * taps[0].height);
  for (const t of taps) {
    for (let k = 0; k < t.index.length; k++) if (t.weight[k] !== 0) seen[t.index[k]] = 1;
  }
  for (const list of extra) for (let k = 0; k < list.length; k++) seen[list[k]] = 1;
  let count = 0;
  for (let i = 0; i < seen.length; i++) count += seen[i];
  const out = new Int32Array(count);
  for (let i = 0, j = 0; i < seen.length; i++) if (seen[i]) out[j++] = i;
  return out;
}

/** Zeroes the gradient of the given texels only (all channels). */
export function zeroTexels(grad: Float32Array, texels: Int32Array, channels: number): void {
  for (let i = 0; i < texels.length; i++) {
    const base = texels[i] * channels;
    for (let c = 0; c < channels; c++) grad[base + c] = 0;
  }
}

/**
 * The texture read bilinearly at the texel centres of a width × height grid (edges clamped, as
 * bilinearTaps reads): a coarse level's maps carried to the next, finer one.
 */
export function resampleTexture(t: Texture, width: number, height: number): Texture {
  if (t.width === width && t.height === height) return { ...t, data: t.data.slice() };
  const data = new Float32Array(width * height * t.channels);
  const r = new Resampler(t, width, height);
  for (let y = 0; y < height; y++) r.row(y, data.subarray(y * width * t.channels, (y + 1) * width * t.channels));
  return { width, height, channels: t.channels, data };
}

/** resampleTexture one row at a time, for outputs too large to hold in floats (a 4096² map). */
export class Resampler {
  private readonly x0: Int32Array;
  private readonly x1: Int32Array;
  private readonly fx: Float32Array;
  private readonly y0: Int32Array;
  private readonly y1: Int32Array;
  private readonly fy: Float32Array;

  constructor(
    private readonly t: Texture,
    readonly width: number,
    readonly height: number,
  ) {
    // Taps along each axis once: source offsets of the two neighbours and the second's weight.
    const axis = (n: number, src: number, stride: number): [Int32Array, Int32Array, Float32Array] => {
      const i0 = new Int32Array(n), i1 = new Int32Array(n), f = new Float32Array(n);
      for (let k = 0; k < n; k++) {
        const s = ((k + 0.5) / n) * src - 0.5, s0 = Math.floor(s);
        i0[k] = Math.min(src - 1, Math.max(0, s0)) * stride;
        i1[k] = Math.min(src - 1, Math.max(0, s0 + 1)) * stride;
        f[k] = s - s0;
      }
      return [i0, i1, f];
    };
    [this.x0, this.x1, this.fx] = axis(width, t.width, t.channels);
    [this.y0, this.y1, this.fy] = axis(height, t.height, t.width * t.channels);
  }

  /** Row y of the resampled texture into out (width × channels values). */
  row(y: number, out: Float32Array): void {
    const { channels, data: src } = this.t;
    const ra = this.y0[y], rb = this.y1[y], fy = this.fy[y];
    for (let x = 0, o = 0; x < this.width; x++) {
      const ca = this.x0[x], cb = this.x1[x], fx = this.fx[x];
      const wa = (1 - fx) * (1 - fy), wb = fx * (1 - fy), wc = (1 - fx) * fy, wd = fx * fy;
      for (let k = 0; k < channels; k++, o++) {
        out[o] = wa * src[ra + ca + k] + wb * src[ra + cb + k] + wc * src[rb + ca + k] + wd * src[rb + cb + k];
      }
    }
  }
}
