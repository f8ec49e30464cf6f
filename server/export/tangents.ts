/**
 * MikkTSpace tangents for meshes about to be exported, so that normal maps baked against them
 * render the same in every engine (glTF, Unity and Unreal all expect MikkTSpace).
 *
 * MikkTSpace works per triangle corner; a vertex whose corners disagree (a UV seam or a mirrored
 * UV island) needs one copy per tangent. The copies are appended after the given vertices, so
 * vertex i stays vertex i: preview positions, landmarks and morph targets indexed on the fit's
 * mesh still apply to the exported one.
 */
import { Document } from '@gltf-transform/core';
import { tangents } from '@gltf-transform/functions';
import { generateTangents } from 'mikktspace';
import type { MeshBuffers } from '../types.js';

export interface MorphTargetBuffers {
  positionDeltas: Float32Array; // xyz per vertex
  normalDeltas?: Float32Array; // xyz per vertex
}

export interface TangentMesh {
  mesh: MeshBuffers & { tangents: Float32Array };
  targets: MorphTargetBuffers[];
  /** For each vertex of `mesh`, the given vertex it copies (identity for the first ones). */
  sourceVertex: Uint32Array;
}

/**
 * Adds MikkTSpace tangents (xyzw, w = bitangent sign as glTF defines it) to each mesh, splitting
 * vertices where corners need different tangents. All meshes go through one transform call.
 */
export async function addTangents(meshes: { mesh: MeshBuffers; targets: MorphTargetBuffers[] }[]): Promise<TangentMesh[]> {
  // gltf-transform's tangents() only handles unindexed primitives, and owns the sign convention
  // between MikkTSpace (UV origin bottom-left) and glTF (top-left); feed it one corner per vertex.
  const doc = new Document();
  const buffer = doc.createBuffer();
  const docMesh = doc.createMesh();
  for (const { mesh } of meshes) {
    const corner = (src: Float32Array, size: number): Float32Array => {
      const out = new Float32Array(mesh.indices.length * size);
      for (let k = 0; k < mesh.indices.length; k++) {
        const v = mesh.indices[k];
        for (let c = 0; c < size; c++) out[k * size + c] = src[v * size + c];
      }
      return out;
    };
    const attribute = (src: Float32Array, size: number, type: 'VEC2' | 'VEC3') =>
      doc.createAccessor().setBuffer(buffer).setType(type).setArray(corner(src, size));
    docMesh.addPrimitive(
      doc
        .createPrimitive()
        .setAttribute('POSITION', attribute(mesh.positions, 3, 'VEC3'))
        .setAttribute('NORMAL', attribute(mesh.normals, 3, 'VEC3'))
        .setAttribute('TEXCOORD_0', attribute(mesh.uvs, 2, 'VEC2')),
    );
  }
  await doc.transform(tangents({ generateTangents, overwrite: true }));
  return docMesh.listPrimitives().map((prim, i) => {
    const cornerTangents = prim.getAttribute('TANGENT')?.getArray();
    if (!(cornerTangents instanceof Float32Array)) throw new Error(`MikkTSpace produced no tangents for primitive ${i}`);
    repairDegenerateTangents(meshes[i].mesh, cornerTangents);
    return splitByTangent(meshes[i].mesh, meshes[i].targets, cornerTangents);
  });
}

/**
 * MikkTSpace leaves a zero tangent where a triangle has no UV area (collapsed LOD triangles, the
 * ICT teeth's degenerate UVs). glTF requires unit tangents, and such a corner samples a single
 * texel so its direction does not matter: any unit vector perpendicular to the normal will do.
 */
function repairDegenerateTangents(mesh: MeshBuffers, cornerTangents: Float32Array): void {
  for (let k = 0; k < mesh.indices.length; k++) {
    const o = 4 * k;
    const len = Math.hypot(cornerTangents[o], cornerTangents[o + 1], cornerTangents[o + 2]);
    if (len > 0.5 && Number.isFinite(len)) continue;
    const v = 3 * mesh.indices[k];
    const nx = mesh.normals[v], ny = mesh.normals[v + 1], nz = mesh.normals[v + 2];
    // Cross the normal with the axis it is least aligned with.
    const [ax, ay, az] = Math.abs(nx) < 0.9 ? [1, 0, 0] : [0, 1, 0];
    let tx = ny * az - nz * ay, ty = nz * ax - nx * az, tz = nx * ay - ny * ax;
    let tl = Math.hypot(tx, ty, tz);
    if (!(tl > 1e-8)) [tx, ty, tz, tl] = [1, 0, 0, 1]; // no usable normal either
    cornerTangents[o] = tx / tl;
    cornerTangents[o + 1] = ty / tl;
    cornerTangents[o + 2] = tz / tl;
    cornerTangents[o + 3] = 1;
  }
}

/** Re-indexes per-corner tangents onto the vertices, appending a copy wherever a corner disagrees. */
function splitByTangent(mesh: MeshBuffers, targets: MorphTargetBuffers[], cornerTangents: Float32Array): TangentMesh {
  const n = mesh.positions.length / 3;
  const bits = new Uint32Array(cornerTangents.buffer, cornerTangents.byteOffset, cornerTangents.length);
  const tangent = new Float32Array(n * 4);
  const tangentBits = new Uint32Array(tangent.buffer);
  const assigned = new Uint8Array(n);
  const indices = new Uint32Array(mesh.indices.length);
  const copies = new Map<string, number>(); // "vertex tangent-bits" -> appended vertex
  const sources: number[] = [];
  const extraTangents: number[] = [];
  for (let k = 0; k < mesh.indices.length; k++) {
    const v = mesh.indices[k];
    const o = 4 * k;
    if (!assigned[v]) {
      assigned[v] = 1;
      for (let c = 0; c < 4; c++) tangentBits[4 * v + c] = bits[o + c];
      indices[k] = v;
    } else if (
      tangentBits[4 * v] === bits[o] && tangentBits[4 * v + 1] === bits[o + 1] &&
      tangentBits[4 * v + 2] === bits[o + 2] && tangentBits[4 * v + 3] === bits[o + 3]
    ) {
      indices[k] = v;
    } else {
      const key = `${v} ${bits[o]} ${bits[o + 1]} ${bits[o + 2]} ${bits[o + 3]}`;
      let copy = copies.get(key);
      if (copy === undefined) {
        copy = n + sources.length;
        copies.set(key, copy);
        sources.push(v);
        for (let c = 0; c < 4; c++) extraTangents.push(cornerTangents[o + c]);
      }
      indices[k] = copy;
    }
  }
  // Vertices no triangle uses get any unit tangent perpendicular to their normal, so the
  // accessor stays valid (glTF requires unit xyz and w = +-1 for every element).
  for (let v = 0; v < n; v++) if (!assigned[v]) perpendicular(mesh.normals, v, tangent);

  const sourceVertex = new Uint32Array(n + sources.length);
  for (let v = 0; v < n; v++) sourceVertex[v] = v;
  sourceVertex.set(sources, n);
  const allTangents = new Float32Array(sourceVertex.length * 4);
  allTangents.set(tangent);
  allTangents.set(extraTangents, 4 * n);
  return {
    mesh: {
      positions: gather(mesh.positions, sourceVertex, 3),
      normals: gather(mesh.normals, sourceVertex, 3),
      tangents: allTangents,
      uvs: gather(mesh.uvs, sourceVertex, 2),
      indices,
    },
    targets: targets.map((t) => ({
      positionDeltas: gather(t.positionDeltas, sourceVertex, 3),
      ...(t.normalDeltas ? { normalDeltas: gather(t.normalDeltas, sourceVertex, 3) } : {}),
    })),
    sourceVertex,
  };
}

function gather(src: Float32Array, sourceVertex: Uint32Array, size: number): Float32Array {
  const n = src.length / size;
  if (sourceVertex.length === n) return src;
  const out = new Float32Array(sourceVertex.length * size);
  out.set(src);
  for (let v = n; v < sourceVertex.length; v++) {
    const s = sourceVertex[v];
    for (let c = 0; c < size; c++) out[v * size + c] = src[s * size + c];
  }
  return out;
}

function perpendicular(normals: Float32Array, v: number, out: Float32Array): void {
  const nx = normals[3 * v], ny = normals[3 * v + 1], nz = normals[3 * v + 2];
  // Cross with the axis least aligned with the normal.
  let tx: number, ty: number, tz: number;
  if (Math.abs(nx) < 0.9) [tx, ty, tz] = [0, -nz, ny];
  else [tx, ty, tz] = [nz, 0, -nx];
  const len = Math.hypot(tx, ty, tz) || 1;
  out[4 * v] = tx / len;
  out[4 * v + 1] = ty / len;
  out[4 * v + 2] = tz / len;
  out[4 * v + 3] = 1;
}
