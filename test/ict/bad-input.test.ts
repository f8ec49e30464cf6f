import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ictCacheFile } from '../../server/geometry/ict/cache.js';
import { importIctFaceKit } from '../../server/geometry/ict/import.js';
import { ictFaceXModel, tempDir } from './ict-source.js';
import { HOPPER } from '../support/photos.js';

let work: Awaited<ReturnType<typeof tempDir>>;
let original: string;

beforeAll(async () => {
  original = await ictFaceXModel();
  work = await tempDir('ict-bad');
}, 120_000);

afterAll(() => work?.remove());

let copies = 0;

/**
 * A FaceXModel folder of links to the real files, except those `change` writes. Returns its path.
 */
async function damagedCopy(change: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(work.dir, `copy${copies++}`, 'FaceXModel');
  await fs.mkdir(dir, { recursive: true });
  for (const name of await fs.readdir(original)) await fs.symlink(path.join(original, name), path.join(dir, name));
  await change(dir);
  return dir;
}

/** Replaces a linked file with an edited copy of the original. */
async function edit(dir: string, name: string, f: (text: string) => string): Promise<void> {
  const text = await fs.readFile(path.join(original, name), 'latin1');
  const edited = f(text);
  if (edited === text) throw new Error(`the edit left ${name} as it was`);
  await fs.rm(path.join(dir, name));
  await fs.writeFile(path.join(dir, name), edited, 'latin1');
}

/** Replaces line `n` (1-based) of the text. */
function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}

function lineOf(text: string, startsWith: string, nth = 0): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith(startsWith) && seen++ === nth) return i + 1;
  throw new Error(`no line starting with ${startsWith}`);
}

async function importFails(dir: string): Promise<{ code: string; message: string }> {
  const cache = path.join(work.dir, `cache${copies++}`);
  const error = await importIctFaceKit(dir, { cacheDir: cache }).then(
    () => undefined,
    (e: unknown) => e as { code: string; message: string },
  );
  expect(error, 'the import should have failed').toBeDefined();
  // A failed import leaves no model behind.
  await expect(fs.access(ictCacheFile(cache))).rejects.toThrow();
  return error!;
}

describe('ICT-FaceKit import refuses bad input', () => {
  it('a folder that does not exist', async () => {
    const e = await importFails(path.join(work.dir, 'no-such-folder'));
    expect(e.code).toBe('MODEL_SOURCE_NOT_FOUND');
    expect(e.message).toContain('no-such-folder does not exist');
  });

  it('a folder that is not ICT-FaceKit', async () => {
    const dir = path.join(work.dir, 'photos');
    await fs.mkdir(dir);
    await fs.copyFile(HOPPER, path.join(dir, 'grace_hopper.jpg'));
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_SOURCE_UNRECOGNISED');
    expect(e.message).toBe(
      `${dir} does not look like ICT-FaceKit's FaceXModel folder: generic_neutral_mesh.obj is missing. Pass the FaceXModel folder of a clone of github.com/ICT-VGL/ICT-FaceKit, or the clone itself.`,
    );
  });

  it('a missing file, named', async () => {
    const dir = await damagedCopy((d) => fs.rm(path.join(d, 'identity042.obj')));
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_MISSING');
    expect(e.message).toContain(`${dir} is incomplete: identity042.obj is missing`);
  });

  it('many missing files, some named and the rest counted', async () => {
    const dir = await damagedCopy(async (d) => {
      for (const f of await fs.readdir(d)) if (f.startsWith('mouth')) await fs.rm(path.join(d, f));
    });
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_MISSING');
    expect(e.message).toMatch(/mouthClose\.obj, .* and \d+ more are missing/);
  });

  it('a truncated copy, cut inside the vertices', async () => {
    const dir = await damagedCopy((d) => edit(d, 'identity003.obj', (t) => t.slice(0, 300_000)));
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_CORRUPT');
    expect(e.message).toMatch(/^identity003\.obj, line \d+: (the file ends after \d+ of 26719 vertices|expected "v x y z")/);
  });

  it('a truncated copy, cut inside the faces', async () => {
    const dir = await damagedCopy((d) => edit(d, 'jawOpen.obj', (t) => t.slice(0, Math.floor(t.length * 0.8))));
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_CORRUPT');
    expect(e.message).toMatch(/^jawOpen\.obj, line \d+: /);
  });

  it('a line of garbage among the vertices, with file and line', async () => {
    let line = 0;
    const dir = await damagedCopy((d) =>
      edit(d, 'identity007.obj', (t) => {
        line = lineOf(t, 'v ', 1234);
        return replaceLine(t, line, 'v 1.0 abc 2.0');
      }),
    );
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_CORRUPT');
    expect(e.message).toContain(`identity007.obj, line ${line}: expected "v x y z": "v 1.0 abc 2.0"`);
  });

  it('a number out of range', async () => {
    let line = 0;
    const dir = await damagedCopy((d) =>
      edit(d, 'generic_neutral_mesh.obj', (t) => {
        line = lineOf(t, 'v ', 10);
        return replaceLine(t, line, 'v 1e999 0 0');
      }),
    );
    const e = await importFails(dir);
    expect(e.message).toContain(`generic_neutral_mesh.obj, line ${line}: expected "v x y z"`);
  });

  it('a face that differs from the neutral mesh, with file and line', async () => {
    let line = 0;
    const dir = await damagedCopy((d) =>
      edit(d, 'identity001.obj', (t) => {
        line = lineOf(t, 'f ', 500);
        return replaceLine(t, line, 'f 1/1 2/2 3/3');
      }),
    );
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_CORRUPT');
    expect(e.message).toMatch(new RegExp(`^identity001\\.obj, line ${line}: differs from generic_neutral_mesh\\.obj line \\d+`));
  });

  it('a garbled face in the neutral mesh, with file and line', async () => {
    let line = 0;
    const dir = await damagedCopy((d) =>
      edit(d, 'generic_neutral_mesh.obj', (t) => {
        line = lineOf(t, 'f ', 10);
        return replaceLine(t, line, 'f 12/3 x/4 9/9');
      }),
    );
    const e = await importFails(dir);
    expect(e.message).toContain(`generic_neutral_mesh.obj, line ${line}: expected face corners as "vertex/texcoord"`);
  });

  it('a damaged vertex_indices.json', async () => {
    const dir = await damagedCopy((d) => edit(d, 'vertex_indices.json', (t) => t.replace(/("idx_to_landmark_verts":\s*\[)\s*1225\s*,/, '$1')));
    const e = await importFails(dir);
    expect(e.code).toBe('MODEL_FILE_CORRUPT');
    expect(e.message).toContain('vertex_indices.json: "idx_to_landmark_verts" has 67 entries, expected 68');
  });
});
