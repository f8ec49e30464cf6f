/**
 * sRGB transfer function as lookup tables: colours are averaged, blended and shaded in linear
 * light but stored as 8-bit sRGB.
 */

/** Linear value (0..1) of each 8-bit sRGB code. */
export const SRGB_TO_LINEAR = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const s = i / 255;
  SRGB_TO_LINEAR[i] = s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

// 16-bit input steps keep the encoding within 0.05 of a code value even in the steep dark end
// (slope 12.92), so the table rounds as the exact formula would.
const ENCODE_STEPS = 65535;
const LINEAR_TO_SRGB = new Uint8Array(ENCODE_STEPS + 1);
for (let i = 0; i <= ENCODE_STEPS; i++) {
  const l = i / ENCODE_STEPS;
  const s = l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055;
  LINEAR_TO_SRGB[i] = Math.round(s * 255);
}

/** 8-bit sRGB code of a linear value; clamps to 0..1 (NaN gives 0). */
export function linearToSrgb8(l: number): number {
  if (!(l > 0)) return 0;
  if (l >= 1) return 255;
  return LINEAR_TO_SRGB[(l * ENCODE_STEPS + 0.5) | 0];
}
