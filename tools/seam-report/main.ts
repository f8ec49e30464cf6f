/**
 * The skin seam metric (test/ict/seam-metric.ts) of fitted ICT albedo maps, for before/after
 * comparisons: mean and 95th-percentile ΔE across the baked face's border, the face–head tile
 * seam, other UV seams, and plain edges inside the baked face and the filled skin.
 *
 * Usage: node dist/tools/seam-report/main.js <ict cache dir, e.g. HOME/models/ict-facekit> <albedo.png>...
 */
import sharp from 'sharp';
import { avatarLayout } from '../../server/geometry/ict/avatar-layout.js';
import { loadIctModel } from '../../server/geometry/ict/cache.js';
import { seamReport } from '../../test/ict/seam-metric.js';

const [cacheDir, ...files] = process.argv.slice(2);
if (!cacheDir || files.length === 0) {
  console.error('usage: node dist/tools/seam-report/main.js <ict cache dir> <albedo.png>...');
  process.exit(2);
}
const layout = avatarLayout(await loadIctModel(cacheDir));
for (const file of files) {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const report = seamReport(layout, new Uint8Array(data), info.width);
  console.log(file);
  for (const [name, r] of Object.entries(report)) console.log(`  ${name.padEnd(11)} edges ${String(r.edges).padStart(6)}  mean ΔE ${r.mean.toFixed(2).padStart(6)}  p95 ${r.p95.toFixed(2).padStart(6)}`);
}
