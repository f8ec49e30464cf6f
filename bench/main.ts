/**
 * `npm run bench [-- --runs N] [-- --only NAME]`: runs every benchmark, prints one table and writes
 * bench/results/latest.json. Figures are medians: the machines here are shared and noisy.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../test/support/daemon.js';
import { benchPipeline } from './pipeline.js';
import { benchDetect } from './detect.js';
import { benchDetectCalibration } from './detect-calibration.js';
import { benchIct } from './ict.js';
import { benchReflectance, benchReflectanceEnergy, benchReflectanceThreads } from './reflectance.js';
import { benchRender } from './render.js';
import { benchEval } from './eval.js';
import { benchIdentityReference } from './identity-reference.js';
import { benchViewer } from './viewer.js';
import { benchFleet } from './fleet.js';
import { benchWire } from './wire.js';
import { printTable, writeJson, type BenchRow } from './table.js';

const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const runs = Number(values.runs ?? 5);

/** `always: false`: measurements behind constants, run only when named with --only. */
const BENCHES: Record<string, { run: () => Promise<BenchRow[]>; always: boolean }> = {
  pipeline: { run: () => benchPipeline(runs), always: true },
  detect: { run: () => benchDetect(runs), always: true },
  render: { run: () => benchRender(runs), always: true },
  reflectance: { run: () => benchReflectance(runs), always: true },
  'identity-reference': { run: benchIdentityReference, always: true },
  eval: { run: () => benchEval(Math.min(runs, 3)), always: true },
  ict: { run: () => benchIct({ fitRuns: runs }), always: true },
  viewer: { run: () => benchViewer(Math.min(runs, 3)), always: true },
  wire: { run: () => benchWire(runs), always: true },
  'detect-calibration': { run: benchDetectCalibration, always: false },
  // Parts of `reflectance`; alone for a quick look at the threads or the energy evaluators.
  'reflectance-threads': { run: () => benchReflectanceThreads(runs), always: false },
  'reflectance-energy': { run: () => benchReflectanceEnergy(runs), always: false },
  // Minutes of fitting (a batch through 1 and 2 worker processes): opt-in, one run unless --runs says more.
  fleet: { run: () => benchFleet(values.runs === undefined ? 1 : runs), always: false },
};

const rows: BenchRow[] = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (values.only ? values.only !== name : !bench.always) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await bench.run()));
}
printTable(rows);
const out = path.join(ROOT, 'bench/results/latest.json');
writeJson(rows, out);
process.stderr.write(`bench: wrote ${path.relative(process.cwd(), out)}\n`);
