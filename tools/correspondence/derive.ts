/**
 * Derives where MediaPipe's 468 face-mesh landmarks sit on ICT-FaceKit's face, and writes the table
 * to server/geometry/ict/mediapipe-correspondence.json:
 *
 *   1. a similarity transform takes MediaPipe's canonical face mesh onto the ICT neutral mesh,
 *      fitted to the anchors below (ICT's own 68 Multi-PIE landmark vertices);
 *   2. non-rigid ICP (Amberg et al., CVPR 2007, with an edge-vector stiffness term) bends the
 *      canonical mesh onto ICT's face surface, the anchors held to their ICT vertices, the stiffness
 *      relaxed step by step;
 *   3. each bent landmark is projected to the closest point of ICT's face (material M_Face): one
 *      triangle of model vertices and barycentric weights.
 *
 * Run: npx tsx tools/correspondence/derive.ts [ICT cache folder]   (after `fitme model add ict-facekit`).
 * Deterministic: the same ICT model and MediaPipe package give the same table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCanonicalMesh, type CanonicalMesh } from '../../server/geometry/canonical.js';
import { loadIctModel } from '../../server/geometry/ict/cache.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { meshGraph, type MeshGraph } from '../../server/geometry/mesh-graph.js';
import { apply3 } from '../../server/geometry/rotation.js';
import { alignSimilarity } from '../../server/geometry/similarity.js';
import { TriangleSurface } from './closest-point.js';

/**
 * [Multi-PIE 68-point index, MediaPipe face-mesh index]. The 68-point ↔ MediaPipe correspondence is
 * the one widely published for converting MediaPipe landmarks to dlib/iBUG 68 points (for example
 * github.com/PeizhiYan/Mediapipe_2_Dlib_Landmarks, its averaged pairs reduced here to one vertex;
 * where published tables differ, as on the lower lip, the entry nearer ICT's landmark after the
 * similarity was taken). The jaw line (0–7, 9–16) is left out: in 68-point
 * annotation those are silhouette points of the photo's view, so on a 3D mesh they name no fixed
 * vertex, and ICT's and MediaPipe's choices of one need not agree. The chin point (8) stays.
 */
export const ANCHORS: readonly (readonly [number, number])[] = [
  [8, 152], // chin
  [17, 70], [18, 63], [19, 105], [20, 66], [21, 107], // subject's right brow, outer to inner
  [22, 336], [23, 296], [24, 334], [25, 293], [26, 300], // left brow, inner to outer
  [27, 168], [28, 197], [29, 5], [30, 4], // nose bridge down to the tip
  [31, 75], [32, 97], [33, 2], [34, 326], [35, 305], // under the nose, right to left
  [36, 33], [37, 160], [38, 158], [39, 133], [40, 153], [41, 144], // right eye from the outer corner
  [42, 362], [43, 385], [44, 387], [45, 263], [46, 373], [47, 380], // left eye from the inner corner
  [48, 61], [49, 39], [50, 37], [51, 0], [52, 267], [53, 269], [54, 291], // upper lip, outer edge
  [55, 321], [56, 314], [57, 17], [58, 84], [59, 91], // lower lip, outer edge, left to right
  [60, 78], [61, 82], [62, 13], [63, 312], [64, 308], [65, 317], [66, 14], [67, 87], // inner lip edges
];

/** Stiffness of the edge-vector term at each stage; each stage re-finds closest points a few times. */
const STIFFNESS = [100, 30, 10, 3, 1];
const ITERATIONS_PER_STAGE = 3;
/** Weight of holding an anchor to its ICT landmark vertex, relative to a closest-point pull of 1. */
const ANCHOR_WEIGHT = 10;

export interface Summary {
  mean: number;
  median: number;
  p95: number;
  max: number;
}

export interface MediapipeCorrespondence {
  /** Per MediaPipe landmark, the ICT model vertices of the triangle it lies on (468 * 3). */
  vertices: Uint32Array;
  /** The landmark's barycentric weights in that triangle (468 * 3). */
  barycentrics: Float64Array;
  /**
   * Per landmark, mm: distance from the similarity-aligned canonical MediaPipe vertex to its ICT
   * point, i.e. how far the canonical face had to bend there to meet ICT's.
   */
  residualMm: Float64Array;
  quality: {
    /** Anchors: canonical vertex after the similarity vs ICT's landmark vertex. */
    anchorsAfterSimilarityMm: Summary;
    /** Anchors: final ICT point vs ICT's landmark vertex. */
    anchorsFinalMm: Summary;
    /** Left-right consistency: a landmark's point vs its mirror partner's, reflected in x = 0. */
    symmetryMm: Summary;
    residualMm: Summary;
  };
}

export function summarise(values: ArrayLike<number>): Summary {
  const s = Float64Array.from(values).sort();
  const at = (q: number): number => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { mean: round(s.reduce((a, b) => a + b, 0) / s.length), median: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]) };
}

/** The triangles of ICT's face material: the skin MediaPipe's mesh covers. */
function faceTriangles(ict: IctModel): Uint32Array {
  const face = ict.materials.find((m) => m.name === 'M_Face');
  if (!face) throw new Error('ICT model without an M_Face material');
  return ict.topology.triangles.slice(3 * face.firstTriangle, 3 * (face.firstTriangle + face.triangleCount));
}

/** Step 1: the canonical mesh (xyz per vertex) after the similarity that best fits the anchors. */
export function alignCanonical(ict: IctModel, canonical: CanonicalMesh): Float64Array {
  const src = new Float64Array(ANCHORS.length * 3);
  const dst = new Float64Array(ANCHORS.length * 3);
  ANCHORS.forEach(([lm, mp], k) => {
    const v = ict.vertexSets.landmarks68[lm];
    for (let a = 0; a < 3; a++) {
      src[3 * k + a] = canonical.positions[3 * mp + a];
      dst[3 * k + a] = ict.neutral[3 * v + a];
    }
  });
  const ids = Uint32Array.from(ANCHORS, (_, k) => k);
  const sim = alignSimilarity(src, dst, ids, new Float64Array(ANCHORS.length).fill(1));
  const n = canonical.positions.length / 3;
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const r = apply3(sim.rotation, canonical.positions[3 * i], canonical.positions[3 * i + 1], canonical.positions[3 * i + 2]);
    for (let a = 0; a < 3; a++) out[3 * i + a] = sim.scale * r[a] + sim.translation[a];
  }
  return out;
}

export function deriveMediapipeCorrespondence(ict: IctModel, canonical: CanonicalMesh): MediapipeCorrespondence {
  const n = canonical.positions.length / 3;
  const anchorOf = new Int32Array(n).fill(-1); // ICT vertex each anchored MediaPipe vertex is held to
  for (const [lm, mp] of ANCHORS) anchorOf[mp] = ict.vertexSets.landmarks68[lm];

  const rigid = alignCanonical(ict, canonical); // 1.

  // 2. Non-rigid ICP. Energy per coordinate: ANCHOR_WEIGHT * sum_anchors (x_i - l_i)^2
  //    + sum_i (x_i - c_i)^2 + stiffness * sum_edges ((x_i - x_j) - (r_i - r_j))^2, with c_i the
  //    closest face point and r the rigidly aligned mesh: the three coordinates separate.
  const surface = new TriangleSurface(ict.neutral, faceTriangles(ict));
  const graph = meshGraph(canonical.indices, n);
  const x = Float64Array.from(rigid);
  const lRigid = new Float64Array(n * 3); // L r, the Laplacian of the rigid mesh
  for (let i = 0; i < n; i++) {
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.neighbours[e];
      for (let a = 0; a < 3; a++) lRigid[3 * i + a] += rigid[3 * i + a] - rigid[3 * j + a];
    }
  }
  const weight = new Float64Array(n);
  const rhs = new Float64Array(n);
  const coordinate = new Float64Array(n);
  for (const stiffness of STIFFNESS) {
    for (let it = 0; it < ITERATIONS_PER_STAGE; it++) {
      const closest = Array.from({ length: n }, (_, i) => surface.closest(x[3 * i], x[3 * i + 1], x[3 * i + 2]).point);
      for (let a = 0; a < 3; a++) {
        for (let i = 0; i < n; i++) {
          const v = anchorOf[i];
          weight[i] = 1 + (v >= 0 ? ANCHOR_WEIGHT : 0);
          rhs[i] = closest[i][a] + stiffness * lRigid[3 * i + a] + (v >= 0 ? ANCHOR_WEIGHT * ict.neutral[3 * v + a] : 0);
          coordinate[i] = x[3 * i + a];
        }
        solveStiff(graph, stiffness, weight, rhs, coordinate);
        for (let i = 0; i < n; i++) x[3 * i + a] = coordinate[i];
      }
    }
  }

  // 3. Onto the surface.
  const vertices = new Uint32Array(n * 3);
  const barycentrics = new Float64Array(n * 3);
  const points = new Float64Array(n * 3);
  const residualMm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = surface.closest(x[3 * i], x[3 * i + 1], x[3 * i + 2]);
    for (let k = 0; k < 3; k++) {
      vertices[3 * i + k] = surface.triangles[3 * s.triangle + k];
      barycentrics[3 * i + k] = s.barycentrics[k];
      points[3 * i + k] = s.point[k];
    }
    residualMm[i] = 1000 * Math.hypot(points[3 * i] - rigid[3 * i], points[3 * i + 1] - rigid[3 * i + 1], points[3 * i + 2] - rigid[3 * i + 2]);
  }

  const dist = (p: ArrayLike<number>, i: number, q: ArrayLike<number>, j: number): number =>
    1000 * Math.hypot(p[3 * i] - q[3 * j], p[3 * i + 1] - q[3 * j + 1], p[3 * i + 2] - q[3 * j + 2]);
  const symmetry = Float64Array.from({ length: n }, (_, i) => {
    const j = canonical.mirror[i];
    return 1000 * Math.hypot(points[3 * i] + points[3 * j], points[3 * i + 1] - points[3 * j + 1], points[3 * i + 2] - points[3 * j + 2]);
  });
  return {
    vertices,
    barycentrics,
    residualMm,
    quality: {
      anchorsAfterSimilarityMm: summarise(ANCHORS.map(([lm, mp]) => dist(rigid, mp, ict.neutral, ict.vertexSets.landmarks68[lm]))),
      anchorsFinalMm: summarise(ANCHORS.map(([lm, mp]) => dist(points, mp, ict.neutral, ict.vertexSets.landmarks68[lm]))),
      symmetryMm: summarise(symmetry),
      residualMm: summarise(residualMm),
    },
  };
}

/**
 * Solves (diag(weight) + stiffness * L) x = rhs, L the mesh graph's Laplacian, by conjugate
 * gradients preconditioned with the diagonal, starting from x. The matrix is sparse (about six
 * neighbours a vertex) and well conditioned (weight >= 1), so this takes a few hundred cheap steps.
 */
function solveStiff(graph: MeshGraph, stiffness: number, weight: Float64Array, rhs: Float64Array, x: Float64Array): void {
  const n = x.length;
  const apply = (v: Float64Array, out: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      let s = weight[i] * v[i];
      for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) s += stiffness * (v[i] - v[graph.neighbours[e]]);
      out[i] = s;
    }
  };
  const diag = Float64Array.from({ length: n }, (_, i) => weight[i] + stiffness * (graph.offsets[i + 1] - graph.offsets[i]));
  const r = new Float64Array(n);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  apply(x, q);
  let rz = 0;
  let rhsNorm = 0;
  for (let i = 0; i < n; i++) {
    r[i] = rhs[i] - q[i];
    z[i] = r[i] / diag[i];
    p[i] = z[i];
    rz += r[i] * z[i];
    rhsNorm += rhs[i] * rhs[i];
  }
  for (let it = 0; it < 10 * n; it++) {
    let rr = 0;
    for (let i = 0; i < n; i++) rr += r[i] * r[i];
    if (rr <= 1e-28 * rhsNorm) return;
    apply(p, q);
    let pq = 0;
    for (let i = 0; i < n; i++) pq += p[i] * q[i];
    const alpha = rz / pq;
    let rzNext = 0;
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * q[i];
      z[i] = r[i] / diag[i];
      rzNext += r[i] * z[i];
    }
    const beta = rzNext / rz;
    rz = rzNext;
    for (let i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
  }
  throw new Error('derive: conjugate gradients did not converge');
}

/** The committed table's text: one landmark per line, so a re-derivation diffs readably. */
export function correspondenceJson(c: MediapipeCorrespondence): string {
  const rows: string[] = [];
  for (let i = 0; i < c.residualMm.length; i++) {
    const v = Array.from(c.vertices.subarray(3 * i, 3 * i + 3));
    const b = Array.from(c.barycentrics.subarray(3 * i, 3 * i + 3), (w) => Number(w.toFixed(6)));
    rows.push(`    [${[...v, ...b, Number(c.residualMm[i].toFixed(3))].join(', ')}]`);
  }
  const header = {
    description:
      'MediaPipe face-mesh landmark i (row i) lies on the ICT-FaceKit triangle of model vertices a, b, c with barycentric weights wa, wb, wc; residualMm: how far the similarity-aligned canonical MediaPipe vertex is from that point.',
    generatedBy: 'tools/correspondence/derive.ts',
    columns: ['a', 'b', 'c', 'wa', 'wb', 'wc', 'residualMm'],
    quality: c.quality,
  };
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "landmarks": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

export const CORRESPONDENCE_FILE = fileURLToPath(new URL('../../server/geometry/ict/mediapipe-correspondence.json', import.meta.url));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ict = await loadIctModel(process.argv[2]);
  const c = deriveMediapipeCorrespondence(ict, loadCanonicalMesh());
  fs.writeFileSync(CORRESPONDENCE_FILE, correspondenceJson(c));
  console.log(JSON.stringify(c.quality, null, 2));
  console.log(`wrote ${CORRESPONDENCE_FILE}`);
}
