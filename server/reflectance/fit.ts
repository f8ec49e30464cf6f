/**
 * The reflectance fit: de-lit diffuse albedo, specular strength, roughness and a tangent-space
 * normal map, shared by all photos, and each photo's lighting (SH ambient + a directional key
 * light), found by explaining the photos through the differentiable renderer (server/render).
 *
 *  1. Start: a plain coarse bake gives each photo's SH lighting under a constant-albedo
 *     assumption (lighting.ts); the key light is chosen among directions facing the camera by how
 *     well its render explains the photo (key-light.ts); specular and roughness start at their
 *     face-region priors (face-regions.ts), normals flat, and the albedo is the coarse bake with
 *     that shading divided out, its colour kept plausible for skin (skin-gauge.ts).
 *  2. Coarse to fine: at each level, the maps at that level's sizes are fitted by sparse Adam
 *     against the photos shrunk to about as many face pixels as the albedo has texels, under the
 *     priors that stand in for a learned reflectance model (priors.ts): smooth albedo whose
 *     chromaticity varies even less (so highlights and shadows go to the specular map and the
 *     lighting, not into the skin); left–right symmetry; smooth specular and roughness pulled
 *     to their region values; normal detail pulled flat and kept free of large-scale tilt (that
 *     is the mesh's shape), so it only grows where the shading asks for it. Between levels the
 *     maps are upsampled and the skin-colour gauge is applied again. After the first level, given
 *     the geometry's model, each photo's camera and the shape are refined so that the render lines
 *     up with the photo (refine-geometry.ts); the later levels and the bake use the refined ones.
 *     Each photo is rendered on its own surface where the geometry has one (its expression).
 *  3. Full size: the albedo is the bake with each photo's fitted shading divided out before the
 *     photos are fused (texel-shading.ts): at the output size texels outnumber face pixels, so
 *     per texel only the photo's own colour can say more, and with the shading known, albedo
 *     enters linearly and this is its exact solution (leaning on the coarse fit in shadow).
 *     Unseen texels are filled from their mirror image, then smoothly, and marked in the
 *     confidence map. Specular, roughness and normals stay at the last level's resolution and are
 *     upsampled when encoded (maps.ts).
 */
import { performance } from 'node:perf_hooks';
import type { CameraFit, FitHooks, MeshBuffers, ReflectancePresetName, RgbImage, TexturedSurface } from '../types.js';
import { ReflectanceDescent, projectNormals, type LearningRates } from '../render/descent.js';
import { ReflectanceEnergy, type Prior } from '../render/energy.js';
import { shadeView, type Material, type ViewLighting } from '../render/shade.js';
import { createTexture, resampleTexture, type Texture } from '../render/texture.js';
import { buildShadingView, type ShadingView } from '../render/view.js';
import type { FittedGeometry } from '../geometry/face-model.js';
import { bakeTexture, viewMesh, type BakeResult, type BakeView } from './bake.js';
import { cornerTangents } from './corner-tangents.js';
import { openEvaluators, type EnergyChoice, type FitEnergy, type LevelEvaluators } from './descent-evaluators.js';
import { regionPriors } from './face-regions.js';
import { grazingWeight } from './grazing-weight.js';
import { ambientOnly, chooseKeyLight } from './key-light.js';
import { estimateLighting } from './lighting.js';
import { pixelsPerUv, scalePhoto } from './photo-scale.js';
import { refineFittedGeometry, type GeometryRefiner, type RefineOutcome } from './refine-geometry.js';
import { chromaSmoothnessPrior, lowFrequencyPrior, mirrorPrior, smoothnessPrior, targetPrior } from './priors.js';
import { fixSkinGauge } from './skin-gauge.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { mirrorTaps, texelChart, vertexMap, type TexelChart } from './texel-chart.js';
import { texelShading } from './texel-shading.js';

export interface FitLevel {
  albedoSize: number;
  /** 0: no normal map at this level. */
  normalSize: number;
  specularSize: number;
  roughnessSize: number;
  /** Photo pixels per albedo texel along a side; photos are shrunk to it, never enlarged. */
  pixelsPerTexel: number;
  iterations: number;
}

export interface ReflectancePreset {
  name: ReflectancePresetName;
  levels: FitLevel[];
  /** Grid the fitted shading is computed on for the full-size de-lit bake. */
  shadingSize: number;
}

/**
 * `default` keeps the whole one-photo fit to a 1024² glb within ~5 s on a 2-core machine
 * (bench/reflectance.ts); `quality` fits twice as long at twice the resolution.
 */
export const REFLECTANCE_PRESETS: Record<ReflectancePresetName, ReflectancePreset> = {
  fast: {
    name: 'fast',
    levels: [{ albedoSize: 64, normalSize: 0, specularSize: 16, roughnessSize: 8, pixelsPerTexel: 1.2, iterations: 40 }],
    shadingSize: 128,
  },
  default: {
    name: 'default',
    levels: [
      { albedoSize: 64, normalSize: 0, specularSize: 16, roughnessSize: 8, pixelsPerTexel: 1.2, iterations: 50 },
      { albedoSize: 128, normalSize: 128, specularSize: 32, roughnessSize: 16, pixelsPerTexel: 1, iterations: 25 },
    ],
    shadingSize: 256,
  },
  quality: {
    name: 'quality',
    levels: [
      { albedoSize: 64, normalSize: 0, specularSize: 16, roughnessSize: 8, pixelsPerTexel: 1.2, iterations: 80 },
      { albedoSize: 128, normalSize: 128, specularSize: 32, roughnessSize: 16, pixelsPerTexel: 1.2, iterations: 60 },
      { albedoSize: 256, normalSize: 256, specularSize: 64, roughnessSize: 16, pixelsPerTexel: 1.2, iterations: 40 },
    ],
    shadingSize: 256,
  },
};

/**
 * Prior weights (see priors.ts for what a weight means). The photometric term is about 1.5 r² per
 * pixel for a residual r per channel (≈ 1.5e-4 at r = 1%); a prior of weight w costs w Δ² per
 * texel for a deviation Δ, so w = 1.5e-4 / Δ² makes a deviation Δ cost what a 1% residual does.
 */
const WEIGHTS = {
  albedoSmooth: 0.1, // Δ ≈ 0.04 between neighbours ~ 1%
  albedoChroma: 1.5, // chromaticity Δ ≈ 0.01 ~ 1%
  albedoMirror: 0.02,
  specularSmooth: 0.05,
  specularMirror: 0.02,
  specularRegion: 0.003, // Δ ≈ 0.2 from the region's value ~ 1%
  roughnessSmooth: 0.05,
  roughnessRegion: 0.01, // Δ ≈ 0.12
  normalFlat: 0.02, // ≈ 5° of tilt ~ 1%
  normalLowFrequency: 0.3, // a 5° tilt over a region costs 15 times that
};
/** Radius (texels of the 128² normal map, scaled with its size) of what counts as a region for the normal map. */
const NORMAL_REGION = 4;

const RATES: LearningRates = { albedo: 0.01, specular: 0.02, roughness: 0.01, normal: 0.01, sh: 0.01, direction: 0.02, color: 0.01 };

/** Chromaticity steps beyond this (r + g + b normalised) cost linearly: real colour edges. */
const CHROMA_EDGE = 0.02;
/** Chart texels plus this margin (texels) are fitted: pixels at a chart's edge read texels just outside it. */
const CHART_MARGIN = 2;

/** The fit's state after an iteration, for live previews. */
export interface FitState {
  iteration: number;
  level: number;
  material: Material;
  lighting: ViewLighting[];
  /** The mesh's vertices as the fit has them now (refined after the first level). */
  positions: Float32Array;
  /** Renders photo 0 of the current fit, at this level's resolution. */
  render(): FitRender;
}

export interface FitRender {
  /** The photo at the level's resolution. */
  image: RgbImage;
  /** Covered pixels (y * width + x) and their rendered linear RGB, 3 per pixel. */
  pixel: Int32Array;
  colors: Float32Array;
}

export interface ReflectanceFitOptions {
  preset?: ReflectancePreset;
  /** The part of the whole job's progress (0..1) the fit reports within. Default [0, 1]. */
  progressRange?: [number, number];
  /** Awaited after every iteration (the pipeline sends preview frames from it). */
  onIteration?: (state: FitState) => Promise<void> | void;
  /**
   * The geometry the mesh and views come from, and its model's reshape(): given, with a shape
   * basis, the cameras and shape are refined photometrically after the first level
   * (refine-geometry.ts) and the fit goes on with the refined ones.
   */
  refine?: GeometryRefiner;
  /** The surface the maps cover when it is more than `mesh` (FittedGeometry.surface): the output albedo is filled over it, and normals are fitted in its tangent frames. */
  surface?: TexturedSurface;
  /** Threads the descent's pixel pass is split over (server/render/pixel-pool.ts); default 1, this thread alone. Analytic energy only. */
  threads?: number;
  /** How the descent evaluates the energy (descent-evaluators.ts): default analytic; tfjs runs on detection's tfjs backend. */
  energy?: EnergyChoice;
}

export interface FitStats {
  preset: ReflectancePresetName;
  iterations: number;
  /** What evaluated the descent's energy. */
  energy: FitEnergy;
  /** Per level: albedo size, face pixels over all photos, iterations, the time they took, and the energy the last iteration evaluated. */
  levels: { albedoSize: number; pixels: number; iterations: number; ms: number; energy: number }[];
  startMs: number;
  finalMs: number;
  /** The photometric geometry refinement, when it ran. */
  refinement?: Omit<RefineOutcome, 'poses' | 'coefficients'>;
}

export interface FittedReflectance {
  /** The output maps' size; the albedo and confidence have it, the smoother maps are upsampled to it when encoded (maps.ts). */
  size: number;
  /** size² × 3, sRGB: the de-lit diffuse albedo. */
  albedo: Uint8Array;
  /** KHR_materials_specular strength (F0 = 0.04 s, F90 = s), at the fit's resolution. */
  specular: Texture;
  /** glTF perceptual roughness, at the fit's resolution. */
  roughness: Texture;
  /** Unit tangent-space normals (+Y up the image, glTF), at the fit's resolution (1×1 flat when the preset fits none). */
  normal: Texture;
  /** size², see BakeResult.confidence. */
  confidence: Uint8Array;
  coverage: number[];
  /** Per photo, camera space. */
  lighting: ViewLighting[];
  /** The refined geometry (cameras, shape), when `refine` was given: what the maps were fitted and baked on. */
  geometry?: FittedGeometry;
  stats: FitStats;
}

export async function fitReflectance(
  mesh: MeshBuffers,
  mirror: Uint32Array,
  views: BakeView[],
  size: number,
  hooks: FitHooks,
  opts: ReflectanceFitOptions = {},
): Promise<FittedReflectance> {
  // Opened now, pixel workers load while the start is computed; closed however the fit ends.
  const evaluators = await openEvaluators(opts.energy ?? 'analytic', opts.threads ?? 1);
  try {
    return await fitWith(mesh, mirror, views, size, hooks, opts, evaluators);
  } finally {
    await evaluators.close();
  }
}

async function fitWith(
  mesh: MeshBuffers,
  mirror: Uint32Array,
  views: BakeView[],
  size: number,
  hooks: FitHooks,
  opts: ReflectanceFitOptions,
  evaluators: LevelEvaluators,
): Promise<FittedReflectance> {
  const preset = opts.preset ?? REFLECTANCE_PRESETS.default;
  const [from, to] = opts.progressRange ?? [0, 1];
  const at = (f: number): number => from + (to - from) * f;
  const report = (f: number, message: string): void => hooks.progress('reflectance', at(f), message);
  const t0 = performance.now();
  const stats: FitStats = { preset: preset.name, iterations: 0, energy: evaluators.kind, levels: [], startMs: 0, finalMs: 0 };

  // 1. Start.
  report(0, 'estimating the lighting');
  const first = preset.levels[0];
  const plain = bakeTexture(mesh, mirror, views, first.albedoSize, hooks, { progressRange: [at(0), at(0.02)] });
  const estimates = views.map((v) => estimateLighting(mesh, v, plain));
  const lighting = estimates.map(ambientOnly);
  let surface = opts.surface;
  const withNormals = preset.levels.some((l) => l.normalSize > 0);
  let tangents = withNormals ? await cornerTangents(mesh, surface) : undefined;
  const regions = regionPriors(mesh);
  const regionMap = (values: Float32Array, mapSize: number): Texture => ({
    width: mapSize,
    height: mapSize,
    channels: 1,
    data: vertexMap(texelChart(mesh, mapSize), mesh.indices, values, 1, [average(values)]),
  });
  let material: Material = {
    // Until the start albedo is de-lit: the plain bake, which de-lighting leans on only in shadow.
    albedo: linearAlbedo(plain),
    specular: regionMap(regions.specular, first.specularSize),
    roughness: regionMap(regions.roughness, first.roughnessSize),
    specularColorFactor: 1,
    specularFactor: 1,
  };
  let geometry = opts.refine?.geometry;
  const shadingNow = (chart: TexelChart) => views.map((v, i) => texelShading(viewMesh(mesh, v), v.camera, chart, lighting[i], material, tangents));

  // 2. Coarse to fine.
  const total = preset.levels.reduce((s, l) => s + l.iterations, 0);
  // The skin the gauge reads at every level: what the start bake saw well. Read from the
  // descent's own pixel coverage instead, it was 16–31 texels of the mouth (too few at 1.2 pixels
  // per texel), and a smile's gums then moved the whole albedo's brightness up to 2.75×. Its
  // luminance is the start's at every level (skin-gauge.ts).
  let skin: { texels: Int32Array; size: number; luminance: number | undefined } | undefined;
  for (let L = 0; L < preset.levels.length; L++) {
    const level = preset.levels[L];
    let tLevel = performance.now();
    material = atLevel(material, level);
    const fitViews = await Promise.all(views.map((v) => levelView(mesh, v, level, material.normal ? tangents : undefined)));
    if (L === 0) {
      // The key light, then the albedo with that lighting divided out (the start of the descent).
      fitViews.forEach((v, i) => (lighting[i] = chooseKeyLight(v.view, estimates[i], material)));
      const start = bakeTexture(mesh, mirror, views, level.albedoSize, hooks, { progressRange: [at(0.02), at(0.04)], delight: shadingNow(texelChart(mesh, level.albedoSize)) });
      material.albedo = linearAlbedo(start);
      const texels = wellSeen(start);
      skin = { texels, size: level.albedoSize, luminance: fixSkinGauge(material, lighting, texels) };
      tLevel = performance.now();
      stats.startMs = tLevel - t0;
      report(0.05, 'fitting the reflectance');
    }
    const energy = new ReflectanceEnergy(
      fitViews.map((v) => v.view),
      { albedo: material.albedo, specular: material.specular, roughness: material.roughness, ...(material.normal ? { normal: material.normal } : {}) },
      { priors: levelPriors(mesh, mirror, material, level, regions) },
    );
    const evaluator = evaluators.bind(energy, material);
    const descent = new ReflectanceDescent(energy, material, lighting, RATES);
    const state: FitState = {
      iteration: stats.iterations,
      level: L,
      material,
      lighting,
      positions: mesh.positions,
      render: () => {
        const view = fitViews[0].view;
        const colors = new Float32Array(3 * view.count);
        shadeView(view, energy.taps[0], material, lighting[0], { colors });
        return { image: fitViews[0].image, pixel: view.pixel, colors };
      },
    };
    let value = NaN;
    for (let i = 0; i < level.iterations; i++) {
      hooks.checkCancelled();
      value = (await descent.stepWith(evaluator)).total;
      stats.iterations++;
      state.iteration = stats.iterations;
      report(0.05 + (0.65 * stats.iterations) / total, `fitting the reflectance: level ${L + 1} of ${preset.levels.length}, iteration ${i + 1}`);
      await opts.onIteration?.(state);
    }
    evaluators.release();
    if (skin) fixSkinGauge(material, lighting, texelsAtSize(skin.texels, skin.size, material.albedo.width), skin.luminance);
    stats.levels.push({ albedoSize: level.albedoSize, pixels: fitViews.reduce((s, v) => s + v.view.count, 0), iterations: level.iterations, ms: performance.now() - tLevel, energy: value });
    if (L === 0 && opts.refine?.geometry.refinable) {
      // Albedo and lighting now explain the photos roughly: line the geometry up with them.
      hooks.checkCancelled();
      report(0.05 + (0.65 * stats.iterations) / total, 'refining the cameras and the face shape');
      const refined = await refineFittedGeometry(opts.refine, views, fitViews, material, lighting, material.normal ? tangents : undefined, (r) => opts.onIteration?.({ ...state, render: () => r }));
      const { poses: _p, coefficients: _c, ...summary } = refined.outcome;
      stats.refinement = summary;
      const g = (geometry = refined.geometry);
      mesh = g.mesh;
      // The refined shape's own frames and surface: the normal map is baked in what the export writes.
      surface = g.surface ?? surface;
      if (withNormals) tangents = await cornerTangents(mesh, surface);
      views = views.map((v, i) => ({ image: v.image, camera: g.cameras[i], ...(g.photoSurfaces ? { surface: g.photoSurfaces[i] } : {}) }));
    }
  }

  // 3. Full size.
  const tFinal = performance.now();
  report(0.7, 'removing the lighting from the full-size texture');
  const shadingChart = texelChart(mesh, preset.shadingSize);
  const bake = bakeTexture(mesh, mirror, views, size, hooks, { progressRange: [at(0.72), at(0.98)], delight: shadingNow(shadingChart), ...(surface ? { surface } : {}) });
  const result: FittedReflectance = {
    size,
    albedo: bake.albedo,
    specular: material.specular,
    roughness: material.roughness,
    normal: material.normal ?? createTexture(1, 1, 3, [0, 0, 1]),
    confidence: bake.confidence,
    coverage: bake.coverage,
    lighting,
    ...(opts.refine ? { geometry } : {}),
    stats,
  };
  stats.finalMs = performance.now() - tFinal;
  report(1, 'reflectance fitted');
  return result;
}

/** The material with each map at the level's size (upsampled from the last level; normals flat at first). */
function atLevel(m: Material, level: FitLevel): Material {
  const resized = (t: Texture, s: number) => (t.width === s ? t : resampleTexture(t, s, s));
  let normal: Texture | undefined;
  if (level.normalSize > 0) {
    normal = m.normal ? resized(m.normal, level.normalSize) : createTexture(level.normalSize, level.normalSize, 3, [0, 0, 1]);
    projectNormals(normal.data, allTexels(level.normalSize));
  }
  return {
    ...m,
    albedo: resized(m.albedo, level.albedoSize),
    specular: resized(m.specular, level.specularSize),
    roughness: resized(m.roughness, level.roughnessSize),
    normal,
  };
}

/** One photo at the level's resolution, as the renderer sees it, with grazing pixels faded out. */
async function levelView(shared: MeshBuffers, v: BakeView, level: FitLevel, tangents: Float32Array | undefined): Promise<{ view: ShadingView; image: RgbImage; camera: CameraFit }> {
  const mesh = viewMesh(shared, v);
  const density = pixelsPerUv(mesh, v.camera);
  const scale = density > 0 ? Math.min(1, (level.pixelsPerTexel * level.albedoSize) / density) : 1;
  const { image, camera } = await scalePhoto(v.image, v.camera, scale);
  const view = buildShadingView(mesh, camera, { photo: image, ...(tangents ? { tangents } : {}) });
  for (let i = 0; i < view.count; i++) {
    const n = view.normal, d = view.viewDir;
    view.weight[i] = grazingWeight(n[3 * i] * d[3 * i] + n[3 * i + 1] * d[3 * i + 1] + n[3 * i + 2] * d[3 * i + 2]);
  }
  return { view, image, camera };
}

function levelPriors(mesh: MeshBuffers, mirror: Uint32Array, m: Material, level: FitLevel, regions: ReturnType<typeof regionPriors>): Prior[] {
  const W = WEIGHTS;
  const albedoChart = texelChart(mesh, level.albedoSize);
  const specularChart = texelChart(mesh, level.specularSize);
  const roughnessChart = texelChart(mesh, level.roughnessSize);
  const albedoActive = dilate(albedoChart, CHART_MARGIN);
  const specularActive = dilate(specularChart, CHART_MARGIN);
  const roughnessActive = dilate(roughnessChart, CHART_MARGIN);
  const priors: Prior[] = [
    smoothnessPrior('albedo', level.albedoSize, albedoActive, W.albedoSmooth),
    chromaSmoothnessPrior('albedo', level.albedoSize, albedoActive, W.albedoChroma, CHROMA_EDGE),
    mirrorPrior('albedo', mirrorTaps(albedoChart, mesh, mirror), W.albedoMirror),
    smoothnessPrior('specular', level.specularSize, specularActive, W.specularSmooth),
    mirrorPrior('specular', mirrorTaps(specularChart, mesh, mirror), W.specularMirror),
    targetPrior('specular by region', 'specular', listOf(specularActive), vertexMap(specularChart, mesh.indices, regions.specular, 1, [average(regions.specular)]), W.specularRegion),
    smoothnessPrior('roughness', level.roughnessSize, roughnessActive, W.roughnessSmooth),
    targetPrior('roughness by region', 'roughness', listOf(roughnessActive), vertexMap(roughnessChart, mesh.indices, regions.roughness, 1, [average(regions.roughness)]), W.roughnessRegion),
  ];
  if (m.normal) {
    const normalActive = dilate(texelChart(mesh, level.normalSize), CHART_MARGIN);
    priors.push(
      targetPrior('normal detail', 'normal', listOf(normalActive), createTexture(level.normalSize, level.normalSize, 3, [0, 0, 1]).data, W.normalFlat),
      lowFrequencyPrior('normal', level.normalSize, normalActive, Math.max(1, Math.round((NORMAL_REGION * level.normalSize) / 128)), W.normalLowFrequency),
    );
  }
  return priors;
}

/** The chart's texels and those within `margin` texels of one (Chebyshev distance), as a mask. */
function dilate(chart: TexelChart, margin: number): Uint8Array {
  const { size } = chart;
  const out = new Uint8Array(size * size);
  for (const o of chart.inside) {
    const x = o % size, y = (o - x) / size;
    for (let dy = -margin; dy <= margin; dy++) {
      const yy = y + dy;
      if (yy < 0 || yy >= size) continue;
      for (let dx = -margin; dx <= margin; dx++) {
        const xx = x + dx;
        if (xx >= 0 && xx < size) out[yy * size + xx] = 1;
      }
    }
  }
  return out;
}

function listOf(mask: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return Int32Array.from(out);
}

function allTexels(size: number): Int32Array {
  const out = new Int32Array(size * size);
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
}

function average(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x;
  return v.length ? s / v.length : 0;
}

function linearAlbedo(bake: BakeResult): Texture {
  const n = bake.size * bake.size;
  const data = new Float32Array(3 * n);
  for (let i = 0; i < 3 * n; i++) data[i] = SRGB_TO_LINEAR[bake.albedo[i]];
  return { width: bake.size, height: bake.size, channels: 3, data };
}

/** Texels a photo saw well (confidence of at least half of head-on). */
function wellSeen(bake: BakeResult): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < bake.confidence.length; i++) if (bake.confidence[i] >= 128) out.push(i);
  return Int32Array.from(out);
}

/** The texels of a size × size texture that fall on `texels` of a from × from one (nearest). */
function texelsAtSize(texels: Int32Array, from: number, size: number): Int32Array {
  if (from === size) return texels;
  const mask = new Uint8Array(from * from);
  for (const t of texels) mask[t] = 1;
  const out: number[] = [];
  for (let y = 0; y < size; y++) {
    const row = Math.floor((y * from) / size) * from;
    for (let x = 0; x < size; x++) if (mask[row + Math.floor((x * from) / size)]) out.push(y * size + x);
  }
  return Int32Array.from(out);
}
