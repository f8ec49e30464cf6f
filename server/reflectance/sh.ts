/**
 * Order-2 real spherical harmonics as Lighting in proto/fitme.proto uses them: 9 coefficients
 * per colour channel, RGB-major, irradiance E(n) = Σ_k c_k Y_k(n) for a unit normal n in camera
 * space, and pixel = albedo × E in linear light.
 *
 * Basis order k = 0..8 is (l, m) = (0,0), (1,-1), (1,0), (1,1), (2,-2), (2,-1), (2,0), (2,1),
 * (2,2) with the usual real, orthonormal normalisation:
 *   Y0 = 0.282095, Y1 = 0.488603 y, Y2 = 0.488603 z, Y3 = 0.488603 x,
 *   Y4 = 1.092548 xy, Y5 = 1.092548 yz, Y6 = 0.315392 (3z² − 1), Y7 = 1.092548 xz,
 *   Y8 = 0.546274 (x² − y²).
 * So uniform irradiance E = 1 is c_0 = 1 / 0.282095 = 3.5449, all else 0.
 */
export const SH_COEFFICIENTS = 9;

/** Writes Y_0..Y_8 at unit normal (x, y, z) to out[offset..offset + 8]. */
export function shBasis(x: number, y: number, z: number, out: Float32Array | Float64Array, offset = 0): void {
  out[offset] = 0.282095;
  out[offset + 1] = 0.488603 * y;
  out[offset + 2] = 0.488603 * z;
  out[offset + 3] = 0.488603 * x;
  out[offset + 4] = 1.092548 * x * y;
  out[offset + 5] = 1.092548 * y * z;
  out[offset + 6] = 0.315392 * (3 * z * z - 1);
  out[offset + 7] = 1.092548 * x * z;
  out[offset + 8] = 0.546274 * (x * x - y * y);
}

/** Irradiance of one channel (0 = r, 1 = g, 2 = b) of 27-float lighting at unit normal (x, y, z). */
export function irradiance(sh: Float32Array, channel: number, x: number, y: number, z: number): number {
  const c = channel * SH_COEFFICIENTS;
  return (
    sh[c] * 0.282095 +
    0.488603 * (sh[c + 1] * y + sh[c + 2] * z + sh[c + 3] * x) +
    1.092548 * (sh[c + 4] * x * y + sh[c + 5] * y * z + sh[c + 7] * x * z) +
    sh[c + 6] * 0.315392 * (3 * z * z - 1) +
    sh[c + 8] * 0.546274 * (x * x - y * y)
  );
}

/** Clamped-cosine convolution weights per band (Ramamoorthi & Hanrahan 2001): π, 2π/3, π/4. */
const COSINE_LOBE = [Math.PI, (2 * Math.PI) / 3, Math.PI / 4];
const BAND = [0, 1, 1, 1, 2, 2, 2, 2, 2];

/**
 * SH irradiance coefficients (one channel, 9 values) of a distant light of unit radiant intensity
 * arriving from unit direction (x, y, z): E(n) ≈ max(0, n · d) to order 2.
 */
export function directionalIrradiance(x: number, y: number, z: number, out: Float64Array, offset = 0): void {
  shBasis(x, y, z, out, offset);
  for (let k = 0; k < SH_COEFFICIENTS; k++) out[offset + k] *= COSINE_LOBE[BAND[k]];
}
