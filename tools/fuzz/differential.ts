/**
 * The differential fuzzer: the same mutated frames go to the daemon's decoder (in a worker thread)
 * and to the C# and C++ harnesses; their verdicts (accept or refuse) must agree, and for an accepted frame
 * so must the canonical re-encoding (NaNs compared as equal, docs/wire-rules.md). Crashes, hangs
 * and disagreements are counted and the frames behind them saved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../server/config/package-root.js';
import { scanEnvelope } from '../../server/stream/wire-scan.js';
import { buildHarnesses, type BatchFailure, type Harness, type Outcome, type Verdict } from './harnesses.js';
import { mutate } from './mutate.js';
import { Prng } from './prng.js';

export interface FuzzOptions {
  frames: number;
  seed: number;
  batch?: number;
  /** Where the harnesses are built and failing frames saved. */
  workDir?: string;
  log?: (line: string) => void;
}

export interface DecoderCounts {
  accepted: number;
  refused: number;
  crashes: number;
  hangs: number;
}

export interface Finding {
  kind: 'crash' | 'hang' | 'disagreement';
  decoder?: string;
  frame: string;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  frames: number;
  sanitizers: boolean;
  decoders: Record<string, DecoderCounts>;
  crashes: number;
  hangs: number;
  disagreements: number;
  findings: Finding[];
  failuresDir: string;
}

const isFailure = (o: Outcome): o is BatchFailure => 'kind' in o;

/** A batch's time limit: process start-up, then 10 ms a frame (they take microseconds). */
const batchTimeoutMs = (frames: number) => 5_000 + 10 * frames;
/** Seeds above this size are used now and then only: their bulk is one bytes field. */
const LARGE_SEED = 4096;

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const log = opts.log ?? (() => {});
  const workDir = opts.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-fuzz-'));
  const failuresDir = path.join(workDir, 'failures');
  const built = buildHarnesses(path.join(workDir, 'build'));
  const seeds = loadSeeds();
  const small = seeds.filter((s) => s.length <= LARGE_SEED);
  const rng = new Prng(opts.seed);
  const batchSize = opts.batch ?? 2500;
  const report: FuzzReport = {
    seed: opts.seed,
    frames: opts.frames,
    sanitizers: built.sanitizers,
    decoders: Object.fromEntries(built.harnesses.map((h) => h.name).map((n) => [n, { accepted: 0, refused: 0, crashes: 0, hangs: 0 }])),
    crashes: 0,
    hangs: 0,
    disagreements: 0,
    findings: [],
    failuresDir,
  };
  log(`fuzz: seed ${opts.seed}, ${opts.frames} frames per decoder (${built.harnesses.map((h) => h.name).join(', ')}), ${seeds.length} seed frames, C++ sanitizers ${built.sanitizers ? `on (address, undefined${built.leakCheck ? ', leak' : ''})` : 'unavailable'}`);

  for (let done = 0; done < opts.frames; ) {
    const n = Math.min(batchSize, opts.frames - done);
    const frames: Uint8Array[] = [];
    for (let i = 0; i < n; i++) {
      const pool = rng.chance(0.02) ? seeds : small;
      frames.push(mutate(rng, rng.pick(pool), rng.pick(small)));
    }
    const outcomes: Record<string, Outcome[]> = {};
    const runs = await Promise.all(built.harnesses.map((h) => isolate(h, frames)));
    built.harnesses.forEach((h, k) => (outcomes[h.name] = runs[k]));
    for (let i = 0; i < n; i++) judge(report, frames[i], Object.fromEntries(Object.entries(outcomes).map(([k, o]) => [k, o[i]])));
    done += n;
    log(`  ${done} frames: ${report.crashes} crashes, ${report.hangs} hangs, ${report.disagreements} disagreements`);
  }
  if (report.findings.length > 0) {
    fs.mkdirSync(failuresDir, { recursive: true });
    report.findings.forEach((f, i) => fs.writeFileSync(path.join(failuresDir, `${String(i).padStart(4, '0')}-${f.kind}.bin`), Buffer.from(f.frame, 'hex')));
  } else if (!opts.workDir) {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return report;
}

function loadSeeds(): Uint8Array[] {
  const root = packageRoot();
  const dirs = ['test/vectors', 'test/vectors/bad-frames'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  const seeds: Uint8Array[] = [];
  for (const d of dirs) {
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.bin')) seeds.push(new Uint8Array(fs.readFileSync(path.join(d, f))));
  }
  return seeds;
}

/** Runs a batch; when it does not come back whole, halves it until the frames at fault are alone. */
async function isolate(h: Harness, frames: Uint8Array[]): Promise<Outcome[]> {
  const r = await h.run(frames, batchTimeoutMs(frames.length));
  if (Array.isArray(r)) return r;
  if (frames.length === 1) return [r];
  const mid = frames.length >> 1;
  return [...(await isolate(h, frames.slice(0, mid))), ...(await isolate(h, frames.slice(mid)))];
}

function judge(report: FuzzReport, frame: Uint8Array, outcomes: Record<string, Outcome>): void {
  const hex = Buffer.from(frame).toString('hex');
  let failed = false;
  for (const [name, o] of Object.entries(outcomes)) {
    const c = report.decoders[name];
    if (isFailure(o)) {
      failed = true;
      if (o.kind === 'crash') (c.crashes++, report.crashes++);
      else (c.hangs++, report.hangs++);
      report.findings.push({ kind: o.kind, decoder: name, frame: hex, detail: o.detail });
    } else if (o.ok) {
      c.accepted++;
    } else {
      c.refused++;
    }
  }
  if (failed) return;
  const verdicts = Object.entries(outcomes) as [string, Verdict][];
  const accepted = verdicts.filter(([, v]) => v.ok).map(([n]) => n);
  if (accepted.length !== 0 && accepted.length !== verdicts.length) {
    const detail = verdicts.map(([n, v]) => `${n}: ${v.ok ? 'accepted' : `refused (${v.error})`}`).join('; ');
    report.disagreements++;
    report.findings.push({ kind: 'disagreement', frame: hex, detail });
    return;
  }
  if (accepted.length === 0) return;
  const encodings = verdicts.map(([n, v]) => [n, normalise((v as Extract<Verdict, { ok: true }>).encoded)] as const);
  const [firstName, first] = encodings[0];
  for (const [n, e] of encodings.slice(1)) {
    if (e !== first) {
      report.disagreements++;
      report.findings.push({ kind: 'disagreement', frame: hex, detail: `re-encodings differ: ${firstName} ${first}, ${n} ${e}` });
      return;
    }
  }
}

/** A re-encoding as hex with every NaN made the canonical quiet NaN (their payloads are not kept). */
function normalise(encoded: Uint8Array): string {
  const b = Buffer.from(encoded);
  try {
    scanEnvelope(b, (offset, width) => {
      if (width === 4 && Number.isNaN(b.readFloatLE(offset))) b.writeUInt32LE(0x7fc00000, offset);
      if (width === 8 && Number.isNaN(b.readDoubleLE(offset))) b.writeBigUInt64LE(0x7ff8000000000000n, offset);
    });
  } catch (err) {
    return `invalid re-encoding (${(err as Error).message}) ${b.toString('hex')}`;
  }
  return b.toString('hex');
}
