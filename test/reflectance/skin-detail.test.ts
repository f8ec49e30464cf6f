/**
 * The filled head's skin detail, taken from a real photo's skin (grace_hopper's face, cut to a
 * square "texture"): laid over a large area it must keep the source's contrast, join without steps
 * and not repeat with any short period (the mirrored tiles it replaced repeated every two patches).
 */
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { detailAt, skinDetail, type SkinDetail } from '../../server/reflectance/skin-detail.js';

const SIZE = 512;
const PHOTO = fileURLToPath(new URL('../../samples/grace_hopper.jpg', import.meta.url));

let detail: SkinDetail;

beforeAll(async () => {
  // The face from brow to chin, stretched over a 512² "texture", about as a bake enlarges a face.
  const albedo = new Uint8Array(await sharp(PHOTO).extract({ left: 150, top: 190, width: 200, height: 200 }).resize(SIZE, SIZE).removeAlpha().raw().toBuffer());
  const found = skinDetail(albedo, SIZE, () => true);
  if (!found) throw new Error('no skin square found');
  detail = found;
});

function field(w: number, h: number, x0 = 0, y0 = 0): Float64Array {
  const out = new Float64Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = detailAt(detail, x0 + x, y0 + y);
  return out;
}

function meanStd(a: ArrayLike<number>): [number, number] {
  let s = 0, s2 = 0;
  for (let i = 0; i < a.length; i++) [s, s2] = [s + a[i], s2 + a[i] * a[i]];
  const m = s / a.length;
  return [m, Math.sqrt(Math.max(0, s2 / a.length - m * m))];
}

/** Pearson correlation of a field with itself shifted by (dx, dy). */
function selfCorrelation(f: Float64Array, w: number, h: number, dx: number, dy: number): number {
  const a: number[] = [], b: number[] = [];
  for (let y = 0; y + dy < h; y++) for (let x = 0; x + dx < w; x++) [a.push(f[y * w + x]), b.push(f[(y + dy) * w + x + dx])];
  const [ma, sa] = meanStd(a), [mb, sb] = meanStd(b);
  let c = 0;
  for (let i = 0; i < a.length; i++) c += (a[i] - ma) * (b[i] - mb);
  return c / a.length / (sa * sb);
}

describe('skin detail', () => {
  it('keeps the mean of the source square, and a contrast between that of its middle (where the windows are centred) and of the whole', () => {
    const p = detail.patch, middle: number[] = [];
    for (let y = 0; y < p; y++) for (let x = 0; x < p; x++) if (Math.min(x, y) >= p / 4 && Math.max(x, y) < (3 * p) / 4) middle.push(detail.ratio[y * p + x]);
    const [sm, whole] = meanStd(detail.ratio), [, ss] = meanStd(middle);
    const [m, s] = meanStd(field(SIZE, SIZE));
    expect(sm).toBeCloseTo(1, 3);
    expect(ss).toBeGreaterThan(0.002); // the flattest square of a real face still has pores and fine lines
    expect(Math.abs(m - 1)).toBeLessThan(0.5 * ss);
    expect(s / ss).toBeGreaterThan(0.75);
    expect(s / whole).toBeLessThan(1.25);
  });

  it('does not repeat: shifted by one or two patches (or any short period) it is unlike itself', () => {
    const w = 6 * detail.patch, f = field(w, w, 1000, 3000);
    expect(selfCorrelation(f, w, w, 1, 0)).toBeGreaterThan(0.2); // neighbours are alike: it is a texture, not noise
    for (let d = Math.round(detail.patch / 4); d <= 2 * detail.patch; d += Math.round(detail.patch / 8)) {
      expect(Math.abs(selfCorrelation(f, w, w, d, 0))).toBeLessThan(0.35);
      expect(Math.abs(selfCorrelation(f, w, w, 0, d))).toBeLessThan(0.35);
    }
  });

  it('joins without steps: neighbouring texels differ no more than within the source', () => {
    const p = detail.patch;
    let source = 0;
    for (let y = 0; y < p; y++) for (let x = 0; x + 1 < p; x++) source = Math.max(source, Math.abs(detail.ratio[y * p + x + 1] - detail.ratio[y * p + x]));
    const w = 4 * p, f = field(w, w);
    let laid = 0;
    for (let y = 0; y < w; y++) for (let x = 0; x + 1 < w; x++) laid = Math.max(laid, Math.abs(f[y * w + x + 1] - f[y * w + x]));
    expect(laid).toBeLessThan(2 * source);
  });

  it('is the same on every call', () => {
    expect(field(64, 64, 77, 5)).toEqual(field(64, 64, 77, 5));
  });
});
