/**
 * The whole path through the real daemon: stage times (decode, detect, geometry, reflectance,
 * export — measured by the daemon — and stream, measured by the client) for 1 and 3 photos at
 * 1024² maps, time to first preview, end-to-end time, and the daemon's peak RSS.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { Client, photo, startDaemon } from '../test/support/daemon.js';
import { HOPPER } from '../test/support/photos.js';
import { stageName } from '../server/stream/wire.js';
import { median, type BenchRow } from './table.js';

/** Three different photos of one person (the same set the ICT bench uses). */
export async function threePhotos() {
  // Three different photos of one person: the portrait, mirrored and darker, and a tighter crop.
  const mirrored = await sharp(HOPPER).flop().modulate({ brightness: 0.8 }).jpeg().toBuffer();
  const crop = await sharp(HOPPER).extract({ left: 40, top: 20, width: 430, height: 500 }).resize({ width: 600 }).jpeg().toBuffer();
  return [photo('grace_hopper.jpg'), { data: mirrored, name: 'mirrored.jpg', faceIndex: 0 }, { data: crop, name: 'crop.jpg', faceIndex: 0 }];
}

export async function benchPipeline(runs = 5): Promise<BenchRow[]> {
  const d = await startDaemon();
  const rows: BenchRow[] = [];
  try {
    const c = await Client.open(d);
    const sets = { '1 photo': [photo('grace_hopper.jpg')], '3 photos': await threePhotos() };
    for (const [label, photos] of Object.entries(sets)) {
      const stageMs = new Map<string, number[]>();
      const total: number[] = [];
      const firstPreview: number[] = [];
      const warm = runs + 1; // the first run warms the networks' kernels; it is not counted
      for (let i = 0; i < warm; i++) {
        const t0 = performance.now();
        const rid = c.send({ generate: { photos, options: { textureSize: 1024, preview: true, previewRateHz: 4 } } });
        const jobId = (await c.next((e) => Number(e.requestId) === rid)).accepted!.jobId!;
        let tPreview = NaN;
        let tMesh = NaN;
        for (;;) {
          const e = await c.next((x) => (x as unknown as Record<string, { jobId?: string }>)[x.body!]?.jobId === jobId, 300_000);
          if (e.body === 'preview' && Number.isNaN(tPreview)) tPreview = performance.now() - t0;
          if (e.body === 'mesh') tMesh = performance.now();
          if (e.body === 'failure') throw new Error(`bench job failed: ${e.failure!.message}`);
          if (e.body === 'completed') {
            if (i === 0) break;
            const tEnd = performance.now();
            total.push(tEnd - t0);
            firstPreview.push(tPreview);
            for (const t of e.completed!.summary!.timings!) {
              const name = stageName(t.stage!)!;
              stageMs.set(name, [...(stageMs.get(name) ?? []), t.ms!]);
            }
            stageMs.set('stream', [...(stageMs.get('stream') ?? []), tEnd - tMesh]);
            break;
          }
        }
      }
      for (const [stage, ms] of stageMs) rows.push({ group: `pipeline ${label}, 1024²`, name: stage, value: median(ms), unit: 'ms', runs });
      rows.push({ group: `pipeline ${label}, 1024²`, name: 'first preview after request', value: median(firstPreview), unit: 'ms', runs });
      rows.push({ group: `pipeline ${label}, 1024²`, name: 'request to last frame', value: median(total), unit: 'ms', runs });
    }
    c.close();
    rows.push({ group: 'daemon', name: 'peak RSS', value: peakRssMiB(d.proc.pid!), unit: 'MiB' });
  } finally {
    await d.stop();
  }
  return rows;
}

/** VmHWM: the process's peak resident set, workers included (Linux). */
function peakRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}
