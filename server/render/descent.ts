/**
 * Gradient descent on the reflectance energy, however it is evaluated (analytically, over threads
 * or by tfjs): one SparseAdam per parameter group (the three maps, and per photo its SH, light
 * direction and light colour), each map stepped on its touched texels only and projected to the
 * range its glTF meaning allows.
 */
import { SparseAdam } from './adam.js';
import { createEnergyGradient, type EnergyEvaluator, type EnergyGradient, type EnergyValue, type ReflectanceEnergy } from './energy.js';
import type { Material, ViewLighting } from './shade.js';

export type ParameterGroup = 'albedo' | 'specular' | 'roughness' | 'normal' | 'sh' | 'direction' | 'color';

/** Learning rates per group; a group left out (or 0) is held fixed. */
export type LearningRates = Partial<Record<ParameterGroup, number>>;

export const DEFAULT_LEARNING_RATES: Readonly<Required<LearningRates>> = {
  albedo: 0.01,
  specular: 0.02,
  roughness: 0.01,
  normal: 0.01,
  sh: 0.02,
  direction: 0.02,
  color: 0.01,
};

/**
 * Roughness below this makes GGX highlights narrower than a pixel at face scale: the fit cannot
 * see them, and D's gradient explodes.
 */
export const MIN_ROUGHNESS = 0.08;

/**
 * Smallest z a normal-map texel keeps (tangent space, unit vector): 84° from the surface normal.
 * Steeper has no meaning for skin detail, and a texel near z = 0 would flip the surface.
 */
export const MIN_NORMAL_Z = 0.1;

export class ReflectanceDescent {
  readonly gradient: EnergyGradient;
  private readonly maps: { adam: SparseAdam; data: Float32Array; grad: Float32Array; texels: Int32Array; unit: boolean }[] = [];
  private readonly lights: { adam: SparseAdam; data: Float32Array; grad: Float64Array; normalise: boolean }[] = [];

  constructor(
    private readonly energy: ReflectanceEnergy,
    readonly material: Material,
    readonly lighting: ViewLighting[],
    rates: LearningRates = DEFAULT_LEARNING_RATES,
  ) {
    this.gradient = createEnergyGradient(material, lighting.length);
    const g = this.gradient;
    const map = (rate: number | undefined, data: Float32Array, grad: Float32Array, texels: Int32Array, channels: number, min: number, max: number, unit = false) => {
      if (rate) this.maps.push({ adam: new SparseAdam(data.length, channels, { learningRate: rate, min, max }), data, grad, texels, unit });
    };
    map(rates.albedo, material.albedo.data, g.material.albedo, energy.touched.albedo, 3, 0, 1);
    map(rates.specular, material.specular.data, g.material.specular, energy.touched.specular, 1, 0, 1);
    map(rates.roughness, material.roughness.data, g.material.roughness, energy.touched.roughness, 1, MIN_ROUGHNESS, 1);
    if (material.normal) map(rates.normal, material.normal.data, g.material.normal!, energy.touched.normal, 3, -1, 1, true);
    lighting.forEach((l, v) => {
      const light = (rate: number | undefined, data: Float32Array, grad: Float64Array, min: number, normalise: boolean) => {
        if (rate) this.lights.push({ adam: new SparseAdam(data.length, 1, { learningRate: rate, min }), data, grad, normalise });
      };
      light(rates.sh, l.sh, g.lighting[v].sh, -Infinity, false);
      light(rates.direction, l.direction, g.lighting[v].direction, -Infinity, true);
      light(rates.color, l.color, g.lighting[v].color, 0, false);
    });
  }

  /** Evaluates the energy and its gradient at the current parameters, then takes one step. */
  step(): EnergyValue {
    const value = this.energy.evaluate(this.material, this.lighting, this.gradient);
    this.update();
    return value;
  }

  /**
   * step() with another evaluator of the same energy: its pixel pass split over threads
   * (ReflectanceEnergy.split), or the tfjs energy (tfjs-evaluator.ts). The update is the same.
   */
  async stepWith(evaluator: EnergyEvaluator): Promise<EnergyValue> {
    const value = await evaluator.evaluate(this.material, this.lighting, this.gradient);
    this.update();
    return value;
  }

  private update(): void {
    for (const m of this.maps) {
      m.adam.step(m.data, m.grad, m.texels);
      if (m.unit) projectNormals(m.data, m.texels);
    }
    for (const l of this.lights) {
      l.adam.step(l.data, l.grad);
      // The energy depends on the direction only, and its gradient is orthogonal to the vector,
      // so each step lengthens it a little: keep it unit so step sizes stay meaningful.
      if (l.normalise) {
        const len = Math.hypot(l.data[0], l.data[1], l.data[2]);
        for (let k = 0; k < 3; k++) l.data[k] /= len;
      }
    }
  }
}

/**
 * Back onto unit tangent-space normals with z ≥ MIN_NORMAL_Z: shading reads the map normalised,
 * so its gradient is orthogonal to each texel's vector and steps would only lengthen it.
 */
export function projectNormals(data: Float32Array, texels: Int32Array): void {
  const zMin = MIN_NORMAL_Z, xyMax = Math.sqrt(1 - zMin * zMin);
  for (let i = 0; i < texels.length; i++) {
    const o = 3 * texels[i];
    let x = data[o], y = data[o + 1];
    const z = data[o + 2];
    const l = Math.sqrt(x * x + y * y + z * z);
    if (l > 0 && z / l >= zMin) {
      data[o] = x / l;
      data[o + 1] = y / l;
      data[o + 2] = z / l;
      continue;
    }
    // Too steep (or degenerate): keep the direction in the tangent plane, at the limit.
    const xy = Math.sqrt(x * x + y * y);
    if (xy > 0) {
      x = (x / xy) * xyMax;
      y = (y / xy) * xyMax;
    }
    data[o] = x;
    data[o + 1] = y;
    data[o + 2] = xy > 0 ? zMin : 1;
  }
}
