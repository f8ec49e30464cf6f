/**
 * The hair's volume on a full head: how far the photos show hair (or a hat) standing out beyond
 * the bald skull the model has, and the scalp raised by that much, so the avatar's outline holds
 * the person's hair from the front and the side instead of a shaved skull (which read as a bald
 * man, whoever the photo showed). The hair layer (reflectance/hair-layer.ts) colours it.
 *
 * Measured per photo along rays in the head's own frontal plane (model x-y, angle φ from straight
 * up): from the skull's projected outline outwards, as long as the pixels look like the hair just
 * inside the outline more than like the photo's background (its border's median colour). Hair is
 * about symmetric and background clutter is not, so each angle takes the smaller of its own and
 * its mirror angle's thickness; angles the photo cannot show (below the ears, behind the neck)
 * take the nearest measured one.
 */
import type { CameraFit, RgbImage } from '../../types.js';
import { projectVertices } from '../../render/raster.js';
import { BACKGROUND_RADIUS, borderColour, EAR_TOP, earWeights, noseTip, ramp, scalpWeights } from '../../reflectance/hair-layer.js';
import { median } from '../../reflectance/median.js';
import { vertexNormals } from '../vertex-normals.js';
import { AVATAR_PRIMITIVES, avatarLayout } from './avatar-layout.js';
import type { IctModel } from './model.js';

export interface HairPhoto {
  image: RgbImage;
  camera: CameraFit;
}

/** Angular bins over the full turn; measured within ±MEASURED_DEG of straight up. */
const BINS = 36;
const MEASURED_DEG = 110;
/** The most hair the avatar gets, metres out from the skull. */
const MAX_THICKNESS_M = 0.05;
/** Where the hair's colour is sampled: this far inside the skull's outline, within ±HAIR_SAMPLE_DEG of up. */
const HAIR_SAMPLE_M = 0.01;
const HAIR_SAMPLE_DEG = 40;
/** …or as far in as this where the photo's edge cuts the outline off. */
const HAIR_SAMPLE_MAX_M = 0.03;
/** A ray stops after this many pixels in a row that are not hair. */
const GAP_PX = 3;
/** Over this depth in front of the scalp's centre the raise turns from outwards to upwards only. */
const FRONT_RAMP_M = 0.04;
/** A curtain of hair down the sides is looked for when the hair stands out this far at the ears' top… */
const MIN_CURTAIN_M = 0.01;
/** …from this far behind the nose tip backwards, down to this height (the jaw), in these steps. */
const CURTAIN_FROM_M = 0.075;
const CURTAIN_LOWEST_M = -0.1;
const CURTAIN_STEP_M = 0.005;
/** How far under the hair's surface a covered ear's outermost point ends. */
const EAR_UNDER_M = 0.004;
/** Laplacian smoothing passes over the raised scalp (bins are 10° wide; this rounds their steps off). */
const SMOOTHING_PASSES = 80;

export interface HairVolume {
  /** xyz per model vertex: how the skin moves out for the hair; zero off the hair and where no photo shows hair standing out. */
  offsets: Float32Array;
  /** Per model vertex, 0..1: how much hair covers it (the scalp, and a curtain down the sides and back when the photos show one). */
  weights: Float32Array;
  /** Per angular bin (BINS over the turn, from straight down through the subject's right side), metres. */
  thicknessM: Float64Array;
  /** Where the hair at the sides ends, metres above the nose tip (negative: below it); undefined: at the scalp's hairline. */
  bottomM: number | undefined;
}

/** The hair's volume on the skin of `shape` (xyz per model vertex), seen in the photos under their fitted cameras. */
export function hairVolume(model: IctModel, shape: Float32Array, photos: HairPhoto[]): HairVolume {
  const skin = avatarLayout(model).primitives[AVATAR_PRIMITIVES.indexOf('skin')];
  // Welded: one vertex per model vertex of the skin, so normals and smoothing ignore UV seams.
  const modelVertex = new Uint32Array(skin.weldedCount);
  skin.weld.forEach((w, i) => (modelVertex[w] = skin.modelVertex[i]));
  const positions = new Float32Array(3 * skin.weldedCount);
  modelVertex.forEach((v, w) => positions.set(shape.subarray(3 * v, 3 * v + 3), 3 * w));
  const volume = skinHairVolume(positions, vertexNormals(positions, skin.weldedTriangles), skin.weldedTriangles, photos);
  const offsets = new Float32Array(shape.length);
  const weights = new Float32Array(shape.length / 3);
  modelVertex.forEach((v, w) => {
    offsets.set(volume.offsets.subarray(3 * w, 3 * w + 3), 3 * v);
    weights[v] = volume.weights[w];
  });
  return { ...volume, offsets, weights };
}

function skinHairVolume(positions: Float32Array, normals: Float32Array, triangles: Uint32Array, photos: HairPhoto[]): HairVolume {
  const n = positions.length / 3;
  const scalp = scalpWeights(positions);
  const centre = scalpCentre(positions, scalp);
  const bin = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (scalp[i] > 0) bin[i] = angleBin(positions[3 * i] - centre[0], positions[3 * i + 1] - centre[1]);

  const sums = new Float64Array(BINS), counts = new Float64Array(BINS);
  const looks = photos.map((photo) => {
    const seen = thicknessInPhoto(positions, scalp, bin, centre, photo);
    seen.thickness.forEach((x, b) => {
      if (Number.isNaN(x)) return;
      sums[b] += x;
      counts[b]++;
    });
    return seen;
  });
  const measured = Float64Array.from(sums, (s, b) => (counts[b] > 0 ? s / counts[b] : NaN));
  const thicknessM = symmetricFilled(measured);

  const tip = noseTip(positions);
  const side = Math.min(interpolated(thicknessM, Math.PI / 2), interpolated(thicknessM, -Math.PI / 2));
  const bottoms = side < MIN_CURTAIN_M ? [] : photos.flatMap((photo, k) => {
    const b = looks[k].colours && curtainBottom(positions, tip, side, photo, looks[k].colours);
    return b === undefined ? [] : [b];
  });
  const bottomM = bottoms.length ? bottoms.reduce((a, b) => a + b, 0) / bottoms.length : undefined;

  const ears = earWeights(positions);
  const protrusion = earProtrusion(positions, ears, tip);
  const weights = new Float32Array(n);
  const raise = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = positions[3 * i], y = positions[3 * i + 1], z = positions[3 * i + 2];
    const curtain = bottomM === undefined ? 0 : ramp(y - tip[1] - bottomM) * ramp(tip[2] - z - CURTAIN_FROM_M);
    weights[i] = Math.max(scalp[i], curtain);
    if (weights[i] === 0) continue;
    // In front, hair lies on the forehead's top rather than standing out forwards: there only the
    // normal's share in the frontal plane is raised (a fringe standing out read as a cap's brim).
    const front = smoothstep((z - centre[2]) / FRONT_RAMP_M);
    const upright = Math.hypot(normals[3 * i], normals[3 * i + 1]);
    raise[i] = weights[i] * interpolated(thicknessM, angleOf(x - centre[0], y - centre[1])) * (1 - front + front * upright * upright);
  }
  const smooth = smoothed(raise, triangles, weights);
  const offsets = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    if (smooth[i] === 0) continue;
    // An ear under the hair moves out sideways (its own normals point every way), less by as much
    // as it stands out from the head, so that it flattens just under the hair's surface.
    const e = ears[i], out = Math.sign(positions[3 * i] - tip[0]);
    const t = smooth[i] - e * Math.min(smooth[i], protrusion[i] + EAR_UNDER_M);
    const dx = (1 - e) * normals[3 * i] + e * out, dy = (1 - e) * normals[3 * i + 1], dz = (1 - e) * normals[3 * i + 2];
    const len = Math.hypot(dx, dy, dz) || 1;
    offsets[3 * i] = (t * dx) / len;
    offsets[3 * i + 1] = (t * dy) / len;
    offsets[3 * i + 2] = (t * dz) / len;
  }
  return { offsets, weights, thicknessM, bottomM };
}

/**
 * Per vertex, metres: how far an ear's vertex stands out sideways beyond the head's side at its
 * height (the furthest-out vertex of the head that is mostly not ear, in bands of CURTAIN_STEP_M).
 */
function earProtrusion(positions: Float32Array, ears: Float64Array, tip: [number, number, number]): Float64Array {
  const n = positions.length / 3;
  const band = (i: number): number => Math.round((positions[3 * i + 1] - tip[1]) / CURTAIN_STEP_M);
  const side = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (ears[i] >= 0.5) continue;
    const key = band(i), out = Math.abs(positions[3 * i] - tip[0]);
    if (out > (side.get(key) ?? 0)) side.set(key, out);
  }
  return Float64Array.from({ length: n }, (_, i) => (ears[i] > 0 ? Math.max(0, Math.abs(positions[3 * i] - tip[0]) - (side.get(band(i)) ?? 0)) : 0));
}

/**
 * Where hair hanging down the sides of the head (a bob, long hair) ends in this photo, metres
 * above the nose tip: walking down each side from the ears' top, as long as the photo shows hair
 * just beyond the head's side; the higher of the two sides (clutter beside one side is not hair).
 * Undefined when the hair does not reach below the ears' top.
 */
function curtainBottom(positions: Float32Array, tip: [number, number, number], sideM: number, photo: HairPhoto, colours: PhotoColours): number | undefined {
  const n = positions.length / 3;
  const ends = [-1, 1].map((s) => {
    let lowest: number | undefined;
    let misses = 0;
    for (let h = EAR_TOP; h >= CURTAIN_LOWEST_M; h -= CURTAIN_STEP_M) {
      // The head's side at this height: the vertex furthest out, between the cheek and the back of the head.
      let best = -1, furthest = 0;
      for (let i = 0; i < n; i++) {
        const back = tip[2] - positions[3 * i + 2], out = s * (positions[3 * i] - tip[0]);
        if (Math.abs(positions[3 * i + 1] - tip[1] - h) > CURTAIN_STEP_M / 2 || back < CURTAIN_FROM_M || back > 0.16 || out <= furthest) continue;
        best = i;
        furthest = out;
      }
      if (best < 0) break;
      const probe = Float32Array.of(positions[3 * best] + s * (0.5 * sideM + 0.004), positions[3 * best + 1], positions[3 * best + 2]);
      const [px, py] = projectVertices(probe, photo.camera);
      const rgb = pixel(photo.image, px, py);
      if (rgb && isHair(rgb, colours)) {
        lowest = h;
        misses = 0;
      } else if (++misses >= 2) {
        break;
      }
    }
    return lowest;
  });
  return ends[0] === undefined || ends[1] === undefined ? undefined : Math.max(ends[0], ends[1]);
}

/** The middle of the scalp's vertices: the centre the angles are taken about. */
function scalpCentre(positions: Float32Array, scalp: Float64Array): [number, number, number] {
  const c = [0, 0, 0];
  let w = 0;
  for (let i = 0; i < scalp.length; i++) {
    if (scalp[i] < 0.5) continue;
    for (let a = 0; a < 3; a++) c[a] += positions[3 * i + a];
    w++;
  }
  return [c[0] / w, c[1] / w, c[2] / w];
}

/** Radians from straight up (+Y), towards +X positive, in (-π, π]. */
function angleOf(dx: number, dy: number): number {
  return Math.atan2(dx, dy);
}

function angleBin(dx: number, dy: number): number {
  return Math.min(BINS - 1, Math.floor(((angleOf(dx, dy) + Math.PI) / (2 * Math.PI)) * BINS));
}

function binAngle(b: number): number {
  return ((b + 0.5) / BINS) * 2 * Math.PI - Math.PI;
}

interface PhotoColours {
  /** sRGB: the photo's border, and its hair just inside the skull's outline at the top. */
  background: number[];
  hair: number[];
}

function isHair(rgb: number[], { background, hair }: PhotoColours): boolean {
  const dBackground = distance(rgb, background);
  return dBackground > BACKGROUND_RADIUS && distance(rgb, hair) < dBackground;
}

/**
 * Per bin, metres of hair beyond the skull's outline in this photo (NaN where it cannot tell),
 * and the colours it told hair by (undefined when the top of the head is out of the photo).
 */
function thicknessInPhoto(
  positions: Float32Array,
  scalp: Float64Array,
  bin: Int32Array,
  centre: [number, number, number],
  photo: HairPhoto,
): { thickness: Float64Array; colours?: PhotoColours } {
  const { image, camera } = photo;
  const screen = projectVertices(positions, camera);
  const c = projectVertices(Float32Array.from(centre), camera);
  const background = borderColour(image, screen);
  const out = new Float64Array(BINS).fill(NaN);
  // Per bin: the ray's direction in the image and where the skull's outline crosses it.
  const rays = Array.from({ length: BINS }, (_, b) => {
    const a = binAngle(b);
    const tip = projectVertices(Float32Array.of(centre[0] + 0.05 * Math.sin(a), centre[1] + 0.05 * Math.cos(a), centre[2]), camera);
    const ux = tip[0] - c[0], uy = tip[1] - c[1];
    const len = Math.hypot(ux, uy);
    return { ux: ux / len, uy: uy / len, reach: 0, pxPerM: len / 0.05 };
  });
  for (let i = 0; i < bin.length; i++) {
    if (bin[i] < 0 || scalp[i] < 0.5) continue;
    const ray = rays[bin[i]];
    ray.reach = Math.max(ray.reach, (screen[3 * i] - c[0]) * ray.ux + (screen[3 * i + 1] - c[1]) * ray.uy);
  }
  const at = (ray: (typeof rays)[number], px: number): number[] | undefined => pixel(image, c[0] + px * ray.ux, c[1] + px * ray.uy);
  const hairSamples: number[][] = [[], [], []];
  rays.forEach((ray, b) => {
    if (Math.abs(binAngle(b)) > (HAIR_SAMPLE_DEG * Math.PI) / 180 || ray.reach === 0) return;
    // A photo that cuts the head's top off (a close selfie) still shows hair lower down the ray.
    for (let m = HAIR_SAMPLE_M; m <= HAIR_SAMPLE_MAX_M; m += 0.005) {
      const rgb = at(ray, ray.reach - m * ray.pxPerM);
      if (!rgb) continue;
      rgb.forEach((v, k) => hairSamples[k].push(v));
      break;
    }
  });
  if (hairSamples[0].length === 0) return { thickness: out };
  const colours = { background, hair: hairSamples.map(median) };
  rays.forEach((ray, b) => {
    if (Math.abs(binAngle(b)) > (MEASURED_DEG * Math.PI) / 180 || ray.reach === 0) return;
    const limit = MAX_THICKNESS_M * ray.pxPerM;
    // Where the outline itself is out of the photo, the photo cannot tell (the nearest angles it can tell stand in).
    if (!at(ray, ray.reach)) return;
    let last = 0, gap = 0;
    for (let px = 1; px <= limit; px++) {
      const rgb = at(ray, ray.reach + px);
      if (!rgb) break;
      if (isHair(rgb, colours)) {
        last = px;
        gap = 0;
      } else if (++gap >= GAP_PX) {
        break;
      }
    }
    out[b] = last / ray.pxPerM;
  });
  return { thickness: out, colours };
}

function pixel(image: RgbImage, x: number, y: number): number[] | undefined {
  const ix = Math.round(x), iy = Math.round(y);
  if (ix < 0 || iy < 0 || ix >= image.width || iy >= image.height) return undefined;
  const o = 3 * (iy * image.width + ix);
  return [image.data[o], image.data[o + 1], image.data[o + 2]];
}

function distance(a: number[], b: number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Each bin the smaller of itself and its mirror (φ → −φ); unmeasured bins take the nearest measured one. */
function symmetricFilled(measured: Float64Array): Float64Array {
  const out = new Float64Array(BINS);
  for (let b = 0; b < BINS; b++) {
    const m = measured[BINS - 1 - b];
    out[b] = Number.isNaN(measured[b]) || Number.isNaN(m) ? NaN : Math.min(measured[b], m);
  }
  if (out.every(Number.isNaN)) return out.fill(0);
  const filled = Float64Array.from(out);
  for (let b = 0; b < BINS; b++) {
    if (!Number.isNaN(out[b])) continue;
    for (let d = 1; d < BINS; d++) {
      const near = [out[(b + d) % BINS], out[(b - d + BINS) % BINS]].filter((x) => !Number.isNaN(x));
      if (near.length) {
        filled[b] = Math.min(...near);
        break;
      }
    }
  }
  return filled;
}

function smoothstep(x: number): number {
  const s = Math.min(1, Math.max(0, x));
  return s * s * (3 - 2 * s);
}

/** Linear between bin centres, around the circle. */
function interpolated(t: Float64Array, angle: number): number {
  const f = ((angle + Math.PI) / (2 * Math.PI)) * BINS - 0.5;
  const b0 = Math.floor(f), s = f - b0;
  return (1 - s) * t[(b0 + BINS) % BINS] + s * t[(b0 + 1) % BINS];
}

/** Jacobi passes of neighbour averaging of a value per vertex over the hair (weights > 0); vertices off it stay put. */
function smoothed(values: Float32Array, triangles: Uint32Array, weights: Float32Array): Float32Array {
  const n = values.length;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) neighbours[triangles[t + k]].push(triangles[t + ((k + 1) % 3)], triangles[t + ((k + 2) % 3)]);
  }
  let current = values;
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) {
    const next = Float32Array.from(current);
    for (let i = 0; i < n; i++) {
      if (weights[i] === 0 || neighbours[i].length === 0) continue;
      let s = 0;
      for (const j of neighbours[i]) s += current[j];
      next[i] = 0.5 * current[i] + (0.5 * s) / neighbours[i].length;
    }
    current = next;
  }
  return current;
}
