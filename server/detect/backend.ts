/**
 * Chooses the tfjs backend that runs face detection, once per process, and the human build that
 * matches it. Order: libtensorflow with CUDA, libtensorflow on the CPU, then WebAssembly. The
 * plain JavaScript CPU backend is never chosen: it is about 20x slower than wasm.
 */
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Config, Human } from '@vladmandic/human';
import { ensureFileModelLoader } from './model-files.js';

const require = createRequire(import.meta.url);

export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'wasm';

export interface DetectionBackend {
  name: BackendName;
  /** Package versions that make up the backend, for `fitme doctor`. */
  versions: Record<string, string>;
  /** How the backend executes, e.g. ["simd", "single-threaded"] on wasm. */
  features: string[];
  /** Backends tried before this one, and why each was not used. */
  skipped: { name: BackendName; reason: string }[];
  /** tfjs's name for the backend ('tensorflow' or 'wasm'), and the engine it runs in: the fit's tfjs energy runs there too. */
  tfjsBackend: string;
  engine: unknown;
  /** Whether tfjs computes on a GPU: libtensorflow with CUDA that found a device. */
  gpu: boolean;
  /** A Human instance from the build that matches this backend. */
  createHuman(config: Partial<Config>): Human;
}

type HumanModule = { Human: new (config?: Partial<Config>) => Human };

interface Candidate {
  name: BackendName;
  tfPackage: string;
  humanBuild: string;
  tfjsBackend: Config['backend'];
}

const CANDIDATES: Candidate[] = [
  { name: 'tensorflow-gpu', tfPackage: '@tensorflow/tfjs-node-gpu', humanBuild: 'human.node-gpu.js', tfjsBackend: 'tensorflow' },
  { name: 'tensorflow', tfPackage: '@tensorflow/tfjs-node', humanBuild: 'human.node.js', tfjsBackend: 'tensorflow' },
  { name: 'wasm', tfPackage: '@tensorflow/tfjs-backend-wasm', humanBuild: 'human.node-wasm.js', tfjsBackend: 'wasm' },
];

let chosen: Promise<DetectionBackend> | undefined;

/** The backend for this process; the first call decides, later calls share the answer. */
export function detectionBackend(): Promise<DetectionBackend> {
  chosen ??= choose();
  return chosen;
}

async function choose(): Promise<DetectionBackend> {
  const skipped: DetectionBackend['skipped'] = [];
  for (const candidate of CANDIDATES) {
    let mod: HumanModule;
    let tfModule: Record<string, unknown>;
    try {
      tfModule = require(candidate.tfPackage) as Record<string, unknown>;
      mod = require(humanBuildPath(candidate.humanBuild)) as HumanModule;
    } catch (err) {
      skipped.push({ name: candidate.name, reason: firstLine(err) });
      continue;
    }
    try {
      return await activate(candidate, mod, tfModule, skipped);
    } catch (err) {
      skipped.push({ name: candidate.name, reason: firstLine(err) });
    }
  }
  const tried = skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  throw new Error(`no tfjs backend for face detection could start (${tried})`);
}

async function activate(
  candidate: Candidate,
  mod: HumanModule,
  tfModule: Record<string, unknown>,
  skipped: DetectionBackend['skipped'],
): Promise<DetectionBackend> {
  const wasmPath = candidate.name === 'wasm' ? path.dirname(require.resolve(candidate.tfPackage)) + '/' : '';
  // Human instances share one tfjs engine; this one only switches it to our backend.
  const probe = new mod.Human({ backend: candidate.tfjsBackend, wasmPath, debug: false });
  await withoutNewProcessHandlers(() => probe.init());
  const tf = probe.tf as TfEngine;
  if (tf.getBackend() !== candidate.tfjsBackend) {
    throw new Error(`tfjs did not switch to the ${candidate.tfjsBackend} backend`);
  }
  ensureFileModelLoader(probe.tf);
  const versions: Record<string, string> = { human: probe.version, 'tfjs-core': tf.version_core };
  const features: string[] = [];
  if (candidate.name === 'wasm') {
    versions['tfjs-backend-wasm'] = String(tfModule.version_wasm);
    features.push((await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'simd' : 'no-simd');
    // tfjs turns wasm threads off under Node (tensorflow/tfjs#3830): its pthread workers are
    // started from blob: URLs, which Node's Worker refuses.
    features.push((await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) ? 'multi-threaded' : 'single-threaded');
  } else {
    versions[candidate.tfPackage.replace('@tensorflow/', '')] = String(tfModule.version);
  }
  return {
    name: candidate.name,
    versions,
    features,
    skipped,
    tfjsBackend: candidate.tfjsBackend as string,
    engine: tf.engine(),
    // tfjs-node's backend asks libtensorflow; without a visible GPU, tfjs-node-gpu computes on the CPU.
    gpu: candidate.name === 'tensorflow-gpu' && tf.backend().isUsingGpuDevice === true,
    createHuman: (config) => new mod.Human({ ...config, backend: candidate.tfjsBackend, wasmPath }),
  };
}

/**
 * The Emscripten runtime inside tfjs-backend-wasm adds process-wide 'uncaughtException' and
 * 'unhandledRejection' listeners that rethrow. They would override the daemon's own handlers
 * and dump a minified source line with every crash, so we take back whatever `run` adds.
 */
async function withoutNewProcessHandlers<T>(run: () => Promise<T>): Promise<T> {
  const emitter: EventEmitter = process;
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  try {
    return await run();
  } finally {
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
}

interface TfEngine {
  getBackend(): string;
  engine(): unknown;
  backend(): { isUsingGpuDevice?: boolean };
  version_core: string;
  env(): { getAsync(flag: string): Promise<unknown> };
}

function humanBuildPath(build: string): string {
  // human's "exports" map spells its subpaths without "./", so Node cannot resolve
  // "@vladmandic/human/dist/<build>"; the package main lives in the same dist/ folder.
  return path.join(path.dirname(require.resolve('@vladmandic/human')), build);
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] ?? text;
}
