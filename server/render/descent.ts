/**
 * Gradient descent on the reflectance energy: one SparseAdam per parameter group (the three maps,
 * and per photo its SH, light direction and light colour), each map stepped on its touched texels
 * only and projected to the range its glTF meaning allows.
 */
import { SparseAdam } from './adam.js';
import { createEnergyGradient, type EnergyGradient, type EnergyValue, type ReflectanceEnergy } from './energy.js';
import type { Material, ViewLighting } from './shade.js';

export type ParameterGroup = 'albedo' | 'specular' | 'roughness' | 'sh' | 'direction' | 'color';

/** Learning rates per group; a group left out (or 0) is held fixed. */
export type LearningRates = Partial<Record<ParameterGroup, number>>;

export const DEFAULT_LEARNING_RATES: Readonly<Required<LearningRates>> = {
  albedo: 0.01,
  specular: 0.02,
  roughness: 0.01,
  sh: 0.02,
  direction: 0.02,
  color: 0.01,
};

/**
 * Roughness below this makes GGX highlights narrower than a pixel at face scale: the fit cannot
 * see them, and D's gradient explodes.
 */
export const MIN_ROUGHNESS = 0.08;

export class ReflectanceDescent {
  readonly gradient: EnergyGradient;
  private readonly maps: { adam: SparseAdam; data: Float32Array; grad: Float32Array; texels: Int32Array }[] = [];
  private readonly lights: { adam: SparseAdam; data: Float32Array; grad: Float64Array; normalise: boolean }[] = [];

  constructor(
    private readonly energy: ReflectanceEnergy,
    readonly material: Material,
    readonly lighting: ViewLighting[],
    rates: LearningRates = DEFAULT_LEARNING_RATES,
  ) {
    this.gradient = createEnergyGradient(material, lighting.length);
    const g = this.gradient;
    const map = (rate: number | undefined, data: Float32Array, grad: Float32Array, texels: Int32Array, channels: number, min: number, max: number) => {
      if (rate) this.maps.push({ adam: new SparseAdam(data.length, channels, { learningRate: rate, min, max }), data, grad, texels });
    };
    map(rates.albedo, material.albedo.data, g.material.albedo, energy.touched.albedo, 3, 0, 1);
    map(rates.specular, material.specular.data, g.material.specular, energy.touched.specular, 1, 0, 1);
    map(rates.roughness, material.roughness.data, g.material.roughness, energy.touched.roughness, 1, MIN_ROUGHNESS, 1);
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
    for (const m of this.maps) m.adam.step(m.data, m.grad, m.texels);
    for (const l of this.lights) {
      l.adam.step(l.data, l.grad);
      // The energy depends on the direction only, and its gradient is orthogonal to the vector,
      // so each step lengthens it a little: keep it unit so step sizes stay meaningful.
      if (l.normalise) {
        const len = Math.hypot(l.data[0], l.data[1], l.data[2]);
        for (let k = 0; k < 3; k++) l.data[k] /= len;
      }
    }
    return value;
  }
}
