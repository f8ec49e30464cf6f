/**
 * The reflectance energy's photometric term split over worker threads by sample ranges. Each
 * step, the calling thread shades a leading range and runs the priors (the `meanwhile` of
 * SplitPhotometric) while every worker shades an equal share of the rest into its own gradient
 * accumulators, then the calling thread adds the workers' gradients in. Views, taps, the material's
 * maps and the accumulators live in SharedArrayBuffers, so a step sends only the lighting and the
 * ranges. Every thread gets an equal share, the same every step: a split sized from measured
 * costs finished a little sooner, but then the order the gradient was summed in followed the
 * machine's load, and on a loaded machine a fit differed from run to run (#11 item 10). With a
 * fixed split a fit gives the same bits every time.
 *
 * Workers run pixel-worker.ts from the build (dist/), as the daemon's fit workers do.
 */
import { Worker } from 'node:worker_threads';
import { builtWorker } from '../config/built-worker.js';
import { FitError } from '../types.js';
import { createEnergyGradient, MAP_NAMES, type EnergyGradient, type MapName, type ReflectanceEnergy, type SplitPhotometric } from './energy.js';
import { type BindMessage, type FromPixelWorker, type SharedMaps, type StepMessage } from './pixel-messages.js';
import { shadeSamples, type PhotometricInputs } from './sample-range.js';
import type { Material, ViewLighting, ViewTaps } from './shade.js';
import type { TexelTaps, Texture } from './texture.js';
import type { ShadingView } from './view.js';

/**
 * Threads for one fit's pixel pass unless asked otherwise. One: on the 2-core reference machine,
 * idle, 2 threads make a level-2 iteration 1.1–1.3x faster but the whole default-preset fit
 * 0.80x (1 photo) and 0.92x (3 photos) as fast, since starting the workers and sharing each
 * level's views costs more than the descent saves (bench: reflectance fit over threads).
 */
export const DEFAULT_FIT_THREADS = 1;

let live = 0;
/** Pixel workers started and not yet exited, in this thread. */
export function livePixelWorkers(): number {
  return live;
}

interface PoolWorker {
  thread: Worker;
  pending?: { seq: number; resolve: (m: { energy: number }) => void; reject: (err: Error) => void };
}

export class PixelPool {
  private readonly workers: PoolWorker[] = [];
  private failure: FitError | undefined;
  private closing = false;
  private seq = 0;
  private current: PixelPass | undefined;

  /** A pool that splits the pixel pass over `threads` threads, the calling one included; undefined for 1 (shade on this thread alone). */
  static open(threads: number): PixelPool | undefined {
    return threads > 1 ? new PixelPool(threads - 1) : undefined;
  }

  private constructor(workers: number) {
    const script = workerScript();
    for (let i = 0; i < workers; i++) {
      const w: PoolWorker = { thread: new Worker(script) };
      live++;
      w.thread.on('message', (m: FromPixelWorker) => {
        if (!w.pending || m.seq !== w.pending.seq) return;
        if (m.type === 'done') {
          w.pending.resolve(m);
          w.pending = undefined;
        } else this.fail(`a pixel worker of the reflectance fit failed: ${m.message}`);
      });
      w.thread.on('error', (err) => this.fail(`a pixel worker of the reflectance fit crashed: ${err.stack ?? err.message}`));
      w.thread.on('exit', (code) => {
        live--;
        if (!this.closing) this.fail(`a pixel worker of the reflectance fit stopped (exit code ${code})`);
      });
      this.workers.push(w);
    }
  }

  /**
   * A split pass for `energy`. The views are copied into shared memory once here, and the
   * material's maps are moved there (its textures replaced by ones with the same values in
   * shared memory), so bind before anything keeps references to the maps' data (the descent).
   */
  bind(energy: ReflectanceEnergy, material: Material): PixelPass {
    this.check();
    const maps = shareMaps(material);
    Object.assign(material, maps);
    const inputs: PhotometricInputs = { views: energy.views.map(shareView), taps: energy.taps.map(shareTaps), delta: energy.delta, scales: energy.scales };
    const touched = Object.fromEntries(Object.entries(energy.touched).map(([k, t]) => [k, shared(t)])) as Record<MapName, Int32Array>;
    const gradients = this.workers.map((w) => {
      const gradient = createEnergyGradient(material, energy.views.length, true);
      w.thread.postMessage({ type: 'bind', inputs, maps, touched, gradient } satisfies BindMessage);
      return gradient;
    });
    this.current = new PixelPass(this, energy, maps, gradients);
    return this.current;
  }

  /** Stops the workers (idempotent); the pool cannot be used after. */
  async close(): Promise<void> {
    this.fail('the pixel pool was closed');
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  /** @internal PixelPass's dispatch: starts worker k on a step. */
  run(pass: PixelPass, k: number, step: Omit<StepMessage, 'type' | 'seq'>): Promise<{ energy: number }> {
    this.check();
    if (pass !== this.current) throw new Error('PixelPool: a pass was used after the pool was bound to another energy');
    const w = this.workers[k];
    const seq = ++this.seq;
    const done = new Promise<{ energy: number }>((resolve, reject) => (w.pending = { seq, resolve, reject }));
    w.thread.postMessage({ type: 'step', seq, ...step } satisfies StepMessage);
    return done;
  }

  get workerCount(): number {
    return this.workers.length;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private fail(message: string): void {
    if (this.closing) return;
    this.failure ??= new FitError('INTERNAL', `${message}; please report this as a bug`);
    for (const w of this.workers) {
      w.pending?.reject(this.failure);
      w.pending = undefined;
    }
  }
}

/** One energy's photometric term over the pool's threads. */
export class PixelPass implements SplitPhotometric {
  private readonly offsets: number[];
  private readonly samples: number;
  constructor(
    private readonly pool: PixelPool,
    private readonly energy: ReflectanceEnergy,
    private readonly maps: SharedMaps,
    private readonly gradients: EnergyGradient[],
  ) {
    this.offsets = [0];
    for (const v of energy.views) this.offsets.push(this.offsets.at(-1)! + v.count);
    this.samples = this.offsets.at(-1)!;
  }

  async evaluate(material: Material, lighting: readonly ViewLighting[], gradient: EnergyGradient | undefined, meanwhile: () => void): Promise<number> {
    this.syncMaps(material);
    const n = this.samples, workers = this.pool.workerCount;
    // Samples [0, own) are shaded here, the rest split evenly over the workers.
    const own = Math.round(n / (workers + 1));
    const bounds = Array.from({ length: workers + 1 }, (_, k) => own + Math.round(((n - own) * k) / workers));
    const pending = Array.from({ length: workers }, (_, k) =>
      this.pool.run(this, k, {
        ranges: this.localRanges(bounds[k], bounds[k + 1]),
        lighting: lighting.map((l) => ({ sh: l.sh, direction: l.direction, color: l.color })),
        specularColorFactor: material.specularColorFactor,
        specularFactor: material.specularFactor,
        gradient: gradient !== undefined,
      }),
    );
    const all = Promise.all(pending);
    all.catch(() => {}); // awaited below; a failure while this thread shades must not go unhandled
    let energy = 0;
    const mine = this.localRanges(0, own);
    for (let v = 0; v < lighting.length; v++) {
      energy += shadeSamples(this.energy, v, mine[2 * v], mine[2 * v + 1], material, lighting[v], gradient && { material: gradient.material, lighting: gradient.lighting[v] });
    }
    meanwhile();
    for (const d of await all) energy += d.energy;
    if (gradient) for (const g of this.gradients) this.addGradient(gradient, g);
    return energy;
  }

  /** The global sample range [from, to) as per-view [start, end) pairs. */
  private localRanges(from: number, to: number): number[] {
    const out: number[] = [];
    for (let v = 0; v < this.offsets.length - 1; v++) {
      const o = this.offsets[v];
      out.push(Math.max(0, from - o), Math.min(this.offsets[v + 1], to) - o);
    }
    return out;
  }

  /** Maps the caller replaced since bind (rather than changed in place) are copied into shared memory. */
  private syncMaps(material: Material): void {
    for (const name of mapNames(material)) {
      const have = this.maps[name]!.data, now = material[name]!.data;
      if (now === have) continue;
      if (now.length !== have.length) throw new Error(`PixelPass: the ${name} map changed size since bind; bind the pool again`);
      have.set(now);
    }
  }

  private addGradient(into: EnergyGradient, from: EnergyGradient): void {
    for (const name of mapNames(this.maps as Material)) {
      const a = into.material[name]!, b = from.material[name]!, texels = this.energy.touched[name], ch = this.maps[name]!.channels;
      for (let i = 0; i < texels.length; i++) {
        const o = texels[i] * ch;
        for (let c = 0; c < ch; c++) a[o + c] += b[o + c];
      }
    }
    into.lighting.forEach((l, v) => {
      const f = from.lighting[v];
      for (let k = 0; k < 27; k++) l.sh[k] += f.sh[k];
      for (let k = 0; k < 3; k++) {
        l.direction[k] += f.direction[k];
        l.color[k] += f.color[k];
      }
    });
  }
}

function mapNames(m: Pick<Material, 'normal'>): MapName[] {
  return m.normal ? [...MAP_NAMES, 'normal'] : [...MAP_NAMES];
}

function workerScript(): URL {
  return builtWorker(import.meta.url, './pixel-worker.js', (file) => new FitError('INTERNAL', `the reflectance fit's pixel worker ${file} is missing; run \`npm run build\``));
}

function shared<T extends Float32Array | Int32Array>(a: T): T {
  const out = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

function shareMaps(m: Material): SharedMaps {
  const tex = (t: Texture): Texture => ({ ...t, data: shared(t.data) });
  return { albedo: tex(m.albedo), specular: tex(m.specular), roughness: tex(m.roughness), normal: m.normal && tex(m.normal) };
}

function shareView(v: ShadingView): ShadingView {
  return {
    ...v,
    pixel: shared(v.pixel),
    uv: shared(v.uv),
    normal: shared(v.normal),
    viewDir: shared(v.viewDir),
    basis: shared(v.basis),
    target: shared(v.target),
    weight: shared(v.weight),
    ...(v.tangent ? { tangent: shared(v.tangent) } : {}),
    ...(v.bitangent ? { bitangent: shared(v.bitangent) } : {}),
  };
}

function shareTaps(t: ViewTaps): ViewTaps {
  const one = (x: TexelTaps): TexelTaps => ({ ...x, index: shared(x.index), weight: shared(x.weight) });
  return { albedo: one(t.albedo), specular: one(t.specular), roughness: one(t.roughness), ...(t.normal ? { normal: one(t.normal) } : {}) };
}
