/**
 * Ground-truth visibility for the synthetic scenes, computed apart from the bake's own depth test:
 * a texel's surface point is visible when it faces the camera and a z-buffer at four times the
 * photo's resolution shows nothing more than 1.5 mm in front of it at its pixel (every occluder on
 * a face, a nose or a brow, stands further out than that in front of what it hides).
 */
import { toCameraSpace } from '../../server/reflectance/camera-space.js';
import { texelBands } from '../../server/reflectance/texel-bands.js';
import { projectVertices, rasterize } from '../../server/render/raster.js';
import type { CameraFit, MeshBuffers } from '../../server/types.js';

export interface TexelTruth {
  /** Per texel: -1 outside the charts, else 1 visible, 0 hidden (behind another part or facing away). */
  visible: Int8Array;
  /** Per texel: cosine between the surface normal and the direction to the camera (NaN outside the charts). */
  cos: Float32Array;
}

const SCALE = 4;
const MARGIN = 1.5e-3;

export function texelTruth(mesh: MeshBuffers, photoCamera: CameraFit, size: number): TexelTruth {
  const cam = { ...photoCamera, width: photoCamera.width * SCALE, height: photoCamera.height * SCALE };
  Object.assign(cam, { fx: cam.fx * SCALE, fy: cam.fy * SCALE, cx: cam.cx * SCALE, cy: cam.cy * SCALE });
  const r = rasterize(projectVertices(mesh.positions, cam), mesh.indices, cam.width, cam.height, { cull: 'back' });
  const { positions: c, normals: n } = toCameraSpace(mesh, cam);
  const visible = new Int8Array(size * size).fill(-1);
  const cos = new Float32Array(size * size).fill(NaN);
  const point = (t: number, w: ArrayLike<number>, o: number, src: Float64Array, k: number) =>
    w[o] * src[3 * mesh.indices[3 * t] + k] + w[o + 1] * src[3 * mesh.indices[3 * t + 1] + k] + w[o + 2] * src[3 * mesh.indices[3 * t + 2] + k];
  for (const band of texelBands(mesh, size)) {
    for (let p = 0; p < band.rows * size; p++) {
      const t = band.triangle[p];
      if (t < 0) continue;
      const o = band.y0 * size + p;
      const [x, y, z] = [0, 1, 2].map((k) => point(t, band.bary, 3 * p, c, k));
      const [nx, ny, nz] = [0, 1, 2].map((k) => point(t, band.bary, 3 * p, n, k));
      cos[o] = -(nx * x + ny * y + nz * z) / (Math.hypot(nx, ny, nz) * Math.hypot(x, y, z));
      visible[o] = 0;
      if (!(cos[o] > 0)) continue;
      const px = Math.floor(cam.cx + (cam.fx * x) / -z), py = Math.floor(cam.cy - (cam.fy * y) / -z);
      if (px < 0 || py < 0 || px >= cam.width || py >= cam.height) continue;
      const q = py * cam.width + px;
      visible[o] = r.triangle[q] === t || -z <= r.depth[q] + MARGIN ? 1 : 0;
    }
  }
  return { visible, cos };
}
