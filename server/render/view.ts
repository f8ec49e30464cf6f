/**
 * One photo as the differentiable renderer sees it: the pixels the mesh covers under the fitted
 * camera, each with what shading needs and what does not change while the maps and lighting are
 * fitted (surface normal, direction to the camera, SH basis, UV, the photo's colour).
 */
import type { CameraFit, RgbImage } from '../types.js';
import { FitError } from '../types.js';
import { rotationFromQuaternion } from '../geometry/rotation.js';
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
  /**
   * With `tangents` only: 3 per sample, unit, camera space, the tangent frame a normal map is read
   * in, as glTF viewers build it (Khronos sample viewer): per vertex T and B = (N × T) w, both
   * interpolated, then normalised.
   */
  tangent?: Float32Array;
  bitangent?: Float32Array;
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
  /**
   * Tangents per triangle corner (xyzw, model space, w the bitangent sign; corner 3t + k is vertex
   * k of triangle t): the MikkTSpace tangents as exported, which can differ between the corners
   * of one vertex on a UV seam. Given, the view carries tangent frames for a normal map.
   */
  tangents?: Float32Array;
}

export function buildShadingView(mesh: ViewMesh, camera: CameraFit, opts: ShadingViewOptions = {}): ShadingView {
  const { width, height } = camera;
  const { photo, pixelMask, triangleMask, tangents } = opts;
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
  const frames = tangents ? cornerFrames(mesh, tangents, camera) : undefined;
  if (frames) {
    view.tangent = new Float32Array(3 * count);
    view.bitangent = new Float32Array(3 * count);
  }
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
    if (frames) {
      interpolateUnit(frames.tangent, 9 * t, wa, wb, wc, view.tangent!, 3 * i);
      interpolateUnit(frames.bitangent, 9 * t, wa, wb, wc, view.bitangent!, 3 * i);
    }
    if (photo) {
      view.target[3 * i] = SRGB_TO_LINEAR[photo.data[3 * p]];
      view.target[3 * i + 1] = SRGB_TO_LINEAR[photo.data[3 * p + 1]];
      view.target[3 * i + 2] = SRGB_TO_LINEAR[photo.data[3 * p + 2]];
    }
    i++;
  }
  return view;
}

/**
 * Per triangle corner, camera space: the unit tangent and the bitangent (N̂ × T̂) w, as a glTF
 * vertex shader computes them (9 floats per triangle for each).
 */
function cornerFrames(mesh: ViewMesh, tangents: Float32Array, camera: CameraFit): { tangent: Float32Array; bitangent: Float32Array } {
  const corners = mesh.indices.length;
  if (tangents.length !== 4 * corners) {
    throw new FitError('INTERNAL', `${tangents.length / 4} corner tangents for ${corners} triangle corners; please report this as a bug`);
  }
  const r = rotationFromQuaternion(camera.rotation);
  const tangent = new Float32Array(3 * corners), bitangent = new Float32Array(3 * corners);
  for (let k = 0; k < corners; k++) {
    const v = 3 * mesh.indices[k];
    const mx = tangents[4 * k], my = tangents[4 * k + 1], mz = tangents[4 * k + 2], w = tangents[4 * k + 3];
    let tx = r[0] * mx + r[1] * my + r[2] * mz, ty = r[3] * mx + r[4] * my + r[5] * mz, tz = r[6] * mx + r[7] * my + r[8] * mz;
    const nmx = mesh.normals[v], nmy = mesh.normals[v + 1], nmz = mesh.normals[v + 2];
    let nx = r[0] * nmx + r[1] * nmy + r[2] * nmz, ny = r[3] * nmx + r[4] * nmy + r[5] * nmz, nz = r[6] * nmx + r[7] * nmy + r[8] * nmz;
    const tl = Math.sqrt(tx * tx + ty * ty + tz * tz) || 1, nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    tx /= tl; ty /= tl; tz /= tl;
    nx /= nl; ny /= nl; nz /= nl;
    tangent[3 * k] = tx;
    tangent[3 * k + 1] = ty;
    tangent[3 * k + 2] = tz;
    bitangent[3 * k] = w * (ny * tz - nz * ty);
    bitangent[3 * k + 1] = w * (nz * tx - nx * tz);
    bitangent[3 * k + 2] = w * (nx * ty - ny * tx);
  }
  return { tangent, bitangent };
}

/** Barycentric blend of a triangle's three corner vectors (at `o`, 3 floats apart), normalised, into out[at..at + 2]. */
function interpolateUnit(corner: Float32Array, o: number, wa: number, wb: number, wc: number, out: Float32Array, at: number): void {
  const x = wa * corner[o] + wb * corner[o + 3] + wc * corner[o + 6];
  const y = wa * corner[o + 1] + wb * corner[o + 4] + wc * corner[o + 7];
  const z = wa * corner[o + 2] + wb * corner[o + 5] + wc * corner[o + 8];
  const l = Math.sqrt(x * x + y * y + z * z) || 1;
  out[at] = x / l;
  out[at + 1] = y / l;
  out[at + 2] = z / l;
}
