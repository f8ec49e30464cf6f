/** Area-weighted vertex normals: the sum of the adjacent triangles' cross products, normalised. */
export function vertexNormals(positions: ArrayLike<number>, indices: Uint32Array, out?: Float32Array): Float32Array {
  const n = positions.length / 3;
  const acc = new Float64Array(n * 3);
  for (let t = 0; t < indices.length; t += 3) {
    const a = 3 * indices[t], b = 3 * indices[t + 1], c = 3 * indices[t + 2];
    const e1x = positions[b] - positions[a], e1y = positions[b + 1] - positions[a + 1], e1z = positions[b + 2] - positions[a + 2];
    const e2x = positions[c] - positions[a], e2y = positions[c + 1] - positions[a + 1], e2z = positions[c + 2] - positions[a + 2];
    // |e1 x e2| is twice the triangle's area, so the plain sum is already area-weighted.
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
    for (const v of [a, b, c]) {
      acc[v] += nx;
      acc[v + 1] += ny;
      acc[v + 2] += nz;
    }
  }
  const normals = out ?? new Float32Array(n * 3);
  for (let i = 0; i < 3 * n; i += 3) {
    const len = Math.hypot(acc[i], acc[i + 1], acc[i + 2]);
    // A vertex in no triangle (or only in degenerate ones) gets +Z, the face's forward direction.
    if (len > 0) {
      normals[i] = acc[i] / len;
      normals[i + 1] = acc[i + 1] / len;
      normals[i + 2] = acc[i + 2] / len;
    } else {
      normals[i] = 0;
      normals[i + 1] = 0;
      normals[i + 2] = 1;
    }
  }
  return normals;
}
