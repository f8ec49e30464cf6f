/**
 * Left–right mirror partners on ICT-FaceKit's mesh, from its neutral shape, which is symmetric
 * about x = 0: each model vertex's partner is the vertex of the same part (eyelid and eyelash
 * vertices nearly touch) nearest to its reflection. A render vertex
 * (model vertex + UV, see topology.ts) pairs with the render vertex of the partner whose UV is
 * nearest to its own reflected across its UV tile's middle, so the bake's mirror fill, which maps
 * triangles through their vertices' partners, lands on the matching chart.
 */
import type { IctTopology } from './topology.js';

/** Grid cell for the nearest-neighbour search, metres: ICT's vertices are about 1–5 mm apart. */
const CELL_M = 0.004;

/** `part`: a label per vertex; partners share it. */
export function modelMirror(positions: Float32Array, part: Uint8Array): Uint32Array {
  const n = positions.length / 3;
  // Cell coordinates offset by 512 cells (2 m), packed into one number.
  const cellKey = (cx: number, cy: number, cz: number): number => ((cx + 512) * 1024 + cy + 512) * 1024 + cz + 512;
  const cell = (x: number): number => Math.floor(x / CELL_M);
  const grid = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const k = cellKey(cell(positions[3 * i]), cell(positions[3 * i + 1]), cell(positions[3 * i + 2]));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const x = -positions[3 * i], y = positions[3 * i + 1], z = positions[3 * i + 2];
    const cx = cell(x), cy = cell(y), cz = cell(z);
    let best = i;
    let bestD = Infinity;
    // Widen the search until a candidate is found (an isolated vertex may have none nearby).
    for (let r = 1; bestD === Infinity && r < 64; r *= 2) {
      for (let dx = -r; dx <= r; dx++) {
        for (let dy = -r; dy <= r; dy++) {
          for (let dz = -r; dz <= r; dz++) {
            for (const j of grid.get(cellKey(cx + dx, cy + dy, cz + dz)) ?? []) {
              if (part[j] !== part[i]) continue;
              const d = (positions[3 * j] - x) ** 2 + (positions[3 * j + 1] - y) ** 2 + (positions[3 * j + 2] - z) ** 2;
              if (d < bestD) [bestD, best] = [d, j];
            }
          }
        }
      }
    }
    out[i] = best;
  }
  return out;
}

export function renderMirror(topology: IctTopology, mirror: Uint32Array): Uint32Array {
  const { renderToModel, uvs } = topology;
  const rendersOf = new Map<number, number[]>();
  renderToModel.forEach((v, r) => {
    const list = rendersOf.get(v);
    if (list) list.push(r);
    else rendersOf.set(v, [r]);
  });
  const out = new Uint32Array(renderToModel.length);
  for (let r = 0; r < out.length; r++) {
    const tile = Math.floor(uvs[2 * r]);
    const u = 2 * tile + 1 - uvs[2 * r], v = uvs[2 * r + 1];
    let best = r;
    let bestD = Infinity;
    for (const c of rendersOf.get(mirror[renderToModel[r]]) ?? []) {
      const d = (uvs[2 * c] - u) ** 2 + (uvs[2 * c + 1] - v) ** 2;
      if (d < bestD) [bestD, best] = [d, c];
    }
    out[r] = best;
  }
  return out;
}
