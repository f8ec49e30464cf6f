import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePhoto } from '../../server/image/decode.js';
import { FitError, type DecodedPhoto } from '../../server/types.js';

import { HOPPER as GRACE, ASTRONAUT } from '../support/photos.js'; // 512 x 600 JPEG and 512 x 512 PNG, colour
const LIMITS = { maxPixels: 40_000_000 };

let dir: string;
let grace: Buffer;
let astronaut: Buffer;

/** Writes a built test image into the temp dir and reads it back, as the daemon receives files. */
async function file(name: string, bytes: Buffer | Promise<Buffer>): Promise<Uint8Array> {
  const p = path.join(dir, name);
  await writeFile(p, await bytes);
  return new Uint8Array(await readFile(p));
}

async function refusal(promise: Promise<DecodedPhoto>): Promise<FitError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FitError);
  return err as FitError;
}

/** Mean absolute difference per channel value between two equally sized RGB images. */
function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

/** A PNG whose IHDR claims width x height, followed by one tiny IDAT and IEND. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fitme-decode-'));
  grace = await readFile(GRACE);
  astronaut = await readFile(ASTRONAUT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('decodePhoto: readable photos', () => {
  it('decodes the sample JPEG to upright 8-bit RGB with its metadata', async () => {
    const photo = await decodePhoto(await file('grace.jpg', grace), 0, 'grace.jpg', LIMITS);
    expect(photo).toMatchObject({ index: 0, name: 'grace.jpg', format: 'jpeg', exifOrientation: 1, hadAlpha: false, grayscale: false });
    expect(photo.image.width).toBe(512);
    expect(photo.image.height).toBe(600);
    expect(photo.image.data.length).toBe(512 * 600 * 3);
    expect(photo.focal35mm).toBeUndefined();
    const reference = await sharp(grace).raw().toBuffer();
    expect(meanAbsDiff(photo.image.data, reference)).toBe(0);
  });

  it('expands a one-channel grey JPEG to RGB and flags it', async () => {
    const bytes = await file('grey.jpg', sharp(grace).toColourspace('b-w').jpeg().toBuffer());
    expect((await sharp(bytes).metadata()).channels).toBe(1);
    const photo = await decodePhoto(bytes, 1, 'grey.jpg', LIMITS);
    expect(photo.grayscale).toBe(true);
    expect(photo.image.data.length).toBe(512 * 600 * 3);
    const d = photo.image.data;
    for (let i = 0; i < d.length; i += 3 * 997) {
      expect(d[i]).toBe(d[i + 1]);
      expect(d[i + 1]).toBe(d[i + 2]);
    }
  });

  it('flags a black-and-white photo saved as RGB as grayscale, and a colour photo not', async () => {
    const bytes = await file('grey-rgb.jpg', sharp(grace).grayscale().jpeg({ quality: 90 }).toBuffer());
    expect((await sharp(bytes).metadata()).channels).toBe(3);
    expect((await decodePhoto(bytes, 0, 'grey-rgb.jpg', LIMITS)).grayscale).toBe(true);
    expect((await decodePhoto(await file('colour.png', astronaut), 0, 'colour.png', LIMITS)).grayscale).toBe(false);
  });

  it('flattens a PNG with transparency onto mid-grey and records the alpha', async () => {
    const { data, info } = await sharp(astronaut).raw().toBuffer({ resolveWithObject: true });
    const rgba = Buffer.alloc(info.width * info.height * 4);
    for (let p = 0; p < info.width * info.height; p++) {
      rgba.set(data.subarray(3 * p, 3 * p + 3), 4 * p);
      rgba[4 * p + 3] = p % info.width < 100 ? 0 : 255; // left 100 columns transparent
    }
    const bytes = await file('cutout.png', sharp(rgba, { raw: { width: info.width, height: info.height, channels: 4 } }).png().toBuffer());
    const photo = await decodePhoto(bytes, 0, 'cutout.png', LIMITS);
    expect(photo.hadAlpha).toBe(true);
    const px = (x: number, y: number) => Array.from(photo.image.data.subarray(3 * (y * 512 + x), 3 * (y * 512 + x) + 3));
    expect(px(10, 300)).toEqual([128, 128, 128]);
    expect(px(400, 300)).toEqual(Array.from(data.subarray(3 * (300 * 512 + 400), 3 * (300 * 512 + 400) + 3)));
  });

  it('reduces a 16-bit PNG to 8 bits per channel', async () => {
    const bytes = await file('deep.png', sharp(astronaut).toColourspace('rgb16').png().toBuffer());
    expect((await sharp(bytes).metadata()).depth).toBe('ushort');
    const photo = await decodePhoto(bytes, 0, 'deep.png', LIMITS);
    const reference = await sharp(astronaut).raw().toBuffer();
    expect(meanAbsDiff(photo.image.data, reference)).toBeLessThan(1);
  });

  for (const [orientation, stored] of [
    [6, -90],
    [8, 90],
  ] as const) {
    it(`turns a phone photo with EXIF orientation ${orientation} upright`, async () => {
      // The camera stored the pixels on their side and recorded how to turn them back.
      const bytes = await file(
        `phone-${orientation}.jpg`,
        sharp(grace).rotate(stored).withMetadata({ orientation }).jpeg({ quality: 95 }).toBuffer(),
      );
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.orientation]).toEqual([600, 512, orientation]);
      const photo = await decodePhoto(bytes, 0, 'phone.jpg', LIMITS);
      expect(photo.exifOrientation).toBe(orientation);
      expect([photo.image.width, photo.image.height]).toEqual([512, 600]);
      const reference = await sharp(grace).raw().toBuffer();
      expect(meanAbsDiff(photo.image.data, reference)).toBeLessThan(3); // JPEG re-encoding only
    });
  }

  it('reads the 35 mm-equivalent focal length from EXIF', async () => {
    const bytes = await file('focal.jpg', sharp(grace).withExif({ IFD0: { Make: 'Test' }, IFD2: { FocalLengthIn35mmFilm: '28' } }).jpeg().toBuffer());
    expect((await decodePhoto(bytes, 0, 'focal.jpg', LIMITS)).focal35mm).toBe(28);
  });
});

describe('decodePhoto: refusals', () => {
  it('refuses a text file as NOT_AN_IMAGE, naming the photo', async () => {
    const bytes = await file('notes.txt', Buffer.from('Remember to bring the photos.\n'));
    const err = await refusal(decodePhoto(bytes, 2, 'notes.txt', LIMITS));
    expect(err.code).toBe('NOT_AN_IMAGE');
    expect(err.photoIndex).toBe(2);
    expect(err.message).toContain('photo 3 (notes.txt)');
    expect(err.message).toMatch(/JPEG, PNG/);
  });

  it('refuses an empty file and an SVG drawing as NOT_AN_IMAGE', async () => {
    const empty = await refusal(decodePhoto(await file('empty.jpg', Buffer.alloc(0)), 0, 'empty.jpg', LIMITS));
    expect(empty.code).toBe('NOT_AN_IMAGE');
    expect(empty.message).toContain('empty');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="20"/></svg>');
    const drawing = await refusal(decodePhoto(await file('face.svg', svg), 1, 'face.svg', LIMITS));
    expect(drawing.code).toBe('NOT_AN_IMAGE');
    expect(drawing.message).toContain('SVG');
  });

  it('refuses a JPEG cut in half as IMAGE_TRUNCATED instead of returning grey pixels', async () => {
    const bytes = await file('half.jpg', grace.subarray(0, grace.length >> 1));
    // The header survives, so this is a damaged photo, not a non-image.
    expect((await sharp(bytes).metadata()).width).toBe(512);
    const err = await refusal(decodePhoto(bytes, 1, 'me.jpg', LIMITS));
    expect(err.code).toBe('IMAGE_TRUNCATED');
    expect(err.photoIndex).toBe(1);
    expect(err.message).toContain('photo 2 (me.jpg) is cut off');
    expect(err.message).toContain('copy it again');
  });

  it('refuses a PNG cut short as IMAGE_TRUNCATED', async () => {
    const bytes = await file('half.png', astronaut.subarray(0, Math.floor(astronaut.length * 0.6)));
    const err = await refusal(decodePhoto(bytes, 0, 'half.png', LIMITS));
    expect(err.code).toBe('IMAGE_TRUNCATED');
  });

  it('refuses a real photo over a lowered pixel limit, naming its size and the limit', async () => {
    const bytes = await file('big.jpg', sharp(grace).resize(4000).jpeg().toBuffer()); // 4000 x 4688
    const err = await refusal(decodePhoto(bytes, 0, 'big.jpg', { maxPixels: 12_000_000 }));
    expect(err.code).toBe('IMAGE_TOO_LARGE');
    expect(err.message).toContain('4000 x 4688');
    expect(err.message).toContain('18.8 megapixels');
    expect(err.message).toContain('12.0 megapixels');
    // Under a limit it fits, the same file decodes.
    const photo = await decodePhoto(bytes, 0, 'big.jpg', { maxPixels: 20_000_000 });
    expect([photo.image.width, photo.image.height]).toEqual([4000, 4688]);
  });

  it('refuses a PNG whose header claims 100000 x 100000 pixels without allocating them', async () => {
    const bytes = await file('bomb.png', pngClaiming(100_000, 100_000));
    expect(bytes.length).toBeLessThan(100);
    const before = process.memoryUsage().rss;
    const err = await refusal(decodePhoto(bytes, 0, 'bomb.png', LIMITS));
    expect(err.code).toBe('IMAGE_TOO_LARGE');
    expect(err.message).toContain('100000 x 100000');
    expect(process.memoryUsage().rss - before).toBeLessThan(200_000_000);
  });
});
