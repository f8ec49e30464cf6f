/**
 * The reflectance fit's energy over one or more photos of one person: one set of maps, one
 * lighting per photo. The photometric term is the mean robust residual over each photo's face
 * pixels; priors (regularisers standing in for a learned reflectance model) are added through
 * the `Prior` hook. Gradients stay sparse: only the texels some pixel (or prior) reads are zeroed,
 * accumulated and updated. evaluateSplit takes the photometric term over several threads
 * (pixel-pool.ts) and the priors on this one meanwhile.
 */
import { shadeSamples, type PhotometricInputs } from './sample-range.js';
import type { LightingGradient, Material, MaterialGradient, ViewLighting, ViewTaps } from './shade.js';
import { bilinearTaps, touchedTexels, zeroTexels, type Texture } from './texture.js';
import type { ShadingView } from './view.js';

export type MapName = 'albedo' | 'specular' | 'roughness' | 'normal';
/** The maps every material has; a normal map is optional. */
export const MAP_NAMES: readonly MapName[] = ['albedo', 'specular', 'roughness'];

export interface EnergyGradient {
  material: MaterialGradient;
  lighting: LightingGradient[]; // one per view
}

/** A regulariser. It adds its gradient into `gradient` when given, and returns its energy. */
export interface Prior {
  name: string;
  /** Texels whose gradient the prior writes besides those the photos see, per map. */
  touched?: Partial<Record<MapName, Int32Array>>;
  evaluate(material: Material, lighting: readonly ViewLighting[], gradient?: EnergyGradient): number;
}

export interface EnergyOptions {
  /** Charbonnier scale δ of the photometric residual, linear units (default 0.03). */
  delta?: number;
  /** Per view: its share of the photometric term (default equal shares). */
  viewWeights?: number[];
  priors?: Prior[];
}

export interface EnergyValue {
  total: number;
  photometric: number;
  priors: Record<string, number>;
}

/**
 * The photometric term split over several threads (server/render/pixel-pool.ts): it returns the
 * term's value and adds its gradient into `gradient` (zeroed by the caller on the touched texels),
 * running `meanwhile` on the calling thread while the other threads shade.
 */
export interface SplitPhotometric {
  evaluate(material: Material, lighting: readonly ViewLighting[], gradient: EnergyGradient | undefined, meanwhile: () => void): Promise<number>;
}

/**
 * Evaluates the energy and writes its gradient (on the touched texels and the lighting): what the
 * descent steps on. ReflectanceEnergy is one (analytic, on this thread); split() spreads its pixel
 * pass over threads, and the tfjs energy (tfjs-evaluator.ts) computes the same total by autodiff.
 */
export interface EnergyEvaluator {
  evaluate(material: Material, lighting: readonly ViewLighting[], gradient: EnergyGradient): EnergyValue | Promise<EnergyValue>;
}

export class ReflectanceEnergy implements PhotometricInputs, EnergyEvaluator {
  readonly taps: ViewTaps[];
  /** Per map, the texels whose gradient can be nonzero: the only ones a step needs to touch (none for an absent normal map). */
  readonly touched: Record<MapName, Int32Array>;
  /** Charbonnier δ of the photometric term. */
  readonly delta: number;
  /** Per view: the factor on its weighted residual sum, its share divided by its total pixel weight. */
  readonly scales: number[];
  private readonly priors: Prior[];

  /** `sizes`: of each map; with a `normal` size, every view needs tangent frames (buildShadingView's `tangents`). */
  constructor(
    readonly views: ShadingView[],
    sizes: Record<'albedo' | 'specular' | 'roughness', Pick<Texture, 'width' | 'height'>> & { normal?: Pick<Texture, 'width' | 'height'> },
    opts: EnergyOptions = {},
  ) {
    this.delta = opts.delta ?? 0.03;
    this.priors = opts.priors ?? [];
    const shares = opts.viewWeights ?? views.map(() => 1);
    const shareSum = shares.reduce((a, b) => a + b, 0);
    this.scales = views.map((v, i) => {
      let w = 0;
      for (let k = 0; k < v.count; k++) w += v.weight[k];
      return w > 0 ? shares[i] / shareSum / w : 0;
    });
    const normal = sizes.normal;
    this.taps = views.map((v) => ({
      albedo: bilinearTaps(v.uv, v.count, sizes.albedo.width, sizes.albedo.height),
      specular: bilinearTaps(v.uv, v.count, sizes.specular.width, sizes.specular.height),
      roughness: bilinearTaps(v.uv, v.count, sizes.roughness.width, sizes.roughness.height),
      ...(normal ? { normal: bilinearTaps(v.uv, v.count, normal.width, normal.height) } : {}),
    }));
    const touched = { normal: new Int32Array(0) } as Record<MapName, Int32Array>;
    for (const name of normal ? [...MAP_NAMES, 'normal' as const] : MAP_NAMES) {
      const extra = this.priors.flatMap((p) => (p.touched?.[name] ? [p.touched[name]!] : []));
      touched[name] = touchedTexels(this.taps.map((t) => t[name]!), extra);
    }
    this.touched = touched;
  }

  /** The energy at (material, lighting); with `gradient`, also its gradient (overwritten on the touched texels). */
  evaluate(material: Material, lighting: readonly ViewLighting[], gradient?: EnergyGradient): EnergyValue {
    if (gradient) zeroGradient(gradient, this.touched, material);
    let photometric = 0;
    for (let v = 0; v < this.views.length; v++) {
      photometric += shadeSamples(this, v, 0, this.views[v].count, material, lighting[v], gradient && { material: gradient.material, lighting: gradient.lighting[v] });
    }
    return withPriors(photometric, this.evaluatePriors(material, lighting, gradient));
  }

  /** evaluate() with the photometric term split over threads; the priors run on this thread meanwhile. */
  async evaluateSplit(split: SplitPhotometric, material: Material, lighting: readonly ViewLighting[], gradient?: EnergyGradient): Promise<EnergyValue> {
    if (gradient) zeroGradient(gradient, this.touched, material);
    let priors: PriorTerms = [];
    const photometric = await split.evaluate(material, lighting, gradient, () => (priors = this.evaluatePriors(material, lighting, gradient)));
    return withPriors(photometric, priors);
  }

  /** This energy with its photometric term split over threads (`pass`), as an evaluator for the descent. */
  split(pass: SplitPhotometric): EnergyEvaluator {
    return { evaluate: (material, lighting, gradient) => this.evaluateSplit(pass, material, lighting, gradient) };
  }

  /**
   * The total for a photometric term computed elsewhere (whose gradient is already in `gradient`,
   * zero on the texels only priors touch): the priors' energies added, and their gradients into `gradient`.
   */
  withPriors(photometric: number, material: Material, lighting: readonly ViewLighting[], gradient?: EnergyGradient): EnergyValue {
    return withPriors(photometric, this.evaluatePriors(material, lighting, gradient));
  }

  private evaluatePriors(material: Material, lighting: readonly ViewLighting[], gradient: EnergyGradient | undefined): PriorTerms {
    return this.priors.map((p) => [p.name, p.evaluate(material, lighting, gradient)]);
  }
}

type PriorTerms = [name: string, energy: number][];

function withPriors(photometric: number, terms: PriorTerms): EnergyValue {
  const priors: Record<string, number> = {};
  let total = photometric;
  for (const [name, e] of terms) {
    priors[name] = e;
    total += e;
  }
  return { total, photometric, priors };
}

/** Zeroes the gradient on the touched texels (all that a pass or prior writes) and the lighting's. */
export function zeroGradient(gradient: EnergyGradient, touched: Record<MapName, Int32Array>, material: Material): void {
  zeroTexels(gradient.material.albedo, touched.albedo, material.albedo.channels);
  zeroTexels(gradient.material.specular, touched.specular, material.specular.channels);
  zeroTexels(gradient.material.roughness, touched.roughness, material.roughness.channels);
  if (gradient.material.normal) zeroTexels(gradient.material.normal, touched.normal, 3);
  for (const g of gradient.lighting) {
    g.sh.fill(0);
    g.direction.fill(0);
    g.color.fill(0);
  }
}

/** A zero gradient for the material's maps and `viewCount` lightings; `shared`: in SharedArrayBuffers, for a pixel worker to add into. */
export function createEnergyGradient(material: Material, viewCount: number, shared = false): EnergyGradient {
  const f32 = (n: number) => (shared ? new Float32Array(new SharedArrayBuffer(4 * n)) : new Float32Array(n));
  const f64 = (n: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * n)) : new Float64Array(n));
  return {
    material: {
      albedo: f32(material.albedo.data.length),
      specular: f32(material.specular.data.length),
      roughness: f32(material.roughness.data.length),
      ...(material.normal ? { normal: f32(material.normal.data.length) } : {}),
    },
    lighting: Array.from({ length: viewCount }, () => ({ sh: f64(27), direction: f64(3), color: f64(3) })),
  };
}
