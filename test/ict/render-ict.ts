/**
 * A plain shaded picture of an ICT-FaceKit shape, for running the landmark detector on: skin,
 * eyes, teeth and lashes in flat colours under one soft light. Not a reflectance render, just
 * enough of a face for a face detector.
 */
import { vertexNormals } from '../../server/geometry/vertex-normals.js';
import type { IctModel } from '../../server/geometry/ict/model.js';
import { projectVertices, rasterize } from '../../server/render/raster.js';
import type { CameraFit, RgbImage } from '../../server/types.js';

const SKIN: Colour = [0.8, 0.6, 0.5];
const COLOURS: Record<string, Colour> = {
  M_Face: SKIN,
  M_BackHead: SKIN,
  M_GumsTongue: [0.6, 0.25, 0.25],
  M_Teeth: [0.9, 0.88, 0.8],
  M_EyeLashes: [0.05, 0.04, 0.03],
  // ICT's eyeball is an inner ball carrying the iris (below) inside a sclera-and-cornea shell whose
  // texture we do not have; the inner ball alone, coloured by distance from its axis, reads as an eye.
  M_IrisLeft: [0.92, 0.9, 0.88],
  M_IrisRight: [0.92, 0.9, 0.88],
};
const IRIS: Colour = [0.3, 0.18, 0.1];
const PUPIL: Colour = [0.02, 0.02, 0.02];
const IRIS_RADIUS = 0.0058;
const PUPIL_RADIUS = 0.002;
const BACKGROUND = 40;

type Colour = [number, number, number];

/** A camera `distance` metres in front of the face, looking at it straight on. */
export function frontalCamera(model: IctModel, size: number, focalPx: number, distance: number): CameraFit {
  const lm = model.vertexSets.landmarks68;
  const centre = [0, 0, 0];
  for (const v of lm) for (let a = 0; a < 3; a++) centre[a] += model.neutral[3 * v + a] / lm.length;
  return {
    width: size,
    height: size,
    fx: focalPx,
    fy: focalPx,
    cx: size / 2,
    cy: size / 2,
    rotation: [0, 0, 0, 1],
    translation: [-centre[0], -centre[1], -centre[2] - distance],
  };
}

export function renderIct(model: IctModel, shape: Float32Array, camera: CameraFit): RgbImage {
  // Left out: the eyeball shells (see COLOURS) and the transparent overlays (tear film, eye blend
  // and occlusion).
  const drawn = model.materials.filter((m) => COLOURS[m.name]);
  const triangles = new Uint32Array(drawn.reduce((n, m) => n + 3 * m.triangleCount, 0));
  const colours = new Float32Array(shape.length);
  let o = 0;
  for (const m of drawn) {
    const group = model.topology.triangles.subarray(3 * m.firstTriangle, 3 * (m.firstTriangle + m.triangleCount));
    triangles.set(group, o);
    o += group.length;
    for (const v of group) colours.set(COLOURS[m.name], 3 * v);
    if (m.name.startsWith('M_Iris')) paintIris(shape, group, colours);
  }
  const normals = vertexNormals(shape, triangles);
  const raster = rasterize(projectVertices(shape, camera), triangles, camera.width, camera.height, { cull: 'back' });
  const light = [0.3, 0.4, 1].map((x, _, l) => x / Math.hypot(...l));
  const data = new Uint8Array(camera.width * camera.height * 3).fill(BACKGROUND);
  for (let p = 0; p < raster.triangle.length; p++) {
    const t = raster.triangle[p];
    if (t < 0) continue;
    const n = [0, 0, 0];
    const c = [0, 0, 0];
    for (let k = 0; k < 3; k++) {
      const v = triangles[3 * t + k];
      const w = raster.bary[3 * p + k];
      for (let a = 0; a < 3; a++) {
        n[a] += w * normals[3 * v + a];
        c[a] += w * colours[3 * v + a];
      }
    }
    const len = Math.hypot(n[0], n[1], n[2]) || 1;
    const lambert = Math.max(0, (n[0] * light[0] + n[1] * light[1] + n[2] * light[2]) / len);
    for (let a = 0; a < 3; a++) {
      const linear = c[a] * (0.25 + 0.8 * lambert);
      data[3 * p + a] = Math.round(255 * Math.min(1, linear) ** (1 / 2.2));
    }
  }
  return { width: camera.width, height: camera.height, data };
}

/** Iris and pupil as discs around the eyeball's axis: centre of the ball to its frontmost point. */
function paintIris(shape: Float32Array, group: Uint32Array, colours: Float32Array): void {
  const vertices = [...new Set(group)];
  const centre = [0, 0, 0];
  let front = vertices[0];
  for (const v of vertices) {
    for (let a = 0; a < 3; a++) centre[a] += shape[3 * v + a] / vertices.length;
    if (shape[3 * v + 2] > shape[3 * front + 2]) front = v;
  }
  const axis = [0, 1, 2].map((a) => shape[3 * front + a] - centre[a]);
  const axisLength = Math.hypot(...axis);
  for (const v of vertices) {
    const d = [0, 1, 2].map((a) => shape[3 * v + a] - centre[a]);
    const along = (d[0] * axis[0] + d[1] * axis[1] + d[2] * axis[2]) / axisLength;
    if (along <= 0) continue;
    const radial = Math.sqrt(Math.max(0, d[0] ** 2 + d[1] ** 2 + d[2] ** 2 - along * along));
    if (radial < IRIS_RADIUS) colours.set(radial < PUPIL_RADIUS ? PUPIL : IRIS, 3 * v);
  }
}
