/**
 * Types at the boundaries between the pipeline's stages (image → detect → geometry → reflectance →
 * export → stream). Inside a stage, numeric code works on plain typed arrays.
 *
 * Units and axes follow glTF throughout: metres, +Y up, +Z towards the viewer, right-handed,
 * counter-clockwise front faces, UV origin top-left.
 */

/** An 8-bit sRGB image, RGB interleaved, row-major from the top-left pixel. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array; // length width * height * 3
}

/** A photo after decoding: EXIF orientation applied, alpha flattened, grey expanded to RGB. */
export interface DecodedPhoto {
  index: number; // position in the request
  name: string;
  image: RgbImage;
  format: string; // sharp's name for the encoded format: "jpeg", "png", ...
  /** EXIF orientation tag of the file (1 = upright) before it was applied. */
  exifOrientation: number;
  hadAlpha: boolean;
  grayscale: boolean;
  /** 35 mm-equivalent focal length from EXIF, when the file has one. */
  focal35mm?: number;
}

/** One face found by the detector, in the decoded photo's pixel space. */
export interface DetectedFace {
  box: [x: number, y: number, width: number, height: number];
  score: number;
  /**
   * MediaPipe face-mesh landmarks, 478 points (468 mesh + 10 iris) as xyz triples: x, y in pixels
   * (origin top-left, y down); z in pixel units, relative depth, smaller = closer to the camera.
   * The origin is the image's top-left corner, so pixel (i, j) is centred on (i + 0.5, j + 0.5);
   * z = 0 is about the mean depth of the 468 mesh points; the nose tip is negative.
   */
  landmarks: Float32Array;
  /** faceres identity embedding (1024-D, unit length), or null when it could not be computed. */
  embedding: Float32Array | null;
}

/** Pinhole camera and head pose; see Camera in proto/fitme.proto for the exact projection. */
export interface CameraFit {
  width: number;
  height: number;
  fx: number;
  fy: number;
  cx: number;
  cy: number;
  rotation: [number, number, number, number]; // unit quaternion xyzw, model to camera
  translation: [number, number, number]; // metres
}

/** Order-2 SH irradiance, 27 floats: r0..r8, g0..g8, b0..b8 (see Lighting in the proto). */
export type ShLighting = Float32Array;

export interface MeshBuffers {
  positions: Float32Array; // xyz, metres
  normals: Float32Array; // xyz
  tangents?: Float32Array; // xyzw
  uvs: Float32Array; // uv, origin top-left
  indices: Uint32Array; // CCW triangles
}

/**
 * One photo's own vertex positions and normals over a shared mesh's topology and UVs (that
 * photo's expression, say): what the photo is baked and fitted on.
 */
export interface MeshSurface {
  positions: Float32Array; // xyz, metres
  normals: Float32Array; // xyz
}

/**
 * The whole surface a texture covers when the mesh the photos are fitted on is only part of it
 * (ICT's skin: the face is fitted and baked, the head, neck and ears share its texture atlas).
 * Same shape as that mesh; the texels beyond it are filled across this surface, and the normal
 * map's tangent frames are this surface's, as the export writes them.
 */
export interface TexturedSurface {
  /** The surface as exported: atlas UVs, normals smooth across UV seams. */
  mesh: MeshBuffers;
  /** Per surface vertex, its welded vertex: the copies of one surface point split on UV seams share one. */
  weld: Uint32Array;
  weldedCount: number;
  /** For each vertex of the fitted mesh, its surface vertex. */
  meshVertex: Uint32Array;
  /** For each triangle of the fitted mesh, its surface triangle, corners in the same order. */
  meshTriangle: Uint32Array;
  /** Per welded vertex, 0..1: how much the model puts hair there; absent: the scalp above a fixed hairline (reflectance/hair-layer.ts). */
  hair?: Float32Array;
}

export type MapKindName = 'albedo' | 'specular' | 'normal' | 'roughness' | 'confidence';

/** How long and how finely the reflectance is fitted (REFLECTANCE_PRESETS in reflectance/fit.ts). */
export type ReflectancePresetName = 'fast' | 'default' | 'quality';
export const REFLECTANCE_PRESET_NAMES: readonly ReflectancePresetName[] = ['fast', 'default', 'quality'];

/** A finished texture map, encoded as it is persisted and streamed. */
export interface TextureMap {
  kind: MapKindName;
  width: number;
  height: number;
  colorSpace: 'srgb' | 'linear';
  channels: number;
  bitDepth: 8 | 16;
  mime: 'image/png';
  bytes: Uint8Array;
}

/** What a fit learned about one input photo. */
export interface PhotoFitResult {
  photoIndex: number;
  camera: CameraFit;
  lighting: ShLighting;
  landmarks2d: Float32Array; // xy per detected landmark, pixels
  landmarkError: number; // mean reprojection error / inter-ocular distance
  coverage: number; // fraction of face texels seen in this photo
  /** The expression the fit found in this photo, as weights of the result's morph targets (absent for models without them). */
  expression?: Record<string, number>;
}

/** Stages as the protocol names them. */
export type StageName = 'queued' | 'decode' | 'detect' | 'geometry' | 'reflectance' | 'export' | 'stream';

/**
 * Stable error codes; each maps 1:1 to ErrorCode in proto/fitme.proto (ERROR_CODE_ + upper case).
 */
export type ErrorCodeName =
  | 'INTERNAL'
  | 'BAD_FRAME'
  | 'FRAME_TOO_LARGE'
  | 'HANDSHAKE_REQUIRED'
  | 'UNSUPPORTED_PROTOCOL'
  | 'UNAUTHORIZED'
  | 'ORIGIN_REFUSED'
  | 'INVALID_REQUEST'
  | 'UNKNOWN_MODEL'
  | 'QUEUE_FULL'
  | 'NOT_AN_IMAGE'
  | 'IMAGE_TRUNCATED'
  | 'IMAGE_TOO_LARGE'
  | 'NO_FACE'
  | 'FACE_TOO_SMALL'
  | 'FACE_INDEX_OUT_OF_RANGE'
  | 'DIFFERENT_PEOPLE'
  | 'CANCELLED'
  | 'JOB_NOT_FOUND'
  | 'SHUTTING_DOWN';

/** An error a person can act on. `message` says what happened and what to do. */
export class FitError extends Error {
  constructor(
    readonly code: ErrorCodeName,
    message: string,
    readonly photoIndex?: number,
  ) {
    super(message);
    this.name = 'FitError';
  }
}

/** Callbacks a running fit reports through. All are optional to call; none may throw. */
export interface FitHooks {
  /** fraction: of the whole job, 0..1. */
  progress(stage: StageName, fraction: number, message?: string): void;
  warn(code: string, message: string): void;
  /** Throws FitError('CANCELLED') when the job was cancelled; stages call it between steps. */
  checkCancelled(): void;
}

/** One primitive of the exported mesh, exactly as written into the glb (tangents included). */
export interface ResultPrimitive {
  name: string;
  buffers: MeshBuffers;
  material: number;
  targets?: { positionDeltas: Float32Array; normalDeltas?: Float32Array }[];
}

/** A material, referring to the result's textures by kind. */
export interface ResultMaterial {
  name: string;
  baseColorFactor: [number, number, number, number];
  metallic: number;
  roughness: number;
  specularFactor: number;
  baseColor?: MapKindName;
  normal?: MapKindName;
  specular?: MapKindName;
  roughnessMap?: MapKindName;
}

export interface StageTimingMs {
  stage: StageName;
  ms: number;
}

/** Everything a finished job produced: what is persisted, streamed and fetched again. */
export interface AvatarResult {
  jobId: string;
  name: string;
  model: string;
  createdAt: string; // ISO 8601
  primitives: ResultPrimitive[];
  /** Lower levels of detail (LOD1, LOD2, ...), each a full set of primitives like `primitives` (LOD0), same materials and targets. */
  lods?: ResultPrimitive[][];
  materials: ResultMaterial[];
  targetNames: string[];
  textures: TextureMap[];
  glb: Uint8Array;
  photos: PhotoFitResult[];
  textureSize: number;
  /** The preset the reflectance was fitted with, the optimiser iterations it ran, and what evaluated its energy (absent in results saved before it was recorded). */
  reflectance: { preset: ReflectancePresetName; iterations: number; energy?: 'analytic' | 'tfjs' };
  timings: StageTimingMs[];
  warnings: string[];
  durationMs: number;
}
