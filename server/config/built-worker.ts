/**
 * A worker thread's script, from the build: a worker cannot load the TypeScript sources that tests
 * run from, so a module under server/ starts the compiled file at the same place under dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from './package-root.js';

/** The built script `name` beside the module at `moduleUrl` (its import.meta.url); `missing(file)` is thrown when it is not built. */
export function builtWorker(moduleUrl: string, name: string, missing: (file: string) => Error): URL {
  const beside = fileURLToPath(new URL(name, moduleUrl));
  const file = moduleUrl.endsWith('.ts') ? path.join(packageRoot(), 'dist', path.relative(packageRoot(), beside)) : beside;
  if (!fs.existsSync(file)) throw missing(file);
  return pathToFileURL(file);
}
