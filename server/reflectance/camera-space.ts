/**
 * A mesh moved into one photo's camera space, c = R(q) p + t (see Camera in proto/fitme.proto),
 * where visibility, viewing angles and lighting are measured. The camera looks down -Z with +Y
 * up, so a surface at c with normal n faces the camera when dot(n, -c) > 0.
 */
import { toCamera } from '../geometry/projection.js';
import { rotationFromQuaternion } from '../geometry/rotation.js';
import type { CameraFit, MeshBuffers } from '../types.js';

export interface CameraSpaceMesh {
  positions: Float64Array; // xyz, metres
  normals: Float64Array; // xyz, rotated as given (not renormalised)
}

export function toCameraSpace(mesh: Pick<MeshBuffers, 'positions' | 'normals'>, camera: CameraFit): CameraSpaceMesh {
  const rotation = rotationFromQuaternion(camera.rotation);
  return {
    positions: toCamera(mesh.positions, { rotation, translation: Float64Array.from(camera.translation) }),
    normals: toCamera(mesh.normals, { rotation, translation: new Float64Array(3) }),
  };
}
