/**
 * Test photos for the detect tests, built from the two sample photos with sharp, written to a
 * temp dir and decoded with the real decoder, as the daemon would receive them.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { decodePhoto } from '../../server/image/decode.js';
import type { DecodedPhoto, DetectedFace } from '../../server/types.js';

export { HOPPER as GRACE, ASTRONAUT } from '../support/photos.js'; // 512 x 600 and 512 x 512, one face each

export class PhotoDir {
  private constructor(readonly dir: string) {}

  static async create(): Promise<PhotoDir> {
    return new PhotoDir(await mkdtemp(path.join(os.tmpdir(), 'fitme-detect-')));
  }

  /** Encodes `image` into the temp dir as `name`, then decodes the file as photo `index`. */
  async photo(name: string, image: sharp.Sharp | string, index = 0): Promise<DecodedPhoto> {
    const bytes = typeof image === 'string' ? await readFile(image) : await image.toBuffer();
    const file = path.join(this.dir, name);
    await writeFile(file, bytes);
    return decodePhoto(new Uint8Array(await readFile(file)), index, name, { maxPixels: 40_000_000 });
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Mean 2D distance between the first `count` landmarks of two faces, in pixels. */
export function meanLandmarkDistance(a: DetectedFace, b: DetectedFace, count = 468): number {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += Math.hypot(a.landmarks[3 * i] - b.landmarks[3 * i], a.landmarks[3 * i + 1] - b.landmarks[3 * i + 1]);
  }
  return sum / count;
}
