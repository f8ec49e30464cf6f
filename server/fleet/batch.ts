/**
 * `fitme batch`'s engine: puts one job per photo on the fleet's queue and follows them until every
 * one has completed or failed. The jobs live in Redis, not here: killing the batch loses nothing
 * (the workers go on), and running the same batch again adds no job twice (the ids are content
 * hashes) and picks up where it was, reporting the jobs that finished meanwhile.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Queue, QueueEvents, type Job } from 'bullmq';
import { bullConnection, connectRedis } from './redis.js';
import { fitsKey, fleetJob, parseFailure, type FitOptions, type FleetJobData, type FleetJobResult } from './fleet-job.js';

export interface BatchOptions {
  redisUrl: string;
  queue: string;
  out: string;
  photos: string[];
  faceIndex: number;
  options: NonNullable<FitOptions>;
  /** Jobs an earlier run left failed are run again (after fixing a worker, say), not just reported. */
  retryFailed: boolean;
  /**
   * At most this many of the batch's jobs are in Redis unfinished at once (each holds its photo
   * there); the next photos are queued as jobs finish. Default DEFAULT_WINDOW.
   */
  window?: number;
  /** How often the jobs' states are read besides the events (which a reconnect may miss). */
  pollMs?: number;
  emit(event: BatchEvent): void;
}

export type BatchEvent =
  | { event: 'queued'; jobId: string; photo: string; state: string }
  | { event: 'active'; jobId: string; photo: string }
  | { event: 'progress'; jobId: string; photo: string; stage: string; fraction: number; worker: string }
  | { event: 'stalled'; jobId: string; photo: string; message: string }
  | { event: 'completed'; jobId: string; photo: string; folder: string; worker: string; fitted: boolean }
  | { event: 'failed'; jobId: string | null; photo: string; code: string; message: string }
  | ({ event: 'done' } & BatchSummary);

export interface BatchSummary {
  jobs: number;
  completed: number;
  failed: number;
  /** Fits run to the end beyond one per job (a worker that lost its lock while fitting): 0 when all went to plan. */
  refits: number;
  out: string;
}

const JOB_OPTIONS = {
  // Only INTERNAL errors are retried (a fit thread that crashed, a full disk); bad photos fail at once.
  attempts: 3,
  backoff: { type: 'exponential', delay: 5000 },
  // Kept, so that a batch sent again finds them (and adds no duplicate).
  removeOnComplete: false,
  removeOnFail: false,
} as const;

/** Photos read and queued at a time: a batch of thousands never holds more than these in memory. */
const CHUNK = 16;
/** Unfinished jobs a batch keeps in Redis: enough to keep a large fleet busy, a few hundred MB of photos. */
export const DEFAULT_WINDOW = 64;

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const redis = await connectRedis(opts.redisUrl);
  const connection = bullConnection(opts.redisUrl);
  const queue = new Queue<FleetJobData, FleetJobResult>(opts.queue, { connection });
  const events = new QueueEvents(opts.queue, { connection });
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    const out = path.resolve(opts.out);
    await fs.mkdir(out, { recursive: true });
    /** Job id → the photos (usually one) that make it. */
    const photosOf = new Map<string, string[]>();
    const pending = new Set<string>();
    let failed = 0;
    let completed = 0;
    const label = (id: string) => photosOf.get(id)?.join(', ') ?? id;

    const finish = async (id: string): Promise<void> => {
      if (!pending.has(id)) return;
      // The state alone first: a waiting job's data holds its photo, not worth fetching every poll.
      const state = await queue.getJobState(id);
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
      const job = state === 'unknown' ? undefined : ((await queue.getJob(id)) as Job<FleetJobData, FleetJobResult> | undefined);
      // The events and the poll may both ask: the first to get here reports the job.
      if (!pending.has(id)) return;
      pending.delete(id);
      if (state === 'completed') {
        completed++;
        const r = job?.returnvalue;
        opts.emit({ event: 'completed', jobId: id, photo: label(id), folder: r?.folder ?? path.join(out, id), worker: r?.worker ?? '', fitted: r?.fitted ?? true });
      } else if (state === 'failed') {
        failed++;
        const { code, message } = parseFailure(job?.failedReason);
        opts.emit({ event: 'failed', jobId: id, photo: label(id), code, message });
      } else {
        // Removed from Redis behind the batch's back (an obliterated queue): say so rather than wait forever.
        failed++;
        opts.emit({ event: 'failed', jobId: id, photo: label(id), code: 'JOB_NOT_FOUND', message: `job ${id} is no longer in Redis; run the batch again to queue it anew` });
      }
    };

    const ours = (id: string) => pending.has(id);
    events.on('active', ({ jobId }) => ours(jobId) && opts.emit({ event: 'active', jobId, photo: label(jobId) }));
    events.on('progress', ({ jobId, data }) => {
      if (!ours(jobId) || typeof data !== 'object' || data === null) return;
      const p = data as { stage?: string; fraction?: number; worker?: string };
      opts.emit({ event: 'progress', jobId, photo: label(jobId), stage: p.stage ?? '', fraction: p.fraction ?? 0, worker: p.worker ?? '' });
    });
    events.on('stalled', ({ jobId }) => ours(jobId) && opts.emit({ event: 'stalled', jobId, photo: label(jobId), message: 'its worker stopped answering; the job is back in the queue for another' }));
    events.on('completed', ({ jobId }) => void finish(jobId).catch(() => undefined));
    events.on('failed', ({ jobId }) => void finish(jobId).catch(() => undefined));

    const pollMs = opts.pollMs ?? 2000;
    const window = Math.max(1, opts.window ?? DEFAULT_WINDOW);
    const poll = async () => {
      await new Promise((r) => setTimeout(r, pollMs));
      // Many at once: ioredis pipelines the concurrent reads into few round trips.
      const ids = [...pending];
      for (let i = 0; i < ids.length; i += 200) await Promise.all(ids.slice(i, i + 200).map(finish));
    };

    for (let i = 0; i < opts.photos.length; ) {
      while (pending.size >= window) await poll();
      const take = Math.min(CHUNK, window - pending.size);
      const slice = opts.photos.slice(i, i + take);
      i += take;
      const read = await Promise.all(slice.map(async (source) => ({ source, data: await fs.readFile(source).catch((err: Error) => err) })));
      const jobs: { name: string; data: FleetJobData; opts: typeof JOB_OPTIONS & { jobId: string } }[] = [];
      for (const { source, data } of read) {
        if (data instanceof Error) {
          failed++;
          opts.emit({ event: 'failed', jobId: null, photo: source, code: 'NOT_AN_IMAGE', message: `${source} cannot be read: ${data.message}` });
          continue;
        }
        const { id, data: jobData } = fleetJob({ source, data, faceIndex: opts.faceIndex }, opts.options, out);
        const seen = photosOf.get(id);
        if (seen) {
          // The same photo twice: one job, both names on it.
          seen.push(source);
          continue;
        }
        photosOf.set(id, [source]);
        jobs.push({ name: 'fit', data: jobData, opts: { ...JOB_OPTIONS, jobId: id } });
      }
      // A job whose id is in Redis already (an earlier run of this batch) is left as it is.
      await queue.addBulk(jobs);
      for (const j of jobs) {
        let state: string = await queue.getJobState(j.opts.jobId);
        if (state === 'failed' && opts.retryFailed) {
          const job = (await queue.getJob(j.opts.jobId)) as Job<FleetJobData, FleetJobResult> | undefined;
          await job?.retry('failed');
          state = 'waiting';
        }
        pending.add(j.opts.jobId);
        opts.emit({ event: 'queued', jobId: j.opts.jobId, photo: j.data.source, state });
        if (state === 'completed' || state === 'failed') await finish(j.opts.jobId);
      }
    }

    while (pending.size > 0) await poll();
    await removeLeftovers(out, new Set(photosOf.keys()));
    const fits = await redis.hmget(fitsKey(opts.queue), ...photosOf.keys());
    const refits = photosOf.size ? fits.reduce((n, f) => n + Math.max(0, Number(f ?? 0) - 1), 0) : 0;
    const summary: BatchSummary = { jobs: photosOf.size, completed, failed, refits, out };
    opts.emit({ event: 'done', ...summary });
    return summary;
  } finally {
    await events.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    await redis.quit().catch(() => undefined);
  }
}

/**
 * The `.partial-*` folders a killed worker left for this batch's jobs: they are all finished, so
 * no one is writing them any more (other batches' partial folders are left alone).
 */
async function removeLeftovers(out: string, ids: Set<string>): Promise<void> {
  for (const name of await fs.readdir(out)) {
    const m = /^(f-[0-9a-f]{32})\.partial-/.exec(name);
    if (m && ids.has(m[1])) await fs.rm(path.join(out, name), { recursive: true, force: true });
  }
}
