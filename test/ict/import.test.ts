import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIctCacheDir, ictCacheFile, loadIctModel } from '../../server/geometry/ict/cache.js';
import { importIctFaceKit, type ImportReport } from '../../server/geometry/ict/import.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { ICT_EXPRESSIONS, ICT_EXTRA_SHAPES } from '../../server/geometry/ict/source-folder.js';
import { ictFaceKitClone, ictFaceXModel, objPositions, tempDir } from './ict-source.js';

// Stated bound on the distance between a cached vertex and the OBJ's (quantisation and sparsity).
const MAX_ERROR_MM = 0.01;

let cache: Awaited<ReturnType<typeof tempDir>>;
let report: ImportReport;
let model: IctModel;
let faceX: string;

beforeAll(async () => {
  cache = await tempDir('ict-cache');
  // The parent of FaceXModel, as a user's clone of the repository is laid out.
  report = await importIctFaceKit(await ictFaceKitClone(), { cacheDir: cache.dir });
  model = await loadIctModel(cache.dir);
  faceX = await ictFaceXModel();
}, 180_000);

afterAll(() => cache?.remove());

/** Largest per-vertex distance between the model's shape and an OBJ's positions (cm), in mm. */
function maxDistanceMm(shape: Float32Array | Float64Array, obj: Float64Array): number {
  let max = 0;
  for (let i = 0; i < obj.length; i += 3) {
    const d = Math.hypot(shape[i] - obj[i] / 100, shape[i + 1] - obj[i + 1] / 100, shape[i + 2] - obj[i + 2] / 100);
    max = Math.max(max, d);
  }
  return max * 1000;
}

function withExpression(name: string): Float64Array {
  const e = model.expressions.find((x) => x.name === name)!;
  const p = Float64Array.from(model.neutral);
  e.vertices.forEach((v, j) => {
    for (let k = 0; k < 3; k++) p[3 * v + k] += e.deltas[3 * j + k];
  });
  return p;
}

function withIdentityMode(k: number): Float64Array {
  const v3 = model.vertexCount * 3;
  const basis = model.identityBasis.subarray(k * v3, (k + 1) * v3);
  return Float64Array.from(model.neutral, (x, i) => x + basis[i]);
}

describe('ICT-FaceKit import', () => {
  it('reports what it imported', async () => {
    expect(report.sourceDir).toBe(faceX);
    expect(report.cacheFile).toBe(ictCacheFile(cache.dir));
    expect(report).toMatchObject({ vertexCount: 26719, renderVertexCount: 28911, identityCount: 100 });
    // 25,836 quads and 548 triangles.
    expect(report.triangleCount).toBe(2 * 25836 + 548);
    expect(report.expressionNames).toEqual([...ICT_EXPRESSIONS, ...ICT_EXTRA_SHAPES]);
    expect(report.maxQuantisationErrorMm).toBeLessThan(MAX_ERROR_MM);
    expect((await fs.stat(report.cacheFile)).size).toBe(report.cacheBytes);
  });

  it('reproduces the neutral, identity modes and expressions of the OBJ files within the stated error', async () => {
    const neutral = await objPositions(path.join(faceX, 'generic_neutral_mesh.obj'));
    const errors = [maxDistanceMm(model.neutral, neutral)];
    for (const k of [0, 57, 99]) {
      const name = `identity${String(k).padStart(3, '0')}.obj`;
      errors.push(maxDistanceMm(withIdentityMode(k), await objPositions(path.join(faceX, name))));
    }
    for (const name of ['jawOpen', 'eyeBlink_L', 'mouthSmile_R', 'PupilDilate_L']) {
      errors.push(maxDistanceMm(withExpression(name), await objPositions(path.join(faceX, `${name}.obj`))));
    }
    for (const e of errors) expect(e).toBeLessThan(MAX_ERROR_MM);
    // The report's figure is the real one, not just a bound (float32 storage adds a few nm).
    expect(Math.max(...errors)).toBeLessThan(report.maxQuantisationErrorMm + 1e-4);
    expect(Math.max(...errors)).toBeGreaterThan(report.maxQuantisationErrorMm / 10);
  });

  it('keeps only the vertices an expression moves', () => {
    const jaw = model.expressions.find((e) => e.name === 'jawOpen')!;
    const blink = model.expressions.find((e) => e.name === 'eyeBlink_L')!;
    expect(jaw.vertices.length).toBeGreaterThan(15000);
    expect(jaw.vertices.length).toBeLessThan(model.vertexCount);
    expect(blink.vertices.length).toBeLessThan(jaw.vertices.length);
    expect(jaw.deltas.length).toBe(jaw.vertices.length * 3);
  });

  it('uses glTF axes and metres: +Y up, face towards +Z, _L on the subject\'s left (+X)', () => {
    const p = model.neutral;
    const noseTip = model.vertexSets.landmarks68[30]; // Multi-PIE 30: tip of the nose
    const face = model.parts.find((q) => q.name === 'face')!;
    let maxZ = -Infinity, maxY = -Infinity, minY = Infinity, maxX = -Infinity, minX = Infinity;
    for (let i = face.first; i <= face.last; i++) maxZ = Math.max(maxZ, p[3 * i + 2]);
    for (let i = 0; i < model.vertexCount; i++) {
      maxY = Math.max(maxY, p[3 * i + 1]);
      minY = Math.min(minY, p[3 * i + 1]);
      maxX = Math.max(maxX, p[3 * i]);
      minX = Math.min(minX, p[3 * i]);
    }
    expect(p[3 * noseTip + 2]).toBeGreaterThan(maxZ - 0.005);
    // Crown above the chin, head about 25 cm wide.
    const chin = model.vertexSets.landmarks68[8];
    expect(maxY).toBeGreaterThan(p[3 * chin + 1] + 0.2);
    expect(maxX - minX).toBeGreaterThan(0.2);
    expect(maxX - minX).toBeLessThan(0.3);
    for (const [name, sign] of [['eyeBlink_L', 1], ['eyeBlink_R', -1], ['mouthSmile_L', 1]] as const) {
      const e = model.expressions.find((x) => x.name === name)!;
      let weightedX = 0, weight = 0;
      e.vertices.forEach((v, j) => {
        const w = Math.hypot(e.deltas[3 * j], e.deltas[3 * j + 1], e.deltas[3 * j + 2]);
        weightedX += w * p[3 * v];
        weight += w;
      });
      expect(Math.sign(weightedX / weight)).toBe(sign);
    }
  });

  it('triangulates with counter-clockwise front faces', () => {
    const { triangles } = model.topology;
    const p = model.neutral;
    const tip = model.vertexSets.landmarks68[30];
    let nz = 0;
    for (let t = 0; t < triangles.length; t += 3) {
      const [a, b, c] = [triangles[t], triangles[t + 1], triangles[t + 2]];
      if (a !== tip && b !== tip && c !== tip) continue;
      const ux = p[3 * b] - p[3 * a], uy = p[3 * b + 1] - p[3 * a + 1];
      const vx = p[3 * c] - p[3 * a], vy = p[3 * c + 1] - p[3 * a + 1];
      nz += ux * vy - uy * vx;
    }
    expect(nz).toBeGreaterThan(0);
  });

  it('splits UV seams into render vertices that map back to model vertices', async () => {
    const { triangles, renderTriangles, renderToModel, uvs } = model.topology;
    expect(renderTriangles.length).toBe(triangles.length);
    let wrongModelVertex = 0;
    for (let i = 0; i < triangles.length; i++) if (renderToModel[renderTriangles[i]] !== triangles[i]) wrongModelVertex++;
    expect(wrongModelVertex).toBe(0);
    // The render vertices carry the OBJ's texture coordinates, v flipped to glTF's top-left origin.
    const objUvs: [number, number][] = [];
    for (const line of (await fs.readFile(path.join(faceX, 'generic_neutral_mesh.obj'), 'utf8')).split('\n')) {
      if (line.startsWith('vt ')) {
        const [, u, v] = line.trim().split(/\s+/);
        objUvs.push([Number(u), 1 - Number(v)]);
      }
    }
    const modelUvs = Array.from({ length: renderToModel.length }, (_, r): [number, number] => [uvs[2 * r], uvs[2 * r + 1]]);
    const byUv = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
    objUvs.sort(byUv);
    modelUvs.sort(byUv);
    expect(modelUvs.length).toBe(objUvs.length);
    const maxUvError = Math.max(...modelUvs.map((m, i) => Math.max(Math.abs(m[0] - objUvs[i][0]), Math.abs(m[1] - objUvs[i][1]))));
    expect(maxUvError).toBeLessThan(1e-6);
    expect(new Set(renderToModel).size).toBe(model.vertexCount);
  });

  it('keeps material groups that agree with the part ranges', () => {
    const { triangles } = model.topology;
    const range = (name: string): [number, number] => {
      const g = model.materials.find((m) => m.name === name)!;
      let lo = Infinity, hi = -Infinity;
      for (let t = 3 * g.firstTriangle; t < 3 * (g.firstTriangle + g.triangleCount); t++) {
        lo = Math.min(lo, triangles[t]);
        hi = Math.max(hi, triangles[t]);
      }
      return [lo, hi];
    };
    const part = (name: string): [number, number] => {
      const p = model.parts.find((q) => q.name === name)!;
      return [p.first, p.last];
    };
    expect(range('M_Face')).toEqual(part('face'));
    expect(range('M_Teeth')).toEqual(part('teeth'));
    expect(range('M_GumsTongue')).toEqual(part('gumsTongue'));
    expect(range('M_EyeLashes')).toEqual(part('eyelashes'));
    expect([range('M_ScleraLeft')[0], range('M_IrisRight')[1]]).toEqual(part('eyeballs'));
    expect(model.materials.reduce((n, m) => n + m.triangleCount, 0)).toBe(triangles.length / 3);
    expect(model.licence).toContain('Copyright (c) 2020 USC Institute for Creative Technologies');
  });

  it('says plainly when no model is imported or the cache is damaged', async () => {
    const empty = await tempDir('ict-empty');
    try {
      await expect(loadIctModel(empty.dir)).rejects.toMatchObject({ code: 'MODEL_NOT_IMPORTED', message: expect.stringContaining('fitme model add ict-facekit') });
      const bytes = await fs.readFile(report.cacheFile);
      await fs.writeFile(ictCacheFile(empty.dir), bytes.subarray(0, bytes.length >> 1));
      await expect(loadIctModel(empty.dir)).rejects.toMatchObject({ code: 'MODEL_CACHE_INVALID' });
    } finally {
      await empty.remove();
    }
  });

  it('lives under FITME_HOME/models when FITME_HOME is set', () => {
    const before = process.env.FITME_HOME;
    process.env.FITME_HOME = '/some/where';
    try {
      expect(defaultIctCacheDir()).toBe(path.resolve('/some/where/models/ict-facekit'));
    } finally {
      if (before === undefined) delete process.env.FITME_HOME;
      else process.env.FITME_HOME = before;
    }
  });
});
