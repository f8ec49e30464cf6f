/**
 * The reflectance fit stage (fitReflectance, default preset) on synthetic photos with a known
 * answer (fit-scene.ts): skin albedo, specular strength by region, roughness 0.4, a warm key light
 * over a cool ambient; 8-bit photos with noise.
 *
 * Photos fix albedo × light per colour channel, not each alone (the fit settles that with a skin
 * prior), so albedo and lighting are compared after the best per-channel scale k, which is itself
 * held to a bound; the specular strength carries the same factor (a highlight is light × strength),
 * so it is compared after the luminance of k. Specular and roughness are compared where the
 * truth's highlight shows them, since elsewhere no photo says anything about them.
 */
import { describe, expect, it } from 'vitest';
import { bakeTexture } from '../../server/reflectance/bake.js';
import { fitReflectance, type FittedReflectance } from '../../server/reflectance/fit.js';
import { SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import { shadeView, type Material, type ViewLighting } from '../../server/render/shade.js';
import { bilinearTaps, createTexture, resampleTexture } from '../../server/render/texture.js';
import { buildShadingView } from '../../server/render/view.js';
import type { CameraFit } from '../../server/types.js';
import { diffuseShading, renderScene, truthLighting, truthMaterial } from './fit-scene.js';
import { camera, faceMesh, quietHooks } from './scene.js';
import { texelTruth } from './truth.js';

const SIZE = 256;
const { mesh, mirror } = faceMesh();
const truth = truthMaterial(mesh);

interface Scene {
  cameras: CameraFit[];
  lights: ViewLighting[];
  fit: FittedReflectance;
  plainAlbedo: Uint8Array;
}

async function fitScene(yaws: number[]): Promise<Scene> {
  const cameras = yaws.map((y) => camera(y, { width: 512, height: 512, focal: 1100, distance: 0.5 }));
  const lights = yaws.map((_, i) => truthLighting([0.5 - 0.3 * i, 0.5, 0.7]));
  const views = cameras.map((c, i) => ({ image: renderScene(mesh, c, truth, lights[i], 0.004, i + 1), camera: c }));
  const fit = await fitReflectance(mesh, mirror, views, SIZE, quietHooks());
  return { cameras, lights, fit, plainAlbedo: bakeTexture(mesh, mirror, views, SIZE, quietHooks()).albedo };
}

/** Per-channel least-squares scale of `albedo` (sRGB bytes) onto the truth over `texels`, and the RMSE after it. */
function albedoError(albedo: Uint8Array, texels: number[]): { rmse: number; scale: number[] } {
  const t = resampleTexture(truth.albedo, SIZE, SIZE).data;
  const scale = [0, 1, 2].map((c) => {
    let num = 0, den = 0;
    for (const i of texels) {
      const a = SRGB_TO_LINEAR[albedo[3 * i + c]];
      num += a * t[3 * i + c];
      den += a * a;
    }
    return num / den;
  });
  let se = 0;
  for (const i of texels) for (let c = 0; c < 3; c++) se += (scale[c] * SRGB_TO_LINEAR[albedo[3 * i + c]] - t[3 * i + c]) ** 2;
  return { rmse: Math.sqrt(se / (3 * texels.length)), scale };
}

function wellSeen(fit: FittedReflectance): number[] {
  const out: number[] = [];
  for (let i = 0; i < SIZE * SIZE; i++) if (fit.confidence[i] >= 200) out.push(i);
  return out;
}

/** Texels of a size² map on which the truth's highlight adds more than `threshold` (green, linear) on average over the pixels reading them. */
function highlightTexels(s: Scene, size: number, threshold: number): number[] {
  const sum = new Float32Array(size * size), weight = new Float32Array(size * size);
  s.cameras.forEach((cam, v) => {
    const view = buildShadingView(mesh, cam);
    const render = (m: Material) => {
      const taps = { albedo: bilinearTaps(view.uv, view.count, m.albedo.width, m.albedo.height), specular: bilinearTaps(view.uv, view.count, m.specular.width, m.specular.height), roughness: bilinearTaps(view.uv, view.count, 1, 1) };
      const colors = new Float32Array(3 * view.count);
      shadeView(view, taps, m, s.lights[v], { colors });
      return colors;
    };
    const shiny = render(truth), matte = render({ ...truth, specular: createTexture(1, 1, 1, [0]) });
    const taps = bilinearTaps(view.uv, view.count, size, size);
    for (let i = 0; i < view.count; i++) {
      for (let j = 4 * i; j < 4 * i + 4; j++) {
        sum[taps.index[j]] += taps.weight[j] * (shiny[3 * i + 1] - matte[3 * i + 1]);
        weight[taps.index[j]] += taps.weight[j];
      }
    }
  });
  const out: number[] = [];
  for (let i = 0; i < size * size; i++) if (weight[i] > 0 && sum[i] / weight[i] > threshold) out.push(i);
  return out;
}

function degreesBetween(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const cos = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(a[0], a[1], a[2]) * Math.hypot(b[0], b[1], b[2]));
  return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}

/** Relative RMSE of the fitted diffuse shading against the truth's, per photo, after the albedo's per-channel scale. */
function shadingError(s: Scene, v: number, scale: number[]): number {
  const fit = diffuseShading(mesh, s.cameras[v], truth, s.fit.lighting[v]);
  const ref = diffuseShading(mesh, s.cameras[v], truth, s.lights[v]);
  let se = 0, st = 0;
  for (let i = 0; i < fit.length; i++) {
    se += (fit[i] / scale[i % 3] - ref[i]) ** 2;
    st += ref[i] ** 2;
  }
  return Math.sqrt(se / st);
}

const luminance = (k: number[]) => 0.2126 * k[0] + 0.7152 * k[1] + 0.0722 * k[2];

describe('reflectance fit on a synthetic scene', () => {
  describe('one frontal photo', async () => {
    const s = await fitScene([0]);
    const seen = wellSeen(s.fit);
    const fitted = albedoError(s.fit.albedo, seen);
    const plain = albedoError(s.plainAlbedo, seen);

    it('removes the lighting from the albedo: RMSE < 0.015 after the per-channel scale, under a quarter of the plain bake’s', () => {
      console.log(`albedo RMSE ${fitted.rmse.toFixed(4)} (plain bake ${plain.rmse.toFixed(4)}), scale ${fitted.scale.map((k) => k.toFixed(3)).join(' ')}`);
      expect(seen.length).toBeGreaterThan(0.2 * SIZE * SIZE);
      expect(fitted.rmse).toBeLessThan(0.015);
      expect(fitted.rmse).toBeLessThan(0.25 * plain.rmse);
      for (const k of fitted.scale) expect(Math.abs(Math.log(k))).toBeLessThan(Math.log(1.25));
    });

    it('finds the key light within 3° and the diffuse shading within 4%', () => {
      const degrees = degreesBetween(s.fit.lighting[0].direction, s.lights[0].direction);
      const error = shadingError(s, 0, fitted.scale);
      console.log(`key light ${degrees.toFixed(2)}° off, shading error ${(100 * error).toFixed(2)}%`);
      expect(degrees).toBeLessThan(3);
      expect(error).toBeLessThan(0.04);
    });

    it('recovers specular strength and roughness where the highlight shows them', () => {
      const k = luminance(fitted.scale);
      const sSize = s.fit.specular.width, rSize = s.fit.roughness.width;
      const spec = highlightTexels(s, sSize, 0.02), rough = highlightTexels(s, rSize, 0.02);
      const truthSpec = resampleTexture(truth.specular, sSize, sSize).data;
      let se = 0, fitMean = 0, truthMean = 0;
      for (const i of spec) {
        se += (k * s.fit.specular.data[i] - truthSpec[i]) ** 2;
        fitMean += k * s.fit.specular.data[i];
        truthMean += truthSpec[i];
      }
      fitMean /= spec.length;
      truthMean /= spec.length;
      const roughness = rough.reduce((a, i) => a + s.fit.roughness.data[i], 0) / rough.length;
      console.log(`specular on ${spec.length} highlight texels: mean ${fitMean.toFixed(3)} (truth ${truthMean.toFixed(3)}), RMSE ${Math.sqrt(se / spec.length).toFixed(3)}; roughness ${roughness.toFixed(3)} (truth 0.4)`);
      expect(spec.length).toBeGreaterThan(10);
      expect(Math.abs(fitMean - truthMean)).toBeLessThan(0.1);
      expect(Math.sqrt(se / spec.length)).toBeLessThan(0.25);
      expect(Math.abs(roughness - 0.4)).toBeLessThan(0.1);
    });

    it('keeps the normal map near flat on a surface without detail', () => {
      const n = s.fit.normal.data;
      let tilt = 0;
      for (let i = 0; i < n.length; i += 3) tilt = Math.max(tilt, Math.acos(Math.min(1, n[i + 2] / Math.hypot(n[i], n[i + 1], n[i + 2]))));
      let mean = 0;
      for (let i = 0; i < n.length; i += 3) mean += Math.acos(Math.min(1, n[i + 2] / Math.hypot(n[i], n[i + 1], n[i + 2])));
      mean /= n.length / 3;
      console.log(`normal map tilt: mean ${((mean * 180) / Math.PI).toFixed(2)}°, max ${((tilt * 180) / Math.PI).toFixed(1)}°`);
      expect((mean * 180) / Math.PI).toBeLessThan(3);
    });
  });

  describe('three photos from different sides, each under its own light', async () => {
    const s = await fitScene([-25, 0, 25]);
    const seen = wellSeen(s.fit);
    const fitted = albedoError(s.fit.albedo, seen);
    const plain = albedoError(s.plainAlbedo, seen);

    it('shares one albedo: RMSE < 0.008 after the per-channel scale, under a quarter of the plain bake’s', () => {
      console.log(`albedo RMSE ${fitted.rmse.toFixed(4)} (plain bake ${plain.rmse.toFixed(4)}), scale ${fitted.scale.map((k) => k.toFixed(3)).join(' ')}`);
      expect(fitted.rmse).toBeLessThan(0.008);
      expect(fitted.rmse).toBeLessThan(0.25 * plain.rmse);
      for (const k of fitted.scale) expect(Math.abs(Math.log(k))).toBeLessThan(Math.log(1.35));
    });

    it('finds each photo’s key light within 3° and its diffuse shading within 3%', () => {
      for (let v = 0; v < 3; v++) {
        const degrees = degreesBetween(s.fit.lighting[v].direction, s.lights[v].direction);
        const error = shadingError(s, v, fitted.scale);
        console.log(`photo ${v}: key light ${degrees.toFixed(2)}° off, shading error ${(100 * error).toFixed(2)}%`);
        expect(degrees).toBeLessThan(3);
        expect(error).toBeLessThan(0.03);
      }
    });
  });

  describe('one photo from the side', async () => {
    const yaw = 45;
    const s = await fitScene([yaw]);
    const visibility = texelTruth(mesh, s.cameras[0], SIZE);

    it('marks the texels the photo cannot see in the confidence map and fills them from the mirrored side', () => {
      const hidden: number[] = [], visible: number[] = [];
      for (let i = 0; i < SIZE * SIZE; i++) {
        if (visibility.visible[i] === 0) hidden.push(i);
        else if (visibility.visible[i] === 1 && visibility.cos[i] > 0.5) visible.push(i);
      }
      expect(hidden.length).toBeGreaterThan(0.1 * SIZE * SIZE);
      // Seen squarely: confident. Hidden: at most the mirror fill's confidence (half), or 0.
      const confident = visible.filter((i) => s.fit.confidence[i] >= 128).length;
      expect(confident / visible.length).toBeGreaterThan(0.95);
      for (const i of hidden) expect(s.fit.confidence[i]).toBeLessThanOrEqual(128);
      // The face is symmetric here, so the mirrored, de-lit colour is close to the truth.
      const mirrored = hidden.filter((i) => s.fit.confidence[i] > 0);
      expect(mirrored.length).toBeGreaterThan(0.5 * hidden.length);
      const { rmse } = albedoError(s.fit.albedo, mirrored);
      console.log(`${hidden.length} hidden texels, ${mirrored.length} filled from the mirror side, albedo RMSE there ${rmse.toFixed(4)}`);
      expect(rmse).toBeLessThan(0.03);
    });
  });
});
