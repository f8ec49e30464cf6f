/**
 * The embedded face model: MediaPipe's canonical face mesh, shaped to the person by fitGeometry.
 * A face mask (no back of the head, eyes or mouth interior), always available.
 */
import type { CameraFit, TextureMap } from '../types.js';
import type { AvatarAsset } from '../export/glb.js';
import { loadCanonicalMesh } from './canonical.js';
import type { FaceModel, FittedGeometry, ModelDescription, RefinableShape } from './face-model.js';
import { fitGeometry } from './fit.js';
import { normalBumpModes } from './normal-bumps.js';
import { vertexNormals } from './vertex-normals.js';

export const MEDIAPIPE_MODEL_ID = 'mediapipe-canonical';

/**
 * The refinement's shape basis: smooth bumps along the normals (normal-bumps.ts), about a
 * feature's size across, one unit about the 2 mm RMS the landmark fit recovers shape to.
 */
const BUMPS = { count: 16, sigmaM: 0.02, amplitudeM: 0.002 };

export const mediapipeModel: FaceModel = {
  describe(): ModelDescription {
    const m = loadCanonicalMesh();
    return {
      id: MEDIAPIPE_MODEL_ID,
      description: "MediaPipe's canonical face mesh (embedded; face only, 468 vertices)",
      vertexCount: m.positions.length / 3,
      triangleCount: m.indices.length / 3,
      morphTargetNames: [],
    };
  },

  fit(views, hooks, progressRange) {
    const model = loadCanonicalMesh();
    const { landmarks, ...fit } = fitGeometry(model, views, hooks, { progressRange });
    const modes = normalBumpModes(fit.mesh.positions, fit.mesh.normals, BUMPS.count, BUMPS.sigmaM, BUMPS.amplitudeM);
    const points = Float64Array.from(fit.mesh.positions);
    // The landmarks are the mesh's vertices, so they move with the same modes.
    const refinable: RefinableShape = { count: modes.length / fit.mesh.positions.length, modes, landmarks: { ...landmarks, points: views.map(() => points), modes } };
    return { ...fit, mirror: model.mirror, refinable };
  },

  reshape(geometry: FittedGeometry, coefficients: Float64Array, cameras: CameraFit[], landmarkError: number[]): FittedGeometry {
    const { mesh, refinable } = geometry;
    if (!refinable) throw new Error('reshape() was given a geometry without a shape basis');
    const positions = Float32Array.from(mesh.positions);
    displace(positions, refinable.modes, coefficients);
    const points = Float64Array.from(positions);
    return {
      ...geometry,
      mesh: { ...mesh, positions, normals: vertexNormals(positions, mesh.indices) },
      cameras,
      landmarkError,
      refinable: { ...refinable, landmarks: { ...refinable.landmarks, points: refinable.landmarks.points.map(() => points) } },
    };
  },

  assemble(geometry: FittedGeometry, maps: TextureMap[], name: string): AvatarAsset {
    const map = (kind: TextureMap['kind']) => maps.find((m) => m.kind === kind);
    const roughness = map('roughness');
    return {
      name,
      primitives: [{ name: 'face', mesh: geometry.mesh, material: 0 }],
      // glTF multiplies the roughness map by the factor: 1 keeps the fitted values.
      materials: [{ name: 'skin', baseColor: map('albedo'), normal: map('normal'), specular: map('specular'), roughnessTexture: roughness, metallic: 0, roughness: roughness ? 1 : 0.6 }],
    };
  },
};

/** points += Σ_k c_k modes_k, for mode-major modes over the points (xyz each). */
function displace(points: Float32Array | Float64Array, modes: Float32Array, coefficients: ArrayLike<number>): void {
  const n = points.length;
  for (let k = 0; k < coefficients.length; k++) {
    const c = coefficients[k];
    if (c === 0) continue;
    for (let i = 0, o = k * n; i < n; i++, o++) points[i] += c * modes[o];
  }
}
