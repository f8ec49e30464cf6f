/**
 * The image formation model of the reflectance fit, and its analytic gradient. Per covered pixel,
 * with n the surface normal, v the direction to the camera and l the direction to the light (unit
 * vectors in camera space, glTF camera axes), and texture values sampled bilinearly at the
 * pixel's UV:
 *
 *   pixel_c = albedo_c × E_c(n)
 *           + I_c × (n·l)⁺ × [ (1 − F) × albedo_c + π × F × D × V ]          (c = r, g, b)
 *
 * in linear light, compared with the sRGB-decoded photo.
 *   E_c(n) = Σ_k sh[9c + k] Y_k(n): order-2 SH irradiance exactly as Lighting in
 *       proto/fitme.proto defines it (basis and constants in server/reflectance/sh.ts): the
 *       ambient light, diffuse only.
 *   I_c: the colour of one directional light, scaled so that albedo 1 lit head-on gives pixel I_c
 *       (a glTF KHR_lights_punctual directional light of intensity π I_c lux does that at
 *       exposure 1: Lambert's albedo / π × π I_c × (n·l)).
 *   F, D, V: server/render/brdf.ts, i.e. glTF's dielectric BRDF with KHR_materials_specular,
 *       where the specular map s is the extension's strength (specularTexture.a):
 *       F0 = min(0.04 × specularColorFactor, 1) × s × specularFactor, F90 = s × specularFactor,
 *       and α = roughness². The export writes exactly this (server/export/glb.ts, docs/materials.md).
 *   n: the interpolated vertex normal, or, with a normal map, glTF's tangent-space normal as the
 *       Khronos sample viewer computes it: t = texel (x, y, z) decoded to [-1, 1] and normalised,
 *       n = normalize(t.x T + t.y B + t.z N) with the view's interpolated, normalised tangent frame
 *       (see view.ts). The map stores that decoded vector; the export writes (t + 1) / 2.
 *
 * So under a directional light the fit renders exactly what a glTF viewer renders for
 * `baseColorTexture` = albedo, metallic 0, `roughness`, `KHR_materials_specular` as above; the SH
 * term is the viewer's diffuse image-based light with its specular reflection switched off
 * (engines: ambient probe or SH ambient on, reflection probes off). A viewer that also scales the
 * diffuse ambient by (1 − F) — the Khronos sample viewer does, with its split-sum F, ≈ 0.96
 * head-on for skin — renders that term up to that factor.
 */
import { shBasis, SH_COEFFICIENTS } from '../reflectance/sh.js';
import { DIELECTRIC_F0, ggxLobe, schlickWeight, schlickWeightDerivative } from './brdf.js';
import type { TexelTaps, Texture } from './texture.js';
import type { ShadingView } from './view.js';

export interface Material {
  albedo: Texture; // 3 channels: glTF base colour in linear units
  specular: Texture; // 1 channel: s above, KHR_materials_specular strength (specularTexture.a, linear)
  roughness: Texture; // 1 channel: glTF perceptual roughness
  /** 3 channels: the tangent-space normal decoded to [-1, 1] (any length; read normalised). Needs the view's tangent frames. */
  normal?: Texture;
  specularColorFactor: number; // KHR_materials_specular specularColorFactor (grey)
  specularFactor: number; // KHR_materials_specular specularFactor
}

/** One photo's light, camera space. */
export interface ViewLighting {
  sh: Float32Array; // 27: r0..r8, g0..g8, b0..b8
  direction: Float32Array; // 3: towards the light, any nonzero length
  color: Float32Array; // 3: I_c
}

export interface MaterialGradient {
  albedo: Float32Array;
  specular: Float32Array;
  roughness: Float32Array;
  normal?: Float32Array; // with a normal map
}

export interface LightingGradient {
  sh: Float64Array;
  direction: Float64Array; // with respect to the unnormalised direction vector
  color: Float64Array;
}

/** A view's bilinear taps into each map (see texture.ts). */
export interface ViewTaps {
  albedo: TexelTaps;
  specular: TexelTaps;
  roughness: TexelTaps;
  normal?: TexelTaps; // with a normal map
}

/**
 * energy = scale × Σ_pixels weight × Σ_c ρ(pixel_c − target_c), with the Charbonnier (pseudo-Huber)
 * penalty ρ(r) = δ² (√(1 + (r/δ)²) − 1): quadratic (r²/2) for |r| ≪ δ, linear (δ|r|) beyond, so
 * pixels the model cannot explain (hair strands, glasses, specks) pull with bounded force.
 */
export interface PixelLoss {
  delta: number;
  scale: number;
}

export interface ShadeOutputs {
  /** Receives the rendered linear RGB, 3 per sample. */
  colors?: Float32Array;
  /** With `gradient`: the energy to evaluate and differentiate. */
  loss?: PixelLoss;
  /** Gradients are added here (the caller zeroes them). */
  gradient?: { material: MaterialGradient; lighting: LightingGradient };
}

/**
 * Renders one view's samples; with a loss, returns its energy and, with a gradient, adds
 * ∂energy/∂(texels, lighting) into it. Forward and backward share one pass: each pixel's
 * gradient needs only that pixel's values.
 */
export function shadeView(
  view: ShadingView,
  taps: ViewTaps,
  material: Material,
  lighting: ViewLighting,
  outputs: ShadeOutputs,
): number {
  const { count } = view;
  const { gradient, loss } = outputs;
  const [ldx, ldy, ldz] = lighting.direction;
  const lLen = Math.sqrt(ldx * ldx + ldy * ldy + ldz * ldz);
  const lx = ldx / lLen, ly = ldy / lLen, lz = ldz / lLen;
  if (scratch.irradiance.length < 3 * count) {
    scratch.irradiance = new Float64Array(3 * count);
    scratch.shWeight = new Float64Array(3 * count);
  }
  const backward = loss !== undefined && gradient !== undefined;
  const mapped = material.normal !== undefined;
  let normal = view.normal, basis = view.basis;
  if (mapped) {
    if (!taps.normal || !view.tangent || !view.bitangent) throw new Error('shadeView: a normal map needs normal taps and a view built with tangents');
    if (scratch.normal.length < 3 * count) {
      scratch.normal = new Float32Array(3 * count);
      scratch.basis = new Float32Array(SH_COEFFICIENTS * count);
      scratch.normalGradient = new Float64Array(3 * count);
    }
    normal = scratch.normal;
    basis = scratch.basis;
    mappedNormals(view, taps.normal, material.normal!, normal, basis);
  }
  irradianceField(basis, lighting.sh, count, scratch.irradiance);
  const energy = pixelPass({
    view,
    normal,
    taps,
    material,
    light: [lx, ly, lz, lighting.color[0], lighting.color[1], lighting.color[2]],
    sh: lighting.sh,
    colors: outputs.colors,
    loss,
    gradient: backward ? gradient.material : undefined,
    normalGradient: backward && mapped ? scratch.normalGradient : undefined,
    irradiance: scratch.irradiance,
    shWeight: scratch.shWeight,
    lightGradient: scratch.lightGradient,
  });
  if (backward) {
    const g = gradient.lighting;
    shGradient(basis, scratch.shWeight, count, g.sh);
    const [glx, gly, glz, gc0, gc1, gc2] = scratch.lightGradient;
    g.color[0] += gc0;
    g.color[1] += gc1;
    g.color[2] += gc2;
    // l = d / |d|: ∂l/∂d = (I − l lᵀ) / |d|.
    const along = glx * lx + gly * ly + glz * lz;
    g.direction[0] += (glx - along * lx) / lLen;
    g.direction[1] += (gly - along * ly) / lLen;
    g.direction[2] += (glz - along * lz) / lLen;
    if (mapped) {
      if (!gradient.material.normal) throw new Error('shadeView: a normal map needs a normal gradient buffer');
      normalMapGradient(view, taps.normal!, material.normal!, scratch.normalGradient, gradient.material.normal);
    }
  }
  return energy;
}

interface PassInputs {
  view: ShadingView;
  normal: Float32Array; // 3 per sample: the shading normal (the view's, or the normal map's)
  taps: ViewTaps;
  material: Material;
  light: [lx: number, ly: number, lz: number, I0: number, I1: number, I2: number];
  sh: Float32Array;
  colors?: Float32Array;
  loss?: PixelLoss;
  gradient?: MaterialGradient; // set only with a loss
  normalGradient?: Float64Array; // out, with a normal map: per sample ∂energy/∂n (n unit, before projection)
  irradiance: Float64Array; // E_c per sample
  shWeight: Float64Array; // out: per sample ∂energy/∂pixel_c × albedo_c, which shGradient sums against Y_k
  lightGradient: Float64Array; // out: ∂energy/∂l (unit direction), then ∂energy/∂I_c
}

// Scratch reused across calls (shadeView is not reentrant): per-sample arrays grown on demand,
// and ggxLobe's five outputs.
const lobe = new Float64Array(5);
const scratch = {
  irradiance: new Float64Array(0),
  shWeight: new Float64Array(0),
  lightGradient: new Float64Array(6),
  normal: new Float32Array(0),
  basis: new Float32Array(0),
  normalGradient: new Float64Array(0),
};

/**
 * The pixel loop, apart from shadeView so that V8 optimises it as a whole function rather than
 * by on-stack replacement, which deoptimised at the code after the loop on every call.
 */
function pixelPass(k: PassInputs): number {
  const { count, viewDir, target, weight } = k.view;
  const { normal, colors, loss, gradient, normalGradient: gN, irradiance: irr, shWeight } = k;
  const albedo = k.material.albedo.data, spec = k.material.specular.data, rough = k.material.roughness.data;
  const ia = k.taps.albedo.index, wa = k.taps.albedo.weight;
  const is = k.taps.specular.index, ws = k.taps.specular.weight;
  const ir = k.taps.roughness.index, wr = k.taps.roughness.weight;
  const [lx, ly, lz, I0, I1, I2] = k.light;
  // F0 = s f0c, F90 = s sf: F = s (f0c + (sf − f0c) sw), linear in s (see the module comment).
  const sf = k.material.specularFactor;
  const f0c = Math.min(DIELECTRIC_F0 * k.material.specularColorFactor, 1) * sf;
  const sh = k.sh; // for ∇_n E_c, with a normal map
  const delta = loss?.delta ?? 1, scale = loss?.scale ?? 0;
  const delta2 = delta * delta, invDelta2 = 1 / delta2;
  const backward = gradient !== undefined;
  const gAlbedo = gradient?.albedo, gSpec = gradient?.specular, gRough = gradient?.roughness;
  let gc0 = 0, gc1 = 0, gc2 = 0; // ∂/∂I_c
  let glx = 0, gly = 0, glz = 0; // ∂/∂l (unit direction)
  let energy = 0;

  for (let i = 0; i < count; i++) {
    const t4 = 4 * i;
    let a0 = 0, a1 = 0, a2 = 0, s = 0, r = 0;
    for (let j = 0; j < 4; j++) {
      const w = wa[t4 + j], b = 3 * ia[t4 + j];
      a0 += w * albedo[b];
      a1 += w * albedo[b + 1];
      a2 += w * albedo[b + 2];
      s += ws[t4 + j] * spec[is[t4 + j]];
      r += wr[t4 + j] * rough[ir[t4 + j]];
    }
    const E0 = irr[3 * i], E1 = irr[3 * i + 1], E2 = irr[3 * i + 2];
    let p0 = a0 * E0, p1 = a1 * E1, p2 = a2 * E2;

    const nx = normal[3 * i], ny = normal[3 * i + 1], nz = normal[3 * i + 2];
    const NdotLraw = nx * lx + ny * ly + nz * lz;
    const lit = NdotLraw > 0;
    // Values of the directional term, kept for the backward pass.
    let NdotL = 0, NdotV = 0, F = 0, G = 0, specTerm = 0, sw = 0, VdotH = 0, NdotH = 0, Fs = 0;
    let hx = 0, hy = 0, hz = 0, hLen = 1, vx = 0, vy = 0, vz = 0;
    if (lit) {
      NdotL = Math.min(NdotLraw, 1);
      vx = viewDir[3 * i]; vy = viewDir[3 * i + 1]; vz = viewDir[3 * i + 2];
      NdotV = Math.min(1, Math.max(0, nx * vx + ny * vy + nz * vz));
      hx = lx + vx; hy = ly + vy; hz = lz + vz;
      hLen = Math.sqrt(hx * hx + hy * hy + hz * hz) || 1; // not Math.hypot: measurably slower here
      hx /= hLen; hy /= hLen; hz /= hLen;
      NdotH = Math.min(1, Math.max(0, nx * hx + ny * hy + nz * hz));
      VdotH = Math.min(1, Math.max(0, vx * hx + vy * hy + vz * hz));
      const r2 = r * r;
      ggxLobe(NdotL, NdotV, NdotH, r2 * r2, lobe);
      G = lobe[0];
      sw = schlickWeight(VdotH);
      Fs = f0c + (sf - f0c) * sw; // ∂F/∂s
      F = s * Fs;
      specTerm = Math.PI * F * G;
      const kd = 1 - F;
      p0 += I0 * NdotL * (kd * a0 + specTerm);
      p1 += I1 * NdotL * (kd * a1 + specTerm);
      p2 += I2 * NdotL * (kd * a2 + specTerm);
    }
    if (colors) {
      colors[3 * i] = p0;
      colors[3 * i + 1] = p1;
      colors[3 * i + 2] = p2;
    }
    if (!loss) continue;

    const pw = scale * weight[i];
    const r0 = p0 - target[3 * i], r1 = p1 - target[3 * i + 1], r2 = p2 - target[3 * i + 2];
    // ρ(r) = δ² (q − 1) and ρ'(r) = r / q with q = √(1 + (r/δ)²).
    const q0 = Math.sqrt(1 + r0 * r0 * invDelta2), q1 = Math.sqrt(1 + r1 * r1 * invDelta2), q2 = Math.sqrt(1 + r2 * r2 * invDelta2);
    energy += pw * delta2 * (q0 + q1 + q2 - 3);
    if (!backward) continue;
    const g0 = (pw * r0) / q0, g1 = (pw * r1) / q1, g2 = (pw * r2) / q2;

    // Albedo: ∂pixel_c/∂albedo_c = E_c + I_c (n·l) (1 − F), scattered to the four taps.
    const kdL = lit ? NdotL * (1 - F) : 0;
    const ga0 = g0 * (E0 + I0 * kdL), ga1 = g1 * (E1 + I1 * kdL), ga2 = g2 * (E2 + I2 * kdL);
    for (let j = 0; j < 4; j++) {
      const w = wa[t4 + j], b = 3 * ia[t4 + j];
      gAlbedo![b] += w * ga0;
      gAlbedo![b + 1] += w * ga1;
      gAlbedo![b + 2] += w * ga2;
    }
    // SH: ∂pixel_c/∂sh[9c + k] = albedo_c Y_k, summed over pixels after the loop.
    shWeight[3 * i] = g0 * a0;
    shWeight[3 * i + 1] = g1 * a1;
    shWeight[3 * i + 2] = g2 * a2;
    if (gN) irradianceNormalGradient(sh, g0 * a0, g1 * a1, g2 * a2, nx, ny, nz, gN, 3 * i);
    if (!lit) continue;

    const kd = 1 - F;
    gc0 += g0 * NdotL * (kd * a0 + specTerm);
    gc1 += g1 * NdotL * (kd * a1 + specTerm);
    gc2 += g2 * NdotL * (kd * a2 + specTerm);
    const gI0 = g0 * I0, gI1 = g1 * I1, gI2 = g2 * I2;
    const gISum = gI0 + gI1 + gI2;
    // ∂/∂F, ∂/∂G (G = D V) and ∂/∂(n·l) with F and G held.
    const gF = NdotL * (Math.PI * G * gISum - (gI0 * a0 + gI1 * a1 + gI2 * a2));
    const gG = NdotL * Math.PI * F * gISum;
    const gNdotL = gI0 * (kd * a0 + specTerm) + gI1 * (kd * a1 + specTerm) + gI2 * (kd * a2 + specTerm) + gG * lobe[1];
    const gNdotH = NdotH > 0 && NdotH < 1 ? gG * lobe[2] : 0;
    const gVdotH = VdotH > 0 && VdotH < 1 ? gF * s * (sf - f0c) * schlickWeightDerivative(VdotH) : 0;

    // Roughness: α² = r⁴.
    const gr = gG * lobe[3] * 4 * r * r * r;
    const gs = gF * Fs;
    for (let j = 0; j < 4; j++) {
      gSpec![is[t4 + j]] += ws[t4 + j] * gs;
      gRough![ir[t4 + j]] += wr[t4 + j] * gr;
    }

    // Light direction: n·l, and n·h, v·h through h = (l + v) / |l + v|.
    const hn = gNdotH / hLen, hv = gVdotH / hLen;
    const hh = hn * NdotH + hv * VdotH;
    glx += gNdotL * nx + hn * nx + hv * vx - hh * hx;
    gly += gNdotL * ny + hn * ny + hv * vy - hh * hy;
    glz += gNdotL * nz + hn * nz + hv * vz - hh * hz;
    if (gN) {
      // n·l, n·v and n·h (h does not depend on n).
      const gNdotV = NdotV > 0 && NdotV < 1 ? gG * lobe[4] : 0;
      gN[3 * i] += gNdotL * lx + gNdotV * vx + gNdotH * hx;
      gN[3 * i + 1] += gNdotL * ly + gNdotV * vy + gNdotH * hy;
      gN[3 * i + 2] += gNdotL * lz + gNdotV * vz + gNdotH * hz;
    }
  }

  const lg = k.lightGradient;
  lg[0] = glx; lg[1] = gly; lg[2] = glz;
  lg[3] = gc0; lg[4] = gc1; lg[5] = gc2;
  return energy;
}

/**
 * out[o..o + 2] = Σ_c w_c ∇E_c at unit normal (x, y, z): the gradient of the SH irradiance's
 * polynomial (sh.ts's basis, differentiated), before projection onto the unit sphere.
 */
function irradianceNormalGradient(sh: Float32Array, w0: number, w1: number, w2: number, x: number, y: number, z: number, out: Float64Array, o: number): void {
  const s1 = w0 * sh[1] + w1 * sh[10] + w2 * sh[19], s2 = w0 * sh[2] + w1 * sh[11] + w2 * sh[20];
  const s3 = w0 * sh[3] + w1 * sh[12] + w2 * sh[21], s4 = w0 * sh[4] + w1 * sh[13] + w2 * sh[22];
  const s5 = w0 * sh[5] + w1 * sh[14] + w2 * sh[23], s6 = w0 * sh[6] + w1 * sh[15] + w2 * sh[24];
  const s7 = w0 * sh[7] + w1 * sh[16] + w2 * sh[25], s8 = w0 * sh[8] + w1 * sh[17] + w2 * sh[26];
  out[o] = 0.488603 * s3 + 1.092548 * (s4 * y + s7 * z + s8 * x);
  out[o + 1] = 0.488603 * s1 + 1.092548 * (s4 * x + s5 * z - s8 * y);
  out[o + 2] = 0.488603 * s2 + 1.092548 * (s5 * y + s7 * x) + 1.892352 * s6 * z;
}

/** Scratch for blendTexel's result (the pixel passes are synchronous, so one is enough). */
const m = new Float64Array(3);

/** The bilinear blend of sample i's four normal-map texels into out (unnormalised); returns its length. */
function blendTexel(taps: TexelTaps, map: Texture, i: number, out: Float64Array): number {
  const data = map.data, idx = taps.index, wt = taps.weight;
  let x = 0, y = 0, z = 0;
  for (let j = 4 * i; j < 4 * i + 4; j++) {
    const w = wt[j], b = 3 * idx[j];
    x += w * data[b];
    y += w * data[b + 1];
    z += w * data[b + 2];
  }
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return Math.sqrt(x * x + y * y + z * z);
}

/**
 * The normal map's shading normals (see the module comment) and their SH basis, per sample.
 * A texel blend of zero length (only possible mid-fit) reads as the flat normal.
 */
function mappedNormals(view: ShadingView, taps: TexelTaps, map: Texture, normal: Float32Array, basis: Float32Array): void {
  const { count } = view;
  const T = view.tangent!, B = view.bitangent!, N = view.normal;
  for (let i = 0; i < count; i++) {
    const ml = blendTexel(taps, map, i, m);
    let mx = m[0], my = m[1], mz = m[2];
    if (ml > 0) {
      mx /= ml; my /= ml; mz /= ml;
    } else {
      mx = 0; my = 0; mz = 1;
    }
    const o = 3 * i;
    let nx = T[o] * mx + B[o] * my + N[o] * mz;
    let ny = T[o + 1] * mx + B[o + 1] * my + N[o + 1] * mz;
    let nz = T[o + 2] * mx + B[o + 2] * my + N[o + 2] * mz;
    const nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    nx /= nl; ny /= nl; nz /= nl;
    normal[o] = nx;
    normal[o + 1] = ny;
    normal[o + 2] = nz;
    shBasis(nx, ny, nz, basis, SH_COEFFICIENTS * i);
  }
}

/** Adds ∂energy/∂texel of the normal map, given ∂energy/∂n per sample, through both normalisations. */
function normalMapGradient(view: ShadingView, taps: TexelTaps, map: Texture, gN: Float64Array, out: Float32Array): void {
  const { count } = view;
  const T = view.tangent!, B = view.bitangent!, N = view.normal, idx = taps.index, wt = taps.weight;
  for (let i = 0; i < count; i++) {
    const ml = blendTexel(taps, map, i, m);
    if (!(ml > 0)) continue; // read as flat: locally constant, no gradient
    const mx = m[0], my = m[1], mz = m[2];
    const tx = mx / ml, ty = my / ml, tz = mz / ml;
    const o = 3 * i;
    const rx = T[o] * tx + B[o] * ty + N[o] * tz;
    const ry = T[o + 1] * tx + B[o + 1] * ty + N[o + 1] * tz;
    const rz = T[o + 2] * tx + B[o + 2] * ty + N[o + 2] * tz;
    const rl = Math.sqrt(rx * rx + ry * ry + rz * rz) || 1;
    const nx = rx / rl, ny = ry / rl, nz = rz / rl;
    // n = r / |r|: ∂/∂r = (g − (g·n) n) / |r|.
    const gx = gN[o], gy = gN[o + 1], gz = gN[o + 2];
    const gn = gx * nx + gy * ny + gz * nz;
    const grx = (gx - gn * nx) / rl, gry = (gy - gn * ny) / rl, grz = (gz - gn * nz) / rl;
    // r = T t.x + B t.y + N t.z.
    const gtx = T[o] * grx + T[o + 1] * gry + T[o + 2] * grz;
    const gty = B[o] * grx + B[o + 1] * gry + B[o + 2] * grz;
    const gtz = N[o] * grx + N[o + 1] * gry + N[o + 2] * grz;
    // t = m / |m|.
    const gt = gtx * tx + gty * ty + gtz * tz;
    const gmx = (gtx - gt * tx) / ml, gmy = (gty - gt * ty) / ml, gmz = (gtz - gt * tz) / ml;
    for (let j = 4 * i; j < 4 * i + 4; j++) {
      const w = wt[j], b = 3 * idx[j];
      out[b] += w * gmx;
      out[b + 1] += w * gmy;
      out[b + 2] += w * gmz;
    }
  }
}

/** E_c at every sample, one channel per pass with its 9 coefficients in locals. */
function irradianceField(basis: Float32Array, sh: Float32Array, count: number, out: Float64Array): void {
  for (let c = 0; c < 3; c++) {
    const o = SH_COEFFICIENTS * c;
    const s0 = sh[o], s1 = sh[o + 1], s2 = sh[o + 2], s3 = sh[o + 3], s4 = sh[o + 4];
    const s5 = sh[o + 5], s6 = sh[o + 6], s7 = sh[o + 7], s8 = sh[o + 8];
    for (let i = 0, b = 0; i < count; i++, b += SH_COEFFICIENTS) {
      out[3 * i + c] =
        s0 * basis[b] + s1 * basis[b + 1] + s2 * basis[b + 2] + s3 * basis[b + 3] + s4 * basis[b + 4] +
        s5 * basis[b + 5] + s6 * basis[b + 6] + s7 * basis[b + 7] + s8 * basis[b + 8];
    }
  }
}

/** gradient[9c + k] += Σ_i weight[3i + c] Y_k(i), one channel per pass with local accumulators. */
function shGradient(basis: Float32Array, weight: Float64Array, count: number, gradient: Float64Array): void {
  for (let c = 0; c < 3; c++) {
    let g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0, g8 = 0;
    for (let i = 0, b = 0; i < count; i++, b += SH_COEFFICIENTS) {
      const w = weight[3 * i + c];
      g0 += w * basis[b]; g1 += w * basis[b + 1]; g2 += w * basis[b + 2];
      g3 += w * basis[b + 3]; g4 += w * basis[b + 4]; g5 += w * basis[b + 5];
      g6 += w * basis[b + 6]; g7 += w * basis[b + 7]; g8 += w * basis[b + 8];
    }
    const o = SH_COEFFICIENTS * c;
    gradient[o] += g0; gradient[o + 1] += g1; gradient[o + 2] += g2;
    gradient[o + 3] += g3; gradient[o + 4] += g4; gradient[o + 5] += g5;
    gradient[o + 6] += g6; gradient[o + 7] += g7; gradient[o + 8] += g8;
  }
}
