/**
 * The reflectance fit end to end through the real daemon over a real WebSocket, on the sample
 * portrait: live previews (the landmarks first, then the fit's render with low-resolution maps)
 * before the result; then every map, streamed, saved and in the glb with its material slot, the
 * glb validator-clean; the confidence map marking what no photo saw; the fitted lighting.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { NodeIO } from '@gltf-transform/core';
import { KHRMaterialsSpecular, type Specular } from '@gltf-transform/extensions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGlb } from '../../server/export/validate.js';
import { stageName, v1, type Envelope } from '../../server/stream/wire.js';
import { assemble, sha256, type Assembled } from '../support/assemble.js';
import { Client, photo, startDaemon, type DaemonProcess } from '../support/daemon.js';

let d: DaemonProcess;
let frames: Envelope[];
let a: Assembled;
let folder: string;

beforeAll(async () => {
  d = await startDaemon();
  const c = await Client.open(d);
  const rid = c.send({ generate: { photos: [photo('grace_hopper.jpg')], options: { textureSize: 512, preview: true, previewRateHz: 20, previewVertices: true } } });
  const accepted = await c.next((e) => Number(e.requestId) === rid);
  const jobId = accepted.accepted!.jobId!;
  frames = await c.job(jobId);
  c.close();
  a = assemble(frames);
  folder = path.join(d.home, 'results', jobId);
}, 120_000);

afterAll(async () => {
  await d?.stop();
});

const MAP_KINDS = ['ALBEDO', 'SPECULAR', 'ROUGHNESS', 'NORMAL', 'CONFIDENCE'] as const;
const kindName = (k: number | null | undefined) => v1.MapKind[k ?? 0].replace('MAP_KIND_', '');

describe('reflectance fit through the daemon', () => {
  it('streams previews before the result: the landmarks before the geometry, then the fit with its maps', () => {
    const kinds = frames.map((f) => f.body);
    const firstMesh = kinds.indexOf('mesh');
    const previews = frames.map((f, i) => ({ f, i })).filter(({ f }) => f.body === 'preview');
    expect(previews.length).toBeGreaterThan(3);
    expect(previews.at(-1)!.i).toBeLessThan(firstMesh);
    // The first frame comes from detection: before any geometry progress, without vertices.
    const firstGeometry = frames.findIndex((f) => f.body === 'progress' && stageName(f.progress!.stage!) === 'geometry');
    expect(previews[0].i).toBeLessThan(firstGeometry);
    expect(previews[0].f.preview!.positions!.length).toBe(0);
    const iterations = previews.map(({ f }) => f.preview!.iteration!);
    for (let k = 1; k < iterations.length; k++) expect(iterations[k]).toBeGreaterThanOrEqual(iterations[k - 1]);
    // Frames of the reflectance fit carry its current maps (the full head's, no vertices: see generate.test.ts).
    const fitting = previews.filter(({ f }) => (f.preview!.maps ?? []).length > 0);
    expect(fitting.length).toBeGreaterThanOrEqual(2);
  });

  it('sends decodable preview images and maps of at most 256², in the colour space each kind has', async () => {
    const last = frames.filter((f) => f.body === 'preview').at(-1)!.preview!;
    expect(Buffer.from(last.image!).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const meta = await sharp(last.image!).metadata();
    expect([meta.width, meta.height]).toEqual([last.width, last.height]);
    expect(Math.max(last.width!, last.height!)).toBeLessThanOrEqual(256);
    const maps = new Map(last.maps!.map((m) => [kindName(m.kind), m]));
    expect([...maps.keys()].sort()).toEqual(['ALBEDO', 'NORMAL', 'ROUGHNESS', 'SPECULAR']);
    for (const [kind, m] of maps) {
      expect(Math.max(m.width!, m.height!)).toBeLessThanOrEqual(256);
      expect(m.colorSpace).toBe(kind === 'ALBEDO' ? v1.ColorSpace.COLOR_SPACE_SRGB : v1.ColorSpace.COLOR_SPACE_LINEAR);
      const decoded = await sharp(m.data!).metadata();
      expect(decoded.format).toBe(m.encoding === 'image/jpeg' ? 'jpeg' : 'png');
      expect([decoded.width, decoded.height]).toEqual([m.width, m.height]);
    }
  });

  it('streams every map, as saved, and the glb carries each in its material slot, validator-clean', async () => {
    const byKind = new Map([...a.textures.entries()].map(([id, t]) => [kindName(t.begin.kind), { id, ...t }]));
    expect([...byKind.keys()].sort()).toEqual([...MAP_KINDS].sort());
    for (const [kind, t] of byKind) {
      expect([t.begin.width, t.begin.height]).toEqual([512, 512]);
      expect(sha256(t.bytes)).toBe(sha256(fs.readFileSync(path.join(folder, `${kind.toLowerCase()}.png`))));
    }
    expect(byKind.get('NORMAL')!.begin.bitDepth).toBe(16);

    const glb = fs.readFileSync(path.join(folder, 'avatar.glb'));
    const report = await validateGlb(glb);
    expect(report.errors).toBe(0);
    const doc = await new NodeIO().registerExtensions([KHRMaterialsSpecular]).readBinary(new Uint8Array(glb));
    const material = doc.getRoot().listMeshes()[0].listPrimitives()[0].getMaterial()!;
    const image = (t: { getImage(): Uint8Array | null } | null) => sha256(t!.getImage()!);
    expect(image(material.getBaseColorTexture())).toBe(sha256(byKind.get('ALBEDO')!.bytes));
    expect(image(material.getNormalTexture())).toBe(sha256(byKind.get('NORMAL')!.bytes));
    expect(image(material.getMetallicRoughnessTexture())).toBe(sha256(byKind.get('ROUGHNESS')!.bytes));
    const specular = material.getExtension<Specular>('KHR_materials_specular')!;
    expect(image(specular.getSpecularTexture())).toBe(sha256(byKind.get('SPECULAR')!.bytes));
    // The maps hold absolute values: factors that leave them as they are.
    expect(material.getRoughnessFactor()).toBe(1);
    expect(material.getMetallicFactor()).toBe(0);
    expect(specular.getSpecularFactor()).toBe(1);
    expect(specular.getSpecularColorFactor()).toEqual([1, 1, 1]);
    // The streamed material refers to the same textures.
    const m = a.mesh.materials![0];
    expect([m.baseColorTexture, m.normalTexture, m.roughnessTexture, m.specularTexture]).toEqual(['ALBEDO', 'NORMAL', 'ROUGHNESS', 'SPECULAR'].map((k) => byKind.get(k)!.id));
  });

  it('marks texels no photo saw with confidence 0 and gives them a colour', async () => {
    const confidence = a.completed && [...a.textures.values()].find((t) => kindName(t.begin.kind) === 'CONFIDENCE')!;
    const { data } = await sharp(confidence.bytes).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    let unseen = 0, seen = 0;
    for (const c of data) c === 0 ? unseen++ : c >= 128 && seen++;
    // Outside the UV charts and the parts the photo does not show: unseen; the face: seen well.
    expect(unseen).toBeGreaterThan(0.2 * data.length);
    // The full head's atlas gives the photographed face about a sixth of the map.
    expect(seen).toBeGreaterThan(0.1 * data.length);
    const albedo = [...a.textures.values()].find((t) => kindName(t.begin.kind) === 'ALBEDO')!;
    const rgb = (await sharp(albedo.bytes).raw().toBuffer());
    // Filled, not left empty (a handful may be black where the filled-in neighbourhood is: the hat).
    let black = 0;
    for (let i = 0; i < data.length; i++) if (data[i] === 0 && rgb[3 * i] + rgb[3 * i + 1] + rgb[3 * i + 2] === 0) black++;
    expect(black).toBeLessThan(0.01 * unseen);
  });

  it('reports each photo’s lighting as SH, and the full fitted lighting in the glb', async () => {
    const sh = a.completed.photos![0].lighting!.sh!;
    expect(sh.length).toBe(27);
    for (const c of [0, 9, 18]) expect(sh[c]).toBeGreaterThan(0);
    const doc = await new NodeIO().registerExtensions([KHRMaterialsSpecular]).readBinary(new Uint8Array(fs.readFileSync(path.join(folder, 'avatar.glb'))));
    const extras = doc.getRoot().listScenes()[0].listChildren()[0].getExtras() as { lighting: { ambientSh: number[]; keyLightDirection: number[]; keyLightColor: number[] }[] };
    expect(extras.lighting.length).toBe(1);
    expect(extras.lighting[0].ambientSh.length).toBe(27);
    expect(Math.hypot(...extras.lighting[0].keyLightDirection)).toBeCloseTo(1, 3);
    expect(extras.lighting[0].keyLightColor.length).toBe(3);
  });
});
