/**
 * Real inputs for the export tests: the embedded canonical face mesh with its vertex normals, and
 * maps made from a sample photo (a stand-in albedo: the exporter carries bytes, it does not judge them).
 */
import sharp from 'sharp';
import { loadCanonicalMesh } from '../../server/geometry/canonical.js';
import { vertexNormals } from '../../server/geometry/vertex-normals.js';
import type { MeshBuffers, TextureMap } from '../../server/types.js';
import { HOPPER as PHOTO } from '../support/photos.js';

export { PHOTO };

export function canonicalMeshBuffers(): MeshBuffers {
  const c = loadCanonicalMesh();
  return { positions: c.positions, normals: vertexNormals(c.positions, c.indices), uvs: c.uvs, indices: c.indices };
}

/** The sample photo squashed to size x size as an sRGB PNG. */
export async function albedoMap(size: number): Promise<TextureMap> {
  const png = await sharp(PHOTO).resize(size, size, { fit: 'fill' }).removeAlpha().png().toBuffer();
  return { kind: 'albedo', width: size, height: size, colorSpace: 'srgb', channels: 3, bitDepth: 8, mime: 'image/png', bytes: new Uint8Array(png) };
}

/** A linear map with real structure: the photo's luminance (grey, 8 or 16 bit) or a tangent-space normal map from its gradient. */
export async function linearMap(kind: 'specular' | 'roughness' | 'normal', size: number, bitDepth: 8 | 16 = 8): Promise<TextureMap> {
  const grey = await sharp(PHOTO).resize(size, size, { fit: 'fill' }).greyscale().raw().toBuffer();
  const max = bitDepth === 16 ? 65535 : 255;
  const channels = kind === 'normal' ? 3 : 1;
  const data = bitDepth === 16 ? new Uint16Array(size * size * channels) : new Uint8Array(size * size * channels);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p = y * size + x;
      if (channels === 1) {
        data[p] = Math.round((grey[p] / 255) * max);
        continue;
      }
      // Bumps from the luminance, +Y green (glTF): heights rising upward in the image tilt the normal towards +Y.
      const dx = (grey[y * size + Math.min(x + 1, size - 1)] - grey[y * size + Math.max(x - 1, 0)]) / 255;
      const dy = (grey[Math.max(y - 1, 0) * size + x] - grey[Math.min(y + 1, size - 1) * size + x]) / 255;
      const len = Math.hypot(dx, dy, 1);
      data[3 * p] = Math.round(((-dx / len) * 0.5 + 0.5) * max);
      data[3 * p + 1] = Math.round(((-dy / len) * 0.5 + 0.5) * max);
      data[3 * p + 2] = Math.round(((1 / len) * 0.5 + 0.5) * max);
    }
  }
  const space = channels === 1 ? (bitDepth === 16 ? 'grey16' : 'b-w') : bitDepth === 16 ? 'rgb16' : 'srgb';
  const png = await sharp(data, { raw: { width: size, height: size, channels } }).toColourspace(space).png().toBuffer();
  return { kind, width: size, height: size, colorSpace: 'linear', channels, bitDepth, mime: 'image/png', bytes: new Uint8Array(png) };
}
