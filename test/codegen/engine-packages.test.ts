// The engine packages' manifests follow the conventions of Unity's own packages (and glTFast's)
// and of Fab's code-plugin review: checked on the committed files themselves.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/protogen/main.js';

const root = repoRoot();
const unity = path.join(root, 'unity-package');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

function filesUnder(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The package's C# outside the engine-agnostic core and the here-only test folders. */
function glueSources(): string {
  return ['Runtime/Unity', 'Editor', 'Samples~', 'Tests/Runtime', 'Tests/Editor']
    .flatMap((d) => filesUnder(path.join(unity, d), '.cs'))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}

describe('Unity package conventions', () => {
  const manifest = JSON.parse(read('unity-package/package.json'));

  it('has README.md, LICENSE.md and CHANGELOG.md, and the repository has README.md and LICENSE', () => {
    for (const f of ['unity-package/README.md', 'unity-package/LICENSE.md', 'unity-package/CHANGELOG.md', 'README.md', 'LICENSE']) {
      expect(fs.existsSync(path.join(root, f)), f).toBe(true);
    }
    expect(read('unity-package/LICENSE.md')).toContain('Apache License');
    expect(manifest.license).toBe('Apache-2.0');
  });

  it('names its Unity version with unityRelease', () => {
    expect(manifest.unity).toMatch(/^\d{4}\.\d$/);
    expect(manifest.unityRelease).toMatch(/^\d+[abfp]\d+$/);
  });

  it('depends on every built-in module whose API the glue calls', () => {
    const code = glueSources();
    const modules: Record<string, RegExp> = {
      'com.unity.modules.imageconversion': /\.(LoadImage|EncodeToPNG|EncodeToJPG)\(/,
      'com.unity.modules.imgui': /\b(GUILayout|GUILayoutUtility|GUI|GUIContent|Event)\./,
    };
    for (const [name, use] of Object.entries(modules)) {
      expect(use.test(code), `the glue uses ${name}`).toBe(true);
      expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  // Unity's manifests (glTFast's too) link the docs, changelog and licences; this repository has no
  // public URL yet (no remote, and the docs say "<the repository's git URL>"), so none is invented.
  it.todo('documentationUrl, changelogUrl and licensesUrl link the public repository');

  it('names every assembly FitMe.Bridge.* (Company.Package) and has a runtime test assembly', () => {
    const asmdefs = filesUnder(unity, '.asmdef');
    expect(asmdefs.length).toBe(6);
    const names = asmdefs.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).name as string);
    for (const [file, name] of asmdefs.map((f, i) => [f, names[i]])) {
      expect(name).toMatch(/^FitMe\.Bridge\./);
      expect(path.basename(file)).toBe(`${name}.asmdef`);
    }
    const references = asmdefs.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')).references as string[]);
    for (const r of references.filter((r) => r.startsWith('FitMe'))) expect(names).toContain(r);
    const tests = JSON.parse(read('unity-package/Tests/Runtime/FitMe.Bridge.Runtime.Tests.asmdef'));
    expect(tests.includePlatforms).toEqual([]);
    expect(tests.defineConstraints).toContain('UNITY_INCLUDE_TESTS');
    expect(tests.references).toContain('FitMe.Bridge.Runtime');
  });
});

describe('Unreal plugin descriptor', () => {
  const plugin = JSON.parse(read('unreal-plugin/FitMeAvatar.uplugin'));

  it('has the fields Fab checks, and every module names its platforms', () => {
    for (const field of ['FileVersion', 'Version', 'VersionName', 'FriendlyName', 'Description', 'Category', 'CreatedBy', 'CreatedByURL', 'DocsURL', 'MarketplaceURL', 'SupportURL', 'EngineVersion', 'SupportedTargetPlatforms', 'CanContainContent', 'Installed']) {
      expect(plugin, field).toHaveProperty(field);
    }
    expect(plugin.EngineVersion).toMatch(/^5\.\d+\.0$/);
    expect(plugin.Installed).toBe(false);
    for (const m of plugin.Modules) expect(m.PlatformAllowList, m.Name).toEqual(plugin.SupportedTargetPlatforms);
    expect(plugin.CanContainContent).toBe(fs.existsSync(path.join(root, 'unreal-plugin/Content')));
  });

  it('has the 128x128 PNG icon the plugin browser and Fab show (Resources/Icon128.png)', () => {
    const png = fs.readFileSync(path.join(root, 'unreal-plugin/Resources/Icon128.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it.todo('CreatedByURL, DocsURL and SupportURL link the public repository (empty until it has one)');

  it('lists one module per Source folder, each with its Build.cs', () => {
    const folders = fs.readdirSync(path.join(root, 'unreal-plugin/Source')).sort();
    expect(plugin.Modules.map((m: { Name: string }) => m.Name).sort()).toEqual(folders);
    for (const f of folders) expect(fs.existsSync(path.join(root, 'unreal-plugin/Source', f, `${f}.Build.cs`)), f).toBe(true);
  });
});
