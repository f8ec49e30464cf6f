/** Numeric command-line options: anything else is bad usage (exit 2). */
import { UsageError } from './usage-error.js';

export function positiveInt(s: string, name: string, zeroOk = false): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new UsageError(`--${name} must be a ${zeroOk ? 'non-negative' : 'positive'} integer, got "${s}"`);
  return n;
}

export function positiveNumber(s: string, name: string): number {
  const n = Number(s);
  if (!(n > 0)) throw new UsageError(`--${name} must be a positive number, got "${s}"`);
  return n;
}
