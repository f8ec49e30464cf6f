/**
 * Colours of the parts the bake does not texture (irises, teeth) as the photos show them, and
 * their albedo once the fitted light is known. A photo's pixel is albedo × irradiance in linear
 * light (sh.ts), so a part's albedo is its pixels' colour over the irradiance facing the camera,
 * where both parts face: taken raw, a part is as bright as the photo's exposure and tinted by its
 * light (the astronaut's teeth, 1.4× her cheeks in the photo, rendered at 0.9× them).
 */
import { SRGB_TO_LINEAR } from '../../reflectance/srgb.js';
import { irradiance } from '../../reflectance/sh.js';
import type { RgbImage, ShLighting } from '../../types.js';

export type Rgb = [number, number, number];

/** One photo's median colour of a part, linear RGB, and how many pixels it was taken from. */
export interface PhotoColour {
  photo: number;
  colour: Rgb;
  samples: number;
}

/** Linear RGB of the pixels inside a polygon (image pixels, even–odd rule) and within the optional disc. */
export function pixelsInside(image: RgbImage, poly: number[][], disc?: { cx: number; cy: number; from: number; to: number }): Rgb[] {
  const xs = poly.map((p) => p[0]), ys = poly.map((p) => p[1]);
  const out: Rgb[] = [];
  const { width, height, data } = image;
  for (let y = Math.max(0, Math.floor(Math.min(...ys))); y <= Math.min(height - 1, Math.ceil(Math.max(...ys))); y++) {
    for (let x = Math.max(0, Math.floor(Math.min(...xs))); x <= Math.min(width - 1, Math.ceil(Math.max(...xs))); x++) {
      if (disc) {
        const r = Math.hypot(x + 0.5 - disc.cx, y + 0.5 - disc.cy);
        if (r < disc.from || r > disc.to) continue;
      }
      if (!inside(poly, x + 0.5, y + 0.5)) continue;
      const o = 3 * (y * width + x);
      out.push([SRGB_TO_LINEAR[data[o]], SRGB_TO_LINEAR[data[o + 1]], SRGB_TO_LINEAR[data[o + 2]]]);
    }
  }
  return out;
}

/** The pixels whose brightness (r + g + b) ranks between the two quantiles. */
export function brightnessBand(pixels: Rgb[], from: number, to: number): Rgb[] {
  const sorted = [...pixels].sort((a, b) => a[0] + a[1] + a[2] - (b[0] + b[1] + b[2]));
  return sorted.slice(Math.floor(from * sorted.length), Math.ceil(to * sorted.length));
}

export function medianColour(pixels: Rgb[]): Rgb {
  const median = (c: number): number => {
    const v = pixels.map((p) => p[c]).sort((a, b) => a - b);
    return v[v.length >> 1];
  };
  return [median(0), median(1), median(2)];
}

/**
 * The part's albedo: each photo's colour over its light's irradiance at a normal facing the
 * camera, averaged by samples and kept within `range` per channel; undefined with no samples.
 */
export function delitColour(colours: PhotoColour[], lighting: ShLighting[], range: [number, number]): Rgb | undefined {
  const usable = colours.filter((c) => lighting[c.photo]);
  const total = usable.reduce((s, c) => s + c.samples, 0);
  if (total === 0) return undefined;
  const out: Rgb = [0, 0, 0];
  for (const { photo, colour, samples } of usable) {
    for (let ch = 0; ch < 3; ch++) {
      const e = Math.max(irradiance(lighting[photo], ch, 0, 0, 1), 1e-3);
      out[ch] += (samples / total) * (colour[ch] / e);
    }
  }
  return out.map((v) => Math.min(range[1], Math.max(range[0], v))) as Rgb;
}

/** Even–odd rule. */
function inside(poly: number[][], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}
