/**
 * The viewer page in Debian's Chromium (SwiftShader: software WebGL, the slowest a browser draws):
 * how long `fitme view`'s page takes from opening to the avatar shown (glb and maps fetched over
 * loopback, parsed, first frame), and how long one frame of the full-detail head takes under each
 * lighting preset. The avatar is a default fit of samples/grace_hopper.jpg (1024² maps).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fitme } from '../test/support/cli.js';
import { ROOT, SAMPLES } from '../test/support/daemon.js';
import { CHROMIUM, launchChromium } from '../test/support/browser.js';
import { median, type BenchRow } from './table.js';

const GROUP = 'viewer';

export async function benchViewer(runs: number): Promise<BenchRow[]> {
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`bench: viewer skipped: no ${CHROMIUM} (apt-get install chromium)\n`);
    return [];
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fitme-bench-view-'));
  const photo = path.join(SAMPLES, 'grace_hopper.jpg');
  const glb = path.join(home, 'a.glb');
  const maps = path.join(home, 'a-maps');
  const fit = await fitme(home, ['fit', photo, '-o', glb, '--maps-dir', maps, '--json']);
  if (fit.code !== 0) throw new Error(`fitme fit failed: ${fit.stderr}`);
  const view = spawn(process.execPath, [path.join(ROOT, 'bin/fitme.js'), 'view', glb, '--maps-dir', maps, '--photo', photo, '--port', '0', '--no-open', '--json', '--home', home], { stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise((resolve) => view.once('exit', resolve));
  const browser = await launchChromium();
  try {
    const line = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: view.stdout! }).once('line', resolve);
      view.once('exit', (code) => reject(new Error(`fitme view exited with ${code}`)));
    });
    const { url } = JSON.parse(line) as { url: string };
    const loads: number[] = [];
    const frames: Record<string, number[]> = { fitted: [], studio: [], side: [], environment: [] };
    for (let i = -1; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t0 = performance.now();
      await page.goto(url);
      await page.waitForFunction(() => (window as any).fitmeView?.state.loaded || (window as any).fitmeView?.state.error, null, { timeout: 120_000 });
      const t1 = performance.now();
      const error = await page.evaluate(() => (window as any).fitmeView.state.error as string);
      if (error) throw new Error(`the page says: ${error}`);
      for (const preset of Object.keys(frames)) {
        await page.selectOption('#lighting', preset);
        // Five frames drawn back to back, finished (gl.finish via a pixel read) before the clock stops.
        const ms = await page.evaluate(() => {
          const { view } = (window as any).fitmeView;
          const gl = view.renderer.getContext();
          const px = new Uint8Array(4);
          view.renderer.render(view.scene, view.camera);
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
          const t = performance.now();
          for (let k = 0; k < 5; k++) view.renderer.render(view.scene, view.camera);
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
          return (performance.now() - t) / 5;
        });
        if (i >= 0) frames[preset]!.push(ms);
      }
      await page.close();
      if (i >= 0) loads.push(t1 - t0); // the first load warms Chromium's caches and three.js's shaders
    }
    return [
      { group: GROUP, name: 'page opened → avatar shown (glb 1024² maps, 5 maps, first frame)', value: median(loads), unit: 'ms', runs },
      ...Object.entries(frames).map(([preset, ms]) => ({ group: GROUP, name: `one frame, LOD0, in a 1280 × 800 page, ${preset} light (SwiftShader)`, value: median(ms), unit: 'ms', runs })),
    ];
  } finally {
    await browser.close();
    view.kill('SIGTERM');
    await exited;
    fs.rmSync(home, { recursive: true, force: true });
  }
}
