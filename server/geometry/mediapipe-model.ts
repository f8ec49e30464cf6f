/**
 * The embedded face model: MediaPipe's canonical face mesh, shaped to the person by fitGeometry.
 * A face mask (no back of the head, eyes or mouth interior), always available.
 */
import type { TextureMap } from '../types.js';
import type { AvatarAsset } from '../export/glb.js';
import { loadCanonicalMesh } from './canonical.js';
import type { FaceModel, FittedGeometry, ModelDescription } from './face-model.js';
import { fitGeometry } from './fit.js';

export const MEDIAPIPE_MODEL_ID = 'mediapipe-canonical';

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
    return { ...fitGeometry(model, views, hooks, { progressRange }), mirror: model.mirror };
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
