/**
 * What the pipeline needs from a face model, so models (the embedded MediaPipe mesh, an imported
 * ICT-FaceKit head) plug in without the pipeline knowing their insides.
 */
import type { AvatarAsset } from '../export/glb.js';
import type { CameraFit, DecodedPhoto, DetectedFace, FitHooks, MeshBuffers, TextureMap, TexturedSurface } from '../types.js';

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
  /** When the maps cover more than `mesh` (ICT's whole skin): that surface, at the same shape. */
  surface?: TexturedSurface;
  cameras: CameraFit[];
  /** Per photo: mean landmark reprojection error / inter-ocular distance. */
  landmarkError: number[];
}

export interface FaceModel {
  describe(): ModelDescription;
  fit(views: GeometryView[], hooks: FitHooks, progressRange: [number, number]): FittedGeometry | Promise<FittedGeometry>;
  /** The exported avatar: primitives, materials wired to the maps, morph targets, LODs. */
  assemble(geometry: FittedGeometry, maps: TextureMap[], name: string): AvatarAsset | Promise<AvatarAsset>;
}
