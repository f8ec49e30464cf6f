/**
 * The daemon's HTTP side over real loopback requests: the viewer's files need no token, its API
 * needs it, nothing outside the served folders is reachable, other Hosts are refused, and of
 * browser Origins only the daemon's own may open a WebSocket.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Document, NodeIO } from '@gltf-transform/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, SAMPLES, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { fitme } from '../support/cli.js';
import { scratchDir } from '../support/scratch.js';

let d: DaemonProcess;
let base: string;
let dir: string;
let glb: string;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path is sent as given (no client-side normalising of "..") and any Host. */
function request(method: string, rawPath: string, opts: { token?: string; host?: string; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { host: opts.host ?? `127.0.0.1:${d.port}` };
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const req = http.request({ host: '127.0.0.1', port: d.port, method, path: rawPath, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (r: Reply) => JSON.parse(r.body.toString('utf8')) as { id?: string; error?: string; message?: string };

async function openView(body: object): Promise<Reply> {
  return request('POST', '/view/api/views', { token: d.token, body: JSON.stringify(body) });
}

beforeAll(async () => {
  d = await startDaemon();
  base = `http://127.0.0.1:${d.port}`;
  dir = scratchDir('view-routes');
  // A real (one-triangle) glb: the routes serve whatever glb they are given, byte for byte.
  const doc = new Document();
  const buffer = doc.createBuffer();
  const pos = doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])).setBuffer(buffer);
  const mesh = doc.createMesh('tri').addPrimitive(doc.createPrimitive().setAttribute('POSITION', pos));
  doc.createScene().addChild(doc.createNode('tri').setMesh(mesh));
  glb = path.join(dir, 'tri.glb');
  await new NodeIO().write(glb, doc);
}, 120_000);

afterAll(async () => {
  await d?.stop();
});

describe('the page and its files', () => {
  it('serves the page without a token, with a policy that allows only its own scripts and this daemon', async () => {
    const r = await request('GET', '/view/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain(`connect-src 'self' blob: data: ws://127.0.0.1:${d.port}`);
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect((await request('GET', '/view')).status).toBe(308);
  });

  it('serves three.js, its loaders, protobufjs and the wire codec from the installed packages', async () => {
    for (const p of ['/view/vendor/three/build/three.module.js', '/view/vendor/three/examples/jsm/loaders/GLTFLoader.js', '/view/vendor/protobufjs/protobuf.min.js', '/view/vendor/wire/fitme.js', '/view/app/main.js']) {
      const r = await request('GET', p);
      expect(r.status, p).toBe(200);
      expect(r.headers['content-type'], p).toMatch(/^text\/javascript/);
      expect(r.body.length, p).toBeGreaterThan(1000);
    }
  });

  it('reaches nothing outside the served folders', async () => {
    for (const p of [
      '/view/vendor/three/%2e%2e/%2e%2e/package.json',
      '/view/app/..%2f..%2fpackage.json',
      '/view/vendor/three/src/Three.js',
      '/view/vendor/three/package.json',
      '/view/vendor/wire/fitme.d.ts',
      '/view/nothing-here',
    ]) {
      const r = await request('GET', p);
      expect(r.status, p).toBe(404);
    }
  });

  it('refuses requests for another Host (a DNS name pointed at 127.0.0.1)', async () => {
    const r = await request('GET', '/view/', { host: `evil.example:${d.port}` });
    expect(r.status).toBe(421);
    expect(r.headers['x-fitme-error']).toBe('WRONG_HOST');
    expect(r.body.toString()).toContain(`127.0.0.1:${d.port}`);
  });

  it('still answers other paths as before (a WebSocket daemon)', async () => {
    expect((await request('GET', '/')).status).toBe(426);
  });
});

describe('the API', () => {
  it('needs the token', async () => {
    for (const token of [undefined, '', 'f'.repeat(64)]) {
      const r = await request('POST', '/view/api/views', { token, body: JSON.stringify({ glb }) });
      expect(r.status).toBe(401);
      expect(json(r).error).toBe('UNAUTHORIZED');
    }
    expect((await request('GET', '/view/api/results/j-20260101-000000-00000000/avatar.glb')).status).toBe(401);
  });

  it('opens a glb (with its photo) and serves it byte for byte, by id only', async () => {
    const photo = path.join(SAMPLES, 'grace_hopper.jpg');
    const r = await openView({ glb, photo });
    expect(r.status).toBe(201);
    const id = json(r).id!;
    expect(id).toMatch(/^v-[0-9a-f]{16}$/);
    const got = await request('GET', `/view/api/views/${id}/avatar.glb`, { token: d.token });
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('model/gltf-binary');
    expect(got.body.equals(fs.readFileSync(glb))).toBe(true);
    const listing = await request('GET', `/view/api/views/${id}`, { token: d.token });
    expect(JSON.parse(listing.body.toString())).toEqual({ files: ['avatar.glb', 'photo'] });
    const p = await request('GET', `/view/api/views/${id}/photo`, { token: d.token });
    expect(p.body.equals(fs.readFileSync(photo))).toBe(true);
    // No maps folder given and none beside the glb.
    const meta = await request('GET', `/view/api/views/${id}/metadata.json`, { token: d.token });
    expect(meta.status).toBe(404);
    expect(json(meta).message).toContain('has no metadata.json');
    for (const bad of ['maps/../../etc/passwd.png', 'maps/secret.png', 'token', '..%2f..%2ftoken']) {
      expect((await request('GET', `/view/api/views/${id}/${bad}`, { token: d.token })).status, bad).toBe(404);
    }
    expect((await request('GET', '/view/api/views/v-0123456789abcdef/avatar.glb', { token: d.token })).status).toBe(404);
  });

  it('refuses to open what is not there, saying what', async () => {
    const cases: [object, RegExp][] = [
      [{ glb: path.join(dir, 'missing.glb') }, /missing\.glb does not exist/],
      [{ glb: 'relative.glb' }, /absolute path/],
      [{ glb: path.join(SAMPLES, 'grace_hopper.jpg') }, /is not a \.glb file/],
      [{ glb, mapsDir: path.join(dir, 'nope') }, /is not a folder/],
      [{ glb, photo: dir }, /is not a file/],
    ];
    for (const [body, message] of cases) {
      const r = await openView(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(json(r).message).toMatch(message);
    }
    const r = await request('POST', '/view/api/views', { token: d.token, body: '{not json' });
    expect(r.status).toBe(400);
    expect(json(r).error).toBe('INVALID_REQUEST');
  });

  it('serves a finished job from the results folder: glb, metadata and every map', async () => {
    const c = await Client.open(d, { sparseMorphTargets: true });
    const rid = c.send({ generate: { photos: [{ data: fs.readFileSync(path.join(SAMPLES, 'grace_hopper.jpg')), name: 'hopper.jpg' }], options: { textureSize: 256, reflectancePreset: 1 } } });
    const acc = await c.next((e) => Number(e.requestId) === rid);
    const jobId = acc.accepted!.jobId!;
    const frames = await c.job(jobId, 180_000);
    expect(frames.at(-1)!.body).toBe('completed');
    c.close();
    const folder = path.join(d.home, 'results', jobId);
    const glbReply = await request('GET', `/view/api/results/${jobId}/avatar.glb`, { token: d.token });
    expect(glbReply.body.equals(fs.readFileSync(path.join(folder, 'avatar.glb')))).toBe(true);
    const listing = JSON.parse((await request('GET', `/view/api/results/${jobId}`, { token: d.token })).body.toString()) as { files: string[] };
    expect(listing.files).toEqual(['avatar.glb', 'metadata.json', ...['albedo', 'specular', 'roughness', 'normal', 'confidence'].map((k) => `maps/${k}.png`)]);
    const meta = JSON.parse((await request('GET', `/view/api/results/${jobId}/metadata.json`, { token: d.token })).body.toString()) as { maps: { kind: string }[] };
    for (const { kind } of meta.maps) {
      const m = await request('GET', `/view/api/results/${jobId}/maps/${kind}.png`, { token: d.token });
      expect(m.status, kind).toBe(200);
      expect(m.body.equals(fs.readFileSync(path.join(folder, `${kind}.png`))), kind).toBe(true);
    }
    expect((await request('GET', '/view/api/results/not-a-job/avatar.glb', { token: d.token })).status).toBe(404);
  }, 240_000);
});

describe('browser origins on the WebSocket', () => {
  it("lets the daemon's own page connect (it must still send the token)", async () => {
    const c = await Client.connect(d.url, { Origin: base });
    c.send({ hello: { protocolVersion: 1, clientName: 'page', clientVersion: '1', token: 'wrong' } });
    const f = await c.next((e) => e.body === 'failure');
    expect(f.failure!.message).toMatch(/token/);
    expect(await c.closed()).toBe(1008);
    const ok = await Client.connect(d.url, { Origin: base });
    ok.close();
  });

  it('refuses every other page, also this daemon under another name', async () => {
    for (const origin of [`http://localhost:${d.port}`, `https://127.0.0.1:${d.port}`, `http://127.0.0.1:${d.port + 1}`, 'https://evil.example']) {
      const err = await Client.connect(d.url, { Origin: origin }).then(
        () => undefined,
        (e: { status?: number }) => e,
      );
      expect(err?.status, origin).toBe(403);
    }
  });
});

describe('fitme view, bad input', () => {
  it('names a missing avatar and exits 1 before starting anything', async () => {
    const r = await fitme(dir, ['view', path.join(dir, 'gone.glb'), '--no-open']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gone\.glb does not exist/);
  });

  it('refuses a file that is not a glb, and a non-loopback host, as bad usage', async () => {
    const notGlb = await fitme(dir, ['view', path.join(SAMPLES, 'grace_hopper.jpg'), '--no-open']);
    expect(notGlb.code).toBe(2);
    expect(notGlb.stderr).toMatch(/is not a \.glb file/);
    const host = await fitme(dir, ['view', glb, '--host', '0.0.0.0', '--no-open']);
    expect(host.code).toBe(2);
    expect(host.stderr).toMatch(/loopback/);
  });

  it('says when the daemon on the port has another token', async () => {
    // d runs with its own home; this home's token differs.
    const r = await fitme(dir, ['view', glb, '--port', String(d.port), '--no-open']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/another token file/);
  });
});
