/**
 * Plausible skin colour, where photometry cannot decide it. A photo shows albedo × light per
 * colour channel, so albedo × k_c with light / k_c (for the SH and the key light's colour) renders
 * the same diffuse image: the photo alone cannot tell a warm face under white light from a pale
 * one under warm light. The fit settles it as a learned albedo model would, by the face's skin
 * colour: the median chromaticity of its well-seen texels is brought within the range of real
 * skin, and its brightness too, moving only as far as needed. What leaves the albedo goes into
 * the lighting.
 *
 * The brightness is held where the start put it (lighting.ts: the albedo as bright as the photo
 * shows the face, the light averaging 1 over it): the descent cannot observe it and otherwise
 * drifts it (the astronaut's skin 0.42 → 0.33, and by up to 2.75× while the gauge read a handful
 * of mouth texels), which moves the avatar's brightness in a viewer's fixed light.
 *
 * The specular strength takes the albedo's change of brightness, so the highlights (specular ×
 * light) stay as bright as they were: a gauge change after the fit's last level would otherwise
 * leave them off by that factor, and the key light is not free to take it up.
 */
import type { Material, ViewLighting } from '../render/shade.js';
import { median } from './median.js';

/**
 * Skin in log-chromaticity (ln R/G, ln B/G of linear albedo): a disc around R/G ≈ 1.9,
 * B/G ≈ 0.66. Skin's chromaticity varies little with its darkness (melanin darkens all channels,
 * red least): the ColorChecker's light and dark skin patches have linear R/G 1.77 and 2.03, B/G
 * 0.73 and 0.68; the disc's radius admits R/G 1.5–2.4 and B/G 0.52–0.85.
 */
const SKIN: [number, number] = [Math.log(1.9), Math.log(0.66)];
const TOLERANCE = 0.24;
/** Range of the skin's median luminance (linear albedo). */
const MIN_LUMINANCE = 0.06;
const MAX_LUMINANCE = 0.6;

/**
 * Moves the material's albedo (on all texels) and the lighting by per-channel factors so that the
 * median chromaticity of `texels` is plausible for skin, and their median luminance too, or
 * equal to `luminance` when given (what an earlier call returned). Returns the skin's median
 * luminance after the change (undefined when too few texels were given to tell).
 */
export function fixSkinGauge(material: Material, lighting: ViewLighting[], texels: Int32Array, luminance?: number): number | undefined {
  const a = material.albedo.data;
  const lr: number[] = [], lb: number[] = [], lum: number[] = [];
  for (const t of texels) {
    const r = a[3 * t], g = a[3 * t + 1], b = a[3 * t + 2];
    if (!(r > 1e-4 && g > 1e-4 && b > 1e-4)) continue;
    lr.push(Math.log(r / g));
    lb.push(Math.log(b / g));
    lum.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
  }
  if (lr.length < 16) return luminance;
  const p: [number, number] = [median(lr), median(lb)];
  const q = SKIN;
  const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
  const chroma = d > TOLERANCE ? [q[0] + ((p[0] - q[0]) * TOLERANCE) / d, q[1] + ((p[1] - q[1]) * TOLERANCE) / d] : p;
  const k = [Math.exp(chroma[0] - p[0]), 1, Math.exp(chroma[1] - p[1])];
  // Luminance after the chromaticity change, approximately (a grey-ish texel's change).
  const y = median(lum) * (0.2126 * k[0] + 0.7152 + 0.0722 * k[2]);
  const target = luminance ?? Math.min(MAX_LUMINANCE, Math.max(MIN_LUMINANCE, y));
  const scale = target / y;
  const factors = [k[0] * scale, scale, k[2] * scale];
  if (factors.every((f) => Math.abs(f - 1) < 1e-6)) return target;
  for (let i = 0; i < a.length; i += 3) {
    for (let c = 0; c < 3; c++) a[i + c] = Math.min(1, a[i + c] * factors[c]);
  }
  const specular = material.specular.data;
  for (let i = 0; i < specular.length; i++) specular[i] = Math.min(1, specular[i] * scale);
  for (const l of lighting) {
    for (let c = 0; c < 3; c++) {
      for (let j = 0; j < 9; j++) l.sh[9 * c + j] /= factors[c];
      l.color[c] /= factors[c];
    }
  }
  return target;
}
