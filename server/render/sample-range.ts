/**
 * The photometric term over a range of one view's samples: what one thread of a split pixel pass
 * computes (pixel-pool.ts), and, over whole views, the single-threaded pass. Ranges are zero-copy
 * subarrays of the view and its taps, so every thread runs the same shadeView on its part.
 */
import { SH_COEFFICIENTS } from '../reflectance/sh.js';
import { shadeView, type LightingGradient, type Material, type MaterialGradient, type ViewLighting, type ViewTaps } from './shade.js';
import type { TexelTaps } from './texture.js';
import type { ShadingView } from './view.js';

/** What the photometric term needs besides the parameters: the views, their taps and the loss. */
export interface PhotometricInputs {
  views: readonly ShadingView[];
  taps: readonly ViewTaps[];
  /** Charbonnier δ. */
  delta: number;
  /** Per view: the factor on its weighted residual sum. */
  scales: readonly number[];
}

/**
 * Samples [start, end) of view v: their energy, and with `gradient` their gradient added into it
 * (samples in scan order, so a range is a band of image rows).
 */
export function shadeSamples(
  inputs: PhotometricInputs,
  v: number,
  start: number,
  end: number,
  material: Material,
  lighting: ViewLighting,
  gradient?: { material: MaterialGradient; lighting: LightingGradient },
): number {
  if (end <= start) return 0;
  const whole = start === 0 && end === inputs.views[v].count;
  const view = whole ? inputs.views[v] : sliceView(inputs.views[v], start, end);
  const taps = whole ? inputs.taps[v] : sliceTaps(inputs.taps[v], start, end);
  return shadeView(view, taps, material, lighting, { loss: { delta: inputs.delta, scale: inputs.scales[v] }, gradient });
}

function sliceView(view: ShadingView, start: number, end: number): ShadingView {
  const part = <T extends Float32Array | Int32Array>(a: T, k: number) => a.subarray(k * start, k * end) as T;
  return {
    width: view.width,
    height: view.height,
    count: end - start,
    pixel: part(view.pixel, 1),
    uv: part(view.uv, 2),
    normal: part(view.normal, 3),
    viewDir: part(view.viewDir, 3),
    basis: part(view.basis, SH_COEFFICIENTS),
    target: part(view.target, 3),
    weight: part(view.weight, 1),
    ...(view.tangent ? { tangent: part(view.tangent, 3) } : {}),
    ...(view.bitangent ? { bitangent: part(view.bitangent, 3) } : {}),
  };
}

function sliceTaps(taps: ViewTaps, start: number, end: number): ViewTaps {
  const part = (t: TexelTaps): TexelTaps => ({ width: t.width, height: t.height, index: t.index.subarray(4 * start, 4 * end), weight: t.weight.subarray(4 * start, 4 * end) });
  return {
    albedo: part(taps.albedo),
    specular: part(taps.specular),
    roughness: part(taps.roughness),
    ...(taps.normal ? { normal: part(taps.normal) } : {}),
  };
}
