/**
 * ICT-FaceKit model import and cached-model load times (medians of runs), with the cache's size
 * and its largest vertex error against the OBJ files. The upstream folder comes from
 * ../shared/ict-facekit (unpacked once, as the tests do) unless one is given.
 */
import { loadIctModel } from '../server/geometry/ict/cache.js';
import { importIctFaceKit, type ImportReport } from '../server/geometry/ict/import.js';
import { ictFaceKitClone, tempDir } from '../test/ict/ict-source.js';
import { median, type BenchRow } from './table.js';

const GROUP = 'ict-facekit model';

export async function benchIct(opts: { fromDir?: string; importRuns?: number; loadRuns?: number } = {}): Promise<BenchRow[]> {
  const { importRuns = 3, loadRuns = 10 } = opts;
  const fromDir = opts.fromDir ?? (await ictFaceKitClone());
  const cache = await tempDir('bench-ict');
  try {
    const imports: number[] = [];
    let report: ImportReport | undefined;
    for (let i = 0; i < importRuns; i++) {
      const t = performance.now();
      report = await importIctFaceKit(fromDir, { cacheDir: cache.dir });
      imports.push(performance.now() - t);
    }
    const loads: number[] = [];
    for (let i = 0; i < loadRuns; i++) {
      const t = performance.now();
      await loadIctModel(cache.dir);
      loads.push(performance.now() - t);
    }
    return [
      { group: GROUP, name: 'import FaceXModel folder', value: median(imports), unit: 'ms', runs: importRuns },
      { group: GROUP, name: 'load cached model', value: median(loads), unit: 'ms', runs: loadRuns },
      { group: GROUP, name: 'cached model size', value: report!.cacheBytes / 2 ** 20, unit: 'MiB' },
      { group: GROUP, name: 'largest vertex error vs OBJ', value: report!.maxQuantisationErrorMm, unit: 'mm' },
    ];
  } finally {
    await cache.remove();
  }
}
