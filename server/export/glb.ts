/**
 * The avatar as a binary glTF: one node named after the avatar holding one mesh, whose primitives
 * (face, eyes, teeth...) each reference a metallic-roughness material with the fitted maps.
 *
 * Levels of detail (when the asset has `lods`): the avatar node gets one child, `<name>_LOD0`,
 * holding the full mesh and MSFT_lod's list of the nodes `<name>_LOD1`, `<name>_LOD2`, ... (one
 * mesh each, outside the scene graph, as MSFT_lod wants), with MSFT_screencoverage hints in its
 * extras. Viewers that do not know MSFT_lod show LOD0 alone; the `_LODn` names follow the
 * convention Unity's importers use to build a LODGroup.
 *
 * Morph targets are written as sparse accessors where that is smaller (most expressions move a
 * part of the head only; sparse-deltas.ts), and as accessors without data (all zeros, as
 * glTF defines them) where a target does not move a primitive at all.
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
import { Document, Extension, Format, NodeIO, Primitive, TextureInfo, type Buffer as GltfBuffer, type JSONDocument, type Material, type Node, type Texture, type WriterContext } from '@gltf-transform/core';
import { KHRMaterialsSpecular } from '@gltf-transform/extensions';
import sharp from 'sharp';
import type { MeshBuffers, TextureMap } from '../types.js';
import { SparseDeltas } from './sparse-deltas.js';
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
  /**
   * Lower levels of detail, finest first (LOD1, LOD2, ...): each a full set of primitives like
   * `primitives` (LOD0), with the same materials and morph targets.
   */
  lods?: ExportPrimitive[][];
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

/**
 * Screen coverage (fraction of the screen's height) below which each level gives way to the next,
 * one per level, as MSFT_screencoverage lists them; the coarsest level never disappears.
 */
const LOD_SCREEN_COVERAGE = [0.3, 0.1];

/** MSFT_lod on nodes: gltf-transform has no implementation, so this writes the JSON itself. */
class MsftLod extends Extension {
  static override readonly EXTENSION_NAME = 'MSFT_lod';
  override readonly extensionName = 'MSFT_lod';
  private readonly levels = new Map<Node, Node[]>();

  setLevels(highest: Node, lower: Node[]): void {
    this.levels.set(highest, lower);
  }

  override read(): this {
    return this;
  }

  override write(context: WriterContext): this {
    const nodes = context.jsonDoc.json.nodes ?? [];
    for (const [highest, lower] of this.levels) {
      const def = nodes[context.nodeIndexMap.get(highest)!];
      def.extensions = { ...def.extensions, MSFT_lod: { ids: lower.map((n) => context.nodeIndexMap.get(n)!) } };
    }
    return this;
  }
}

const io = new NodeIO().registerExtensions([KHRMaterialsSpecular, MsftLod, SparseDeltas]);

export interface WrittenGlb {
  glb: Uint8Array;
  /** LOD0, as written. */
  primitives: WrittenPrimitive[];
  /** LOD1, LOD2, ... as written; empty without LODs. */
  lods: WrittenPrimitive[][];
}

/** Writes the glb and returns it with the mesh data exactly as written (tangents included), so the daemon can stream the same numbers. */
export async function writeGlb(asset: AvatarAsset): Promise<WrittenGlb> {
  checkAsset(asset);
  const levels = [asset.primitives, ...(asset.lods ?? [])];
  const written = await Promise.all(levels.map((level) => prepareMeshes(level)));

  const doc = new Document();
  const buffer = doc.createBuffer();
  const textures = new Map<TextureMap, Texture>();
  const materials = await Promise.all(asset.materials.map((m) => buildMaterial(doc, m, textures)));
  const sparse = doc.createExtension(SparseDeltas);
  const meshes = written.map((primitives, level) =>
    buildMesh(doc, buffer, sparse, asset.lods ? `${asset.name}_LOD${level}` : asset.name, primitives, levels[level], materials, asset.targetNames ?? []),
  );
  const node = doc.createNode(asset.name);
  if (asset.lods) {
    const nodes = meshes.map((mesh) => doc.createNode(mesh.getName()).setMesh(mesh));
    node.addChild(nodes[0]);
    nodes[0].setExtras({ MSFT_screencoverage: [...LOD_SCREEN_COVERAGE.slice(0, nodes.length - 1), 0] });
    doc.createExtension(MsftLod).setLevels(nodes[0], nodes.slice(1));
  } else {
    node.setMesh(meshes[0]);
  }
  if (asset.extras) node.setExtras(asset.extras);
  doc.getRoot().setDefaultScene(doc.createScene(asset.name).addChild(node));
  doc.getRoot().getAsset().generator = 'fitme-bridge';

  const glb = glbContainer(await io.writeJSON(doc, { format: Format.GLB }));
  return { glb, primitives: written[0], lods: written.slice(1) };
}

function buildMesh(
  doc: Document,
  buffer: GltfBuffer,
  sparse: SparseDeltas,
  name: string,
  primitives: WrittenPrimitive[],
  given: ExportPrimitive[],
  materials: Material[],
  targetNames: string[],
) {
  const mesh = doc.createMesh(name);
  primitives.forEach((p, i) => {
    const prim = doc
      .createPrimitive()
      .setMode(Primitive.Mode.TRIANGLES)
      .setMaterial(materials[given[i].material])
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
    const delta = (array: Float32Array, position: boolean) => {
      const accessor = attribute(array, 'VEC3');
      sparse.offer(accessor, array, position);
      return accessor;
    };
    p.targets.forEach((t, k) => {
      // gltf-transform writes mesh.extras.targetNames from the target names.
      const target = doc.createPrimitiveTarget(targetNames[k]).setAttribute('POSITION', delta(t.positionDeltas, true));
      if (t.normalDeltas) target.setAttribute('NORMAL', delta(t.normalDeltas, false));
      prim.addTarget(target);
    });
    mesh.addPrimitive(prim);
  });
  if (targetNames.length) mesh.setWeights(new Array<number>(targetNames.length).fill(0));
  return mesh;
}

/**
 * The GLB container (glTF 2.0, "Binary glTF Layout") around writeJSON's output, in one allocation:
 * writeBinary makes the same bytes but copies the ~20 MB binary chunk twice more on the way (0.1 s).
 */
function glbContainer({ json, resources }: JSONDocument): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = Math.ceil(text.length / 4) * 4;
  // In a GLB every buffer view, the images' included, lies in the one binary chunk.
  const bin = Object.values(resources)[0];
  const binLength = bin ? Math.ceil(bin.byteLength / 4) * 4 : 0;
  const total = 20 + jsonLength + (bin ? 8 + binLength : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true); // "glTF"
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, 0x4e4f534a, true); // "JSON"
  out.set(text, 20);
  out.fill(0x20, 20 + text.length, 20 + jsonLength); // JSON pads with spaces
  if (bin) {
    const at = 20 + jsonLength;
    view.setUint32(at, binLength, true);
    view.setUint32(at + 4, 0x004e4942, true); // "BIN"
    out.set(bin, at + 8);
  }
  return out;
}

function checkAsset(asset: AvatarAsset): void {
  if (!asset.primitives.length) throw new Error(`avatar "${asset.name}" has no primitives`);
  if (asset.lods?.some((level) => level.length !== asset.primitives.length)) throw new Error(`avatar "${asset.name}": every LOD needs as many primitives as LOD0`);
  const targetCount = asset.targetNames?.length ?? 0;
  for (const [level, p] of [asset.primitives, ...(asset.lods ?? [])].flatMap((ps, level) => ps.map((q) => [level, q] as const))) {
    const n = p.mesh.positions.length / 3;
    const where = `avatar "${asset.name}", LOD${level} primitive "${p.name}"`;
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
