/** The `fitme` command as a user runs it: real processes, real files. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitme as runFitme } from '../support/cli.js';
import { SAMPLES } from '../support/daemon.js';
import { validateGlb } from '../../server/export/validate.js';
import { truncatedJpeg } from '../support/photos.js';
import { REFLECTANCE_PRESETS } from '../../server/reflectance/fit.js';
import { scratchDir } from '../support/scratch.js';

let home: string;
const fitme = (args: string[]) => runFitme(home, args);

const events = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  home = scratchDir('cli');
});

describe('fitme fit', () => {
  it('writes a validator-clean glb, the maps and metadata, with JSON-line progress, fitted with the preset asked for', async () => {
    const out = path.join(home, 'out', 'hopper.glb');
    const maps = path.join(home, 'maps');
    const r = await fitme(['fit', path.join(SAMPLES, 'grace_hopper.jpg'), '-o', out, '--maps-dir', maps, '--texture-size', '512', '--preset', 'fast', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const ev = events(r.stdout);
    expect(ev.filter((e) => e.event === 'progress').length).toBeGreaterThan(5);
    const done = ev.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.validator).toEqual({ errors: 0, warnings: 0 });
    expect((await validateGlb(fs.readFileSync(out))).errors).toBe(0);
    expect(fs.readdirSync(maps).sort()).toEqual(['albedo.png', 'confidence.png', 'metadata.json', 'normal.png', 'roughness.png', 'specular.png']);
    const meta = JSON.parse(fs.readFileSync(path.join(maps, 'metadata.json'), 'utf8'));
    expect(meta.photos[0].camera.width).toBe(512);
    expect(meta.maps[0].width).toBe(512);
    // `--energy auto` (the default) without a GPU: the analytic energy.
    const fast = { preset: 'fast', iterations: REFLECTANCE_PRESETS.fast.levels.reduce((n, l) => n + l.iterations, 0), energy: 'analytic' };
    expect(meta.reflectance).toEqual(fast);
    expect(done.reflectance).toEqual(fast);
  }, 120_000);

  it('exits 1 with the error code and an actionable message for a bad photo', async () => {
    const bad = path.join(home, 'cut.jpg');
    fs.writeFileSync(bad, truncatedJpeg());
    const r = await fitme(['fit', bad, '-o', path.join(home, 'x.glb')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cut\.jpg.*\[IMAGE_TRUNCATED\]/s);
    expect(fs.existsSync(path.join(home, 'x.glb'))).toBe(false);
  }, 60_000);

  it('exits 1 for a missing file, naming it', async () => {
    const r = await fitme(['fit', path.join(home, 'nope.jpg'), '-o', path.join(home, 'x.glb')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.jpg/);
  });

  it('exits 2 with usage for bad arguments', async () => {
    expect((await fitme(['fit', path.join(SAMPLES, 'grace_hopper.jpg')])).code).toBe(2);
    expect((await fitme(['frobnicate'])).code).toBe(2);
    const r = await fitme(['fit', path.join(SAMPLES, 'grace_hopper.jpg'), '-o', 'x.glb', '--texture-size', '99']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/INVALID_REQUEST/);
  });

  it('exits 2 for an unknown --preset, naming the presets, before reading any photo', async () => {
    const missing = path.join(home, 'nope.jpg');
    for (const args of [['fit', missing, '-o', path.join(home, 'x.glb')], ['eval', missing]]) {
      const r = await fitme([...args, '--preset', 'turbo']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/--preset turbo is not a preset: use fast, default, quality/);
    }
    expect(fs.existsSync(path.join(home, 'x.glb'))).toBe(false);
  });

  it('fits with the tfjs energy when asked; an unknown --energy exits 2, naming the choices, before reading any photo', async () => {
    const out = path.join(home, 'tfjs', 'hopper.glb');
    const r = await fitme(['fit', path.join(SAMPLES, 'grace_hopper.jpg'), '-o', out, '--texture-size', '256', '--preset', 'fast', '--energy', 'tfjs', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const done = events(r.stdout).at(-1)!;
    expect(done.reflectance).toEqual({ preset: 'fast', iterations: REFLECTANCE_PRESETS.fast.levels[0].iterations, energy: 'tfjs' });
    expect(done.validator).toEqual({ errors: 0, warnings: 0 });
    const missing = path.join(home, 'nope.jpg');
    for (const args of [['fit', missing, '-o', path.join(home, 'y.glb')], ['eval', missing]]) {
      const bad = await fitme([...args, '--energy', 'gpu']);
      expect(bad.code, bad.stderr).toBe(2);
      expect(bad.stderr).toMatch(/--energy gpu is not an energy evaluator: use auto, analytic, tfjs/);
    }
    expect(fs.existsSync(path.join(home, 'y.glb'))).toBe(false);
  }, 120_000);
});

describe('fitme models / doctor', () => {
  it('lists the embedded full head as default, and the face mask', async () => {
    const r = await fitme(['models', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; default: boolean; vertexCount: number; description: string }[];
    expect(list).toContainEqual(expect.objectContaining({ id: 'ict-facekit', default: true, vertexCount: 26719, description: expect.stringMatching(/embedded/) }));
    expect(list).toContainEqual(expect.objectContaining({ id: 'mediapipe-canonical', default: false, vertexCount: 468 }));
  });

  it('reports the backend, versions, token path and limits', async () => {
    const r = await fitme(['doctor', '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(['wasm', 'tensorflow', 'tensorflow-gpu']).toContain(d.backend);
    // No GPU here: `--energy auto` fits with the analytic energy.
    if (d.backend === 'wasm') expect(d.energy).toBe('analytic');
    expect(d.paths.token).toBe(path.join(home, 'token'));
    expect(d.versions['fitme-bridge']).toMatch(/^\d+\.\d+\.\d+/);
    expect(d.limits.maxPhotoPixels).toBeGreaterThan(0);
  }, 60_000);
});
