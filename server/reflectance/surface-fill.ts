/**
 * Colour for the part of a surface the photos are not baked on (ICT's head, neck and ears around
 * the baked face), and a seamless transition into it.
 *
 * Filling in texture space alone leaves a visible border: the atlas puts surface neighbours far
 * apart (the face tile's edge meets the head tile's edge on the mesh, islands meet along UV
 * seams), and the bake's outermost texels, seen at grazing angles, carry background, hair and
 * collar more often than skin. So the fill works on the surface itself:
 *
 *  1. The baked texels are gathered onto the surface's welded vertices (one per surface point,
 *     whatever UV island it lies in), weighted by how reliable each texel is (its viewing
 *     confidence), and by how skin-like its colour is (so the fill does not carry hair or a
 *     collar onto the scalp and neck).
 *  2. Data within ERODE_M (surface distance) of the rim, the poorly seen band along the face's
 *     border (seen at grazing angles), is dropped, and so are the rim's texels.
 *  3. A smooth colour field over the welded vertices is solved (screened membrane): it follows
 *     the reliable baked colours' low frequencies near the face and relaxes to the person's skin
 *     tone (the median of the well-seen skin) over FALLOFF_M beyond it.
 *  4. Every texel of the surface gets the field, the hair outright on the scalp (from
 *     HAIR_FROM_BORDER_M beyond the face: the photos' own hair where they show it squarely, else
 *     its flat colour), and elsewhere the fine detail of the person's own skin
 *     (skin-detail.ts); baked texels blend towards their own colour by their reliability and their
 *     surface distance from the bake's border (a BAND_M feather), so baked detail fades in
 *     smoothly, and texels on both sides of any UV seam get the colour of the same surface point
 *     (but for the fine detail, which is tiled in texture space: measured, a UV seam's colour step
 *     stays below the baked face's own texel-to-texel steps; test/ict/avatar.test.ts).
 */
import type { TexturedSurface } from '../types.js';
import { projectVertices } from '../render/raster.js';
import { BACKGROUND_RADIUS, borderColour, fringeWeights, observedHairColour, scalpWeights, type HairView, type ObservedHair } from './hair-layer.js';
import { detailAt, skinDetail } from './skin-detail.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from './srgb.js';
import { texelBands } from './texel-bands.js';
import { ViewSampler } from './view-sampler.js';

/** Texel confidence (viewing quality, 0..1) below the first counts nothing, above the second fully. */
const RELIABLE = [0.2, 0.55];
/** A vertex whose texels are reliable on average less than this is poorly seen (the rim erodes from it). */
const POORLY_SEEN = 0.5;
/** Surface distances, metres: rim erosion, feather from the bake's border, smoothing of the field, and its fall-off to the skin tone. */
const ERODE_M = 0.005;
const BAND_M = 0.015;
const SMOOTH_M = 0.006;
const FALLOFF_M = 0.04;
/** Over this distance beyond the bake's border the scalp turns from the field's colour to the hair's. */
const HAIR_FROM_BORDER_M = 0.01;
/** Skin likeness: log-luminance and chromaticity (r, g of r + g + b) differences from the skin tone that halve a colour's weight. */
const LUMINANCE_TOLERANCE = 0.5;
const CHROMA_TOLERANCE = 0.04;
/** Successive over-relaxation: converges in ~10× fewer sweeps than plain Gauss–Seidel on this system (measured: within 1 sRGB code of 3000 plain sweeps). */
const SWEEPS = 100;
const OVER_RELAXATION = 1.8;
/** Edges shorter than this (coincident vertices) couple as if this long. */
const MIN_EDGE_M = 1e-5;
/** Skin likeness (see skinLikeness) a texel needs to lend its detail to the fill. */
const SKIN_DETAIL_LIKENESS = 0.2;
/** The photos' hair counts fully on the scalp from this viewing quality (≈ cosine) on… */
const HAIR_SQUARELY = 0.6;
/** …and not at all where its skin likeness reaches this (see skinLikeness). */
const HAIR_UNLIKE_SKIN = 0.25;
/** The photos' hair stays within this factor of the hair colour's luminance. */
const HAIR_CONTRAST = 1.6;
/** How much wider the border's feather is for a colour quite unlike skin. */
const UNLIKE_BAND = 1;

/**
 * Fills every texel of the surface's UV charts (see the module comment) and lowers the confidence
 * of the baked texels the feather blends away. Returns the mask of the texels it coloured (the
 * charts), which the caller's texture-space fill keeps.
 */
export function fillSurface(
  surface: TexturedSurface,
  size: number,
  albedo: Uint8Array,
  confidence: Uint8Array,
  views: HairView[],
  checkCancelled: () => void,
): Uint8Array {
  const graph = weldedGraph(surface);
  const n = surface.weldedCount;
  const corner = (s: number, k: number) => surface.weld[surface.mesh.indices[3 * s + k]];

  // 1. Baked colours per welded vertex.
  const count = new Float64Array(n), weight = new Float64Array(n), sum = new Float64Array(3 * n);
  for (const band of texelBands(surface.mesh, size)) {
    checkCancelled();
    for (let p = 0, o = band.y0 * size; p < band.rows * size; p++, o++) {
      const s = band.triangle[p];
      if (s < 0) continue;
      const r = reliability(confidence[o]);
      for (let k = 0; k < 3; k++) {
        const v = corner(s, k), w = band.bary[3 * p + k];
        count[v] += w;
        if (r === 0) continue;
        weight[v] += r * w;
        for (let c = 0; c < 3; c++) sum[3 * v + c] += r * w * SRGB_TO_LINEAR[albedo[3 * o + c]];
      }
    }
  }
  const known = new Float64Array(3 * n), seen = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (weight[v] === 0) continue;
    seen[v] = weight[v] / count[v];
    for (let c = 0; c < 3; c++) known[3 * v + c] = sum[3 * v + c] / weight[v];
  }
  const skin = skinTone(known, seen, graph.area);
  // 2. Distances from the rim and from the bake's border.
  const poor = new Uint8Array(n), outside = new Uint8Array(n);
  for (let v = 0; v < n; v++) poor[v] = seen[v] < POORLY_SEEN ? 1 : 0;
  const inMesh = new Uint8Array(surface.mesh.indices.length / 3);
  for (const s of surface.meshTriangle) inMesh[s] = 1;
  inMesh.forEach((m, s) => {
    if (!m) for (let k = 0; k < 3; k++) outside[corner(s, k)] = 1;
  });
  // The border that feathers is the one with the head around the face, not those of the small
  // hidden patches inside it (the eye sockets within the eyelids), where the photos see the
  // eyelids squarely up to the edge.
  // The rim: poorly seen vertices connected to the bake's border through poorly seen vertices
  // (the grazing band at the face's sides), not the hidden spots inside the face (nostrils, the
  // lips' and eyelids' inner sides), which keep their detail up to their own texels' confidence.
  const around = largestPart(graph, outside);
  const fromRim = surfaceDistance(graph, reachable(graph, around, poor));
  const fromBorder = surfaceDistance(graph, around);
  const fromFace = surfaceDistance(graph, around.map((a) => 1 - a));

  // What the field relaxes to: the skin tone, and on the scalp the hair's colour when the photos show hair.
  const scalp = surface.hair ? Float64Array.from(surface.hair) : scalpWeights(graph.pos);
  const fringe = fringeWeights(graph.pos);
  const inFace = new Uint8Array(surface.mesh.positions.length / 3);
  for (const i of surface.meshVertex) inFace[i] = 1;
  const hair = observedHairColour(
    views,
    surface.mesh.positions,
    surface.mesh.normals,
    (i) => scalp[surface.weld[i]] > 0.5 && !inFace[i],
    (i) => inFace[i] === 1 && scalp[surface.weld[i]] === 0,
    skin,
    (rgb, reference) => skinLikeness(rgb[0], rgb[1], rgb[2], reference, 0),
  );
  // The hair replaces the field outright on the scalp only; a curtain down the sides stays the field's tint.
  const crown = hair ? scalpWeights(graph.pos) : undefined;
  const tone = new Float64Array(3 * n);
  for (let v = 0; v < n; v++) {
    const h = hair ? scalp[v] : 0;
    for (let c = 0; c < 3; c++) tone[3 * v + c] = skin[c] + h * ((hair?.colour[c] ?? 0) - skin[c]);
  }

  // 3. The field.
  const data = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (seen[v] === 0) continue;
    data[v] = graph.area[v] * seen[v] * belongs(known[3 * v], known[3 * v + 1], known[3 * v + 2], skin, tone, 3 * v) * smoothstep(fromRim[v] / ERODE_M);
  }
  const field = screenedMembrane(graph, data, known, tone, checkCancelled);

  // 4. Texels: the field with the skin's own fine detail, and the baked colour feathered in.
  const detail = skinDetail(albedo, size, (o) => reliability(confidence[o]) >= 1 && texelBelongs(albedo, o, skin, skin) > SKIN_DETAIL_LIKENESS);
  const photoHair = hair ? new PhotoHair(surface, size, views, hair) : undefined;
  const charts = new Uint8Array(size * size);
  for (const band of texelBands(surface.mesh, size)) {
    checkCancelled();
    for (let p = 0, o = band.y0 * size; p < band.rows * size; p++, o++) {
      const s = band.triangle[p];
      if (s < 0) continue;
      charts[o] = 1;
      let rimDistance = 0, borderDistance = 0, faceDistance = 0, r = 0, g = 0, b = 0, overForehead = 0, underHair = 0, curtain = 0;
      const texelTone: [number, number, number] = [0, 0, 0];
      for (let k = 0; k < 3; k++) {
        const v = corner(s, k), w = band.bary[3 * p + k];
        rimDistance += w * fromRim[v];
        borderDistance += w * fromBorder[v];
        faceDistance += w * fromFace[v];
        r += w * field[3 * v];
        g += w * field[3 * v + 1];
        b += w * field[3 * v + 2];
        for (let c = 0; c < 3; c++) texelTone[c] += w * tone[3 * v + c];
        overForehead += w * fringe[v];
        if (crown) underHair += w * crown[v];
        curtain += w * scalp[v];
      }
      // Hair is another material, not skin that fades into it: the field (which relaxes to the hair's
      // colour only over FALLOFF_M, leaving a skin-tinted scalp) gives way to the hair by the scalp's
      // own weight, away from the bake's border (where the field carries the photo's own hairline).
      underHair *= smoothstep(faceDistance / HAIR_FROM_BORDER_M);
      if (photoHair && underHair > 0) photoHair.over(s, band.bary[3 * p], band.bary[3 * p + 1], band.bary[3 * p + 2], texelTone);
      r += underHair * (texelTone[0] - r);
      g += underHair * (texelTone[1] - g);
      b += underHair * (texelTone[2] - b);
      // Down the sides, where the model's hair hangs beyond the crown, the photos' hair where they show it.
      curtain = Math.max(0, curtain * smoothstep(faceDistance / HAIR_FROM_BORDER_M) - underHair);
      if (photoHair && curtain > 0) {
        const here: [number, number, number] = [r, g, b];
        photoHair.over(s, band.bary[3 * p], band.bary[3 * p + 1], band.bary[3 * p + 2], here);
        r += curtain * (here[0] - r);
        g += curtain * (here[1] - g);
        b += curtain * (here[2] - b);
      }
      if (detail) {
        const m = 1 + (1 - underHair) * (detailAt(detail, o % size, Math.floor(o / size)) - 1);
        r *= m;
        g *= m;
        b *= m;
      }
      // Near the border, colours unlike the tone (hair, a collar, background at the rim) fade out over
      // a wider band than skin does, so the head beyond does not start at a strip of hair.
      const width = borderDistance >= BAND_M * (1 + UNLIKE_BAND) ? BAND_M : BAND_M * (1 + UNLIKE_BAND * (1 - texelBelongs(albedo, o, skin, texelTone)));
      const feather = smoothstep(borderDistance / width) * smoothstep(rimDistance / ERODE_M);
      // Hair over the forehead (a fringe, a brim) is not the skin's colour: there the photo gives
      // way to the field as far as the texel is unlike skin.
      const keep = reliability(confidence[o]) * feather * (1 - overForehead * (1 - texelBelongs(albedo, o, skin, texelTone)));
      albedo[3 * o] = linearToSrgb8(r + keep * (SRGB_TO_LINEAR[albedo[3 * o]] - r));
      albedo[3 * o + 1] = linearToSrgb8(g + keep * (SRGB_TO_LINEAR[albedo[3 * o + 1]] - g));
      albedo[3 * o + 2] = linearToSrgb8(b + keep * (SRGB_TO_LINEAR[albedo[3 * o + 2]] - b));
      confidence[o] = Math.round(confidence[o] * feather);
    }
  }
  return charts;
}

/**
 * The photos' own hair on the scalp where they show it squarely: its strands, parting and
 * highlights (shading and all, brought to albedo by the skin's ratio, as the flat hair colour is),
 * instead of one flat colour. Samples that are background (the model's scalp reaching past the
 * person's head) or skin-like (a bald patch, a forehead under a short model hairline) give way to
 * the flat colour.
 */
class PhotoHair {
  private readonly samplers: ViewSampler[];
  private readonly backgrounds: number[][];
  private readonly sample = new Float32Array(7);

  constructor(surface: TexturedSurface, size: number, views: HairView[], private readonly hair: ObservedHair) {
    this.samplers = views.map((v) => new ViewSampler(surface.mesh, v.image, v.camera, size));
    this.backgrounds = views.map((v) => borderColour(v.image, projectVertices(surface.mesh.positions, v.camera)));
  }

  /** Blends the photos' hair at the point (w0, w1, w2) of surface triangle t into `tone` (linear albedo), by how well they show it. */
  over(t: number, w0: number, w1: number, w2: number, tone: [number, number, number]): void {
    const out = this.sample;
    let sw = 0, best = 0, r = 0, g = 0, b = 0;
    for (let k = 0; k < this.samplers.length; k++) {
      this.samplers[k].sample(t, w0, w1, w2, out);
      if (out[0] === 0) continue;
      const bg = this.backgrounds[k];
      const fromBackground = Math.hypot(linearToSrgb8(out[1]) - bg[0], linearToSrgb8(out[2]) - bg[1], linearToSrgb8(out[3]) - bg[2]);
      const w = smoothstep(out[0] / HAIR_SQUARELY) * smoothstep((fromBackground - BACKGROUND_RADIUS) / BACKGROUND_RADIUS) *
        (1 - smoothstep(skinLikeness(out[1], out[2], out[3], this.hair.photoSkin, 0) / HAIR_UNLIKE_SKIN));
      if (w === 0) continue;
      sw += w;
      r += w * out[1];
      g += w * out[2];
      b += w * out[3];
      if (w > best) best = w;
    }
    if (sw === 0) return;
    const k = this.hair.toAlbedo, flat = this.hair.colour;
    const rgb = [(r / sw) * k[0], (g / sw) * k[1], (b / sw) * k[2]];
    // Deep shadows between locks and bright sheen, projected onto a smooth shell, read as stains
    // of odd colour: beyond HAIR_CONTRAST of the hair colour's brightness, the texel takes the hair
    // colour at the nearest brightness within it.
    const y = luminance(rgb[0], rgb[1], rgb[2]), yFlat = luminance(flat[0], flat[1], flat[2]);
    const ratio = Math.max(y, 1e-6) / yFlat;
    if (ratio > HAIR_CONTRAST || ratio < 1 / HAIR_CONTRAST) {
      const clamped = Math.min(HAIR_CONTRAST, Math.max(1 / HAIR_CONTRAST, ratio));
      for (let c = 0; c < 3; c++) rgb[c] = flat[c] * clamped;
    }
    for (let c = 0; c < 3; c++) tone[c] += best * (Math.min(1, rgb[c]) - tone[c]);
  }
}

function luminance(r: number, g: number, b: number): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function reliability(confidence: number): number {
  return smoothstep((confidence / 255 - RELIABLE[0]) / (RELIABLE[1] - RELIABLE[0]));
}

/** 0 at x ≤ 0, 1 at x ≥ 1, smooth between. */
function smoothstep(x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return x * x * (3 - 2 * x);
}

interface WeldedGraph {
  /** Per welded vertex: its position (xyz). */
  pos: Float64Array;
  /** Per welded vertex: a third of the area of its triangles (m²). */
  area: Float64Array;
  /** CSR adjacency: neighbours of v are neighbour[start[v]..start[v + 1]), at distance length[...]. */
  start: Int32Array;
  neighbour: Int32Array;
  length: Float64Array;
}

function weldedGraph(surface: TexturedSurface): WeldedGraph {
  const n = surface.weldedCount;
  const { indices, positions } = surface.mesh;
  const pos = new Float64Array(3 * n);
  surface.weld.forEach((w, i) => {
    pos[3 * w] = positions[3 * i];
    pos[3 * w + 1] = positions[3 * i + 1];
    pos[3 * w + 2] = positions[3 * i + 2];
  });
  const area = new Float64Array(n);
  const edges = new Set<number>();
  for (let t = 0; t < indices.length; t += 3) {
    const a = surface.weld[indices[t]], b = surface.weld[indices[t + 1]], c = surface.weld[indices[t + 2]];
    const x1 = pos[3 * b] - pos[3 * a], y1 = pos[3 * b + 1] - pos[3 * a + 1], z1 = pos[3 * b + 2] - pos[3 * a + 2];
    const x2 = pos[3 * c] - pos[3 * a], y2 = pos[3 * c + 1] - pos[3 * a + 1], z2 = pos[3 * c + 2] - pos[3 * a + 2];
    const third = Math.hypot(y1 * z2 - z1 * y2, z1 * x2 - x1 * z2, x1 * y2 - y1 * x2) / 6;
    area[a] += third;
    area[b] += third;
    area[c] += third;
    if (a !== b) edges.add(a < b ? a * n + b : b * n + a);
    if (b !== c) edges.add(b < c ? b * n + c : c * n + b);
    if (c !== a) edges.add(c < a ? c * n + a : a * n + c);
  }
  const degree = new Int32Array(n + 1);
  for (const e of edges) {
    degree[Math.floor(e / n)]++;
    degree[e % n]++;
  }
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v] + degree[v];
  const fill = start.slice(0, n);
  const neighbour = new Int32Array(start[n]), length = new Float64Array(start[n]);
  for (const e of edges) {
    const u = Math.floor(e / n), v = e % n;
    const l = Math.hypot(pos[3 * u] - pos[3 * v], pos[3 * u + 1] - pos[3 * v + 1], pos[3 * u + 2] - pos[3 * v + 2]);
    neighbour[fill[u]] = v;
    length[fill[u]++] = l;
    neighbour[fill[v]] = u;
    length[fill[v]++] = l;
  }
  return { pos, area, start, neighbour, length };
}

/** Of the vertices with `member` set, those of the connected part (along edges between members) with the largest area. */
function largestPart(graph: WeldedGraph, member: Uint8Array): Uint8Array {
  const part = new Int32Array(member.length).fill(-1);
  let best = -1, bestArea = -1;
  for (let v0 = 0; v0 < member.length; v0++) {
    if (!member[v0] || part[v0] >= 0) continue;
    let area = 0;
    const stack = [v0];
    part[v0] = v0;
    while (stack.length) {
      const u = stack.pop()!;
      area += graph.area[u];
      for (let e = graph.start[u]; e < graph.start[u + 1]; e++) {
        const v = graph.neighbour[e];
        if (member[v] && part[v] < 0) {
          part[v] = v0;
          stack.push(v);
        }
      }
    }
    if (area > bestArea) [best, bestArea] = [v0, area];
  }
  return Uint8Array.from(part, (p) => (p === best && best >= 0 ? 1 : 0));
}

/** The seed vertices and every vertex reachable from them along edges through vertices with `through` set. */
function reachable(graph: WeldedGraph, seed: Uint8Array, through: Uint8Array): Uint8Array {
  const out = seed.slice();
  const stack: number[] = [];
  for (let v = 0; v < seed.length; v++) if (seed[v]) stack.push(v);
  while (stack.length) {
    const u = stack.pop()!;
    for (let e = graph.start[u]; e < graph.start[u + 1]; e++) {
      const v = graph.neighbour[e];
      if (!out[v] && through[v]) {
        out[v] = 1;
        stack.push(v);
      }
    }
  }
  return out;
}

/** Shortest distance along mesh edges from any vertex with source[v] set (Dijkstra); Infinity where none is reachable. */
function surfaceDistance(graph: WeldedGraph, source: Uint8Array): Float64Array {
  const n = source.length;
  const dist = new Float64Array(n).fill(Infinity);
  const heap = new MinHeap();
  for (let v = 0; v < n; v++) {
    if (!source[v]) continue;
    dist[v] = 0;
    heap.push(v, 0);
  }
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [u, d] = top;
    if (d > dist[u]) continue;
    for (let e = graph.start[u]; e < graph.start[u + 1]; e++) {
      const v = graph.neighbour[e], dv = d + graph.length[e];
      if (dv < dist[v]) {
        dist[v] = dv;
        heap.push(v, dv);
      }
    }
  }
  return dist;
}

class MinHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];

  push(item: number, key: number): void {
    const { items, keys } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      items[i] = items[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    items[i] = item;
    keys[i] = key;
  }

  pop(): [number, number] | undefined {
    const { items, keys } = this;
    if (items.length === 0) return undefined;
    const top: [number, number] = [items[0], keys[0]];
    const item = items.pop()!, key = keys.pop()!;
    if (items.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      items[i] = items[child];
      keys[i] = keys[child];
      i = child;
    }
    items[i] = item;
    keys[i] = key;
    return top;
  }
}

/** Area-weighted per-channel median of the well-seen vertices' linear colours. */
function skinTone(known: Float64Array, seen: Float64Array, area: Float64Array): [number, number, number] {
  const well: number[] = [];
  for (let v = 0; v < seen.length; v++) if (seen[v] >= 0.9) well.push(v);
  if (well.length === 0) for (let v = 0; v < seen.length; v++) if (seen[v] > 0) well.push(v);
  if (well.length === 0) throw new Error('fillSurface: no baked texel to take the skin tone from');
  const total = well.reduce((s, v) => s + area[v], 0);
  return [0, 1, 2].map((c) => {
    const sorted = [...well].sort((a, b) => known[3 * a + c] - known[3 * b + c]);
    let acc = 0;
    for (const v of sorted) {
      acc += area[v];
      if (acc >= total / 2) return known[3 * v + c];
    }
    return known[3 * sorted[sorted.length - 1] + c];
  }) as [number, number, number];
}

function texelBelongs(albedo: Uint8Array, o: number, skin: [number, number, number], tone: ArrayLike<number>): number {
  return belongs(SRGB_TO_LINEAR[albedo[3 * o]], SRGB_TO_LINEAR[albedo[3 * o + 1]], SRGB_TO_LINEAR[albedo[3 * o + 2]], skin, tone, 0);
}

/**
 * How much an observed colour belongs on the surface where the tone is tone[at..at + 3]: skin
 * anywhere, or the tone (hair on the scalp). Observed skin below the hairline's blend stays data,
 * so the hairline does not pull the baked forehead's border towards the hair colour.
 */
function belongs(r: number, g: number, b: number, skin: [number, number, number], tone: ArrayLike<number>, at: number): number {
  return Math.max(skinLikeness(r, g, b, skin, 0), skinLikeness(r, g, b, tone, at));
}

/** 1 for the tone at tone[at..at + 3] (the skin's, or the hair's on the scalp), falling off with log-luminance and chromaticity distance from it. */
function skinLikeness(r: number, g: number, b: number, tone: ArrayLike<number>, at: number): number {
  const tr = tone[at], tg = tone[at + 1], tb = tone[at + 2];
  const y = r + g + b, ys = tr + tg + tb;
  if (!(y > 0)) return 0;
  const dl = Math.log(y / ys) / LUMINANCE_TOLERANCE;
  const dr = (r / y - tr / ys) / CHROMA_TOLERANCE, dg = (g / y - tg / ys) / CHROMA_TOLERANCE;
  return 1 / (1 + dl * dl + dr * dr + dg * dg);
}

/**
 * The colour field f minimising Σ_v data_v |f_v − known_v|² + μ area_v |f_v − tone_v|² +
 * λ Σ_edges w_uv |f_u − f_v|², with w_uv = (area_u + area_v) / (2 |uv|²), λ = SMOOTH_M² and
 * μ = λ / FALLOFF_M²: by over-relaxed Gauss–Seidel sweeps, started at the known colours and the tone.
 */
function screenedMembrane(graph: WeldedGraph, data: Float64Array, known: Float64Array, tone: Float64Array, checkCancelled: () => void): Float64Array {
  const n = data.length;
  const lambda = SMOOTH_M * SMOOTH_M, mu = lambda / (FALLOFF_M * FALLOFF_M);
  const { area, start, neighbour, length } = graph;
  const coupling = new Float64Array(length.length);
  for (let v = 0; v < n; v++) {
    for (let e = start[v]; e < start[v + 1]; e++) coupling[e] = (lambda * (area[v] + area[neighbour[e]])) / (2 * Math.max(length[e], MIN_EDGE_M) ** 2);
  }
  const f = new Float64Array(3 * n);
  for (let v = 0; v < n; v++) for (let c = 0; c < 3; c++) f[3 * v + c] = data[v] > 0 ? known[3 * v + c] : tone[3 * v + c];
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 50 === 0) checkCancelled();
    for (let v = 0; v < n; v++) {
      const screen = mu * area[v];
      let diag = data[v] + screen, r = data[v] * known[3 * v] + screen * tone[3 * v], g = data[v] * known[3 * v + 1] + screen * tone[3 * v + 1], b = data[v] * known[3 * v + 2] + screen * tone[3 * v + 2];
      for (let e = start[v]; e < start[v + 1]; e++) {
        const u = 3 * neighbour[e], w = coupling[e];
        diag += w;
        r += w * f[u];
        g += w * f[u + 1];
        b += w * f[u + 2];
      }
      f[3 * v] += OVER_RELAXATION * (r / diag - f[3 * v]);
      f[3 * v + 1] += OVER_RELAXATION * (g / diag - f[3 * v + 1]);
      f[3 * v + 2] += OVER_RELAXATION * (b / diag - f[3 * v + 2]);
    }
  }
  return f;
}
