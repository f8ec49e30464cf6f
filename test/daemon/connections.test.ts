/**
 * The daemon's protection against clients that hold on to it, over real WebSockets: at most 64
 * open connections, and a client that stops reading while a result is sent is let go (after
 * sendStallMs, shortened here from a minute) without the result being lost for anyone else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, jobIdOf, photo, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { assemble, sha256 } from '../support/assemble.js';
import { v1 } from '../../server/stream/wire.js';

/**
 * Short enough to wait for, long enough that a client that does read is never taken for stalled
 * while the daemon's main thread is busy saving the result beside the stream on a loaded machine
 * (1.5 s cut off a reading client once with every test file running).
 */
const STALL_MS = 5_000;

let d: DaemonProcess;

beforeAll(async () => {
  d = await startDaemon([], undefined, { sendStallMs: STALL_MS });
}, 60_000);

afterAll(async () => {
  await d?.stop();
});

type Refusal = { status?: number; headers?: Record<string, string> };

/** The refusal of an upgrade, or undefined when it was accepted. */
async function refusal(): Promise<Refusal | undefined> {
  return Client.connect(d.url).then(
    (c) => (c.close(), undefined),
    (e: Refusal) => e,
  );
}

async function until(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('connection cap', () => {
  it('refuses a 65th connection with HTTP 503 while 64 authenticated ones are open, and accepts one again when one leaves', async () => {
    const open: Client[] = [];
    try {
      // One at a time: opened together they would trip the cap on unauthenticated peers (16) instead.
      for (let i = 0; i < 64; i++) open.push(await Client.open(d));
      const err = await refusal();
      expect(err?.status).toBe(503);
      expect(err?.headers?.['x-fitme-error']).toBe('TOO_MANY_CONNECTIONS');

      const leaving = open.shift()!;
      leaving.close();
      await leaving.closed();
      // The daemon forgets the connection when its own end of the socket closes, which may come
      // after the client's: until then a new upgrade is still refused.
      let next: Client | undefined;
      const deadline = Date.now() + 20_000;
      while (!next) {
        try {
          next = await Client.open(d);
        } catch (e) {
          if ((e as Refusal).status !== 503 || Date.now() > deadline) throw e;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      open.push(next);
      // Authenticated and counted: it is the 64th again.
      next.send({ fetch: { jobId: 'j-20000101-000000-00000000' } });
      expect((await next.next((e) => e.body === 'failure')).failure!.code).toBe(v1.ErrorCode.ERROR_CODE_JOB_NOT_FOUND);
      expect((await refusal())?.status).toBe(503);
    } finally {
      await Promise.all(open.map((c) => (c.close(), c.closed())));
    }
  }, 120_000);
});

describe('stalled reader', () => {
  it('terminates a connection that reads nothing while a result is sent, and a reading client still gets the whole result', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')] } });
    const acc = await c.next((e) => Number(e.requestId) === rid);
    expect(acc.body).toBe('accepted');
    const jobId = acc.accepted!.jobId!;
    expect((await c.job(jobId)).at(-1)!.body).toBe('completed');
    c.close();

    const stalled = await Client.open(d);
    // Stops reading from the socket: the daemon's frames pile up in the kernel's buffers until
    // its sends no longer complete.
    stalled.ws.pause();
    const t0 = Date.now();
    stalled.send({ fetch: { jobId } });
    const line = `job ${jobId}: the client has read nothing for ${STALL_MS / 1000} s; closing its connection`;
    await until(() => d.stderr().includes(line), 60_000, 'the daemon to give up on the stalled client');
    const waited = Date.now() - t0;
    console.info(`stalled client let go ${(waited / 1000).toFixed(1)} s after its FetchResult (stall time ${STALL_MS / 1000} s)`);
    expect(waited).toBeGreaterThanOrEqual(STALL_MS);
    // Read again, the client gets what was in flight, then the end of a terminated connection
    // (1006: no close frame), not the rest of the result.
    stalled.ws.resume();
    await expect(stalled.next((e) => e.body === 'completed' && jobIdOf(e) === jobId, 60_000)).rejects.toThrow(/connection closed \(1006\)/);

    const reader = await Client.open(d);
    reader.send({ fetch: { jobId } });
    const a = assemble(await reader.job(jobId));
    const folder = path.join(d.home, 'results', jobId);
    expect(a.completed.summary!.glbSha256).toBe(sha256(fs.readFileSync(path.join(folder, 'avatar.glb'))));
    expect(a.textures.size).toBeGreaterThan(0);
    for (const t of a.textures.values()) {
      const kind = v1.MapKind[t.begin.kind!].replace('MAP_KIND_', '').toLowerCase();
      expect(sha256(t.bytes)).toBe(sha256(fs.readFileSync(path.join(folder, `${kind}.png`))));
    }
    reader.close();
  }, 180_000);
});
