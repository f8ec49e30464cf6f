/**
 * The README's picture of the viewer: fits a photo with `fitme fit`, opens it with `fitme view`
 * and has Debian's Chromium take a screenshot of the page (a smile set on the sliders, the maps
 * below), written as a palette PNG to keep it small.
 *
 * Usage: node dist/tools/viewer-screenshot/main.js [out.png=docs/viewer.png] [photo=samples/grace_hopper.jpg]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import sharp from 'sharp';
import { packageRoot } from '../../server/config/package-root.js';
// The tests' launcher: the same flags the viewer tests rely on.
import { launchChromium } from '../../test/support/browser.js';

const root = packageRoot();
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'viewer.png'));
const photo = path.resolve(process.argv[3] ?? path.join(root, 'samples', 'grace_hopper.jpg'));
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-shot-'));
const fitme = path.join(root, 'bin', 'fitme.js');
const glb = path.join(home, 'avatar.glb');
const maps = path.join(home, 'avatar-maps');

execFileSync(process.execPath, [fitme, 'fit', photo, '-o', glb, '--maps-dir', maps, '--texture-size', '512', '--json', '--home', home], { stdio: ['ignore', 'ignore', 'inherit'] });
const view = spawn(process.execPath, [fitme, 'view', glb, '--maps-dir', maps, '--photo', photo, '--port', '0', '--no-open', '--json', '--home', home], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: view.stdout! }).once('line', resolve);
    view.once('exit', (code) => reject(new Error(`fitme view exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    await page.goto(url);
    await page.waitForFunction(() => (window as any).fitmeView?.state.loaded || (window as any).fitmeView?.state.error, null, { timeout: 120_000 });
    const error = await page.evaluate(() => (window as any).fitmeView.state.error as string);
    if (error) throw new Error(`the page says: ${error}`);
    for (const name of ['mouthSmileLeft', 'mouthSmileRight']) await page.locator(`#morphs input[data-morph="${name}"]`).fill('0.6');
    await page.waitForTimeout(500);
    const png = await page.screenshot();
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(out);
    process.stdout.write(`${out}: ${fs.statSync(out).size} bytes\n`);
  } finally {
    await browser.close();
  }
} finally {
  // The daemon is stopped before its home goes.
  const exited = new Promise((resolve) => (view.exitCode === null ? view.once('exit', resolve) : resolve(null)));
  view.kill('SIGTERM');
  await exited;
  fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
}
