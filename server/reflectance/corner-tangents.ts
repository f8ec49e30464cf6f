/**
 * The tangent frames a normal map is fitted in: MikkTSpace tangents computed exactly as the
 * export computes them (server/export/tangents.ts, the same mesh in, the same numbers out), so
 * the map means in every engine what it meant to the fit.
 *
 * The export splits a vertex whose triangle corners need different tangents (UV seams, mirrored
 * islands) into copies; the fit keeps the unsplit mesh and reads the tangent per corner instead.
 * When the mesh is part of a larger exported surface (ICT's face within its skin), the tangents
 * are the surface's: MikkTSpace averages over every triangle at a vertex, so along the part's
 * border the part alone would give other tangents than the export writes.
 */
import { addTangents } from '../export/tangents.js';
import type { MeshBuffers, TexturedSurface } from '../types.js';

/** xyzw per triangle corner (corner 3t + k is vertex k of triangle t), w the bitangent sign. */
export async function cornerTangents(mesh: MeshBuffers, surface?: TexturedSurface): Promise<Float32Array> {
  const [split] = await addTangents([{ mesh: surface ? surface.mesh : mesh, targets: [] }]);
  const { indices, tangents } = split.mesh;
  const out = new Float32Array(4 * mesh.indices.length);
  for (let k = 0; k < mesh.indices.length; k++) {
    const corner = surface ? 3 * surface.meshTriangle[(k / 3) | 0] + (k % 3) : k;
    const from = 4 * indices[corner];
    for (let c = 0; c < 4; c++) out[4 * k + c] = tangents[from + c];
  }
  return out;
}
