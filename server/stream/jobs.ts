/**
 * The job queue: at most `concurrency` fits run at once, each in its own worker thread; the rest
 * wait in order. A job outlives the client that asked for it: its result is saved to the results
 * directory whether or not anyone is still listening.
 */
import { Worker } from 'node:worker_threads';
import type { FitRequest, PipelineLimits, PreviewFrame } from '../pipeline.js';
import { FitError, type AvatarResult, type StageName } from '../types.js';
import type { JobJournal } from './job-journal.js';
import type { ResultStore } from './results.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export interface JobListener {
  queued(position: number): void;
  progress(stage: StageName, fraction: number, message?: string): void;
  warn(code: string, message: string): void;
  preview(frame: PreviewFrame): void;
  /**
   * The result, as soon as the fit has it (saving it takes a second; streaming starts at once).
   * `saved` settles when it is in the results directory, where a fetch finds it again, or with
   * the RESULT_NOT_SAVED message when it cannot be saved; it never rejects.
   */
  done(result: AvatarResult, saved: Promise<string | undefined>): void;
  failed(err: FitError): void;
}

interface Job {
  req: FitRequest;
  /** Every client following the job: the one that asked for it, and any that fetched it while it ran. */
  listeners: Set<JobListener>;
  cancel: Int32Array;
  slot?: Slot;
  /** Set once the fit is done: the job is followed until the result is saved, so a fetch in between still gets it. */
  finished?: { result: AvatarResult; saved: Promise<string | undefined> };
}

interface Slot {
  worker: Worker;
  job?: Job;
}

export interface JobQueueOptions {
  concurrency: number;
  maxQueued: number;
  limits: PipelineLimits;
  /** Where results are saved while listeners get them; without one (the fleet's worker) listeners save them. */
  store?: ResultStore;
  /** Where accepted jobs are kept until they finish, so a restart runs them again (the fleet keeps its jobs in Redis). */
  journal?: JobJournal;
}

export class JobQueue {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private readonly jobs = new Map<string, Job>();
  private closing = false;
  backend = 'unknown';

  constructor(private readonly opts: JobQueueOptions) {}

  /** Starts the workers and waits until each has loaded the networks. */
  async start(): Promise<void> {
    await Promise.all(Array.from({ length: this.opts.concurrency }, () => this.spawn()));
  }

  private spawn(): Promise<Slot> {
    const worker = new Worker(new URL('./fit-worker.js', import.meta.url), { workerData: { limits: this.opts.limits } });
    const slot: Slot = { worker };
    return new Promise((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          this.backend = m.backend;
          this.slots.push(slot);
          resolve(slot);
          this.pump();
        } else if (m.type === 'fatal') {
          reject(new Error(m.message));
        } else {
          this.onJobMessage(slot, m);
        }
      });
      worker.on('error', (err) => reject(err));
      worker.on('exit', (code) => this.onExit(slot, code));
    });
  }

  get activeCount(): number {
    return this.slots.filter((s) => s.job).length;
  }

  get queuedCount(): number {
    return this.waiting.length;
  }

  /** Queues a job; returns its position (0 = running now). */
  submit(req: FitRequest, listener: JobListener): number {
    if (this.closing) throw new FitError('SHUTTING_DOWN', 'the daemon is shutting down; start it again and resend the request');
    if (this.waiting.length >= this.opts.maxQueued) {
      throw new FitError('QUEUE_FULL', `${this.waiting.length} jobs are already waiting (the limit); try again when one finishes`);
    }
    const journal = this.opts.journal;
    try {
      journal?.record(req);
    } catch (err) {
      throw new FitError('INTERNAL', `the job could not be recorded in ${journal!.dir} (${(err as Error).message}); is the disk full?`);
    }
    return this.enqueue(req, new Set([listener]));
  }

  /** Queues again, with no one listening yet, the jobs a killed daemon left unfinished (they are recorded already). */
  resume(requests: FitRequest[]): void {
    for (const req of requests) this.enqueue(req, new Set());
  }

  private enqueue(req: FitRequest, listeners: Set<JobListener>): number {
    const job: Job = { req, listeners, cancel: new Int32Array(new SharedArrayBuffer(4)) };
    this.jobs.set(req.jobId, job);
    this.waiting.push(job);
    this.pump();
    return job.slot ? 0 : this.waiting.indexOf(job) + 1;
  }

  isRunning(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  /** Adds a listener to a job: a client that fetched it while it runs gets its events and outcome too. */
  listen(jobId: string, listener: JobListener): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    if (job.finished) listener.done(job.finished.result, job.finished.saved);
    else job.listeners.add(listener);
    return true;
  }

  /** Drops `listener` from a job (its client left); the job's other listeners keep it. */
  unlisten(jobId: string, listener: JobListener): void {
    this.jobs.get(jobId)?.listeners.delete(listener);
  }

  /** Cancels a waiting or running job. Its listener gets failed(CANCELLED). */
  cancel(jobId: string, why = 'the job was cancelled'): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.finished) return false;
    const i = this.waiting.indexOf(job);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      this.finish(job, (l) => l.failed(new FitError('CANCELLED', why)));
      this.announcePositions();
    } else {
      // The worker notices at its next checkpoint and reports CANCELLED itself.
      Atomics.store(job.cancel, 0, 1);
    }
    return true;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.waiting.length === 0) continue;
      const job = this.waiting.shift()!;
      slot.job = job;
      job.slot = slot;
      const msg: ToWorker = { type: 'run', req: job.req, cancel: job.cancel.buffer as SharedArrayBuffer };
      slot.worker.postMessage(msg);
      for (const l of job.listeners) l.queued(0);
      this.announcePositions();
    }
  }

  private announcePositions(): void {
    this.waiting.forEach((job, i) => job.listeners.forEach((l) => l.queued(i + 1)));
  }

  private onJobMessage(slot: Slot, m: Exclude<FromWorker, { type: 'ready' | 'fatal' }>): void {
    const job = slot.job;
    if (!job || job.req.jobId !== m.jobId) return;
    switch (m.type) {
      case 'progress':
        for (const l of job.listeners) l.progress(m.stage, m.fraction, m.message);
        break;
      case 'warn':
        for (const l of job.listeners) l.warn(m.code, m.message);
        break;
      case 'preview':
        for (const l of job.listeners) l.preview(m.frame);
        break;
      case 'failed':
        this.release(slot);
        this.finish(job, (x) => x.failed(new FitError(m.code, m.message, m.photoIndex)));
        break;
      case 'done':
        this.release(slot);
        this.settle(job, m.result);
        break;
    }
  }

  /**
   * Hands the result to the listeners while it is saved. A result that cannot be saved (a full
   * disk, a vanished results folder) is still the clients': they get it, told that it cannot be
   * fetched again. The job stays followable, and in the journal, until the save has settled.
   */
  private settle(job: Job, result: AvatarResult): void {
    const store = this.opts.store;
    const saved = store
      ? store.save(result).then(
          () => undefined,
          (err: Error) => `the avatar could not be saved to ${store.dir} (${err.message}); it is sent now but cannot be fetched again`,
        )
      : Promise.resolve(undefined);
    job.finished = { result, saved };
    for (const l of job.listeners) l.done(result, saved);
    job.listeners.clear();
    void saved.then(() => this.forget(job));
  }

  private release(slot: Slot): void {
    if (slot.job) slot.job.slot = undefined;
    slot.job = undefined;
    this.pump();
  }

  private finish(job: Job, tell: (l: JobListener) => void): void {
    this.forget(job);
    for (const l of job.listeners) tell(l);
  }

  private forget(job: Job): void {
    this.jobs.delete(job.req.jobId);
    this.opts.journal?.forget(job.req.jobId);
  }

  private onExit(slot: Slot, code: number): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const job = slot.job;
    slot.job = undefined;
    if (job) this.finish(job, (l) => l.failed(new FitError('INTERNAL', `the fit worker stopped unexpectedly (exit code ${code}); the daemon restarted it, send the request again`)));
    if (!this.closing) void this.spawn().catch(() => undefined);
  }

  /** Refuses queued jobs, cancels running ones and stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.waiting.splice(0)) this.finish(job, (l) => l.failed(new FitError('SHUTTING_DOWN', 'the daemon is shutting down; the job was not started')));
    const running = this.slots.filter((s) => s.job).map((s) => s.job!);
    for (const job of running) {
      Atomics.store(job.cancel, 0, 1);
      this.finish(job, (l) => l.failed(new FitError('SHUTTING_DOWN', 'the daemon is shutting down; the job was stopped')));
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
