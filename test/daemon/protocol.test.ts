/**
 * The daemon's connection rules over a real WebSocket: handshake, auth, Origin, frame limits,
 * malformed frames, request validation; after each refusal the daemon still serves other clients.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Client, ROOT, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { encodeEnvelope, errorCodeName, PROTOCOL_VERSION, v1 } from '../../server/stream/wire.js';

let d: DaemonProcess;

beforeAll(async () => {
  d = await startDaemon(['--max-frame-mb', '1', '--allow-origin', 'http://localhost:5173']);
}, 60_000);

afterAll(async () => {
  await d?.stop();
});

async function stillServes(): Promise<void> {
  const c = await Client.open(d);
  c.close();
}

async function refused(frames: (Uint8Array | string)[]): Promise<{ code: string; message: string; close: number }> {
  const c = await Client.connect(d.url);
  for (const f of frames) c.ws.send(f);
  const e = await c.next((x) => x.body === 'failure');
  const close = await c.closed();
  return { code: errorCodeName(e.failure!.code), message: e.failure!.message ?? '', close };
}

describe('handshake', () => {
  it('welcomes a client with the right token and describes the daemon', async () => {
    const c = await Client.connect(d.url);
    const rid = c.send({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: 'vitest', clientVersion: '1', token: d.token } });
    const w = await c.next();
    expect(w.body).toBe('welcome');
    expect(Number(w.requestId)).toBe(rid);
    expect(w.welcome!.protocolVersion).toBe(1);
    expect(w.welcome!.models!.map((m) => m.id)).toContain('mediapipe-canonical');
    expect(w.welcome!.defaultModel).toBe('ict-facekit');
    expect(['wasm', 'tensorflow', 'tensorflow-gpu']).toContain(w.welcome!.backend);
    expect(w.welcome!.limits!.maxFrameBytes).toBe(1 << 20);
    expect(w.welcome!.limits!.maxChunkBytes).toBe(1 << 20);
    c.close();
  });

  it("quotes and escapes a client's name in the log, so it cannot forge log lines", async () => {
    const c = await Client.connect(d.url);
    c.send({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: 'evil\nfitme: forged line', clientVersion: '1\u001b[2J', token: d.token } });
    expect((await c.next()).body).toBe('welcome');
    for (let i = 0; i < 50 && !d.stderr().includes('evil'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(d.stderr()).toContain('client "evil\\nfitme: forged line" "1\\u001b[2J" connected');
    expect(d.stderr()).not.toMatch(/^fitme: forged line/m);
    c.close();
  });

  it('stores the token with mode 0600', () => {
    const mode = fs.statSync(path.join(d.home, 'token')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(d.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong token and closes with 1008', async () => {
    const r = await refused([encodeEnvelope({ hello: { protocolVersion: 1, token: 'f'.repeat(64) } })]);
    expect(r).toMatchObject({ code: 'UNAUTHORIZED', close: 1008 });
    expect(r.message).toMatch(/token/);
    await stillServes();
  });

  it('refuses an unsupported protocol version', async () => {
    const r = await refused([encodeEnvelope({ hello: { protocolVersion: 99, token: d.token } })]);
    expect(r).toMatchObject({ code: 'UNSUPPORTED_PROTOCOL', close: 1008 });
    expect(r.message).toMatch(/99/);
    await stillServes();
  });

  it('checks the token before the protocol version: a peer without it learns nothing of the daemon', async () => {
    const r = await refused([encodeEnvelope({ hello: { protocolVersion: 99, token: 'f'.repeat(64) } })]);
    expect(r).toMatchObject({ code: 'UNAUTHORIZED', close: 1008 });
    expect(r.message).not.toMatch(/protocol|daemon \(/);
  });

  it('closes a connection whose first frame is bigger than a Hello (16 KiB) with 1009, unread', async () => {
    const c = await Client.connect(d.url);
    // Under the authenticated limit (1 MiB here), far over a Hello.
    c.ws.send(new Uint8Array(512 << 10));
    expect(await c.closed()).toBe(1009);
    await stillServes();
  });

  it('closes a connection that sends no Hello within 10 s', async () => {
    const c = await Client.connect(d.url);
    const t0 = Date.now();
    const e = await c.next((x) => x.body === 'failure', 15_000);
    expect(errorCodeName(e.failure!.code)).toBe('HANDSHAKE_REQUIRED');
    expect(await c.closed()).toBe(1008);
    expect(Date.now() - t0).toBeGreaterThan(9_000);
  }, 20_000);

  it('refuses upgrades with HTTP 503 while 16 peers have not authenticated, and serves again when they leave', async () => {
    const idle = await Promise.all(Array.from({ length: 16 }, () => Client.connect(d.url)));
    const err = await Client.connect(d.url).then(
      (c) => (c.close(), undefined),
      (e: { status?: number; headers?: Record<string, string> }) => e,
    );
    expect(err?.status).toBe(503);
    expect(err?.headers?.['x-fitme-error']).toBe('TOO_MANY_CONNECTIONS');
    await Promise.all(idle.map((c) => (c.close(), c.closed())));
    await stillServes();
  });

  it('requires Hello first', async () => {
    const r = await refused([encodeEnvelope({ fetch: { jobId: 'j-1' } })]);
    expect(r).toMatchObject({ code: 'HANDSHAKE_REQUIRED', close: 1008 });
  });
});

describe('malformed frames', () => {
  it('refuses garbage bytes', async () => {
    const r = await refused([Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])]);
    expect(r).toMatchObject({ code: 'BAD_FRAME', close: 1003 });
    await stillServes();
  });

  it('refuses a truncated Envelope', async () => {
    const full = encodeEnvelope({ hello: { protocolVersion: 1, clientName: 'x', token: d.token } });
    const r = await refused([full.subarray(0, full.length - 10)]);
    expect(r).toMatchObject({ code: 'BAD_FRAME', close: 1003 });
  });

  it('refuses every refused frame of the shared corpus (test/vectors/bad-frames) with BAD_FRAME, after the Hello too', async () => {
    const dir = path.join(ROOT, 'test/vectors/bad-frames');
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { frames: { file: string; expect: string }[] };
    const bad = index.frames.filter((f) => f.expect === 'error');
    expect(bad.length).toBeGreaterThanOrEqual(20);
    for (const f of bad) {
      const c = await Client.open(d);
      c.ws.send(fs.readFileSync(path.join(dir, f.file)));
      const e = await c.next((x) => x.body === 'failure');
      expect([f.file, errorCodeName(e.failure!.code)]).toEqual([f.file, 'BAD_FRAME']);
      expect(e.failure!.message).toMatch(/not a valid fitme\.v1\.Envelope: .* \(byte \d+\)/);
      expect(await c.closed()).toBe(1003);
    }
    await stillServes();
  });

  it('refuses text frames', async () => {
    const r = await refused(['{"hello":{}}']);
    expect(r).toMatchObject({ code: 'BAD_FRAME', close: 1003 });
  });

  it('closes with 1009 on a frame over the size limit, and keeps serving', async () => {
    const c = await Client.open(d);
    c.ws.send(encodeEnvelope({ generate: { photos: [{ data: new Uint8Array(2 << 20) }] } }));
    expect(await c.closed()).toBe(1009);
    await stillServes();
  });
});

describe('browser origins', () => {
  it('refuses an upgrade that carries a browser Origin with HTTP 403', async () => {
    const err = await Client.connect(d.url, { Origin: 'https://evil.example' }).then(
      () => undefined,
      (e: { status?: number; headers?: Record<string, string> }) => e,
    );
    expect(err?.status).toBe(403);
    expect(err?.headers?.['x-fitme-error']).toBe('ORIGIN_REFUSED');
    await stillServes();
  });

  it('refuses the opaque "null" Origin of sandboxed pages and file:// documents', async () => {
    const err = await Client.connect(d.url, { Origin: 'null' }).then(
      () => undefined,
      (e: { status?: number }) => e,
    );
    expect(err?.status).toBe(403);
  });

  it("accepts a native client's bare-host Origin (Unreal's libwebsockets sends one)", async () => {
    const c = await Client.connect(d.url, { Origin: '127.0.0.1' });
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    c.close();
  });

  it('accepts an allow-listed Origin', async () => {
    const c = await Client.connect(d.url, { Origin: 'http://localhost:5173' });
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    c.close();
  });
});

describe('request validation', () => {
  const cases: [string, Parameters<Client['send']>[0], string][] = [
    ['no photos', { generate: { photos: [] } }, 'INVALID_REQUEST'],
    ['texture size out of range', { generate: { photos: [{ data: new Uint8Array(10) }], options: { textureSize: 8192 } } }, 'INVALID_REQUEST'],
    ['unknown model', { generate: { photos: [{ data: new Uint8Array(10) }], options: { model: 'no-such-model' } } }, 'UNKNOWN_MODEL'],
    ['too many photos', { generate: { photos: Array.from({ length: 9 }, () => ({ data: new Uint8Array(10) })) } }, 'INVALID_REQUEST'],
    ['cancel of an unknown job', { cancel: { jobId: 'j-20000101-000000-00000000' } }, 'JOB_NOT_FOUND'],
    ['fetch of an unknown job', { fetch: { jobId: 'j-20000101-000000-00000000' } }, 'JOB_NOT_FOUND'],
    ['fetch with a path in the id', { fetch: { jobId: '../../etc' } }, 'JOB_NOT_FOUND'],
    ['a second Hello', { hello: { protocolVersion: 1 } }, 'INVALID_REQUEST'],
  ];
  it.each(cases)('%s → %s, connection stays open', async (_name, env, code) => {
    const c = await Client.open(d);
    const rid = c.send(env);
    const f = await c.next((e) => e.body === 'failure');
    expect(errorCodeName(f.failure!.code)).toBe(code);
    expect(Number(f.requestId)).toBe(rid);
    expect(f.failure!.message!.length).toBeGreaterThan(20);
    // Same connection, still usable.
    c.send({ fetch: { jobId: 'j-20000101-000000-00000000' } });
    expect((await c.next((e) => e.body === 'failure')).failure!.code).toBe(v1.ErrorCode.ERROR_CODE_JOB_NOT_FOUND);
    c.close();
  });
});
