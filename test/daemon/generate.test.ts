/**
 * A real photo through the real daemon over a real WebSocket: progress, previews, mesh, texture
 * chunks, completion; the reassembled assets equal the daemon's saved glb and maps; cancel,
 * disconnect-then-fetch-again, queueing and graceful shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, jobIdOf, photo, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { assemble, sha256 } from '../support/assemble.js';
import { errorCodeName, stageName, v1 } from '../../server/stream/wire.js';
import { validateGlb } from '../../server/export/validate.js';
import { REFLECTANCE_PRESETS } from '../../server/reflectance/fit.js';
import { packr } from '../../server/config/msgpack.js';

let d: DaemonProcess;

beforeAll(async () => {
  d = await startDaemon();
}, 60_000);

afterAll(async () => {
  await d?.stop();
});

const iterationsOf = (name: keyof typeof REFLECTANCE_PRESETS) => REFLECTANCE_PRESETS[name].levels.reduce((n, l) => n + l.iterations, 0);

async function generate(c: Client, photos: ReturnType<typeof photo>[], options: Record<string, unknown> = {}) {
  const rid = c.send({ generate: { photos, options } });
  const acc = await c.next((e) => Number(e.requestId) === rid);
  if (acc.body === 'failure') return { jobId: '', frames: [acc] };
  expect(acc.body).toBe('accepted');
  const jobId = acc.accepted!.jobId!;
  return { jobId, frames: await c.job(jobId) };
}

describe('generate avatar', () => {
  it('sends primitive 0\'s vertices with the previews once there is a mesh (the face mask)', async () => {
    const c = await Client.open(d);
    const { frames } = await generate(c, [photo('grace_hopper.jpg')], { model: 'mediapipe-canonical', textureSize: 256, preview: true, previewRateHz: 10, previewVertices: true });
    const mesh = frames.find((f) => f.body === 'mesh')!.mesh!;
    const previews = frames.filter((f) => f.body === 'preview').map((f) => f.preview!);
    // The first, from detection, has none.
    expect(previews[0].positions ?? []).toHaveLength(0);
    const withVertices = previews.filter((p) => (p.positions ?? []).length > 0);
    expect(withVertices.length).toBeGreaterThan(0);
    for (const p of withVertices) expect(p.positions).toHaveLength(mesh.primitives![0].positions!.length);
    c.close();
  });

  it('streams a complete, checksummed avatar identical to the saved result', async () => {
    const c = await Client.open(d);
    const { jobId, frames } = await generate(c, [photo('grace_hopper.jpg')], { preview: true, previewRateHz: 10, previewVertices: true });
    const kinds = frames.map((f) => f.body);

    // Order: progress and previews before the mesh, then textures, then completion.
    const firstMesh = kinds.indexOf('mesh');
    expect(kinds.indexOf('preview')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('preview')).toBeLessThan(firstMesh);
    expect(kinds.at(-1)).toBe('completed');
    const fractions = frames.filter((f) => f.body === 'progress').map((f) => f.progress!.fraction!);
    expect(fractions.length).toBeGreaterThan(5);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    const stages = new Set(frames.filter((f) => f.body === 'progress').map((f) => stageName(f.progress!.stage!)));
    for (const s of ['decode', 'detect', 'geometry', 'reflectance', 'export', 'stream']) expect(stages).toContain(s);

    // Preview positions are primitive 0's: the full head fits only its face's vertices, so its
    // previews carry none (the face mask's do, below).
    const previews = frames.filter((f) => f.body === 'preview').map((f) => f.preview!);
    expect(Buffer.from(previews.at(-1)!.image!).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (const p of previews) expect(p.positions ?? []).toHaveLength(0);

    const a = assemble(frames);
    const folder = path.join(d.home, 'results', jobId);
    // A person's face: the daemon's user only.
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    for (const f of fs.readdirSync(folder)) expect(fs.statSync(path.join(folder, f)).mode & 0o777, f).toBe(0o600);
    const glb = fs.readFileSync(path.join(folder, 'avatar.glb'));
    expect(a.completed.summary!.glbSha256).toBe(sha256(glb));
    expect((await validateGlb(glb)).errors).toBe(0);

    // Textures equal the saved maps, and the albedo equals the glb's base colour image.
    const byKind = new Map([...a.textures.values()].map((t) => [t.begin.kind, t]));
    const albedo = byKind.get(v1.MapKind.MAP_KIND_ALBEDO)!;
    expect(albedo.begin.width).toBe(1024);
    expect(albedo.begin.colorSpace).toBe(v1.ColorSpace.COLOR_SPACE_SRGB);
    expect(sha256(albedo.bytes)).toBe(sha256(fs.readFileSync(path.join(folder, 'albedo.png'))));
    const confidence = byKind.get(v1.MapKind.MAP_KIND_CONFIDENCE)!;
    expect(confidence.begin.colorSpace).toBe(v1.ColorSpace.COLOR_SPACE_LINEAR);
    expect(sha256(confidence.bytes)).toBe(sha256(fs.readFileSync(path.join(folder, 'confidence.png'))));

    // The streamed mesh is the glb's mesh, number for number.
    const doc = await new NodeIO().readBinary(new Uint8Array(glb));
    const prim = doc.getRoot().listMeshes()[0].listPrimitives()[0];
    const streamed = a.mesh.primitives![0];
    expect(Float32Array.from(streamed.positions!)).toEqual(prim.getAttribute('POSITION')!.getArray());
    expect(Float32Array.from(streamed.normals!)).toEqual(prim.getAttribute('NORMAL')!.getArray());
    expect(Float32Array.from(streamed.tangents!)).toEqual(prim.getAttribute('TANGENT')!.getArray());
    expect(Float32Array.from(streamed.uvs!)).toEqual(prim.getAttribute('TEXCOORD_0')!.getArray());
    expect(Array.from(streamed.indices!)).toEqual(Array.from(prim.getIndices()!.getArray()!));
    const baseColor = prim.getMaterial()!.getBaseColorTexture()!.getImage()!;
    expect(sha256(baseColor)).toBe(sha256(albedo.bytes));
    expect(a.mesh.materials![0].baseColorTexture).toBe([...a.textures.keys()].find((k) => a.textures.get(k) === albedo));

    // Camera and lighting per photo, enough to re-render the fit over the photo.
    const fit = a.completed.photos![0];
    expect(fit.camera!.width).toBe(512);
    expect(fit.camera!.height).toBe(600);
    expect(fit.camera!.rotation!.length).toBe(4);
    expect(fit.camera!.translation![2]).toBeLessThan(0);
    expect(fit.lighting!.sh!.length).toBe(27);
    expect(fit.landmarkError).toBeLessThan(0.1);
    const meta = JSON.parse(fs.readFileSync(path.join(folder, 'metadata.json'), 'utf8'));
    expect(meta.photos[0].camera.fx).toBeCloseTo(fit.camera!.fx!, 3);

    // No preset asked for: the default one ran; the energy on auto, analytic without a GPU.
    expect(a.completed.summary!.reflectancePreset).toBe(v1.ReflectancePreset.REFLECTANCE_PRESET_DEFAULT);
    expect(a.completed.summary!.reflectanceIterations).toBe(iterationsOf('default'));
    expect(meta.reflectance).toEqual({ preset: 'default', iterations: iterationsOf('default'), energy: 'analytic' });
    c.close();
  }, 120_000);

  it('fits with the reflectance preset the request names, and says so; a result saved before presets says default', async () => {
    const c = await Client.open(d);
    const { jobId, frames } = await generate(c, [photo('grace_hopper.jpg')], { textureSize: 256, reflectancePreset: v1.ReflectancePreset.REFLECTANCE_PRESET_FAST });
    const summary = assemble(frames).completed.summary!;
    expect(summary.reflectancePreset).toBe(v1.ReflectancePreset.REFLECTANCE_PRESET_FAST);
    expect(summary.reflectanceIterations).toBe(iterationsOf('fast'));
    expect(iterationsOf('fast')).not.toBe(iterationsOf('default'));
    const meta = JSON.parse(fs.readFileSync(path.join(d.home, 'results', jobId, 'metadata.json'), 'utf8'));
    expect(meta.reflectance).toEqual({ preset: 'fast', iterations: iterationsOf('fast'), energy: 'analytic' });

    // A result saved before presets could be chosen has none recorded: fetched again, it says what
    // every fit ran then (the default preset, 50 + 25 iterations).
    const stored = path.join(d.home, 'results', jobId, 'result.msgpack');
    const { reflectance: _r, ...older } = packr.unpack(fs.readFileSync(stored)) as Record<string, unknown>;
    fs.writeFileSync(stored, packr.pack(older));
    c.send({ fetch: { jobId, skipTextures: true } });
    const again = assemble(await c.job(jobId)).completed.summary!;
    expect(again.reflectancePreset).toBe(v1.ReflectancePreset.REFLECTANCE_PRESET_DEFAULT);
    expect(again.reflectanceIterations).toBe(75);
    c.close();
  }, 120_000);

  it('fetches a finished job again after the client disconnected mid-stream', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('astronaut.png')] } });
    const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    // Leave as soon as the first asset frame arrives.
    await c.next((e) => e.body === 'mesh' || e.body === 'failure');
    c.close();

    const c2 = await Client.open(d);
    c2.send({ fetch: { jobId } });
    const a = assemble(await c2.job(jobId));
    const folder = path.join(d.home, 'results', jobId);
    expect(a.completed.summary!.glbSha256).toBe(sha256(fs.readFileSync(path.join(folder, 'avatar.glb'))));
    for (const t of a.textures.values()) {
      const kind = v1.MapKind[t.begin.kind!].replace('MAP_KIND_', '').toLowerCase();
      expect(sha256(t.bytes)).toBe(sha256(fs.readFileSync(path.join(folder, `${kind}.png`))));
    }
    // The mesh re-sent from the results directory is still the glb's.
    const doc = await new NodeIO().readBinary(new Uint8Array(fs.readFileSync(path.join(folder, 'avatar.glb'))));
    const prim = doc.getRoot().listMeshes()[0].listPrimitives()[0];
    expect(Float32Array.from(a.mesh.primitives![0].positions!)).toEqual(prim.getAttribute('POSITION')!.getArray());
    expect(Float32Array.from(a.mesh.primitives![0].tangents!)).toEqual(prim.getAttribute('TANGENT')!.getArray());
    expect(Array.from(a.mesh.primitives![0].indices!)).toEqual(Array.from(prim.getIndices()!.getArray()!));
    c2.close();
  }, 120_000);

  it('re-attaches to a job that is still running when fetched from a new connection', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 512 } } });
    const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    // The new connection takes the job over before the old one is gone: the old socket's close
    // must not take the job's events away from the new one.
    const c2 = await Client.open(d);
    const fid = c2.send({ fetch: { jobId } });
    expect((await c2.next((e) => Number(e.requestId) === fid)).body).toBe('accepted');
    c.close();
    const frames = await c2.job(jobId);
    expect(frames.at(-1)!.body).toBe('completed');
    expect(assemble(frames).completed.summary!.textureSize).toBe(512);
    c2.close();
  }, 120_000);

  it('gives a running job\'s outcome to every client following it: the one that asked and one that fetched it', async () => {
    const a = await Client.open(d);
    const rid = a.send({ generate: { photos: [photo('astronaut.png')], options: { textureSize: 256 } } });
    const jobId = (await a.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    const b = await Client.open(d);
    const fid = b.send({ fetch: { jobId } });
    expect((await b.next((e) => Number(e.requestId) === fid)).body).toBe('accepted');
    const [fa, fb] = await Promise.all([a.job(jobId), b.job(jobId)]);
    expect(fa.at(-1)!.body).toBe('completed');
    expect(fb.at(-1)!.body).toBe('completed');
    expect(assemble(fb).completed.summary!.glbSha256).toBe(assemble(fa).completed.summary!.glbSha256);
    a.close();
    b.close();
  }, 120_000);

  it('gives all of a result to a client fetching the job as the result starts streaming (it is saved meanwhile), and has it saved by JobCompleted', async () => {
    const a = await Client.open(d);
    const rid = a.send({ generate: { photos: [photo('astronaut.png')] } });
    const jobId = (await a.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    // Sent as the fit ends, while the result (about 100 MB with 1024² maps) is being saved.
    await a.next((e) => e.body === 'progress' && jobIdOf(e) === jobId && stageName(e.progress!.stage!) === 'stream', 120_000);
    const b = await Client.open(d);
    b.send({ fetch: { jobId } });
    const [fa, fb] = await Promise.all([a.job(jobId), b.job(jobId)]);
    expect(fb.at(-1)!.body).toBe('completed');
    expect(assemble(fb).completed.summary!.glbSha256).toBe(fa.at(-1)!.completed!.summary!.glbSha256);
    expect(fs.existsSync(path.join(d.home, 'results', jobId, 'result.msgpack'))).toBe(true);
    a.close();
    b.close();
  }, 120_000);

  it('still sends a finished avatar when it cannot be saved, and says it cannot be fetched again', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('astronaut.png')], options: { textureSize: 256 } } });
    const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    // The results folder replaced by a file while the job runs: even root cannot save into it.
    const results = path.join(d.home, 'results');
    const aside = `${results}.aside`;
    await c.next((e) => e.body === 'progress' && stageName(e.progress!.stage!) === 'reflectance');
    fs.renameSync(results, aside);
    fs.writeFileSync(results, 'not a folder');
    try {
      const frames = await c.job(jobId);
      expect(frames.at(-1)!.body).toBe('completed');
      const warning = frames.find((f) => f.body === 'warning' && f.warning!.code === 'RESULT_NOT_SAVED');
      expect(warning?.warning!.message).toMatch(/could not be saved .*cannot be fetched again/);
      expect(assemble(frames).completed.summary!.textureSize).toBe(256);
    } finally {
      fs.rmSync(results);
      fs.renameSync(aside, results);
    }
    c.close();
  }, 120_000);

  it('holds at most one fetched result in memory for a client that fetches again and again without reading', async () => {
    const c = await Client.open(d);
    const { jobId, frames } = await generate(c, [photo('astronaut.png')], { textureSize: 1024 });
    expect(frames.at(-1)!.body).toBe('completed');
    const rss = () => 1024 * Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${d.proc.pid}/status`, 'utf8'))![1]);
    const before = rss();
    c.ws.pause();
    const asked = Array.from({ length: 20 }, () => c.send({ fetch: { jobId } }));
    let peak = before;
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 100));
      peak = Math.max(peak, rss());
    }
    c.ws.resume();
    // One being sent and three waiting; the other sixteen are refused.
    let completed = 0, refused = 0;
    while (completed + refused < asked.length) {
      const e = await c.next((x) => x.body === 'completed' || x.body === 'failure');
      if (e.body === 'completed') completed++;
      else {
        expect(errorCodeName(e.failure!.code!)).toBe('QUEUE_FULL');
        refused++;
      }
    }
    expect(completed).toBe(4);
    console.info(`daemon RSS while 20 fetches wait unread: +${((peak - before) / 1e6).toFixed(0)} MB`);
    // Measured: +254 MB (one result loaded and being encoded, and garbage not yet collected); unbounded, each fetch loaded its own.
    expect(peak - before).toBeLessThan(600e6);
    c.close();
  }, 180_000);

  it('cancels a running job and keeps serving', async () => {
    const c = await Client.open(d);
    const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 4096 } } });
    const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
    await c.next((e) => e.body === 'progress' && stageName(e.progress!.stage!) !== 'queued');
    c.send({ cancel: { jobId } });
    const frames = await c.job(jobId);
    const last = frames.at(-1)!;
    expect(last.body).toBe('failure');
    expect(errorCodeName(last.failure!.code!)).toBe('CANCELLED');
    expect(fs.existsSync(path.join(d.home, 'results', jobId))).toBe(false);
    c.close();
  }, 120_000);

  it('queues a second job behind the first', async () => {
    const c = await Client.open(d);
    const r1 = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 256 } } });
    const r2 = c.send({ generate: { photos: [photo('astronaut.png')], options: { textureSize: 256 } } });
    const a1 = (await c.next((e) => Number(e.requestId) === r1)).accepted!;
    const a2 = (await c.next((e) => Number(e.requestId) === r2)).accepted!;
    expect(a1.queuePosition).toBe(0);
    expect(a2.queuePosition).toBe(1);
    expect((await c.job(a1.jobId!)).at(-1)!.body).toBe('completed');
    expect((await c.job(a2.jobId!)).at(-1)!.body).toBe('completed');
    c.close();
  }, 180_000);
});

describe('shutdown', () => {
  it('closes clients with 1001 and exits 0 on SIGTERM', async () => {
    const d2 = await startDaemon();
    const c = await Client.open(d2);
    const closed = c.closed();
    expect(await d2.stop('SIGTERM')).toBe(0);
    expect(await closed).toBe(1001);
  }, 60_000);
});
