/**
 * Scratch folders for tests: each is removed after its test file's last hook has run
 * (test/support/remove-scratch.ts, a vitest setup file), so a run leaves nothing in the temp dir.
 * Daemon homes hold fitted results (~60 MB a job): left behind, a few runs fill a disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh folder under the OS temp dir, named `fitme-PREFIX-XXXXXX`. */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fitme-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
