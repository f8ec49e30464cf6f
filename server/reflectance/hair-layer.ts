/**
 * A hair-coloured layer on the scalp of a full-head model, where the photos show hair (or a hat)
 * rather than the bald scalp the model has: a close-cropped look in the observed hair colour,
 * instead of skin up to the crown, which made every avatar look bald from the side.
 *
 * Where the scalp is is a matter of geometry (model space: +Y up, the face towards +Z, metres):
 * above a hairline that runs from the top of the forehead, down over the temples to behind the
 * ears and the nape, sparing the ears. Its colour is what the photos show where the scalp
 * projects, where that is unlike the skin. When too little is (a bald or shaved head), there is
 * no layer and the scalp stays skin.
 */
import { apply3, rotationFromQuaternion } from '../geometry/rotation.js';
import { projectVertices } from '../render/raster.js';
import type { CameraFit, RgbImage } from '../types.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { median } from './median.js';

/** Hairline height above the nose tip, by depth behind it (metres): forehead, temples, behind the ears, nape. */
const HAIRLINE: [number, number][] = [
  [0.05, 0.085],
  [0.1, 0.05],
  [0.165, -0.045],
];
/** Height above the nose tip where the forehead above the brows starts, metres. */
const FRINGE_FROM = 0.062;
/** Half-width of the hairline's blend, metres. */
const BLEND = 0.012;
/** The ears: further out than this from the mid-plane, below EAR_TOP, between these depths. */
const EAR_OUT = 0.072;
export const EAR_TOP = 0.045;
const EAR_DEPTH: [number, number] = [0.08, 0.165];
/** A scalp sample counts as hair when its likeness to the photo's skin is below this… */
const UNLIKE_SKIN = 0.25;
/** …and there is a layer when at least this share of the scalp samples is hair. */
const MIN_HAIR_SHARE = 0.35;
const MIN_SAMPLES = 30;
/** sRGB distance from the photo's border colour under which a scalp sample is background. */
export const BACKGROUND_RADIUS = 40;
/** Sampled only where the surface faces the camera at least this squarely (cosine), away from the silhouette's background. */
const FACING = 0.5;

/** Per vertex (xyz positions), 0..1: how much it is scalp. */
export function scalpWeights(positions: Float64Array | Float32Array): Float64Array {
  const n = positions.length / 3;
  const [tx, ty, tz] = noseTip(positions);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dy = positions[3 * i + 1] - ty, back = tz - positions[3 * i + 2];
    out[i] = ramp(dy - hairline(back)) * (1 - earWeight(positions, i, tx, ty, tz));
  }
  return out;
}

/** Per vertex (xyz positions), 0..1: how much it is an ear. */
export function earWeights(positions: Float64Array | Float32Array): Float64Array {
  const [tx, ty, tz] = noseTip(positions);
  return Float64Array.from({ length: positions.length / 3 }, (_, i) => earWeight(positions, i, tx, ty, tz));
}

function earWeight(positions: Float64Array | Float32Array, i: number, tx: number, ty: number, tz: number): number {
  const ax = Math.abs(positions[3 * i] - tx), dy = positions[3 * i + 1] - ty, back = tz - positions[3 * i + 2];
  return ramp(ax - EAR_OUT) * ramp(EAR_TOP - dy) * ramp(back - EAR_DEPTH[0]) * ramp(EAR_DEPTH[1] - back);
}

/**
 * Per vertex (xyz positions), 0..1: how much it is forehead above the brows, where a fringe or a
 * hat's brim hangs over the skin in a photo (FRINGE_FROM above the nose tip and up, in front).
 */
export function fringeWeights(positions: Float64Array | Float32Array): Float64Array {
  const n = positions.length / 3;
  const [, ty, tz] = noseTip(positions);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dy = positions[3 * i + 1] - ty, back = tz - positions[3 * i + 2];
    out[i] = ramp(dy - FRINGE_FROM) * ramp(HAIRLINE[1][0] - back);
  }
  return out;
}

/** The most forward vertex (+Z): the nose tip, which the heights and depths above are measured from. */
export function noseTip(positions: Float64Array | Float32Array): [number, number, number] {
  let tip = 0;
  for (let i = 1; i < positions.length / 3; i++) if (positions[3 * i + 2] > positions[3 * tip + 2]) tip = i;
  return [positions[3 * tip], positions[3 * tip + 1], positions[3 * tip + 2]];
}

function hairline(back: number): number {
  if (back <= HAIRLINE[0][0]) return HAIRLINE[0][1];
  for (let k = 1; k < HAIRLINE.length; k++) {
    const [b0, h0] = HAIRLINE[k - 1], [b1, h1] = HAIRLINE[k];
    if (back <= b1) return h0 + ((back - b0) / (b1 - b0)) * (h1 - h0);
  }
  return HAIRLINE[HAIRLINE.length - 1][1];
}

/** 0 below −BLEND, 1 above +BLEND, smooth between. */
export function ramp(x: number): number {
  const s = Math.min(1, Math.max(0, (x + BLEND) / (2 * BLEND)));
  return s * s * (3 - 2 * s);
}

/** A photo and its fitted camera. */
export interface HairView {
  image: RgbImage;
  camera: CameraFit;
}

/** The hair the photos show: its linear albedo, and how the photos' colours become albedo. */
export interface ObservedHair {
  colour: [number, number, number];
  /** Per channel: the face's de-lit skin tone over its colour in the photos (photo colour × this = albedo). */
  toAlbedo: [number, number, number];
  /** The face's median colour in the photos (linear). */
  photoSkin: [number, number, number];
}

/**
 * The hair's linear albedo, from the photos where the scalp projects (hair lies on it), or
 * undefined when the photos show skin or nothing there. Photo colours are shaded; they are
 * brought to albedo by the ratio of the face's de-lit skin tone to its colour in the same photos.
 * `isScalp` and `isFace` pick the surface vertices to sample; `likeness(rgb, reference)` is 0..1.
 */
export function observedHairColour(
  views: HairView[],
  positions: Float32Array,
  normals: Float32Array,
  isScalp: (i: number) => boolean,
  isFace: (i: number) => boolean,
  skinAlbedo: [number, number, number],
  likeness: (rgb: ArrayLike<number>, reference: ArrayLike<number>) => number,
): ObservedHair | undefined {
  const scalp: number[][] = [[], [], []], face: number[][] = [[], [], []];
  for (const view of views) {
    // Where the model's scalp reaches past the person's head (or the head's top is cut off), the
    // photo shows its background there, which is not the hair's colour.
    const screen = projectVertices(positions, view.camera);
    const background = borderColour(view.image, screen);
    const facing = facingCamera(normals, positions, view.camera);
    const { width, height, data } = view.image;
    for (let i = 0; i < positions.length / 3; i++) {
      if (facing[i] < FACING) continue;
      const into = isScalp(i) ? scalp : isFace(i) ? face : undefined;
      if (!into) continue;
      const x = Math.floor(screen[3 * i]), y = Math.floor(screen[3 * i + 1]);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const o = 3 * (y * width + x);
      if (into === scalp && Math.hypot(data[o] - background[0], data[o + 1] - background[1], data[o + 2] - background[2]) < BACKGROUND_RADIUS) continue;
      for (let c = 0; c < 3; c++) into[c].push(SRGB_TO_LINEAR[data[o + c]]);
    }
  }
  if (face[0].length < MIN_SAMPLES || scalp[0].length < MIN_SAMPLES) return undefined;
  const photoSkin = face.map(median) as [number, number, number];
  const hair: number[][] = [[], [], []];
  const rgb = [0, 0, 0];
  for (let k = 0; k < scalp[0].length; k++) {
    for (let c = 0; c < 3; c++) rgb[c] = scalp[c][k];
    if (likeness(rgb, photoSkin) < UNLIKE_SKIN) for (let c = 0; c < 3; c++) hair[c].push(rgb[c]);
  }
  if (hair[0].length < MIN_SAMPLES || hair[0].length < MIN_HAIR_SHARE * scalp[0].length) return undefined;
  const toAlbedo = [0, 1, 2].map((c) => skinAlbedo[c] / Math.max(photoSkin[c], 1e-4)) as [number, number, number];
  const colour = [0, 1, 2].map((c) => Math.min(1, median(hair[c]) * toAlbedo[c])) as [number, number, number];
  return { colour, toAlbedo, photoSkin };
}

/** Per vertex: the cosine between its normal and the direction to the camera. */
function facingCamera(normals: Float32Array, positions: Float32Array, camera: CameraFit): Float32Array {
  const r = rotationFromQuaternion(camera.rotation);
  const out = new Float32Array(positions.length / 3);
  for (let i = 0; i < out.length; i++) {
    const p = apply3(r, positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
    const n = apply3(r, normals[3 * i], normals[3 * i + 1], normals[3 * i + 2]);
    let dot = 0, len = 0;
    for (let a = 0; a < 3; a++) {
      p[a] += camera.translation[a];
      dot -= n[a] * p[a];
      len += p[a] * p[a];
    }
    out[i] = dot / Math.sqrt(len);
  }
  return out;
}

/**
 * The median colour of the photo's top row and the upper halves of its side columns, but for the
 * stretches the head runs out of the photo through (`screen`: its projected vertices, xyz): a
 * close selfie's top row is hair, and with it counted as background the hair was told by the wall.
 */
export function borderColour(image: RgbImage, screen?: Float32Array): number[] {
  const { width, height } = image;
  const top = [Infinity, -Infinity], left = [Infinity, -Infinity], right = [Infinity, -Infinity];
  const widen = (range: number[], at: number) => {
    range[0] = Math.min(range[0], at);
    range[1] = Math.max(range[1], at);
  };
  for (let i = 0; screen && i < screen.length / 3; i++) {
    const x = screen[3 * i], y = screen[3 * i + 1];
    if (y < 0) widen(top, x);
    if (x < 0) widen(left, y);
    if (x >= width) widen(right, y);
  }
  const outside = (range: number[], at: number) => at < range[0] || at > range[1];
  const samples: number[][] = [[], [], []];
  const push = (x: number, y: number): void => {
    for (let k = 0; k < 3; k++) samples[k].push(image.data[3 * (y * width + x) + k]);
  };
  for (let x = 0; x < width; x++) if (outside(top, x)) push(x, 0);
  for (let y = 0; y < height / 2; y++) {
    if (outside(left, y)) push(0, y);
    if (outside(right, y)) push(width - 1, y);
  }
  return samples[0].length ? samples.map(median) : borderColour(image);
}
