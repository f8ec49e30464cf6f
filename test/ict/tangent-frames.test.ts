/**
 * The ICT normal map means in an engine what it meant to the fit: a known object-space normal field
 * is encoded into tangent space in the frames the fit bakes the map in (cornerTangents on the face
 * the photos are fitted on, read as the renderer reads them), written as the 16-bit PNG texels
 * are, and decoded with the TANGENT attribute (xyz, handedness w) of the skin as the glb export
 * writes it, the way glTF viewers decode it (bitangent = cross(N, T) w per vertex, interpolated
 * and normalised) and the way MikkTSpace's reference and Unity decode it (bitangent from the
 * interpolated, unnormalised N and T per pixel). Every texel of the face is checked, mirrored
 * islands included, and the exported frame's orientation against glTF's definition: T along +u,
 * B along -v (+Y green is up in the image, whose v runs down).
 */
import { NodeIO } from '@gltf-transform/core';
import { KHRONOS_EXTENSIONS } from '@gltf-transform/extensions';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeGlb } from '../../server/export/glb.js';
import { FACE_TILE_SCALE, avatarLayout } from '../../server/geometry/ict/avatar-layout.js';
import { bakeSurface } from '../../server/geometry/ict/ict-model.js';
import { identityShape } from '../../server/geometry/ict/ict-shape.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { cornerTangents } from '../../server/reflectance/corner-tangents.js';
import { normalWords } from '../../server/reflectance/maps.js';
import { texelBands } from '../../server/reflectance/texel-bands.js';
import type { MeshBuffers, TexturedSurface } from '../../server/types.js';
import { importedIct } from './ict-source.js';

const SIZE = 512;

let cache: Awaited<ReturnType<typeof importedIct>>;
let model: IctModel;

beforeAll(async () => {
  cache = await importedIct('ict-tangents');
  model = cache.model;
}, 180_000);

afterAll(() => cache?.remove());

type V3 = [number, number, number];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: V3): V3 => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const vec = (a: ArrayLike<number>, i: number): V3 => [a[3 * i], a[3 * i + 1], a[3 * i + 2]];
const blend = (v: V3[], w: ArrayLike<number>): V3 => [0, 1, 2].map((c) => w[0] * v[0][c] + w[1] * v[1][c] + w[2] * v[2][c]) as V3;
const combine = (c: V3, t: V3, b: V3, n: V3): V3 => [0, 1, 2].map((k) => c[0] * t[k] + c[1] * b[k] + c[2] * n[k]) as V3;
const degrees = (a: V3, b: V3) => (Math.acos(Math.min(1, Math.max(-1, dot(unit(a), unit(b))))) * 180) / Math.PI;

/** Solves [t b n] c = x. */
function inFrame(x: V3, t: V3, b: V3, n: V3): V3 {
  const det = dot(t, cross(b, n));
  return [dot(x, cross(b, n)) / det, dot(t, cross(x, n)) / det, dot(t, cross(b, x)) / det];
}

/** The skin exactly as the glb export writes it: positions, normals, TANGENT and triangles read back from the file. */
async function exportedSkin(skin: MeshBuffers): Promise<MeshBuffers & { tangents: Float32Array }> {
  const { glb } = await writeGlb({ name: 'tangents', primitives: [{ name: 'skin', mesh: skin, material: 0 }], materials: [{ name: 'skin', metallic: 0, roughness: 0.6 }] });
  const doc = await new NodeIO().registerExtensions(KHRONOS_EXTENSIONS).readBinary(glb);
  const prim = doc.getRoot().listMeshes()[0].listPrimitives()[0];
  const get = (name: string) => prim.getAttribute(name)!.getArray() as Float32Array;
  return { positions: get('POSITION'), normals: get('NORMAL'), tangents: get('TANGENT'), uvs: get('TEXCOORD_0'), indices: Uint32Array.from(prim.getIndices()!.getArray()!) };
}

/** A person's shape, not the mean face: some of ICT's identity modes. */
function personShape(): Float32Array {
  return identityShape(model, Array.from({ length: model.identityCount }, (_, k) => (k < 12 ? [1.2, -0.8, 0.6, -1.5, 0.9, 0.4][k % 6] / (1 + k / 4) : 0)));
}

it('the fit bakes the face\'s normal map in the frames the exported skin is decoded in (glTF and MikkTSpace/Unity)', async () => {
  const { mesh, surface } = bakeSurface(model, personShape());
  expect(avatarLayout(model).bakeSkinTriangle.length).toBe(mesh.indices.length / 3);
  const r = await roundTrip(mesh, surface);
  // ICT's skin has no mirrored UV islands (every exported w is +1); the next test makes some.
  expect(r.mirroredTexels).toBe(0);
});

it('and so on mirrored UV islands: the face tile flipped left to right, every face texel decoded with w = -1', async () => {
  const { mesh, surface } = bakeSurface(model, personShape());
  const flip = (uvs: Float32Array, inFaceTile: (i: number) => boolean) => {
    const out = uvs.slice();
    for (let i = 0; i < out.length / 2; i++) if (inFaceTile(i)) out[2 * i] = FACE_TILE_SCALE - out[2 * i];
    return out;
  };
  const faceTile = (uvs: Float32Array) => (i: number) => !(uvs[2 * i] >= FACE_TILE_SCALE && uvs[2 * i + 1] >= FACE_TILE_SCALE);
  const flipped = { ...surface, mesh: { ...surface.mesh, uvs: flip(surface.mesh.uvs, faceTile(surface.mesh.uvs)) } };
  const r = await roundTrip({ ...mesh, uvs: flip(mesh.uvs, faceTile(mesh.uvs)) }, flipped);
  expect(r.mirroredTexels).toBe(r.texels);
});

/** Encodes the field in the fit's frames, decodes it in the export's, and checks the errors and orientation. */
async function roundTrip(mesh: MeshBuffers, surface: TexturedSurface): Promise<{ texels: number; mirroredTexels: number }> {
  const fitTangents = await cornerTangents(mesh, surface);
  const out = await exportedSkin(surface.mesh);

  // Pass 1: every face texel's object-space normal, encoded in the fit's frame.
  const encoded: number[] = [];
  const texels: { t: number; w: V3; truth: V3 }[] = [];
  for (const band of texelBands(mesh, SIZE)) {
    for (let p = 0; p < band.rows * SIZE; p++) {
      const t = band.triangle[p];
      if (t < 0) continue;
      const w: V3 = [band.bary[3 * p], band.bary[3 * p + 1], band.bary[3 * p + 2]];
      const corners = [0, 1, 2].map((k) => mesh.indices[3 * t + k]);
      const N = corners.map((v) => unit(vec(mesh.normals, v)));
      const T = [0, 1, 2].map((k) => unit([fitTangents[4 * (3 * t + k)], fitTangents[4 * (3 * t + k) + 1], fitTangents[4 * (3 * t + k) + 2]]));
      const B = [0, 1, 2].map((k) => cross(N[k], T[k]).map((x) => x * fitTangents[4 * (3 * t + k) + 3]) as V3);
      // The renderer's frame (server/render/view.ts): per corner T and B = (N × T) w, interpolated, normalised.
      const [tf, bf, nf] = [unit(blend(T, w)), unit(blend(B, w)), unit(blend(N, w))];
      const p3 = blend(corners.map((v) => vec(mesh.positions, v)), w);
      // The known field: the surface normal tilted by up to ~30° in a direction that varies over the face.
      const g: V3 = [Math.sin(97 * p3[0]), Math.sin(83 * p3[1] + 1), Math.cos(71 * p3[2])];
      const truth = unit([0, 1, 2].map((k) => nf[k] + 0.5 * (g[k] - dot(g, nf) * nf[k])) as V3);
      encoded.push(...unit(inFrame(truth, tf, bf, nf)));
      texels.push({ t, w, truth });
    }
  }
  // As the PNG stores them: 16 bits per channel, (n + 1) / 2.
  const words = normalWords({ width: texels.length, height: 1, channels: 3, data: Float32Array.from(encoded) });

  // Pass 2: decode with the exported skin's attributes.
  const gltfError: number[] = [], mikkError: number[] = [], mirroredError: number[] = [];
  let misoriented = 0, uvMismatch = 0;
  texels.forEach(({ t, w, truth }, i) => {
    const c = [0, 1, 2].map((k) => (2 * words[3 * i + k]) / 65535 - 1) as V3;
    const s = surface.meshTriangle[t];
    const corners = [0, 1, 2].map((k) => out.indices[3 * s + k]);
    corners.forEach((v, k) => {
      const b = mesh.indices[3 * t + k];
      if (Math.abs(out.uvs[2 * v] - mesh.uvs[2 * b]) > 1e-6 || Math.abs(out.uvs[2 * v + 1] - mesh.uvs[2 * b + 1]) > 1e-6) uvMismatch++;
    });
    const N = corners.map((v) => unit(vec(out.normals, v)));
    const T = corners.map((v) => unit([out.tangents[4 * v], out.tangents[4 * v + 1], out.tangents[4 * v + 2]]));
    const sign = corners.map((v) => out.tangents[4 * v + 3]);
    const B = [0, 1, 2].map((k) => cross(N[k], T[k]).map((x) => x * sign[k]) as V3);
    // glTF viewers (Khronos sample viewer): T, B, N interpolated and normalised.
    const gltf = combine(c, unit(blend(T, w)), unit(blend(B, w)), unit(blend(N, w)));
    // MikkTSpace's reference decoder (Unity's is the same up to where B is interpolated): B = w (vN × vT) per pixel, no normalisation.
    const vN = blend(N, w), vT = blend(T, w);
    const mikk = combine(c, vT, cross(vN, vT).map((x) => x * sign[0]) as V3, vN);
    gltfError.push(degrees(gltf, truth));
    mikkError.push(degrees(mikk, truth));
    if (sign[0] < 0) mirroredError.push(degrees(gltf, truth));
    // glTF's orientation: the tangent follows +u, the bitangent -v, on this triangle of the surface.
    const P = corners.map((v) => vec(out.positions, v));
    const du1 = out.uvs[2 * corners[1]] - out.uvs[2 * corners[0]], dv1 = out.uvs[2 * corners[1] + 1] - out.uvs[2 * corners[0] + 1];
    const du2 = out.uvs[2 * corners[2]] - out.uvs[2 * corners[0]], dv2 = out.uvs[2 * corners[2] + 1] - out.uvs[2 * corners[0] + 1];
    const det = du1 * dv2 - du2 * dv1;
    const e1 = [0, 1, 2].map((k) => P[1][k] - P[0][k]), e2 = [0, 1, 2].map((k) => P[2][k] - P[0][k]);
    const dPdu = [0, 1, 2].map((k) => (dv2 * e1[k] - dv1 * e2[k]) / det) as V3;
    const dPdv = [0, 1, 2].map((k) => (du1 * e2[k] - du2 * e1[k]) / det) as V3;
    const tw = unit(blend(T, w)), bw = unit(blend(B, w));
    if (dot(tw, dPdu) <= 0 || dot(bw, dPdv) >= 0) misoriented++;
  });
  const p99 = (a: number[]) => Float64Array.from(a).sort()[Math.floor(0.99 * (a.length - 1))];
  const max = (a: number[]) => a.reduce((m, x) => Math.max(m, x), 0);
  console.log(
    `tangent round trip over ${texels.length} face texels (${mirroredError.length} on mirrored islands): ` +
      `glTF p99 ${p99(gltfError).toFixed(3)}° max ${max(gltfError).toFixed(3)}°, MikkTSpace/Unity p99 ${p99(mikkError).toFixed(3)}° max ${max(mikkError).toFixed(3)}°` +
      (mirroredError.length ? `, mirrored p99 ${p99(mirroredError).toFixed(3)}°` : '') +
      `, frames against glTF's +u/-v: ${misoriented} misoriented; ` +
      `exported skin vertices with w = -1: ${out.tangents.filter((_, i) => i % 4 === 3 && out.tangents[i] < 0).length} of ${out.tangents.length / 4}`,
  );
  expect(uvMismatch).toBe(0);
  expect(texels.length).toBeGreaterThan(50_000);
  // The same frames up to the 16-bit texels (along the face's border the face alone gave other
  // MikkTSpace tangents and normals than the whole skin: up to 4.8°).
  expect(max(gltfError)).toBeLessThan(0.05);
  expect(p99(mikkError)).toBeLessThan(1);
  if (mirroredError.length) expect(max(mirroredError)).toBeLessThan(0.05);
  expect(misoriented).toBe(0);
  return { texels: texels.length, mirroredTexels: mirroredError.length };
}
