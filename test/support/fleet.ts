/** `fitme worker` and `fitme batch` as child processes (the real CLI), their JSON lines collected as they come. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from './daemon.js';

export type Line = Record<string, unknown> & { event: string };

export class FitmeProcess {
  readonly lines: Line[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(readonly proc: ChildProcess) {
    readline.createInterface({ input: proc.stdout! }).on('line', (l) => {
      try {
        this.lines.push(JSON.parse(l) as Line);
      } catch {
        this.lines.push({ event: 'text', text: l });
      }
      this.wake();
    });
    proc.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => {
      this.wake();
      resolve(code ?? (signal ? -1 : null));
    }));
  }

  /**
   * `ownSession`: the process leads a session of its own (setsid), as a worker started by its own
   * service would: Linux's autogroup scheduler shares the CPU between sessions, so workers in
   * one session split one share of a busy machine between them.
   */
  static start(home: string, args: string[], ownSession = false): FitmeProcess {
    return new FitmeProcess(spawn(process.execPath, [path.join(ROOT, 'bin/fitme.js'), ...args, '--json', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'], detached: ownSession }));
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** The first line (from the start) that matches, waiting for it up to `timeoutMs`. */
  async waitFor(match: (l: Line) => boolean, timeoutMs: number, what = 'a line'): Promise<Line> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find(match);
      if (found) return found;
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) throw new Error(`fitme exited (${this.proc.exitCode ?? this.proc.signalCode}) before ${what}:\n${this.stderr}\n${JSON.stringify(this.lines.slice(-5))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms; last lines: ${JSON.stringify(this.lines.slice(-5))}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill(signal);
    return this.exited;
  }
}
