/**
 * The imported ICT-FaceKit model on disk: one msgpackr file of typed arrays in the user's data
 * directory (never in this repository). Identity modes and expression deltas are int16 with one
 * scale per mode; expressions keep only the vertices they move. Beside it, a small JSON header
 * says what the model is, so listing models never reads the 20 MB file.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packr } from '../../config/msgpack.js';
import { modelsDir } from '../../config/paths.js';
import { ModelImportError } from './import-error.js';
import type { IctModel, IctVertexSets } from './model.js';
import type { IctPart } from './parts.js';
import { dequantise } from './quantise.js';
import type { IctMaterialGroup, IctTopology } from './topology.js';

const FORMAT = 'fitme-bridge/ict-facekit';
/** Bump when the layout below changes: older caches are then refused with a re-import hint. */
export const CACHE_VERSION = 1;
const FILE = 'model.msgpack';
const HEADER_FILE = 'model.json';

/** What `fitme models` and the daemon's Welcome say about the imported model. */
export interface IctHeader {
  format: typeof FORMAT;
  version: number;
  vertexCount: number;
  triangleCount: number;
  identityCount: number;
  expressionNames: string[];
  importedAt: string;
}

// moreTypes: typed arrays come back as themselves, not as Buffers.

export interface CachedIctModel {
  format: typeof FORMAT;
  version: number;
  vertexCount: number;
  neutral: Float32Array;
  identityScales: Float64Array;
  identityValues: Int16Array;
  expressions: { name: string; vertices: Uint16Array; scale: number; values: Int16Array }[];
  topology: IctTopology;
  materials: IctMaterialGroup[];
  parts: IctPart[];
  vertexSets: IctVertexSets;
  licence: string;
  maxQuantisationError: number;
  source: { dir: string; importedAt: string };
}

/** Where `fitme model add ict-facekit` puts the model unless told otherwise. */
export function defaultIctCacheDir(): string {
  return path.join(modelsDir(), 'ict-facekit');
}

export function ictCacheFile(cacheDir: string = defaultIctCacheDir()): string {
  return path.join(cacheDir, FILE);
}

/** Writes atomically, so a reader never sees half a model. Returns the file's size in bytes. */
export async function writeIctCache(
  model: Omit<CachedIctModel, 'format' | 'version'>,
  cacheDir: string,
): Promise<{ file: string; bytes: number }> {
  const file = ictCacheFile(cacheDir);
  await fs.mkdir(cacheDir, { recursive: true });
  const data = packr.pack({ format: FORMAT, version: CACHE_VERSION, ...model });
  const header: IctHeader = {
    format: FORMAT,
    version: CACHE_VERSION,
    vertexCount: model.vertexCount,
    triangleCount: model.topology.triangles.length / 3,
    identityCount: model.identityScales.length,
    expressionNames: model.expressions.map((e) => e.name),
    importedAt: model.source.importedAt,
  };
  // The header last: a model is listed only once its data is complete.
  await writeAtomically(file, data);
  await writeAtomically(path.join(cacheDir, HEADER_FILE), JSON.stringify(header, null, 2) + '\n');
  return { file, bytes: data.length };
}

async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

/** The imported model's header, or undefined when there is no usable import in `cacheDir`. */
export function readIctHeader(cacheDir: string = defaultIctCacheDir()): IctHeader | undefined {
  try {
    const h = JSON.parse(readFileSync(path.join(cacheDir, HEADER_FILE), 'utf8')) as IctHeader;
    return h.format === FORMAT && h.version === CACHE_VERSION ? h : undefined;
  } catch {
    return undefined; // not imported (or a damaged header: `fitme model add` again repairs it)
  }
}

/** Deletes the imported model; false when there was none. */
export async function removeIctCache(cacheDir: string = defaultIctCacheDir()): Promise<boolean> {
  const existed = readIctHeader(cacheDir) !== undefined || (await fs.stat(ictCacheFile(cacheDir)).then(() => true, () => false));
  // The header first, so a half-removed model is no longer listed.
  await fs.rm(path.join(cacheDir, HEADER_FILE), { force: true });
  await fs.rm(cacheDir, { recursive: true, force: true });
  return existed;
}

const REIMPORT = 'Import it again with: fitme model add ict-facekit --from <ICT-FaceKit folder>';

/** Loads the imported model (see IctModel); throws ModelImportError when there is none or it is unusable. */
export async function loadIctModel(cacheDir: string = defaultIctCacheDir()): Promise<IctModel> {
  const file = ictCacheFile(cacheDir);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new ModelImportError(
      'MODEL_NOT_IMPORTED',
      `The ICT-FaceKit model is not imported (no ${file}). Get the ICT-FaceKit repository (github.com/ICT-VGL/ICT-FaceKit) and import it with: fitme model add ict-facekit --from <its folder>`,
    );
  }
  let c: CachedIctModel;
  try {
    c = packr.unpack(bytes) as CachedIctModel;
  } catch {
    throw new ModelImportError('MODEL_CACHE_INVALID', `${file} is damaged. ${REIMPORT}`);
  }
  if (c?.format !== FORMAT || c.version !== CACHE_VERSION) {
    throw new ModelImportError('MODEL_CACHE_INVALID', `${file} was written by another version of fitme-bridge. ${REIMPORT}`);
  }
  const v3 = c.vertexCount * 3;
  if (
    !(c.neutral instanceof Float32Array) ||
    c.neutral.length !== v3 ||
    !(c.identityValues instanceof Int16Array) ||
    !(c.identityScales instanceof Float64Array) ||
    c.identityValues.length !== c.identityScales.length * v3
  ) {
    throw new ModelImportError('MODEL_CACHE_INVALID', `${file} is inconsistent. ${REIMPORT}`);
  }
  const identityBasis = new Float32Array(c.identityValues.length);
  for (let k = 0; k < c.identityScales.length; k++) {
    dequantise(c.identityValues.subarray(k * v3, (k + 1) * v3), c.identityScales[k], identityBasis.subarray(k * v3, (k + 1) * v3));
  }
  return {
    id: 'ict-facekit',
    vertexCount: c.vertexCount,
    neutral: c.neutral,
    identityCount: c.identityScales.length,
    identityBasis,
    expressions: c.expressions.map((e) => ({
      name: e.name,
      vertices: Uint32Array.from(e.vertices),
      deltas: dequantise(e.values, e.scale),
    })),
    topology: c.topology,
    materials: c.materials,
    parts: c.parts,
    vertexSets: c.vertexSets,
    licence: c.licence,
    maxQuantisationError: c.maxQuantisationError,
    source: c.source,
  };
}
