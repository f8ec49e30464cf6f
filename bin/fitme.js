#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the "prepare" script) or `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('fitme: dist/ is missing; run `npm install` (or `npm run build`) in the fitme-bridge folder first\n');
  process.exit(1);
}
await import(entry.href);
