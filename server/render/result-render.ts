/**
 * Renders a finished fit (an AvatarResult) the way the fit explains its photos: every primitive
 * under a photo's fitted camera, shaded by shade.ts from the result's maps, nearest surface wins.
 * It reads the result only (maps by kind, material factors, buffers as exported), so it judges
 * whatever the pipeline produced, as a glTF viewer would show it.
 *
 * A map the result lacks takes glTF's default: base colour = baseColorFactor, specular strength
 * 1 (× specularFactor), roughness = the material's factor, no normal map. A normal map is shaded
 * by the renderer (shade.ts) in the exported MikkTSpace tangents the primitive carries.
 */
import sharp from 'sharp';
import type { CameraFit, MapKindName, PhotoFitResult, ResultMaterial, ResultPrimitive, RgbImage, TextureMap } from '../types.js';
import { FitError } from '../types.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from '../reflectance/srgb.js';
import { projectVertices, rasterize } from './raster.js';
import { shadeView, type Material, type ViewLighting, type ViewTaps } from './shade.js';
import { bilinearTaps, createTexture, type Texture } from './texture.js';
import { buildShadingView } from './view.js';

/** What of an AvatarResult a render needs. */
export type RenderableResult = { primitives: ResultPrimitive[]; materials: ResultMaterial[]; textures: TextureMap[] };

export interface ScenePrimitive {
  primitive: ResultPrimitive;
  material: Material;
}

/** The result's maps decoded to float textures, once, for any number of renders. */
export async function loadScene(result: RenderableResult): Promise<ScenePrimitive[]> {
  const decoded = new Map<MapKindName, Promise<Texture>>();
  const map = (kind: MapKindName | undefined): Promise<Texture> | undefined => {
    if (!kind) return undefined;
    const texture = result.textures.find((t) => t.kind === kind);
    if (!texture) {
      throw new FitError('INTERNAL', `the result's material refers to a ${kind} map it does not carry; please report this as a bug`);
    }
    if (!decoded.has(kind)) decoded.set(kind, decodeMap(texture));
    return decoded.get(kind);
  };
  const materials = await Promise.all(result.materials.map(async (m) => {
    const [baseColor, specular, roughness, normal] = await Promise.all([map(m.baseColor), map(m.specular), map(m.roughnessMap), map(m.normal)]);
    const [fr, fg, fb] = m.baseColorFactor;
    const material: Material = {
      albedo: baseColor ? scaled(pick(baseColor, [0, 1, 2]), [fr, fg, fb]) : createTexture(1, 1, 3, [fr, fg, fb]),
      // KHR_materials_specular keeps strength in alpha; a map without alpha is grey.
      specular: specular ? pick(specular, [specular.channels === 2 || specular.channels === 4 ? specular.channels - 1 : 0]) : createTexture(1, 1, 1, [1]),
      // glTF reads roughness from G; a grey map is widened to RGB by viewers, so its one channel is G.
      roughness: roughness ? scaled(pick(roughness, [roughness.channels >= 3 ? 1 : 0]), [m.roughness]) : createTexture(1, 1, 1, [m.roughness]),
      // Stored as (t + 1) / 2; the renderer reads t.
      normal: normal ? affine(pick(normal, [0, 1, 2]), 2, -1) : undefined,
      specularColorFactor: 1,
      specularFactor: m.specularFactor,
    };
    return material;
  }));
  return result.primitives.map((primitive) => ({ primitive, material: materials[primitive.material] }));
}

/** A map's texels as floats, linear (sRGB maps decoded), channels as stored. */
export async function decodeMap(map: TextureMap): Promise<Texture> {
  const sixteen = map.bitDepth === 16;
  const image = sharp(map.bytes);
  // Without a 16-bit colour space, sharp's raw output is 8-bit.
  if (sixteen) image.toColourspace(map.channels <= 2 ? 'grey16' : 'rgb16');
  const { data, info } = await image.raw({ depth: sixteen ? 'ushort' : 'uchar' }).toBuffer({ resolveWithObject: true });
  const values = sixteen ? new Uint16Array(data.buffer, data.byteOffset, data.length / 2) : new Uint8Array(data.buffer, data.byteOffset, data.length);
  const out = new Float32Array(values.length);
  const { channels } = info;
  const hasAlpha = channels === 2 || channels === 4;
  for (let k = 0; k < values.length; k++) {
    // Alpha is linear even in an sRGB image.
    const linear = map.colorSpace === 'linear' || (hasAlpha && k % channels === channels - 1);
    if (linear) out[k] = values[k] / (sixteen ? 65535 : 255);
    else if (sixteen) out[k] = srgbDecode(values[k] / 65535);
    else out[k] = SRGB_TO_LINEAR[values[k]];
  }
  return { width: info.width, height: info.height, channels, data: out };
}

function srgbDecode(s: number): number {
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** The given channels of a texture, in that order (a grey map repeats its one channel). */
function pick(t: Texture, channels: number[]): Texture {
  const n = t.width * t.height;
  const out = new Float32Array(n * channels.length);
  const src = channels.map((c) => Math.min(c, t.channels - 1));
  for (let i = 0; i < n; i++) for (let k = 0; k < src.length; k++) out[i * src.length + k] = t.data[i * t.channels + src[k]];
  return { width: t.width, height: t.height, channels: src.length, data: out };
}

/** Scales each channel in place (the texture is pick's copy). */
function scaled(t: Texture, factors: number[]): Texture {
  for (let i = 0; i < t.data.length; i++) t.data[i] *= factors[i % t.channels];
  return t;
}

/** a × texel + b in place (the texture is pick's copy). */
function affine(t: Texture, a: number, b: number): Texture {
  for (let i = 0; i < t.data.length; i++) t.data[i] = a * t.data[i] + b;
  return t;
}

/**
 * The scene with its morph targets at `weights` (by target name; others 0), as a viewer poses it:
 * positions and normals (renormalised) plus the weighted deltas. Tangents stay the neutral's.
 */
export function posedScene(scene: ScenePrimitive[], targetNames: string[], weights: Record<string, number>): ScenePrimitive[] {
  const active = targetNames.map((name, k) => [k, weights[name] ?? 0] as const).filter(([, w]) => w !== 0);
  if (active.length === 0) return scene;
  return scene.map(({ primitive, material }) => {
    if (!primitive.targets) return { primitive, material };
    const positions = Float32Array.from(primitive.buffers.positions);
    const normals = Float32Array.from(primitive.buffers.normals);
    for (const [k, w] of active) {
      const t = primitive.targets[k];
      for (let i = 0; i < positions.length; i++) positions[i] += w * t.positionDeltas[i];
      if (t.normalDeltas) for (let i = 0; i < normals.length; i++) normals[i] += w * t.normalDeltas[i];
    }
    for (let i = 0; i < normals.length; i += 3) {
      const len = Math.hypot(normals[i], normals[i + 1], normals[i + 2]) || 1;
      normals[i] /= len;
      normals[i + 1] /= len;
      normals[i + 2] /= len;
    }
    return { primitive: { ...primitive, buffers: { ...primitive.buffers, positions, normals } }, material };
  });
}

/** One photo's lighting as the result records it (order-2 SH, no directional light). */
export function photoLighting(photo: PhotoFitResult): ViewLighting {
  return { sh: photo.lighting, direction: Float32Array.of(0, 0, 1), color: new Float32Array(3) };
}

/** A render of the fit under one camera. */
export interface FitRender {
  width: number;
  height: number;
  /** Per pixel: linear RGB of the nearest surface (0 where nothing is drawn). */
  color: Float32Array;
  /** Per pixel: 1 where the fit covers the pixel. */
  mask: Uint8Array;
}

export function renderFit(scene: ScenePrimitive[], camera: CameraFit, lighting: ViewLighting): FitRender {
  const { width, height } = camera;
  const color = new Float32Array(width * height * 3);
  const mask = new Uint8Array(width * height);
  const nearest = new Float32Array(width * height).fill(Infinity);
  for (const { primitive, material } of scene) {
    const mesh = primitive.buffers;
    const raster = rasterize(projectVertices(mesh.positions, camera), mesh.indices, width, height, { cull: 'back' });
    const view = buildShadingView(mesh, camera, { raster, tangents: material.normal ? cornerTangents(primitive) : undefined });
    if (view.count === 0) continue;
    const taps = (t: Texture) => bilinearTaps(view.uv, view.count, t.width, t.height);
    const viewTaps: ViewTaps = {
      albedo: taps(material.albedo),
      specular: taps(material.specular),
      roughness: taps(material.roughness),
      normal: material.normal ? taps(material.normal) : undefined,
    };
    const colors = new Float32Array(3 * view.count);
    shadeView(view, viewTaps, material, lighting, { colors });
    for (let i = 0; i < view.count; i++) {
      const p = view.pixel[i];
      if (!(raster.depth[p] < nearest[p])) continue;
      nearest[p] = raster.depth[p];
      mask[p] = 1;
      color[3 * p] = colors[3 * i];
      color[3 * p + 1] = colors[3 * i + 1];
      color[3 * p + 2] = colors[3 * i + 2];
    }
  }
  return { width, height, color, mask };
}

/** The exported per-vertex tangents per triangle corner, as the renderer reads a normal map's frame. */
function cornerTangents(primitive: ResultPrimitive): Float32Array {
  const { tangents, indices } = primitive.buffers;
  if (!tangents) {
    throw new FitError('INTERNAL', `primitive "${primitive.name}" has a normal map but no tangents; please report this as a bug`);
  }
  const out = new Float32Array(4 * indices.length);
  for (let k = 0; k < indices.length; k++) out.set(tangents.subarray(4 * indices[k], 4 * indices[k] + 4), 4 * k);
  return out;
}

/** The render over the photo: the fit's sRGB colour where it covers the photo, the photo elsewhere. */
export function compositeOver(photo: RgbImage, render: FitRender): RgbImage {
  if (photo.width !== render.width || photo.height !== render.height) {
    throw new Error(`the photo is ${photo.width}x${photo.height}, the render ${render.width}x${render.height}`);
  }
  const data = Uint8Array.from(photo.data);
  for (let p = 0; p < render.mask.length; p++) {
    if (!render.mask[p]) continue;
    for (let c = 3 * p; c < 3 * p + 3; c++) data[c] = linearToSrgb8(render.color[c]);
  }
  return { width: photo.width, height: photo.height, data };
}
