/**
 * The colour of the person's teeth, per photo that shows them: inside MediaPipe's inner lip
 * contour of a mouth open far enough, the brighter pixels (the dark gaps, tongue and mouth behind
 * them left out) short of the brightest (highlights), median per channel.
 */
import { contour, INNER_LIPS } from '../../detect/mesh-landmarks.js';
import type { GeometryView } from '../face-model.js';
import { brightnessBand, medianColour, pixelsInside, type PhotoColour } from './photo-colour.js';

const MOUTH_CORNERS = [61, 291];
const LIP_MIDDLE = [13, 14];
/** Lip gap over mouth width below which no teeth show (measured: closed mouths 0.01–0.02, the astronaut's smile 0.16). */
const MIN_OPENING = 0.06;
/** Brightness ranks sampled: the teeth, not the gaps between them, nor their highlights. */
const BAND: [number, number] = [0.5, 0.9];
const MIN_SAMPLES = 20;

export function teethColours(views: GeometryView[]): PhotoColour[] {
  const out: PhotoColour[] = [];
  views.forEach(({ photo, face }, k) => {
    const lm = face.landmarks;
    const dist = ([a, b]: number[]): number => Math.hypot(lm[3 * a] - lm[3 * b], lm[3 * a + 1] - lm[3 * b + 1]);
    if (dist(LIP_MIDDLE) < MIN_OPENING * dist(MOUTH_CORNERS)) return;
    const teeth = brightnessBand(pixelsInside(photo.image, contour(lm, INNER_LIPS)), ...BAND);
    if (teeth.length >= MIN_SAMPLES) out.push({ photo: k, colour: medianColour(teeth), samples: teeth.length });
  });
  return out;
}
