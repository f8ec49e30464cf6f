/**
 * A synthetic scene with a known answer for the reflectance fit: the canonical face mesh
 * photographed by known cameras, rendered by the renderer (shade.ts) from known maps (skin-coloured
 * albedo, specular strength higher on the nose and forehead, roughness) under known lighting (SH
 * ambient + a key light), with 8-bit sRGB photos and a little sensor noise.
 */
import { regionPriors } from '../../server/reflectance/face-regions.js';
import { linearToSrgb8 } from '../../server/reflectance/srgb.js';
import { texelChart, vertexMap } from '../../server/reflectance/texel-chart.js';
import { shadeView, type Material, type ViewLighting } from '../../server/render/shade.js';
import { bilinearTaps, type Texture } from '../../server/render/texture.js';
import { buildShadingView } from '../../server/render/view.js';
import type { CameraFit, MeshBuffers, RgbImage } from '../../server/types.js';

/** Truth maps at this size. */
export const TRUTH_SIZE = 128;

/**
 * Skin-coloured albedo, left–right symmetric in UV (as a face roughly is), with a smooth blush on
 * the cheeks and a darker band across the brows.
 */
export function truthAlbedo(): Texture {
  const s = TRUTH_SIZE, data = new Float32Array(s * s * 3);
  const base = [0.52, 0.3, 0.2];
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const u = (x + 0.5) / s, v = (y + 0.5) / s, du = Math.abs(u - 0.5);
      const blush = Math.exp(-(((du - 0.25) / 0.08) ** 2 + ((v - 0.58) / 0.08) ** 2));
      const brows = Math.exp(-(((v - 0.3) / 0.035) ** 2)) * (du < 0.35 ? 1 : 0);
      const texture = 0.04 * Math.sin(41 * u) * Math.sin(37 * v);
      const k = (1 + texture) * (1 - 0.45 * brows);
      data[3 * (y * s + x)] = base[0] * k * (1 + 0.12 * blush);
      data[3 * (y * s + x) + 1] = base[1] * k * (1 - 0.1 * blush);
      data[3 * (y * s + x) + 2] = base[2] * k * (1 - 0.05 * blush);
    }
  }
  return { width: s, height: s, channels: 3, data };
}

/**
 * Specular strength by face region with more contrast than the fit's prior (0.35 on the cheeks
 * where the prior says 0.6, 1 on the nose), so the fit must move from its start; roughness 0.4.
 */
export function truthMaterial(mesh: MeshBuffers): Material {
  const chart = texelChart(mesh, TRUTH_SIZE);
  const regions = regionPriors(mesh);
  const specular = vertexMap(chart, mesh.indices, regions.specular.map((s) => 0.35 + (0.65 * (s - 0.6)) / 0.4), 1, [0.35]);
  return {
    albedo: truthAlbedo(),
    specular: { width: TRUTH_SIZE, height: TRUTH_SIZE, channels: 1, data: specular },
    roughness: { width: 1, height: 1, channels: 1, data: Float32Array.of(0.4) },
    specularColorFactor: 1,
    specularFactor: 1,
  };
}

/** A warm key light from `direction` (camera space, towards the light) over a cooler ambient. */
export function truthLighting(direction: [number, number, number]): ViewLighting {
  const sh = new Float32Array(27);
  const ambient = [0.55, 0.6, 0.7];
  for (let c = 0; c < 3; c++) {
    sh[9 * c] = ambient[c] / 0.282095; // uniform part
    sh[9 * c + 1] = 0.25 * ambient[c]; // brighter from above
    sh[9 * c + 2] = 0.3 * ambient[c]; // and from the front
  }
  return { sh, direction: Float32Array.from(direction), color: Float32Array.of(0.95, 0.85, 0.72) };
}

/** The scene photographed: 8-bit sRGB, background grey, Gaussian noise of `noise` (linear) per channel. */
export function renderScene(mesh: MeshBuffers, camera: CameraFit, material: Material, lighting: ViewLighting, noise = 0.004, seed = 1): RgbImage {
  const view = buildShadingView(mesh, camera);
  const taps = {
    albedo: bilinearTaps(view.uv, view.count, material.albedo.width, material.albedo.height),
    specular: bilinearTaps(view.uv, view.count, material.specular.width, material.specular.height),
    roughness: bilinearTaps(view.uv, view.count, material.roughness.width, material.roughness.height),
  };
  const colors = new Float32Array(3 * view.count);
  shadeView(view, taps, material, lighting, { colors });
  const { width, height } = camera;
  const data = new Uint8Array(width * height * 3).fill(linearToSrgb8(0.18));
  let state = seed >>> 0;
  const uniform = () => ((state = (state * 1664525 + 1013904223) >>> 0) + 0.5) / 4294967296;
  const gauss = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  for (let i = 0; i < view.count; i++) {
    for (let c = 0; c < 3; c++) data[3 * view.pixel[i] + c] = linearToSrgb8(colors[3 * i + c] + noise * gauss());
  }
  return { width, height, data };
}

/** The diffuse shading that multiplies albedo (E + I (n·l)⁺ (1 − F)) per covered pixel, for comparing lightings. */
export function diffuseShading(mesh: MeshBuffers, camera: CameraFit, material: Material, lighting: ViewLighting): Float32Array {
  const view = buildShadingView(mesh, camera);
  const at = (m: Material) => {
    const taps = {
      albedo: bilinearTaps(view.uv, view.count, m.albedo.width, m.albedo.height),
      specular: bilinearTaps(view.uv, view.count, m.specular.width, m.specular.height),
      roughness: bilinearTaps(view.uv, view.count, m.roughness.width, m.roughness.height),
    };
    const colors = new Float32Array(3 * view.count);
    shadeView(view, taps, m, lighting, { colors });
    return colors;
  };
  const one = { width: 1, height: 1, channels: 3, data: Float32Array.of(1, 1, 1) };
  const zero = { width: 1, height: 1, channels: 3, data: Float32Array.of(0, 0, 0) };
  const white = at({ ...material, albedo: one }), black = at({ ...material, albedo: zero });
  for (let i = 0; i < white.length; i++) white[i] -= black[i];
  return white;
}
