/**
 * Regularisers of the reflectance fit, standing in for a learned reflectance model: each is a
 * Prior on the differentiable renderer's energy (server/render/energy.ts), quadratic in one map's
 * texels, with its analytic gradient. Each is the mean of its terms times its weight, so a weight
 * means the same at every map size when pixels per texel stay the same (the fit keeps them so).
 */
import type { EnergyGradient, MapName, Prior } from '../render/energy.js';
import type { Material } from '../render/shade.js';
import type { Texture } from '../render/texture.js';
import type { MirrorTaps } from './texel-chart.js';

function texture(material: Material, map: MapName): Texture {
  const t = material[map];
  if (!t) throw new Error(`prior on the ${map} map, which the material does not have`);
  return t;
}

function gradientOf(gradient: EnergyGradient, map: MapName): Float32Array {
  const g = gradient.material[map];
  if (!g) throw new Error(`prior on the ${map} map, which the gradient does not have`);
  return g;
}

/** The texels set in `active`, ascending. */
function listOf(active: Uint8Array): Int32Array {
  let n = 0;
  for (let i = 0; i < active.length; i++) if (active[i]) n++;
  const out = new Int32Array(n);
  for (let i = 0, j = 0; i < active.length; i++) if (active[i]) out[j++] = i;
  return out;
}

/**
 * Smoothness: Σ (x_i − x_j)² over every pair of horizontally or vertically neighbouring texels
 * that are both active (a square map `size` wide), all channels.
 */
export function smoothnessPrior(map: MapName, size: number, active: Uint8Array, weight: number): Prior {
  const pair = neighbourPairs(size, active);
  const scale = pair.length ? (2 * weight) / pair.length : 0;
  return {
    name: `${map} smoothness`,
    touched: { [map]: listOf(active) },
    evaluate(material: Material, _lighting, gradient?: EnergyGradient): number {
      const { data, channels } = texture(material, map);
      const g = gradient ? gradientOf(gradient, map) : undefined;
      return channels === 1 ? smoothness1(data, pair, scale, g) : smoothnessN(data, channels, pair, scale, g);
    },
  };
}

/** Right and down neighbours that are both active, as index pairs. */
function neighbourPairs(size: number, active: Uint8Array): Int32Array {
  const pairs: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      if (!active[i]) continue;
      if (x + 1 < size && active[i + 1]) pairs.push(i, i + 1);
      if (y + 1 < size && active[i + size]) pairs.push(i, i + size);
    }
  }
  return Int32Array.from(pairs);
}

// Kept apart per channel count: one generic loop over channels ran ~3x slower.
function smoothness1(data: Float32Array, pair: Int32Array, scale: number, g: Float32Array | undefined): number {
  let e = 0;
  const k = 2 * scale;
  for (let p = 0; p < pair.length; p += 2) {
    const a = pair[p], b = pair[p + 1];
    const d = data[a] - data[b];
    e += d * d;
    if (g) {
      g[a] += k * d;
      g[b] -= k * d;
    }
  }
  return scale * e;
}

function smoothnessN(data: Float32Array, channels: number, pair: Int32Array, scale: number, g: Float32Array | undefined): number {
  let e = 0;
  const k = 2 * scale;
  for (let p = 0; p < pair.length; p += 2) {
    const a = pair[p] * channels, b = pair[p + 1] * channels;
    for (let c = 0; c < channels; c++) {
      const d = data[a + c] - data[b + c];
      e += d * d;
      if (g) {
        g[a + c] += k * d;
        g[b + c] -= k * d;
      }
    }
  }
  return scale * e;
}

/**
 * Smooth chromaticity: Σ ρ(|c_i − c_j|) over active neighbour pairs of an RGB map, c = rgb / (r +
 * g + b), ρ the Charbonnier penalty ρ(d) = δ² (√(1 + d²/δ²) − 1) (quadratic below δ, linear
 * above, so real colour edges such as the lips cost little more than a shallow step). Skin's
 * colour varies slowly while its brightness may not; a highlight or a shadow the albedo tried to
 * absorb shifts its chromaticity towards the light's colour, and this prior makes the lighting
 * and the specular maps explain them instead.
 */
export function chromaSmoothnessPrior(map: MapName, size: number, active: Uint8Array, weight: number, delta: number): Prior {
  const pair = neighbourPairs(size, active);
  const list = listOf(active);
  const scale = pair.length ? (2 * weight) / pair.length : 0;
  const d2 = delta * delta;
  // Per texel: chromaticity and the gradient with respect to it (3 each), reused across calls.
  const chroma = new Float64Array(3 * size * size), gChroma = new Float64Array(3 * size * size);
  return {
    name: `${map} chromaticity smoothness`,
    touched: { [map]: list },
    evaluate(material: Material, _lighting, gradient?: EnergyGradient): number {
      const { data, channels } = texture(material, map);
      if (channels !== 3) throw new Error(`chromaticity prior on a ${channels}-channel map`);
      const g = gradient ? gradientOf(gradient, map) : undefined;
      for (let i = 0; i < list.length; i++) {
        const o = 3 * list[i];
        const sum = data[o] + data[o + 1] + data[o + 2];
        const inv = sum > 1e-6 ? 1 / sum : 0;
        chroma[o] = data[o] * inv;
        chroma[o + 1] = data[o + 1] * inv;
        chroma[o + 2] = data[o + 2] * inv;
        gChroma[o] = gChroma[o + 1] = gChroma[o + 2] = 0;
      }
      let e = 0;
      for (let p = 0; p < pair.length; p += 2) {
        const a = 3 * pair[p], b = 3 * pair[p + 1];
        const d0 = chroma[a] - chroma[b], d1 = chroma[a + 1] - chroma[b + 1], d2c = chroma[a + 2] - chroma[b + 2];
        const q = Math.sqrt(1 + (d0 * d0 + d1 * d1 + d2c * d2c) / d2);
        e += q - 1;
        if (!g) continue;
        const k = 1 / q; // ∂ρ/∂d = d / q
        gChroma[a] += k * d0;
        gChroma[a + 1] += k * d1;
        gChroma[a + 2] += k * d2c;
        gChroma[b] -= k * d0;
        gChroma[b + 1] -= k * d1;
        gChroma[b + 2] -= k * d2c;
      }
      if (g) {
        // c_k = x_k / s: ∂/∂x_m = (g_m − Σ_k g_k c_k) / s.
        for (let i = 0; i < list.length; i++) {
          const o = 3 * list[i];
          const sum = data[o] + data[o + 1] + data[o + 2];
          if (!(sum > 1e-6)) continue;
          const along = gChroma[o] * chroma[o] + gChroma[o + 1] * chroma[o + 1] + gChroma[o + 2] * chroma[o + 2];
          const k = scale / sum;
          g[o] += k * (gChroma[o] - along);
          g[o + 1] += k * (gChroma[o + 1] - along);
          g[o + 2] += k * (gChroma[o + 2] - along);
        }
      }
      return scale * d2 * e;
    },
  };
}

/**
 * No tilt at large scale: Σ |B(x)|² over the active texels, with B a (2 radius + 1)² box average
 * of channels 0 and 1 (a normal map's tangent-space x and y). Detail normals may tilt texel by
 * texel, but a tilt that persists over a region is the shape's (the geometry fit's) or the
 * lighting's to explain, not the normal map's.
 */
export function lowFrequencyPrior(map: MapName, size: number, active: Uint8Array, radius: number, weight: number): Prior {
  const list = listOf(active);
  const scale = list.length ? weight / list.length : 0;
  const plane = new Float32Array(size * size), blurred = new Float32Array(size * size), back = new Float32Array(size * size);
  const tmp = new Float32Array(size * size);
  return {
    name: `${map} low frequencies`,
    touched: { [map]: list },
    evaluate(material: Material, _lighting, gradient?: EnergyGradient): number {
      const { data, channels } = texture(material, map);
      const g = gradient ? gradientOf(gradient, map) : undefined;
      let e = 0;
      for (let c = 0; c < 2; c++) {
        plane.fill(0);
        for (let i = 0; i < list.length; i++) plane[list[i]] = data[list[i] * channels + c];
        boxAverage(plane, size, radius, tmp, blurred);
        for (let i = 0; i < list.length; i++) e += blurred[list[i]] ** 2;
        if (!g) continue;
        // E = Σ_active (B x)²: ∂E/∂x = 2 Bᵀ (mask · B x), and B is symmetric.
        plane.fill(0);
        for (let i = 0; i < list.length; i++) plane[list[i]] = blurred[list[i]];
        boxAverage(plane, size, radius, tmp, back);
        for (let i = 0; i < list.length; i++) g[list[i] * channels + c] += 2 * scale * back[list[i]];
      }
      return scale * e;
    },
  };
}

/** Separable box average with a fixed divisor (2r + 1)² and zeros beyond the edges: a symmetric operator. */
function boxAverage(src: Float32Array, size: number, r: number, tmp: Float32Array, out: Float32Array): void {
  const k = 1 / ((2 * r + 1) * (2 * r + 1));
  for (let y = 0; y < size; y++) {
    const row = y * size;
    let s = 0;
    for (let x = 0; x < Math.min(r, size); x++) s += src[row + x];
    for (let x = 0; x < size; x++) {
      if (x + r < size) s += src[row + x + r];
      if (x - r - 1 >= 0) s -= src[row + x - r - 1];
      tmp[row + x] = s;
    }
  }
  for (let x = 0; x < size; x++) {
    let s = 0;
    for (let y = 0; y < Math.min(r, size); y++) s += tmp[y * size + x];
    for (let y = 0; y < size; y++) {
      if (y + r < size) s += tmp[(y + r) * size + x];
      if (y - r - 1 >= 0) s -= tmp[(y - r - 1) * size + x];
      out[y * size + x] = s * k;
    }
  }
}

/**
 * Left–right symmetry: Σ |x_i − x(mirror point of i)|² over the texels with a mirror point, the
 * mirror point read bilinearly (texel-chart.ts). Both sides are pulled towards each other.
 */
export function mirrorPrior(map: MapName, taps: MirrorTaps, weight: number): Prior {
  const n = taps.texels.length;
  const scale = n ? weight / n : 0;
  const touched = new Set<number>(taps.texels);
  for (let k = 0; k < taps.index.length; k++) if (taps.weight[k] !== 0) touched.add(taps.index[k]);
  return {
    name: `${map} symmetry`,
    touched: { [map]: Int32Array.from([...touched].sort((a, b) => a - b)) },
    evaluate(material: Material, _lighting, gradient?: EnergyGradient): number {
      const { data, channels } = texture(material, map);
      const g = gradient ? gradientOf(gradient, map) : undefined;
      let e = 0;
      for (let c = 0; c < channels; c++) e += mirrorChannel(data, channels, c, taps, scale, g);
      return e;
    },
  };
}

/** One channel of mirrorPrior's energy, its gradient added into g. */
function mirrorChannel(data: Float32Array, channels: number, c: number, taps: MirrorTaps, scale: number, g: Float32Array | undefined): number {
  const { texels, index, weight: w } = taps;
  const k = 2 * scale;
  let e = 0;
  for (let i = 0; i < texels.length; i++) {
    const j = 4 * i;
    const i0 = index[j] * channels + c, i1 = index[j + 1] * channels + c, i2 = index[j + 2] * channels + c, i3 = index[j + 3] * channels + c;
    const w0 = w[j], w1 = w[j + 1], w2 = w[j + 2], w3 = w[j + 3];
    const o = texels[i] * channels + c;
    const d = data[o] - (w0 * data[i0] + w1 * data[i1] + w2 * data[i2] + w3 * data[i3]);
    e += d * d;
    if (g) {
      const gd = k * d;
      g[o] += gd;
      g[i0] -= gd * w0;
      g[i1] -= gd * w1;
      g[i2] -= gd * w2;
      g[i3] -= gd * w3;
    }
  }
  return scale * e;
}

/**
 * A pull towards given values: Σ_i w_i |x_i − target_i|² / Σ_i w_i over the listed texels, with
 * per-texel weights w (1 when omitted). `target` has the map's layout (channels per texel).
 */
export function targetPrior(name: string, map: MapName, texels: Int32Array, target: Float32Array, weight: number, texelWeight?: Float32Array): Prior {
  let sw = 0;
  for (const t of texels) sw += texelWeight ? texelWeight[t] : 1;
  const scale = sw > 0 ? weight / sw : 0;
  return {
    name,
    touched: { [map]: texels },
    evaluate(material: Material, _lighting, gradient?: EnergyGradient): number {
      const { data, channels } = texture(material, map);
      const g = gradient ? gradientOf(gradient, map) : undefined;
      let e = 0;
      for (let i = 0; i < texels.length; i++) {
        const t = texels[i];
        const w = texelWeight ? scale * texelWeight[t] : scale;
        for (let c = t * channels, end = c + channels; c < end; c++) {
          const d = data[c] - target[c];
          e += w * d * d;
          if (g) g[c] += 2 * w * d;
        }
      }
      return e;
    },
  };
}
