/**
 * Colour for the texels no photo showed well: first from their mirror image across the face's
 * left–right symmetry, then, for whatever is still empty (including everything outside the UV
 * charts), a smooth push–pull fill, so mip-maps and bilinear filtering never pull in black.
 */
import type { MeshBuffers } from '../types.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from './srgb.js';
import { texelBands } from './texel-bands.js';

/**
 * Texels seen at a quality (see viewQuality) below this are blended towards their mirror image,
 * fully when unseen; at or above it a texel keeps its own colour (a mole stays on its side).
 */
const WELL_SEEN = 0.35;
/** Confidence of a colour taken from the mirror texel, relative to that texel's own. */
const MIRROR_CONFIDENCE = 0.5;

/**
 * Blends poorly seen texels (confidence < WELL_SEEN) towards the colour at their mirror point and
 * lowers their confidence accordingly. The mirror point of a texel with barycentrics w in
 * triangle (a, b, c) is the point with the same w in triangle (mirror[a], mirror[b], mirror[c]):
 * this needs only the vertex mirror map, not a symmetric UV layout. Only texels that views saw
 * themselves are read as mirror sources.
 */
export function fillFromMirror(
  mesh: Pick<MeshBuffers, 'uvs' | 'indices'>,
  mirror: Uint32Array,
  size: number,
  albedo: Uint8Array,
  confidence: Uint8Array,
  checkCancelled: () => void,
): void {
  const srcRgb = albedo.slice();
  const srcConf = confidence.slice();
  const n = mesh.uvs.length / 2;
  const mirrorUv = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    mirrorUv[2 * i] = mesh.uvs[2 * mirror[i]];
    mirrorUv[2 * i + 1] = mesh.uvs[2 * mirror[i] + 1];
  }
  const idx = mesh.indices;
  const wellSeen = Math.ceil(WELL_SEEN * 255);
  for (const band of texelBands(mesh, size)) {
    checkCancelled();
    for (let p = 0, o = band.y0 * size; p < band.rows * size; p++, o++) {
      const t = band.triangle[p];
      if (t < 0 || srcConf[o] >= wellSeen) continue;
      const w0 = band.bary[3 * p], w1 = band.bary[3 * p + 1], w2 = band.bary[3 * p + 2];
      const a = 2 * idx[3 * t], b = 2 * idx[3 * t + 1], c = 2 * idx[3 * t + 2];
      const x = (w0 * mirrorUv[a] + w1 * mirrorUv[b] + w2 * mirrorUv[c]) * size - 0.5;
      const y = (w0 * mirrorUv[a + 1] + w1 * mirrorUv[b + 1] + w2 * mirrorUv[c + 1]) * size - 0.5;
      // Bilinear over the seen taps only, when they carry most of the weight; the unseen ones
      // lower the mirror's confidence.
      const xf = Math.floor(x), yf = Math.floor(y), ax = x - xf, ay = y - yf;
      let sw = 0, sq = 0, r = 0, g = 0, bl = 0;
      for (let k = 0; k < 4; k++) {
        const tx = xf + (k & 1), ty = yf + (k >> 1);
        if (tx < 0 || ty < 0 || tx >= size || ty >= size) continue;
        const s = ty * size + tx;
        if (srcConf[s] === 0) continue;
        const w = (k & 1 ? ax : 1 - ax) * (k >> 1 ? ay : 1 - ay);
        sw += w;
        sq += w * srcConf[s];
        r += w * SRGB_TO_LINEAR[srcRgb[3 * s]];
        g += w * SRGB_TO_LINEAR[srcRgb[3 * s + 1]];
        bl += w * SRGB_TO_LINEAR[srcRgb[3 * s + 2]];
      }
      if (sw < 0.5) continue;
      const own = srcConf[o] / 255, mirrored = sq / 255;
      // 1 for an unseen texel, falling to 0 as its own view approaches WELL_SEEN or when the
      // mirror was seen worse than the texel itself.
      const share = (1 - own / WELL_SEEN) * (mirrored / (mirrored + own));
      const keep = 1 - share, take = share / sw;
      albedo[3 * o] = linearToSrgb8(keep * SRGB_TO_LINEAR[srcRgb[3 * o]] + take * r);
      albedo[3 * o + 1] = linearToSrgb8(keep * SRGB_TO_LINEAR[srcRgb[3 * o + 1]] + take * g);
      albedo[3 * o + 2] = linearToSrgb8(keep * SRGB_TO_LINEAR[srcRgb[3 * o + 2]] + take * bl);
      confidence[o] = Math.max(1, Math.ceil(255 * (keep * own + share * MIRROR_CONFIDENCE * mirrored)));
    }
  }
}

interface Level {
  width: number;
  height: number;
  rgb: Float32Array; // linear
  weight: Float32Array; // 0..1: how much of the texel is known
}

/**
 * Push–pull (Gortler et al. 1996): average the known texels down a pyramid until it is full,
 * then fill each level's gaps from the bilinearly upsampled level above. Texels with
 * known[o] > 0 (the bake passes its confidence) stay as they are; every other texel gets a colour.
 */
export function fillHoles(albedo: Uint8Array, known: Uint8Array, size: number): void {
  const levels: Level[] = [];
  let below: Level | null = null;
  let w = size, h = size;
  do {
    const W = (w + 1) >> 1, H = (h + 1) >> 1;
    const level: Level = { width: W, height: H, rgb: new Float32Array(W * H * 3), weight: new Float32Array(W * H) };
    for (let Y = 0; Y < H; Y++) {
      for (let X = 0; X < W; X++) {
        let sw = 0, r = 0, g = 0, b = 0;
        for (let k = 0; k < 4; k++) {
          const x = 2 * X + (k & 1), y = 2 * Y + (k >> 1);
          if (x >= w || y >= h) continue;
          const s = y * w + x;
          let cw: number;
          if (below === null) {
            if (known[s] === 0) continue;
            cw = 1;
            r += SRGB_TO_LINEAR[albedo[3 * s]];
            g += SRGB_TO_LINEAR[albedo[3 * s + 1]];
            b += SRGB_TO_LINEAR[albedo[3 * s + 2]];
          } else {
            cw = below.weight[s];
            if (cw === 0) continue;
            r += cw * below.rgb[3 * s];
            g += cw * below.rgb[3 * s + 1];
            b += cw * below.rgb[3 * s + 2];
          }
          sw += cw;
        }
        const o = Y * W + X;
        if (sw > 0) {
          level.rgb[3 * o] = r / sw;
          level.rgb[3 * o + 1] = g / sw;
          level.rgb[3 * o + 2] = b / sw;
          level.weight[o] = Math.min(1, sw);
        }
      }
    }
    levels.push(level);
    below = level;
    w = W;
    h = H;
  } while (w > 1 || h > 1);
  if (levels[levels.length - 1].weight[0] === 0) throw new Error('fillHoles: no known texel to fill from');

  const rgb = new Float32Array(3);
  for (let l = levels.length - 2; l >= 0; l--) {
    const level = levels[l], above = levels[l + 1];
    for (let y = 0; y < level.height; y++) {
      for (let x = 0; x < level.width; x++) {
        const o = y * level.width + x, kw = level.weight[o];
        if (kw >= 1) continue;
        upsample(above, x, y, rgb);
        for (let k = 0; k < 3; k++) level.rgb[3 * o + k] = kw * level.rgb[3 * o + k] + (1 - kw) * rgb[k];
        level.weight[o] = 1;
      }
    }
  }
  const first = levels[0];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = y * size + x;
      if (known[o] !== 0) continue;
      upsample(first, x, y, rgb);
      albedo[3 * o] = linearToSrgb8(rgb[0]);
      albedo[3 * o + 1] = linearToSrgb8(rgb[1]);
      albedo[3 * o + 2] = linearToSrgb8(rgb[2]);
    }
  }
}

/** Bilinear sample of a (filled) level at the centre of texel (x, y) of the level twice as fine. */
function upsample(level: Level, x: number, y: number, out: Float32Array): void {
  const X = (x + 0.5) / 2 - 0.5, Y = (y + 0.5) / 2 - 0.5;
  const xf = Math.floor(X), yf = Math.floor(Y), ax = X - xf, ay = Y - yf;
  const W = level.width, H = level.height;
  const x0 = xf < 0 ? 0 : xf, x1 = xf + 1 >= W ? W - 1 : xf + 1;
  const y0 = yf < 0 ? 0 : yf, y1 = yf + 1 >= H ? H - 1 : yf + 1;
  const i00 = 3 * (y0 * W + x0), i01 = 3 * (y0 * W + x1), i10 = 3 * (y1 * W + x0), i11 = 3 * (y1 * W + x1);
  const w00 = (1 - ax) * (1 - ay), w01 = ax * (1 - ay), w10 = (1 - ax) * ay, w11 = ax * ay;
  const c = level.rgb;
  for (let k = 0; k < 3; k++) out[k] = w00 * c[i00 + k] + w01 * c[i01 + k] + w10 * c[i10 + k] + w11 * c[i11 + k];
}
