/**
 * Starts the real daemon (`node bin/fitme.js serve`, built by `npm test`'s pretest) on a loopback
 * port with its own FITME_HOME, and a protocol client over a real WebSocket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, PROTOCOL_VERSION, type Envelope, type IEnvelope } from '../../server/stream/wire.js';
import type { DaemonOptions } from '../../server/stream/daemon.js';
import { scratchDir } from './scratch.js';

/** The repository root, from test/support or from its compiled copy in dist/test/support. */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();
export const SAMPLES = path.join(ROOT, 'samples');

export interface DaemonProcess {
  url: string;
  port: number;
  home: string;
  token: string;
  proc: ChildProcess;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `prepare` runs on the fresh home before the daemon starts (e.g. to import a model into it);
 * `options` are daemon options without a CLI flag, given through test/support/serve-with-options.ts.
 */
export async function startDaemon(
  args: string[] = [],
  prepare?: (home: string) => Promise<void>,
  options?: Partial<Pick<DaemonOptions, 'sendStallMs'>>,
): Promise<DaemonProcess> {
  const home = scratchDir('test');
  await prepare?.(home);
  const serveArgs = ['--port', '0', '--home', home, '--json', ...args];
  const entry = options
    ? [path.join(ROOT, 'dist/test/support/serve-with-options.js'), JSON.stringify(options), ...serveArgs]
    : [path.join(ROOT, 'bin/fitme.js'), 'serve', ...serveArgs];
  const proc = spawn(process.execPath, entry, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout! });
    rl.once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`daemon exited with ${code} before listening:\n${err}`)));
  });
  const ready = JSON.parse(line) as { url: string; port: number; tokenFile: string };
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    url: ready.url,
    port: ready.port,
    home,
    token: fs.readFileSync(ready.tokenFile, 'utf8').trim(),
    proc,
    stderr: () => err,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null) proc.kill(signal);
      return exited;
    },
  };
}

export class Client {
  private readonly inbox: Envelope[] = [];
  private waiters: (() => void)[] = [];
  closeCode: number | undefined;
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.inbox.push(decodeEnvelope(new Uint8Array(data)));
      this.wake();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(new Client(ws)));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, headers: res.headers })));
    });
  }

  /** Connects and completes the handshake; `sparseMorphTargets` as in Hello. */
  static async open(d: { url: string; token: string }, opts: { sparseMorphTargets?: boolean } = {}): Promise<Client> {
    const c = await Client.connect(d.url);
    c.send({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: 'vitest', clientVersion: '1', token: d.token, sparseMorphTargets: opts.sparseMorphTargets ?? false } });
    const w = await c.next((e) => e.body === 'welcome' || e.body === 'failure');
    if (w.body !== 'welcome') throw new Error(`handshake refused: ${w.failure?.message}`);
    return c;
  }

  send(env: IEnvelope): number {
    const requestId = this.nextId++;
    this.ws.send(encodeEnvelope({ requestId, ...env }));
    return requestId;
  }

  /** The next received envelope matching `pred` (earlier non-matching ones stay queued for later calls). */
  async next(pred: (e: Envelope) => boolean = () => true, timeoutMs = 60_000): Promise<Envelope> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.inbox.findIndex(pred);
      if (i >= 0) return this.inbox.splice(i, 1)[0];
      if (this.closeCode !== undefined) throw new Error(`connection closed (${this.closeCode}) while waiting`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a frame');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Every frame of one job, up to and including its JobCompleted or Failure. */
  async job(jobId: string, timeoutMs = 120_000): Promise<Envelope[]> {
    const frames: Envelope[] = [];
    for (;;) {
      const e = await this.next((x) => jobIdOf(x) === jobId, timeoutMs);
      frames.push(e);
      if (e.body === 'completed' || e.body === 'failure') return frames;
    }
  }

  closed(): Promise<number> {
    if (this.closeCode !== undefined) return Promise.resolve(this.closeCode);
    return new Promise((resolve) => this.ws.once('close', (code) => resolve(code)));
  }

  close(): void {
    this.ws.close();
  }
}

export function jobIdOf(e: Envelope): string | undefined {
  const body = e.body ? (e as unknown as Record<string, { jobId?: string }>)[e.body] : undefined;
  return body?.jobId ?? undefined;
}

export function photo(file: string, faceIndex = 0) {
  const p = path.isAbsolute(file) ? file : path.join(SAMPLES, file);
  return { data: fs.readFileSync(p), name: path.basename(p), faceIndex };
}
