/**
 * A small real scene for the renderer's tests: MediaPipe's canonical face mesh (the embedded
 * model) in front of a pinhole camera, with smoothly varying maps and plausible lighting.
 */
import { loadCanonicalMesh } from '../../server/geometry/canonical.js';
import { vertexNormals } from '../../server/geometry/vertex-normals.js';
import type { Material, ViewLighting } from '../../server/render/shade.js';
import type { Texture } from '../../server/render/texture.js';
import type { ViewMesh } from '../../server/render/view.js';
import type { CameraFit } from '../../server/types.js';

export function faceMesh(): ViewMesh {
  const m = loadCanonicalMesh();
  return { positions: m.positions, normals: vertexNormals(m.positions, m.indices), uvs: m.uvs, indices: m.indices };
}

/** The face 0.45 m in front of the camera, turned by `yaw` radians about +Y. */
export function faceCamera(width: number, height: number, focal: number, yaw = 0): CameraFit {
  return {
    width,
    height,
    fx: focal,
    fy: focal,
    cx: width / 2,
    cy: height / 2,
    rotation: [0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)],
    translation: [0, -0.005, -0.45],
  };
}

/** base + amplitude × a smooth pattern different per channel and seed, in (base − amplitude, base + amplitude). */
export function smoothTexture(width: number, height: number, base: number[], amplitude: number, seed: number): Texture {
  const channels = base.length;
  const data = new Float32Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5) / width, v = (y + 0.5) / height;
      for (let c = 0; c < channels; c++) {
        const f = Math.sin(6.1 * u + 2.3 * c + seed) * Math.cos(4.7 * v - 1.3 * c + 0.7 * seed);
        data[(y * width + x) * channels + c] = base[c] + amplitude * f;
      }
    }
  }
  return { width, height, channels, data };
}

export function material(albedo: Texture, specular: Texture, roughness: Texture): Material {
  return { albedo, specular, roughness, specularColorFactor: 2, specularFactor: 1 };
}

/** Warm ambient from above-front plus a key light; `turn` varies both between photos. */
export function lighting(turn: number): ViewLighting {
  const sh = new Float32Array(27);
  const tint = [1.0, 0.85, 0.75];
  for (let c = 0; c < 3; c++) {
    const k = 9 * c;
    sh[k] = 1.6 * tint[c];
    sh[k + 1] = 0.45 * tint[c]; // from above
    sh[k + 2] = 0.5 * tint[c]; // from the front
    sh[k + 3] = 0.3 * Math.sin(turn) * tint[c]; // left-right
    sh[k + 4] = 0.05 * c;
    sh[k + 6] = -0.12 * tint[c];
    sh[k + 8] = 0.08 * Math.cos(turn);
  }
  return {
    sh,
    direction: new Float32Array([Math.sin(turn) * 0.8, 0.45, 0.7]),
    color: new Float32Array([0.55, 0.5, 0.45]),
  };
}

export function cloneMaterial(m: Material): Material {
  const copy = (t: Texture): Texture => ({ ...t, data: t.data.slice() });
  return { ...m, albedo: copy(m.albedo), specular: copy(m.specular), roughness: copy(m.roughness) };
}

export function cloneLighting(l: ViewLighting): ViewLighting {
  return { sh: l.sh.slice(), direction: l.direction.slice(), color: l.color.slice() };
}
