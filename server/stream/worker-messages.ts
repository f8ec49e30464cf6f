/** Messages between the daemon and its fit workers (structured-clone data only). */
import type { FitRequest, PreviewFrame } from '../pipeline.js';
import type { AvatarResult, ErrorCodeName, StageName } from '../types.js';

export type ToWorker = { type: 'run'; req: FitRequest; cancel: SharedArrayBuffer };

export type FromWorker =
  | { type: 'ready'; backend: string }
  | { type: 'fatal'; message: string }
  | { type: 'progress'; jobId: string; stage: StageName; fraction: number; message?: string }
  | { type: 'warn'; jobId: string; code: string; message: string }
  | { type: 'preview'; jobId: string; frame: PreviewFrame }
  | { type: 'done'; jobId: string; result: AvatarResult }
  | { type: 'failed'; jobId: string; code: ErrorCodeName; message: string; photoIndex?: number };
