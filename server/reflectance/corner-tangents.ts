/**
 * The tangent frames a normal map is fitted in: MikkTSpace tangents computed exactly as the
 * export computes them (server/export/tangents.ts, the same mesh in, the same numbers out), so
 * the map means in every engine what it meant to the fit.
 *
 * The export splits a vertex whose triangle corners need different tangents (UV seams, mirrored
 * islands) into copies; the fit keeps the unsplit mesh and reads the tangent per corner instead.
 */
import { addTangents } from '../export/tangents.js';
import type { MeshBuffers } from '../types.js';

/** xyzw per triangle corner (corner 3t + k is vertex k of triangle t), w the bitangent sign. */
export async function cornerTangents(mesh: MeshBuffers): Promise<Float32Array> {
  const [split] = await addTangents([{ mesh, targets: [] }]);
  const { indices, tangents } = split.mesh;
  const out = new Float32Array(4 * indices.length);
  for (let k = 0; k < indices.length; k++) out.set(tangents.subarray(4 * indices[k], 4 * indices[k] + 4), 4 * k);
  return out;
}
