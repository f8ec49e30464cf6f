/**
 * `fitme eval`'s measurements: fit the photos, re-render the fit over each photo with its fitted
 * camera and lighting (server/render/result-render.ts: the fit's own shading), and measure how
 * well the render explains the photo, and, for several photos, whether the albedo is free of the
 * photos' lighting.
 *
 * Per photo, all inside the face mask: the pixels the render covers within the convex hull of
 * the photo's face landmarks (face-mask.ts), so that a model rendering scalp and neck is measured
 * on the face like one rendering the face alone. The render inside that mask, over the photo, is
 * "the composite":
 *   PSNR and SSIM of the composite against the photo (8-bit sRGB);
 *   landmark error: the detector run on the composite against the detector on the photo, mean
 *     distance over the 468 mesh points (the irises follow gaze, not the fit) in % of the photo's
 *     inter-ocular distance;
 *   identity: cosine of the faceres embeddings of the photo's face and the composite's.
 * For two or more photos, each is also fitted alone, and each pair of those fits is compared by
 * the mean CIEDE2000 between their albedo maps over texels both observed.
 */
import { performance } from 'node:perf_hooks';
import type { FaceDetector } from '../detect/faces.js';
import { identitySimilarity } from '../detect/identity.js';
import { interocularDistance } from '../detect/mesh-landmarks.js';
import type { FaceModel } from '../geometry/face-model.js';
import { decodePhoto } from '../image/decode.js';
import { runFit, SUPPORTED_MAPS, type FitRequest, type PipelineHooks, type PipelineLimits } from '../pipeline.js';
import { compositeOver, decodeMap, loadScene, photoLighting, posedScene, renderFit, type ScenePrimitive } from '../render/result-render.js';
import type { ViewLighting } from '../render/shade.js';
import type { AvatarResult, DetectedFace, FitHooks, PhotoFitResult, ReflectancePresetName, RgbImage, StageName } from '../types.js';
import { albedoOutliers, type FaceEdgeRegion } from './albedo-outliers.js';
import { fillBoundary, type FillBoundary } from './fill-boundary.js';
import { renderAvatarViews, sideLight, type AvatarViewName } from './avatar-views.js';
import { absDifference, faceCrop, sideBySidePng } from './eval-images.js';
import { landmarkHullMask } from './face-mask.js';
import { albedoAgreement, psnr, ssim, type AlbedoAgreement, type ObservedAlbedo } from './eval.js';
import { neutralLighting } from './lighting.js';

/** Landmarks compared: the face mesh's, without the two 5-point irises. */
const MESH_LANDMARKS = 468;
/**
 * Texels count as observed above the most a bake's mirror-filled texel gets (128 of 255): seen
 * directly, at most ~60° off the surface normal.
 */
export const OBSERVED_CONFIDENCE = 129 / 255;
/** Gain of the difference panel, so that errors of a few code values are visible. */
export const DIFF_GAIN = 4;

export interface EvalPhoto {
  data: Uint8Array;
  name: string;
  faceIndex: number;
}

export interface EvalOptions {
  model: string;
  textureSize: number;
  reflectancePreset: ReflectancePresetName;
  limits: PipelineLimits;
  /** The fits' progress and warnings; `fit` says which fit (the joint one is "all photos"). */
  progress?: (fit: string, stage: StageName, fraction: number, message?: string) => void;
  warn?: (code: string, message: string) => void;
}

export interface PhotoEvaluation {
  photoIndex: number;
  name: string;
  width: number;
  height: number;
  /** Pixels of the face mask: where the metrics are measured. */
  maskPixels: number;
  psnrDb: number;
  ssim: number;
  /** % of the inter-ocular distance; null when the detector found no face in the re-render. */
  landmarkErrorPercent: number | null;
  /** null when either face has no embedding, or no face was found in the re-render. */
  identity: number | null;
  /**
   * The albedo drawn over the photo: per region (nostrils, lip line, cheek edges), the fraction of
   * its pixels brighter or greener than the face's skin (albedo-outliers.ts), i.e. shading errors
   * left in the albedo that a side light shows.
   */
  albedoOutliers: Record<FaceEdgeRegion, number>;
  /** photo | re-render over the photo | |difference| × DIFF_GAIN inside the face mask, cropped to the render. */
  sideBySidePng: Uint8Array;
  /** re-render under the fitted lighting | lit from the image's left | from its right. */
  relitPng: Uint8Array;
  /**
   * The avatar alone on a plain background (avatar-views.ts), per view: the identity cosine of
   * its render against the photo; null when the detector finds no face or no embedding in it.
   * `ownStudio`: the same render against the avatar's own studio view, i.e. what the network
   * gives one and the same head seen this way against seen from the front: about the most a
   * perfect likeness could score against a frontal photo.
   */
  views: { name: AvatarViewName; identity: number | null; ownStudio: number | null }[];
  /** The contact sheet: photo | each view alone, cropped to the head. */
  viewsPng: Uint8Array;
}

export interface PairAgreement extends AlbedoAgreement {
  photos: [number, number];
}

export interface OverallAgreement {
  /** Mean CIEDE2000 over all pairs' commonly observed texels (pairs weighted by their texels). */
  meanDeltaE2000: number;
  texels: number;
  pairs: PairAgreement[];
}

export interface FitEvaluation {
  model: string;
  textureSize: number;
  /** The preset the joint fit ran with, and its iterations. */
  reflectance: AvatarResult['reflectance'];
  fitMs: number;
  photos: PhotoEvaluation[];
  /** Photos fitted separately, every pair compared; null for one photo. */
  albedoAgreement: OverallAgreement | null;
  /** The filled skin against the photographed skin beside it (fill-boundary.ts); null without albedo and confidence maps. */
  fillBoundary: FillBoundary | null;
  warnings: string[];
}

export async function evaluateFit(photos: EvalPhoto[], model: FaceModel, detector: FaceDetector, opts: EvalOptions): Promise<FitEvaluation> {
  const warnings: string[] = [];
  const warn = (code: string, message: string) => {
    warnings.push(code);
    opts.warn?.(code, message);
  };
  const fit = (subset: EvalPhoto[], label: string) => runFit(request(subset, opts), model, detector, opts.limits, hooks(label, opts, warn));

  const t0 = performance.now();
  const result = await fit(photos, 'all photos');
  const fitMs = performance.now() - t0;
  const scene = await loadScene(result);
  const evaluations: PhotoEvaluation[] = [];
  for (const [i, photo] of photos.entries()) {
    const decoded = await decodePhoto(photo.data, i, photo.name, { maxPixels: opts.limits.maxPhotoPixels });
    // As the photo showed the face: with the expression the fit found in it.
    const posed = posedScene(scene, result.targetNames, result.photos[i].expression ?? {});
    evaluations.push(await evaluatePhoto(decoded.image, result.photos[i], photo.name, posed, detector, warn));
  }

  const observed = await observedAlbedo(result, warn);
  const skin = result.primitives[0].buffers;
  const boundary = observed && fillBoundary(
    { width: observed.width, height: observed.height, channels: 3, data: observed.albedo },
    { width: observed.width, height: observed.height, channels: 1, data: observed.confidence },
    skin.uvs,
    skin.indices,
    OBSERVED_CONFIDENCE,
  );

  let agreement: OverallAgreement | null = null;
  if (photos.length >= 2) {
    const albedos: (ObservedAlbedo | null)[] = [];
    for (const [i, photo] of photos.entries()) {
      albedos.push(await observedAlbedo(await fit([photo], `photo ${i + 1} alone`), warn));
    }
    agreement = agreementOf(albedos);
  }
  return { model: opts.model, textureSize: opts.textureSize, reflectance: result.reflectance, fitMs, photos: evaluations, albedoAgreement: agreement, fillBoundary: boundary, warnings };
}

function request(photos: EvalPhoto[], opts: EvalOptions): FitRequest {
  return {
    jobId: 'eval',
    name: 'eval',
    photos: photos.map((p) => ({ data: p.data, name: p.name, faceIndex: p.faceIndex })),
    model: opts.model,
    textureSize: opts.textureSize,
    reflectancePreset: opts.reflectancePreset,
    maps: SUPPORTED_MAPS,
    preview: { enabled: false, rateHz: 0, vertices: false },
  };
}

function hooks(label: string, opts: EvalOptions, warn: FitHooks['warn']): PipelineHooks {
  return {
    progress: (stage, fraction, message) => opts.progress?.(label, stage, fraction, message),
    warn,
    checkCancelled: () => undefined,
    preview: () => undefined,
  };
}

async function evaluatePhoto(
  image: RgbImage,
  fit: PhotoFitResult,
  name: string,
  scene: ScenePrimitive[],
  detector: FaceDetector,
  warn: FitHooks['warn'],
): Promise<PhotoEvaluation> {
  const label = `photo ${fit.photoIndex + 1} (${name})`;
  const render = renderFit(scene, fit.camera, photoLighting(fit));
  const hull = landmarkHullMask(fit.landmarks2d, MESH_LANDMARKS, image.width, image.height);
  const mask = render.mask.map((m, p) => m & hull[p]);
  let maskPixels = 0;
  for (const m of mask) maskPixels += m;
  // What is measured: the render inside the face mask over the photo.
  const composite = compositeOver(image, { ...render, mask });

  const photoFace = fittedFace(await detector.detect(image), fit.landmarks2d);
  const renderFace = fittedFace(await detector.detect(composite), fit.landmarks2d);
  let landmarkErrorPercent: number | null = null;
  let identity: number | null = null;
  if (!photoFace || !renderFace) {
    warn('eval-no-face', `${label}: the detector finds no face ${photoFace ? 'in the re-render' : 'in the photo'} where the fit is, so landmark error and identity are not measured`);
  } else {
    landmarkErrorPercent = (100 * meanDistance(photoFace.landmarks, renderFace.landmarks, MESH_LANDMARKS)) / interocularDistance(photoFace.landmarks);
    if (photoFace.embedding && renderFace.embedding) identity = identitySimilarity(photoFace.embedding, renderFace.embedding);
    else warn('eval-no-embedding', `${label}: faceres could not describe the ${photoFace.embedding ? 're-rendered' : 'photographed'} face, so identity is not measured`);
  }

  // What is shown: all the fit renders.
  const crop = faceCrop(render.mask, image.width, image.height);
  const whole = compositeOver(image, render);
  const relit = (side: -1 | 1) => compositeOver(image, renderFit(scene, fit.camera, sideLight(fit.lighting, side)));
  const [sideBySide, relitPng] = await Promise.all([
    sideBySidePng([image, whole, absDifference(image, composite, DIFF_GAIN)], crop),
    sideBySidePng([whole, relit(-1), relit(1)], crop),
  ]);
  // The avatar alone, as a viewer shows it.
  const alone = renderAvatarViews(scene, fit.camera, photoLighting(fit));
  const embeddings: (Float32Array | null)[] = [];
  for (const view of alone) {
    const face = fittedFace(await detector.detect(view.image), fit.landmarks2d);
    if (!face?.embedding && photoFace?.embedding) warn('eval-view-no-identity', `${label}: no identity measured for the ${view.name} view (${face ? 'no embedding' : 'no face found'})`);
    embeddings.push(face?.embedding ?? null);
  }
  const studio = embeddings[alone.findIndex((v) => v.name === 'studio')];
  const views: PhotoEvaluation['views'] = alone.map((view, k) => {
    const e = embeddings[k];
    return {
      name: view.name,
      identity: e && photoFace?.embedding ? identitySimilarity(photoFace.embedding, e) : null,
      ownStudio: e && studio ? identitySimilarity(studio, e) : null,
    };
  });
  const union = alone.reduce((m, v) => m.map((x, p) => x | v.render.mask[p]), render.mask);
  const viewsPng = await sideBySidePng([image, ...alone.map((v) => v.image)], faceCrop(union, image.width, image.height, 0.15));

  // Uniform white light, no highlight: the albedo itself.
  const albedo = renderFit(scene, fit.camera, { sh: neutralLighting(), direction: Float32Array.of(0, 0, 1), color: new Float32Array(3) });
  return {
    photoIndex: fit.photoIndex,
    name,
    width: image.width,
    height: image.height,
    maskPixels,
    psnrDb: psnr(image, composite, mask),
    ssim: ssim(image, composite, mask),
    landmarkErrorPercent,
    identity,
    albedoOutliers: albedoOutliers(albedo.color, mask, image.width, image.height, fit.landmarks2d),
    sideBySidePng: sideBySide,
    relitPng,
    views,
    viewsPng,
  };
}

/**
 * The detected face the fit is of: the one whose landmarks' centre is nearest the fitted photo
 * landmarks' centre, and within one inter-ocular distance of it (a face elsewhere is someone else).
 */
function fittedFace(faces: DetectedFace[], fitted: Float32Array): DetectedFace | null {
  const n = fitted.length / 2;
  let fx = 0, fy = 0;
  for (let i = 0; i < n; i++) {
    fx += fitted[2 * i];
    fy += fitted[2 * i + 1];
  }
  fx /= n;
  fy /= n;
  let best: DetectedFace | null = null;
  let bestDistance = Infinity;
  for (const face of faces) {
    const m = face.landmarks.length / 3;
    let x = 0, y = 0;
    for (let i = 0; i < m; i++) {
      x += face.landmarks[3 * i];
      y += face.landmarks[3 * i + 1];
    }
    const d = Math.hypot(x / m - fx, y / m - fy);
    if (d < bestDistance && d <= interocularDistance(face.landmarks)) {
      best = face;
      bestDistance = d;
    }
  }
  return best;
}

/** Mean image-plane distance between the first `count` points of two xyz landmark sets. */
function meanDistance(a: Float32Array, b: Float32Array, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.hypot(a[3 * i] - b[3 * i], a[3 * i + 1] - b[3 * i + 1]);
  return sum / count;
}

/** A fit's albedo and confidence maps, on the albedo's texel grid; null (with a warning) without both. */
async function observedAlbedo(result: AvatarResult, warn: FitHooks['warn']): Promise<ObservedAlbedo | null> {
  const albedoMap = result.textures.find((t) => t.kind === 'albedo');
  const confidenceMap = result.textures.find((t) => t.kind === 'confidence');
  if (!albedoMap || !confidenceMap) {
    warn('eval-no-confidence', `the fit produced no ${albedoMap ? 'confidence' : 'albedo'} map, so the albedos of separate fits are not compared`);
    return null;
  }
  const [albedo, confidence] = await Promise.all([decodeMap(albedoMap), decodeMap(confidenceMap)]);
  if (albedo.width !== confidence.width || albedo.height !== confidence.height) {
    warn('eval-map-sizes', `the albedo map is ${albedo.width}x${albedo.height} but the confidence map ${confidence.width}x${confidence.height}, so the albedos of separate fits are not compared`);
    return null;
  }
  const rgb = new Float32Array(albedo.width * albedo.height * 3);
  const seen = new Float32Array(albedo.width * albedo.height);
  for (let t = 0; t < seen.length; t++) {
    for (let c = 0; c < 3; c++) rgb[3 * t + c] = albedo.data[t * albedo.channels + Math.min(c, albedo.channels - 1)];
    seen[t] = confidence.data[t * confidence.channels];
  }
  return { width: albedo.width, height: albedo.height, albedo: rgb, confidence: seen };
}

/** Every pair compared; the overall mean weights pairs by their texels. */
function agreementOf(albedos: (ObservedAlbedo | null)[]): OverallAgreement | null {
  if (albedos.some((a) => a === null)) return null;
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < albedos.length; i++) {
    for (let j = i + 1; j < albedos.length; j++) {
      pairs.push({ photos: [i, j], ...albedoAgreement(albedos[i]!, albedos[j]!, OBSERVED_CONFIDENCE) });
    }
  }
  const texels = pairs.reduce((s, p) => s + p.texels, 0);
  const sum = pairs.reduce((s, p) => s + (p.texels > 0 ? p.meanDeltaE2000 * p.texels : 0), 0);
  return { meanDeltaE2000: texels > 0 ? sum / texels : NaN, texels, pairs };
}
