/** What the pixel pool (pixel-pool.ts) and its workers (pixel-worker.ts) send each other. */
import type { EnergyGradient, MapName } from './energy.js';
import type { PhotometricInputs } from './sample-range.js';
import type { Material, ViewLighting } from './shade.js';

/** The material's maps as a worker sees them: data in shared memory. */
export type SharedMaps = Pick<Material, 'albedo' | 'specular' | 'roughness' | 'normal'>;

export interface BindMessage {
  type: 'bind';
  inputs: PhotometricInputs;
  maps: SharedMaps;
  touched: Record<MapName, Int32Array>;
  /** This worker's accumulators. */
  gradient: EnergyGradient;
}

export interface StepMessage {
  type: 'step';
  seq: number;
  /** Per view: start and end of the worker's samples (end ≤ start: none). */
  ranges: number[];
  lighting: ViewLighting[];
  specularColorFactor: number;
  specularFactor: number;
  gradient: boolean;
}

export type FromPixelWorker = { type: 'done'; seq: number; energy: number } | { type: 'failed'; seq: number; message: string };
