/**
 * The avatar alone in a real glTF viewer: `fitme fit`s a photo, opens the glb with `fitme view`
 * (three.js in Debian's Chromium), and renders it in the photo's expression from the front in
 * studio light, turned 30° each way, and under the viewer's side light; each render's faceres
 * identity against the photo is printed, as `fitme eval` does with the project's own rasteriser,
 * and the renders are written as a contact sheet (photo | views).
 *
 * Usage: node dist/tools/three-views/main.js <photo> [out.png] [--model ID]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import sharp from 'sharp';
import { packageRoot } from '../../server/config/package-root.js';
import { FaceDetector } from '../../server/detect/faces.js';
import { identitySimilarity } from '../../server/detect/identity.js';
import type { RgbImage } from '../../server/types.js';
import { launchChromium } from '../../test/support/browser.js';

const VIEWS: { name: string; yawDeg: number; light: string }[] = [
  { name: 'studio', yawDeg: 0, light: 'studio' },
  { name: 'yaw+30', yawDeg: 30, light: 'studio' },
  { name: 'yaw-30', yawDeg: -30, light: 'studio' },
  { name: 'side', yawDeg: 0, light: 'side' },
];
const SIZE = 512;
/** The camera's distance as a share of what the viewer's framing gives. */
const CLOSER = 0.62;

const args = process.argv.slice(2);
const modelAt = args.indexOf('--model');
const model = modelAt >= 0 ? args.splice(modelAt, 2)[1] : undefined;
if (!args[0]) {
  process.stderr.write('usage: node dist/tools/three-views/main.js <photo> [out.png] [--model ID]\n');
  process.exit(2);
}
const root = packageRoot();
const photo = path.resolve(args[0]);
const out = path.resolve(args[1] ?? `${path.basename(photo, path.extname(photo))}.three-views.png`);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-three-'));
const fitme = path.join(root, 'bin', 'fitme.js');
const glb = path.join(home, 'avatar.glb');

execFileSync(process.execPath, [fitme, 'fit', photo, '-o', glb, '--json', '--home', home, ...(model ? ['--model', model] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
const view = spawn(process.execPath, [fitme, 'view', glb, '--port', '0', '--no-open', '--json', '--home', home], { stdio: ['ignore', 'pipe', 'inherit'] });
const detector = await FaceDetector.load();
try {
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: view.stdout! }).once('line', resolve);
    view.once('exit', (code) => reject(new Error(`fitme view exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const photoImage = await rgb(sharp(photo).rotate());
  const [photoFace] = await detector.detect(photoImage);
  if (!photoFace?.embedding) throw new Error(`no face with an identity embedding found in ${photo}`);

  const browser = await launchChromium();
  const renders: Buffer[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    await page.goto(url);
    await page.waitForFunction(() => (window as any).fitmeView?.state.loaded || (window as any).fitmeView?.state.error, null, { timeout: 120_000 });
    const error = await page.evaluate(() => (window as any).fitmeView.state.error as string);
    if (error) throw new Error(`the page says: ${error}`);
    // The viewport square, the photo's expression on, the page's controls out of the picture.
    await page.evaluate((size) => {
      const { view } = (window as any).fitmeView;
      const box = document.getElementById('viewport')!;
      Object.assign(box.style, { position: 'fixed', left: '0', top: '0', width: `${size}px`, height: `${size}px`, zIndex: '1000', background: '#808080' });
      const expression = view.extras.photoExpressions?.[0] ?? {};
      for (const m of view.meshes()) for (const [name, w] of Object.entries(expression)) {
        const i = m.morphTargetDictionary?.[name];
        if (i !== undefined) m.morphTargetInfluences[i] = w;
      }
    }, SIZE);
    const rows: string[] = [];
    for (const v of VIEWS) {
      await page.evaluate(({ yawDeg, light, CLOSER }) => {
        const { view, lighting } = (window as any).fitmeView;
        // The head turns, the camera and the light stay (as eval turns the avatar under a fixed light).
        view.avatar.rotation.y = (yawDeg * Math.PI) / 180;
        view.avatar.updateMatrixWorld(true);
        view.frame();
        // frame() leaves room for the whole bust; the face fills about as much of the picture as in fitme eval's views.
        const { camera, controls } = view;
        camera.position.sub(controls.target).multiplyScalar(CLOSER).add(controls.target);
        controls.update();
        lighting.apply(light);
        view.requestRender();
      }, { ...v, CLOSER });
      await page.waitForTimeout(400);
      const png = await page.locator('#viewport canvas').screenshot();
      const image = await rgb(sharp(png).flatten({ background: '#808080' }));
      renders.push(await sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 3 } }).resize(SIZE, SIZE).png().toBuffer());
      const [face] = await detector.detect(image);
      const identity = face?.embedding ? identitySimilarity(photoFace.embedding, face.embedding) : null;
      rows.push(`${v.name.padEnd(8)} ${identity === null ? 'no face found' : identity.toFixed(3)}`);
    }
    process.stdout.write(`${path.basename(photo)} in three.js (${model ?? 'default model'}), faceres identity against the photo:\n${rows.join('\n')}\n`);
  } finally {
    await browser.close();
  }
  const left = await sharp(photo).rotate().resize({ height: SIZE }).png().toBuffer();
  const leftWidth = (await sharp(left).metadata()).width!;
  await sharp({ create: { width: leftWidth + SIZE * renders.length, height: SIZE, channels: 3, background: '#808080' } })
    .composite([{ input: left, left: 0, top: 0 }, ...renders.map((input, k) => ({ input, left: leftWidth + SIZE * k, top: 0 }))])
    .jpeg({ quality: 85 })
    .toFile(out);
  process.stdout.write(`${out}\n`);
} finally {
  detector.dispose();
  const exited = new Promise((resolve) => (view.exitCode === null ? view.once('exit', resolve) : resolve(null)));
  view.kill('SIGTERM');
  await exited;
  fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
}

async function rgb(image: sharp.Sharp): Promise<RgbImage> {
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}
