/**
 * The colour of the person's irises, per photo: the pixels of the ring between pupil and limbus
 * that MediaPipe's iris landmarks (a centre and four rim points per eye) outline, kept only where
 * the eyelids leave the eye open, highlights dropped, median per channel.
 */
import type { GeometryView } from '../face-model.js';
import { contour, EYE_OPENINGS, IRIS_POINTS, LEFT_IRIS, RIGHT_IRIS } from '../../detect/mesh-landmarks.js';
import { brightnessBand, medianColour, pixelsInside, type PhotoColour, type Rgb } from './photo-colour.js';

/** The ring sampled, as fractions of the iris radius: outside the pupil, inside the dark limbal ring. */
const RING: [number, number] = [0.45, 0.85];
/** The brightest pixels of the ring are taken for highlights (reflections of the light) and dropped. */
const HIGHLIGHT_QUANTILE = 0.85;
/** Fewer samples than this (closed or tiny eyes) give no colour. */
const MIN_SAMPLES = 12;

/** Per photo that shows enough of an iris, its colour (linear RGB). */
export function irisColours(views: GeometryView[]): PhotoColour[] {
  const out: PhotoColour[] = [];
  views.forEach(({ photo, face }, k) => {
    const lm = face.landmarks;
    if (lm.length < (LEFT_IRIS + IRIS_POINTS) * 3) return;
    const samples: Rgb[] = [];
    for (const irisStart of [RIGHT_IRIS, LEFT_IRIS]) {
      const cx = lm[3 * irisStart], cy = lm[3 * irisStart + 1];
      let radius = 0;
      for (let j = 1; j < IRIS_POINTS; j++) radius += Math.hypot(lm[3 * (irisStart + j)] - cx, lm[3 * (irisStart + j) + 1] - cy) / (IRIS_POINTS - 1);
      // The opening whose centre is nearest: robust to either numbering of the two irises.
      const opening = EYE_OPENINGS.map((ids) => contour(lm, ids))
        .map((poly) => ({ poly, d: Math.hypot(poly.reduce((s, p) => s + p[0], 0) / poly.length - cx, poly.reduce((s, p) => s + p[1], 0) / poly.length - cy) }))
        .sort((a, b) => a.d - b.d)[0].poly;
      const ring = pixelsInside(photo.image, opening, { cx, cy, from: RING[0] * radius, to: RING[1] * radius });
      samples.push(...brightnessBand(ring, 0, HIGHLIGHT_QUANTILE));
    }
    if (samples.length >= MIN_SAMPLES) out.push({ photo: k, colour: medianColour(samples), samples: samples.length });
  });
  return out;
}
