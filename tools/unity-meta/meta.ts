/**
 * Unity `.meta` files with GUIDs derived from the asset's path inside the package, so that
 * regenerating them never changes a GUID (references from scenes, prefabs and asmdefs stay valid).
 */
import crypto from 'node:crypto';
import path from 'node:path';

export const PACKAGE_NAME = 'com.fitme.bridge';
export const PACKAGE_DIR = 'unity-package';

/** 32 hex digits: the MD5 of `<package name>/<path inside the package>` (forward slashes). */
export function unityGuid(packagePath: string): string {
  return crypto.createHash('md5').update(`${PACKAGE_NAME}/${packagePath.split(path.sep).join('/')}`).digest('hex');
}

/** Unity skips hidden entries, `~`-suffixed folders and its own meta files. */
export function isUnityAsset(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('~') && !name.endsWith('.meta');
}

const common = ['  externalObjects: {}', '  userData: ', '  assetBundleName: ', '  assetBundleVariant: '];

function importer(packagePath: string, isFolder: boolean): string[] {
  if (isFolder) return ['DefaultImporter:', ...common];
  const base = path.posix.basename(packagePath);
  const ext = path.posix.extname(base).toLowerCase();
  if (base === 'package.json') return ['PackageManifestImporter:', ...common];
  if (ext === '.cs') {
    return ['MonoImporter:', '  externalObjects: {}', '  serializedVersion: 2', '  defaultReferences: []', '  executionOrder: 0', '  icon: {instanceID: 0}', ...common.slice(1)];
  }
  if (ext === '.asmdef') return ['AssemblyDefinitionImporter:', ...common];
  if (['.md', '.txt', '.json', '.xml', '.bytes', '.csv'].includes(ext)) return ['TextScriptImporter:', ...common];
  return ['DefaultImporter:', ...common];
}

/** The contents of `<packagePath>.meta`. */
export function metaFor(packagePath: string, isFolder: boolean): string {
  const p = packagePath.split(path.sep).join('/');
  const lines = ['fileFormatVersion: 2', `guid: ${unityGuid(p)}`];
  if (isFolder) lines.push('folderAsset: yes');
  return [...lines, ...importer(p, isFolder)].join('\n') + '\n';
}
