/**
 * The reflectance descent's energy in tfjs (tfjs-reference.ts, gradient by autodiff), for the
 * fit: it runs on the tfjs engine and backend face detection initialised (server/detect/backend.ts),
 * so with @tensorflow/tfjs-node-gpu and a CUDA GPU the pixel pass runs on the GPU. The tfjs energy
 * is the photometric term only; the analytic priors' value and gradient are added on top, so both
 * evaluators minimise the same total.
 */
import * as tf from '@tensorflow/tfjs';
import { detectionBackend, type DetectionBackend } from '../detect/backend.js';
import type { EnergyEvaluator, EnergyGradient, EnergyValue, ReflectanceEnergy } from './energy.js';
import type { Material, ViewLighting } from './shade.js';
import { TfjsReflectanceEnergy } from './tfjs-reference.js';

/** Detection's backend, once started, checked to be the engine and backend this module's tfjs computes on. */
export async function tfjsFitBackend(): Promise<DetectionBackend> {
  const backend = await detectionBackend();
  if (tf.engine() !== backend.engine) {
    throw new Error('the tfjs energy found another tfjs engine than face detection runs on: two copies of @tensorflow/tfjs-core are installed; reinstall so that one is');
  }
  if (tf.getBackend() !== backend.tfjsBackend) {
    throw new Error(`tfjs was switched to the ${tf.getBackend()} backend; face detection and the tfjs energy run on ${backend.tfjsBackend}`);
  }
  return backend;
}

export class TfjsEnergyEvaluator implements EnergyEvaluator {
  private readonly tfjs: TfjsReflectanceEnergy;

  /** Holds the energy's per-pixel inputs as tensors until dispose(). */
  constructor(private readonly energy: ReflectanceEnergy) {
    this.tfjs = new TfjsReflectanceEnergy(energy);
  }

  evaluate(material: Material, lighting: readonly ViewLighting[], gradient: EnergyGradient): EnergyValue {
    const { total } = this.tfjs.evaluate(material, lighting, gradient);
    return this.energy.withPriors(total, material, lighting, gradient);
  }

  dispose(): void {
    this.tfjs.dispose();
  }
}
