/**
 * Image and colour metrics for judging a fit (`fitme eval`): PSNR and SSIM of a re-render against
 * its photo, restricted to a mask, and CIEDE2000 colour differences between albedo maps.
 *
 * Images are compared as the 8-bit sRGB values a person looks at (peak 255), not in linear light:
 * PSNR and SSIM were defined, and are usually quoted, on display values.
 */
import type { RgbImage } from '../types.js';
import { SRGB_TO_LINEAR } from './srgb.js';

/**
 * Peak signal-to-noise ratio, dB, over the pixels where mask ≠ 0 (all pixels without a mask), all
 * three channels: 10 log10(255² / MSE). Identical images give +Infinity; an empty mask gives NaN.
 */
export function psnr(a: RgbImage, b: RgbImage, mask?: Uint8Array): number {
  sameSize(a, b, mask);
  let sum = 0;
  let n = 0;
  for (let p = 0; p < a.width * a.height; p++) {
    if (mask && !mask[p]) continue;
    for (let c = 3 * p; c < 3 * p + 3; c++) {
      const d = a.data[c] - b.data[c];
      sum += d * d;
    }
    n += 3;
  }
  if (n === 0) return NaN;
  return sum === 0 ? Infinity : 10 * Math.log10((255 * 255 * n) / sum);
}

/** SSIM constants of Wang et al. 2004 (IEEE TIP 13(4)): Gaussian window σ = 1.5 px, K1 = 0.01, K2 = 0.03, L = 255. */
const SSIM_SIGMA = 1.5;
const SSIM_RADIUS = 5; // 11 × 11 taps, as in the paper's reference code
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

/**
 * Mean structural similarity (Wang et al. 2004) over the pixels where mask ≠ 0: the SSIM map of
 * each channel, averaged over the masked pixels and the three channels. Windows are Gaussian and
 * see every pixel around a masked one, masked or not; compare a composite (render inside the mask,
 * photo outside) with the photo, so that windows across the mask's edge measure the edge as seen.
 * At the image border the window is cut off and its weights renormalised. Identical images give
 * exactly 1; an empty mask gives NaN.
 */
export function ssim(a: RgbImage, b: RgbImage, mask?: Uint8Array): number {
  sameSize(a, b, mask);
  const { width, height } = a;
  // Work on the masked pixels' bounding box plus the window radius only: a face is a small part
  // of a large photo.
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (mask && !mask[y * width + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x1 < 0) return NaN;
  const bx0 = Math.max(0, x0 - SSIM_RADIUS), by0 = Math.max(0, y0 - SSIM_RADIUS);
  const w = Math.min(width - 1, x1 + SSIM_RADIUS) - bx0 + 1, h = Math.min(height - 1, y1 + SSIM_RADIUS) - by0 + 1;

  const kernel = gaussianKernel(SSIM_SIGMA, SSIM_RADIUS);
  const n = w * h;
  const ones = new Float64Array(n).fill(1);
  const norm = blur(ones, w, h, kernel); // the window's weight inside the image, for renormalising
  const x = new Float64Array(n), y = new Float64Array(n);
  const xx = new Float64Array(n), yy = new Float64Array(n), xy = new Float64Array(n);
  let total = 0;
  let count = 0;
  for (let c = 0; c < 3; c++) {
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const q = j * w + i, s = 3 * ((by0 + j) * width + bx0 + i) + c;
        const va = a.data[s], vb = b.data[s];
        x[q] = va; y[q] = vb; xx[q] = va * va; yy[q] = vb * vb; xy[q] = va * vb;
      }
    }
    const mx = blur(x, w, h, kernel), my = blur(y, w, h, kernel);
    const mxx = blur(xx, w, h, kernel), myy = blur(yy, w, h, kernel), mxy = blur(xy, w, h, kernel);
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        if (mask && !mask[(by0 + j) * width + bx0 + i]) continue;
        const q = j * w + i, k = 1 / norm[q];
        const ux = mx[q] * k, uy = my[q] * k;
        const vx = mxx[q] * k - ux * ux, vy = myy[q] * k - uy * uy, cxy = mxy[q] * k - ux * uy;
        total += ((2 * ux * uy + C1) * (2 * cxy + C2)) / ((ux * ux + uy * uy + C1) * (vx + vy + C2));
        count++;
      }
    }
  }
  return total / count;
}

function gaussianKernel(sigma: number, radius: number): Float64Array {
  const k = new Float64Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += k[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  return k;
}

/** Separable convolution with zero outside the image (the caller renormalises). */
function blur(src: Float64Array, w: number, h: number, kernel: Float64Array): Float64Array {
  const r = (kernel.length - 1) / 2;
  const tmp = new Float64Array(w * h), out = new Float64Array(w * h);
  for (let j = 0; j < h; j++) {
    const row = j * w;
    for (let i = 0; i < w; i++) {
      let s = 0;
      for (let t = Math.max(-r, -i); t <= Math.min(r, w - 1 - i); t++) s += kernel[t + r] * src[row + i + t];
      tmp[row + i] = s;
    }
  }
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      let s = 0;
      for (let t = Math.max(-r, -j); t <= Math.min(r, h - 1 - j); t++) s += kernel[t + r] * tmp[(j + t) * w + i];
      out[j * w + i] = s;
    }
  }
  return out;
}

function sameSize(a: RgbImage, b: RgbImage, mask?: Uint8Array): void {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`images differ in size: ${a.width}x${a.height} and ${b.width}x${b.height}`);
  if (mask && mask.length !== a.width * a.height) throw new Error(`the mask has ${mask.length} entries for ${a.width}x${a.height} pixels`);
}

// sRGB primaries to CIE XYZ (IEC 61966-2-1), and its white point (the rows' sums, D65), so that
// sRGB white is exactly L* = 100, a* = b* = 0.
const M = [0.4124564, 0.3575761, 0.1804375, 0.2126729, 0.7151522, 0.072175, 0.0193339, 0.119192, 0.9503041];
const WHITE = [M[0] + M[1] + M[2], M[3] + M[4] + M[5], M[6] + M[7] + M[8]];
const EPSILON = (6 / 29) ** 3;

function labF(t: number): number {
  return t > EPSILON ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29;
}

/** CIELAB (D65) of an 8-bit sRGB colour, written to out[offset..offset + 2]. */
export function srgbToLab(r: number, g: number, b: number, out: Float64Array, offset = 0): void {
  linearRgbToLab(SRGB_TO_LINEAR[r], SRGB_TO_LINEAR[g], SRGB_TO_LINEAR[b], out, offset);
}

/** CIELAB (D65) of a linear-light sRGB colour (white = 1), written to out[offset..offset + 2]. */
export function linearRgbToLab(R: number, G: number, B: number, out: Float64Array, offset = 0): void {
  const fx = labF((M[0] * R + M[1] * G + M[2] * B) / WHITE[0]);
  const fy = labF((M[3] * R + M[4] * G + M[5] * B) / WHITE[1]);
  const fz = labF((M[6] * R + M[7] * G + M[8] * B) / WHITE[2]);
  out[offset] = 116 * fy - 16;
  out[offset + 1] = 500 * (fx - fy);
  out[offset + 2] = 200 * (fy - fz);
}

const DEG = Math.PI / 180;
const POW25_7 = 25 ** 7;

/**
 * CIEDE2000 colour difference of two CIELAB colours, with k_L = k_C = k_H = 1, following the
 * equations and implementation notes of Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference
 * Formula", Color Res. Appl. 30(1), 2005: hue angles in degrees in [0, 360), zero chroma giving
 * hue 0 and no hue difference, and the mean hue taken on the shorter arc.
 */
export function ciede2000(L1: number, a1: number, b1: number, L2: number, a2: number, b2: number): number {
  const Cab = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const Cab7 = Cab ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cab7 / (Cab7 + POW25_7)));
  const ap1 = (1 + G) * a1, ap2 = (1 + G) * a2;
  const Cp1 = Math.hypot(ap1, b1), Cp2 = Math.hypot(ap2, b2);
  const hp1 = hueDegrees(b1, ap1), hp2 = hueDegrees(b2, ap2);

  const dL = L2 - L1;
  const dC = Cp2 - Cp1;
  const chromaless = Cp1 * Cp2 === 0;
  let dh = 0;
  if (!chromaless) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin((dh / 2) * DEG);

  const Lm = (L1 + L2) / 2;
  const Cm = (Cp1 + Cp2) / 2;
  let hm = hp1 + hp2;
  if (!chromaless) {
    if (Math.abs(hp1 - hp2) <= 180) hm /= 2;
    else hm = hm < 360 ? (hm + 360) / 2 : (hm - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos((hm - 30) * DEG) + 0.24 * Math.cos(2 * hm * DEG) + 0.32 * Math.cos((3 * hm + 6) * DEG) - 0.2 * Math.cos((4 * hm - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2));
  const Cm7 = Cm ** 7;
  const RC = 2 * Math.sqrt(Cm7 / (Cm7 + POW25_7));
  const Lm50 = (Lm - 50) ** 2;
  const SL = 1 + (0.015 * Lm50) / Math.sqrt(20 + Lm50);
  const SC = 1 + 0.045 * Cm;
  const SH = 1 + 0.015 * Cm * T;
  const RT = -Math.sin(2 * dTheta * DEG) * RC;
  const l = dL / SL, c = dC / SC, hh = dH / SH;
  return Math.sqrt(l * l + c * c + hh * hh + RT * c * hh);
}

function hueDegrees(b: number, ap: number): number {
  if (b === 0 && ap === 0) return 0;
  const h = Math.atan2(b, ap) / DEG;
  return h < 0 ? h + 360 : h;
}

/** One fit's diffuse albedo and how well each texel was observed, on one texel grid. */
export interface ObservedAlbedo {
  width: number;
  height: number;
  albedo: Float32Array; // linear RGB, 3 per texel
  confidence: Float32Array; // 1 per texel, 0..1
}

export interface AlbedoAgreement {
  /** Mean CIEDE2000 over the texels both fits observed; NaN when there are none. */
  meanDeltaE2000: number;
  medianDeltaE2000: number;
  texels: number;
}

/**
 * How well two albedo maps agree where both fits saw the surface: texels whose confidence is at
 * least `minConfidence` in both. Fits of one person under different lighting should agree when
 * the lighting was removed from the albedo, and disagree by the lighting change where it was baked.
 */
export function albedoAgreement(a: ObservedAlbedo, b: ObservedAlbedo, minConfidence: number): AlbedoAgreement {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`albedo maps differ in size: ${a.width}x${a.height} and ${b.width}x${b.height}`);
  const n = a.width * a.height;
  const de = new Float64Array(n);
  const la = new Float64Array(3), lb = new Float64Array(3);
  let count = 0;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    if (!(a.confidence[t] >= minConfidence && b.confidence[t] >= minConfidence)) continue;
    linearRgbToLab(a.albedo[3 * t], a.albedo[3 * t + 1], a.albedo[3 * t + 2], la);
    linearRgbToLab(b.albedo[3 * t], b.albedo[3 * t + 1], b.albedo[3 * t + 2], lb);
    const d = ciede2000(la[0], la[1], la[2], lb[0], lb[1], lb[2]);
    de[count++] = d;
    sum += d;
  }
  if (count === 0) return { meanDeltaE2000: NaN, medianDeltaE2000: NaN, texels: 0 };
  const sorted = de.subarray(0, count).sort();
  const median = count % 2 ? sorted[count >> 1] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
  return { meanDeltaE2000: sum / count, medianDeltaE2000: median, texels: count };
}
