/**
 * The fit's lighting per photo is order-2 SH irradiance (the ambient, diffuse only) plus one
 * directional key light, whose specular highlight the SH cannot make (shade.ts). The SH estimate
 * (lighting.ts) says little about where the key light is: on the cap of normals one photo shows,
 * the constant, z and z² terms trade off against each other (on both sample photos its linear
 * band points behind the head), and a key light started from it stays on the wrong side (on the
 * synthetic scene of test/reflectance: 83–93° off after the whole fit, 0.6° with the search
 * below). So the fit tries candidate directions over the hemisphere facing the camera
 * (where a light that makes visible highlights is) and keeps the one whose render explains the
 * photo best. Each candidate takes a share of the SH irradiance facing it, and its order-2
 * irradiance comes out of the SH, so the diffuse shading stays about the same and candidates
 * differ by their highlight and the clamped cosine's shape: what the key light is there for.
 * A candidate is scored with the albedo that suits it best on a coarse grid (albedo enters the
 * render linearly, so that is a least-squares solve per cell): an albedo fixed beforehand would
 * already hold one lighting's shading and favour candidates that resemble it.
 *
 * The protocol's Lighting carries SH only, so for the result the key light is folded back in:
 * its diffuse irradiance to order 2, the highlight left out.
 */
import { shadeView, type Material, type ViewLighting } from '../render/shade.js';
import { bilinearTaps, createTexture, type Texture } from '../render/texture.js';
import type { ShadingView } from '../render/view.js';
import type { ShLighting } from '../types.js';
import { directionalIrradiance, irradiance, SH_COEFFICIENTS } from './sh.js';

/** Share of the irradiance facing the key light that the key light gives. */
const KEY_SHARE = 0.5;
/** Candidate directions: a Fibonacci spiral over the camera-facing hemisphere down to this z. */
const CANDIDATES = 48;
const MIN_Z = 0.15;
/** Cells per side of the UV grid the scoring albedo is constant on: coarse enough not to absorb shading. */
const SCORE_GRID = 8;
/** Charbonnier δ of the score, as the fit's energy (linear units). */
const SCORE_DELTA = 0.03;

/**
 * The key-light candidate that, with its best coarse albedo, explains the view's photo best
 * (robust residual); `maps`: the specular strength and roughness to render highlights with.
 */
export function chooseKeyLight(view: ShadingView, sh: ShLighting, maps: { specular: Texture; roughness: Texture }): ViewLighting {
  const n = view.count;
  const taps = {
    albedo: bilinearTaps(view.uv, n, 1, 1),
    specular: bilinearTaps(view.uv, n, maps.specular.width, maps.specular.height),
    roughness: bilinearTaps(view.uv, n, maps.roughness.width, maps.roughness.height),
  };
  const material = (a: number): Material => ({ albedo: createTexture(1, 1, 3, [a, a, a]), specular: maps.specular, roughness: maps.roughness, specularColorFactor: 1, specularFactor: 1 });
  const white = material(1), black = material(0);
  const cell = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const cx = Math.min(SCORE_GRID - 1, Math.max(0, Math.floor(view.uv[2 * i] * SCORE_GRID)));
    const cy = Math.min(SCORE_GRID - 1, Math.max(0, Math.floor(view.uv[2 * i + 1] * SCORE_GRID)));
    cell[i] = cy * SCORE_GRID + cx;
  }
  const lit = new Float32Array(3 * n), specular = new Float32Array(3 * n);
  const num = new Float64Array(3 * SCORE_GRID * SCORE_GRID), den = new Float64Array(3 * SCORE_GRID * SCORE_GRID);
  const { target, weight } = view;
  const d2 = SCORE_DELTA * SCORE_DELTA;
  let best: ViewLighting | undefined, bestScore = Infinity;
  for (const candidate of keyLightCandidates(sh)) {
    shadeView(view, taps, white, candidate, { colors: lit });
    shadeView(view, taps, black, candidate, { colors: specular });
    num.fill(0);
    den.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < 3; c++) {
        const k = 3 * i + c, d = lit[k] - specular[k], j = 3 * cell[i] + c;
        num[j] += weight[i] * (target[k] - specular[k]) * d;
        den[j] += weight[i] * d * d;
      }
    }
    let score = 0;
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < 3; c++) {
        const k = 3 * i + c, j = 3 * cell[i] + c;
        const a = den[j] > 0 ? num[j] / den[j] : 0;
        const r = a * (lit[k] - specular[k]) + specular[k] - target[k];
        score += weight[i] * (Math.sqrt(1 + (r * r) / d2) - 1);
      }
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best ?? ambientOnly(sh);
}

/** The SH estimate as ambient alone, no key light: the start before the key light is chosen. */
export function ambientOnly(sh: ShLighting): ViewLighting {
  return { sh: Float32Array.from(sh), direction: Float32Array.of(0, 0, 1), color: new Float32Array(3) };
}

/** Key-light candidates for one photo's SH estimate (camera space, towards the light). */
function keyLightCandidates(sh: ShLighting): ViewLighting[] {
  const out: ViewLighting[] = [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  const unit = new Float64Array(SH_COEFFICIENTS);
  for (let j = 0; j < CANDIDATES; j++) {
    const z = 1 - ((1 - MIN_Z) * (j + 0.5)) / CANDIDATES, r = Math.sqrt(1 - z * z);
    const x = r * Math.cos(golden * j), y = r * Math.sin(golden * j);
    directionalIrradiance(x, y, z, unit);
    const ambient = Float32Array.from(sh), color = new Float32Array(3);
    for (let c = 0; c < 3; c++) {
      color[c] = KEY_SHARE * Math.max(0, irradiance(sh, c, x, y, z));
      for (let k = 0; k < SH_COEFFICIENTS; k++) ambient[9 * c + k] -= color[c] * unit[k];
    }
    out.push({ sh: ambient, direction: Float32Array.of(x, y, z), color });
  }
  return out;
}

/** The lighting as order-2 SH irradiance alone: the ambient plus the key light's diffuse part. */
export function foldKeyLight(l: ViewLighting): ShLighting {
  const [x, y, z] = l.direction;
  const len = Math.hypot(x, y, z) || 1;
  const unit = new Float64Array(SH_COEFFICIENTS);
  directionalIrradiance(x / len, y / len, z / len, unit);
  const sh = Float32Array.from(l.sh);
  for (let c = 0; c < 3; c++) for (let k = 0; k < SH_COEFFICIENTS; k++) sh[9 * c + k] += l.color[c] * unit[k];
  return sh;
}
