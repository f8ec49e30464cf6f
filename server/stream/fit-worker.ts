/**
 * A worker thread that runs fits, so the daemon's event loop keeps serving sockets while a fit
 * computes. It loads the face networks (and the default model) once at start and then runs one job at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FaceDetector } from '../detect/faces.js';
import { availableModels } from '../geometry/models.js';
import { runFit, type FitRequest } from '../pipeline.js';
import { FitError } from '../types.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

const port = parentPort!;
const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

// The default model loads on a thread of its own meanwhile, so the first job does not wait for it.
const installed = availableModels();
installed.models.get(installed.defaultId)!.prepare?.();
const detector = await FaceDetector.load().catch((err: Error) => {
  post({ type: 'fatal', message: `could not load the face networks: ${err.message}` });
  process.exit(1);
});
post({ type: 'ready', backend: detector.backend });

port.on('message', (m: ToWorker) => {
  if (m.type === 'run') void run(m.req, new Int32Array(m.cancel));
});

async function run(req: FitRequest, cancel: Int32Array): Promise<void> {
  const jobId = req.jobId;
  try {
    const model = availableModels().models.get(req.model);
    if (!model) throw new FitError('UNKNOWN_MODEL', `model "${req.model}" is not installed in this daemon`);
    const result = await runFit(req, model, detector, workerData.limits, {
      progress: (stage, fraction, message) => post({ type: 'progress', jobId, stage, fraction, message }),
      warn: (code, message) => post({ type: 'warn', jobId, code, message }),
      preview: (frame) => post({ type: 'preview', jobId, frame }),
      checkCancelled: () => {
        if (Atomics.load(cancel, 0) !== 0) throw new FitError('CANCELLED', 'the job was cancelled');
      },
    });
    post({ type: 'done', jobId, result });
  } catch (err) {
    const e = err instanceof FitError ? err : new FitError('INTERNAL', `internal error: ${(err as Error).stack ?? err}`);
    post({ type: 'failed', jobId, code: e.code, message: e.message, photoIndex: e.photoIndex });
  }
}
