/**
 * A finished result as the sequence of frames a client receives: Mesh (one per level of detail,
 * LOD0 first), then per texture a TextureBegin and its chunks, then JobCompleted. Generation and
 * fetch-again both send exactly this. Morph targets go sparse to clients that read them so
 * (Hello.sparse_morph_targets), dense to the others.
 */
import crypto from 'node:crypto';
import type { AvatarResult, ResultPrimitive, TextureMap } from '../types.js';
import { v1, crc32, mapKindCode, reflectancePresetCode, stageCode, MAX_CHUNK_BYTES, type IEnvelope } from './wire.js';
import { sha256Hex } from './results.js';
import { sparseMorphTarget } from './morph-targets.js';

export interface FrameOptions {
  skipTextures?: boolean;
  sparseTargets?: boolean;
}

export function* resultFrames(r: AvatarResult, opts: FrameOptions = {}): Generator<IEnvelope> {
  const sparse = opts.sparseTargets ?? false;
  yield meshFrame(r, r.primitives, 0, sparse);
  for (let k = 0; k < (r.lods?.length ?? 0); k++) yield meshFrame(r, r.lods![k], k + 1, sparse);
  if (!opts.skipTextures) {
    for (let i = 0; i < r.textures.length; i++) yield* textureFrames(r.jobId, i + 1, r.textures[i]);
  }
  yield completedFrame(r);
}

/** protobufjs's encoder only indexes repeated fields, so typed arrays go out without a copy. */
const list = (a: ArrayLike<number>) => a as unknown as number[];

/** Texture ids are 1-based positions in AvatarResult.textures (0 means "none" on the wire). */
function textureId(r: AvatarResult, kind: string | undefined): number {
  return kind ? r.textures.findIndex((t) => t.kind === kind) + 1 : 0;
}

function meshFrame(r: AvatarResult, primitives: ResultPrimitive[], lod: number, sparse: boolean): IEnvelope {
  return {
    mesh: {
      jobId: r.jobId,
      name: r.name,
      lod,
      targetNames: r.targetNames,
      primitives: primitives.map((p) => ({
        name: p.name,
        positions: list(p.buffers.positions),
        normals: list(p.buffers.normals),
        tangents: p.buffers.tangents ? list(p.buffers.tangents) : [],
        uvs: list(p.buffers.uvs),
        indices: list(p.buffers.indices),
        material: p.material,
        targets: (p.targets ?? []).map((t) =>
          sparse ? sparseMorphTarget(t) : { positionDeltas: list(t.positionDeltas), normalDeltas: t.normalDeltas ? list(t.normalDeltas) : [] },
        ),
      })),
      materials: r.materials.map((m) => ({
        name: m.name,
        baseColorFactor: m.baseColorFactor,
        metallic: m.metallic,
        roughness: m.roughness,
        specularFactor: m.specularFactor,
        baseColorTexture: textureId(r, m.baseColor),
        normalTexture: textureId(r, m.normal),
        specularTexture: textureId(r, m.specular),
        roughnessTexture: textureId(r, m.roughnessMap),
      })),
    },
  };
}

export function* textureFrames(jobId: string, textureId: number, t: TextureMap): Generator<IEnvelope> {
  const chunkCount = Math.max(1, Math.ceil(t.bytes.length / MAX_CHUNK_BYTES));
  yield {
    textureBegin: {
      jobId,
      textureId,
      kind: mapKindCode(t.kind),
      width: t.width,
      height: t.height,
      encoding: t.mime,
      colorSpace: t.colorSpace === 'srgb' ? v1.ColorSpace.COLOR_SPACE_SRGB : v1.ColorSpace.COLOR_SPACE_LINEAR,
      bitDepth: t.bitDepth,
      channels: t.channels,
      totalBytes: t.bytes.length,
      chunkCount,
      crc32: crc32(t.bytes),
      sha256: crypto.createHash('sha256').update(t.bytes).digest(),
    },
  };
  for (let i = 0; i < chunkCount; i++) {
    const data = t.bytes.subarray(i * MAX_CHUNK_BYTES, (i + 1) * MAX_CHUNK_BYTES);
    yield { textureChunk: { jobId, textureId, index: i, offset: i * MAX_CHUNK_BYTES, data, crc32: crc32(data) } };
  }
}

function completedFrame(r: AvatarResult): IEnvelope {
  return {
    completed: {
      jobId: r.jobId,
      summary: {
        model: r.model,
        vertexCount: r.primitives.reduce((n, p) => n + p.buffers.positions.length / 3, 0),
        triangleCount: r.primitives.reduce((n, p) => n + p.buffers.indices.length / 3, 0),
        textureSize: r.textureSize,
        durationMs: r.durationMs,
        timings: r.timings.map((t) => ({ stage: stageCode(t.stage), ms: t.ms })),
        warnings: r.warnings,
        glbSha256: sha256Hex(r.glb),
        reflectancePreset: reflectancePresetCode(r.reflectance.preset),
        reflectanceIterations: r.reflectance.iterations,
      },
      photos: r.photos.map((p) => ({
        photoIndex: p.photoIndex,
        camera: {
          width: p.camera.width,
          height: p.camera.height,
          fx: p.camera.fx,
          fy: p.camera.fy,
          cx: p.camera.cx,
          cy: p.camera.cy,
          rotation: p.camera.rotation,
          translation: p.camera.translation,
        },
        lighting: { sh: list(p.lighting) },
        landmarks: list(p.landmarks2d),
        landmarkError: p.landmarkError,
        coverage: p.coverage,
      })),
    },
  };
}
