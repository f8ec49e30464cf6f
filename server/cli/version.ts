import fs from 'node:fs';

let version: string | undefined;

/** This package's version, from package.json (two levels above dist/server/cli and server/cli). */
export function packageVersion(): string {
  if (!version) {
    for (const rel of ['../../../package.json', '../../package.json']) {
      try {
        const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8'));
        if (pkg.name === 'fitme-bridge') {
          version = pkg.version as string;
          break;
        }
      } catch {
        // try the next location
      }
    }
  }
  return version ?? '0.0.0';
}
