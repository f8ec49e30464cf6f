/**
 * Generates the engine codecs from proto/fitme.proto: `npm run gen` writes every registered
 * emitter's files; `npm run gen -- --check` writes nothing and exits 1 listing the stale ones.
 * The schema is read with protobufjs's reflection, which is the only IR the emitters see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protobuf from 'protobufjs';
import type { Emitter, GeneratedFile } from './emitter.js';
import { cpp } from './cpp.js';
import { csharp } from './csharp.js';

/** Every code generator; an emitter for another language registers itself by joining this list. */
export const emitters: Emitter[] = [csharp, cpp];

export const SCHEMA = 'proto/fitme.proto';

/** The repository root: the nearest folder above this module that holds the schema. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, SCHEMA))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`protogen: cannot find ${SCHEMA} above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

export function loadSchema(root = repoRoot()): protobuf.Root {
  // alternateCommentMode keeps `//` comments, so the generated code carries the schema's docs.
  const schema = new protobuf.Root().loadSync(path.join(root, SCHEMA), { alternateCommentMode: true });
  schema.resolveAll();
  return schema;
}

export function generate(schema: protobuf.Root, list: readonly Emitter[] = emitters): GeneratedFile[] {
  const files = list.flatMap((e) => e.outputs(schema));
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`protogen: two emitters write ${f.path}`);
    seen.add(f.path);
  }
  return files;
}

/** Paths (relative to `root`) whose contents on disk differ from `files`, missing ones included. */
export function staleFiles(root: string, files: readonly GeneratedFile[]): string[] {
  return files
    .filter((f) => {
      const p = path.join(root, f.path);
      return !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== f.contents;
    })
    .map((f) => f.path);
}

export function writeFiles(root: string, files: readonly GeneratedFile[]): string[] {
  const stale = staleFiles(root, files);
  for (const rel of stale) {
    const f = files.find((x) => x.path === rel)!;
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), f.contents);
  }
  return stale;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const root = repoRoot();
  const files = generate(loadSchema(root));
  if (check) {
    const stale = staleFiles(root, files);
    if (stale.length === 0) return 0;
    console.error(`protogen: ${stale.length} generated file(s) are stale; run \`npm run gen\`:`);
    for (const p of stale) console.error(`  ${p}`);
    return 1;
  }
  const written = writeFiles(root, files);
  console.log(`protogen: ${files.length} files from ${emitters.map((e) => e.name).join(', ')}; ${written.length} updated`);
  for (const p of written) console.log(`  ${p}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
