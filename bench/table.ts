/** Benchmark rows, medians, and the printed table / JSON file every benchmark reports through. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** How many runs the median is over (absent for single measurements such as sizes). */
  runs?: number;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function printTable(rows: BenchRow[]): void {
  const w = Math.max(...rows.map((r) => `${r.group}: ${r.name}`.length), 10);
  process.stdout.write(`${'benchmark'.padEnd(w)}  ${'median'.padStart(12)}  unit   runs\n${'-'.repeat(w + 30)}\n`);
  for (const r of rows) {
    const v = Math.abs(r.value) >= 100 || Number.isInteger(r.value) ? r.value.toFixed(0) : r.value.toPrecision(3);
    process.stdout.write(`${`${r.group}: ${r.name}`.padEnd(w)}  ${v.padStart(12)}  ${r.unit.padEnd(5)}  ${r.runs ?? ''}\n`);
  }
}

export function writeJson(rows: BenchRow[], file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n');
}
