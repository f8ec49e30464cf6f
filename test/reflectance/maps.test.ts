/** encodeMaps: the bake's maps as PNG files, checked by decoding them back with sharp. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bakeTexture } from '../../server/reflectance/bake.js';
import { encodeMaps } from '../../server/reflectance/maps.js';
import { camera, faceMesh, quietHooks, renderPhoto } from './scene.js';

describe('encodeMaps', () => {
  it('writes the albedo as 8-bit sRGB RGB and the confidence as 8-bit grey PNG, pixel for pixel', async () => {
    const { mesh, mirror } = faceMesh();
    const size = 300; // not a power of two: nothing may assume one
    const view = { image: renderPhoto(mesh, camera(20), (u, v) => [u, v, 0.5], null), camera: camera(20) };
    const bake = bakeTexture(mesh, mirror, [view], size, quietHooks());
    const maps = await encodeMaps(bake);
    expect(maps.map((m) => [m.kind, m.colorSpace, m.channels, m.bitDepth, m.mime])).toEqual([
      ['albedo', 'srgb', 3, 8, 'image/png'],
      ['confidence', 'linear', 1, 8, 'image/png'],
    ]);
    for (const [map, expected] of [
      [maps[0], bake.albedo],
      [maps[1], bake.confidence],
    ] as const) {
      expect(Buffer.from(map.bytes.subarray(0, 8))).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const meta = await sharp(map.bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.channels, meta.depth]).toEqual(['png', size, size, map.channels, 'uchar']);
      expect([map.width, map.height]).toEqual([size, size]);
      // sharp widens grey to RGB on decode; its first channel is the stored one.
      const decoded = map.channels === 1 ? sharp(map.bytes).extractChannel(0) : sharp(map.bytes);
      const { data } = await decoded.raw().toBuffer({ resolveWithObject: true });
      expect(Buffer.compare(data, Buffer.from(expected))).toBe(0);
    }
  });
});
