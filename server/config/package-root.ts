/** The folder holding this package's package.json: the same from server/ (tsx) and dist/server/ (built). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let d = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(d, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'fitme-bridge') return (root = d);
    const up = path.dirname(d);
    if (up === d) throw new Error(`fitme-bridge's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    d = up;
  }
}
