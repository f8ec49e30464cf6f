/**
 * The three decoders as the fuzzer drives them: the daemon's in a worker thread, the C# and C++
 * decode-only harnesses (tools/fuzz/harness/) built here from the plugins' own codec sources and
 * fed batches of frames through stdin. The C++ one is built with AddressSanitizer and
 * UndefinedBehaviorSanitizer when g++ has them.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../server/config/package-root.js';

export type Verdict = { ok: true; encoded: Uint8Array } | { ok: false; error: string };

/** A batch that did not come back whole (the process died, was killed by a sanitizer, or hung), or one frame that crashed. */
export interface BatchFailure {
  kind: 'crash' | 'hang';
  detail: string;
}

export type Outcome = Verdict | BatchFailure;

export interface Harness {
  name: 'ts' | 'csharp' | 'cpp';
  run(frames: Uint8Array[], timeoutMs: number): Promise<Outcome[] | BatchFailure>;
}

export interface BuiltHarnesses {
  harnesses: Harness[];
  sanitizers: boolean;
  leakCheck: boolean;
}

export function buildHarnesses(dir: string): BuiltHarnesses {
  const root = packageRoot();
  fs.mkdirSync(dir, { recursive: true });
  const csSources = fs
    .readdirSync(path.join(root, 'unity-package/Runtime/Core/Protocol'))
    .filter((f) => f.endsWith('.cs'))
    .map((f) => path.join(root, 'unity-package/Runtime/Core/Protocol', f));
  const exe = path.join(dir, 'DecodeHarness.exe');
  run('mcs', ['-langversion:7.2', '-nologo', '-warnaserror+', '-optimize+', '-target:exe', `-out:${exe}`, ...csSources, path.join(root, 'tools/fuzz/harness/DecodeHarness.cs')]);

  const bin = path.join(dir, 'decode_harness');
  const base = ['-std=c++17', '-O1', '-g', '-Wall', '-Wextra', '-Werror', '-fno-exceptions', '-fno-rtti', '-I', path.join(root, 'unreal-plugin/Source/FitMeAvatar/Public'), path.join(root, 'tools/fuzz/harness/decode_harness.cpp'), '-o', bin];
  // vptr checks need RTTI, which the plugin's core is built without.
  const sanitized = ['-fsanitize=address,undefined', '-fno-sanitize=vptr', '-fno-sanitize-recover=all'];
  // LeakSanitizer needs ptrace, which some containers forbid: then leaks go unchecked, the rest stays.
  let asanOptions = 'detect_leaks=1';
  let sanitizers = spawnSync('g++', [...sanitized, ...base], { encoding: 'utf8' }).status === 0;
  if (sanitizers && !smokeTest(bin, asanOptions)) asanOptions = 'detect_leaks=0';
  if (sanitizers && !smokeTest(bin, asanOptions)) sanitizers = false;
  if (!sanitizers) run('g++', base);
  const env = { ...process.env, ASAN_OPTIONS: asanOptions };
  return {
    sanitizers,
    leakCheck: sanitizers && asanOptions === 'detect_leaks=1',
    harnesses: [
      { name: 'ts', run: runInWorker },
      { name: 'csharp', run: (frames, timeoutMs) => runBatch('mono', [exe], frames, timeoutMs, process.env) },
      { name: 'cpp', run: (frames, timeoutMs) => runBatch(bin, [], frames, timeoutMs, env) },
    ],
  };
}

/** The daemon's decoder, from the build: a worker cannot load the TypeScript sources tests run from. */
function workerScript(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? '../../dist/tools/fuzz/ts-decode-worker.js' : './ts-decode-worker.js', import.meta.url);
  if (!fs.existsSync(url)) throw new Error(`the fuzzer's decode worker ${fileURLToPath(url)} is missing; run \`npm run build\``);
  return url;
}

function runInWorker(frames: Uint8Array[], timeoutMs: number): Promise<Outcome[] | BatchFailure> {
  return new Promise((resolve) => {
    const worker = new Worker(workerScript());
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ kind: 'hang', detail: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    worker.once('message', (outcomes: Outcome[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcomes);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      resolve({ kind: 'crash', detail: String(err.stack ?? err) });
    });
    worker.postMessage(frames);
  });
}

/** The sanitized build answers one empty frame with its verdict and exits 0. */
function smokeTest(bin: string, asanOptions: string): boolean {
  const r = spawnSync(bin, [], { input: Buffer.alloc(4), env: { ...process.env, ASAN_OPTIONS: asanOptions } });
  return r.status === 0 && r.stdout.length === 5;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} is not installed (${r.error.message}); bash scripts/test-tools.sh installs it`);
  if (r.status !== 0) throw new Error(`${cmd} failed building a fuzz harness:\n${r.stdout}${r.stderr}`);
}

function runBatch(cmd: string, args: string[], frames: Uint8Array[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<Verdict[] | BatchFailure> {
  return new Promise((resolve) => {
    const proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    proc.stdout.on('data', (d: Buffer) => out.push(d));
    proc.stderr.on('data', (d: Buffer) => err.push(d));
    proc.stdin.on('error', () => {}); // a harness that died early closes its stdin: reported below
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8').slice(0, 4000);
      if (timedOut) return resolve({ kind: 'hang', detail: `no answer within ${timeoutMs} ms` });
      if (code !== 0) return resolve({ kind: 'crash', detail: `exit ${code ?? signal}: ${stderr}` });
      const verdicts = parseVerdicts(Buffer.concat(out));
      if (verdicts.length !== frames.length) return resolve({ kind: 'crash', detail: `${verdicts.length} answers for ${frames.length} frames: ${stderr}` });
      resolve(verdicts);
    });
    const header = Buffer.alloc(4);
    for (const f of frames) {
      header.writeUInt32LE(f.length, 0);
      proc.stdin.write(Buffer.from(header));
      proc.stdin.write(f);
    }
    proc.stdin.end();
  });
}

function parseVerdicts(b: Buffer): Verdict[] {
  const out: Verdict[] = [];
  let pos = 0;
  while (pos + 5 <= b.length) {
    const status = b[pos];
    const len = b.readUInt32LE(pos + 1);
    pos += 5;
    if (pos + len > b.length) break;
    const payload = new Uint8Array(b.subarray(pos, pos + len));
    pos += len;
    out.push(status === 0 ? { ok: true, encoded: payload } : { ok: false, error: Buffer.from(payload).toString('utf8') });
  }
  return out;
}
