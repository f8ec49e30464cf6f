/**
 * npm run fuzz [-- --frames N] [--seed S]: the differential fuzz of the three wire decoders
 * (tools/fuzz/differential.ts). Prints the seed (rerun with it to reproduce), a table per decoder,
 * and crashes/hangs/disagreements; exits 1 on any.
 */
import { runFuzz, type FuzzReport } from './differential.js';

function parseArgs(argv: string[]): { frames: number; seed: number } {
  let frames = 100_000;
  let seed = (Date.now() ^ (process.pid << 16)) >>> 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer`);
      return v;
    };
    if (a === '--frames') frames = value();
    else if (a === '--seed') seed = value() >>> 0;
    else throw new Error(`unknown option ${a}; usage: npm run fuzz -- [--frames N] [--seed S]`);
  }
  return { frames, seed };
}

function print(r: FuzzReport): void {
  console.log('');
  console.log('decoder   accepted   refused   crashes   hangs');
  for (const [name, c] of Object.entries(r.decoders)) {
    console.log(`${name.padEnd(8)} ${String(c.accepted).padStart(9)} ${String(c.refused).padStart(9)} ${String(c.crashes).padStart(9)} ${String(c.hangs).padStart(7)}`);
  }
  console.log(`\nseed ${r.seed}, ${r.frames} frames per decoder: crashes/hangs/disagreements ${r.crashes}/${r.hangs}/${r.disagreements}`);
  for (const f of r.findings.slice(0, 10)) console.log(`  ${f.kind}${f.decoder ? ` (${f.decoder})` : ''}: ${f.detail.slice(0, 600)}\n    frame ${f.frame.slice(0, 400)}`);
  if (r.findings.length > 0) console.log(`frames saved in ${r.failuresDir}; reproduce with npm run fuzz -- --seed ${r.seed} --frames ${r.frames}`);
}

try {
  const { frames, seed } = parseArgs(process.argv.slice(2));
  const report = await runFuzz({ frames, seed, log: (l) => console.log(l) });
  print(report);
  process.exitCode = report.crashes + report.hangs + report.disagreements > 0 ? 1 : 0;
} catch (err) {
  console.error(`fuzz: ${(err as Error).message}`);
  process.exitCode = 2;
}
