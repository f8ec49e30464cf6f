/**
 * What the pipeline needs from a face model, so models (the embedded MediaPipe mesh, an imported
 * ICT-FaceKit head) plug in without the pipeline knowing their insides.
 */
import type { AvatarAsset } from '../export/glb.js';
import type { CameraFit, DecodedPhoto, DetectedFace, FitHooks, MeshBuffers, MeshSurface, ShLighting, TextureMap, TexturedSurface } from '../types.js';

export interface ModelDescription {
  id: string;
  description: string;
  vertexCount: number;
  triangleCount: number;
  morphTargetNames: string[];
}

export interface GeometryView {
  photo: DecodedPhoto;
  face: DetectedFace;
}

/** The fitted geometry: the mesh the maps are baked on (in the model's UV layout) and the cameras. */
export interface FittedGeometry {
  /** The person's shape as fitted to the photos (expression included), with normals and UVs. */
  mesh: MeshBuffers;
  /** For each vertex of `mesh`, its left–right mirror partner (for filling unseen texels). */
  mirror: Uint32Array;
  /**
   * Per photo, that photo's own surface over `mesh`'s topology and UVs (its own expression): the
   * photo is baked and fitted on it, so a smile's texels land where the smile puts them. Absent:
   * `mesh` for every photo.
   */
  photoSurfaces?: MeshSurface[];
  /** When the maps cover more than `mesh` (ICT's whole skin): that surface, at the same shape. */
  surface?: TexturedSurface;
  cameras: CameraFit[];
  /** Per photo: mean landmark reprojection error / inter-ocular distance. */
  landmarkError: number[];
  /** What the photometric refinement (server/reflectance/refine-geometry.ts) may move, with the model's reshape(). */
  refinable?: RefinableShape;
}

/**
 * A few shape coefficients, shared by all photos, that move the fitted geometry linearly, and the
 * landmarks the geometry was fitted to, which the refinement keeps as a prior. Coefficients are
 * changes from the fitted shape, in units of about one standard deviation of the model's shape
 * prior (so one prior weight fits every model).
 */
export interface RefinableShape {
  count: number;
  /** Mode-major: coefficient k moves vertex i of `mesh` (and of every photo surface) by modes[(k * vertices + i) * 3 ..+3], metres. */
  modes: Float32Array;
  landmarks: {
    /** Per photo: the model-space landmarks of the fitted geometry, xyz each (that photo's expression included). */
    points: Float64Array[];
    /** Mode-major as `modes`, at the landmarks. */
    modes: Float32Array;
    /** Per photo: the detected landmarks, xy pixels. */
    observed: Float64Array[];
    /** Per photo and landmark: the trust the geometry fit gave it. */
    weights: Float64Array[];
    /** Per photo: outer eye corner to outer eye corner, pixels (the unit of landmarkError). */
    interocular: number[];
  };
}

export interface FaceModel {
  describe(): ModelDescription;
  /**
   * Starts loading what fit() needs, on another thread where the model can, so that it is ready
   * by the time the photos are detected. Never throws: fit() reports any failure.
   */
  prepare?(): void;
  fit(views: GeometryView[], hooks: FitHooks, progressRange: [number, number]): FittedGeometry | Promise<FittedGeometry>;
  /**
   * The geometry with its shape moved by `coefficients` of geometry.refinable (its landmark points
   * moved too), with these cameras and landmark errors. assemble() accepts the result.
   */
  reshape?(geometry: FittedGeometry, coefficients: Float64Array, cameras: CameraFit[], landmarkError: number[]): FittedGeometry;
  /**
   * The exported avatar: primitives, materials wired to the maps, morph targets, LODs. `lighting`:
   * per photo, the fitted light as SH irradiance, to de-light what the maps do not carry.
   */
  assemble(geometry: FittedGeometry, maps: TextureMap[], name: string, lighting: ShLighting[]): AvatarAsset | Promise<AvatarAsset>;
}
