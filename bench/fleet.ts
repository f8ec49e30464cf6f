/**
 * Fleet throughput: `fitme batch` of distinct photos through 1, then 2, `fitme worker` processes
 * on a real redis-server, as jobs per minute from the batch's start to its last job (the workers
 * are started and have loaded the networks before the clock starts), and the ratio of the two.
 * Each run has its own results folder and queue, so no job is found done already. Figures from a
 * shared, loaded machine say little: the load average is printed beside them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRedis } from '../test/support/redis.js';
import { FitmeProcess } from '../test/support/fleet.js';
import { distinctPortraits } from '../test/support/photos.js';
import { median, type BenchRow } from './table.js';

/** The daemon's defaults (full head, default preset, 1024² maps): what a studio's batch runs. */
const JOBS = 8;

export async function benchFleet(runs = 1): Promise<BenchRow[]> {
  const redis = await startRedis();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-bench-fleet-'));
  const home = path.join(tmp, 'home');
  const rows: BenchRow[] = [];
  try {
    const photos: string[] = [];
    for (const { name, data } of await distinctPortraits(JOBS)) {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, data);
      photos.push(file);
    }
    const perMinute = new Map<number, number[]>();
    // The machines here are shared: the load beside the figures says how much of them was this bench's.
    const load = new Map<number, number[]>();
    for (let run = 0; run < runs; run++) {
      for (const workers of [1, 2]) {
        const queue = `bench-${run}-${workers}`;
        // Each in its own session, as separate services would run: the machines here are shared,
        // and workers of one session would split that session's share of the CPU.
        const procs = Array.from({ length: workers }, () => FitmeProcess.start(home, ['worker', '--redis', redis.url, '--queue', queue], true));
        try {
          await Promise.all(procs.map((p) => p.waitFor((l) => l.event === 'ready', 120_000, 'worker ready')));
          const t0 = performance.now();
          const batch = FitmeProcess.start(home, ['batch', '--redis', redis.url, '--queue', queue, '--out', path.join(tmp, queue), ...photos]);
          const done = await batch.waitFor((l) => l.event === 'done', 1_800_000, 'the batch to finish');
          const minutes = (performance.now() - t0) / 60_000;
          load.set(workers, [...(load.get(workers) ?? []), os.loadavg()[0]]);
          if (done.completed !== JOBS) throw new Error(`bench batch: ${JSON.stringify(done)}`);
          perMinute.set(workers, [...(perMinute.get(workers) ?? []), JOBS / minutes]);
          process.stderr.write(`bench fleet: ${workers} worker(s): ${JOBS} jobs in ${(minutes * 60).toFixed(1)} s\n`);
        } finally {
          await Promise.all(procs.map((p) => p.kill('SIGKILL')));
        }
      }
    }
    const group = `fleet, ${JOBS} photos, default fit (1024²), ${os.cpus().length} cores`;
    const one = median(perMinute.get(1)!);
    const two = median(perMinute.get(2)!);
    rows.push({ group, name: '1 worker', value: one, unit: 'jobs/min', runs });
    rows.push({ group, name: '2 workers', value: two, unit: 'jobs/min', runs });
    rows.push({ group, name: '2 workers / 1 worker', value: two / one, unit: 'x', runs });
    for (const [workers, l] of load) rows.push({ group, name: `load average (1 min) at the end, ${workers} worker(s)`, value: median(l), unit: '', runs });
  } finally {
    await redis.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}
