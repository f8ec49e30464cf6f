/** encodeMaps: the fit's maps as PNG files, checked by decoding them back with sharp. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bakeTexture } from '../../server/reflectance/bake.js';
import type { FittedReflectance } from '../../server/reflectance/fit.js';
import { encodeMaps, SMOOTH_MAX } from '../../server/reflectance/maps.js';
import { resampleTexture, type Texture } from '../../server/render/texture.js';
import { camera, faceMesh, quietHooks, renderPhoto } from './scene.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The stored channels, in order. sharp decodes grey as RGB and grey + alpha as RGBA, and 16-bit
 * RGB only as such when told its colour space.
 */
async function decoded(bytes: Uint8Array): Promise<{ data: Uint8Array | Uint16Array; depth: string }> {
  const meta = await sharp(bytes).metadata();
  const sixteen = meta.depth === 'ushort';
  const image = sharp(bytes);
  if (sixteen) image.toColourspace('rgb16');
  const { data, info } = await image.raw({ depth: sixteen ? 'ushort' : 'uchar' }).toBuffer({ resolveWithObject: true });
  const all = sixteen ? new Uint16Array(data.buffer, data.byteOffset, data.length / 2) : new Uint8Array(data);
  const picks = meta.channels === 1 ? [0] : meta.channels === 2 ? [0, info.channels - 1] : [0, 1, 2];
  const n = info.width * info.height;
  const out = sixteen ? new Uint16Array(n * picks.length) : new Uint8Array(n * picks.length);
  for (let i = 0; i < n; i++) picks.forEach((c, k) => (out[i * picks.length + k] = all[i * info.channels + c]));
  return { data: out, depth: meta.depth! };
}

describe('encodeMaps', () => {
  const { mesh, mirror } = faceMesh();
  const size = 300; // not a power of two: nothing may assume one
  const view = { image: renderPhoto(mesh, camera(20), (u, v) => [u, v, 0.5], null), camera: camera(20) };
  const bake = bakeTexture(mesh, mirror, [view], size, quietHooks());
  const ramp = (s: number, f: (x: number, y: number) => number[]): Texture => {
    const channels = f(0, 0).length;
    const data = new Float32Array(s * s * channels);
    for (let y = 0; y < s; y++) for (let x = 0; x < s; x++) data.set(f(x / (s - 1), y / (s - 1)), (y * s + x) * channels);
    return { width: s, height: s, channels, data };
  };
  const fit: FittedReflectance = {
    size,
    albedo: bake.albedo,
    confidence: bake.confidence,
    specular: ramp(8, (x, y) => [0.3 + 0.6 * x * y]),
    roughness: ramp(4, (x) => [0.35 + 0.3 * x]),
    // Unnormalised on purpose: the encoder normalises.
    normal: ramp(16, (x, y) => [0.4 * (x - 0.5), -0.3 * (y - 0.5), 1.2]),
    coverage: bake.coverage,
    lighting: [],
    stats: { preset: 'default', iterations: 0, energy: 'analytic', levels: [], startMs: 0, finalMs: 0 },
  };

  it('writes every map at the output size with its colour space, channels and bit depth', async () => {
    const maps = await encodeMaps(fit);
    expect(maps.map((m) => [m.kind, m.colorSpace, m.channels, m.bitDepth, m.mime])).toEqual([
      ['albedo', 'srgb', 3, 8, 'image/png'],
      ['specular', 'linear', 2, 8, 'image/png'],
      ['roughness', 'linear', 1, 8, 'image/png'],
      ['normal', 'linear', 3, 16, 'image/png'],
      ['confidence', 'linear', 1, 8, 'image/png'],
    ]);
    for (const m of maps) {
      expect(Buffer.from(m.bytes.subarray(0, 8))).toEqual(PNG);
      const meta = await sharp(m.bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.channels, meta.depth]).toEqual(['png', size, size, m.channels, m.bitDepth === 16 ? 'ushort' : 'uchar']);
    }
  });

  it('keeps the albedo and confidence pixel for pixel', async () => {
    const [albedo, confidence] = await encodeMaps(fit, ['albedo', 'confidence']);
    expect(Buffer.compare(Buffer.from((await decoded(albedo.bytes)).data), Buffer.from(bake.albedo))).toBe(0);
    expect(Buffer.compare(Buffer.from((await decoded(confidence.bytes)).data), Buffer.from(bake.confidence))).toBe(0);
  });

  it('upsamples specular (strength in grey and alpha) and roughness bilinearly to 8 bits', async () => {
    const [specular, roughness] = await encodeMaps(fit, ['specular', 'roughness']);
    const s = await decoded(specular.bytes), r = await decoded(roughness.bytes);
    const sUp = resampleTexture(fit.specular, size, size).data, rUp = resampleTexture(fit.roughness, size, size).data;
    for (let i = 0; i < size * size; i += 97) {
      expect(s.data[2 * i]).toBe(Math.round(sUp[i] * 255));
      expect(s.data[2 * i + 1]).toBe(s.data[2 * i]);
      expect(r.data[i]).toBe(Math.round(rUp[i] * 255));
    }
  });

  it('writes unit tangent-space normals as (n + 1) / 2 in 16 bits, +Y as stored', async () => {
    const [normal] = await encodeMaps(fit, ['normal']);
    const n = await decoded(normal.bytes);
    expect(n.depth).toBe('ushort');
    const up = resampleTexture(fit.normal, size, size).data;
    for (let i = 0; i < size * size; i += 89) {
      const v = [0, 1, 2].map((c) => (n.data[3 * i + c] / 65535) * 2 - 1);
      expect(Math.hypot(...v)).toBeCloseTo(1, 4);
      const l = Math.hypot(up[3 * i], up[3 * i + 1], up[3 * i + 2]);
      for (let c = 0; c < 3; c++) expect(v[c]).toBeCloseTo(up[3 * i + c] / l, 4);
    }
    // Top rows tilt to +y, bottom rows to −y: the map keeps the stored sign (glTF's +Y green).
    expect(n.data[3 * 1 + 1]).toBeGreaterThan(32768);
    expect(n.data[3 * (size * (size - 1) + 1) + 1]).toBeLessThan(32768);
  });

  it('caps the smooth maps at 1024² when the albedo is larger', async () => {
    const big = 1100;
    const large = { ...fit, size: big, albedo: new Uint8Array(big * big * 3), confidence: new Uint8Array(big * big) };
    const sizes = (await encodeMaps(large)).map((m) => [m.kind, m.width, m.height]);
    expect(sizes).toEqual([
      ['albedo', big, big],
      ['specular', SMOOTH_MAX, SMOOTH_MAX],
      ['roughness', SMOOTH_MAX, SMOOTH_MAX],
      ['normal', SMOOTH_MAX, SMOOTH_MAX],
      ['confidence', big, big],
    ]);
  });

  it('encodes only the kinds asked for', async () => {
    expect((await encodeMaps(fit, ['normal', 'albedo'])).map((m) => m.kind)).toEqual(['albedo', 'normal']);
  });
});
