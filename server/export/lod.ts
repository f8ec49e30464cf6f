/**
 * Levels of detail for an avatar: each primitive simplified with meshoptimizer to a fraction of its
 * triangles. The simplifier only drops vertices (the survivors keep their exact attributes), so
 * every morph target carries over by picking the same vertices; to keep the expressions working,
 * the collapses are also costed on the normals and on the primitive's strongest morph targets,
 * so a vertex that moves differently from its neighbours under, say, jawOpen or eyeBlink stays.
 * Vertices that another primitive shares (where skin and mouth meet) are locked, so no gap opens.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { ExportPrimitive } from './glb.js';

/** meshoptimizer takes at most 32 attribute floats per vertex: normals plus this many targets. */
const GUIDING_TARGETS = 9;
const NORMAL_WEIGHT = 0.5;

export interface LodLevel {
  /** Fraction of the triangles to keep. */
  ratio: number;
  /** Largest geometric error allowed, metres (the same for every primitive, small or large). */
  maxErrorM: number;
}

export async function simplifyLevels(primitives: ExportPrimitive[], levels: LodLevel[]): Promise<ExportPrimitive[][]> {
  await MeshoptSimplifier.ready;
  const locks = sharedVertices(primitives);
  const guides = primitives.map(guidingAttributes);
  return levels.map((level) => primitives.map((p, i) => simplifyPrimitive(p, level, locks[i], guides[i])));
}

/** Per primitive, 1 for each vertex at a position another primitive also has a vertex at. */
function sharedVertices(primitives: ExportPrimitive[]): Uint8Array[] {
  // Every vertex of every primitive, sorted by position, so that coincident ones are neighbours.
  const at = (e: [number, number], a: number) => primitives[e[0]].mesh.positions[3 * e[1] + a];
  const all = primitives.flatMap((p, k) => Array.from({ length: p.mesh.positions.length / 3 }, (_, i): [number, number] => [k, i]));
  all.sort((e, f) => at(e, 0) - at(f, 0) || at(e, 1) - at(f, 1) || at(e, 2) - at(f, 2));
  const locks = primitives.map((p) => new Uint8Array(p.mesh.positions.length / 3));
  for (let start = 0, end = 0; start < all.length; start = end) {
    let several = false;
    for (end = start + 1; end < all.length && at(all[end], 0) === at(all[start], 0) && at(all[end], 1) === at(all[start], 1) && at(all[end], 2) === at(all[start], 2); end++) {
      several ||= all[end][0] !== all[start][0];
    }
    if (several) for (let j = start; j < end; j++) locks[all[j][0]][all[j][1]] = 1;
  }
  return locks;
}

interface GuidingAttributes {
  attributes: Float32Array;
  stride: number;
  weights: number[];
}

/** What the collapses are costed on besides position: normals, and the strongest targets' deltas. */
function guidingAttributes(p: ExportPrimitive): GuidingAttributes {
  const { mesh } = p;
  const n = mesh.positions.length / 3;
  const targets = p.targets ?? [];
  const guides = strongestTargets(targets, GUIDING_TARGETS);
  const stride = 3 + 3 * guides.length;
  const attributes = new Float32Array(n * stride);
  // Deltas are in metres like the positions, whose error counts in metres (ErrorAbsolute).
  const deltaWeight = 1;
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < 3; a++) attributes[i * stride + a] = mesh.normals[3 * i + a];
    for (let k = 0; k < guides.length; k++) {
      const d = targets[guides[k]].positionDeltas;
      for (let a = 0; a < 3; a++) attributes[i * stride + 3 + 3 * k + a] = d[3 * i + a];
    }
  }
  return { attributes, stride, weights: [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT, ...new Array<number>(3 * guides.length).fill(deltaWeight)] };
}

function simplifyPrimitive(p: ExportPrimitive, level: LodLevel, lock: Uint8Array, { attributes, stride, weights }: GuidingAttributes): ExportPrimitive {
  const { mesh } = p;
  const targets = p.targets ?? [];
  const targetCount = Math.max(3, Math.floor((mesh.indices.length * level.ratio) / 3) * 3);
  const [indices] = MeshoptSimplifier.simplifyWithAttributes(
    mesh.indices, mesh.positions, 3, attributes, stride, weights, lock, targetCount, level.maxErrorM, ['ErrorAbsolute'],
  );
  const [remap, count] = MeshoptSimplifier.compactMesh(indices);
  // compactMesh renumbered `indices` in place; remap[old] is the new index (or 0xffffffff).
  const kept = new Uint32Array(count);
  remap.forEach((to, from) => {
    if (to !== 0xffffffff) kept[to] = from;
  });
  const pick = (src: Float32Array, size: number): Float32Array => {
    const out = new Float32Array(count * size);
    for (let to = 0; to < count; to++) for (let c = 0; c < size; c++) out[to * size + c] = src[kept[to] * size + c];
    return out;
  };
  return {
    name: p.name,
    material: p.material,
    mesh: { positions: pick(mesh.positions, 3), normals: pick(mesh.normals, 3), uvs: pick(mesh.uvs, 2), indices },
    targets: targets.map((t) => ({ positionDeltas: pick(t.positionDeltas, 3), ...(t.normalDeltas ? { normalDeltas: pick(t.normalDeltas, 3) } : {}) })),
  };
}

/** Indices of the `count` targets that move this primitive most (summed squared deltas). */
function strongestTargets(targets: NonNullable<ExportPrimitive['targets']>, count: number): number[] {
  const energy = targets.map((t) => {
    let e = 0;
    for (const d of t.positionDeltas) e += d * d;
    return e;
  });
  return energy
    .map((e, i) => [e, i] as const)
    .filter(([e]) => e > 0)
    .sort((a, b) => b[0] - a[0])
    .slice(0, count)
    .map(([, i]) => i);
}
