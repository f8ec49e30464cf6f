/**
 * A fleet on a real Redis: two `fitme worker` processes fit a batch while one of them is killed
 * (kill -9) in the middle of a fit and the batch command is killed too and started again. Every
 * good photo ends up fitted exactly once, in one folder; the bad photo fails with the daemon's
 * code and the rest go on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisProcess } from '../support/redis.js';
import { FitmeProcess, type Line } from '../support/fleet.js';
import { distinctPortraits, noFace } from '../support/photos.js';
import { fitsKey } from '../../server/fleet/fleet-job.js';

let redis: RedisProcess;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-fleet-'));
const home = path.join(tmp, 'home');
const out = path.join(tmp, 'results');
const running: FitmeProcess[] = [];
const good: string[] = [];
let bad: string;
let finishedIds: string[] = [];
let survivor: FitmeProcess | undefined;

// The default (full-head) model, the fast preset and small maps: about 5 s a fit here.
const FIT = ['--preset', 'fast', '--texture-size', '256'];

beforeAll(async () => {
  redis = await startRedis();
  fs.mkdirSync(path.join(tmp, 'photos'));
  for (const { name, data } of await distinctPortraits(5)) {
    const file = path.join(tmp, 'photos', name);
    fs.writeFileSync(file, data);
    good.push(file);
  }
  bad = path.join(tmp, 'photos', 'uniform.jpg');
  fs.writeFileSync(bad, await noFace());
}, 60_000);

afterAll(async () => {
  for (const p of running) await p.kill();
  await redis?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function start(args: string[]): FitmeProcess {
  const p = FitmeProcess.start(home, args);
  running.push(p);
  return p;
}

// A window of 3: the batch queues the next photos as jobs finish (and, run again, those it had not queued).
const batchArgs = () => ['batch', '--redis', redis.url, '--out', out, ...FIT, '--window', '3', ...good.slice(0, 3), bad, ...good.slice(3)];

describe('a fleet of two workers', () => {
  it('finishes every job exactly once with a worker and the batch killed midway', async () => {
    // Short locks, so the killed worker's job is taken over within seconds; long enough that a
    // living worker on a loaded machine never misses a renewal (which would fit a job twice).
    const workerArgs = ['worker', '--redis', redis.url, '--lock-seconds', '8'];
    const a = start(workerArgs);
    const b = start(workerArgs);
    const [readyA, readyB] = await Promise.all([a.waitFor((l) => l.event === 'ready', 90_000, 'worker A ready'), b.waitFor((l) => l.event === 'ready', 90_000, 'worker B ready')]);
    const idA = readyA.worker as string;
    const idB = readyB.worker as string;

    const first = start(batchArgs());
    // Kill A in the middle of a fit: once the batch has seen it past detection on one job.
    const midFit = await first.waitFor((l) => l.event === 'progress' && l.worker === idA && l.stage === 'geometry', 120_000, 'worker A fitting');
    await a.kill('SIGKILL');
    const killedJob = midFit.jobId as string;
    expect(a.lines.some((l) => l.event === 'completed' && l.jobId === killedJob)).toBe(false);

    // Then the batch command, once something has completed; started again, it picks up where it was.
    await first.waitFor((l) => l.event === 'completed', 120_000, 'a completed job');
    await first.kill('SIGKILL');
    const second = start(batchArgs());
    const done = await second.waitFor((l) => l.event === 'done', 180_000, 'the batch to finish');
    expect(await second.exited).toBe(1); // one job failed

    expect(done).toMatchObject({ jobs: 6, completed: 5, failed: 1, refits: 0 });
    const failed = second.lines.filter((l) => l.event === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ photo: bad, code: 'NO_FACE' });
    expect(failed[0].message).toMatch(/uniform\.jpg/);

    // Never more than the window unfinished at once.
    let open = 0;
    for (const l of second.lines) {
      if (l.event === 'queued') open++;
      if (l.event === 'completed' || l.event === 'failed') open--;
      expect(open).toBeLessThanOrEqual(3);
    }

    // Every good photo: one completed job, one result folder, fitted once in all.
    const completed = second.lines.filter((l) => l.event === 'completed');
    expect(completed.map((l) => l.photo).sort()).toEqual([...good].sort());
    const ids = completed.map((l) => l.jobId as string);
    expect(new Set(ids).size).toBe(5);
    expect(fs.readdirSync(out).sort()).toEqual([...ids].sort()); // no partial folder left, nothing else
    for (const id of ids) {
      const folder = path.join(out, id);
      for (const f of ['avatar.glb', 'albedo.png', 'metadata.json', 'fleet.json']) expect(fs.existsSync(path.join(folder, f)), `${id}/${f}`).toBe(true);
      expect(fs.readFileSync(path.join(folder, 'avatar.glb')).subarray(0, 4).toString()).toBe('glTF');
    }
    const conn = new Redis(redis.url);
    const queue = new Queue('fitme', { connection: { url: redis.url } });
    try {
      const fits = await conn.hgetall(fitsKey('fitme'));
      expect(Object.keys(fits).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(fits[id], `fits of ${id}`).toBe('1');
      const counts = await queue.getJobCounts('completed', 'failed', 'active', 'wait', 'delayed');
      expect(counts).toEqual({ completed: 5, failed: 1, active: 0, wait: 0, delayed: 0 });
    } finally {
      await queue.close();
      conn.disconnect();
    }
    // The job A was fitting when it died was taken over and completed by B.
    const meta = JSON.parse(fs.readFileSync(path.join(out, killedJob, 'fleet.json'), 'utf8')) as { worker: string };
    expect(meta.worker).toBe(idB);
    const completions = (p: FitmeProcess) => p.lines.filter((l: Line) => l.event === 'completed').map((l) => l.jobId as string);
    const all = [...completions(a), ...completions(b)];
    expect(all.sort()).toEqual([...ids].sort()); // each job completed exactly once across the workers
    finishedIds = ids;
    survivor = b;
  }, 300_000);

  it('completes a job whose result folder is there already without fitting it again', async () => {
    // As when a worker is killed after saving but before Redis heard: the folder exists, the job does not.
    expect(finishedIds).toHaveLength(5);
    const id = finishedIds[0];
    const glb = path.join(out, id, 'avatar.glb');
    const before = fs.statSync(glb).mtimeMs;
    const queue = new Queue('fitme', { connection: { url: redis.url } });
    const conn = new Redis(redis.url);
    try {
      await queue.remove(id);
      const photo = JSON.parse(fs.readFileSync(path.join(out, id, 'fleet.json'), 'utf8')).source as string;
      const again = start(['batch', '--redis', redis.url, '--out', out, ...FIT, photo]);
      const done = await again.waitFor((l) => l.event === 'done', 120_000, 'the batch to finish');
      expect(done).toMatchObject({ jobs: 1, completed: 1, failed: 0, refits: 0 });
      expect(again.lines.find((l) => l.event === 'completed')).toMatchObject({ jobId: id, fitted: false });
      expect(await again.exited).toBe(0);
      expect(await conn.hget(fitsKey('fitme'), id)).toBe('1');
      expect(fs.statSync(glb).mtimeMs).toBe(before);
    } finally {
      await queue.close();
      conn.disconnect();
    }
  }, 180_000);

  it('runs a failed job again with --retry-failed, and reports it failed without it', async () => {
    const plain = start(['batch', '--redis', redis.url, '--out', out, ...FIT, bad]);
    await plain.waitFor((l) => l.event === 'done', 60_000, 'the batch to finish');
    expect(plain.lines.find((l) => l.event === 'queued')).toMatchObject({ state: 'failed' });
    expect(plain.lines.some((l) => l.event === 'active')).toBe(false);

    const retried = start(['batch', '--redis', redis.url, '--out', out, ...FIT, '--retry-failed', bad]);
    const done = await retried.waitFor((l) => l.event === 'done', 120_000, 'the batch to finish');
    expect(done).toMatchObject({ jobs: 1, completed: 0, failed: 1 });
    expect(retried.lines.find((l) => l.event === 'queued')).toMatchObject({ state: 'waiting' });
    expect(retried.lines.find((l) => l.event === 'failed')).toMatchObject({ code: 'NO_FACE' });
    expect(await retried.exited).toBe(1);
  }, 180_000);

  it('stops a worker on SIGTERM only after the job it is fitting', async () => {
    // The worker left from the first test stops at once: it is fitting nothing.
    expect(await survivor!.kill('SIGTERM')).toBe(0);
    const [, , , , , sixth] = await distinctPortraits(6);
    const photo = path.join(tmp, 'photos', sixth.name);
    fs.writeFileSync(photo, sixth.data);
    const c = start(['worker', '--redis', redis.url]);
    await c.waitFor((l) => l.event === 'ready', 90_000, 'worker C ready');
    const run = start(['batch', '--redis', redis.url, '--out', out, ...FIT, photo]);
    const active = await c.waitFor((l) => l.event === 'active', 60_000, 'worker C fitting');
    c.proc.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    expect(c.lines.find((l) => l.event === 'completed')).toMatchObject({ jobId: active.jobId, fitted: true });
    const done = await run.waitFor((l) => l.event === 'done', 60_000, 'the batch to finish');
    expect(done).toMatchObject({ jobs: 1, completed: 1, failed: 0 });
  }, 180_000);
});
