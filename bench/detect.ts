/**
 * Face detection on its own: model load time, detect time per photo (median of runs) for the two
 * sample photos and a 4000-pixel-wide one, tfjs memory and process RSS after the runs.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { FaceDetector } from '../server/detect/faces.js';
import { decodePhoto } from '../server/image/decode.js';
import { median, type BenchRow } from './table.js';

import { HOPPER as GRACE, ASTRONAUT } from '../test/support/photos.js';

export async function benchDetect(runs = 5): Promise<BenchRow[]> {
  const group = 'detect';
  const t0 = performance.now();
  const detector = await FaceDetector.load();
  const rows: BenchRow[] = [{ group, name: `load models (${detector.backend})`, value: performance.now() - t0, unit: 'ms' }];
  try {
    const inputs: [string, Uint8Array][] = [
      ['grace_hopper 512x600', await readFile(GRACE)],
      ['astronaut 512x512', await readFile(ASTRONAUT)],
      ['grace_hopper 4000x4688', await sharp(GRACE).resize(4000).jpeg({ quality: 92 }).toBuffer()],
    ];
    for (const [name, bytes] of inputs) {
      const photo = await decodePhoto(bytes, 0, name, { maxPixels: 40_000_000 });
      const first = performance.now();
      await detector.detect(photo.image);
      const firstMs = performance.now() - first;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await detector.detect(photo.image);
        times.push(performance.now() - t);
      }
      rows.push({ group, name: `${name}: first call`, value: firstMs, unit: 'ms' });
      rows.push({ group, name, value: median(times), unit: 'ms', runs });
    }
    const memory = detector.memory();
    rows.push({ group, name: 'tfjs tensors kept', value: memory.numTensors, unit: 'count' });
    rows.push({ group, name: 'tfjs tensor bytes kept', value: memory.numBytes, unit: 'bytes' });
    rows.push({ group, name: 'process RSS after runs', value: process.memoryUsage().rss, unit: 'bytes' });
  } finally {
    detector.dispose();
  }
  return rows;
}
