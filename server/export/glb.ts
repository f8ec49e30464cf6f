/**
 * The avatar as a binary glTF: one node named after the avatar holding one mesh, whose primitives
 * (face, later eyes, teeth...) each reference a metallic-roughness material with the fitted maps.
 *
 * Maps go in as the PNG bytes that are also persisted and streamed, unchanged, except a specular
 * map without alpha: KHR_materials_specular reads strength from alpha, so a grey one is re-encoded
 * as grey+alpha (~0.1 s at 1024², ~2 s at 4096²; a map that already has alpha costs nothing).
 * Material slots and their colour spaces (glTF 2.0 and KHR_materials_specular):
 *   baseColor        -> baseColorTexture, sRGB
 *   normal           -> normalTexture, linear, +Y green, MikkTSpace tangents (written with the mesh)
 *   roughnessTexture -> metallicRoughnessTexture, linear; roughness = G * roughness factor and
 *                       metallic = B * metallic factor, so a grey map works as is when metallic is 0
 *   specular         -> KHR_materials_specular specularTexture, linear, strength in A, multiplied
 *                       by specularFactor; it scales the whole dielectric specular lobe (F0 = 0.04
 *                       * strength for the default IOR, F90 = strength); specular colour stays white
 */
import { Document, NodeIO, Primitive, TextureInfo, type Material, type Texture } from '@gltf-transform/core';
import { KHRMaterialsSpecular } from '@gltf-transform/extensions';
import sharp from 'sharp';
import type { MeshBuffers, TextureMap } from '../types.js';
import { addTangents, type MorphTargetBuffers } from './tangents.js';

export type { MorphTargetBuffers } from './tangents.js';

export interface ExportMaterial {
  name: string;
  baseColor?: TextureMap;
  normal?: TextureMap;
  /** Strength of the specular reflection (see the module comment): alpha channel, or a grey map. */
  specular?: TextureMap;
  roughnessTexture?: TextureMap;
  baseColorFactor?: [number, number, number, number]; // linear RGBA, default white
  metallic: number;
  roughness: number;
  specularFactor?: number; // KHR_materials_specular specularFactor; the extension is written when this or `specular` is set
}

export interface ExportPrimitive {
  name: string;
  mesh: MeshBuffers;
  material: number; // index into AvatarAsset.materials
  /** One per AvatarAsset.targetNames, same order; every primitive has the same number. */
  targets?: MorphTargetBuffers[];
}

export interface AvatarAsset {
  name: string;
  primitives: ExportPrimitive[];
  materials: ExportMaterial[];
  /** Morph target names, written to mesh.extras.targetNames (read by Blender, three.js, glTFast, glTFRuntime). */
  targetNames?: string[];
  /** Written to the avatar node's extras. */
  extras?: Record<string, unknown>;
}

/** A primitive exactly as written to the glb. Arrays the export did not need to change are the caller's own: do not mutate them. */
export interface WrittenPrimitive extends MeshBuffers {
  targets: MorphTargetBuffers[];
  /**
   * For each written vertex, the given vertex it copies. The given vertices come first in their
   * order; copies split off for tangents (UV seams) are appended.
   */
  sourceVertex: Uint32Array;
}

const io = new NodeIO().registerExtensions([KHRMaterialsSpecular]);

/** Writes the glb and returns it with the mesh data exactly as written (tangents included), so the daemon can stream the same numbers. */
export async function writeGlb(asset: AvatarAsset): Promise<{ glb: Uint8Array; primitives: WrittenPrimitive[] }> {
  checkAsset(asset);
  const primitives = await prepareMeshes(asset.primitives);

  const doc = new Document();
  const buffer = doc.createBuffer();
  const textures = new Map<TextureMap, Texture>();
  const materials = await Promise.all(asset.materials.map((m) => buildMaterial(doc, m, textures)));
  const mesh = doc.createMesh(asset.name);
  primitives.forEach((p, i) => {
    const prim = doc
      .createPrimitive()
      .setMode(Primitive.Mode.TRIANGLES)
      .setMaterial(materials[asset.primitives[i].material])
      .setIndices(
        doc
          .createAccessor()
          .setBuffer(buffer)
          .setType('SCALAR')
          // 0xffff is the primitive-restart value and may not appear as an index.
          .setArray(p.positions.length / 3 < 0xffff ? Uint16Array.from(p.indices) : p.indices),
      );
    const attribute = (array: Float32Array, type: 'VEC2' | 'VEC3' | 'VEC4') =>
      doc.createAccessor().setBuffer(buffer).setType(type).setArray(array);
    prim.setAttribute('POSITION', attribute(p.positions, 'VEC3'));
    if (p.normals.length) prim.setAttribute('NORMAL', attribute(p.normals, 'VEC3'));
    if (p.tangents) prim.setAttribute('TANGENT', attribute(p.tangents, 'VEC4'));
    if (p.uvs.length) prim.setAttribute('TEXCOORD_0', attribute(p.uvs, 'VEC2'));
    p.targets.forEach((t, k) => {
      // gltf-transform writes mesh.extras.targetNames from the target names.
      const target = doc.createPrimitiveTarget(asset.targetNames![k]).setAttribute('POSITION', attribute(t.positionDeltas, 'VEC3'));
      if (t.normalDeltas) target.setAttribute('NORMAL', attribute(t.normalDeltas, 'VEC3'));
      prim.addTarget(target);
    });
    mesh.addPrimitive(prim);
  });
  if (asset.targetNames?.length) mesh.setWeights(new Array<number>(asset.targetNames.length).fill(0));
  const node = doc.createNode(asset.name).setMesh(mesh);
  if (asset.extras) node.setExtras(asset.extras);
  doc.getRoot().setDefaultScene(doc.createScene(asset.name).addChild(node));
  doc.getRoot().getAsset().generator = 'fitme-bridge';

  return { glb: await io.writeBinary(doc), primitives };
}

function checkAsset(asset: AvatarAsset): void {
  if (!asset.primitives.length) throw new Error(`avatar "${asset.name}" has no primitives`);
  const targetCount = asset.targetNames?.length ?? 0;
  for (const p of asset.primitives) {
    const n = p.mesh.positions.length / 3;
    const where = `avatar "${asset.name}", primitive "${p.name}"`;
    if (!asset.materials[p.material]) throw new Error(`${where}: material ${p.material} does not exist`);
    if (p.mesh.normals.length && p.mesh.normals.length !== 3 * n) throw new Error(`${where}: ${n} positions but ${p.mesh.normals.length / 3} normals`);
    if (p.mesh.uvs.length && p.mesh.uvs.length !== 2 * n) throw new Error(`${where}: ${n} positions but ${p.mesh.uvs.length / 2} uvs`);
    if (p.mesh.tangents && p.mesh.tangents.length !== 4 * n) throw new Error(`${where}: ${n} positions but ${p.mesh.tangents.length / 4} tangents`);
    if (p.mesh.indices.length % 3) throw new Error(`${where}: ${p.mesh.indices.length} indices is not a whole number of triangles`);
    for (const i of p.mesh.indices) if (i >= n) throw new Error(`${where}: index ${i} out of range (${n} vertices)`);
    // glTF: every primitive of a mesh has the same targets, in the order of the mesh's names.
    if ((p.targets?.length ?? 0) !== targetCount) throw new Error(`${where}: ${p.targets?.length ?? 0} morph targets, ${targetCount} target names`);
    for (const t of p.targets ?? []) {
      if (t.positionDeltas.length !== 3 * n || (t.normalDeltas && t.normalDeltas.length !== 3 * n)) {
        throw new Error(`${where}: morph target sizes do not match its ${n} vertices`);
      }
    }
  }
}

/** Adds MikkTSpace tangents wherever UVs and normals allow and the caller did not bring its own. */
async function prepareMeshes(prims: ExportPrimitive[]): Promise<WrittenPrimitive[]> {
  const needTangents = prims.filter((p) => !p.mesh.tangents && p.mesh.uvs.length && p.mesh.normals.length);
  const generated = needTangents.length ? await addTangents(needTangents.map((p) => ({ mesh: p.mesh, targets: p.targets ?? [] }))) : [];
  return prims.map((p) => {
    const g = generated[needTangents.indexOf(p)];
    if (g) return { ...g.mesh, targets: g.targets, sourceVertex: g.sourceVertex };
    const identity = new Uint32Array(p.mesh.positions.length / 3);
    for (let i = 0; i < identity.length; i++) identity[i] = i;
    return { ...p.mesh, targets: p.targets ?? [], sourceVertex: identity };
  });
}

async function buildMaterial(doc: Document, m: ExportMaterial, textures: Map<TextureMap, Texture>): Promise<Material> {
  const material = doc
    .createMaterial(m.name)
    .setBaseColorFactor(m.baseColorFactor ?? [1, 1, 1, 1])
    .setMetallicFactor(m.metallic)
    .setRoughnessFactor(m.roughness);
  const texture = async (map: TextureMap, colorSpace: TextureMap['colorSpace'], slot: string, bytes?: () => Promise<Uint8Array>) => {
    if (map.colorSpace !== colorSpace) throw new Error(`material "${m.name}": the ${slot} map must be ${colorSpace}, got ${map.colorSpace}`);
    let t = textures.get(map);
    if (!t) {
      t = doc.createTexture(map.kind).setMimeType(map.mime).setImage(bytes ? await bytes() : map.bytes);
      textures.set(map, t);
    }
    return t;
  };
  if (m.baseColor) {
    material.setBaseColorTexture(await texture(m.baseColor, 'srgb', 'base colour'));
    clampUv(material.getBaseColorTextureInfo());
  }
  if (m.normal) {
    material.setNormalTexture(await texture(m.normal, 'linear', 'normal'));
    clampUv(material.getNormalTextureInfo());
  }
  if (m.roughnessTexture) {
    if (m.metallic !== 0 && m.roughnessTexture.channels < 3) {
      throw new Error(`material "${m.name}": a grey roughness map would also scale metallic (${m.metallic}); pass roughness in G of an RGB map`);
    }
    material.setMetallicRoughnessTexture(await texture(m.roughnessTexture, 'linear', 'roughness'));
    clampUv(material.getMetallicRoughnessTextureInfo());
  }
  if (m.specular || m.specularFactor !== undefined) {
    const specular = doc
      .createExtension(KHRMaterialsSpecular)
      .createSpecular()
      .setSpecularFactor(m.specularFactor ?? 1)
      .setSpecularColorFactor([1, 1, 1]);
    if (m.specular) {
      const map = m.specular;
      specular.setSpecularTexture(await texture(map, 'linear', 'specular', () => strengthInAlpha(map)));
      clampUv(specular.getSpecularTextureInfo());
    }
    material.setExtension('KHR_materials_specular', specular);
  }
  return material;
}

/** The face atlas does not tile: clamping keeps the border texels from bleeding across. */
function clampUv(info: TextureInfo | null): void {
  info
    ?.setWrapS(TextureInfo.WrapMode.CLAMP_TO_EDGE)
    .setWrapT(TextureInfo.WrapMode.CLAMP_TO_EDGE)
    .setMinFilter(TextureInfo.MinFilter.LINEAR_MIPMAP_LINEAR)
    .setMagFilter(TextureInfo.MagFilter.LINEAR);
}

/** KHR_materials_specular reads strength from alpha; a grey map becomes grey+alpha (both the value), bit depth kept. */
async function strengthInAlpha(map: TextureMap): Promise<Uint8Array> {
  const input = sharp(map.bytes);
  const meta = await input.metadata();
  if (meta.hasAlpha) return map.bytes;
  const sixteen = map.bitDepth === 16;
  // sharp's raw output is 8-bit sRGB unless told the 16-bit grey colour space.
  const { data, info } = await input
    .toColourspace(sixteen ? 'grey16' : 'b-w')
    .extractChannel(0)
    .raw({ depth: sixteen ? 'ushort' : 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const grey = sixteen ? new Uint16Array(data.buffer, data.byteOffset, data.byteLength / 2) : new Uint8Array(data);
  const la = sixteen ? new Uint16Array(grey.length * 2) : new Uint8Array(grey.length * 2);
  for (let i = 0; i < grey.length; i++) {
    la[2 * i] = grey[i];
    la[2 * i + 1] = grey[i];
  }
  const png = await sharp(la, { raw: { width: info.width, height: info.height, channels: 2 } })
    .toColourspace(sixteen ? 'grey16' : 'b-w')
    .png()
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
