/**
 * The ICT-FaceKit morphable model in memory, as the importer's cache gives it back. Units and
 * axes are glTF's; ICT's own are centimetres with +Y up and the face looking down +Z (measured:
 * the nose tip is the face's largest z, the crown the largest y), so import only scales by 0.01.
 * ICT's `_L` shapes move the subject's left side, which is +x here, as ARKit's `...Left` do.
 */
import type { IctPart } from './parts.js';
import type { IctMaterialGroup, IctTopology } from './topology.js';

export interface IctExpression {
  /** ICT's name, e.g. "jawOpen", "eyeBlink_L", "PupilDilate_R". */
  name: string;
  /** Model vertices the expression moves (by more than SPARSE_THRESHOLD_M), ascending. */
  vertices: Uint32Array;
  /** xyz displacement from the neutral per listed vertex, metres. */
  deltas: Float32Array;
}

/** Vertex sets from ICT's vertex_indices.json. */
export interface IctVertexSets {
  /** The 68 Multi-PIE landmarks in their usual order (idx_to_landmark_verts). */
  landmarks68: Uint32Array;
  /** Indices into landmarks68 of the landmarks that expressions barely move (idx_to_rigid_landmark_idx). */
  rigidLandmarks: Uint32Array;
  fitting: Uint32Array; // idx_to_fitting_verts
  rigid: Uint32Array; // idx_to_rigid_verts
  laplacianRigid: Uint32Array; // idx_to_lap_rigid_verts
}

export interface IctModel {
  id: 'ict-facekit';
  vertexCount: number;
  /** xyz per model vertex, metres. */
  neutral: Float32Array;
  identityCount: number;
  /**
   * Identity modes as displacements from the neutral, metres, mode-major: mode k moves vertex i by
   * identityBasis[(k * vertexCount + i) * 3 ..+3]. ICT ships them ordered and scaled: the norm of a
   * whole mode falls from about 0.61 m (mode 0) to 0.01 m (mode 99).
   */
  identityBasis: Float32Array;
  /** The 53 shapes vertex_indices.json lists, in its order, then PupilDilate_L/R, cheekRaiser_L/R. */
  expressions: IctExpression[];
  topology: IctTopology;
  materials: IctMaterialGroup[];
  parts: IctPart[];
  vertexSets: IctVertexSets;
  /** ICT-FaceKit's copyright and MIT licence notice, to travel with anything derived from it. */
  licence: string;
  /** Largest per-vertex distance between this model and the OBJ files it came from, metres. */
  maxQuantisationError: number;
  source: { dir: string; importedAt: string };
}

/** Expression displacements shorter than this are dropped from the sparse deltas. */
export const SPARSE_THRESHOLD_M = 1e-6;
