/**
 * How often the fitted albedo, as drawn over a photo, shows colours the face's skin does not have
 * where de-lighting is weakest: around the nostrils, along the lip line and at the cheeks' edges
 * (seen obliquely). There the fitted shading is least certain, and an error of it stays in the
 * albedo, which a new light reveals: too little irradiance divided out leaves bright rims, a
 * wrongly coloured one a colour cast (yellow-green rims where too little green was divided out).
 *
 * The render is of the albedo alone (uniform white light, no highlight), so lighting cannot hide
 * or fake an outlier. A pixel is an outlier when it is more than BRIGHT times the face region's
 * median luminance, or when its log-chromaticity ln(R/G) is more than GREENER below the region's
 * median: yellower or greener than the skin. Lips and blushes are redder, not greener, and
 * shading does not make skin brighter than that; pixels darker than DARK of the median (brows,
 * lashes, nostril holes) are left out, their chromaticity being noise.
 *
 * Regions come from the photo's MediaPipe landmarks, so they are the same whichever face model
 * was fitted: discs of RADIUS × the inter-ocular distance around the nostril wings, around the
 * inner lip contour, and around the face oval from the temples to the jaw, each cut to the
 * measured face mask.
 */
import { median } from './median.js';

/**
 * How often a relit render shows colours skin does not have where de-lighting is weakest: around
 * the nostrils, along the lip line and at the cheeks' edges (seen obliquely). There the fitted
 * shading is least certain, and an error of it stays in the albedo as a colour cast that a new
 * light reveals (yellow-green rims: too little green and blue divided out, or too much red).
 *
 * A pixel of a render under a white-ish light counts as an outlier when its log-chromaticity
 * ln(R/G) is more than OUTLIER below the median of the whole face region: greener or yellower
 * than the face's skin by more than a third. Lips and blushes are redder, not greener, and are
 * not counted; brows, lashes and hair are dark, and pixels darker than DARK of the median
 * luminance are left out, since their chromaticity is noise.
 *
 * Regions come from the photo's MediaPipe landmarks, so they are the same whichever face model
 * was fitted: discs of RADIUS × the inter-ocular distance around the nostril wings, around the
 * inner lip contour, and around the face oval from the temples to the jaw, each cut to the
 * rendered face mask.
 */
const NOSTRILS = [64, 294, 98, 327, 240, 460, 48, 278, 219, 439, 102, 331, 129, 358];
const LIP_LINE = [78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95];
const CHEEK_EDGES = [234, 93, 132, 58, 172, 454, 323, 361, 288, 397, 127, 356];
/** MediaPipe's outer eye corners, for the inter-ocular distance. */
const EYE_CORNERS = [33, 263];
const RADIUS = 0.08;
const BRIGHT = 1.5;
const GREENER = Math.log(1.4);
const DARK = 0.15;

export type FaceEdgeRegion = 'nostrils' | 'lipLine' | 'cheekEdges';
export const FACE_EDGE_REGIONS: Record<FaceEdgeRegion, readonly number[]> = { nostrils: NOSTRILS, lipLine: LIP_LINE, cheekEdges: CHEEK_EDGES };

/**
 * Per region, the fraction of its judged pixels that are outliers (NaN when it has none).
 * `color`: the albedo render, linear RGB per pixel; `mask`: the face region measured;
 * `landmarks`: the photo's landmarks, xy per point in pixels.
 */
export function albedoOutliers(color: Float32Array, mask: Uint8Array, width: number, height: number, landmarks: Float32Array): Record<FaceEdgeRegion, number> {
  const iod = Math.hypot(landmarks[2 * EYE_CORNERS[0]] - landmarks[2 * EYE_CORNERS[1]], landmarks[2 * EYE_CORNERS[0] + 1] - landmarks[2 * EYE_CORNERS[1] + 1]);
  const chroma = new Float32Array(width * height).fill(NaN);
  const lum = new Float32Array(width * height);
  const chromas: number[] = [], lums: number[] = [];
  for (let p = 0; p < mask.length; p++) {
    if (!mask[p]) continue;
    const r = color[3 * p], g = color[3 * p + 1], b = color[3 * p + 2];
    lum[p] = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    lums.push(lum[p]);
    if (r > 0 && g > 0) {
      chroma[p] = Math.log(r / g);
      chromas.push(chroma[p]);
    }
  }
  const skinChroma = median(chromas), skinLum = median(lums);
  const out = {} as Record<FaceEdgeRegion, number>;
  for (const [name, points] of Object.entries(FACE_EDGE_REGIONS) as [FaceEdgeRegion, readonly number[]][]) {
    const region = discs(points, landmarks, RADIUS * iod, width, height);
    let n = 0, outliers = 0;
    for (let p = 0; p < region.length; p++) {
      if (!region[p] || !mask[p] || !(lum[p] > DARK * skinLum) || Number.isNaN(chroma[p])) continue;
      n++;
      if (lum[p] > BRIGHT * skinLum || chroma[p] < skinChroma - GREENER) outliers++;
    }
    out[name] = n ? outliers / n : NaN;
  }
  return out;
}

function discs(points: readonly number[], landmarks: Float32Array, radius: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const r2 = radius * radius;
  for (const k of points) {
    const cx = landmarks[2 * k], cy = landmarks[2 * k + 1];
    for (let y = Math.max(0, Math.floor(cy - radius)); y <= Math.min(height - 1, Math.ceil(cy + radius)); y++) {
      for (let x = Math.max(0, Math.floor(cx - radius)); x <= Math.min(width - 1, Math.ceil(cx + radius)); x++) {
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r2) out[y * width + x] = 1;
      }
    }
  }
  return out;
}
