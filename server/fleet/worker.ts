/**
 * `fitme worker`'s engine: takes fleet jobs from BullMQ and fits them on the daemon's fit threads
 * (server/stream/jobs.ts), so this process's event loop stays free to renew the jobs' locks in
 * Redis while a fit computes: a lock lapses only when the worker is gone (killed, crashed, cut
 * off), and then another worker takes the job over.
 *
 * Exactly once: a job's result is written to `<out>/<id>.partial-<host>-<pid>/` and renamed to
 * `<out>/<id>/`, never over a folder already there; a job whose folder exists (its worker was
 * killed after saving, before Redis heard) completes without fitting again.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { availableModels } from '../geometry/models.js';
import type { FitRequest, PipelineLimits } from '../pipeline.js';
import { DEFAULT_DAEMON_OPTIONS } from '../stream/daemon.js';
import { fitRequestFromGenerate, type RequestLimits } from '../stream/generate-request.js';
import { JobQueue } from '../stream/jobs.js';
import { ResultStore } from '../stream/results.js';
import { FitError, type AvatarResult } from '../types.js';
import { bullConnection, connectRedis } from './redis.js';
import { decodeRequest, failureReason, fitsKey, type FleetJobData, type FleetJobResult, type FleetProgress } from './fleet-job.js';

export interface FleetWorkerOptions {
  redisUrl: string;
  queue: string;
  /** Fits at once, each on its own thread. */
  concurrency: number;
  limits: PipelineLimits;
  /** How long a job's lock lasts unrenewed: a killed worker's jobs go back to the queue within about twice this. */
  lockMs: number;
  /** One line per job event (active, completed, failed) and for errors of the connection. */
  emit(event: Record<string, unknown>): void;
}

export interface FleetWorker {
  id: string;
  backend: string;
  /** Takes no more jobs, waits for the running ones to finish, and disconnects. */
  close(): Promise<void>;
}

export async function startFleetWorker(opts: FleetWorkerOptions): Promise<FleetWorker> {
  const id = `${os.hostname()}:${process.pid}`;
  const redis = await connectRedis(opts.redisUrl);
  const fits = new JobQueue({ concurrency: opts.concurrency, maxQueued: opts.concurrency, limits: opts.limits });
  try {
    await fits.start();
  } catch (err) {
    redis.disconnect();
    throw err;
  }
  const registry = availableModels();
  const requestLimits: RequestLimits = {
    maxPhotos: DEFAULT_DAEMON_OPTIONS.maxPhotos,
    minTextureSize: 256,
    maxTextureSize: 4096,
    models: [...registry.models.keys()],
    defaultModel: registry.defaultId,
  };

  const process_ = (job: Job<FleetJobData, FleetJobResult>) => runJob(job, { id, fits, redis, queue: opts.queue, requestLimits });
  const worker = new Worker<FleetJobData, FleetJobResult>(opts.queue, process_, {
    connection: bullConnection(opts.redisUrl),
    concurrency: opts.concurrency,
    name: id,
    lockDuration: opts.lockMs,
    stalledInterval: opts.lockMs,
    // A job whose workers keep dying (two in a row) is let go with BullMQ's "stalled" reason.
    maxStalledCount: 2,
  });
  worker.on('active', (job) => opts.emit({ event: 'active', jobId: job.id, source: job.data.source, worker: id, attempt: job.attemptsStarted }));
  worker.on('completed', (job, r) => opts.emit({ event: 'completed', jobId: job.id, source: job.data.source, folder: r.folder, fitted: r.fitted, durationMs: Math.round(r.durationMs) }));
  worker.on('failed', (job, err) => opts.emit({ event: 'failed', jobId: job?.id, source: job?.data.source, reason: err.message }));
  worker.on('error', (err) => opts.emit({ event: 'error', message: err.message }));
  await worker.waitUntilReady();

  let closing: Promise<void> | undefined;
  return {
    id,
    backend: fits.backend,
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await fits.close();
        await redis.quit().catch(() => undefined);
      })()),
  };
}

interface JobContext {
  id: string;
  fits: JobQueue;
  redis: Redis;
  queue: string;
  requestLimits: RequestLimits;
}

async function runJob(job: Job<FleetJobData, FleetJobResult>, ctx: JobContext): Promise<FleetJobResult> {
  const t0 = performance.now();
  const data = job.data;
  const jobId = job.id!;
  const store = new ResultStore(data.out, `${os.hostname()}-${process.pid}`);
  const folder = store.folder(jobId);
  if (await isFolder(folder)) return { folder, worker: ctx.id, fitted: false, durationMs: performance.now() - t0, warnings: [] };

  let req: FitRequest;
  try {
    req = fitRequestFromGenerate(decodeRequest(data), jobId, ctx.requestLimits, data.name);
  } catch (err) {
    throw jobError(err);
  }
  const { result, warnings } = await fit(ctx.fits, req, job, ctx.id).catch((err: unknown) => {
    throw jobError(err);
  });
  // Counted before saving: a fit run twice to the end shows here even if only one result is kept.
  await ctx.redis.hincrby(fitsKey(ctx.queue), jobId, 1);
  const fleet = { jobId, source: data.source, worker: ctx.id, attempt: job.attemptsStarted, finishedAt: new Date().toISOString() };
  await store.saveNew(result, { 'fleet.json': JSON.stringify(fleet, null, 2) + '\n' });
  // The result is on disk: Redis need not keep the photo any longer.
  await job.updateData({ ...data, request: undefined });
  return { folder, worker: ctx.id, fitted: true, durationMs: performance.now() - t0, warnings };
}

/** Runs one request on a fit thread, reporting its progress to BullMQ (at most every 5% or a new stage). */
function fit(fits: JobQueue, req: FitRequest, job: Job<FleetJobData, FleetJobResult>, worker: string): Promise<{ result: AvatarResult; warnings: string[] }> {
  const warnings: string[] = [];
  let last: FleetProgress = { stage: '', fraction: -1, worker };
  return new Promise((resolve, reject) => {
    fits.submit(req, {
      queued: () => undefined,
      progress: (stage, fraction) => {
        if (stage === last.stage && fraction < last.fraction + 0.05) return;
        last = { stage, fraction: Number(fraction.toFixed(3)), worker };
        job.updateProgress(last as unknown as object).catch(() => undefined);
      },
      warn: (code) => warnings.push(code),
      preview: () => undefined,
      done: (result) => resolve({ result, warnings }),
      failed: reject,
    });
  });
}

/** Failures of this worker, not of the request: another attempt may well succeed. */
const RETRYABLE = new Set<string>(['INTERNAL', 'SHUTTING_DOWN', 'CANCELLED', 'QUEUE_FULL']);

/** A bad photo or request fails its job for good (no retry: it would fail the same way); anything else is retried. */
function jobError(err: unknown): Error {
  if (err instanceof FitError) {
    const reason = failureReason(err.code, err.message);
    return RETRYABLE.has(err.code) ? new Error(reason) : new UnrecoverableError(reason);
  }
  return new Error(failureReason('INTERNAL', (err as Error).message));
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
