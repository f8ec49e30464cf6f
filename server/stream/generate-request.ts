/**
 * A GenerateAvatar message (the wire's job request) as the pipeline's FitRequest, checked against
 * the limits. Shared by the daemon's connections and the fleet's workers, so a job fails with the
 * same codes and messages whichever of them runs it.
 */
import { DEFAULT_TEXTURE_SIZE, SUPPORTED_MAPS, validateRequest, type FitRequest } from '../pipeline.js';
import type { MapKindName } from '../types.js';
import { mapKindName, reflectancePresetName } from './wire.js';
import type { fitme } from './gen/fitme.js';

export interface RequestLimits {
  maxPhotos: number;
  minTextureSize: number;
  maxTextureSize: number;
  models: string[];
  defaultModel: string;
}

export function fitRequestFromGenerate(g: fitme.v1.IGenerateAvatar, jobId: string, limits: RequestLimits, name = 'avatar'): FitRequest {
  const o = g.options ?? {};
  const photos = (g.photos ?? []).map((p, i) => ({ data: p.data ?? new Uint8Array(), name: p.name || `photo ${i + 1}`, faceIndex: p.faceIndex ?? 0 }));
  const maps = (o.maps ?? []).map((k) => mapKindName(k)).filter((k): k is MapKindName => !!k);
  const req: FitRequest = {
    jobId,
    name,
    photos,
    model: o.model || limits.defaultModel,
    textureSize: o.textureSize || DEFAULT_TEXTURE_SIZE,
    reflectancePreset: reflectancePresetName(o.reflectancePreset),
    maps: maps.length ? maps : SUPPORTED_MAPS,
    preview: { enabled: !!o.preview, rateHz: o.previewRateHz && o.previewRateHz > 0 ? o.previewRateHz : 2, vertices: !!o.previewVertices },
  };
  validateRequest(req, limits);
  return req;
}
