// Prints, one per line, the mcs arguments Unity's compilation pipeline would derive from an
// .asmdef: the output assembly, the references (package assemblies by name, the render
// pipelines' only when their package is installed, as Unity drops references to absent
// assemblies), the precompiled references, the engine references (none with
// noEngineReferences; UnityEditor only for Editor-only assemblies, as in a player build) and the
// defines (UNITY_EDITOR, defineConstraints, and versionDefines whose package is installed).
// Usage: node asmdef-args.mjs <file.asmdef> <dir of built package assemblies> <dir of surface dlls> [installed package,...]
import fs from 'node:fs';
import path from 'node:path';

const [file, built, surface, installedList = ''] = process.argv.slice(2);
const asmdef = JSON.parse(fs.readFileSync(file, 'utf8'));
const installed = new Set(installedList.split(',').filter(Boolean));
// The engine packages' assemblies the surface has, by the package that brings them.
const packageAssemblies = {
  'Unity.RenderPipelines.Universal.Runtime': 'com.unity.render-pipelines.universal',
  'Unity.RenderPipelines.HighDefinition.Runtime': 'com.unity.render-pipelines.high-definition',
};
// Referenced, but nothing of them is called: SRP Core's names are in the UnityEngine surface, and
// the test runners' API is NUnit's (a precompiled reference).
const unused = new Set(['Unity.RenderPipelines.Core.Runtime', 'UnityEngine.TestRunner', 'UnityEditor.TestRunner']);

const args = [`-out:${path.join(built, `${asmdef.name}.dll`)}`];
const editorOnly = JSON.stringify(asmdef.includePlatforms ?? []) === '["Editor"]';
if (!asmdef.noEngineReferences) args.push(`-r:${path.join(surface, 'UnityEngine.dll')}`);
if (editorOnly) args.push(`-r:${path.join(surface, 'UnityEditor.dll')}`);
for (const ref of asmdef.references ?? []) {
  if (unused.has(ref)) continue;
  if (ref in packageAssemblies) {
    if (installed.has(packageAssemblies[ref])) args.push(`-r:${path.join(surface, `${ref}.dll`)}`);
    continue;
  }
  const dll = path.join(built, `${ref}.dll`);
  if (!fs.existsSync(dll)) throw new Error(`${file}: references ${ref}, which is not built (yet)`);
  args.push(`-r:${dll}`);
}
for (const pre of asmdef.precompiledReferences ?? []) args.push(`-r:${path.join(surface, pre)}`);
const defines = [...(editorOnly ? ['UNITY_EDITOR'] : []), ...(asmdef.defineConstraints ?? [])];
for (const v of asmdef.versionDefines ?? []) if (installed.has(v.name)) defines.push(v.define);
if (defines.length) args.push(`-define:${defines.join(';')}`);
console.log(args.join('\n'));
