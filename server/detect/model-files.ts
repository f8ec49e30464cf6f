/**
 * Loads human's graph models from the files shipped inside its npm package, so that detection
 * never touches the network. tfjs-node brings its own `file://` handler; the wasm backend has
 * none (its default loader calls fetch(), which rejects file: URLs), so we register one.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The subset of tfjs-core's io API this loader uses (human exposes tfjs as an untyped object). */
interface TfIo {
  io: {
    registerLoadRouter(router: (url: string | string[]) => unknown): void;
    getLoadHandlers(url: string): unknown[];
    getModelArtifactsForJSON(
      json: unknown,
      loadWeights: (manifest: WeightsGroup[]) => Promise<[unknown[], ArrayBuffer]>,
    ): Promise<unknown>;
  };
}

interface WeightsGroup {
  paths: string[];
  weights: unknown[];
}

/** The folder of the installed @vladmandic/human package. */
export function humanPackageDir(): string {
  // human's package.json "exports" has no "./package.json" entry; its main file sits in dist/.
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..');
}

/** file:// URL of human's bundled models folder, with a trailing slash (human joins names onto it). */
export function humanModelsUrl(): string {
  return pathToFileURL(path.join(humanPackageDir(), 'models')).href + '/';
}

/** Registers a file:// model loader with tfjs unless the backend already provides one. */
export function ensureFileModelLoader(tf: TfIo): void {
  if (tf.io.getLoadHandlers('file:///probe.json').length > 0) return;
  tf.io.registerLoadRouter((url) => {
    if (typeof url !== 'string' || !url.startsWith('file://')) return null;
    const file = fileURLToPath(url);
    return { load: () => loadArtifacts(tf, file) };
  });
}

async function loadArtifacts(tf: TfIo, file: string): Promise<unknown> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
    const specs: unknown[] = [];
    const shards: Buffer[] = [];
    for (const group of manifest) {
      specs.push(...group.weights);
      for (const shard of group.paths) shards.push(await readFile(path.join(path.dirname(file), shard)));
    }
    const all = Buffer.concat(shards);
    return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
  });
}
