/**
 * The ICT-FaceKit conversion shipped inside this package (models/ict-facekit/, with ICT's licence
 * and credits), made from the upstream FaceXModel folder by `npm run embed-ict` (tools/ict-embed).
 * It is the default model; a user's own import (`fitme model add`) takes its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stamp the embedded build records instead of a path and a date, so rebuilding it is byte-identical. */
export const EMBEDDED_SOURCE = { dir: 'ICT-FaceKit/FaceXModel', importedAt: 'embedded' } as const;

let dir: string | undefined;

/** models/ict-facekit/ beside this package's package.json (the same from server/ and dist/server/). */
export function embeddedIctDir(): string {
  dir ??= path.join(packageRoot(), 'models', 'ict-facekit');
  return dir;
}

function packageRoot(): string {
  let d = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(d, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'fitme-bridge') return d;
    const up = path.dirname(d);
    if (up === d) throw new Error(`fitme-bridge's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    d = up;
  }
}
