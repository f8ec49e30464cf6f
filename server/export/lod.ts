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
  return levels.map((level) => primitives.map((p, i) => simplifyPrimitive(p, level, locks[i])));
}

/** Per primitive, 1 for each vertex at a position another primitive also has a vertex at. */
function sharedVertices(primitives: ExportPrimitive[]): Uint8Array[] {
  const key = (a: Float32Array, i: number) => `${a[3 * i]},${a[3 * i + 1]},${a[3 * i + 2]}`;
  const owners = new Map<string, number>(); // position -> primitive, or -1 when several
  primitives.forEach((p, k) => {
    for (let i = 0; i < p.mesh.positions.length / 3; i++) {
      const o = owners.get(key(p.mesh.positions, i));
      owners.set(key(p.mesh.positions, i), o === undefined || o === k ? k : -1);
    }
  });
  return primitives.map((p) => Uint8Array.from({ length: p.mesh.positions.length / 3 }, (_, i) => (owners.get(key(p.mesh.positions, i)) === -1 ? 1 : 0)));
}

function simplifyPrimitive(p: ExportPrimitive, level: LodLevel, lock: Uint8Array): ExportPrimitive {
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
  const weights = [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT, ...new Array<number>(3 * guides.length).fill(deltaWeight)];
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
