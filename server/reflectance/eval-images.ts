/**
 * The pictures `fitme eval` writes: panels of the same photo-sized images (photo, re-render,
 * difference, relit renders) cropped to the face and joined left to right into one PNG.
 */
import sharp from 'sharp';
import type { RgbImage } from '../types.js';

export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Grey line between panels, px at full resolution. */
const GAP = 4;

/** The mask's bounding box grown by `margin` of its size on every side, inside the image. */
export function faceCrop(mask: Uint8Array, width: number, height: number, margin = 0.25): CropBox {
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x1 < 0) return { x: 0, y: 0, width, height };
  const mx = Math.round((x1 - x0 + 1) * margin), my = Math.round((y1 - y0 + 1) * margin);
  const x = Math.max(0, x0 - mx), y = Math.max(0, y0 - my);
  return { x, y, width: Math.min(width, x1 + 1 + mx) - x, height: Math.min(height, y1 + 1 + my) - y };
}

/** |a − b| per channel and pixel, times `gain` (clamped to 255), so small errors show. */
export function absDifference(a: RgbImage, b: RgbImage, gain: number): RgbImage {
  const data = new Uint8Array(a.data.length);
  for (let k = 0; k < data.length; k++) data[k] = Math.min(255, Math.abs(a.data[k] - b.data[k]) * gain);
  return { width: a.width, height: a.height, data };
}

/** Panel heights in the written picture: small faces are enlarged to be seen, large ones reduced. */
const MIN_HEIGHT = 384;
const MAX_HEIGHT = 512;

/** The panels' `crop`, side by side, scaled to MIN_HEIGHT..MAX_HEIGHT px high, as PNG bytes. */
export async function sideBySidePng(panels: RgbImage[], crop: CropBox): Promise<Uint8Array> {
  const width = panels.length * crop.width + (panels.length - 1) * GAP;
  const data = new Uint8Array(width * crop.height * 3).fill(128);
  panels.forEach((panel, k) => {
    const left = k * (crop.width + GAP);
    for (let row = 0; row < crop.height; row++) {
      const from = 3 * ((crop.y + row) * panel.width + crop.x);
      data.set(panel.data.subarray(from, from + 3 * crop.width), 3 * (row * width + left));
    }
  });
  let image = sharp(data, { raw: { width, height: crop.height, channels: 3 } });
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, crop.height));
  if (height !== crop.height) image = image.resize({ height, kernel: 'lanczos3' });
  return new Uint8Array(await image.png().toBuffer());
}
