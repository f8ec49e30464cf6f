/**
 * `fitme serve --energy`: a daemon started with `--energy tfjs` fits with the tfjs energy (wasm
 * here) and records it in the result; an unknown value is bad usage (exit 2) before anything starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v1 } from '../../server/stream/wire.js';
import { REFLECTANCE_PRESETS } from '../../server/reflectance/fit.js';
import { fitme } from '../support/cli.js';
import { Client, photo, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { scratchDir } from '../support/scratch.js';

let d: DaemonProcess;

beforeAll(async () => {
  d = await startDaemon(['--energy', 'tfjs']);
}, 60_000);

afterAll(async () => {
  await d?.stop();
});

describe('serve --energy', () => {
  it('tfjs: jobs are fitted with the tfjs energy, and the result says so', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 256, reflectancePreset: v1.ReflectancePreset.REFLECTANCE_PRESET_FAST } } });
    const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    expect((await c.job(jobId)).at(-1)!.body).toBe('completed');
    const meta = JSON.parse(fs.readFileSync(path.join(d.home, 'results', jobId, 'metadata.json'), 'utf8'));
    expect(meta.reflectance).toEqual({ preset: 'fast', iterations: REFLECTANCE_PRESETS.fast.levels[0].iterations, energy: 'tfjs' });
    c.close();
  }, 120_000);

  it('an unknown value exits 2, naming the choices', async () => {
    const home = scratchDir('energy');
    const r = await fitme(home, ['serve', '--port', '0', '--energy', 'cuda']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--energy cuda is not an energy evaluator: use auto, analytic, tfjs/);
    expect(fs.existsSync(path.join(home, 'token'))).toBe(false);
  });
});
