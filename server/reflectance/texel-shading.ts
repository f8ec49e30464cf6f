/**
 * One photo's shading over the texture, for de-lighting the bake: per texel, what multiplies the
 * albedo (the diffuse irradiance, E + I (n·l)⁺ (1 − F)) and what adds to it (the specular
 * reflection), so that albedo = (colour − specular) / diffuse. Where the diffuse light is weak
 * (shadows, creases) that division amplifies noise and every error of the fitted shading, so
 * there the result leans on the coarse fitted albedo, which the priors keep plausible.
 *
 * Both come from the renderer itself (shade.ts) on a "texel view": the texture's texels as the
 * samples, each with its surface point's normal, tangent frame and direction to the camera, so
 * the de-lit bake divides out exactly the shading the fit explained the photo with. Shading is
 * smooth at the scale of the maps it reads (≤ 256² normals, coarser specular and roughness), so
 * it is computed on a coarse grid and read bilinearly at each texel of the full-size bake.
 */
import type { CameraFit, MeshBuffers } from '../types.js';
import { shadeView, type Material, type ViewLighting } from '../render/shade.js';
import { bilinearTaps, createTexture, type Texture } from '../render/texture.js';
import { buildShadingView } from '../render/view.js';
import { grazingWeight } from './grazing-weight.js';
import type { TexelChart } from './texel-chart.js';

/**
 * Reliability of the division by the diffuse irradiance, relative to the face's typical one: full
 * above the first value, none below the second, smooth between. It weights the view in the bake
 * and blends its de-lit colour towards the coarse albedo.
 */
const SHADOW_FULL = 0.35;
const SHADOW_NONE = 0.1;

export interface ShadingMaps {
  /** The coarse fitted albedo (linear RGB), leant on in shadow. */
  albedo: Texture;
  specular: Texture;
  roughness: Texture;
  normal?: Texture;
}

export interface TexelShading {
  size: number;
  /**
   * STRIDE per texel: diffuse RGB (multiplies the albedo), specular RGB (added regardless of the
   * albedo), reliability: how far from shadow the texel is (0..1, 0 where the grid knows
   * nothing), the coarse albedo (RGB), and how much the fit counted the photo's pixels there
   * (grazing-weight.ts; where it did not, its lighting at that normal is an extrapolation of
   * order-2 SH from the normals it did fit, whose colour strays: measured on grace_hopper, green
   * irradiance at the cheeks' edges and nostril wings a third of red's or less, against 0.9 facing
   * the camera). Texels just
   * outside the charts hold their neighbours' values, so a bilinear read anywhere inside a chart
   * needs no checks.
   */
  values: Float32Array;
}

/**
 * Where the fit explained no pixels, how much brighter than the coarse albedo the de-lit colour
 * may be. Measured on the sample photos (mean outliers of fitme eval's albedoOutliers): 1.3 cuts
 * them around the nostrils by a quarter with PSNR unchanged (±0.03 dB); 1 cuts more but costs
 * 0.1–0.15 dB.
 */
const UNFITTED_BRIGHTER = 1.3;

/** Rounds of growing the grid's values past the charts' edges (texels). */
const MARGIN = 3;
const STRIDE = 11;

export function texelShading(
  mesh: MeshBuffers,
  camera: CameraFit,
  chart: TexelChart,
  lighting: ViewLighting,
  maps: ShadingMaps,
  tangents?: Float32Array,
): TexelShading {
  const { size } = chart;
  const raster = { width: size, height: size, triangle: chart.triangle, bary: chart.bary, depth: new Float32Array(0) };
  // The texel grid as an image: buildShadingView reads the camera's pose and the raster's size only.
  const view = buildShadingView(mesh, { ...camera, width: size, height: size }, { raster, ...(maps.normal ? { tangents } : {}) });
  const taps = {
    albedo: bilinearTaps(view.uv, view.count, 1, 1),
    specular: bilinearTaps(view.uv, view.count, maps.specular.width, maps.specular.height),
    roughness: bilinearTaps(view.uv, view.count, maps.roughness.width, maps.roughness.height),
    ...(maps.normal ? { normal: bilinearTaps(view.uv, view.count, maps.normal.width, maps.normal.height) } : {}),
  };
  const albedoTaps = bilinearTaps(view.uv, view.count, maps.albedo.width, maps.albedo.height);
  const material = (albedo: number): Material => ({
    albedo: createTexture(1, 1, 3, [albedo, albedo, albedo]),
    specular: maps.specular,
    roughness: maps.roughness,
    normal: maps.normal,
    specularColorFactor: 1,
    specularFactor: 1,
  });
  const white = new Float32Array(3 * view.count), black = new Float32Array(3 * view.count);
  shadeView(view, taps, material(1), lighting, { colors: white });
  shadeView(view, taps, material(0), lighting, { colors: black });

  const values = new Float32Array(STRIDE * size * size);
  const facing: number[] = [];
  const n = view.normal, v = view.viewDir;
  const cos = new Float32Array(view.count);
  for (let i = 0; i < view.count; i++) {
    const o = STRIDE * view.pixel[i];
    for (let c = 0; c < 3; c++) {
      values[o + c] = white[3 * i + c] - black[3 * i + c];
      values[o + 3 + c] = black[3 * i + c];
      let a = 0;
      for (let j = 4 * i; j < 4 * i + 4; j++) a += albedoTaps.weight[j] * maps.albedo.data[3 * albedoTaps.index[j] + c];
      values[o + 7 + c] = a;
    }
    cos[i] = n[3 * i] * v[3 * i] + n[3 * i + 1] * v[3 * i + 1] + n[3 * i + 2] * v[3 * i + 2];
    if (cos[i] > 0.5) facing.push(luminance(values, o));
  }
  const sorted = Float64Array.from(facing).sort();
  const typical = sorted.length ? sorted[sorted.length >> 1] : 1;
  for (let i = 0; i < view.count; i++) {
    const o = STRIDE * view.pixel[i];
    const s = Math.min(1, Math.max(0, (luminance(values, o) / typical - SHADOW_NONE) / (SHADOW_FULL - SHADOW_NONE)));
    // Never exactly 0 inside: the texel is still known, only weakly.
    values[o + 6] = Math.max(1e-3, s * s * (3 - 2 * s));
    values[o + 10] = grazingWeight(cos[i]);
  }
  for (let r = 0; r < MARGIN; r++) grow(values, size);
  return { size, values };
}

/** One round of giving each empty texel the mean of its known 4-neighbours. */
function grow(values: Float32Array, size: number): void {
  const known = new Uint8Array(size * size);
  for (let i = 0; i < known.length; i++) known[i] = values[STRIDE * i + 6] > 0 ? 1 : 0;
  const add = (i: number, j: number): number => {
    if (!known[j]) return 0;
    for (let k = 0; k < STRIDE; k++) values[STRIDE * i + k] += values[STRIDE * j + k];
    return 1;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      if (known[i]) continue;
      const n = (x > 0 ? add(i, i - 1) : 0) + (x + 1 < size ? add(i, i + 1) : 0) + (y > 0 ? add(i, i - size) : 0) + (y + 1 < size ? add(i, i + size) : 0);
      if (n > 1) for (let k = 0; k < STRIDE; k++) values[STRIDE * i + k] /= n;
    }
  }
}

function luminance(values: Float32Array, o: number): number {
  return 0.2126 * values[o] + 0.7152 * values[o + 1] + 0.0722 * values[o + 2];
}

/** Scratch for delightSample (the bake is synchronous). */
const delit = new Float64Array(3), coarse = new Float64Array(3);

/**
 * Turns the linear colour in sample[1..3] of the point at UV (u, v) into albedo, in place, and
 * returns how much to trust it (0..1; 0 where the shading grid knows nothing). The albedo is
 * (colour − specular) / diffuse, with the coarse albedo's chromaticity where the fit did not
 * explain the photo there, limited to 1 keeping its colour, and blended towards the coarse albedo
 * as reliability falls.
 */
export function delightSample(shading: TexelShading, u: number, v: number, sample: Float32Array): number {
  const { size, values } = shading;
  const x = u * size - 0.5, y = v * size - 0.5;
  const xf = Math.floor(x), yf = Math.floor(y), ax = x - xf, ay = y - yf;
  const max = size - 1;
  const x0 = xf < 0 ? 0 : xf > max ? max : xf, x1 = xf + 1 > max ? max : xf + 1 < 0 ? 0 : xf + 1;
  const y0 = (yf < 0 ? 0 : yf > max ? max : yf) * size, y1 = (yf + 1 > max ? max : yf + 1 < 0 ? 0 : yf + 1) * size;
  const a = STRIDE * (y0 + x0), b = STRIDE * (y0 + x1), c = STRIDE * (y1 + x0), d = STRIDE * (y1 + x1);
  const wa = (1 - ax) * (1 - ay), wb = ax * (1 - ay), wc = (1 - ax) * ay, wd = ax * ay;
  const read = (k: number): number => wa * values[a + k] + wb * values[b + k] + wc * values[c + k] + wd * values[d + k];
  const rel = read(6);
  if (!(rel > 0)) return 0;
  const r = rel > 1 ? 1 : rel;
  for (let k = 0; k < 3; k++) {
    delit[k] = Math.max(0, sample[1 + k] - read(3 + k)) / Math.max(read(k), 1e-4);
    coarse[k] = read(7 + k);
  }
  const fitted = read(10);
  if (fitted < 1) {
    // Only the photo says how bright the texel is, but the colour of the extrapolated shading
    // is not to be trusted: the coarse albedo's chromaticity at the de-lit luminance, and that
    // no more than UNFITTED_BRIGHTER times the coarse albedo's (far brighter, the extrapolated
    // shading is too dark there: the rims of the nostril wings and the cheeks' edges).
    const cl = Math.max(luma(coarse), 1e-6);
    const k = Math.min(luma(delit), UNFITTED_BRIGHTER * cl) / cl;
    for (let j = 0; j < 3; j++) delit[j] = fitted * delit[j] + (1 - fitted) * k * coarse[j];
  }
  // An albedo above 1 means the shading was underestimated there. Clipped per channel (as the
  // 8-bit map would), skin turns yellow, its red clipping first; scaled down whole, it keeps its colour.
  const top = Math.max(delit[0], delit[1], delit[2]);
  const limit = top > 1 ? 1 / top : 1;
  for (let k = 0; k < 3; k++) sample[1 + k] = r * limit * delit[k] + (1 - r) * coarse[k];
  return r;
}

function luma(rgb: Float64Array): number {
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}
