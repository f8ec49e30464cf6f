/**
 * Live preview frames: the current fit drawn over the photo, cropped to the face and small enough
 * to stream several times a second while the fit runs; and low-resolution copies of the maps.
 * Before there is a mesh, the detected landmarks over the photo; during the reflectance fit, the
 * renderer's own image of the fit.
 */
import sharp from 'sharp';
import { rotationFromQuaternion } from '../geometry/rotation.js';
import { projectVertices, rasterize } from '../render/raster.js';
import type { CameraFit, MapKindName, MeshBuffers, RgbImage } from '../types.js';

export interface PreviewOptions {
  /** Longest side of the frame in pixels (the crop is only ever shrunk). */
  maxSize: number;
  /** JPEG quality 1..100, default 80. */
  quality?: number;
}

export interface PreviewImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  /** The photo's pixels the frame shows, in the photo's pixel coordinates. */
  crop: { x: number; y: number; width: number; height: number };
}

/** Space around the mesh's projected bounds, as a fraction of their longer side. */
const MARGIN = 0.2;
/**
 * Opacity of the drawn mesh: mostly the fit, with enough of the photo showing through that a
 * misplaced edge is visible against the face underneath.
 */
const OPACITY = 0.8;
/** Grey shading: albedo and a light from the camera, a little above and to the left, plus ambient. */
const GREY_ALBEDO = 0.7;
const AMBIENT = 0.25;
const LIGHT = normalise(-0.4, 0.5, 1);
/**
 * Source pixels averaged per frame pixel and axis when shrinking the photo, at most: 2 x 2 keeps a
 * 12-megapixel photo to ~2.5 ms here (4 x 4 took ~8 ms, cache misses across rows) and a 256-pixel
 * preview shows little of the remaining aliasing.
 */
const MAX_TAPS = 2;

/**
 * Renders `mesh` under `camera` over `image`: cropped around the projected mesh, z-buffered,
 * back faces culled, textured from `texture` (RGB sRGB, UV origin top-left) or Lambert-shaded grey.
 */
export async function renderPreview(
  image: RgbImage,
  mesh: MeshBuffers,
  camera: CameraFit,
  texture: { data: Uint8Array; size: number } | null,
  opts: PreviewOptions,
): Promise<PreviewImage> {
  const screen = projectVertices(mesh.positions, camera);
  const crop = cropAround(screen, image.width, image.height);
  const { out, width, height } = shrunkCrop(image, crop, opts.maxSize);
  const sx = width / crop.width, sy = height / crop.height;
  // The crop and scale are affine in the image plane, so they commute with the projection.
  for (let i = 0; i < screen.length; i += 3) {
    screen[i] = (screen[i] - crop.x) * sx;
    screen[i + 1] = (screen[i + 1] - crop.y) * sy;
  }
  const raster = rasterize(screen, mesh.indices, width, height, { cull: 'back', perspective: true });
  const shade = texture ? textured(mesh, texture) : lambert(mesh, camera);
  const colour = new Float32Array(3);
  for (let p = 0; p < width * height; p++) {
    const t = raster.triangle[p];
    if (t < 0) continue;
    shade(t, raster.bary[3 * p], raster.bary[3 * p + 1], raster.bary[3 * p + 2], colour);
    for (let c = 0; c < 3; c++) out[3 * p + c] = out[3 * p + c] * (1 - OPACITY) + colour[c] * OPACITY + 0.5;
  }
  return encodeFrame(out, width, height, crop, opts);
}

/** The projected mesh's bounds plus margin, in whole pixels, within the photo (all of it when nothing projects inside). */
function cropAround(screen: Float32Array, w: number, h: number): PreviewImage['crop'] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < screen.length; i += 3) {
    if (!(screen[i + 2] > 0)) continue;
    const x = screen[i], y = screen[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return cropOfBounds(minX, minY, maxX, maxY, w, h);
}

/** Bounds plus margin, in whole pixels, within a w × h photo (all of it for empty bounds). */
function cropOfBounds(minX: number, minY: number, maxX: number, maxY: number, w: number, h: number): PreviewImage['crop'] {
  const m = MARGIN * Math.max(maxX - minX, maxY - minY);
  const x0 = Math.max(0, Math.floor(minX - m)), y0 = Math.max(0, Math.floor(minY - m));
  const x1 = Math.min(w, Math.ceil(maxX + m)), y1 = Math.min(h, Math.ceil(maxY + m));
  if (!(x1 > x0 && y1 > y0)) return { x: 0, y: 0, width: w, height: h };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The crop shrunk to width x height by averaging up to MAX_TAPS^2 evenly spread source pixels per output pixel. */
function shrink(image: RgbImage, crop: PreviewImage['crop'], width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  const fx = crop.width / width, fy = crop.height / height;
  const tx = Math.min(MAX_TAPS, Math.max(1, Math.round(fx))), ty = Math.min(MAX_TAPS, Math.max(1, Math.round(fy)));
  const norm = 1 / (tx * ty);
  const src = image.data;
  // Byte offsets of the taps: columns within a row, rows from the image start.
  const cols = new Int32Array(width * tx);
  for (let x = 0; x < width; x++) {
    for (let i = 0; i < tx; i++) cols[x * tx + i] = 3 * (crop.x + Math.min(crop.width - 1, Math.floor((x + (i + 0.5) / tx) * fx)));
  }
  const rows = new Int32Array(height * ty);
  for (let y = 0; y < height; y++) {
    for (let j = 0; j < ty; j++) rows[y * ty + j] = 3 * image.width * (crop.y + Math.min(crop.height - 1, Math.floor((y + (j + 0.5) / ty) * fy)));
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0;
      for (let j = 0; j < ty; j++) {
        const row = rows[y * ty + j];
        for (let i = 0; i < tx; i++) {
          const o = row + cols[x * tx + i];
          r += src[o];
          g += src[o + 1];
          b += src[o + 2];
        }
      }
      const o = (y * width + x) * 3;
      out[o] = r * norm + 0.5;
      out[o + 1] = g * norm + 0.5;
      out[o + 2] = b * norm + 0.5;
    }
  }
  return out;
}

/** Dots drawn for detected landmarks: a bright green that stands out on skin. */
const LANDMARK_COLOUR = [40, 255, 90];

/**
 * The detected landmarks (xyz triples, pixels; z is ignored) over the photo, cropped around them:
 * the first frame a client gets, before any fit exists.
 */
export async function renderLandmarkPreview(image: RgbImage, landmarks: Float32Array, opts: PreviewOptions): Promise<PreviewImage> {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < landmarks.length; i += 3) {
    minX = Math.min(minX, landmarks[i]);
    maxX = Math.max(maxX, landmarks[i]);
    minY = Math.min(minY, landmarks[i + 1]);
    maxY = Math.max(maxY, landmarks[i + 1]);
  }
  const crop = cropOfBounds(minX, minY, maxX, maxY, image.width, image.height);
  const { out, width, height } = shrunkCrop(image, crop, opts.maxSize);
  const sx = width / crop.width, sy = height / crop.height;
  for (let i = 0; i < landmarks.length; i += 3) {
    const x = Math.floor((landmarks[i] - crop.x) * sx), y = Math.floor((landmarks[i + 1] - crop.y) * sy);
    if (x < 0 || y < 0 || x >= width || y >= height) continue;
    out.set(LANDMARK_COLOUR, 3 * (y * width + x));
  }
  return encodeFrame(out, width, height, crop, opts);
}

/**
 * A render given per covered pixel (linear RGB, `pixel[i]` = y × width + x of the photo) over the
 * photo, cropped around it.
 */
export async function compositePreview(image: RgbImage, pixel: Int32Array, colors: Float32Array, opts: PreviewOptions): Promise<PreviewImage> {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const data = Uint8Array.from(image.data);
  const lut = SRGB_OF_LINEAR, top = lut.length - 1;
  for (let i = 0; i < pixel.length; i++) {
    const p = pixel[i], x = p % image.width, y = (p - x) / image.width;
    if (x < minX) minX = x;
    if (x + 1 > maxX) maxX = x + 1;
    if (y < minY) minY = y;
    if (y + 1 > maxY) maxY = y + 1;
    for (let c = 0; c < 3; c++) {
      const v = colors[3 * i + c];
      data[3 * p + c] = lut[v > 0 ? (v < 1 ? Math.round(v * top) : top) : 0] + 0.5;
    }
  }
  const crop = cropOfBounds(minX, minY, maxX, maxY, image.width, image.height);
  const { out, width, height } = shrunkCrop({ width: image.width, height: image.height, data }, crop, opts.maxSize);
  return encodeFrame(out, width, height, crop, opts);
}

function shrunkCrop(image: RgbImage, crop: PreviewImage['crop'], maxSize: number): { out: Uint8Array; width: number; height: number } {
  const scale = Math.min(1, maxSize / Math.max(crop.width, crop.height));
  const width = Math.max(1, Math.round(crop.width * scale));
  const height = Math.max(1, Math.round(crop.height * scale));
  return { out: shrink(image, crop, width, height), width, height };
}

async function encodeFrame(out: Uint8Array, width: number, height: number, crop: PreviewImage['crop'], opts: PreviewOptions): Promise<PreviewImage> {
  // Huffman optimisation costs a second pass (~1 ms here) to save ~7%: not worth it for a live frame.
  const jpeg = await sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality: opts.quality ?? 80, optimiseCoding: false }).toBuffer();
  return { jpeg: new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength), width, height, crop };
}

type Shader = (t: number, w0: number, w1: number, w2: number, out: Float32Array) => void;

/** Bilinear lookup of the interpolated UV (texel centres at (i + 0.5) / size, edges clamped). */
function textured(mesh: MeshBuffers, texture: { data: Uint8Array; size: number }): Shader {
  const { uvs, indices } = mesh;
  const { data, size } = texture;
  return (t, w0, w1, w2, out) => {
    const a = 2 * indices[3 * t], b = 2 * indices[3 * t + 1], c = 2 * indices[3 * t + 2];
    const u = (w0 * uvs[a] + w1 * uvs[b] + w2 * uvs[c]) * size - 0.5;
    const v = (w0 * uvs[a + 1] + w1 * uvs[b + 1] + w2 * uvs[c + 1]) * size - 0.5;
    const x0 = Math.floor(u), y0 = Math.floor(v);
    const fx = u - x0, fy = v - y0;
    const xa = clamp(x0, size - 1), xb = clamp(x0 + 1, size - 1);
    const ya = clamp(y0, size - 1) * size, yb = clamp(y0 + 1, size - 1) * size;
    for (let k = 0; k < 3; k++) {
      const top = data[(ya + xa) * 3 + k] * (1 - fx) + data[(ya + xb) * 3 + k] * fx;
      const bottom = data[(yb + xa) * 3 + k] * (1 - fx) + data[(yb + xb) * 3 + k] * fx;
      out[k] = top * (1 - fy) + bottom * fy;
    }
  };
}

/** Grey Lambert under a light from the camera, in linear light, written as sRGB. */
function lambert(mesh: MeshBuffers, camera: CameraFit): Shader {
  const { normals, indices } = mesh;
  const r = rotationFromQuaternion(camera.rotation);
  // Light in model space (R^T l), so normals need no per-pixel rotation.
  const lx = r[0] * LIGHT[0] + r[3] * LIGHT[1] + r[6] * LIGHT[2];
  const ly = r[1] * LIGHT[0] + r[4] * LIGHT[1] + r[7] * LIGHT[2];
  const lz = r[2] * LIGHT[0] + r[5] * LIGHT[1] + r[8] * LIGHT[2];
  const lut = SRGB_OF_LINEAR;
  return (t, w0, w1, w2, out) => {
    const a = 3 * indices[3 * t], b = 3 * indices[3 * t + 1], c = 3 * indices[3 * t + 2];
    const nx = w0 * normals[a] + w1 * normals[b] + w2 * normals[c];
    const ny = w0 * normals[a + 1] + w1 * normals[b + 1] + w2 * normals[c + 1];
    const nz = w0 * normals[a + 2] + w1 * normals[b + 2] + w2 * normals[c + 2];
    const cos = Math.max(0, (nx * lx + ny * ly + nz * lz) / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1));
    const linear = GREY_ALBEDO * (AMBIENT + (1 - AMBIENT) * cos);
    out[0] = out[1] = out[2] = lut[Math.min(lut.length - 1, Math.round(linear * (lut.length - 1)))];
  };
}

/** sRGB encoding of linear values 0..1 in 1/1023 steps (finer than the 8-bit output needs). */
const SRGB_OF_LINEAR = Float32Array.from({ length: 1024 }, (_, i) => {
  const x = i / 1023;
  return 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
});

function clamp(i: number, max: number): number {
  return i < 0 ? 0 : i > max ? max : i;
}

function normalise(x: number, y: number, z: number): [number, number, number] {
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
}

/** A map as the Preview message carries it (PreviewMap in proto/fitme.proto). */
export interface PreviewMap {
  kind: MapKindName;
  width: number;
  height: number;
  encoding: 'image/jpeg' | 'image/png';
  colorSpace: 'srgb' | 'linear';
  data: Uint8Array;
}

/**
 * A low-resolution copy of a map for preview frames: shrunk to at most maxSize (default 256) on
 * its longer side, JPEG for three channels (small, and a preview tolerates its loss), PNG otherwise.
 */
export async function encodePreviewMap(
  kind: MapKindName,
  map: { data: Uint8Array; width: number; height: number; channels: 1 | 2 | 3 | 4 },
  colorSpace: 'srgb' | 'linear',
  maxSize = 256,
): Promise<PreviewMap> {
  const scale = Math.min(1, maxSize / Math.max(map.width, map.height));
  const width = Math.max(1, Math.round(map.width * scale));
  const height = Math.max(1, Math.round(map.height * scale));
  let img = sharp(map.data, { raw: { width: map.width, height: map.height, channels: map.channels } });
  if (scale < 1) img = img.resize(width, height, { fit: 'fill' });
  const jpeg = map.channels === 3;
  // sharp writes grey input as RGB unless told it is grey.
  if (map.channels <= 2) img = img.toColourspace('b-w');
  const data = await (jpeg ? img.jpeg({ quality: 80 }) : img.png()).toBuffer();
  return { kind, width, height, encoding: jpeg ? 'image/jpeg' : 'image/png', colorSpace, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
