import { describe, expect, it } from 'vitest';
import { addTangents } from '../../server/export/tangents.js';

describe('MikkTSpace tangents', () => {
  it('gives a unit tangent perpendicular to the normal where MikkTSpace finds none', async () => {
    // The second triangle's normals lie along its UV u direction (as on ICT's LOD2 teeth, where
    // smoothed normals fold over), so MikkTSpace's tangent, projected off the normal, is zero.
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0, 0, 3, 0, 0, 2, 1, 0]);
    const normals = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0]);
    const uvs = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    const [{ mesh, sourceVertex }] = await addTangents([
      { mesh: { positions, normals, uvs, indices: new Uint32Array([0, 1, 2, 3, 4, 5]) }, targets: [] },
    ]);
    for (let v = 0; v < mesh.tangents.length / 4; v++) {
      const t = mesh.tangents.subarray(4 * v, 4 * v + 4);
      const n = normals.subarray(3 * sourceVertex[v], 3 * sourceVertex[v] + 3);
      expect(Math.hypot(t[0], t[1], t[2])).toBeCloseTo(1, 5);
      expect(Math.abs(t[0] * n[0] + t[1] * n[1] + t[2] * n[2])).toBeLessThan(1e-6);
      expect(Math.abs(t[3])).toBe(1);
    }
  });
});
