/** The generated TypeScript codec (server/stream/gen) is what scripts/gen-wire-ts.sh makes from proto/ today. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/daemon.js';
import { scratchDir } from '../support/scratch.js';

it('server/stream/gen is not stale (regenerate with `bash scripts/gen-wire-ts.sh`)', () => {
  const tmp = scratchDir('wire-ts');
  execFileSync('bash', [path.join(ROOT, 'scripts/gen-wire-ts.sh'), tmp], { cwd: ROOT, stdio: 'pipe' });
  for (const f of ['fitme.js', 'fitme.d.ts']) {
    expect(fs.readFileSync(path.join(tmp, f), 'utf8') === fs.readFileSync(path.join(ROOT, 'server/stream/gen', f), 'utf8'), f).toBe(true);
  }
}, 60_000);
