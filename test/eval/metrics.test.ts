/** The eval metrics against values known in closed form or published (Sharma et al. 2005). */
import { describe, expect, it } from 'vitest';
import { albedoAgreement, ciede2000, psnr, srgbToLab, ssim } from '../../server/reflectance/eval.js';
import { SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import type { RgbImage } from '../../server/types.js';

/**
 * Table 1 of Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes,
 * Supplementary Test Data, and Mathematical Observations", Color Res. Appl. 30(1), 2005:
 * L1, a1, b1, L2, a2, b2, ΔE00. The pairs sit on the formula's branches (hue wrap-around, zero
 * chroma, the mean-hue arc, the blue rotation term) that casual implementations get wrong.
 */
const SHARMA: [number, number, number, number, number, number, number][] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('ciede2000', () => {
  it.each(SHARMA.map((row, i) => [i + 1, ...row]))('reproduces Sharma et al. pair %i in both orders', (_, L1, a1, b1, L2, a2, b2, expected) => {
    // The table gives 4 decimals.
    expect(Math.abs(ciede2000(L1, a1, b1, L2, a2, b2) - expected)).toBeLessThan(5e-5);
    expect(Math.abs(ciede2000(L2, a2, b2, L1, a1, b1) - expected)).toBeLessThan(5e-5);
  });

  it('is 0 for equal colours, including grey', () => {
    expect(ciede2000(50, 0, 0, 50, 0, 0)).toBe(0);
    expect(ciede2000(40, 20, -30, 40, 20, -30)).toBe(0);
  });
});

describe('srgbToLab', () => {
  const lab = (r: number, g: number, b: number) => {
    const out = new Float64Array(3);
    srgbToLab(r, g, b, out);
    return Array.from(out);
  };

  it('maps white to L* 100 and black to 0, neutral', () => {
    const w = lab(255, 255, 255);
    expect(w[0]).toBeCloseTo(100, 6);
    expect(Math.abs(w[1]) + Math.abs(w[2])).toBeLessThan(1e-6);
    expect(lab(0, 0, 0)).toEqual([0, 0, 0]);
  });

  it('gives the published CIELAB of the sRGB primaries (D65)', () => {
    // sRGB red, green and blue in CIELAB D65, as colour-science and Lindbloom's calculator give them.
    const cases: [number[], number[]][] = [
      [[255, 0, 0], [53.2408, 80.0925, 67.2032]],
      [[0, 255, 0], [87.7347, -86.1827, 83.1793]],
      [[0, 0, 255], [32.297, 79.1875, -107.8602]],
    ];
    for (const [rgb, expected] of cases) {
      const got = lab(rgb[0], rgb[1], rgb[2]);
      for (let k = 0; k < 3; k++) expect(Math.abs(got[k] - expected[k])).toBeLessThan(0.01);
    }
  });
});

function image(width: number, height: number, f: (x: number, y: number, c: number) => number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) for (let c = 0; c < 3; c++) data[3 * (y * width + x) + c] = f(x, y, c);
  return { width, height, data };
}

/** A deterministic textured image (smooth pattern plus hashed noise). */
const textured = (x: number, y: number, c: number) => Math.round(128 + 60 * Math.sin(x / 3 + c) * Math.cos(y / 4) + ((x * 7919 + y * 104729 + c * 31) % 41) - 20);

describe('psnr', () => {
  const a = image(32, 24, textured);

  it('is infinite for identical images and NaN for an empty mask', () => {
    expect(psnr(a, a)).toBe(Infinity);
    expect(psnr(a, image(32, 24, () => 0), new Uint8Array(32 * 24))).toBeNaN();
  });

  it('is 20 log10(255 / d) for a uniform difference d', () => {
    const b = image(32, 24, (x, y, c) => textured(x, y, c) + 5);
    expect(psnr(a, b)).toBeCloseTo(20 * Math.log10(255 / 5), 10);
  });

  it('counts only masked pixels', () => {
    const mask = new Uint8Array(32 * 24);
    for (let p = 0; p < 16; p++) mask[p] = 1; // first half of the first row
    const b = image(32, 24, (x, y, c) => (y === 0 && x < 16 ? textured(x, y, c) + 2 : 0));
    expect(psnr(a, b, mask)).toBeCloseTo(20 * Math.log10(255 / 2), 10);
  });
});

describe('ssim', () => {
  const a = image(40, 30, textured);

  it('is exactly 1 for identical images, with or without a mask', () => {
    expect(ssim(a, a)).toBe(1);
    const mask = new Uint8Array(40 * 30);
    mask.fill(1, 200, 500);
    expect(ssim(a, a, mask)).toBe(1);
  });

  it('is the luminance term (2μxμy + C1) / (μx² + μy² + C1) for two flat images', () => {
    const x = image(20, 20, () => 100), y = image(20, 20, () => 140);
    const C1 = (0.01 * 255) ** 2;
    expect(ssim(x, y)).toBeCloseTo((2 * 100 * 140 + C1) / (100 ** 2 + 140 ** 2 + C1), 9);
  });

  it('falls as noise grows, and is negative for an inverted image', () => {
    const noisy = (amp: number) => image(40, 30, (x, y, c) => Math.min(255, Math.max(0, textured(x, y, c) + amp * (((x * 31 + y * 17 + c * 7) % 13) - 6))));
    const s1 = ssim(a, noisy(1)), s4 = ssim(a, noisy(4)), s10 = ssim(a, noisy(10));
    expect(s1).toBeLessThan(1);
    expect(s4).toBeLessThan(s1);
    expect(s10).toBeLessThan(s4);
    expect(ssim(a, image(40, 30, (x, y, c) => 255 - textured(x, y, c)))).toBeLessThan(0);
  });

  it('ignores differences farther from the mask than the window reaches', () => {
    const mask = new Uint8Array(40 * 30);
    for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) mask[y * 40 + x] = 1;
    const far = image(40, 30, (x, y, c) => (x >= 16 || y >= 16 ? 255 - textured(x, y, c) : textured(x, y, c)));
    expect(ssim(a, far, mask)).toBe(1);
    expect(ssim(a, far)).toBeLessThan(0.5);
  });
});

describe('albedoAgreement', () => {
  it('compares only texels both maps observed at or above the threshold', () => {
    const lin = (rgb: number[]) => rgb.map((v) => SRGB_TO_LINEAR[v]);
    const skin = lin([200, 150, 120]), darker = lin([180, 130, 100]);
    const a = { width: 2, height: 2, albedo: Float32Array.from([...skin, ...skin, ...skin, ...skin]), confidence: Float32Array.of(1, 1, 0.4, 0) };
    const b = { width: 2, height: 2, albedo: Float32Array.from([...skin, ...darker, 0, 0, 0, 0, 0, 0]), confidence: Float32Array.of(1, 0.5, 1, 1) };
    const la = new Float64Array(3), lb = new Float64Array(3);
    srgbToLab(200, 150, 120, la);
    srgbToLab(180, 130, 100, lb);
    const d = ciede2000(la[0], la[1], la[2], lb[0], lb[1], lb[2]);
    expect(d).toBeGreaterThan(2);
    const r = albedoAgreement(a, b, 0.5);
    expect(r.texels).toBe(2);
    expect(r.meanDeltaE2000).toBeCloseTo(d / 2, 4);
    expect(r.medianDeltaE2000).toBeCloseTo(d / 2, 4);
    expect(albedoAgreement(a, b, 0.6).texels).toBe(1);
    expect(albedoAgreement(a, { ...b, confidence: new Float32Array(4) }, 0.5).meanDeltaE2000).toBeNaN();
  });
});
