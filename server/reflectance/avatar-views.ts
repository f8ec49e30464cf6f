/**
 * The avatar as a user sees it in a viewer: rendered ALONE on a plain background, never over its
 * photo, from the photo's camera and turned, in the photo's light and in other light. `fitme eval`
 * asks the identity network whether each of these renders is still the person in the photo.
 *
 * Views (camera space: x right, y up, +z towards the viewer):
 *   fitted   the photo's camera and fitted lighting
 *   studio   the photo's camera, a neutral white key light from above the camera plus ambient
 *   yaw+30, yaw-30   the head turned 30° about its own vertical axis (model +Y, through the
 *            centre of its bounding box), studio light: what an orbiting viewer shows
 *   side     the photo's camera, a strong light from the image's left (~70° off the view axis)
 * The studio light is scaled so that the face in the photo's camera is as bright on average as
 * under the fitted light (exposure is comparable, as a viewer's auto-exposure would have it), and
 * the turned views share it; the side light takes the photo's light's strength facing the camera.
 * Studio and turned views drop the photo's colour cast.
 */
import type { CameraFit, RgbImage } from '../types.js';
import { apply3, mul3, quaternionFromRotation, rotationFromAxisAngle, rotationFromQuaternion } from '../geometry/rotation.js';
import { renderFit, type FitRender, type ScenePrimitive } from '../render/result-render.js';
import type { ViewLighting } from '../render/shade.js';
import { irradiance, SH_COEFFICIENTS } from './sh.js';
import { linearToSrgb8 } from './srgb.js';

/**
 * What faceres cosines are between real photos (npm run bench -- --only identity-reference,
 * bench/identity-reference.ts: 9 photos of one man, 36 pairs; 73 pairs of different people):
 * an avatar view scoring like two photos of one person is recognisable as them.
 */
export const IDENTITY_REFERENCE = {
  samePersonMin: 0.652,
  samePersonMedian: 0.769,
  differentPeopleMedian: 0.447,
  differentPeopleMax: 0.574,
} as const;

export const AVATAR_VIEWS = ['fitted', 'studio', 'yaw+30', 'yaw-30', 'side'] as const;
export type AvatarViewName = (typeof AVATAR_VIEWS)[number];

/** Plain mid-grey background, sRGB. */
export const BACKGROUND = 128;
/** Y0 of the SH basis: uniform irradiance 1 is coefficient 0 = 1 / Y0. */
const Y0 = 0.282095;
const TURN_DEG = 30;

export interface AvatarViewRender {
  name: AvatarViewName;
  render: FitRender;
  /** The render on the plain background. */
  image: RgbImage;
}

/** Every view of AVATAR_VIEWS for one photo's camera and fitted lighting. */
export function renderAvatarViews(scene: ScenePrimitive[], camera: CameraFit, fitted: ViewLighting): AvatarViewRender[] {
  const fittedRender = renderFit(scene, camera, fitted);
  // The photo's light measured facing the camera alone misses light from the side (a window): it
  // left the webcam frame's studio face at 0.58 of its brightness in the photo.
  const unitStudio = studioLight(fitted.sh);
  const unitRender = renderFit(scene, camera, unitStudio);
  const studio = scaledLight(unitStudio, meanLuminance(fittedRender) / meanLuminance(unitRender));
  const views: Record<AvatarViewName, () => FitRender> = {
    fitted: () => fittedRender,
    studio: () => renderFit(scene, camera, studio),
    'yaw+30': () => renderFit(scene, turnedCamera(camera, scene, TURN_DEG), studio),
    'yaw-30': () => renderFit(scene, turnedCamera(camera, scene, -TURN_DEG), studio),
    side: () => renderFit(scene, camera, sideLight(fitted.sh, -1)),
  };
  return AVATAR_VIEWS.map((name) => {
    const render = views[name]();
    return { name, render, image: onBackground(render) };
  });
}

/**
 * The camera that sees the model turned by `degrees` about the vertical axis (model +Y) through
 * the centre of the scene's bounding box: positive turns the face towards the model's +X (the
 * subject's left).
 */
export function turnedCamera(camera: CameraFit, scene: ScenePrimitive[], degrees: number): CameraFit {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const { primitive } of scene) {
    const p = primitive.buffers.positions;
    for (let i = 0; i < p.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a], p[i + a]);
        hi[a] = Math.max(hi[a], p[i + a]);
      }
    }
  }
  const centre = lo.map((l, a) => (l + hi[a]) / 2);
  const r = rotationFromQuaternion(camera.rotation);
  const turn = rotationFromAxisAngle(0, (degrees * Math.PI) / 180, 0);
  // p_cam = R (T (p − c) + c) + t = (R T) p + R (c − T c) + t.
  const tc = apply3(turn, centre[0], centre[1], centre[2]);
  const shift = apply3(r, centre[0] - tc[0], centre[1] - tc[1], centre[2] - tc[2]);
  return {
    ...camera,
    rotation: quaternionFromRotation(mul3(r, turn)),
    translation: [0, 1, 2].map((a) => camera.translation[a] + shift[a]) as [number, number, number],
  };
}

/** Mean linear luminance (Rec. 709 weights) over the pixels the render covers. */
function meanLuminance(render: FitRender): number {
  let sum = 0, count = 0;
  for (let p = 0; p < render.mask.length; p++) {
    if (!render.mask[p]) continue;
    sum += 0.2126 * render.color[3 * p] + 0.7152 * render.color[3 * p + 1] + 0.0722 * render.color[3 * p + 2];
    count++;
  }
  return count > 0 ? sum / count : 0;
}

function scaledLight(light: ViewLighting, k: number): ViewLighting {
  if (!(k > 0 && Number.isFinite(k))) return light;
  return { sh: Float32Array.from(light.sh, (v) => v * k), direction: light.direction, color: Float32Array.from(light.color, (v) => v * k) };
}

/** The photo's light strength facing the camera, per channel (linear). */
function frontIrradiance(sh: Float32Array): number[] {
  return [0, 1, 2].map((c) => Math.max(0, irradiance(sh, c, 0, 0, 1)));
}

/**
 * A neutral studio light: white (the photo's mean strength), 65 % from a key light above the
 * camera and a little to the image's left, 35 % uniform ambient.
 */
export function studioLight(sh: Float32Array): ViewLighting {
  const front = frontIrradiance(sh);
  const grey = (front[0] + front[1] + front[2]) / 3;
  const ambient = new Float32Array(3 * SH_COEFFICIENTS);
  for (let c = 0; c < 3; c++) ambient[c * SH_COEFFICIENTS] = (0.35 * grey) / Y0;
  return { sh: ambient, direction: Float32Array.of(-0.25, 0.35, 0.9), color: Float32Array.of(0.65 * grey, 0.65 * grey, 0.65 * grey) };
}

/**
 * A light from the side of the image (side −1: its left, +1: its right), ~70° off the view
 * axis and a little above, plus a dim ambient, in the colour and strength of the photo's own
 * light: the fit's irradiance facing the camera, split 85 % directional, 15 % uniform ambient. A
 * surface facing the light is then about as bright as one facing the camera was in the photo.
 */
export function sideLight(sh: Float32Array, side: -1 | 1): ViewLighting {
  const front = frontIrradiance(sh);
  const ambient = new Float32Array(3 * SH_COEFFICIENTS);
  for (let c = 0; c < 3; c++) ambient[c * SH_COEFFICIENTS] = (0.15 * front[c]) / Y0;
  return { sh: ambient, direction: Float32Array.of(0.9 * side, 0.3, 0.35), color: Float32Array.from(front, (f) => 0.85 * f) };
}

/** The render's sRGB colour where it covers the image, the plain background elsewhere. */
export function onBackground(render: FitRender): RgbImage {
  const data = new Uint8Array(3 * render.mask.length).fill(BACKGROUND);
  for (let p = 0; p < render.mask.length; p++) {
    if (!render.mask[p]) continue;
    for (let c = 3 * p; c < 3 * p + 3; c++) data[c] = linearToSrgb8(render.color[c]);
  }
  return { width: render.width, height: render.height, data };
}
