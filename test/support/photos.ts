/**
 * Real images for the bad-input cases, made at test time from the public-domain sample photos.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { SAMPLES } from './daemon.js';

export const HOPPER = path.join(SAMPLES, 'grace_hopper.jpg');
export const ASTRONAUT = path.join(SAMPLES, 'astronaut.png');

export const read = (file: string) => fs.readFileSync(file);

/** The JPEG cut off halfway through its entropy-coded data. */
export function truncatedJpeg(): Buffer {
  const b = read(HOPPER);
  return b.subarray(0, Math.floor(b.length / 2));
}

export function grayscale(): Promise<Buffer> {
  return sharp(HOPPER).grayscale().jpeg().toBuffer();
}

/** PNG with a transparent border around the face. */
export function pngWithAlpha(): Promise<Buffer> {
  return sharp(HOPPER).ensureAlpha().extend({ top: 60, bottom: 60, left: 60, right: 60, background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
}

/**
 * What a phone writes when held sideways: pixels stored rotated, with EXIF orientation 6 saying
 * "rotate 90° clockwise to display".
 */
export async function exifRotated(): Promise<Buffer> {
  return sharp(HOPPER).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 92 }).toBuffer();
}

/** Both sample faces side by side; Grace Hopper's is the larger. */
export async function twoFaces(): Promise<Buffer> {
  const left = await sharp(HOPPER).resize({ height: 600 }).toBuffer();
  const right = await sharp(ASTRONAUT).resize({ height: 360 }).toBuffer();
  return sharp({ create: { width: 512 + 400, height: 600, channels: 3, background: '#808080' } })
    .composite([
      { input: left, left: 0, top: 0 },
      { input: right, left: 530, top: 120 },
    ])
    .jpeg()
    .toBuffer();
}

/** The portrait shrunk into the corner of a large canvas: a face a few pixels across. */
export async function tinyFace(): Promise<Buffer> {
  const small = await sharp(HOPPER).resize({ width: 64 }).toBuffer();
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6a7b8c' } })
    .composite([{ input: small, left: 40, top: 40 }])
    .jpeg()
    .toBuffer();
}

/** A real photo with no face in it: the lower part of the portrait (uniform and shoulders). */
export async function noFace(): Promise<Buffer> {
  const { width = 512, height = 600 } = await sharp(HOPPER).metadata();
  return sharp(HOPPER).extract({ left: 0, top: Math.round(height * 0.72), width, height: Math.round(height * 0.28) }).resize({ width: 512 }).jpeg().toBuffer();
}

/**
 * `n` different real photos (different bytes, so different fleet jobs) made from the two samples:
 * the originals, then mirrored, resized and re-graded copies.
 */
export async function distinctPortraits(n: number): Promise<{ name: string; data: Buffer }[]> {
  const makers: [string, () => Promise<Buffer>][] = [
    ['hopper.jpg', async () => read(HOPPER)],
    ['collins.png', async () => read(ASTRONAUT)],
    ['hopper-mirrored.jpg', () => sharp(HOPPER).flop().jpeg({ quality: 92 }).toBuffer()],
    ['collins-small.jpg', () => sharp(ASTRONAUT).resize({ width: 420 }).jpeg({ quality: 90 }).toBuffer()],
    ['hopper-warm.jpg', () => sharp(HOPPER).modulate({ brightness: 1.08, saturation: 1.1 }).jpeg({ quality: 90 }).toBuffer()],
    ['collins-mirrored.jpg', () => sharp(ASTRONAUT).flop().jpeg({ quality: 92 }).toBuffer()],
    ['hopper-small.jpg', () => sharp(HOPPER).resize({ width: 400 }).jpeg({ quality: 90 }).toBuffer()],
    ['collins-warm.jpg', () => sharp(ASTRONAUT).modulate({ brightness: 1.05, saturation: 1.1 }).jpeg({ quality: 90 }).toBuffer()],
  ];
  if (n > makers.length) throw new Error(`at most ${makers.length} distinct portraits, asked for ${n}`);
  return Promise.all(makers.slice(0, n).map(async ([name, make]) => ({ name, data: await make() })));
}
