/**
 * The fit's maps as PNG files, as they are persisted, streamed and put in the glb. The albedo and
 * confidence have the output size; the smoother maps are upsampled bilinearly from the fit's
 * resolution (≤ 256²) to the output size, but to no more than SMOOTH_MAX: beyond it upsampling
 * adds bytes, not detail (a 16-bit 4096² normal map is ~55 MB), and a GPU's bilinear filter
 * gives the same surface.
 *   albedo      8-bit sRGB RGB
 *   specular    8-bit linear grey + alpha, both the KHR_materials_specular strength: the glb's
 *               specularTexture reads alpha, engines read the grey (docs/materials.md); written
 *               with alpha here so the glb carries the very same file
 *   roughness   8-bit linear grey (glTF reads G, which a grey PNG is)
 *   normal      16-bit linear RGB, (n + 1) / 2, +Y green (glTF): 8 bits band in highlights
 *   confidence  8-bit linear grey
 */
import sharp from 'sharp';
import { MIN_NORMAL_Z } from '../render/descent.js';
import { Resampler, type Texture } from '../render/texture.js';
import type { MapKindName, TextureMap } from '../types.js';
import type { FittedReflectance } from './fit.js';
import { linearToSrgb8 } from './srgb.js';

/** The maps of `kinds` (default: all), in the order above. */
export async function encodeMaps(fit: FittedReflectance, kinds: readonly MapKindName[] = MAP_ORDER): Promise<TextureMap[]> {
  const { size } = fit;
  const smooth = Math.min(size, SMOOTH_MAX);
  const wanted = MAP_ORDER.filter((k) => kinds.includes(k));
  return Promise.all(
    wanted.map(async (kind): Promise<TextureMap> => {
      const map = (s: number, colorSpace: TextureMap['colorSpace'], channels: number, bitDepth: 8 | 16, bytes: Uint8Array): TextureMap => ({
        kind, width: s, height: s, colorSpace, channels, bitDepth, mime: 'image/png', bytes,
      });
      switch (kind) {
        case 'albedo':
          return map(size, 'srgb', 3, 8, await png(fit.albedo, size, 3));
        case 'specular':
          return map(smooth, 'linear', 2, 8, await png(upsampled(fit.specular, smooth, (t) => greyBytes(t, true)), smooth, 2));
        case 'roughness':
          return map(smooth, 'linear', 1, 8, await png(upsampled(fit.roughness, smooth, (t) => greyBytes(t, false)), smooth, 1));
        case 'normal':
          return map(smooth, 'linear', 3, 16, await png(upsampled(fit.normal, smooth, normalWords), smooth, 3));
        case 'confidence':
          return map(size, 'linear', 1, 8, await png(fit.confidence, size, 1));
      }
    }),
  );
}

/** Largest size of the specular, roughness and normal maps (see the module comment). */
export const SMOOTH_MAX = 1024;

const MAP_ORDER: readonly MapKindName[] = ['albedo', 'specular', 'roughness', 'normal', 'confidence'];

async function png(data: Uint8Array | Uint16Array, size: number, channels: 1 | 2 | 3): Promise<Uint8Array> {
  const image = sharp(data, { raw: { width: size, height: size, channels } });
  const sixteen = data instanceof Uint16Array;
  // Without a grey colour space sharp widens grey (and grey + alpha) to RGB; 16-bit needs its own.
  if (channels < 3) image.toColourspace(sixteen ? 'grey16' : 'b-w');
  else if (sixteen) image.toColourspace('rgb16');
  const out = await image.png().toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * A map upsampled bilinearly to size² and encoded by `encode`, a band of rows at a time so that
 * no size² float copy is ever held.
 */
function upsampled<T extends Uint8Array | Uint16Array>(t: Texture, size: number, encode: (band: Texture) => T): T {
  const r = new Resampler(t, size, size);
  const rows = Math.max(1, Math.floor(BAND_VALUES / (size * t.channels)));
  const band = new Float32Array(rows * size * t.channels);
  let out: T | undefined;
  for (let y0 = 0; y0 < size; y0 += rows) {
    const n = Math.min(rows, size - y0);
    for (let y = 0; y < n; y++) r.row(y0 + y, band.subarray(y * size * t.channels, (y + 1) * size * t.channels));
    const bytes = encode({ width: size, height: n, channels: t.channels, data: band });
    const perRow = bytes.length / n;
    out ??= new (bytes.constructor as new (n: number) => T)(perRow * size);
    out.set(bytes, y0 * perRow);
  }
  return out!;
}

/** Floats per band of upsampled rows (1 MiB). */
const BAND_VALUES = 1 << 18;

/** A one-channel map in 0..1 as 8-bit grey, or grey + alpha with both the value. */
export function greyBytes(t: Texture, withAlpha: boolean): Uint8Array {
  const n = t.width * t.height, k = withAlpha ? 2 : 1;
  const out = new Uint8Array(n * k);
  for (let i = 0; i < n; i++) {
    const v = t.data[i * t.channels];
    const b = v > 0 ? (v < 1 ? Math.round(v * 255) : 255) : 0;
    out[i * k] = b;
    if (withAlpha) out[i * k + 1] = b;
  }
  return out;
}

/** Linear RGB albedo as 8-bit sRGB. */
export function albedoBytes(t: Texture): Uint8Array {
  const out = new Uint8Array(t.width * t.height * 3);
  for (let i = 0; i < out.length; i++) out[i] = linearToSrgb8(t.data[i]);
  return out;
}

/** Tangent-space normals (any length) as unit vectors with z ≥ MIN_NORMAL_Z, encoded (n + 1) / 2 in 16 bits. */
export function normalWords(t: Texture): Uint16Array {
  return encodeNormals(t, 65535, new Uint16Array(t.width * t.height * 3)) as Uint16Array;
}

/** The same in 8 bits (previews). */
export function normalBytes(t: Texture): Uint8Array {
  return encodeNormals(t, 255, new Uint8Array(t.width * t.height * 3)) as Uint8Array;
}

function encodeNormals(t: Texture, max: number, out: Uint8Array | Uint16Array): Uint8Array | Uint16Array {
  const xyMax = Math.sqrt(1 - MIN_NORMAL_Z * MIN_NORMAL_Z);
  for (let i = 0; i < t.width * t.height; i++) {
    let x = t.data[3 * i], y = t.data[3 * i + 1], z = t.data[3 * i + 2];
    const l = Math.sqrt(x * x + y * y + z * z);
    const xy = Math.sqrt(x * x + y * y);
    if (l > 0 && z / l >= MIN_NORMAL_Z) {
      x /= l; y /= l; z /= l;
    } else if (xy > 0) {
      x = (x / xy) * xyMax; y = (y / xy) * xyMax; z = MIN_NORMAL_Z;
    } else {
      x = 0; y = 0; z = 1;
    }
    out[3 * i] = Math.round(((x + 1) / 2) * max);
    out[3 * i + 1] = Math.round(((y + 1) / 2) * max);
    out[3 * i + 2] = Math.round(((z + 1) / 2) * max);
  }
  return out;
}
