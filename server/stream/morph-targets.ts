/**
 * Morph targets on the wire, dense or sparse (MorphTarget in proto/fitme.proto). Sparse keeps the
 * vertices whose position or normal delta is not exactly zero: ICT-FaceKit's expressions each move
 * a part of the head, about 30% of the vertex-target pairs. Dropping deltas below a threshold
 * instead would buy almost nothing (below 1 µm, 0.1% of the pairs more) and would make the
 * stream differ from the glb, so nothing is rounded.
 */
import type { fitme } from './gen/fitme.js';

export interface DenseTarget {
  positionDeltas: Float32Array;
  normalDeltas?: Float32Array;
}

export function sparseMorphTarget(t: DenseTarget): fitme.v1.IMorphTarget {
  const p = t.positionDeltas;
  const n = t.normalDeltas;
  // Bit patterns: -0 is not exactly +0, so even it survives the round trip.
  const pb = new Uint32Array(p.buffer, p.byteOffset, p.length);
  const nb = n && new Uint32Array(n.buffer, n.byteOffset, n.length);
  const moves = (v: number) => (pb[3 * v] | pb[3 * v + 1] | pb[3 * v + 2] | (nb ? nb[3 * v] | nb[3 * v + 1] | nb[3 * v + 2] : 0)) !== 0;
  let count = 0;
  const vertexCount = p.length / 3;
  for (let v = 0; v < vertexCount; v++) if (moves(v)) count++;
  const vertices = new Uint32Array(count);
  const positions = new Float32Array(3 * count);
  const normals = n && count ? new Float32Array(3 * count) : undefined;
  // Element by element: a subarray per vertex (two views each) cost more than the copying.
  for (let v = 0, k = 0; v < vertexCount; v++) {
    if (!moves(v)) continue;
    vertices[k] = v;
    for (let c = 0; c < 3; c++) positions[3 * k + c] = p[3 * v + c];
    if (normals) for (let c = 0; c < 3; c++) normals[3 * k + c] = n![3 * v + c];
    k++;
  }
  // protobufjs's encoder only indexes repeated fields, so typed arrays go out without a copy.
  return { vertices: vertices as unknown as number[], positionDeltas: positions as unknown as number[], normalDeltas: (normals ?? []) as unknown as number[] };
}

/**
 * A received target as dense arrays for a primitive of `vertexCount` vertices; what the engine
 * plugins' cores do too. Throws on a target whose sizes or vertex list do not fit the primitive.
 */
export function denseMorphTarget(t: fitme.v1.IMorphTarget, vertexCount: number, hasNormals: boolean): DenseTarget {
  const vertices = t.vertices ?? [];
  const p = t.positionDeltas ?? [];
  const n = t.normalDeltas ?? [];
  if (vertices.length === 0 && p.length === 3 * vertexCount && vertexCount > 0) {
    if (n.length !== 0 && n.length !== p.length) throw new Error(`a dense morph target has ${n.length / 3} normal deltas for ${vertexCount} vertices`);
    return { positionDeltas: Float32Array.from(p), ...(n.length ? { normalDeltas: Float32Array.from(n) } : {}) };
  }
  if (p.length !== 3 * vertices.length || (n.length !== 0 && n.length !== p.length)) {
    throw new Error(`a sparse morph target lists ${vertices.length} vertices with ${p.length / 3} position and ${n.length / 3} normal deltas`);
  }
  const positionDeltas = new Float32Array(3 * vertexCount);
  const normalDeltas = hasNormals ? new Float32Array(3 * vertexCount) : undefined;
  let previous = -1;
  for (let k = 0; k < vertices.length; k++) {
    const v = vertices[k];
    if (v <= previous || v >= vertexCount) throw new Error(`a sparse morph target lists vertex ${v} after ${previous}, of ${vertexCount}: not ascending or out of range`);
    previous = v;
    for (let c = 0; c < 3; c++) {
      positionDeltas[3 * v + c] = p[3 * k + c];
      if (normalDeltas && n.length) normalDeltas[3 * v + c] = n[3 * k + c];
    }
  }
  return { positionDeltas, ...(normalDeltas ? { normalDeltas } : {}) };
}
