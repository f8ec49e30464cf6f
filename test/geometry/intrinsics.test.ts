import { describe, expect, it } from 'vitest';
import { DEFAULT_FOCAL_35MM, photoIntrinsics } from '../../server/geometry/intrinsics.js';

const photo = (width: number, height: number, focal35mm?: number) => ({ image: { width, height, data: new Uint8Array(0) }, focal35mm });

describe('photoIntrinsics', () => {
  it('puts the principal point at the image centre', () => {
    const k = photoIntrinsics(photo(640, 480, 35));
    expect(k.cx).toBe(320);
    expect(k.cy).toBe(240);
    expect(k.fx).toBe(k.fy);
  });

  it('reads a 35 mm-equivalent focal length over the diagonal: a 3:2 frame at 36 mm is 1 px per px of width', () => {
    expect(photoIntrinsics(photo(3000, 2000, 36)).fx).toBeCloseTo(3000, 9);
    // 4:3 phone photo at 26 mm: f = 26 * 5000 / 43.267 px.
    expect(photoIntrinsics(photo(4000, 3000, 26)).fx).toBeCloseTo((26 * 5000) / Math.hypot(36, 24), 9);
    // Orientation does not matter.
    expect(photoIntrinsics(photo(3000, 4000, 26)).fx).toBeCloseTo(photoIntrinsics(photo(4000, 3000, 26)).fx, 9);
  });

  it('falls back to the default lens when EXIF has none or nonsense', () => {
    const expected = (DEFAULT_FOCAL_35MM * Math.hypot(512, 600)) / Math.hypot(36, 24);
    for (const f of [undefined, 0, -5, 1e6, Number.NaN]) expect(photoIntrinsics(photo(512, 600, f)).fx).toBeCloseTo(expected, 9);
  });
});
