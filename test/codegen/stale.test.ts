import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitters, generate, loadSchema, repoRoot, staleFiles, writeFiles } from '../../tools/protogen/main.js';
import { planMetas } from '../../tools/unity-meta/main.js';
import { metaFor, unityGuid } from '../../tools/unity-meta/meta.js';

const root = repoRoot();
const schema = loadSchema(root);

describe('generated code is up to date with proto/fitme.proto', () => {
  for (const emitter of emitters) {
    it(`${emitter.name} emitter: committed files match a fresh generation (run \`npm run gen\` if not)`, () => {
      const files = emitter.outputs(schema);
      expect(files.length).toBeGreaterThan(0);
      expect(staleFiles(root, files)).toEqual([]);
    });
  }

  it('every Unity asset has its path-derived .meta and no .meta is orphaned (run node dist/tools/unity-meta/main.js if not)', () => {
    const plan = planMetas(root);
    expect(plan.files.length).toBeGreaterThan(0);
    expect([...staleFiles(root, plan.files), ...plan.orphans]).toEqual([]);
  });
});

describe('staleness check', () => {
  it('reports changed and missing files and rewrites only those', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protogen-'));
    try {
      const files = generate(schema);
      expect(writeFiles(dir, files).length).toBe(files.length);
      expect(staleFiles(dir, files)).toEqual([]);
      const [first, second] = files;
      fs.appendFileSync(path.join(dir, first.path), '// edited by hand\n');
      fs.rmSync(path.join(dir, second.path));
      expect(staleFiles(dir, files)).toEqual([first.path, second.path]);
      expect(writeFiles(dir, files)).toEqual([first.path, second.path]);
      expect(staleFiles(dir, files)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Unity meta GUIDs', () => {
  it('are derived from the package path alone, so regenerating never changes them', () => {
    // A fixed value: changing the derivation would break every reference to the package's assets.
    expect(unityGuid('Runtime/Core/Protocol/Fitme.g.cs')).toBe('d623da1df70084d589f5d77749c1a8fd');
    expect(unityGuid('Runtime/Core/Protocol/Fitme.g.cs')).not.toBe(unityGuid('Runtime/Core/Protocol/WireReader.cs'));
    expect(metaFor('Runtime', true)).toContain('folderAsset: yes');
    expect(metaFor('Runtime/Core/FitMe.Core.asmdef', false)).toContain('AssemblyDefinitionImporter:');
  });
});
