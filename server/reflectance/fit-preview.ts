/**
 * Preview frames of a running reflectance fit: the renderer's image of the current fit over the
 * photo (at the level's resolution), and the current maps at low resolution (≤ 256²), so an engine
 * can show the avatar converging in its own viewport.
 */
import { compositePreview, encodePreviewMap, type PreviewImage, type PreviewMap } from '../export/preview.js';
import type { Texture } from '../render/texture.js';
import type { FitState, FittedReflectance } from './fit.js';
import { albedoBytes, greyBytes, normalBytes } from './maps.js';

/** Longest side of preview images and maps, pixels (PreviewMap allows up to 256). */
export const PREVIEW_SIZE = 256;

export interface FitPreview extends PreviewImage {
  maps: PreviewMap[];
}

export async function fitPreview(state: FitState, maxSize = PREVIEW_SIZE): Promise<FitPreview> {
  const r = state.render();
  const [image, maps] = await Promise.all([compositePreview(r.image, r.pixel, r.colors, { maxSize }), previewMaps(state.material, maxSize)]);
  return { ...image, maps };
}

/** The maps as PreviewMaps (albedo and normals as JPEG, specular and roughness as grey PNG). */
export function previewMaps(m: { albedo: Texture; specular: Texture; roughness: Texture; normal?: Texture }, maxSize = PREVIEW_SIZE): Promise<PreviewMap[]> {
  const albedo = encodePreviewMap('albedo', { data: albedoBytes(m.albedo), width: m.albedo.width, height: m.albedo.height, channels: 3 }, 'srgb', maxSize);
  return Promise.all([albedo, ...smootherMaps(m, maxSize)]);
}

/** The finished fit's maps as PreviewMaps, the albedo shrunk from its full size. */
export function fittedPreviewMaps(fit: FittedReflectance, maxSize = PREVIEW_SIZE): Promise<PreviewMap[]> {
  const albedo = encodePreviewMap('albedo', { data: fit.albedo, width: fit.size, height: fit.size, channels: 3 }, 'srgb', maxSize);
  return Promise.all([albedo, ...smootherMaps(fit, maxSize)]);
}

function smootherMaps(m: { specular: Texture; roughness: Texture; normal?: Texture }, maxSize: number): Promise<PreviewMap>[] {
  const raw = (t: Texture, data: Uint8Array, channels: 1 | 3) => ({ data, width: t.width, height: t.height, channels });
  return [
    encodePreviewMap('specular', raw(m.specular, greyBytes(m.specular, false), 1), 'linear', maxSize),
    encodePreviewMap('roughness', raw(m.roughness, greyBytes(m.roughness, false), 1), 'linear', maxSize),
    ...(m.normal ? [encodePreviewMap('normal', raw(m.normal, normalBytes(m.normal), 3), 'linear', maxSize)] : []),
  ];
}
