/**
 * One photo as the differentiable renderer sees it: the pixels the mesh covers under the fitted
 * camera, each with what shading needs and what does not change while the maps and lighting are
 * fitted (surface normal, direction to the camera, SH basis, UV, the photo's colour).
 */
import type { CameraFit, RgbImage } from '../types.js';
import { FitError } from '../types.js';
import { toCameraSpace } from '../reflectance/camera-space.js';
import { shBasis, SH_COEFFICIENTS } from '../reflectance/sh.js';
import { SRGB_TO_LINEAR } from '../reflectance/srgb.js';
import { projectVertices, rasterize, type Raster } from './raster.js';

export interface ViewMesh {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
}

/** Per-sample arrays, one sample per covered pixel, in image scan order. */
export interface ShadingView {
  width: number;
  height: number;
  count: number;
  pixel: Int32Array; // y * width + x
  uv: Float32Array; // 2 per sample
  normal: Float32Array; // 3 per sample: unit, camera space
  viewDir: Float32Array; // 3 per sample: unit, from the surface towards the camera
  basis: Float32Array; // 9 per sample: SH basis Y_0..Y_8 at the normal
  target: Float32Array; // 3 per sample: the photo in linear RGB (zeros when built without one)
  weight: Float32Array; // 1 per sample: how much the pixel counts in the energy
}

export interface ShadingViewOptions {
  /** The photo, camera.width × camera.height; its sRGB colours become `target`. */
  photo?: RgbImage;
  /** Per image pixel: 0 leaves the pixel out (outside the face, hair, background). */
  pixelMask?: Uint8Array;
  /** Per triangle: 0 leaves its pixels out (eyes, mouth interior: not skin). */
  triangleMask?: Uint8Array;
  /** A raster of this mesh under this camera, when the caller already has one. */
  raster?: Raster;
}

export function buildShadingView(mesh: ViewMesh, camera: CameraFit, opts: ShadingViewOptions = {}): ShadingView {
  const { width, height } = camera;
  const { photo, pixelMask, triangleMask } = opts;
  if (photo && (photo.width !== width || photo.height !== height)) {
    throw new FitError(
      'INTERNAL',
      `the photo is ${photo.width}x${photo.height} but its camera is ${width}x${height}; please report this as a bug`,
    );
  }
  const raster =
    opts.raster ?? rasterize(projectVertices(mesh.positions, camera), mesh.indices, width, height, { cull: 'back' });
  const cam = toCameraSpace(mesh, camera);

  let count = 0;
  for (let p = 0; p < width * height; p++) {
    const t = raster.triangle[p];
    if (t >= 0 && (!pixelMask || pixelMask[p]) && (!triangleMask || triangleMask[t])) count++;
  }
  const view: ShadingView = {
    width,
    height,
    count,
    pixel: new Int32Array(count),
    uv: new Float32Array(2 * count),
    normal: new Float32Array(3 * count),
    viewDir: new Float32Array(3 * count),
    basis: new Float32Array(SH_COEFFICIENTS * count),
    target: new Float32Array(3 * count),
    weight: new Float32Array(count).fill(1),
  };
  const { indices, uvs } = mesh;
  const pos = cam.positions, nrm = cam.normals;
  let i = 0;
  for (let p = 0; p < width * height; p++) {
    const t = raster.triangle[p];
    if (t < 0 || (pixelMask && !pixelMask[p]) || (triangleMask && !triangleMask[t])) continue;
    const a = indices[3 * t], b = indices[3 * t + 1], c = indices[3 * t + 2];
    const wa = raster.bary[3 * p], wb = raster.bary[3 * p + 1], wc = raster.bary[3 * p + 2];
    view.pixel[i] = p;
    view.uv[2 * i] = wa * uvs[2 * a] + wb * uvs[2 * b] + wc * uvs[2 * c];
    view.uv[2 * i + 1] = wa * uvs[2 * a + 1] + wb * uvs[2 * b + 1] + wc * uvs[2 * c + 1];
    let nx = wa * nrm[3 * a] + wb * nrm[3 * b] + wc * nrm[3 * c];
    let ny = wa * nrm[3 * a + 1] + wb * nrm[3 * b + 1] + wc * nrm[3 * c + 1];
    let nz = wa * nrm[3 * a + 2] + wb * nrm[3 * b + 2] + wc * nrm[3 * c + 2];
    const nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    nx /= nl; ny /= nl; nz /= nl;
    view.normal[3 * i] = nx;
    view.normal[3 * i + 1] = ny;
    view.normal[3 * i + 2] = nz;
    const x = wa * pos[3 * a] + wb * pos[3 * b] + wc * pos[3 * c];
    const y = wa * pos[3 * a + 1] + wb * pos[3 * b + 1] + wc * pos[3 * c + 1];
    const z = wa * pos[3 * a + 2] + wb * pos[3 * b + 2] + wc * pos[3 * c + 2];
    const vl = Math.sqrt(x * x + y * y + z * z) || 1;
    view.viewDir[3 * i] = -x / vl;
    view.viewDir[3 * i + 1] = -y / vl;
    view.viewDir[3 * i + 2] = -z / vl;
    shBasis(nx, ny, nz, view.basis, SH_COEFFICIENTS * i);
    if (photo) {
      view.target[3 * i] = SRGB_TO_LINEAR[photo.data[3 * p]];
      view.target[3 * i + 1] = SRGB_TO_LINEAR[photo.data[3 * p + 1]];
      view.target[3 * i + 2] = SRGB_TO_LINEAR[photo.data[3 * p + 2]];
    }
    i++;
  }
  return view;
}
