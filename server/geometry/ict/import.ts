/**
 * `fitme model add ict-facekit --from DIR`: reads ICT-FaceKit's FaceXModel folder, checks it and
 * converts it to the compact cached model (see cache.ts) in the user's data directory.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { defaultIctCacheDir, writeIctCache, type CachedIctModel } from './cache.js';
import { ModelImportError } from './import-error.js';
import { SPARSE_THRESHOLD_M } from './model.js';
import { readObjMesh, readObjPositions, type ObjReference } from './obj-reader.js';
import { ICT_PARTS } from './parts.js';
import { quantiseInto } from './quantise.js';
import { ICT_VERTEX_COUNT, NEUTRAL_FILE, VERTEX_INDICES_FILE, locateIctSource } from './source-folder.js';
import { triangulate } from './topology.js';
import { readVertexIndices } from './vertex-indices.js';

export interface ImportReport {
  /** The FaceXModel folder read. */
  sourceDir: string;
  cacheFile: string;
  cacheBytes: number;
  vertexCount: number;
  /** Vertices after splitting UV seams. */
  renderVertexCount: number;
  triangleCount: number;
  identityCount: number;
  expressionNames: string[];
  /** Largest distance between a vertex of the cached model and the same vertex in the OBJ files. */
  maxQuantisationErrorMm: number;
  ms: number;
}

/** ICT's OBJs are in centimetres. */
const CM_TO_M = 0.01;

export interface ImportOptions {
  /** Where the converted model goes (default: the user's data directory). */
  cacheDir?: string;
  /**
   * What the model records about its source. The embedded model's build (tools/ict-embed) sets a
   * fixed stamp, so the same upstream folder always converts to the same bytes wherever it lies.
   */
  source?: { dir: string; importedAt: string };
}

export async function importIctFaceKit(fromDir: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const t0 = performance.now();
  const source = await locateIctSource(fromDir);
  const read = (file: string): Promise<Buffer> => {
    const bytes = fs.readFile(path.join(source.dir, file));
    // A read started ahead and abandoned because an earlier file failed must not crash the process.
    bytes.catch(() => undefined);
    return bytes;
  };

  const neutralBytes = await read(NEUTRAL_FILE);
  const neutralMesh = readObjMesh(NEUTRAL_FILE, neutralBytes);
  const vertexCount = neutralMesh.positions.length / 3;
  if (vertexCount !== ICT_VERTEX_COUNT || neutralMesh.texcoords.length === 0 || neutralMesh.materials.length === 0) {
    throw new ModelImportError(
      'MODEL_FILE_CORRUPT',
      `${NEUTRAL_FILE} has ${vertexCount} vertices, ${neutralMesh.texcoords.length / 2} texture coordinates and ${neutralMesh.materials.length} materials; ICT-FaceKit's has ${ICT_VERTEX_COUNT} vertices, with texture coordinates and materials. Replace the FaceXModel folder with a fresh copy from the ICT-FaceKit repository and import again.`,
    );
  }
  const reference: ObjReference = { file: NEUTRAL_FILE, bytes: neutralBytes, mesh: neutralMesh };
  const { topology, materials } = triangulate(neutralMesh);
  const vertexSets = readVertexIndices((await read(VERTEX_INDICES_FILE)).toString('utf8'), vertexCount);

  const v3 = vertexCount * 3;
  const neutral = new Float32Array(v3);
  for (let i = 0; i < v3; i++) neutral[i] = neutralMesh.positions[i] * CM_TO_M;

  // Reading the next file while this one is parsed hides most of the disk time.
  const files = [...source.identityFiles, ...source.expressionFiles.map((e) => e.file)];
  let pending = read(files[0]);
  let maxError = 0;
  const displacements = async (i: number): Promise<Float64Array> => {
    const bytes = await pending;
    if (i + 1 < files.length) pending = read(files[i + 1]);
    const p = readObjPositions(files[i], bytes, reference);
    const d = new Float64Array(v3);
    for (let j = 0; j < v3; j++) d[j] = (p[j] - neutralMesh.positions[j]) * CM_TO_M;
    return d;
  };

  const identityValues = new Int16Array(source.identityFiles.length * v3);
  const identityScales = new Float64Array(source.identityFiles.length);
  for (let k = 0; k < source.identityFiles.length; k++) {
    const q = quantiseInto(await displacements(k), identityValues.subarray(k * v3, (k + 1) * v3));
    identityScales[k] = q.scale;
    maxError = Math.max(maxError, q.maxError);
  }

  const expressions: CachedIctModel['expressions'] = [];
  for (let e = 0; e < source.expressionFiles.length; e++) {
    const d = await displacements(source.identityFiles.length + e);
    const moved: number[] = [];
    for (let i = 0; i < vertexCount; i++) {
      const len = Math.hypot(d[3 * i], d[3 * i + 1], d[3 * i + 2]);
      if (len > SPARSE_THRESHOLD_M) moved.push(i);
      else maxError = Math.max(maxError, len);
    }
    const sparse = new Float64Array(moved.length * 3);
    moved.forEach((v, j) => sparse.set(d.subarray(3 * v, 3 * v + 3), 3 * j));
    const values = new Int16Array(sparse.length);
    const q = quantiseInto(sparse, values);
    maxError = Math.max(maxError, q.maxError);
    expressions.push({ name: source.expressionFiles[e].name, vertices: Uint16Array.from(moved), scale: q.scale, values });
  }

  const written = await writeIctCache(
    {
      vertexCount,
      neutral,
      identityScales,
      identityValues,
      expressions,
      topology,
      materials,
      parts: [...ICT_PARTS],
      vertexSets,
      licence: neutralMesh.headerComment,
      maxQuantisationError: maxError,
      source: opts.source ?? { dir: source.dir, importedAt: new Date().toISOString() },
    },
    opts.cacheDir ?? defaultIctCacheDir(),
  );
  return {
    sourceDir: source.dir,
    cacheFile: written.file,
    cacheBytes: written.bytes,
    vertexCount,
    renderVertexCount: topology.renderToModel.length,
    triangleCount: topology.triangles.length / 3,
    identityCount: source.identityFiles.length,
    expressionNames: expressions.map((e) => e.name),
    maxQuantisationErrorMm: maxError * 1000,
    ms: performance.now() - t0,
  };
}
