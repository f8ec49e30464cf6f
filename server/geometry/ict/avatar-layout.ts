/**
 * How ICT-FaceKit's mesh becomes the avatar's primitives, one material each: which triangles,
 * which UVs. Fixed per model, so it is built once and kept.
 *
 *   skin      the face and the back of the head, neck and eye sockets (ICT's M_Face and
 *             M_BackHead), textured by the baked maps in the skin atlas below
 *   mouth     the inside of the mouth (the mouthSocket part of M_BackHead)
 *   teeth, gums   ICT's M_Teeth and M_GumsTongue
 *   sclera, iris, pupil   ICT's eyeballs (M_IrisLeft/Right, the inner ball that carries the iris),
 *             split by distance from each eye's optical axis; the iris and pupil's layered front
 *             is turned to face forward throughout (some of its layers face into the eye, where
 *             ICT's textures hide them but a plain colour leaves a hole), and the pupil, a hole in
 *             ICT's ball, is closed by the back of the ball seen through it
 *   eyelashes ICT's upper eyelashes (M_EyeLashes above the eyes)
 *
 * Left out: ICT's lower eyelashes (cards whose alpha texture makes them fine lashes; in an opaque
 * colour they read as a dark band under the eye), ICT's outer eyeball shell (M_ScleraLeft/Right: sclera plus a clear cornea, which needs
 * a transparent material and ICT's textures to look like an eye; opaque, it would hide the iris),
 * and the transparent overlays (M_LacrimalFluid, M_EyeBlend, M_EyeOcclusion: tear film and soft
 * shadows, textured alpha in ICT's own renderer).
 *
 * Skin atlas: ICT lays its materials out in UV tiles side by side (face in u 0..1, back of the head
 * in 1..2, ...). A glTF material has one base-colour texture and the fit bakes one square map, so
 * the face tile is scaled by FACE_TILE_SCALE into the atlas's top-left corner and the head tile by
 * HEAD_TILE_SCALE into its bottom-right corner: ICT's face layout, uniformly scaled, with most of
 * the resolution.
 *
 * The photos are baked onto the face only (ICT's "narrow face", forehead to chin, without ears and
 * neck: the bake mesh), where the landmarks hold the fit to the photo; beyond it a photo shows hair,
 * collars and background more often than skin. The bake then fills the rest of the skin across the
 * mesh surface (reflectance/surface-fill.ts, given the skin as FittedGeometry.surface): ears, neck
 * and scalp take on the face's skin tone, with no seam at the tile border or UV islands.
 */
import { solveSpd } from '../cholesky.js';
import type { IctModel } from './model.js';
import { modelMirror, renderMirror } from './mirror.js';

export const FACE_TILE_SCALE = 0.85;
export const HEAD_TILE_SCALE = 1 - FACE_TILE_SCALE;

/** Last model vertex of ICT's narrow face (vertices 0..6705, ICT-FaceKit's README). */
export const NARROW_FACE_LAST = 6705;

/** Eye geometry: a typical adult iris is 11–12.5 mm across; a pupil in ordinary light 3–5 mm. */
const IRIS_RADIUS_M = 0.0058;
const PUPIL_RADIUS_M = 0.002;
/** Eyeball triangles further than this from the optical axis stay hidden in the socket even when the eye turns. */
const EYEBALL_MAX_ANGLE_DEG = 110;
/** The back of the ball within this angle of its back pole closes the pupil (see eyeballPart). */
const PUPIL_BACK_DEG = 88;

export const AVATAR_PRIMITIVES = ['skin', 'mouth', 'teeth', 'gums', 'sclera', 'iris', 'pupil', 'eyelashes'] as const;
export type AvatarPrimitiveName = (typeof AVATAR_PRIMITIVES)[number];

export interface PrimitiveLayout {
  name: AvatarPrimitiveName;
  /** Per primitive vertex, the model vertex whose position and morph deltas it takes. */
  modelVertex: Uint32Array;
  uvs: Float32Array;
  /** CCW triangles over the primitive's vertices. */
  indices: Uint32Array;
  /**
   * Per primitive vertex, its welded vertex: the copies of a model vertex split on UV seams share
   * one, so normals computed over `weldedTriangles` are smooth across seams.
   */
  weld: Uint32Array;
  weldedCount: number;
  weldedTriangles: Uint32Array;
}

export interface AvatarLayout {
  /** In AVATAR_PRIMITIVES order. */
  primitives: PrimitiveLayout[];
  /** The part of the skin the photos are baked on, in the skin's atlas UVs. */
  bake: PrimitiveLayout;
  /** For each bake vertex, its left–right mirror partner among the bake vertices. */
  bakeMirror: Uint32Array;
  /** For each bake vertex, the skin vertex it is (same render vertex, same atlas UV). */
  bakeSkinVertex: Uint32Array;
  /** For each bake triangle, the skin triangle it is, corners in the same order. */
  bakeSkinTriangle: Uint32Array;
}

const layouts = new WeakMap<IctModel, AvatarLayout>();

/** Makes `layout`, computed for this model on another thread (load-prepared.ts), its avatarLayout(). */
export function adoptAvatarLayout(model: IctModel, layout: AvatarLayout): void {
  layouts.set(model, layout);
}

export function avatarLayout(model: IctModel): AvatarLayout {
  const hit = layouts.get(model);
  if (hit) return hit;
  const { topology } = model;
  const partOf = new Uint8Array(model.vertexCount);
  model.parts.forEach((p, k) => partOf.fill(k, p.first, p.last + 1));
  const mouthSocket = model.parts.findIndex((p) => p.name === 'mouthSocket');

  // Triangles per primitive; ~t for triangle t turned around.
  const chosen = new Map<AvatarPrimitiveName, number[]>(AVATAR_PRIMITIVES.map((n) => [n, []]));
  const baked: number[] = [];
  const eyes = [eyeAxis(model, 'M_IrisLeft', 'PupilDilate_L'), eyeAxis(model, 'M_IrisRight', 'PupilDilate_R')];
  for (const group of model.materials) {
    for (let t = group.firstTriangle; t < group.firstTriangle + group.triangleCount; t++) {
      const corners = topology.triangles.subarray(3 * t, 3 * t + 3);
      const target = classify(group.name, corners);
      if (!target) continue;
      chosen.get(target)!.push((target === 'iris' || target === 'pupil') && !facesForward(corners, eyeOf(corners)) ? ~t : t);
      if (target === 'skin' && corners.every((v) => v <= NARROW_FACE_LAST)) baked.push(t);
    }
  }
  function centroid(corners: Uint32Array): number[] {
    return [0, 1, 2].map((a) => (model.neutral[3 * corners[0] + a] + model.neutral[3 * corners[1] + a] + model.neutral[3 * corners[2] + a]) / 3);
  }
  /** ICT's _L eye is the subject's left, at +x. */
  function eyeOf(corners: Uint32Array): EyeAxis {
    return eyes[centroid(corners)[0] > 0 ? 0 : 1];
  }
  function facesForward(corners: Uint32Array, eye: EyeAxis): boolean {
    const p = model.neutral;
    const [a, b, c] = corners;
    const e1 = [0, 1, 2].map((k) => p[3 * b + k] - p[3 * a + k]);
    const e2 = [0, 1, 2].map((k) => p[3 * c + k] - p[3 * a + k]);
    const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
    return n[0] * eye.axis[0] + n[1] * eye.axis[1] + n[2] * eye.axis[2] >= 0;
  }
  function classify(material: string, corners: Uint32Array): AvatarPrimitiveName | undefined {
    switch (material) {
      case 'M_Face':
        return 'skin';
      case 'M_BackHead': {
        let inMouth = 0;
        for (const v of corners) if (partOf[v] === mouthSocket) inMouth++;
        // A triangle touching the socket at all is mouth: the 74 that touch it at one corner are
        // slivers of ~0.07 texels (at 512) in ICT's head tile, beside the scalp's island, so as
        // skin they showed the scalp's texels (hair) on the lips' inner edge.
        return inMouth >= 1 ? 'mouth' : 'skin';
      }
      case 'M_Teeth':
        return 'teeth';
      case 'M_GumsTongue':
        return 'gums';
      case 'M_EyeLashes':
        return centroid(corners)[1] > eyeOf(corners).centre[1] ? 'eyelashes' : undefined;
      case 'M_IrisLeft':
      case 'M_IrisRight':
        return eyeballPart(eyeOf(corners), corners);
      default:
        return undefined;
    }
  }
  function eyeballPart(eye: EyeAxis, corners: Uint32Array): AvatarPrimitiveName | undefined {
    const p = centroid(corners).map((x, a) => x - eye.centre[a]);
    const along = p[0] * eye.axis[0] + p[1] * eye.axis[1] + p[2] * eye.axis[2];
    const radius = Math.hypot(p[0], p[1], p[2]);
    const fromAxis = Math.sqrt(Math.max(0, radius * radius - along * along));
    // ICT's pupil is a hole in the ball; looking through it one sees the back of the ball from
    // inside, which is dark: that becomes part of the pupil (turned to face forward below). Seen
    // from 30° off the eye's axis the line of sight through the hole meets the back 60° from its
    // pole, so all of the back within PUPIL_BACK_DEG of it (a patch only 6 mm across showed the
    // sclera or the socket's skin through the pupil from a turned view).
    if (along < -radius * Math.cos((PUPIL_BACK_DEG * Math.PI) / 180)) return 'pupil';
    if (along < radius * Math.cos((EYEBALL_MAX_ANGLE_DEG * Math.PI) / 180)) return undefined;
    if (along <= 0 || fromAxis >= IRIS_RADIUS_M) return 'sclera';
    // A triangle reaching into the pupil belongs to it (the pupil's triangles fan out from the axis).
    return Math.min(...Array.from(corners, (v) => distanceFromAxis(eye, v))) < PUPIL_RADIUS_M ? 'pupil' : 'iris';
  }
  function distanceFromAxis(eye: EyeAxis, v: number): number {
    const p = [0, 1, 2].map((a) => model.neutral[3 * v + a] - eye.centre[a]);
    const along = p[0] * eye.axis[0] + p[1] * eye.axis[1] + p[2] * eye.axis[2];
    return Math.sqrt(Math.max(0, p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - along * along));
  }

  const primitives = AVATAR_PRIMITIVES.map((name) => compact(model, name, chosen.get(name)!));
  const { renderVertex, ...bake } = compact(model, 'skin', baked);
  const skin = primitives[AVATAR_PRIMITIVES.indexOf('skin')];
  const skinVertexOf = new Map<number, number>();
  skin.renderVertex.forEach((r, i) => skinVertexOf.set(r, i));
  const bakeSkinVertex = Uint32Array.from(renderVertex, (r) => skinVertexOf.get(r)!);
  // The baked triangles are a subsequence of the skin's (both in material-group order, none turned).
  const skinTriangleOf = new Map<number, number>();
  chosen.get('skin')!.forEach((t, k) => skinTriangleOf.set(t, k));
  const bakeSkinTriangle = Uint32Array.from(baked, (t) => skinTriangleOf.get(t)!);
  const mirrorRender = renderMirror(topology, modelMirror(model.neutral, partOf));
  const localOf = new Map<number, number>();
  renderVertex.forEach((r, i) => localOf.set(r, i));
  // A partner outside the baked face (none should be: it is symmetric) maps to the vertex itself.
  const bakeMirror = Uint32Array.from(renderVertex, (r, i) => localOf.get(mirrorRender[r]) ?? i);
  const layout: AvatarLayout = { primitives: primitives.map(({ renderVertex: _r, ...p }) => p), bake, bakeMirror, bakeSkinVertex, bakeSkinTriangle };
  layouts.set(model, layout);
  return layout;
}

/** The primitive over the render vertices its triangles use (~t: triangle t turned around), with the skin's UVs moved into the atlas. */
function compact(model: IctModel, name: AvatarPrimitiveName, triangles: number[]): PrimitiveLayout & { renderVertex: Uint32Array } {
  const { renderTriangles, renderToModel, uvs } = model.topology;
  const local = new Map<number, number>();
  const indices = new Uint32Array(triangles.length * 3);
  triangles.forEach((signed, k) => {
    const t = signed < 0 ? ~signed : signed;
    for (let c = 0; c < 3; c++) {
      // A turned triangle swaps its last two corners.
      const r = renderTriangles[3 * t + (signed < 0 && c > 0 ? 3 - c : c)];
      let i = local.get(r);
      if (i === undefined) {
        i = local.size;
        local.set(r, i);
      }
      indices[3 * k + c] = i;
    }
  });
  const renderVertex = Uint32Array.from(local.keys());
  const modelVertex = Uint32Array.from(renderVertex, (r) => renderToModel[r]);
  const weldOf = new Map<number, number>();
  const weld = Uint32Array.from(modelVertex, (v) => {
    let w = weldOf.get(v);
    if (w === undefined) weldOf.set(v, (w = weldOf.size));
    return w;
  });
  const out = new Float32Array(renderVertex.length * 2);
  renderVertex.forEach((r, i) => {
    let u = uvs[2 * r], v = uvs[2 * r + 1];
    if (name === 'skin') {
      const tile = Math.floor(u);
      [u, v] = tile === 0 ? [FACE_TILE_SCALE * u, FACE_TILE_SCALE * v] : [FACE_TILE_SCALE + HEAD_TILE_SCALE * (u - tile), FACE_TILE_SCALE + HEAD_TILE_SCALE * v];
    }
    out[2 * i] = u;
    out[2 * i + 1] = v;
  });
  return { name, renderVertex, modelVertex, uvs: out, indices, weld, weldedCount: weldOf.size, weldedTriangles: Uint32Array.from(indices, (i) => weld[i]) };
}

interface EyeAxis {
  centre: number[];
  /** Unit vector from the eyeball's centre through the pupil. */
  axis: number[];
}

/**
 * The eyeball's centre (least-squares sphere through its vertices) and optical axis (through the
 * centroid of the vertices the pupil-dilation shape moves, which ring the pupil).
 */
function eyeAxis(model: IctModel, material: string, pupilShape: string): EyeAxis {
  const group = model.materials.find((m) => m.name === material)!;
  const vertices = new Set(model.topology.triangles.subarray(3 * group.firstTriangle, 3 * (group.firstTriangle + group.triangleCount)));
  const p = model.neutral;
  // |x|² = 2 c·x + d, linear in (c, d).
  const h = new Float64Array(16);
  const b = new Float64Array(4);
  for (const v of vertices) {
    const row = [2 * p[3 * v], 2 * p[3 * v + 1], 2 * p[3 * v + 2], 1];
    const rhs = p[3 * v] ** 2 + p[3 * v + 1] ** 2 + p[3 * v + 2] ** 2;
    for (let i = 0; i < 4; i++) {
      b[i] += row[i] * rhs;
      for (let j = 0; j < 4; j++) h[4 * i + j] += row[i] * row[j];
    }
  }
  const sphere = solveSpd(h, b, 4)!;
  const centre = [sphere[0], sphere[1], sphere[2]];
  const ring = model.expressions.find((e) => e.name === pupilShape)!.vertices.filter((v) => vertices.has(v));
  const mean = [0, 1, 2].map((a) => ring.reduce((s, v) => s + p[3 * v + a], 0) / ring.length - centre[a]);
  const len = Math.hypot(mean[0], mean[1], mean[2]);
  return { centre, axis: mean.map((x) => x / len) };
}
