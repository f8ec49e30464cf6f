/**
 * The viewer page's files, served from disk: the page itself (viewer/), three.js and its loaders
 * from the installed `three` package, protobufjs's browser build and the generated wire codec.
 * Nothing is fetched from a CDN, so the page works with no network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../config/package-root.js';

const require = createRequire(import.meta.url);

/** URL prefix under /view/ → the folder it is served from, and the sub-folders of it that may be. */
interface Mount {
  dir: string;
  only?: string[];
}

let mounts: Map<string, Mount> | undefined;

function table(): Map<string, Mount> {
  if (mounts) return mounts;
  const root = packageRoot();
  // `three`'s exports map hides package.json; its CommonJS entry is build/three.cjs.
  const three = path.dirname(path.dirname(require.resolve('three')));
  const protobuf = path.dirname(require.resolve('protobufjs/package.json'));
  mounts = new Map<string, Mount>([
    ['app/', { dir: path.join(root, 'viewer') }],
    ['vendor/three/', { dir: three, only: ['build', path.join('examples', 'jsm')] }],
    ['vendor/protobufjs/', { dir: path.join(protobuf, 'dist', 'minimal') }],
    ['vendor/wire/', { dir: path.join(root, 'server', 'stream', 'gen'), only: ['fitme.js'] }],
  ]);
  return mounts;
}

/** The file a /view/... path names, or undefined (also for any path leaving its folder). */
export function staticFile(rel: string): string | undefined {
  if (rel === '') return path.join(packageRoot(), 'viewer', 'index.html');
  for (const [prefix, m] of table()) {
    if (!rel.startsWith(prefix)) continue;
    const inner = rel.slice(prefix.length);
    if (inner.includes('\0') || inner.split('/').some((s) => s === '..' || s === '.' || s === '')) return undefined;
    const file = path.resolve(m.dir, ...inner.split('/'));
    if (!file.startsWith(m.dir + path.sep)) return undefined;
    const sub = path.relative(m.dir, file);
    if (m.only && !m.only.some((o) => sub === o || sub.startsWith(o + path.sep))) return undefined;
    return file;
  }
  return undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
