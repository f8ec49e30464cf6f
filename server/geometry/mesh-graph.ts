/**
 * The canonical mesh's connectivity, as the shape prior and the landmark weights need it: each
 * vertex's neighbours along triangle edges, and the open boundary (the face's outer contour).
 */

export interface MeshGraph {
  vertexCount: number;
  /** CSR: the neighbours of vertex i are neighbours[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  neighbours: Uint32Array;
  /** 1 for vertices on an edge that only one triangle uses, else 0. */
  boundary: Uint8Array;
}

export function meshGraph(indices: Uint32Array, vertexCount: number): MeshGraph {
  // Edge key a * n + b with a < b; the count tells interior (2) from boundary (1) edges.
  const edgeUses = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k];
      const b = indices[t + ((k + 1) % 3)];
      const key = a < b ? a * vertexCount + b : b * vertexCount + a;
      edgeUses.set(key, (edgeUses.get(key) ?? 0) + 1);
    }
  }
  const degree = new Uint32Array(vertexCount);
  const boundary = new Uint8Array(vertexCount);
  for (const [key, uses] of edgeUses) {
    const a = Math.floor(key / vertexCount);
    const b = key % vertexCount;
    degree[a]++;
    degree[b]++;
    if (uses === 1) boundary[a] = boundary[b] = 1;
  }
  const offsets = new Uint32Array(vertexCount + 1);
  for (let i = 0; i < vertexCount; i++) offsets[i + 1] = offsets[i] + degree[i];
  const neighbours = new Uint32Array(offsets[vertexCount]);
  const fill = offsets.slice(0, vertexCount);
  for (const key of edgeUses.keys()) {
    const a = Math.floor(key / vertexCount);
    const b = key % vertexCount;
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { vertexCount, offsets, neighbours, boundary };
}
