/**
 * The colour of the person's irises, from the photos: the pixels of the ring between pupil and
 * limbus that MediaPipe's iris landmarks (a centre and four rim points per eye) outline, kept only
 * where the eyelids leave the eye open, highlights dropped, median per channel.
 */
import { SRGB_TO_LINEAR } from '../../reflectance/srgb.js';
import type { GeometryView } from '../face-model.js';
import { IRIS_POINTS, LEFT_IRIS, RIGHT_IRIS } from '../../detect/mesh-landmarks.js';

/** MediaPipe's eyelid contours, around each eye's opening (subject's right eye, then left). */
const EYE_OPENINGS = [
  [33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7],
  [263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249],
];
/** The ring sampled, as fractions of the iris radius: outside the pupil, inside the dark limbal ring. */
const RING: [number, number] = [0.45, 0.85];
/** The brightest pixels of the ring are taken for highlights (reflections of the light) and dropped. */
const HIGHLIGHT_QUANTILE = 0.85;
/** Fewer samples than this (closed or tiny eyes) give no colour. */
const MIN_SAMPLES = 12;

/** Linear RGB in 0..1, or undefined when no photo shows enough of an iris. */
export function irisColour(views: GeometryView[]): [number, number, number] | undefined {
  const samples: number[][] = [];
  for (const { photo, face } of views) {
    const lm = face.landmarks;
    if (lm.length < (LEFT_IRIS + IRIS_POINTS) * 3) continue;
    for (const irisStart of [RIGHT_IRIS, LEFT_IRIS]) {
      const cx = lm[3 * irisStart], cy = lm[3 * irisStart + 1];
      let radius = 0;
      for (let k = 1; k < IRIS_POINTS; k++) radius += Math.hypot(lm[3 * (irisStart + k)] - cx, lm[3 * (irisStart + k) + 1] - cy) / (IRIS_POINTS - 1);
      // The opening whose centre is nearest: robust to either numbering of the two irises.
      const opening = EYE_OPENINGS.map((ids) => ids.map((i) => [lm[3 * i], lm[3 * i + 1]]))
        .map((poly) => ({ poly, d: Math.hypot(poly.reduce((s, p) => s + p[0], 0) / poly.length - cx, poly.reduce((s, p) => s + p[1], 0) / poly.length - cy) }))
        .sort((a, b) => a.d - b.d)[0].poly;
      const ring: number[][] = [];
      const { width, height, data } = photo.image;
      for (let y = Math.max(0, Math.floor(cy - radius)); y <= Math.min(height - 1, Math.ceil(cy + radius)); y++) {
        for (let x = Math.max(0, Math.floor(cx - radius)); x <= Math.min(width - 1, Math.ceil(cx + radius)); x++) {
          const r = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) / radius;
          if (r < RING[0] || r > RING[1] || !inside(opening, x + 0.5, y + 0.5)) continue;
          const o = 3 * (y * width + x);
          ring.push([SRGB_TO_LINEAR[data[o]], SRGB_TO_LINEAR[data[o + 1]], SRGB_TO_LINEAR[data[o + 2]]]);
        }
      }
      const brightness = ring.map((c) => c[0] + c[1] + c[2]).sort((a, b) => a - b);
      const limit = brightness[Math.floor(HIGHLIGHT_QUANTILE * (brightness.length - 1))];
      samples.push(...ring.filter((c) => c[0] + c[1] + c[2] <= limit));
    }
  }
  if (samples.length < MIN_SAMPLES) return undefined;
  const median = (a: number): number => {
    const v = samples.map((c) => c[a]).sort((x, y) => x - y);
    return v[v.length >> 1];
  };
  return [median(0), median(1), median(2)];
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
