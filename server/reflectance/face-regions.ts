/**
 * Where a face is shinier: prior values of the specular strength and roughness per vertex, by
 * region. Measured faces (Weyrich et al., "Analysis of human faces using a measurement-based skin
 * reflectance model", SIGGRAPH 2006) reflect most on the nose and forehead (the oily T-zone),
 * less on the chin and upper lip, least on the cheeks, with sharper highlights where they reflect
 * more. The fit starts from these values and is pulled towards them where the photos say little.
 *
 * Regions are placed from the geometry alone, relative to the nose tip (the mesh's most forward
 * point: model space faces +Z with +Y up, in metres), so any face model with that convention
 * gets them; boundaries blend over a few millimetres so the maps have no edges.
 */
import type { MeshBuffers } from '../types.js';

/** Specular strength s (F0 = 0.04 s) and glTF roughness of each region. */
const REGIONS = {
  nose: { specular: 1.0, roughness: 0.4 },
  forehead: { specular: 0.9, roughness: 0.45 },
  chin: { specular: 0.75, roughness: 0.5 },
  cheeks: { specular: 0.6, roughness: 0.55 },
  /** Everything else: jaw, temples, ears, neck, scalp. */
  rest: { specular: 0.6, roughness: 0.55 },
};

/** Half-width of the blend across a region's boundary, metres. */
const BLEND = 0.006;

export interface RegionPriors {
  specular: Float32Array; // per vertex
  roughness: Float32Array; // per vertex
}

export function regionPriors(mesh: Pick<MeshBuffers, 'positions'>): RegionPriors {
  const p = mesh.positions;
  const n = p.length / 3;
  let tip = 0;
  for (let i = 1; i < n; i++) if (p[3 * i + 2] > p[3 * tip + 2]) tip = i;
  const [nx, ny, nz] = [p[3 * tip], p[3 * tip + 1], p[3 * tip + 2]];
  const specular = new Float32Array(n), roughness = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    // Relative to the nose tip: across (|x|), up (y), and depth behind the tip (≥ 0).
    const ax = Math.abs(p[3 * i] - nx), dy = p[3 * i + 1] - ny, back = nz - p[3 * i + 2];
    const front = below(back, 0.045); // the face, not the sides of the head
    const nose = front * below(ax, 0.018) * above(dy, -0.014) * below(dy, 0.04);
    const forehead = front * above(dy, 0.045) * below(dy, 0.11) * below(ax, 0.06);
    const chin = front * below(dy, -0.022) * above(dy, -0.095) * below(ax, 0.035);
    const cheeks = front * above(ax, 0.022) * below(ax, 0.07) * above(dy, -0.04) * below(dy, 0.02);
    const rest = Math.max(0, 1 - nose - forehead - chin - cheeks);
    const total = nose + forehead + chin + cheeks + rest;
    const mix = (k: 'specular' | 'roughness') =>
      (nose * REGIONS.nose[k] + forehead * REGIONS.forehead[k] + chin * REGIONS.chin[k] + cheeks * REGIONS.cheeks[k] + rest * REGIONS.rest[k]) / total;
    specular[i] = mix('specular');
    roughness[i] = mix('roughness');
  }
  return { specular, roughness };
}

/** 1 well below `edge`, 0 well above, smooth across ±BLEND. */
function below(v: number, edge: number): number {
  const s = Math.min(1, Math.max(0, (edge + BLEND - v) / (2 * BLEND)));
  return s * s * (3 - 2 * s);
}

function above(v: number, edge: number): number {
  return 1 - below(v, edge);
}
