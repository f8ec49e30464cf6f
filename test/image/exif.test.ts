import { describe, expect, it } from 'vitest';
import { focalLength35mm } from '../../server/image/exif.js';

/** A big-endian ("MM") TIFF block: IFD0 with one pointer to an Exif IFD holding `entries`. */
function exifBlock(entries: [tag: number, type: number, value: number][], prefix = true): Uint8Array {
  const ifd0 = 8;
  const exifIfd = ifd0 + 2 + 12 + 4;
  const b = new DataView(new ArrayBuffer(exifIfd + 2 + 12 * entries.length + 4));
  b.setUint16(0, 0x4d4d);
  b.setUint16(2, 42);
  b.setUint32(4, ifd0);
  b.setUint16(ifd0, 1);
  b.setUint16(ifd0 + 2, 0x8769);
  b.setUint16(ifd0 + 4, 4);
  b.setUint32(ifd0 + 6, 1);
  b.setUint32(ifd0 + 10, exifIfd);
  b.setUint16(exifIfd, entries.length);
  entries.forEach(([tag, type, value], i) => {
    const e = exifIfd + 2 + 12 * i;
    b.setUint16(e, tag);
    b.setUint16(e + 2, type);
    b.setUint32(e + 4, 1);
    if (type === 3) b.setUint16(e + 8, value);
    else b.setUint32(e + 8, value);
  });
  const tiff = new Uint8Array(b.buffer);
  if (!prefix) return tiff;
  const out = new Uint8Array(6 + tiff.length);
  out.set([0x45, 0x78, 0x69, 0x66, 0, 0]);
  out.set(tiff, 6);
  return out;
}

describe('focalLength35mm', () => {
  it('reads a SHORT tag from a big-endian block, with or without the Exif prefix', () => {
    expect(focalLength35mm(exifBlock([[0x9209, 3, 16], [0xa405, 3, 52]]))).toBe(52);
    expect(focalLength35mm(exifBlock([[0xa405, 3, 26]], false))).toBe(26);
  });

  it('treats a zero ("unknown"), a missing tag and malformed blocks as absent', () => {
    expect(focalLength35mm(exifBlock([[0xa405, 3, 0]]))).toBeUndefined();
    expect(focalLength35mm(exifBlock([[0x9209, 3, 16]]))).toBeUndefined();
    expect(focalLength35mm(undefined)).toBeUndefined();
    const whole = exifBlock([[0xa405, 3, 52]]);
    for (let cut = 0; cut < whole.length - 4; cut += 3) {
      // Cut anywhere before the value: never throws, never invents a number.
      expect(focalLength35mm(whole.subarray(0, cut))).toBeUndefined();
    }
  });
});
