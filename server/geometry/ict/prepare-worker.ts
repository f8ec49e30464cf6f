/**
 * The loader thread of load-prepared.ts: reads the model and works out what every fit needs from
 * it (the avatar's layout, the landmark basis), then hands all of it over without copying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { avatarLayout } from './avatar-layout.js';
import { loadIctModel } from './cache.js';
import { ModelImportError } from './import-error.js';
import { landmarkBasis } from './landmark-basis.js';
import type { PreparedMessage } from './load-prepared.js';

const { cacheDir } = workerData as { cacheDir: string };
let message: PreparedMessage;
try {
  const model = await loadIctModel(cacheDir);
  message = { ok: true, model, layout: avatarLayout(model), basis: landmarkBasis(model) };
} catch (e) {
  const err = e as Error;
  message = { ok: false, message: err.message, ...(e instanceof ModelImportError ? { code: e.code } : {}) };
}
parentPort!.postMessage(message, message.ok ? transferables(message) : []);

/** Every ArrayBuffer under `value`, once each. */
function transferables(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferables(v, out);
  }
  return [...out];
}
