/** The bake's maps as PNG files, as they are persisted and streamed. */
import sharp from 'sharp';
import type { TextureMap } from '../types.js';
import type { BakeResult } from './bake.js';

export async function encodeMaps(bake: BakeResult): Promise<TextureMap[]> {
  const { size } = bake;
  const png = async (data: Uint8Array, channels: 1 | 3): Promise<Uint8Array> => {
    const image = sharp(data, { raw: { width: size, height: size, channels } });
    // Without 'b-w', sharp widens one channel to RGB.
    if (channels === 1) image.toColourspace('b-w');
    return new Uint8Array(await image.png().toBuffer());
  };
  const [albedo, confidence] = await Promise.all([png(bake.albedo, 3), png(bake.confidence, 1)]);
  const map = (kind: TextureMap['kind'], bytes: Uint8Array, colorSpace: TextureMap['colorSpace'], channels: number): TextureMap => ({
    kind, width: size, height: size, colorSpace, channels, bitDepth: 8, mime: 'image/png', bytes,
  });
  return [map('albedo', albedo, 'srgb', 3), map('confidence', confidence, 'linear', 1)];
}
