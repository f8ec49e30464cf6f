/** Progress for `fitme fit`: a one-line bar on a terminal (stderr), JSON lines on stdout otherwise. */
import type { StageName } from '../types.js';

const WIDTH = 30;

export class ProgressReporter {
  private lastLine = '';

  constructor(private readonly json: boolean) {}

  event(event: string, fields: Record<string, unknown>): void {
    if (this.json) process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
    else if (typeof fields.message === 'string') this.line(fields.message);
  }

  progress(stage: StageName, fraction: number, message?: string): void {
    if (this.json) {
      this.event('progress', { stage, fraction: Number(fraction.toFixed(4)), message: message ?? '' });
      return;
    }
    const filled = Math.round(fraction * WIDTH);
    this.line(`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${stage}${message ? `: ${message}` : ''}`);
  }

  warn(code: string, message: string): void {
    if (this.json) this.event('warning', { code, message });
    else this.print(`warning: ${message}`);
  }

  done(fields: Record<string, unknown> & { glb: string; durationMs: number; validator: { errors: number; warnings: number } }): void {
    if (this.json) {
      this.event('done', fields);
      return;
    }
    this.print(`wrote ${fields.glb} in ${(fields.durationMs / 1000).toFixed(1)} s (glTF validator: ${fields.validator.errors} errors, ${fields.validator.warnings} warnings)`);
  }

  private line(text: string): void {
    const padded = text.slice(0, (process.stderr.columns ?? 100) - 1);
    process.stderr.write(`\r${padded}${' '.repeat(Math.max(0, this.lastLine.length - padded.length))}`);
    this.lastLine = padded;
  }

  private print(text: string): void {
    if (this.lastLine) process.stderr.write('\n');
    this.lastLine = '';
    process.stderr.write(`${text}\n`);
  }
}
