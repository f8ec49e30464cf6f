/**
 * How well a reflectance fit explains a photo: PSNR (dB, 8-bit sRGB) of the fit re-rendered with
 * the renderer on a surface under a camera, over the pixels it covers seen within 60° of head-on
 * (the full-size albedo, fitted specular and roughness and the photo's lighting; the normal map is
 * left out, as it needs the export's tangents).
 */
import type { FittedReflectance } from '../../server/reflectance/fit.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import { shadeView } from '../../server/render/shade.js';
import { bilinearTaps } from '../../server/render/texture.js';
import { buildShadingView } from '../../server/render/view.js';
import type { CameraFit, MeshBuffers, RgbImage } from '../../server/types.js';

export function renderPsnr(surface: MeshBuffers, camera: CameraFit, image: RgbImage, fit: FittedReflectance, photo: number): number {
  const shading = buildShadingView(surface, camera, { photo: image });
  const albedo = { width: fit.size, height: fit.size, channels: 3, data: Float32Array.from(fit.albedo, (v) => SRGB_TO_LINEAR[v]) };
  const material = { albedo, specular: fit.specular, roughness: fit.roughness, specularColorFactor: 1, specularFactor: 1 };
  const taps = {
    albedo: bilinearTaps(shading.uv, shading.count, albedo.width, albedo.height),
    specular: bilinearTaps(shading.uv, shading.count, fit.specular.width, fit.specular.height),
    roughness: bilinearTaps(shading.uv, shading.count, fit.roughness.width, fit.roughness.height),
  };
  const colors = new Float32Array(3 * shading.count);
  shadeView(shading, taps, material, fit.lighting[photo], { colors });
  let se = 0, n = 0;
  const { normal: nrm, viewDir: dir } = shading;
  for (let i = 0; i < shading.count; i++) {
    if (nrm[3 * i] * dir[3 * i] + nrm[3 * i + 1] * dir[3 * i + 1] + nrm[3 * i + 2] * dir[3 * i + 2] < 0.5) continue;
    for (let c = 0; c < 3; c++) se += (linearToSrgb8(colors[3 * i + c]) - image.data[3 * shading.pixel[i] + c]) ** 2;
    n += 3;
  }
  return 10 * Math.log10((255 * 255) / (se / n));
}
