/**
 * One fit, start to finish: photos in → decode → detect → geometry → reflectance → export.
 * Runs inside a fit worker (server/stream/fit-worker.ts) or the CLI; streaming is the caller's job.
 */
import { performance } from 'node:perf_hooks';
import type {
  AvatarResult,
  DecodedPhoto,
  DetectedFace,
  FitHooks,
  MapKindName,
  PhotoFitResult,
  ReflectancePresetName,
  ResultPrimitive,
  StageName,
  StageTimingMs,
} from './types.js';
import { FitError } from './types.js';
import { decodePhoto } from './image/decode.js';
import type { FaceDetector } from './detect/faces.js';
import { selectFace } from './detect/select.js';
import { checkSamePerson } from './detect/identity.js';
import type { FaceModel } from './geometry/face-model.js';
import { fitReflectance, REFLECTANCE_PRESETS } from './reflectance/fit.js';
import type { EnergyChoice } from './reflectance/descent-evaluators.js';
import { fitPreview, fittedPreviewMaps } from './reflectance/fit-preview.js';
import { foldKeyLight } from './reflectance/key-light.js';
import { encodeMaps } from './reflectance/maps.js';
import { writeGlb, type ExportPrimitive, type WrittenPrimitive } from './export/glb.js';
import { renderLandmarkPreview, renderPreview, type PreviewMap } from './export/preview.js';

export const DEFAULT_TEXTURE_SIZE = 1024;
/** The maps the reflectance fit produces (server/reflectance/maps.ts). */
export const SUPPORTED_MAPS: MapKindName[] = ['albedo', 'specular', 'roughness', 'normal', 'confidence'];

export interface FitRequest {
  jobId: string;
  name: string;
  photos: { data: Uint8Array; name: string; faceIndex: number }[];
  model: string;
  textureSize: number;
  reflectancePreset: ReflectancePresetName;
  maps: MapKindName[];
  preview: { enabled: boolean; rateHz: number; vertices: boolean };
}

export interface PreviewFrame {
  iteration: number;
  photoIndex: number;
  jpeg: Uint8Array;
  width: number;
  height: number;
  positions?: Float32Array;
  /** Low-resolution maps of the current fit (≤ 256²), during and after the reflectance fit. */
  maps?: PreviewMap[];
}

export interface PipelineHooks extends FitHooks {
  preview(frame: PreviewFrame): void;
}

export interface PipelineLimits {
  maxPhotoPixels: number;
  /** Threads the reflectance fit's pixel pass is split over (default 1: the fit's own thread). */
  fitThreads?: number;
  /** What evaluates the reflectance descent's energy (default auto: tfjs on a GPU, else analytic). */
  fitEnergy?: EnergyChoice;
}

/** Where each stage's progress falls within the whole job (the stream stage takes the rest). */
const SPAN: Record<Exclude<StageName, 'queued' | 'stream'>, [number, number]> = {
  decode: [0, 0.05],
  detect: [0.05, 0.35],
  geometry: [0.35, 0.5],
  reflectance: [0.5, 0.8],
  export: [0.8, 0.95],
};

export async function runFit(req: FitRequest, model: FaceModel, detector: FaceDetector, limits: PipelineLimits, hooks: PipelineHooks): Promise<AvatarResult> {
  const started = performance.now();
  const timings: StageTimingMs[] = [];
  const warnings: string[] = [];
  const warn = (code: string, message: string) => {
    warnings.push(code);
    hooks.warn(code, message);
  };
  async function stage<T>(name: keyof typeof SPAN, work: (at: (f: number, msg?: string) => void) => Promise<T> | T): Promise<T> {
    hooks.checkCancelled();
    const [from, to] = SPAN[name];
    const at = (f: number, msg?: string) => hooks.progress(name, from + (to - from) * Math.min(1, Math.max(0, f)), msg);
    at(0);
    const t0 = performance.now();
    const out = await work(at);
    timings.push({ stage: name, ms: performance.now() - t0 });
    at(1);
    return out;
  }
  const n = req.photos.length;

  const photos: DecodedPhoto[] = await stage('decode', async (at) => {
    const out: DecodedPhoto[] = [];
    for (let i = 0; i < n; i++) {
      out.push(await decodePhoto(req.photos[i].data, i, req.photos[i].name, { maxPixels: limits.maxPhotoPixels }));
      at((i + 1) / n, `decoded ${req.photos[i].name}`);
    }
    return out;
  });

  const previewer = new PreviewThrottle(req.preview, hooks);
  const faces: DetectedFace[] = await stage('detect', async (at) => {
    const out: DetectedFace[] = [];
    for (let i = 0; i < n; i++) {
      hooks.checkCancelled();
      const found = await detector.detect(photos[i].image);
      out.push(selectFace(found, photos[i], req.photos[i].faceIndex, { warn }));
      // The first frame a client sees (no mesh yet): the landmarks over the photo.
      if (i === 0) await previewer.offer(() => renderLandmarkPreview(photos[0].image, out[0].landmarks, { maxSize: PREVIEW_SIZE }), 0);
      at((i + 1) / n, `found the face in ${photos[i].name}`);
    }
    checkSamePerson(out, photos);
    return out;
  });

  const geometry = await stage('geometry', () => model.fit(photos.map((photo, i) => ({ photo, face: faces[i] })), hooks, SPAN.geometry));

  // Preview positions are primitive 0's (proto Preview.positions); a mesh that is only part of
  // the exported skin (the full head's baked face) has other vertices, so its previews carry none.
  const primitive0 = (positions: Float32Array) => (geometry.surface ? undefined : positions);
  await previewer.offer(() => renderPreview(photos[0].image, geometry.mesh, geometry.cameras[0], null, { maxSize: PREVIEW_SIZE }), 0, primitive0(geometry.mesh.positions));

  const views = photos.map((p, i) => ({ image: p.image, camera: geometry.cameras[i], ...(geometry.photoSurfaces ? { surface: geometry.photoSurfaces[i] } : {}) }));
  const { fit, maps } = await stage('reflectance', async (at) => {
    const [from, to] = SPAN.reflectance;
    const fit = await fitReflectance(geometry.mesh, geometry.mirror, views, req.textureSize, hooks, {
      preset: REFLECTANCE_PRESETS[req.reflectancePreset],
      progressRange: [from, from + 0.9 * (to - from)],
      ...(model.reshape && geometry.refinable ? { refine: { geometry, reshape: (c, cameras, errors) => model.reshape!(geometry, c, cameras, errors) } } : {}),
      ...(geometry.surface ? { surface: geometry.surface } : {}),
      onIteration: (state) => previewer.offer(() => fitPreview(state, PREVIEW_SIZE), state.iteration, primitive0(state.positions)),
      threads: limits.fitThreads,
      energy: limits.fitEnergy ?? 'auto',
    });
    at(0.9, 'encoding the maps');
    return { fit, maps: await encodeMaps(fit, req.maps) };
  });
  // The cameras and shape as the reflectance fit refined them.
  const fitted = fit.geometry ?? geometry;
  await previewer.offer(
    async () => ({
      ...(await renderPreview(photos[0].image, fitted.mesh, fitted.cameras[0], { data: fit.albedo, size: fit.size }, { maxSize: PREVIEW_SIZE })),
      maps: await fittedPreviewMaps(fit, PREVIEW_SIZE),
    }),
    fit.stats.iterations + 1,
    primitive0(fitted.mesh.positions),
    true,
  );

  // Export: the avatar assembled (primitives, morph targets, LODs), then written and validated.
  const { asset, exported } = await stage('export', async () => {
    const asset = await model.assemble(fitted, maps, req.name, fit.lighting.map(foldKeyLight));
    // The full fitted lighting per photo (Lighting on the wire folds the key light into the SH).
    const lighting = fit.lighting.map((l) => ({ ambientSh: Array.from(l.sh), keyLightDirection: Array.from(l.direction), keyLightColor: Array.from(l.color) }));
    asset.extras = { ...asset.extras, generator: 'fitme-bridge', model: req.model, jobId: req.jobId, lighting };
    return { asset, exported: await writeGlb(asset) };
  });

  const expressions = asset.extras?.photoExpressions as Record<string, number>[] | undefined;
  const photoFits: PhotoFitResult[] = photos.map((_photo, i) => ({
    photoIndex: i,
    camera: fitted.cameras[i],
    lighting: foldKeyLight(fit.lighting[i]),
    landmarks2d: landmarks2d(faces[i].landmarks),
    landmarkError: fitted.landmarkError[i],
    coverage: fit.coverage[i],
    ...(expressions?.[i] && { expression: expressions[i] }),
  }));

  return {
    jobId: req.jobId,
    name: req.name,
    model: req.model,
    createdAt: new Date().toISOString(),
    primitives: resultPrimitives(exported.primitives, asset.primitives),
    lods: exported.lods.map((level, k) => resultPrimitives(level, asset.lods![k])),
    materials: asset.materials.map((m) => ({
      name: m.name,
      baseColorFactor: m.baseColorFactor ?? [1, 1, 1, 1],
      metallic: m.metallic,
      roughness: m.roughness,
      specularFactor: m.specularFactor ?? 1,
      baseColor: m.baseColor?.kind,
      normal: m.normal?.kind,
      specular: m.specular?.kind,
      roughnessMap: m.roughnessTexture?.kind,
    })),
    targetNames: asset.targetNames ?? [],
    textures: maps,
    glb: exported.glb,
    photos: photoFits,
    textureSize: req.textureSize,
    reflectance: { preset: fit.stats.preset, iterations: fit.stats.iterations, energy: fit.stats.energy },
    timings,
    warnings,
    durationMs: performance.now() - started,
  };
}

function resultPrimitives(written: WrittenPrimitive[], given: ExportPrimitive[]): ResultPrimitive[] {
  return written.map((p, i) => ({ name: given[i].name, buffers: p, material: given[i].material, targets: p.targets }));
}

function landmarks2d(xyz: Float32Array): Float32Array {
  const out = new Float32Array((xyz.length / 3) * 2);
  for (let i = 0; i < xyz.length / 3; i++) {
    out[i * 2] = xyz[i * 3];
    out[i * 2 + 1] = xyz[i * 3 + 1];
  }
  return out;
}

/** Longest side of preview images and maps (PreviewMap allows up to 256). */
const PREVIEW_SIZE = 256;

/** Sends preview frames no faster than the client asked for; the last frame of a fit always goes. */
class PreviewThrottle {
  private last = -Infinity;
  constructor(
    private readonly opts: FitRequest['preview'],
    private readonly hooks: PipelineHooks,
  ) {}

  /** `positions`: the mesh's current vertices, once there is a mesh. */
  async offer(
    render: () => Promise<{ jpeg: Uint8Array; width: number; height: number; maps?: PreviewMap[] }>,
    iteration: number,
    positions?: Float32Array,
    force = false,
  ): Promise<void> {
    if (!this.opts.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 1000 / this.opts.rateHz) return;
    this.last = now;
    const { jpeg, width, height, maps } = await render();
    this.hooks.preview({ iteration, photoIndex: 0, jpeg, width, height, maps, positions: this.opts.vertices ? positions : undefined });
  }
}

export function validateRequest(req: Pick<FitRequest, 'photos' | 'textureSize' | 'model'>, limits: { maxPhotos: number; minTextureSize: number; maxTextureSize: number; models: string[] }): void {
  if (req.photos.length === 0) throw new FitError('INVALID_REQUEST', 'the request has no photos: send 1 or more photos of one person');
  if (req.photos.length > limits.maxPhotos) {
    throw new FitError('INVALID_REQUEST', `the request has ${req.photos.length} photos; at most ${limits.maxPhotos} are accepted`);
  }
  const s = req.textureSize;
  if (!Number.isInteger(s) || s < limits.minTextureSize || s > limits.maxTextureSize) {
    throw new FitError('INVALID_REQUEST', `texture size ${s} is out of range: use ${limits.minTextureSize}..${limits.maxTextureSize} (default ${DEFAULT_TEXTURE_SIZE})`);
  }
  if (!limits.models.includes(req.model)) {
    throw new FitError('UNKNOWN_MODEL', `model "${req.model}" is not installed; available: ${limits.models.join(', ')} (see \`fitme models\`)`);
  }
}
