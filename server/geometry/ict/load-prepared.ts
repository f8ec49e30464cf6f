/**
 * The ICT-FaceKit model loaded and prepared on a thread of its own: reading and dequantising it
 * and deriving its avatar layout and landmark basis take about a second, once per process, which
 * the CLI otherwise spent at the start of the geometry stage. Started early (FaceModel.prepare),
 * it runs on the second core while the face networks load and the photos are detected.
 */
import { Worker } from 'node:worker_threads';
import { builtWorker } from '../../config/built-worker.js';
import { adoptAvatarLayout, type AvatarLayout } from './avatar-layout.js';
import { ModelImportError, type ModelImportErrorCode } from './import-error.js';
import { adoptLandmarkBasis, type LandmarkBasis } from './landmark-basis.js';
import type { IctModel } from './model.js';

export type PreparedMessage =
  | { ok: true; model: IctModel; layout: AvatarLayout; basis: LandmarkBasis }
  | { ok: false; message: string; code?: ModelImportErrorCode };

/** loadIctModel(cacheDir), with avatarLayout() and landmarkBasis() of the result already known. */
export function loadPreparedIctModel(cacheDir: string): Promise<IctModel> {
  return new Promise((resolve, reject) => {
    const script = builtWorker(import.meta.url, './prepare-worker.js', (file) => new Error(`the model loader ${file} is missing; run \`npm run build\``));
    const worker = new Worker(script, { workerData: { cacheDir } });
    let settled = false;
    worker.once('message', (m: PreparedMessage) => {
      settled = true;
      if (!m.ok) {
        reject(m.code ? new ModelImportError(m.code, m.message) : new Error(m.message));
        return;
      }
      adoptAvatarLayout(m.model, m.layout);
      adoptLandmarkBasis(m.model, m.basis);
      resolve(m.model);
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the model loader thread exited (code ${code}) before loading ${cacheDir}`));
    });
  });
}
