/**
 * Writes (or with --check, verifies) the `.meta` file of every asset and folder in unity-package/,
 * each with its path-derived GUID, and reports metas whose asset is gone.
 * Usage: node dist/tools/unity-meta/main.js [--check]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedFile } from '../protogen/emitter.js';
import { repoRoot, staleFiles, writeFiles } from '../protogen/main.js';
import { isUnityAsset, metaFor, PACKAGE_DIR } from './meta.js';

export interface MetaPlan {
  files: GeneratedFile[];
  /** `.meta` files (repository-relative) whose asset no longer exists. */
  orphans: string[];
}

export function planMetas(root: string): MetaPlan {
  const pkg = path.join(root, PACKAGE_DIR);
  const files: GeneratedFile[] = [];
  const orphans: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(pkg, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.endsWith('.meta')) {
        const asset = path.join(pkg, child.slice(0, -'.meta'.length));
        if (!fs.existsSync(asset)) orphans.push(`${PACKAGE_DIR}/${child}`);
        continue;
      }
      if (!isUnityAsset(entry.name)) continue;
      // The package root folder itself has no meta; everything below it does.
      files.push({ path: `${PACKAGE_DIR}/${child}.meta`, contents: metaFor(child, entry.isDirectory()) });
      if (entry.isDirectory()) walk(child);
    }
  };
  walk('');
  return { files, orphans };
}

function main(argv: string[]): number {
  const root = repoRoot();
  const plan = planMetas(root);
  if (argv.includes('--check')) {
    const bad = [...staleFiles(root, plan.files), ...plan.orphans];
    if (bad.length === 0) return 0;
    console.error(`unity-meta: ${bad.length} .meta file(s) stale, missing or orphaned; run node dist/tools/unity-meta/main.js:`);
    for (const p of bad) console.error(`  ${p}`);
    return 1;
  }
  const written = writeFiles(root, plan.files);
  for (const p of plan.orphans) fs.rmSync(path.join(root, p));
  console.log(`unity-meta: ${plan.files.length} metas; ${written.length} written, ${plan.orphans.length} orphans removed`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
