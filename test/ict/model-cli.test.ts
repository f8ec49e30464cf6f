/**
 * `fitme model add/remove ict-facekit` and what `fitme models` then lists, through the real CLI.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/daemon.js';
import { ictFaceKitClone, tempDir } from './ict-source.js';

const exec = promisify(execFile);

let home: Awaited<ReturnType<typeof tempDir>>;
let clone: string;

beforeAll(async () => {
  home = await tempDir('ict-cli');
  clone = await ictFaceKitClone();
}, 180_000);

afterAll(() => home?.remove());

async function fitme(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(ROOT, 'bin/fitme.js'), ...args, '--home', home.dir]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const listed = async () =>
  JSON.parse((await fitme('models', '--json')).stdout) as { id: string; default: boolean; description: string; morphTargetNames: string[] }[];

describe('fitme model', { timeout: 120_000 }, () => {
  it('refuses a folder that is not ICT-FaceKit\'s with the importer\'s error', async () => {
    const missing = await fitme('model', 'add', 'ict-facekit', '--from', path.join(home.dir, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist.*\[MODEL_SOURCE_NOT_FOUND\]/);
    const wrong = await fitme('model', 'add', 'ict-facekit', '--from', ROOT);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/generic_neutral_mesh\.obj is missing.*\[MODEL_SOURCE_UNRECOGNISED\]/);
    // Nothing imported: the embedded full head stays the default.
    expect((await listed()).map((m) => [m.id, m.default, m.description.match(/\((embedded|imported)/)?.[1]])).toEqual([
      ['mediapipe-canonical', false, 'embedded'],
      ['ict-facekit', true, 'embedded'],
    ]);
  });

  it('explains its usage', async () => {
    const r = await fitme('model', 'add', 'flame', '--from', clone);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown model "flame"/);
    expect((await fitme('model', 'add', 'ict-facekit')).stderr).toMatch(/--from is required/);
  });

  it('imports the model, which then is listed as the default, and removes it again', async () => {
    const added = await fitme('model', 'add', 'ict-facekit', '--from', clone, '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ event: 'imported', model: 'ict-facekit', identityCount: 100 });
    const models = await listed();
    // The user's own import takes the embedded conversion's place.
    expect(models.map((m) => [m.id, m.default, m.description.match(/\((embedded|imported)/)?.[1]])).toEqual([
      ['mediapipe-canonical', false, 'embedded'],
      ['ict-facekit', true, 'imported'],
    ]);
    expect(models[1].morphTargetNames).toHaveLength(55);

    const removed = await fitme('model', 'remove', 'ict-facekit', '--json');
    expect(JSON.parse(removed.stdout)).toMatchObject({ event: 'removed', removed: true });
    expect((await listed()).map((m) => [m.id, m.default, m.description.match(/\((embedded|imported)/)?.[1]])).toEqual([
      ['mediapipe-canonical', false, 'embedded'],
      ['ict-facekit', true, 'embedded'],
    ]);
    expect(JSON.parse((await fitme('model', 'remove', 'ict-facekit', '--json')).stdout)).toMatchObject({ removed: false });
  });
});
