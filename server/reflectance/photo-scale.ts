/**
 * Photos at the resolution a level of the coarse-to-fine fit works at: a map of S² texels is
 * fitted against a photo shrunk until the face has about as many pixels as the map has texels on
 * it, so an iteration costs what the level can use and no more.
 */
import sharp from 'sharp';
import { projectVertices } from '../render/raster.js';
import type { CameraFit, MeshBuffers, RgbImage } from '../types.js';

/**
 * How many photo pixels one unit of UV spans on the face, along a side: the square root of the
 * triangles' density (screen area / UV area), averaged with their screen areas as weights, so the
 * squarely seen triangles count and the squashed, oblique ones hardly do.
 */
export function pixelsPerUv(mesh: Pick<MeshBuffers, 'positions' | 'uvs' | 'indices'>, camera: CameraFit): number {
  const s = projectVertices(mesh.positions, camera);
  const { uvs, indices } = mesh;
  let screen = 0, uv = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t], b = indices[t + 1], c = indices[t + 2];
    if (!(s[3 * a + 2] > 0 && s[3 * b + 2] > 0 && s[3 * c + 2] > 0)) continue;
    // Front faces are clockwise in y-down pixels (raster.ts): negative signed area.
    const area = -((s[3 * b] - s[3 * a]) * (s[3 * c + 1] - s[3 * a + 1]) - (s[3 * b + 1] - s[3 * a + 1]) * (s[3 * c] - s[3 * a])) / 2;
    const uvArea = Math.abs((uvs[2 * b] - uvs[2 * a]) * (uvs[2 * c + 1] - uvs[2 * a + 1]) - (uvs[2 * b + 1] - uvs[2 * a + 1]) * (uvs[2 * c] - uvs[2 * a])) / 2;
    if (!(area > 0) || uvArea === 0) continue;
    screen += (area * area) / uvArea;
    uv += area;
  }
  return uv > 0 ? Math.sqrt(screen / uv) : 0;
}

export interface ScaledPhoto {
  image: RgbImage;
  camera: CameraFit;
}

/** The photo and its camera shrunk by `scale` (≤ 1; 1 returns them as they are). */
export async function scalePhoto(image: RgbImage, camera: CameraFit, scale: number): Promise<ScaledPhoto> {
  if (scale >= 1) return { image, camera };
  const width = Math.max(1, Math.round(image.width * scale)), height = Math.max(1, Math.round(image.height * scale));
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  const sx = width / image.width, sy = height / image.height;
  return {
    image: { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) },
    // Pixel coordinates scale about the image's top-left corner (pixel centres at i + 0.5 map to (i + 0.5) s).
    camera: { ...camera, width, height, fx: camera.fx * sx, cx: camera.cx * sx, fy: camera.fy * sy, cy: camera.cy * sy },
  };
}
