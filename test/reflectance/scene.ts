/**
 * Synthetic ground truth for the bake: the canonical face mesh photographed by a known pinhole
 * camera, with a known albedo (a function of UV) under known SH lighting, rendered with the
 * project's rasteriser (one sample per pixel centre, perspective-correct, z-buffered).
 */
import { loadCanonicalMesh } from '../../server/geometry/canonical.js';
import { vertexNormals } from '../../server/geometry/vertex-normals.js';
import { toCameraSpace } from '../../server/reflectance/camera-space.js';
import { irradiance } from '../../server/reflectance/sh.js';
import { linearToSrgb8 } from '../../server/reflectance/srgb.js';
import { projectVertices, rasterize } from '../../server/render/raster.js';
import type { CameraFit, FitHooks, MeshBuffers, RgbImage, ShLighting } from '../../server/types.js';

/** Linear RGB albedo at a UV. */
export type Albedo = (u: number, v: number) => [number, number, number];

export function faceMesh(): { mesh: MeshBuffers; mirror: Uint32Array } {
  const m = loadCanonicalMesh();
  return {
    mesh: { positions: m.positions, normals: vertexNormals(m.positions, m.indices), uvs: m.uvs, indices: m.indices },
    mirror: m.mirror,
  };
}

/**
 * A camera 0.5 m in front of the model origin, the head turned by `yawDeg` about +Y (positive:
 * the face turns towards the camera's +X, showing more of its -X side) and `pitchDeg` about +X.
 */
export function camera(yawDeg: number, opts: { pitchDeg?: number; width?: number; height?: number; focal?: number; distance?: number } = {}): CameraFit {
  const { pitchDeg = 0, width = 480, height = 480, focal = 1000, distance = 0.5 } = opts;
  const y = (yawDeg * Math.PI) / 360, p = (pitchDeg * Math.PI) / 360;
  // q = q_yaw * q_pitch (pitch first, in model space).
  const qy = [0, Math.sin(y), 0, Math.cos(y)], qp = [Math.sin(p), 0, 0, Math.cos(p)];
  const rotation: [number, number, number, number] = [
    qy[3] * qp[0] + qy[0] * qp[3] + qy[1] * qp[2] - qy[2] * qp[1],
    qy[3] * qp[1] - qy[0] * qp[2] + qy[1] * qp[3] + qy[2] * qp[0],
    qy[3] * qp[2] + qy[0] * qp[1] - qy[1] * qp[0] + qy[2] * qp[3],
    qy[3] * qp[3] - qy[0] * qp[0] - qy[1] * qp[1] - qy[2] * qp[2],
  ];
  return { width, height, fx: focal, fy: focal, cx: width / 2, cy: height / 2, rotation, translation: [0, 0, -distance] };
}

/** Order-2 SH irradiance of an ambient term plus a directional light (camera space), per channel. */
export function ambientAndSun(ambient: [number, number, number], sun: [number, number, number], dir: [number, number, number]): ShLighting {
  const l = Math.hypot(...dir);
  const [x, y, z] = dir.map((d) => d / l);
  // Irradiance of a directional light, convolved with the clamped cosine: c_lm = A_l L Y_lm(d),
  // A_0 = π, A_1 = 2π/3, A_2 = π/4 (Ramamoorthi & Hanrahan 2001).
  const A = [Math.PI, (2 * Math.PI) / 3, Math.PI / 4];
  const Y = [
    0.282095, 0.488603 * y, 0.488603 * z, 0.488603 * x,
    1.092548 * x * y, 1.092548 * y * z, 0.315392 * (3 * z * z - 1), 1.092548 * x * z, 0.546274 * (x * x - y * y),
  ];
  const band = [0, 1, 1, 1, 2, 2, 2, 2, 2];
  const sh = new Float32Array(27);
  for (let c = 0; c < 3; c++) {
    for (let k = 0; k < 9; k++) sh[9 * c + k] = A[band[k]] * sun[c] * Y[k];
    sh[9 * c] += ambient[c] / 0.282095;
  }
  return sh;
}

/**
 * The photo: albedo × irradiance (1 where `light` is null), to sRGB; `background` (linear) where
 * the mesh is not drawn.
 */
export function renderPhoto(
  mesh: MeshBuffers,
  cam: CameraFit,
  albedo: Albedo,
  light: ShLighting | null,
  background: [number, number, number] = [0.02, 0.3, 0.05],
): RgbImage {
  const { width, height } = cam;
  const r = rasterize(projectVertices(mesh.positions, cam), mesh.indices, width, height, { cull: 'back' });
  const { normals } = toCameraSpace(mesh, cam);
  const data = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    const t = r.triangle[p];
    let rgb = background;
    if (t >= 0) {
      let u = 0, v = 0, nx = 0, ny = 0, nz = 0;
      for (let k = 0; k < 3; k++) {
        const i = mesh.indices[3 * t + k], w = r.bary[3 * p + k];
        u += w * mesh.uvs[2 * i];
        v += w * mesh.uvs[2 * i + 1];
        nx += w * normals[3 * i];
        ny += w * normals[3 * i + 1];
        nz += w * normals[3 * i + 2];
      }
      const l = Math.hypot(nx, ny, nz);
      const a = albedo(u, v);
      rgb = light ? [0, 1, 2].map((c) => a[c] * irradiance(light, c, nx / l, ny / l, nz / l)) as [number, number, number] : a;
    }
    for (let c = 0; c < 3; c++) data[3 * p + c] = linearToSrgb8(rgb[c]);
  }
  return { width, height, data };
}

/** Hooks that record warnings and never cancel. */
export function quietHooks(): FitHooks & { warnings: string[]; fractions: number[] } {
  const warnings: string[] = [];
  const fractions: number[] = [];
  return {
    warnings,
    fractions,
    progress: (_stage, fraction) => void fractions.push(fraction),
    warn: (code) => void warnings.push(code),
    checkCancelled: () => {},
  };
}

/** Texel centre of texel index o in a size² map. */
export function texelUv(o: number, size: number): [number, number] {
  return [((o % size) + 0.5) / size, (Math.floor(o / size) + 0.5) / size];
}
