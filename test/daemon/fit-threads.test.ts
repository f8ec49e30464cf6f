/**
 * The daemon's fits with their pixel pass split over threads (`serve --fit-threads 3`: two pixel
 * workers inside each fit worker): a job cancelled mid-descent ends CANCELLED and leaves no thread
 * behind in the daemon process, and the next job completes.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeName, stageName } from '../../server/stream/wire.js';
import { Client, photo, startDaemon, type DaemonProcess } from '../support/daemon.js';

let d: DaemonProcess;

beforeAll(async () => {
  d = await startDaemon(['--fit-threads', '3']);
}, 60_000);

afterAll(async () => {
  await d?.stop();
});

/** The daemon's OS threads (Linux), once the count has stopped changing. */
async function threads(): Promise<number> {
  const read = () => Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${d.proc.pid}/status`, 'utf8'))![1]);
  let last = read();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = read();
    if (now === last && i >= 4) break;
    last = now;
  }
  return last;
}

describe.runIf(process.platform === 'linux')('fits over threads in the daemon', () => {
  it('a job cancelled mid-descent leaves no pixel worker behind; the next job completes', async () => {
    const c = await Client.open(d);
    const run = async (cancelAt?: RegExp) => {
      const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 512 } } });
      const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
      if (cancelAt) {
        await c.next((e) => e.body === 'progress' && stageName(e.progress!.stage!) === 'reflectance' && cancelAt.test(e.progress!.message ?? ''), 120_000);
        c.send({ cancel: { jobId } });
      }
      return (await c.job(jobId)).at(-1)!;
    };
    // A first job loads what stays loaded (networks, thread pools) before threads are counted.
    expect((await run()).body).toBe('completed');
    const idle = await threads();
    const cancelled = await run(/level 1 of \d+, iteration 5$/);
    expect(cancelled.body).toBe('failure');
    expect(errorCodeName(cancelled.failure!.code!)).toBe('CANCELLED');
    // A leaked pixel worker is a thread more; V8 and libuv may retire an idle helper of their own.
    expect(await threads()).toBeLessThanOrEqual(idle);
    expect((await run()).body).toBe('completed');
    expect(await threads()).toBeLessThanOrEqual(idle);
    c.close();
  }, 240_000);
});
