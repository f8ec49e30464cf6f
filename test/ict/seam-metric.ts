/**
 * How visible the skin texture's seams are, measured on the surface: for every mesh edge with a
 * triangle on each side, the colour difference (CIE76 ΔE in Lab) between a point just inside each
 * of the two triangles, beside the edge's midpoint, read from the albedo as a GPU's bilinear
 * sampler reads it. Edges are classed by what they cross:
 *
 *   bakeBorder   the border of the baked face (one side baked, the other filled)
 *   tileSeam     a UV seam between the atlas's face tile and head tile
 *   islandSeam   any other UV seam (both sides' UVs of the edge differ)
 *   baked, filled   plain edges inside the baked face or inside the filled skin: the reference
 *   hairline     any edge with an end under the hair layer (`hair`, per skin render vertex): the
 *                hairline is the photo's content, not a seam
 *
 * A seam is invisible when its steps are no larger than the plain edges' steps.
 */
import { FACE_TILE_SCALE, type AvatarLayout, AVATAR_PRIMITIVES } from '../../server/geometry/ict/avatar-layout.js';

export type EdgeClass = 'bakeBorder' | 'tileSeam' | 'islandSeam' | 'baked' | 'filled' | 'hairline';
export type SeamReport = Record<EdgeClass, { edges: number; mean: number; p95: number }>;

/** Hair weight above which an edge end counts as under the hair. */
const HAIR_FROM = 0.01;
/** Distance of each sample point from the edge, in texels. */
const INSET_TEXELS = 1.5;

export function seamReport(layout: AvatarLayout, albedo: Uint8Array, size: number, hair?: ArrayLike<number>): SeamReport {
  const skin = layout.primitives[AVATAR_PRIMITIVES.indexOf('skin')];
  const baked = new Uint8Array(skin.indices.length / 3);
  for (const t of layout.bakeSkinTriangle) baked[t] = 1;
  // Welded edge -> the triangle sides along it: [triangle, corner a, corner b] (corners as render vertices).
  const sides = new Map<number, number[][]>();
  const n = skin.weldedCount;
  for (let t = 0; t < skin.indices.length / 3; t++) {
    for (let k = 0; k < 3; k++) {
      const a = skin.indices[3 * t + k], b = skin.indices[3 * t + ((k + 1) % 3)];
      const wa = skin.weld[a], wb = skin.weld[b];
      const key = wa < wb ? wa * n + wb : wb * n + wa;
      const list = sides.get(key) ?? [];
      list.push(wa < wb ? [t, a, b] : [t, b, a]);
      sides.set(key, list);
    }
  }
  const steps: Record<EdgeClass, number[]> = { bakeBorder: [], tileSeam: [], islandSeam: [], baked: [], filled: [], hairline: [] };
  const uv = skin.uvs;
  for (const list of sides.values()) {
    if (list.length !== 2) continue;
    const [[t1, a1, b1], [t2, a2, b2]] = list;
    const seam = uv[2 * a1] !== uv[2 * a2] || uv[2 * a1 + 1] !== uv[2 * a2 + 1] || uv[2 * b1] !== uv[2 * b2] || uv[2 * b1 + 1] !== uv[2 * b2 + 1];
    let cls: EdgeClass;
    if (hair && [a1, b1, a2, b2].some((v) => hair[v] > HAIR_FROM)) cls = 'hairline';
    else if (baked[t1] !== baked[t2]) cls = 'bakeBorder';
    else if (seam) cls = inHeadTile(uv, a1) !== inHeadTile(uv, a2) ? 'tileSeam' : 'islandSeam';
    else cls = baked[t1] ? 'baked' : 'filled';
    const c1 = insideColour(skin.indices, uv, t1, a1, b1, albedo, size);
    const c2 = insideColour(skin.indices, uv, t2, a2, b2, albedo, size);
    steps[cls].push(Math.hypot(c1[0] - c2[0], c1[1] - c2[1], c1[2] - c2[2]));
  }
  const summary = (s: number[]) => {
    const sorted = Float64Array.from(s).sort();
    return { edges: s.length, mean: s.reduce((x, y) => x + y, 0) / Math.max(1, s.length), p95: sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0 };
  };
  return Object.fromEntries(Object.entries(steps).map(([k, s]) => [k, summary(s)])) as SeamReport;
}

function inHeadTile(uv: Float32Array, v: number): boolean {
  return uv[2 * v] >= FACE_TILE_SCALE && uv[2 * v + 1] >= FACE_TILE_SCALE;
}

/** Lab colour at the point INSET_TEXELS inside triangle t from the midpoint of its edge (a, b). */
function insideColour(indices: Uint32Array, uv: Float32Array, t: number, a: number, b: number, albedo: Uint8Array, size: number): number[] {
  let c = indices[3 * t];
  if (c === a || c === b) c = indices[3 * t + 1];
  if (c === a || c === b) c = indices[3 * t + 2];
  const mx = (uv[2 * a] + uv[2 * b]) / 2, my = (uv[2 * a + 1] + uv[2 * b + 1]) / 2;
  const dx = uv[2 * c] - mx, dy = uv[2 * c + 1] - my;
  const towards = Math.hypot(dx, dy) * size;
  const f = towards > 0 ? Math.min(0.5, INSET_TEXELS / towards) : 0;
  return lab(bilinear(albedo, size, mx + f * dx, my + f * dy));
}

function bilinear(rgb: Uint8Array, size: number, u: number, v: number): number[] {
  const x = Math.min(size - 1, Math.max(0, u * size - 0.5)), y = Math.min(size - 1, Math.max(0, v * size - 0.5));
  const x0 = Math.floor(x), y0 = Math.floor(y), x1 = Math.min(size - 1, x0 + 1), y1 = Math.min(size - 1, y0 + 1);
  const ax = x - x0, ay = y - y0;
  return [0, 1, 2].map(
    (c) =>
      (1 - ax) * (1 - ay) * rgb[3 * (y0 * size + x0) + c] + ax * (1 - ay) * rgb[3 * (y0 * size + x1) + c] +
      (1 - ax) * ay * rgb[3 * (y1 * size + x0) + c] + ax * ay * rgb[3 * (y1 * size + x1) + c],
  );
}

/** sRGB (0..255) to CIE Lab (D65). */
function lab(srgb: number[]): number[] {
  const [r, g, b] = srgb.map((s) => {
    const x = s / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
