/**
 * How much the reflectance fit counts a pixel seen at viewing-angle cosine `cos` (surface normal ·
 * direction to the camera): nothing below the first value, fully above the second, smooth
 * between. Pose errors move grazing pixels far across the surface, and their colours mix in
 * what lies beyond the silhouette, so the fit does not explain them. The de-lit bake uses the
 * same weight for how far the colour of the fitted shading can be trusted there
 * (texel-shading.ts): where the fit explained no pixels, its lighting at those normals is
 * extrapolation.
 */
const GRAZING_COS = [0.15, 0.45];

export function grazingWeight(cos: number): number {
  const [c0, c1] = GRAZING_COS;
  const s = Math.min(1, Math.max(0, (cos - c0) / (c1 - c0)));
  return s * s * (3 - 2 * s);
}
