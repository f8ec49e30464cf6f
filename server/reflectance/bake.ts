/**
 * The bake: each photo projected onto the mesh's UV layout, fused by viewing angle, with the gaps
 * filled from the mirrored side and then smoothly. Plain, lighting stays in the colours (the
 * starting point of the reflectance fit); de-lit (`delight`), each photo's fitted shading is
 * divided out of its colours before they are fused, which gives the fit's full-resolution albedo.
 */
import { FitError, type CameraFit, type FitHooks, type MeshBuffers, type MeshSurface, type RgbImage, type TexturedSurface } from '../types.js';
import { fillFromMirror, fillHoles } from './fill.js';
import { fillSurface } from './surface-fill.js';
import { linearToSrgb8 } from './srgb.js';
import { texelBands } from './texel-bands.js';
import { delightSample, type TexelShading } from './texel-shading.js';
import { ViewSampler } from './view-sampler.js';

export interface BakeView {
  image: RgbImage;
  camera: CameraFit;
  /** This photo's own surface (e.g. its expression), same topology and UVs as the mesh; absent: the mesh itself. */
  surface?: MeshSurface;
}

/** The mesh as `view` sees it: with the view's own surface when it has one. */
export function viewMesh(mesh: MeshBuffers, view: BakeView): MeshBuffers {
  return view.surface ? { ...mesh, positions: view.surface.positions, normals: view.surface.normals } : mesh;
}

export interface BakeResult {
  size: number;
  /** size*size*3 sRGB; every texel has a colour, also outside the UV charts. */
  albedo: Uint8Array;
  /**
   * size*size: 255 = seen head-on, lower for oblique views (and, de-lit, for texels in shadow),
   * at most 128 for colours taken from the mirror texel, lowered where a surface fill feathers the
   * bake out, 0 = never seen (smoothly filled, or outside the charts).
   */
  confidence: Uint8Array;
  /** Per view: fraction of the charts' texels that view sees (at all, even obliquely). */
  coverage: number[];
}

export interface BakeOptions {
  /** The part of the whole job's progress (0..1) the bake reports within. Default [0, 1]. */
  progressRange?: [number, number];
  /** Per view: its shading over the texture (texel-shading.ts), divided out of its colours. */
  delight?: TexelShading[];
  /**
   * The surface the texture covers when it is more than the mesh (FittedGeometry.surface): its
   * texels beyond the mesh are filled across it, feathered into the baked ones (surface-fill.ts).
   */
  surface?: TexturedSurface;
}

export function bakeTexture(
  mesh: MeshBuffers,
  mirror: Uint32Array,
  views: BakeView[],
  size: number,
  hooks: FitHooks,
  options: BakeOptions = {},
): BakeResult {
  if (!Number.isInteger(size) || size < 1 || size > 8192) {
    throw new FitError('INVALID_REQUEST', `texture size ${size} is not an integer from 1 to 8192; ask for 256 to 4096`);
  }
  if (mirror.length * 3 !== mesh.positions.length) {
    throw new FitError('INTERNAL', `the model's mirror map has ${mirror.length} entries for ${mesh.positions.length / 3} vertices; please report this as a bug`);
  }
  const [from, to] = options.progressRange ?? [0, 1];
  const report = (f: number, message: string): void => hooks.progress('reflectance', from + (to - from) * f, message);
  report(0, 'baking the photos into the texture');
  const samplers = views.map((v) => new ViewSampler(viewMesh(mesh, v), v.image, v.camera, size));
  hooks.checkCancelled();

  const albedo = new Uint8Array(size * size * 3);
  const confidence = new Uint8Array(size * size);
  const seen = new Float64Array(views.length);
  let chart = 0;
  const sample = new Float32Array(7);
  const { delight } = options;
  for (const band of texelBands(mesh, size)) {
    hooks.checkCancelled();
    for (let p = 0, o = band.y0 * size; p < band.rows * size; p++, o++) {
      const t = band.triangle[p];
      if (t < 0) continue;
      chart++;
      const w0 = band.bary[3 * p], w1 = band.bary[3 * p + 1], w2 = band.bary[3 * p + 2];
      let sw = 0, r = 0, g = 0, b = 0, best = 0;
      for (let v = 0; v < samplers.length; v++) {
        samplers[v].sample(t, w0, w1, w2, sample);
        let q = sample[0];
        if (q === 0) continue;
        seen[v]++;
        if (delight) {
          q *= delightSample(delight[v], ((o % size) + 0.5) / size, (Math.floor(o / size) + 0.5) / size, sample);
          if (q === 0) continue;
        }
        // Fusion weight: quality⁴, so that where one photo sees the surface squarely and another
        // obliquely the square one dominates (small pose errors between photos blur less), while
        // weights still vary smoothly over the surface (no seams).
        const q2 = q * q, w = q2 * q2;
        sw += w;
        r += w * sample[1];
        g += w * sample[2];
        b += w * sample[3];
        if (q > best) best = q;
      }
      if (sw === 0) continue;
      albedo[3 * o] = linearToSrgb8(r / sw);
      albedo[3 * o + 1] = linearToSrgb8(g / sw);
      albedo[3 * o + 2] = linearToSrgb8(b / sw);
      confidence[o] = Math.ceil(best * 255);
    }
    report((0.7 * (band.y0 + band.rows)) / size, 'baking the photos into the texture');
  }

  const coverage = Array.from(seen, (s) => (chart > 0 ? s / chart : 0));
  coverage.forEach((c, i) => {
    if (c === 0) hooks.warn('photo-not-seen', `photo ${i + 1}: the fitted face is not visible in it, so it adds nothing to the texture`);
  });
  if (!coverage.some((c) => c > 0)) {
    throw new FitError('INTERNAL', 'the fitted face is visible in none of the photos, so there is nothing to bake; please report this with the photos');
  }

  fillFromMirror(mesh, mirror, size, albedo, confidence, () => hooks.checkCancelled());
  report(0.85, 'filling the texels no photo shows');
  const filled = options.surface ? fillSurface(options.surface, size, albedo, confidence, views, () => hooks.checkCancelled()) : confidence;
  fillHoles(albedo, filled, size);
  report(1, 'texture baked');
  return { size, albedo, confidence, coverage };
}
