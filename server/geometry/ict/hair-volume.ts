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
import { scalpWeights } from '../../reflectance/hair-layer.js';
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
/** sRGB distance under which a pixel is background whatever else it resembles. */
const BACKGROUND_RADIUS = 40;
/** A ray stops after this many pixels in a row that are not hair. */
const GAP_PX = 3;
/** Over this depth in front of the scalp's centre the raise turns from outwards to upwards only. */
const FRONT_RAMP_M = 0.04;
/** Laplacian smoothing passes over the raised scalp (bins are 10° wide; this rounds their steps off). */
const SMOOTHING_PASSES = 80;

export interface HairVolume {
  /** xyz per model vertex: how the scalp moves out for the hair; zero off the scalp and where no photo shows hair standing out. */
  offsets: Float32Array;
  /** Per angular bin (BINS over the turn, from straight down through the subject's right side), metres. */
  thicknessM: Float64Array;
}

/** The hair's volume on the skin of `shape` (xyz per model vertex), seen in the photos under their fitted cameras. */
export function hairVolume(model: IctModel, shape: Float32Array, photos: HairPhoto[]): HairVolume {
  const skin = avatarLayout(model).primitives[AVATAR_PRIMITIVES.indexOf('skin')];
  // Welded: one vertex per model vertex of the skin, so normals and smoothing ignore UV seams.
  const modelVertex = new Uint32Array(skin.weldedCount);
  skin.weld.forEach((w, i) => (modelVertex[w] = skin.modelVertex[i]));
  const positions = new Float32Array(3 * skin.weldedCount);
  modelVertex.forEach((v, w) => positions.set(shape.subarray(3 * v, 3 * v + 3), 3 * w));
  const { offsets, thicknessM } = skinHairVolume(positions, vertexNormals(positions, skin.weldedTriangles), skin.weldedTriangles, photos);
  const out = new Float32Array(shape.length);
  modelVertex.forEach((v, w) => out.set(offsets.subarray(3 * w, 3 * w + 3), 3 * v));
  return { offsets: out, thicknessM };
}

function skinHairVolume(
  positions: Float32Array,
  normals: Float32Array,
  triangles: Uint32Array,
  photos: HairPhoto[],
): { offsets: Float32Array; thicknessM: Float64Array } {
  const n = positions.length / 3;
  const scalp = scalpWeights(positions);
  const centre = scalpCentre(positions, scalp);
  const bin = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (scalp[i] > 0) bin[i] = angleBin(positions[3 * i] - centre[0], positions[3 * i + 1] - centre[1]);

  const sums = new Float64Array(BINS), counts = new Float64Array(BINS);
  for (const photo of photos) {
    const t = thicknessInPhoto(positions, scalp, bin, centre, photo);
    t.forEach((x, b) => {
      if (Number.isNaN(x)) return;
      sums[b] += x;
      counts[b]++;
    });
  }
  const measured = Float64Array.from(sums, (s, b) => (counts[b] > 0 ? s / counts[b] : NaN));
  const thicknessM = symmetricFilled(measured);

  const offsets = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    if (bin[i] < 0) continue;
    const a = angleOf(positions[3 * i] - centre[0], positions[3 * i + 1] - centre[1]);
    // In front, hair lies on the forehead's top rather than standing out forwards: there only the
    // normal's share in the frontal plane is raised (a fringe standing out read as a cap's brim).
    const front = smoothstep((positions[3 * i + 2] - centre[2]) / FRONT_RAMP_M);
    const upright = Math.hypot(normals[3 * i], normals[3 * i + 1]);
    const t = scalp[i] * interpolated(thicknessM, a) * (1 - front + front * upright * upright);
    for (let c = 0; c < 3; c++) offsets[3 * i + c] = t * normals[3 * i + c];
  }
  return { offsets: smoothed(offsets, triangles, n, scalp), thicknessM };
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

/** Per bin, metres of hair beyond the skull's outline in this photo; NaN where it cannot tell. */
function thicknessInPhoto(positions: Float32Array, scalp: Float64Array, bin: Int32Array, centre: [number, number, number], photo: HairPhoto): Float64Array {
  const { image, camera } = photo;
  const screen = projectVertices(positions, camera);
  const c = projectVertices(Float32Array.from(centre), camera);
  const background = borderColour(image);
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
    const rgb = at(ray, ray.reach - HAIR_SAMPLE_M * ray.pxPerM);
    if (rgb) rgb.forEach((v, k) => hairSamples[k].push(v));
  });
  if (hairSamples[0].length === 0) return out;
  const hair = hairSamples.map(median);
  rays.forEach((ray, b) => {
    if (Math.abs(binAngle(b)) > (MEASURED_DEG * Math.PI) / 180 || ray.reach === 0) return;
    const limit = MAX_THICKNESS_M * ray.pxPerM;
    let last = 0, gap = 0;
    for (let px = 1; px <= limit; px++) {
      const rgb = at(ray, ray.reach + px);
      if (!rgb) break;
      const dBackground = distance(rgb, background);
      if (dBackground > BACKGROUND_RADIUS && distance(rgb, hair) < dBackground) {
        last = px;
        gap = 0;
      } else if (++gap >= GAP_PX) {
        break;
      }
    }
    out[b] = last / ray.pxPerM;
  });
  return out;
}

/** The median colour of the photo's top row and the upper halves of its side columns. */
function borderColour(image: RgbImage): number[] {
  const samples: number[][] = [[], [], []];
  const push = (x: number, y: number): void => {
    for (let k = 0; k < 3; k++) samples[k].push(image.data[3 * (y * image.width + x) + k]);
  };
  for (let x = 0; x < image.width; x++) push(x, 0);
  for (let y = 0; y < image.height / 2; y++) {
    push(0, y);
    push(image.width - 1, y);
  }
  return samples.map(median);
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

/** Jacobi passes of neighbour averaging over the scalp (weights > 0); vertices off it stay put. */
function smoothed(offsets: Float32Array, triangles: Uint32Array, n: number, scalp: Float64Array): Float32Array {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) neighbours[triangles[t + k]].push(triangles[t + ((k + 1) % 3)], triangles[t + ((k + 2) % 3)]);
  }
  let current = offsets;
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) {
    const next = Float32Array.from(current);
    for (let i = 0; i < n; i++) {
      if (scalp[i] === 0 || neighbours[i].length === 0) continue;
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (const j of neighbours[i]) s += current[3 * j + c];
        next[3 * i + c] = 0.5 * current[3 * i + c] + (0.5 * s) / neighbours[i].length;
      }
    }
    current = next;
  }
  return current;
}
