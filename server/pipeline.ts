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
  StageName,
  StageTimingMs,
} from './types.js';
import { FitError } from './types.js';
import { decodePhoto } from './image/decode.js';
import type { FaceDetector } from './detect/faces.js';
import { selectFace } from './detect/select.js';
import { checkSamePerson } from './detect/identity.js';
import type { FaceModel } from './geometry/face-model.js';
import { bakeTexture } from './reflectance/bake.js';
import { encodeMaps } from './reflectance/maps.js';
import { estimateLighting } from './reflectance/lighting.js';
import { writeGlb } from './export/glb.js';
import { renderPreview } from './export/preview.js';

export const DEFAULT_TEXTURE_SIZE = 1024;
/** The maps this model produces; the reflectance fit adds specular, normal and roughness. */
export const SUPPORTED_MAPS: MapKindName[] = ['albedo', 'confidence'];

export interface FitRequest {
  jobId: string;
  name: string;
  photos: { data: Uint8Array; name: string; faceIndex: number }[];
  model: string;
  textureSize: number;
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
}

export interface PipelineHooks extends FitHooks {
  preview(frame: PreviewFrame): void;
}

export interface PipelineLimits {
  maxPhotoPixels: number;
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

  const faces: DetectedFace[] = await stage('detect', async (at) => {
    const out: DetectedFace[] = [];
    for (let i = 0; i < n; i++) {
      hooks.checkCancelled();
      const found = await detector.detect(photos[i].image);
      out.push(selectFace(found, photos[i], req.photos[i].faceIndex, { warn }));
      at((i + 1) / n, `found the face in ${photos[i].name}`);
    }
    checkSamePerson(out, photos);
    return out;
  });

  const geometry = await stage('geometry', () => model.fit(photos.map((photo, i) => ({ photo, face: faces[i] })), hooks, SPAN.geometry));

  const previewer = new PreviewThrottle(req.preview, hooks);
  await previewer.offer(() => renderPreview(photos[0].image, geometry.mesh, geometry.cameras[0], null, { maxSize: 256 }), 0, geometry.mesh.positions);

  const views = photos.map((p, i) => ({ image: p.image, camera: geometry.cameras[i] }));
  const { bake, maps, lighting } = await stage('reflectance', async (at) => {
    const bake = bakeTexture(geometry.mesh, geometry.mirror, views, req.textureSize, hooks, { progressRange: [SPAN.reflectance[0], SPAN.reflectance[0] + 0.7 * (SPAN.reflectance[1] - SPAN.reflectance[0])] });
    at(0.7, 'baked the photo into the texture');
    const lighting = views.map((v) => estimateLighting(geometry.mesh, v, bake));
    const maps = (await encodeMaps(bake)).filter((m) => req.maps.includes(m.kind));
    return { bake, maps, lighting };
  });
  await previewer.offer(() => renderPreview(photos[0].image, geometry.mesh, geometry.cameras[0], { data: bake.albedo, size: bake.size }, { maxSize: 256 }), 1, geometry.mesh.positions, true);

  const asset = model.assemble(geometry, maps, req.name);
  asset.extras = { ...asset.extras, generator: 'fitme-bridge', model: req.model, jobId: req.jobId };
  const exported = await stage('export', () => writeGlb(asset));

  const photoFits: PhotoFitResult[] = photos.map((p, i) => ({
    photoIndex: i,
    camera: geometry.cameras[i],
    lighting: lighting[i],
    landmarks2d: landmarks2d(faces[i].landmarks),
    landmarkError: geometry.landmarkError[i],
    coverage: bake.coverage[i],
  }));

  return {
    jobId: req.jobId,
    name: req.name,
    model: req.model,
    createdAt: new Date().toISOString(),
    primitives: exported.primitives.map((p, i) => ({ name: asset.primitives[i].name, buffers: p, material: asset.primitives[i].material, targets: p.targets })),
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
    timings,
    warnings,
    durationMs: performance.now() - started,
  };
}

function landmarks2d(xyz: Float32Array): Float32Array {
  const out = new Float32Array((xyz.length / 3) * 2);
  for (let i = 0; i < xyz.length / 3; i++) {
    out[i * 2] = xyz[i * 3];
    out[i * 2 + 1] = xyz[i * 3 + 1];
  }
  return out;
}

/** Sends preview frames no faster than the client asked for; the last frame of a fit always goes. */
class PreviewThrottle {
  private last = -Infinity;
  constructor(
    private readonly opts: FitRequest['preview'],
    private readonly hooks: PipelineHooks,
  ) {}

  async offer(render: () => Promise<{ jpeg: Uint8Array; width: number; height: number }>, iteration: number, positions: Float32Array, force = false): Promise<void> {
    if (!this.opts.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 1000 / this.opts.rateHz) return;
    this.last = now;
    const frame = await render();
    this.hooks.preview({ iteration, photoIndex: 0, ...frame, positions: this.opts.vertices ? positions : undefined });
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
