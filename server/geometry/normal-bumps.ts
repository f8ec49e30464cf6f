/**
 * A small smooth shape basis for a free-form mesh: Gaussian bumps along the vertex normals,
 * centred on vertices spread evenly over the surface (farthest-point sampling). It spans the
 * smooth, low-frequency part of what the embedded model's free-form shape fit (shape.ts) moves,
 * in a handful of coefficients, for the photometric refinement.
 */

/** Mode-major displacements (count × vertices × 3): mode k moves vertex i by amplitude × exp(−d²/2σ²) along its normal. */
export function normalBumpModes(positions: Float32Array, normals: Float32Array, count: number, sigma: number, amplitude: number): Float32Array {
  const n = positions.length / 3;
  const centres = spreadVertices(positions, count);
  const modes = new Float32Array(centres.length * 3 * n);
  centres.forEach((c, k) => {
    const cx = positions[3 * c], cy = positions[3 * c + 1], cz = positions[3 * c + 2];
    for (let i = 0; i < n; i++) {
      const d2 = (positions[3 * i] - cx) ** 2 + (positions[3 * i + 1] - cy) ** 2 + (positions[3 * i + 2] - cz) ** 2;
      const s = amplitude * Math.exp(-d2 / (2 * sigma * sigma));
      const nx = normals[3 * i], ny = normals[3 * i + 1], nz = normals[3 * i + 2];
      const l = Math.hypot(nx, ny, nz) || 1;
      const o = 3 * (k * n + i);
      modes[o] = (s * nx) / l;
      modes[o + 1] = (s * ny) / l;
      modes[o + 2] = (s * nz) / l;
    }
  });
  return modes;
}

/** `count` vertices spread over the mesh: the one nearest the centroid, then each the farthest from those chosen. */
function spreadVertices(positions: Float32Array, count: number): number[] {
  const n = positions.length / 3;
  const mean = [0, 0, 0];
  for (let i = 0; i < n; i++) for (let a = 0; a < 3; a++) mean[a] += positions[3 * i + a] / n;
  const dist = new Float64Array(n);
  for (let i = 0; i < n; i++) dist[i] = (positions[3 * i] - mean[0]) ** 2 + (positions[3 * i + 1] - mean[1]) ** 2 + (positions[3 * i + 2] - mean[2]) ** 2;
  let next = dist.indexOf(Math.min(...dist));
  const out: number[] = [];
  dist.fill(Infinity);
  while (out.length < Math.min(count, n)) {
    out.push(next);
    const px = positions[3 * next], py = positions[3 * next + 1], pz = positions[3 * next + 2];
    let far = 0;
    for (let i = 0; i < n; i++) {
      dist[i] = Math.min(dist[i], (positions[3 * i] - px) ** 2 + (positions[3 * i + 1] - py) ** 2 + (positions[3 * i + 2] - pz) ** 2);
      if (dist[i] > dist[far]) far = i;
    }
    next = far;
  }
  return out;
}
