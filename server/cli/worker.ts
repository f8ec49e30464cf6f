/** `fitme worker`: fits the fleet's jobs from Redis until stopped. See README, "Running a fleet". */
import { parseArgs } from 'node:util';
import { DEFAULT_DAEMON_OPTIONS } from '../stream/daemon.js';
import { DEFAULT_FIT_THREADS } from '../render/pixel-pool.js';
import { startFleetWorker } from '../fleet/worker.js';
import { DEFAULT_QUEUE } from '../fleet/fleet-job.js';
import { energyOption } from './energy-option.js';
import { positiveInt, positiveNumber } from './numbers.js';
import { UsageError } from './usage-error.js';

export async function worker(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      home: { type: 'string' },
      redis: { type: 'string' },
      queue: { type: 'string', default: DEFAULT_QUEUE },
      concurrency: { type: 'string', default: '1' },
      'fit-threads': { type: 'string', default: String(DEFAULT_FIT_THREADS) },
      energy: { type: 'string', default: 'auto' },
      'max-photo-mp': { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.maxPhotoPixels / 1e6) },
      'lock-seconds': { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.redis) throw new UsageError('usage: fitme worker --redis redis://HOST:PORT [--concurrency N] [--queue NAME] [--json]');
  const json = values.json!;
  const print = (event: Record<string, unknown>) => process.stdout.write(json ? `${JSON.stringify(event)}\n` : `${new Date().toISOString()} ${describe(event)}\n`);
  const w = await startFleetWorker({
    redisUrl: values.redis,
    queue: values.queue!,
    concurrency: positiveInt(values.concurrency!, 'concurrency'),
    limits: {
      maxPhotoPixels: Math.round(positiveNumber(values['max-photo-mp']!, 'max-photo-mp') * 1e6),
      fitThreads: positiveInt(values['fit-threads']!, 'fit-threads'),
      fitEnergy: energyOption(values.energy!),
    },
    lockMs: Math.round(positiveNumber(values['lock-seconds']!, 'lock-seconds') * 1000),
    emit: print,
  });
  print({ event: 'ready', worker: w.id, queue: values.queue, concurrency: Number(values.concurrency), backend: w.backend });

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      print({ event: 'stopping', signal, message: 'finishing the running jobs; send the signal again to stop at once (they go back to the queue)' });
      process.once(signal as NodeJS.Signals, () => process.exit(130));
      w.close().then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

function describe(e: Record<string, unknown>): string {
  switch (e.event) {
    case 'ready':
      return `worker ${e.worker} taking jobs from queue "${e.queue}" (${e.concurrency} at a time, backend ${e.backend})`;
    case 'active':
      return `${e.jobId} started: ${e.source}`;
    case 'completed':
      return `${e.jobId} completed: ${e.folder}${e.fitted ? '' : ' (already saved: not refitted)'}`;
    case 'failed':
      return `${e.jobId} failed: ${e.reason}`;
    default:
      return typeof e.message === 'string' ? `${e.event}: ${e.message}` : JSON.stringify(e);
  }
}
