import { beforeAll, describe, expect, it } from 'vitest';
import { NodeIO, type Document, type Primitive } from '@gltf-transform/core';
import { KHRONOS_EXTENSIONS, type Specular } from '@gltf-transform/extensions';
import { getTextureColorSpace } from '@gltf-transform/functions';
import sharp from 'sharp';
import { writeGlb, type AvatarAsset, type WrittenPrimitive } from '../../server/export/glb.js';
import { validateGlb } from '../../server/export/validate.js';
import type { MeshBuffers, TextureMap } from '../../server/types.js';
import { albedoMap, canonicalMeshBuffers, linearMap } from './fixtures.js';

const io = new NodeIO().registerExtensions(KHRONOS_EXTENSIONS);

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const sameBits = (a: ArrayBufferView, b: ArrayBufferView) => bytes(a).equals(bytes(b));

function attribute(prim: Primitive, name: string): Float32Array {
  const array = prim.getAttribute(name)?.getArray();
  if (!(array instanceof Float32Array)) throw new Error(`${name} missing or not float`);
  return array;
}

/** The read-back primitive carries exactly the returned numbers. */
function expectWrittenAs(prim: Primitive, p: WrittenPrimitive): void {
  expect(sameBits(attribute(prim, 'POSITION'), p.positions)).toBe(true);
  expect(sameBits(attribute(prim, 'NORMAL'), p.normals)).toBe(true);
  expect(sameBits(attribute(prim, 'TANGENT'), p.tangents!)).toBe(true);
  expect(sameBits(attribute(prim, 'TEXCOORD_0'), p.uvs)).toBe(true);
  expect(Array.from(prim.getIndices()!.getArray()!)).toEqual(Array.from(p.indices));
  const targets = prim.listTargets();
  expect(targets.length).toBe(p.targets.length);
  targets.forEach((t, i) => {
    expect(sameBits(t.getAttribute('POSITION')!.getArray()!, p.targets[i].positionDeltas)).toBe(true);
    if (p.targets[i].normalDeltas) expect(sameBits(t.getAttribute('NORMAL')!.getArray()!, p.targets[i].normalDeltas!)).toBe(true);
  });
}

/** The glb's JSON chunk. */
function glbJson(glb: Uint8Array): any {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + view.getUint32(12, true))));
}

/**
 * No errors, no warnings. The one info allowed: tangents on a primitive whose material has no
 * normal map (fitme always writes them so the streamed mesh and the glb carry the same data).
 */
async function expectValid(glb: Uint8Array): Promise<void> {
  const report = await validateGlb(glb);
  expect(report.messages.filter((m) => m.code !== 'UNUSED_MESH_TANGENT')).toEqual([]);
  expect(report.errors).toBe(0);
  expect(report.warnings).toBe(0);
}

/** One channel of a grey(+alpha) PNG at its own bit depth (sharp's raw output is 8-bit unless told grey16). */
async function channel(png: Uint8Array, which: 0 | 'alpha', bitDepth: 8 | 16): Promise<Buffer> {
  const sixteen = bitDepth === 16;
  return sharp(png).toColourspace(sixteen ? 'grey16' : 'b-w').extractChannel(which).raw({ depth: sixteen ? 'ushort' : 'uchar' }).toBuffer();
}

/** The specular strength the glb carries is the given grey map, in a grey+alpha PNG of the same depth. */
async function expectStrengthInAlpha(png: Uint8Array, given: TextureMap): Promise<void> {
  const meta = await sharp(png).metadata();
  expect([meta.channels, meta.depth]).toEqual([2, given.bitDepth === 16 ? 'ushort' : 'uchar']);
  expect((await channel(png, 'alpha', given.bitDepth)).equals(await channel(given.bytes, 0, given.bitDepth))).toBe(true);
}

describe('writeGlb: one face primitive with every map', () => {
  let mesh: MeshBuffers;
  let maps: { albedo: TextureMap; normal: TextureMap; specular: TextureMap; roughness: TextureMap };
  let glb: Uint8Array;
  let written: WrittenPrimitive[];
  let doc: Document;

  beforeAll(async () => {
    mesh = canonicalMeshBuffers();
    maps = {
      albedo: await albedoMap(1024),
      normal: await linearMap('normal', 1024, 16),
      specular: await linearMap('specular', 512),
      roughness: await linearMap('roughness', 256),
    };
    const asset: AvatarAsset = {
      name: 'grace',
      primitives: [{ name: 'face', mesh, material: 0 }],
      materials: [
        {
          name: 'skin',
          baseColor: maps.albedo,
          normal: maps.normal,
          specular: maps.specular,
          roughnessTexture: maps.roughness,
          metallic: 0,
          roughness: 0.55,
          specularFactor: 0.8,
        },
      ],
      extras: { model: 'mediapipe-canonical', jobId: 'j1' },
    };
    ({ glb, primitives: written } = await writeGlb(asset));
    doc = await io.readBinary(glb);
  });

  it('passes the Khronos validator with no errors and no warnings', async () => {
    await expectValid(glb);
  });

  it('writes the returned mesh bit for bit, keeping the given vertices in their order', () => {
    const [prim] = doc.getRoot().listMeshes()[0].listPrimitives();
    expectWrittenAs(prim, written[0]);
    // The canonical UV layout has no seams, so no vertex needs a second tangent.
    const p = written[0];
    expect(p.positions.length).toBe(mesh.positions.length);
    expect(sameBits(p.positions, mesh.positions)).toBe(true);
    expect(sameBits(p.normals, mesh.normals)).toBe(true);
    expect(sameBits(p.uvs, mesh.uvs)).toBe(true);
    expect(Array.from(p.indices)).toEqual(Array.from(mesh.indices));
    expect(Array.from(p.sourceVertex)).toEqual(Array.from({ length: mesh.positions.length / 3 }, (_, i) => i));
  });

  it('has counter-clockwise front faces: triangle normals point out of the face, as the vertex normals do', () => {
    const [prim] = doc.getRoot().listMeshes()[0].listPrimitives();
    const pos = attribute(prim, 'POSITION');
    const nrm = attribute(prim, 'NORMAL');
    const idx = prim.getIndices()!.getArray()!;
    let sumZ = 0, agree = 0;
    for (let t = 0; t < idx.length; t += 3) {
      const [a, b, c] = [3 * idx[t], 3 * idx[t + 1], 3 * idx[t + 2]];
      const e1 = [pos[b] - pos[a], pos[b + 1] - pos[a + 1], pos[b + 2] - pos[a + 2]];
      const e2 = [pos[c] - pos[a], pos[c + 1] - pos[a + 1], pos[c + 2] - pos[a + 2]];
      const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
      sumZ += n[2];
      const vn = [0, 1, 2].map((k) => nrm[a + k] + nrm[b + k] + nrm[c + k]);
      if (n[0] * vn[0] + n[1] * vn[1] + n[2] * vn[2] > 0) agree++;
    }
    // The face looks down +Z (toward the viewer in glTF).
    expect(sumZ).toBeGreaterThan(0);
    expect(agree / (idx.length / 3)).toBeGreaterThan(0.99);
  });

  it('writes MikkTSpace tangents in glTF convention: unit, orthogonal to the normal, along +u, bitangent toward -v', () => {
    const p = written[0];
    const T = p.tangents!;
    for (let v = 0; v < T.length / 4; v++) {
      const t = [T[4 * v], T[4 * v + 1], T[4 * v + 2]];
      const n = [p.normals[3 * v], p.normals[3 * v + 1], p.normals[3 * v + 2]];
      expect(Math.hypot(t[0], t[1], t[2])).toBeCloseTo(1, 4);
      expect(Math.abs(T[4 * v + 3])).toBe(1);
      expect(Math.abs(t[0] * n[0] + t[1] * n[1] + t[2] * n[2])).toBeLessThan(1e-3);
    }
    // Per triangle, dP/du and dP/dv from positions and UVs; the tangent frame must follow them
    // (glTF: +Y of the normal map points to decreasing v, the top of the texture).
    let alongU = 0, alongMinusV = 0, triangles = 0;
    const P = p.positions, UV = p.uvs, I = p.indices;
    for (let t = 0; t < I.length; t += 3) {
      const [a, b, c] = [I[t], I[t + 1], I[t + 2]];
      const du1 = UV[2 * b] - UV[2 * a], dv1 = UV[2 * b + 1] - UV[2 * a + 1];
      const du2 = UV[2 * c] - UV[2 * a], dv2 = UV[2 * c + 1] - UV[2 * a + 1];
      const det = du1 * dv2 - du2 * dv1;
      if (Math.abs(det) < 1e-12) continue;
      const dPdu: number[] = [], dPdv: number[] = [];
      for (let k = 0; k < 3; k++) {
        const e1 = P[3 * b + k] - P[3 * a + k], e2 = P[3 * c + k] - P[3 * a + k];
        dPdu.push((e1 * dv2 - e2 * dv1) / det);
        dPdv.push((e2 * du1 - e1 * du2) / det);
      }
      const tx = T[4 * a], ty = T[4 * a + 1], tz = T[4 * a + 2], w = T[4 * a + 3];
      const nx = p.normals[3 * a], ny = p.normals[3 * a + 1], nz = p.normals[3 * a + 2];
      const bt = [(ny * tz - nz * ty) * w, (nz * tx - nx * tz) * w, (nx * ty - ny * tx) * w];
      if (tx * dPdu[0] + ty * dPdu[1] + tz * dPdu[2] > 0) alongU++;
      if (-(bt[0] * dPdv[0] + bt[1] * dPdv[1] + bt[2] * dPdv[2]) > 0) alongMinusV++;
      triangles++;
    }
    expect(alongU / triangles).toBeGreaterThan(0.98);
    expect(alongMinusV / triangles).toBeGreaterThan(0.98);
  });

  it('embeds the maps in their slots with the right colour spaces, bytes unchanged', () => {
    const material = doc.getRoot().listMaterials()[0];
    expect(material.getName()).toBe('skin');
    expect(material.getMetallicFactor()).toBe(0);
    expect(material.getRoughnessFactor()).toBeCloseTo(0.55, 6);
    const base = material.getBaseColorTexture()!;
    const normal = material.getNormalTexture()!;
    const mr = material.getMetallicRoughnessTexture()!;
    expect(sameBits(base.getImage()!, maps.albedo.bytes)).toBe(true);
    expect(sameBits(normal.getImage()!, maps.normal.bytes)).toBe(true);
    expect(sameBits(mr.getImage()!, maps.roughness.bytes)).toBe(true);
    expect(getTextureColorSpace(base)).toBe('srgb');
    expect(getTextureColorSpace(normal)).toBeNull();
    expect(getTextureColorSpace(mr)).toBeNull();
    expect(doc.getRoot().listTextures().map((t) => t.getMimeType())).toEqual(['image/png', 'image/png', 'image/png', 'image/png']);
  });

  it('writes KHR_materials_specular with the strength map in alpha, equal to the given grey map', async () => {
    const material = doc.getRoot().listMaterials()[0];
    const specular = material.getExtension<Specular>('KHR_materials_specular');
    expect(specular).not.toBeNull();
    expect(specular!.getSpecularFactor()).toBeCloseTo(0.8, 6);
    expect(specular!.getSpecularColorFactor()).toEqual([1, 1, 1]);
    expect(specular!.getSpecularColorTexture()).toBeNull();
    const tex = specular!.getSpecularTexture()!;
    expect(getTextureColorSpace(tex)).toBeNull();
    await expectStrengthInAlpha(tex.getImage()!, maps.specular);
  });

  it('names the scene node after the avatar and carries its extras', () => {
    const scene = doc.getRoot().getDefaultScene()!;
    const [node] = scene.listChildren();
    expect(node.getName()).toBe('grace');
    expect(node.getExtras()).toEqual({ model: 'mediapipe-canonical', jobId: 'j1' });
    expect(node.getMesh()!.getName()).toBe('grace');
    expect(node.getMesh()!.getExtras()).toEqual({});
  });
});

describe('writeGlb: morph targets, several primitives, seams', () => {
  it('round-trips morph targets and their names, and validates', async () => {
    const mesh = canonicalMeshBuffers();
    const n = mesh.positions.length / 3;
    // jawOpen: the lower face drops; browInnerUp: the upper face rises. Real, non-trivial deltas.
    const jaw = new Float32Array(3 * n), brow = new Float32Array(3 * n), jawN = new Float32Array(3 * n);
    for (let v = 0; v < n; v++) {
      const y = mesh.positions[3 * v + 1];
      if (y < -0.02) {
        jaw[3 * v + 1] = -0.3 * (-0.02 - y);
        jawN[3 * v + 2] = -0.01;
      }
      if (y > 0.03) brow[3 * v + 1] = 0.004;
    }
    const { glb, primitives } = await writeGlb({
      name: 'morph',
      primitives: [{ name: 'face', mesh, material: 0, targets: [{ positionDeltas: jaw, normalDeltas: jawN }, { positionDeltas: brow, normalDeltas: new Float32Array(3 * n) }] }],
      materials: [{ name: 'skin', baseColor: await albedoMap(256), metallic: 0, roughness: 0.6 }],
      targetNames: ['jawOpen', 'browInnerUp'],
    });
    await expectValid(glb);
    const doc = await io.readBinary(glb);
    const gltfMesh = doc.getRoot().listMeshes()[0];
    expect(gltfMesh.getExtras()).toEqual({ targetNames: ['jawOpen', 'browInnerUp'] });
    expect(gltfMesh.getWeights()).toEqual([0, 0]);
    expectWrittenAs(gltfMesh.listPrimitives()[0], primitives[0]);
    expect(sameBits(primitives[0].targets[0].positionDeltas, jaw)).toBe(true);
    // As written: brow's deltas sparse (the moving vertices only, over zeros), the still normals without data.
    const json = glbJson(glb);
    const [target0, target1] = json.meshes[0].primitives[0].targets;
    const browDef = json.accessors[target1.POSITION];
    const moving = Array.from({ length: n }, (_, v) => v).filter((v) => brow[3 * v + 1] !== 0);
    expect(browDef).toMatchObject({ count: primitives[0].positions.length / 3, min: [0, 0, 0], max: [0, Math.fround(0.004), 0], sparse: { count: moving.length, indices: { componentType: 5123 } } });
    expect(browDef.bufferView).toBeUndefined();
    expect(json.accessors[target1.NORMAL]).not.toHaveProperty('sparse');
    expect(json.accessors[target1.NORMAL]).not.toHaveProperty('bufferView');
    expect(json.accessors[target0.POSITION].min[1]).toBeLessThan(0);
    expect(json.extensionsUsed ?? []).toEqual([]);
  });

  it('writes sparse deltas with 32-bit indices past 65,535 vertices', async () => {
    const n = 70_002;
    const positions = new Float32Array(3 * n);
    for (let v = 0; v < n; v++) positions.set([(v % 300) * 0.001, Math.floor(v / 300) * 0.001, (v % 3) * 0.0005], 3 * v);
    const indices = Uint32Array.from({ length: n }, (_, i) => i);
    const deltas = new Float32Array(3 * n);
    for (const v of [5, 65_535, 70_001]) deltas[3 * v + 2] = 0.002;
    const { glb } = await writeGlb({
      name: 'big',
      primitives: [{ name: 'sheet', mesh: { positions, normals: new Float32Array(0), uvs: new Float32Array(0), indices }, material: 0, targets: [{ positionDeltas: deltas }] }],
      materials: [{ name: 'plain', metallic: 0, roughness: 0.6 }],
      targetNames: ['push'],
    });
    expect((await validateGlb(glb)).errors).toBe(0);
    const json = glbJson(glb);
    expect(json.accessors[json.meshes[0].primitives[0].targets[0].POSITION].sparse).toMatchObject({ count: 3, indices: { componentType: 5125 } });
    const read = (await io.readBinary(glb)).getRoot().listMeshes()[0].listPrimitives()[0].listTargets()[0].getAttribute('POSITION')!.getArray()!;
    expect(sameBits(read, deltas)).toBe(true);
  });

  it('writes two primitives with two materials, sharing a map given twice', async () => {
    const face = canonicalMeshBuffers();
    // A second, smaller copy of the face stands in for another part (an eye, teeth).
    const part: MeshBuffers = { ...face, positions: face.positions.map((x, i) => (i % 3 === 0 ? x * 0.2 + 0.1 : x * 0.2)) };
    const albedo = await albedoMap(256);
    const { glb, primitives } = await writeGlb({
      name: 'two',
      primitives: [
        { name: 'face', mesh: face, material: 0 },
        { name: 'part', mesh: part, material: 1 },
      ],
      materials: [
        { name: 'skin', baseColor: albedo, metallic: 0, roughness: 0.6, specularFactor: 0.7 },
        { name: 'sclera', baseColor: albedo, baseColorFactor: [0.9, 0.9, 0.85, 1], metallic: 0, roughness: 0.2 },
      ],
    });
    await expectValid(glb);
    const doc = await io.readBinary(glb);
    const prims = doc.getRoot().listMeshes()[0].listPrimitives();
    expect(prims.map((p) => p.getMaterial()!.getName())).toEqual(['skin', 'sclera']);
    prims.forEach((p, i) => expectWrittenAs(p, primitives[i]));
    expect(doc.getRoot().listTextures().length).toBe(1);
    const [skin, sclera] = doc.getRoot().listMaterials();
    expect(skin.getExtension<Specular>('KHR_materials_specular')!.getSpecularFactor()).toBeCloseTo(0.7, 6);
    expect(sclera.getExtension('KHR_materials_specular')).toBeNull();
    expect(sclera.getBaseColorFactor().map((x) => Math.round(x * 100) / 100)).toEqual([0.9, 0.9, 0.85, 1]);
  });

  it('splits vertices on a UV mirror seam, appending the copies after the given vertices', async () => {
    const mesh = canonicalMeshBuffers();
    // Fold the left half of the UV layout onto the right: the two halves have opposite
    // handedness, so midline vertices need one tangent per side.
    const uvs = mesh.uvs.map((x, i) => (i % 2 === 0 ? 0.5 + Math.abs(x - 0.5) : x));
    const { glb, primitives } = await writeGlb({
      name: 'mirrored',
      primitives: [{ name: 'face', mesh: { ...mesh, uvs }, material: 0 }],
      materials: [{ name: 'skin', normal: await linearMap('normal', 256), metallic: 0, roughness: 0.6 }],
    });
    await expectValid(glb);
    const p = primitives[0];
    const n = mesh.positions.length / 3;
    const total = p.positions.length / 3;
    expect(total).toBeGreaterThan(n);
    expect(sameBits(p.positions.subarray(0, 3 * n), mesh.positions)).toBe(true);
    const signs = new Set<number>();
    for (let v = n; v < total; v++) {
      const s = p.sourceVertex[v];
      expect(s).toBeLessThan(n);
      expect(Array.from(p.positions.subarray(3 * v, 3 * v + 3))).toEqual(Array.from(mesh.positions.subarray(3 * s, 3 * s + 3)));
      expect(Array.from(p.uvs.subarray(2 * v, 2 * v + 2))).toEqual(Array.from(uvs.subarray(2 * s, 2 * s + 2)));
      signs.add(p.tangents![4 * v + 3] * p.tangents![4 * s + 3]);
    }
    // A copy exists because its tangent frame differs from the original's: here, the handedness.
    expect(signs).toEqual(new Set([-1]));
    const doc = await io.readBinary(glb);
    expectWrittenAs(doc.getRoot().listMeshes()[0].listPrimitives()[0], p);
  });

  it('keeps a 16-bit specular map 16-bit when moving it to alpha', async () => {
    const specular = await linearMap('specular', 128, 16);
    const { glb } = await writeGlb({
      name: 's16',
      primitives: [{ name: 'face', mesh: canonicalMeshBuffers(), material: 0 }],
      materials: [{ name: 'skin', specular, metallic: 0, roughness: 0.5 }],
    });
    await expectValid(glb);
    const doc = await io.readBinary(glb);
    const png = doc.getRoot().listMaterials()[0].getExtension<Specular>('KHR_materials_specular')!.getSpecularTexture()!.getImage()!;
    await expectStrengthInAlpha(png, specular);
  });
});

describe('writeGlb: refuses inconsistent assets', () => {
  it('names the problem', async () => {
    const mesh = canonicalMeshBuffers();
    const albedo = await albedoMap(64);
    const base = { name: 'bad', materials: [{ name: 'skin', metallic: 0, roughness: 0.5 }] };
    await expect(writeGlb({ ...base, primitives: [{ name: 'face', mesh, material: 1 }] })).rejects.toThrow(/material 1 does not exist/);
    await expect(
      writeGlb({ ...base, primitives: [{ name: 'face', mesh, material: 0, targets: [{ positionDeltas: new Float32Array(mesh.positions.length) }] }] }),
    ).rejects.toThrow(/1 morph targets, 0 target names/);
    await expect(writeGlb({ ...base, primitives: [{ name: 'face', mesh: { ...mesh, indices: Uint32Array.of(0, 1, 468) }, material: 0 }] })).rejects.toThrow(/index 468 out of range/);
    await expect(
      writeGlb({ ...base, materials: [{ name: 'skin', normal: albedo, metallic: 0, roughness: 0.5 }], primitives: [{ name: 'face', mesh, material: 0 }] }),
    ).rejects.toThrow(/normal map must be linear, got srgb/);
  });
});
