/**
 * What evaluates a fit's reflectance energy and gradient, one evaluator per level: the analytic
 * energy (server/render/energy.ts) on the fit's thread or with its pixel pass split over threads
 * (pixel-pool.ts), or the same energy in tfjs (tfjs-evaluator.ts), to which the pixel threads do
 * not apply. `auto` is tfjs where tfjs computes on a GPU (tfjs-node-gpu with a CUDA device),
 * analytic otherwise: on the CPU the analytic energy is the faster (bench/render.ts).
 */
import { detectionBackend, type DetectionBackend } from '../detect/backend.js';
import type { EnergyEvaluator, ReflectanceEnergy } from '../render/energy.js';
import { PixelPool } from '../render/pixel-pool.js';
import type { Material } from '../render/shade.js';

export const ENERGY_CHOICES = ['auto', 'analytic', 'tfjs'] as const;
export type EnergyChoice = (typeof ENERGY_CHOICES)[number];
export type FitEnergy = Exclude<EnergyChoice, 'auto'>;

export function chooseEnergy(choice: EnergyChoice, backend: Pick<DetectionBackend, 'gpu'>): FitEnergy {
  return choice === 'auto' ? (backend.gpu ? 'tfjs' : 'analytic') : choice;
}

export interface LevelEvaluators {
  readonly kind: FitEnergy;
  /**
   * The evaluator of one level's energy (the previous level's is released). Bind before anything
   * keeps references to the maps' data: the pixel pool moves them into shared memory.
   */
  bind(energy: ReflectanceEnergy, material: Material): EnergyEvaluator;
  /** Frees what the level's evaluator holds (tfjs tensors). */
  release(): void;
  /** Frees everything, however the fit ended. */
  close(): Promise<void>;
}

export async function openEvaluators(choice: EnergyChoice, threads: number): Promise<LevelEvaluators> {
  const kind = choice === 'auto' ? chooseEnergy(choice, await detectionBackend()) : choice;
  if (kind === 'analytic') {
    const pool = PixelPool.open(threads);
    return {
      kind,
      bind: (energy, material) => (pool ? energy.split(pool.bind(energy, material)) : energy),
      release: () => {},
      close: async () => pool?.close(),
    };
  }
  // Loaded only here: the analytic fit needs no tfjs.
  const { TfjsEnergyEvaluator, tfjsFitBackend } = await import('../render/tfjs-evaluator.js');
  await tfjsFitBackend();
  let current: InstanceType<typeof TfjsEnergyEvaluator> | undefined;
  const release = () => {
    current?.dispose();
    current = undefined;
  };
  return {
    kind,
    bind: (energy) => {
      release();
      return (current = new TfjsEnergyEvaluator(energy));
    },
    release,
    close: async () => release(),
  };
}
