/** The fleet commands' refusals: bad usage exits 2, a Redis that cannot be reached exits 1 at once with what to do. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitme } from '../support/cli.js';
import { HOPPER } from '../support/photos.js';
import { scratchDir } from '../support/scratch.js';

const home = scratchDir('fleet-cli');
const out = path.join(home, 'results');

describe('fitme worker / fitme batch refuse', () => {
  it('a missing --redis or --out (usage, exit 2)', async () => {
    const w = await fitme(home, ['worker']);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/--redis redis:\/\/HOST:PORT/);
    const b = await fitme(home, ['batch', '--redis', 'redis://127.0.0.1:6379', HOPPER]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--out DIR/);
  });

  it('no photos, a bad option value (exit 2)', async () => {
    expect((await fitme(home, ['batch', '--redis', 'redis://127.0.0.1:1', '--out', out])).stderr).toMatch(/no photos/);
    const size = await fitme(home, ['batch', '--redis', 'redis://127.0.0.1:1', '--out', out, '--texture-size', '100', HOPPER]);
    expect(size.code).toBe(2);
    expect(size.stderr).toMatch(/256\.\.4096/);
    const preset = await fitme(home, ['batch', '--redis', 'redis://127.0.0.1:1', '--out', out, '--preset', 'rapid', HOPPER]);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(/not a preset/);
  });

  it('a URL that is not a Redis URL, and a Redis that is not there (exit 1)', async () => {
    const url = await fitme(home, ['batch', '--redis', 'http://127.0.0.1:6379', '--out', out, HOPPER]);
    expect(url.code).toBe(1);
    expect(url.stderr).toMatch(/redis:\/\//);
    // Port 1 on loopback: nothing listens there.
    for (const args of [['worker', '--redis', 'redis://127.0.0.1:1'], ['batch', '--redis', 'redis://127.0.0.1:1', '--out', out, HOPPER]]) {
      const r = await fitme(home, args);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*start redis-server/);
    }
  }, 60_000);
});
