/**
 * The specular lobe of glTF's metallic-roughness material for a dielectric (glTF 2.0
 * specification, Appendix B), with KHR_materials_specular's Fresnel terms, and the partial
 * derivatives the differentiable renderer needs.
 *
 *   α = roughness²                                   (perceptual roughness, as glTF stores it)
 *   D = α² / (π ((n·h)² (α² − 1) + 1)²)              Trowbridge-Reitz / GGX
 *   V = 0.5 / ((n·l) √((n·v)² (1 − α²) + α²) + (n·v) √((n·l)² (1 − α²) + α²))
 *                                                    Smith height-correlated, G / (4 (n·l)(n·v))
 *   F = F0 + (F90 − F0) (1 − v·h)⁵                   Schlick
 *   F0 = min(0.04 × specularColor, 1) × specular,  F90 = specular        (KHR_materials_specular,
 *        ior 1.5: ((1.5 − 1) / (1.5 + 1))² = 0.04; specularColor = specularColorFactor ×
 *        specularColorTexture.rgb, specular = specularFactor × specularTexture.a; the fit's
 *        specular map is specularTexture.a, see shade.ts)
 *   dielectric BRDF = (1 − F) × albedo / π + F × D × V
 *
 * Dot products are clamped to [0, 1] as the Khronos sample viewer does; where a clamp is active
 * the derivative through it is zero, as for the clamped function itself.
 */

/** F0 of a dielectric with ior 1.5, before KHR_materials_specular scales it. */
export const DIELECTRIC_F0 = 0.04;

/**
 * G = D × V at the given cosines and α² = roughness⁴, and its partial derivatives.
 * out[0] = G, out[1] = ∂G/∂(n·l), out[2] = ∂G/∂(n·h), out[3] = ∂G/∂α², out[4] = ∂G/∂(n·v)
 * (the last is needed where a normal map moves n).
 */
export function ggxLobe(NdotL: number, NdotV: number, NdotH: number, alpha2: number, out: Float64Array): void {
  const d = NdotH * NdotH * (alpha2 - 1) + 1;
  const invPd3 = 1 / (Math.PI * d * d * d);
  const D = alpha2 * d * invPd3;
  const dD_dNdotH = -4 * alpha2 * NdotH * (alpha2 - 1) * invPd3;
  const dD_dAlpha2 = (d - 2 * alpha2 * NdotH * NdotH) * invPd3;
  const oneMinus = 1 - alpha2;
  const A = Math.sqrt(NdotV * NdotV * oneMinus + alpha2);
  const B = Math.sqrt(NdotL * NdotL * oneMinus + alpha2);
  const S = NdotL * A + NdotV * B;
  if (!(S > 0)) {
    // glTF: the visibility term is 0 where its denominator vanishes (grazing light and view).
    out[0] = out[1] = out[2] = out[3] = out[4] = 0;
    return;
  }
  const V = 0.5 / S;
  const VoverS = V / S;
  const halfInvA = 0.5 / A, invB = 1 / B;
  const dV_dNdotL = -VoverS * (A + NdotV * NdotL * oneMinus * invB);
  const dV_dNdotV = -VoverS * (B + NdotL * NdotV * oneMinus * 2 * halfInvA);
  const dV_dAlpha2 = -VoverS * (NdotL * (1 - NdotV * NdotV) * halfInvA + NdotV * (1 - NdotL * NdotL) * 0.5 * invB);
  out[0] = D * V;
  out[1] = D * dV_dNdotL;
  out[2] = dD_dNdotH * V;
  out[3] = dD_dAlpha2 * V + D * dV_dAlpha2;
  out[4] = D * dV_dNdotV;
}

/** Schlick's (1 − v·h)⁵, the weight of F90 − F0 in F. */
export function schlickWeight(VdotH: number): number {
  const m = 1 - VdotH;
  const m2 = m * m;
  return m2 * m2 * m;
}

/** ∂/∂(v·h) of schlickWeight. */
export function schlickWeightDerivative(VdotH: number): number {
  const m = 1 - VdotH;
  const m2 = m * m;
  return -5 * m2 * m2;
}
