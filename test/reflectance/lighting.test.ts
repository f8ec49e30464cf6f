/**
 * The per-photo lighting estimate on synthetic photos rendered under known SH lighting: skin of
 * one colour with darker brows and redder lips (what the estimate assumes, plus what it must
 * ignore), lit by ambient light and a coloured "sun".
 */
import { describe, expect, it } from 'vitest';
import { bakeTexture, type BakeResult } from '../../server/reflectance/bake.js';
import { toCameraSpace } from '../../server/reflectance/camera-space.js';
import { estimateLighting, neutralLighting } from '../../server/reflectance/lighting.js';
import { irradiance, SH_COEFFICIENTS, shBasis } from '../../server/reflectance/sh.js';
import { SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import type { CameraFit, ShLighting } from '../../server/types.js';
import { ambientAndSun, camera, faceMesh, quietHooks, renderPhoto, texelUv, type Albedo } from './scene.js';

const { mesh, mirror } = faceMesh();
const SKIN = [0.55, 0.36, 0.27];
const skin: Albedo = (u, v) => {
  const brow = Math.exp(-(((v - 0.36) / 0.02) ** 2)) * Math.exp(-(((Math.abs(u - 0.5) - 0.17) / 0.07) ** 2));
  const lips = Math.exp(-(((v - 0.78) / 0.03) ** 2)) * Math.exp(-(((u - 0.5) / 0.09) ** 2));
  return [SKIN[0] * (1 - 0.8 * brow) + 0.15 * lips, SKIN[1] * (1 - 0.8 * brow) - 0.12 * lips, SKIN[2] * (1 - 0.8 * brow)];
};

/** Per channel: estimated ÷ true irradiance over the vertex normals that face the camera. */
function ratios(est: ShLighting, truth: ShLighting, cam: CameraFit): number[][] {
  const { normals } = toCameraSpace(mesh, cam);
  const out: number[][] = [[], [], []];
  for (let i = 0; i < normals.length / 3; i++) {
    const [x, y, z] = [normals[3 * i], normals[3 * i + 1], normals[3 * i + 2]];
    if (z < 0.4) continue;
    for (let c = 0; c < 3; c++) out[c].push(irradiance(est, c, x, y, z) / irradiance(truth, c, x, y, z));
  }
  return out;
}

/** Mean linear colour of the bake over plain skin seen squarely (no brow, no lips). */
function meanSkin(bake: BakeResult): number[] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let o = 0; o < bake.size * bake.size; o++) {
    const [u, v] = texelUv(o, bake.size);
    const a = skin(u, v);
    if (bake.confidence[o] < 0.3 * 255 || Math.abs(a[0] - SKIN[0]) + Math.abs(a[1] - SKIN[1]) > 0.005) continue;
    for (let c = 0; c < 3; c++) sum[c] += SRGB_TO_LINEAR[bake.albedo[3 * o + c]];
    n++;
  }
  return sum.map((s) => s / n);
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const spread = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2))) / mean(v);

describe('SH basis', () => {
  it('is orthonormal over the sphere (so the coefficients mean what proto/fitme.proto says)', () => {
    const N = 20000, y = new Float64Array(SH_COEFFICIENTS), gram = new Float64Array(81);
    for (let i = 0; i < N; i++) {
      const z = 1 - (2 * (i + 0.5)) / N, r = Math.sqrt(1 - z * z), phi = i * Math.PI * (3 - Math.sqrt(5));
      shBasis(r * Math.cos(phi), r * Math.sin(phi), z, y);
      for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) gram[9 * a + b] += (y[a] * y[b] * 4 * Math.PI) / N;
    }
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) expect(gram[9 * a + b]).toBeCloseTo(a === b ? 1 : 0, 3);
    // Uniform irradiance 1: the neutral lighting.
    expect(irradiance(neutralLighting(), 1, 0.6, 0, 0.8)).toBeCloseTo(1, 5);
  });
});

describe('estimateLighting', () => {
  const sun = ambientAndSun([0.35, 0.35, 0.38], [0.75, 0.7, 0.6], [-0.6, 0.5, 0.8]);
  const lowSun = ambientAndSun([0.1, 0.1, 0.11], [0.75, 0.7, 0.6], [0.9, 0.1, 0.4]);
  for (const [name, light, yaw] of [
    ['ambient + sun from the upper left, frontal', sun, 0],
    ['ambient + sun from the upper left, head turned 30°', sun, 30],
    ['dim ambient + low sun from the right, frontal', lowSun, 0],
  ] as const) {
    it(`recovers the shape of the irradiance: ${name}`, () => {
      const cam = camera(yaw);
      const view = { image: renderPhoto(mesh, cam, skin, light), camera: cam };
      const bake = bakeTexture(mesh, mirror, [view], 256, quietHooks());
      const r = ratios(estimateLighting(mesh, view, bake), light, cam);
      const bakeSkin = meanSkin(bake);
      for (let c = 0; c < 3; c++) {
        // Up to one scale per channel, the irradiance is right on every normal facing the camera.
        // Measured: relative spread 0.1–0.45%.
        expect(spread(r[c])).toBeLessThan(0.02);
        // That scale: the estimate's albedo is the bake's mean skin colour, so E = truth × true
        // skin ÷ baked skin. Measured: within 4%.
        expect(mean(r[c]) / (SKIN[c] / bakeSkin[c])).toBeCloseTo(1, 1);
      }
    });
  }

  it('keeps photos relative to one bake: a photo under half the light gets half the irradiance', () => {
    const cam = camera(0);
    const view = { image: renderPhoto(mesh, cam, skin, sun), camera: cam };
    const dim = { image: renderPhoto(mesh, cam, skin, sun.map((v) => v / 2) as ShLighting), camera: cam };
    const bake = bakeTexture(mesh, mirror, [view], 256, quietHooks());
    const a = estimateLighting(mesh, view, bake), b = estimateLighting(mesh, dim, bake);
    // Measured: 0.5002.
    for (let c = 0; c < 3; c++) expect(irradiance(b, c, 0, 0, 1) / irradiance(a, c, 0, 0, 1)).toBeCloseTo(0.5, 2);
  });

  it('falls back to neutral lighting for a photo that does not show the face', () => {
    const seen = { image: renderPhoto(mesh, camera(0), skin, sun), camera: camera(0) };
    const bake = bakeTexture(mesh, mirror, [seen], 128, quietHooks());
    const away = { image: seen.image, camera: { ...camera(0), rotation: [0, 1, 0, 0] as [number, number, number, number], translation: [0, 0, 0.5] as [number, number, number] } };
    expect(Array.from(estimateLighting(mesh, away, bake))).toEqual(Array.from(neutralLighting()));
  });
});
