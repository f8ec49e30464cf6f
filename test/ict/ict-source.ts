/**
 * The upstream ICT-FaceKit FaceXModel folder for tests, recreated from ../shared/ict-facekit by its
 * unpack.sh. Unpacking takes seconds, so it happens once per archive version: into a temp folder
 * keyed by the archives' names, sizes and mtimes, shared by every test file and run.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadIctModel } from '../../server/geometry/ict/cache.js';
import { importIctFaceKit } from '../../server/geometry/ict/import.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { ROOT } from '../support/daemon.js';
import { scratchDir } from '../support/scratch.js';

const run = promisify(execFile);

export const ICT_SHARED = path.join(ROOT, '..', 'shared', 'ict-facekit');

let unpacked: Promise<string> | undefined;

/** The folder holding FaceXModel/ (as a clone of the ICT-FaceKit repository does). */
export function ictFaceKitClone(): Promise<string> {
  unpacked ??= unpack();
  return unpacked;
}

/** The FaceXModel folder itself. */
export async function ictFaceXModel(): Promise<string> {
  return path.join(await ictFaceKitClone(), 'FaceXModel');
}

async function unpack(): Promise<string> {
  const archives = (await fs.readdir(ICT_SHARED).catch(() => undefined))?.filter((f) => f.endsWith('.tar.gz'));
  if (!archives?.length) {
    throw new Error(
      `ICT-FaceKit test data is missing: these tests need ${ICT_SHARED} (its FaceXModel-*.tar.gz archives and unpack.sh, see NOTES.md there).`,
    );
  }
  const hash = createHash('sha256');
  for (const a of archives.sort()) {
    const s = await fs.stat(path.join(ICT_SHARED, a));
    hash.update(`${a}:${s.size}:${s.mtimeMs}\n`);
  }
  const dest = path.join(os.tmpdir(), `fitme-ict-facekit-${hash.digest('hex').slice(0, 16)}`);
  if (await isComplete(dest)) return dest;
  // Unpack beside the destination and rename: test files running in parallel never see half a folder.
  const tmp = await fs.mkdtemp(`${dest}.partial-`);
  await run(path.join(ICT_SHARED, 'unpack.sh'), [tmp]);
  try {
    await fs.rename(tmp, dest);
  } catch (e) {
    if (!(await isComplete(dest))) throw e;
    await fs.rm(tmp, { recursive: true, force: true }); // another test file got there first
  }
  return dest;
}

async function isComplete(dir: string): Promise<boolean> {
  const names = await fs.readdir(path.join(dir, 'FaceXModel')).catch(() => []);
  return names.length >= 160;
}

/** A fresh scratch folder (support/scratch.ts), which `remove` deletes sooner. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = scratchDir(prefix);
  return { dir, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}

/**
 * ICT-FaceKit imported from ../shared into a fresh cache folder and loaded, as a user's
 * `fitme model add` leaves it; `cacheDir` is that folder, removed by `remove`.
 */
export async function importedIct(prefix: string): Promise<{ model: IctModel; cacheDir: string; remove: () => Promise<void> }> {
  const cache = await tempDir(prefix);
  await importIctFaceKit(await ictFaceKitClone(), { cacheDir: cache.dir });
  return { model: await loadIctModel(cache.dir), cacheDir: cache.dir, remove: cache.remove };
}

/** Reads the `v` lines of an OBJ the plain way, independently of the importer's reader. */
export async function objPositions(file: string): Promise<Float64Array> {
  const out: number[] = [];
  for (const line of (await fs.readFile(file, 'utf8')).split('\n')) {
    if (line.startsWith('v ')) {
      const [, x, y, z] = line.trim().split(/\s+/);
      out.push(Number(x), Number(y), Number(z));
    }
  }
  return Float64Array.from(out);
}
