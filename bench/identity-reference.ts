/**
 * What faceres cosines mean for real photos, the reference `fitme eval`'s identity figures are
 * read against (IDENTITY_REFERENCE in server/reflectance/avatar-views.ts):
 *   same person: different photos of one man (the first row of @vladmandic/human's face-match
 *     screenshot, MIT, shipped in its npm package: 9 photos, ~100 px faces, every pair);
 *   different people: each of those against the women of its second row, and the two
 *     sample photos against each other.
 * The tiles are small and carry the demo's captions; each is enlarged 3× onto a grey canvas so
 * that blazeface finds it. Edits of one photo (bench/detect-calibration.ts) score higher than
 * this: they are not different photos.
 */
import path from 'node:path';
import sharp from 'sharp';
import { FaceDetector } from '../server/detect/faces.js';
import { identitySimilarity } from '../server/detect/identity.js';
import { humanPackageDir } from '../server/detect/model-files.js';
import type { RgbImage } from '../server/types.js';
import { ASTRONAUT, HOPPER } from '../test/support/photos.js';
import { median, type BenchRow } from './table.js';

const SCREENSHOT = path.join(humanPackageDir(), 'assets/screenshot-facematch.jpg');
/** The screenshot's face grid: 18 tiles a row, rows from y = 283, 112.5 px apart. */
const PITCH_X = 1920 / 18, ROW_Y = [283, 395.5], TILE = 102;
/** Row 1: the selected man in 9 photos. Row 2: the 8 women (its men may be him, in sunglasses or blurred). */
const SAME = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const OTHERS = [6, 7, 9, 10, 11, 12, 14, 17];
const GROUP = 'identity reference (faceres cosine, real photos)';

async function tile(row: number, k: number): Promise<RgbImage> {
  const face = await sharp(SCREENSHOT).extract({ left: Math.round(k * PITCH_X) + 2, top: Math.round(ROW_Y[row]) + 2, width: TILE, height: TILE }).resize(3 * TILE).toBuffer();
  return rgb(sharp({ create: { width: 640, height: 640, channels: 3, background: '#808080' } }).composite([{ input: face, left: 167, top: 167 }]));
}

async function rgb(image: sharp.Sharp): Promise<RgbImage> {
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

export async function benchIdentityReference(): Promise<BenchRow[]> {
  const detector = await FaceDetector.load();
  try {
    const embed = async (image: RgbImage, what: string) => {
      const e = (await detector.detect(image))[0]?.embedding;
      if (!e) throw new Error(`identity reference: no face or embedding in ${what}`);
      return e;
    };
    const him = await Promise.all(SAME.map(async (k) => embed(await tile(0, k), `row 1 tile ${k + 1}`)));
    const others = await Promise.all(OTHERS.map(async (k) => embed(await tile(1, k), `row 2 tile ${k + 1}`)));
    const same: number[] = [], different: number[] = [];
    for (let i = 0; i < him.length; i++) for (let j = i + 1; j < him.length; j++) same.push(identitySimilarity(him[i], him[j]));
    for (const a of him) for (const b of others) different.push(identitySimilarity(a, b));
    const [grace, astronaut] = await Promise.all([HOPPER, ASTRONAUT].map(async (f) => embed(await rgb(sharp(f)), f)));
    different.push(identitySimilarity(grace, astronaut));
    const rows: BenchRow[] = [];
    const summary = (name: string, xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      rows.push({ group: GROUP, name: `${name}, ${xs.length} pairs: min`, value: sorted[0], unit: 'cos' });
      rows.push({ group: GROUP, name: `${name}: median`, value: median(xs), unit: 'cos' });
      rows.push({ group: GROUP, name: `${name}: max`, value: sorted[sorted.length - 1], unit: 'cos' });
    };
    summary('same person, different photos', same);
    summary('different people', different);
    rows.push({ group: GROUP, name: 'grace_hopper.jpg vs astronaut.png', value: identitySimilarity(grace, astronaut), unit: 'cos' });
    return rows;
  } finally {
    detector.dispose();
  }
}
