/**
 * The pieces of the ICT avatar on the real imported model: the ARKit naming of ICT's shapes, the
 * primitives and skin atlas, the bake's mirror map, and the levels of detail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplifyLevels } from '../../server/export/lod.js';
import type { ExportPrimitive } from '../../server/export/glb.js';
import { ARKIT_BLENDSHAPES, morphTargetSources } from '../../server/geometry/ict/arkit.js';
import { AVATAR_PRIMITIVES, FACE_TILE_SCALE, avatarLayout, type AvatarLayout } from '../../server/geometry/ict/avatar-layout.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { ICT_EXPRESSIONS, ICT_EXTRA_SHAPES } from '../../server/geometry/ict/source-folder.js';
import { vertexNormals } from '../../server/geometry/vertex-normals.js';
import { importedIct } from './ict-source.js';
import { seamReport } from './seam-metric.js';

let cache: Awaited<ReturnType<typeof importedIct>>;
let model: IctModel;
let layout: AvatarLayout;

beforeAll(async () => {
  cache = await importedIct('ict-layout');
  model = cache.model;
  layout = avatarLayout(model);
}, 180_000);

afterAll(() => cache?.remove());

const primitive = (name: string) => layout.primitives[AVATAR_PRIMITIVES.indexOf(name as (typeof AVATAR_PRIMITIVES)[number])];

describe('ICT shapes as ARKit morph targets', () => {
  const targets = morphTargetSources([...ICT_EXPRESSIONS, ...ICT_EXTRA_SHAPES]);

  it('names 51 of ARKit\'s 52 shapes, in ARKit\'s order, then ICT\'s four extras', () => {
    const names = targets.map((t) => t.name);
    expect(names.slice(0, 51)).toEqual(ARKIT_BLENDSHAPES.filter((n) => n !== 'tongueOut'));
    expect(names.slice(51)).toEqual(['pupilDilateLeft', 'pupilDilateRight', 'cheekRaiserLeft', 'cheekRaiserRight']);
  });

  it('maps _L/_R to Left/Right and sums the halves ARKit keeps whole', () => {
    const sources = Object.fromEntries(targets.map((t) => [t.name, t.sources]));
    expect(sources.eyeBlinkLeft).toEqual(['eyeBlink_L']);
    expect(sources.mouthSmileRight).toEqual(['mouthSmile_R']);
    expect(sources.jawOpen).toEqual(['jawOpen']);
    expect(sources.browInnerUp).toEqual(['browInnerUp_L', 'browInnerUp_R']);
    expect(sources.cheekPuff).toEqual(['cheekPuff_L', 'cheekPuff_R']);
    // Every ICT shape feeds exactly one target.
    expect(targets.flatMap((t) => t.sources).sort()).toEqual([...ICT_EXPRESSIONS, ...ICT_EXTRA_SHAPES].sort());
  });

  it('agrees with ARKit on sides: ICT\'s _L shapes move the subject\'s left, +x', () => {
    const meanX = (name: string) => {
      const e = model.expressions.find((x) => x.name === name)!;
      let sx = 0, sw = 0;
      e.vertices.forEach((v, k) => {
        const w = Math.hypot(e.deltas[3 * k], e.deltas[3 * k + 1], e.deltas[3 * k + 2]);
        sx += w * model.neutral[3 * v];
        sw += w;
      });
      return sx / sw;
    };
    for (const name of ['eyeBlink_L', 'mouthSmile_L', 'browOuterUp_L']) expect(meanX(name)).toBeGreaterThan(0.01);
    for (const name of ['eyeBlink_R', 'mouthSmile_R', 'browOuterUp_R']) expect(meanX(name)).toBeLessThan(-0.01);
  });
});

describe('avatar layout', () => {
  it('splits the head into its primitives, each a valid triangle mesh', () => {
    expect(layout.primitives.map((p) => p.name)).toEqual([...AVATAR_PRIMITIVES]);
    for (const p of layout.primitives) {
      const n = p.modelVertex.length;
      expect(p.indices.length, p.name).toBeGreaterThan(0);
      expect(p.uvs.length).toBe(2 * n);
      expect(Math.max(...p.indices)).toBe(n - 1); // every vertex used
    }
    // The teeth and gums are ICT's; the eyelashes only the upper lids'.
    expect(primitive('teeth').modelVertex.every((v) => v >= 17039 && v <= 21450)).toBe(true);
    expect(primitive('gums').modelVertex.every((v) => v >= 14062 && v <= 17038)).toBe(true);
    const lashes = primitive('eyelashes').modelVertex;
    expect(lashes.length).toBeGreaterThan(300);
    expect(lashes.length).toBeLessThan(1368);
  });

  it('puts the iris and pupil on the front of each eyeball, facing forward, the pupil inside the iris', () => {
    for (const name of ['iris', 'pupil']) {
      const p = primitive(name);
      let forward = 0;
      for (let t = 0; t < p.indices.length; t += 3) {
        const [a, b, c] = [0, 1, 2].map((k) => 3 * p.modelVertex[p.indices[t + k]]);
        const e1 = [0, 1, 2].map((k) => model.neutral[b + k] - model.neutral[a + k]);
        const e2 = [0, 1, 2].map((k) => model.neutral[c + k] - model.neutral[a + k]);
        if (e1[0] * e2[1] - e1[1] * e2[0] > 0) forward++; // normal's z
      }
      expect(forward / (p.indices.length / 3), name).toBeGreaterThan(0.95);
    }
    const radius = (name: string) => {
      const p = primitive(name);
      // Median distance from each eye's pupil centre in the image plane, mm, over the front of the
      // eye (the pupil also has a patch at the back of the ball, seen through it): the larger eye's.
      return Math.max(
        ...[1, -1].map((side) => {
          const eye = Array.from(p.modelVertex).filter((v) => Math.sign(model.neutral[3 * v]) === side);
          const front = Math.max(...eye.map((v) => model.neutral[3 * v + 2]));
          const vs = eye.filter((v) => model.neutral[3 * v + 2] > front - 0.004);
          const cx = vs.reduce((s, v) => s + model.neutral[3 * v], 0) / vs.length;
          const cy = vs.reduce((s, v) => s + model.neutral[3 * v + 1], 0) / vs.length;
          const r = vs.map((v) => Math.hypot(model.neutral[3 * v] - cx, model.neutral[3 * v + 1] - cy)).sort((a, b) => a - b);
          return 1000 * r[r.length >> 1];
        }),
      );
    };
    console.info(`median radius: pupil ${radius('pupil').toFixed(1)} mm, iris ${radius('iris').toFixed(1)} mm`);
    expect(radius('pupil')).toBeLessThan(2.5);
    expect(radius('iris')).toBeGreaterThan(radius('pupil') + 1.5);
    expect(radius('iris')).toBeLessThan(6);
  });

  it('shows the pupil through the pupil from the front and from 30° either side, not the sclera or the socket behind it', () => {
    // Rays aimed at the centre of each pupil's opening (the front pupil vertices' centroid), from the
    // camera side; the nearest triangle of any primitive must be the pupil's. (A 6 mm patch at the
    // ball's back showed the sclera or the socket's skin through the pupil from a turned view.)
    const pupil = primitive('pupil');
    for (const side of [1, -1]) {
      const eye = Array.from(pupil.modelVertex).filter((v) => Math.sign(model.neutral[3 * v]) === side);
      const front = Math.max(...eye.map((v) => model.neutral[3 * v + 2]));
      const rim = eye.filter((v) => model.neutral[3 * v + 2] > front - 0.001);
      const centre = [0, 1, 2].map((a) => rim.reduce((s, v) => s + model.neutral[3 * v + a], 0) / rim.length);
      for (const yawDeg of [-30, 0, 30]) {
        const yaw = (yawDeg * Math.PI) / 180;
        const direction = [-Math.sin(yaw), 0, -Math.cos(yaw)];
        const origin = centre.map((c, a) => c - 0.5 * direction[a]);
        let nearest = Infinity, hit = '';
        for (const p of layout.primitives) {
          for (let t = 0; t < p.indices.length; t += 3) {
            const d = rayTriangle(origin, direction, [0, 1, 2].map((k) => Array.from(model.neutral.subarray(3 * p.modelVertex[p.indices[t + k]], 3 * p.modelVertex[p.indices[t + k]] + 3))));
            if (d < nearest) [nearest, hit] = [d, p.name];
          }
        }
        expect(hit, `eye ${side > 0 ? 'left' : 'right'}, seen from ${yawDeg}°`).toBe('pupil');
      }
    }
  });

  it('lays the skin out in one atlas: the face tile and the head tile side by side, not overlapping', () => {
    const skin = primitive('skin');
    let face = 0, head = 0;
    for (let i = 0; i < skin.modelVertex.length; i++) {
      const u = skin.uvs[2 * i], v = skin.uvs[2 * i + 1];
      expect(u >= 0 && u <= 1 && v >= 0 && v <= 1).toBe(true);
      if (u <= FACE_TILE_SCALE && v <= FACE_TILE_SCALE) face++;
      else if (u >= FACE_TILE_SCALE && v >= FACE_TILE_SCALE) head++;
      else throw new Error(`skin vertex ${i} at uv (${u}, ${v}) is in neither tile`);
    }
    expect(face).toBeGreaterThan(9000);
    expect(head).toBeGreaterThan(2500);
  });

  it('bakes onto the face only, with a mirror map that pairs each vertex with its reflection', () => {
    const { bake, bakeMirror } = layout;
    expect(bake.modelVertex.every((v) => v <= 6705)).toBe(true);
    const p = model.neutral;
    const gapsMm = Array.from(bake.modelVertex, (v, i) => {
      const w = bake.modelVertex[bakeMirror[i]];
      return 1000 * Math.hypot(p[3 * v] + p[3 * w], p[3 * v + 1] - p[3 * w + 1], p[3 * v + 2] - p[3 * w + 2]);
    }).sort((a, b) => a - b);
    // ICT's neutral is symmetric to a fraction of a millimetre.
    expect(gapsMm[gapsMm.length - 1]).toBeLessThan(0.5);
    // The partner's UV mirrors the vertex's within the face tile (u -> 0.85 - u).
    let uvOff = 0;
    for (let i = 0; i < bakeMirror.length; i++) {
      const j = bakeMirror[i];
      if (Math.abs(bake.uvs[2 * j] - (FACE_TILE_SCALE - bake.uvs[2 * i])) > 0.01 || Math.abs(bake.uvs[2 * j + 1] - bake.uvs[2 * i + 1]) > 0.01) uvOff++;
    }
    expect(uvOff / bakeMirror.length).toBeLessThan(0.01);
  });
});

describe('levels of detail', () => {
  it('simplifies every primitive, keeping the morph targets of the vertices it keeps and the seam between skin and mouth', async () => {
    const jawOpen = model.expressions.find((e) => e.name === 'jawOpen')!;
    const dense = new Float32Array(model.vertexCount * 3);
    jawOpen.vertices.forEach((v, k) => dense.set(jawOpen.deltas.subarray(3 * k, 3 * k + 3), 3 * v));
    const primitives: ExportPrimitive[] = layout.primitives.map((p, i) => {
      const positions = Float32Array.from(Array.from(p.modelVertex).flatMap((v) => [...model.neutral.subarray(3 * v, 3 * v + 3)]));
      const positionDeltas = Float32Array.from(Array.from(p.modelVertex).flatMap((v) => [...dense.subarray(3 * v, 3 * v + 3)]));
      return { name: p.name, material: i, mesh: { positions, normals: vertexNormals(positions, p.indices), uvs: p.uvs, indices: p.indices }, targets: [{ positionDeltas }] };
    });
    const [lod1, lod2] = await simplifyLevels(primitives, [
      { ratio: 0.25, maxErrorM: 0.001 },
      { ratio: 0.08, maxErrorM: 0.003 },
    ]);
    const tris = (ps: ExportPrimitive[]) => ps.reduce((n, p) => n + p.mesh.indices.length / 3, 0);
    expect(tris(lod1)).toBeLessThan(0.45 * tris(primitives));
    expect(tris(lod2)).toBeLessThan(0.6 * tris(lod1));

    // Each kept vertex carries its own delta: look it up by position in LOD0.
    const key = (a: Float32Array, i: number) => `${a[3 * i]},${a[3 * i + 1]},${a[3 * i + 2]}`;
    let mismatched = 0;
    for (const [k, p] of lod2.entries()) {
      const original = new Map<string, number>();
      for (let i = 0; i < primitives[k].mesh.positions.length / 3; i++) original.set(key(primitives[k].mesh.positions, i), i);
      const d = p.targets![0].positionDeltas, d0 = primitives[k].targets![0].positionDeltas;
      for (let i = 0; i < p.mesh.positions.length / 3; i++) {
        const j = original.get(key(p.mesh.positions, i));
        if (j === undefined || d[3 * i] !== d0[3 * j] || d[3 * i + 1] !== d0[3 * j + 1] || d[3 * i + 2] !== d0[3 * j + 2]) mismatched++;
      }
    }
    expect(mismatched).toBe(0);
    // Where skin and mouth meet, both keep every shared vertex: no gap opens at the lips.
    const positions = (p: ExportPrimitive) => new Set(Array.from({ length: p.mesh.positions.length / 3 }, (_, i) => key(p.mesh.positions, i)));
    const mouthPositions = positions(primitives[1]);
    const shared = [...positions(primitives[0])].filter((x) => mouthPositions.has(x));
    expect(shared.length).toBeGreaterThan(50);
    for (const level of [lod1, lod2]) {
      const skin = positions(level[0]);
      const mouth = positions(level[1]);
      expect(shared.every((x) => skin.has(x) && mouth.has(x))).toBe(true);
    }
  });
});

describe('skin seam metric (seam-metric.ts)', () => {
  const SIZE = 256;
  const paint = (head: number[], face: number[]) => {
    const rgb = new Uint8Array(SIZE * SIZE * 3);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const inHead = (x + 0.5) / SIZE >= FACE_TILE_SCALE && (y + 0.5) / SIZE >= FACE_TILE_SCALE;
        rgb.set(inHead ? head : face, 3 * (y * SIZE + x));
      }
    }
    return rgb;
  };

  it('finds the baked face\'s border, the tile seam and UV island seams on the skin, and no step on a plain texture', () => {
    const r = seamReport(layout, paint([180, 130, 110], [180, 130, 110]), SIZE);
    for (const cls of ['bakeBorder', 'tileSeam', 'baked', 'filled'] as const) expect(r[cls].edges).toBeGreaterThan(100);
    for (const c of Object.values(r)) expect(c.mean).toBeLessThan(1e-9);
  });

  it('measures a colour step between the tiles as the tile seam\'s, and none inside them', () => {
    const r = seamReport(layout, paint([120, 130, 110], [180, 130, 110]), SIZE);
    expect(r.tileSeam.mean).toBeGreaterThan(15);
    // Only where a sample near the atlas's tile corner reads across it bilinearly.
    expect(r.baked.mean).toBeLessThan(0.1);
    expect(r.filled.mean).toBeLessThan(0.1);
  });
});

/** Distance along the ray (unit direction) to the triangle, either side facing; Infinity when it misses (Möller–Trumbore). */
function rayTriangle(origin: number[], direction: number[], [a, b, c]: number[][]): number {
  const e1 = [0, 1, 2].map((k) => b[k] - a[k]), e2 = [0, 1, 2].map((k) => c[k] - a[k]);
  const cross = (u: number[], v: number[]) => [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
  const dot = (u: number[], v: number[]) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const p = cross(direction, e2), det = dot(e1, p);
  if (Math.abs(det) < 1e-14) return Infinity;
  const s = [0, 1, 2].map((k) => origin[k] - a[k]);
  const u = dot(s, p) / det;
  if (u < 0 || u > 1) return Infinity;
  const q = cross(s, e1), v = dot(direction, q) / det;
  if (v < 0 || u + v > 1) return Infinity;
  const d = dot(e2, q) / det;
  return d > 0 ? d : Infinity;
}
