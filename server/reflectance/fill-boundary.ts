/**
 * Whether the filled skin matches the photographed skin beside it, measured on the albedo map of
 * the skin (the result's primitive 0) where the observed texels (confidence at least
 * OBSERVED_CONFIDENCE) meet the filled ones:
 *   tone: CIEDE2000 between the median colour of the observed texels within BAND of the boundary
 *     and that of the filled texels within BAND of it: does the head carry the face's skin tone?
 *   step: the mean CIEDE2000 between 4-neighbour texel pairs straddling the boundary: is there an
 *     edge where the face ends? Read against `texture`: the same between neighbouring pairs
 *     inside the observed band, the skin's own texel-to-texel detail.
 * Distances are in texels along the UV charts (texels no skin triangle covers are not crossed).
 * Only the boundary with the head around the face counts: small filled islands inside it (the
 * eye sockets, nostrils and the lips' inner side, which the eyeballs and the mouth hide) are left out.
 */
import type { Texture } from '../render/texture.js';
import { ciede2000, linearRgbToLab } from './eval.js';
import { median } from './median.js';

export interface FillBoundary {
  /** Texels in the observed and in the filled band. */
  observedTexels: number;
  filledTexels: number;
  toneDeltaE00: number;
  stepDeltaE00: number;
  textureDeltaE00: number;
}

/** Band width, as a fraction of the map's side (16 texels at 1024², about a centimetre of face). */
const BAND = 1 / 64;
/** Filled parts smaller than this share of the filled texels are holes inside the face. */
const MIN_PART = 0.05;

/** `albedo`: linear RGB (3 channels); `confidence`: 1 channel, 0..1; `uvs`, `indices`: the skin primitive. */
export function fillBoundary(albedo: Texture, confidence: Texture, uvs: Float32Array, indices: Uint32Array, observedConfidence: number): FillBoundary {
  const { width, height } = albedo;
  const charts = chartMask(uvs, indices, width, height);
  const observed = new Uint8Array(width * height), filled = new Uint8Array(width * height);
  for (let t = 0; t < charts.length; t++) {
    if (!charts[t]) continue;
    const c = confidence.data[t * confidence.channels];
    if (c >= observedConfidence) observed[t] = 1;
    else filled[t] = 1;
  }
  dropSmallParts(filled, width, height, MIN_PART);
  const band = Math.max(2, Math.round(BAND * width));
  const toObserved = distances(observed, charts, width, height, band);
  const toFilled = distances(filled, charts, width, height, band);
  const lab = (t: number, out: Float64Array) => linearRgbToLab(albedo.data[3 * t], albedo.data[3 * t + 1], albedo.data[3 * t + 2], out);
  const observedLab: number[][] = [[], [], []], filledLab: number[][] = [[], [], []];
  const c = new Float64Array(3), d = new Float64Array(3);
  let steps = 0, stepSum = 0, pairs = 0, pairSum = 0;
  for (let t = 0; t < charts.length; t++) {
    if (observed[t] && toFilled[t] <= band) {
      lab(t, c);
      for (let k = 0; k < 3; k++) observedLab[k].push(c[k]);
      // Pairs straddling the boundary, each counted once (from its observed side).
      const x = t % width, y = (t - x) / width;
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]]) {
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const n = ny * width + nx;
        if (filled[n]) {
          lab(n, d);
          stepSum += ciede2000(c[0], c[1], c[2], d[0], d[1], d[2]);
          steps++;
        } else if (observed[n] && n > t && toFilled[n] <= band) {
          lab(n, d);
          pairSum += ciede2000(c[0], c[1], c[2], d[0], d[1], d[2]);
          pairs++;
        }
      }
    } else if (filled[t] && toObserved[t] <= band) {
      lab(t, c);
      for (let k = 0; k < 3; k++) filledLab[k].push(c[k]);
    }
  }
  const [o, f] = [observedLab.map(median), filledLab.map(median)];
  return {
    observedTexels: observedLab[0].length,
    filledTexels: filledLab[0].length,
    toneDeltaE00: observedLab[0].length && filledLab[0].length ? ciede2000(o[0], o[1], o[2], f[0], f[1], f[2]) : NaN,
    stepDeltaE00: steps ? stepSum / steps : NaN,
    textureDeltaE00: pairs ? pairSum / pairs : NaN,
  };
}

/** Texels whose centre lies inside a triangle (in UV, origin top-left as glTF). */
function chartMask(uvs: Float32Array, indices: Uint32Array, width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => [uvs[2 * indices[t + k]] * width, uvs[2 * indices[t + k] + 1] * height]);
    const area = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
    if (area === 0) continue;
    const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1]))), y1 = Math.min(height - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
    const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0]))), x1 = Math.min(width - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5, py = y + 0.5;
        const w0 = ((b[0] - px) * (c[1] - py) - (c[0] - px) * (b[1] - py)) / area;
        const w1 = ((c[0] - px) * (a[1] - py) - (a[0] - px) * (c[1] - py)) / area;
        if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1) mask[y * width + x] = 1;
      }
    }
  }
  return mask;
}

/** 4-neighbour distance (texels) from the `from` texels, through chart texels, up to `limit` (Infinity beyond). */
function distances(from: Uint8Array, charts: Uint8Array, width: number, height: number, limit: number): Float64Array {
  const dist = new Float64Array(from.length).fill(Infinity);
  let frontier: number[] = [];
  for (let t = 0; t < from.length; t++) if (from[t]) (dist[t] = 0), frontier.push(t);
  for (let step = 1; step <= limit && frontier.length; step++) {
    const next: number[] = [];
    for (const t of frontier) {
      const x = t % width, y = (t - x) / width;
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]]) {
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const n = ny * width + nx;
        if (!charts[n] || dist[n] <= step) continue;
        dist[n] = step;
        next.push(n);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Clears the 4-connected parts of `member` holding less than `share` of its texels. */
function dropSmallParts(member: Uint8Array, width: number, height: number, share: number): void {
  const part = new Int32Array(member.length).fill(-1);
  const sizes: number[] = [];
  let total = 0;
  for (let t0 = 0; t0 < member.length; t0++) {
    if (!member[t0] || part[t0] >= 0) continue;
    const id = sizes.length, stack = [t0];
    part[t0] = id;
    let size = 0;
    while (stack.length) {
      const t = stack.pop()!;
      size++;
      const x = t % width, y = (t - x) / width;
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]]) {
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const n = ny * width + nx;
        if (member[n] && part[n] < 0) (part[n] = id), stack.push(n);
      }
    }
    sizes.push(size);
    total += size;
  }
  for (let t = 0; t < member.length; t++) if (member[t] && sizes[part[t]] < share * total) member[t] = 0;
}
