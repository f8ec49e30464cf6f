/** `fitme serve` refusing to start, or warning, as a user sees it: real processes, real ports. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitme } from '../support/cli.js';
import { Client, photo, startDaemon } from '../support/daemon.js';
import { stageName } from '../../server/stream/wire.js';
import { scratchDir } from '../support/scratch.js';

const home = () => scratchDir('startup');

describe('fitme serve start-up', () => {
  it('exits promptly with a clear message and code 1 when its port is taken', async () => {
    const first = await startDaemon();
    try {
      // Before: a stack trace, and the process never exited (its fit workers kept it alive).
      const r = await fitme(home(), ['serve', '--port', String(first.port)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`127.0.0.1:${first.port} is in use`);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await first.stop();
    }
  }, 60_000);

  it('refuses a frame limit that does not fit (2048 MiB overflowed to no limit)', async () => {
    for (const mb of ['2048', '4096']) {
      const r = await fitme(home(), ['serve', '--max-frame-mb', mb]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--max-frame-mb must be at most 1024, got "${mb}"`);
    }
  });

  it('warns loudly when it listens beyond loopback', async () => {
    const d = await startDaemon(['--host', '0.0.0.0']);
    try {
      // stderr and stdout are separate pipes: the warning may arrive just after the listening line.
      for (let i = 0; i < 50 && !d.stderr().includes('WARNING'); i++) await new Promise((r) => setTimeout(r, 20));
      expect(d.stderr()).toContain('WARNING: --host 0.0.0.0 is not loopback');
    } finally {
      await d.stop();
    }
    const local = await startDaemon();
    try {
      expect(local.stderr()).not.toContain('WARNING');
    } finally {
      await local.stop();
    }
  }, 60_000);
});

describe('fitme serve after a crash', () => {
  it('runs again, after kill -9, the job it was fitting: a client fetching it by id gets the avatar', async () => {
    const first = await startDaemon();
    let jobId: string;
    try {
      const c = await Client.open(first);
      const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 256 } } });
      jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
      await c.next((e) => e.body === 'progress' && stageName(e.progress!.stage!) === 'reflectance');
    } finally {
      await first.stop('SIGKILL');
    }
    // The same home (token, results, job records) under a new daemon.
    const second = await startDaemon([], async (dir) => fs.cpSync(first.home, dir, { recursive: true }));
    try {
      expect(second.stderr()).toContain(`running again 1 job(s) an earlier run did not finish: ${jobId}`);
      const c = await Client.open(second);
      const fid = c.send({ fetch: { jobId } });
      expect((await c.next((e) => Number(e.requestId) === fid)).body).toBe('accepted');
      const frames = await c.job(jobId);
      expect(frames.at(-1)!.body).toBe('completed');
      expect(fs.existsSync(path.join(second.home, 'results', jobId, 'avatar.glb'))).toBe(true);
      expect(fs.readdirSync(path.join(second.home, 'jobs'))).toEqual([]);
      c.close();
    } finally {
      await second.stop();
    }
  }, 180_000);


  it('removes the result folders a crash left half-written, and keeps the finished ones', async () => {
    const h = home();
    const results = path.join(h, 'results');
    const partial = path.join(results, 'j-20261206-120000-0123abcd.partial-4242');
    const finished = path.join(results, 'j-20261206-120000-89abcdef');
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'avatar.glb'), Buffer.alloc(1024));
    fs.mkdirSync(finished, { recursive: true });
    fs.writeFileSync(path.join(finished, 'metadata.json'), '{}\n');
    const d = await startDaemon([], async (dir) => fs.cpSync(results, path.join(dir, 'results'), { recursive: true }));
    try {
      const left = fs.readdirSync(path.join(d.home, 'results'));
      expect(left).toEqual(['j-20261206-120000-89abcdef']);
      for (let i = 0; i < 50 && !d.stderr().includes('removed'); i++) await new Promise((r) => setTimeout(r, 20));
      expect(d.stderr()).toContain('removed 1 unfinished result folder(s)');
    } finally {
      await d.stop();
    }
  }, 60_000);
});
