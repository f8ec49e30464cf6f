/**
 * The viewer page in a real Chromium (Debian's, SwiftShader WebGL) against the real daemon that
 * `fitme view` starts: an avatar fitted by `fitme fit` from samples/grace_hopper.jpg is shown, its
 * sliders, lights, LODs and overlay work, and a photo dropped on the page is fitted live.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitme } from '../support/cli.js';
import { ROOT, SAMPLES } from '../support/daemon.js';
import { collectErrors, imageStats, launchChromium, meanDifference } from '../support/browser.js';
import { scratchDir } from '../support/scratch.js';

const HOPPER = path.join(SAMPLES, 'grace_hopper.jpg');

let home: string;
let glb: string;
let mapsDir: string;
let viewer: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;
let errors: string[];

/** `fitme view … --json`: its first line says where the page is; the daemon it started runs on. */
async function startView(args: string[]): Promise<{ proc: ChildProcess; event: { url: string; daemon: string; port: number } }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin/fitme.js'), 'view', ...args, '--no-open', '--json', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`fitme view exited with ${code}:\n${err}`)));
  });
  return { proc, event: JSON.parse(line) };
}

async function stageShot(): Promise<Buffer> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.locator('#stage').screenshot();
}

beforeAll(async () => {
  home = scratchDir('view');
  glb = path.join(home, 'hopper.glb');
  mapsDir = path.join(home, 'hopper-maps');
  const fit = await fitme(home, ['fit', HOPPER, '-o', glb, '--maps-dir', mapsDir, '--texture-size', '256', '--preset', 'fast', '--json']);
  expect(fit.code, fit.stderr).toBe(0);
  const started = await startView([glb, '--maps-dir', mapsDir, '--photo', HOPPER, '--port', '0']);
  viewer = started.proc;
  url = started.event.url;
  expect(started.event.daemon).toBe('started');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = collectErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => (window as any).fitmeView?.state.loaded || (window as any).fitmeView?.state.error, null, { timeout: 90_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (viewer && viewer.exitCode === null) {
    const exited = new Promise((r) => viewer.once('exit', r));
    viewer.kill('SIGTERM');
    await exited;
  }
});

describe('fitme view in Chromium', () => {
  it('loads the avatar with no console errors', async () => {
    expect(await page.evaluate(() => (window as any).fitmeView.state.error)).toBe('');
    expect(await page.locator('#status').textContent()).toMatch(/3 LODs, 55 blendshapes, photo overlay available/);
    // Every map, confidence too, from the maps folder.
    for (const kind of ['albedo', 'specular', 'roughness', 'normal', 'confidence']) {
      const w = await page.locator(`#maps figure[data-map="${kind}"] img`).evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
      expect(w, kind).toBe(256);
    }
    expect(errors).toEqual([]);
  });

  it('draws the head: the canvas is not blank', async () => {
    const shot = await stageShot();
    const s = await imageStats(shot);
    // The empty stage is one flat grey; the lit head gives a wide spread of values.
    expect(s.stdev).toBeGreaterThan(15);
    const frames = await page.evaluate(() => (window as any).fitmeView.view.frames);
    expect(frames).toBeGreaterThan(0);
  });

  it('orbits with the mouse', async () => {
    const camera = () => page.evaluate(() => (window as any).fitmeView.view.camera.position.toArray() as number[]);
    const before = await camera();
    const shotBefore = await stageShot();
    const box = (await page.locator('#viewport canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    const after = await camera();
    // Turned about the head: the camera moved sideways, at the same distance from the target.
    expect(Math.abs(after[0]! - before[0]!)).toBeGreaterThan(0.1);
    const dist = (p: number[]) =>
      page.evaluate((q) => (window as any).fitmeView.view.controls.target.distanceTo(new (window as any).fitmeView.THREE.Vector3(...q)) as number, p);
    expect(await dist(after)).toBeCloseTo(await dist(before), 3);
    expect(await meanDifference(shotBefore, await stageShot())).toBeGreaterThan(1);
    await page.evaluate(() => (window as any).fitmeView.view.frame());
  });

  it('a blendshape slider moves the vertices', async () => {
    const probe = () =>
      page.evaluate(() => {
        const { view } = (window as any).fitmeView;
        const skin = view.meshes().find((m: any) => m.visible && m.parent.visible && m.morphTargetDictionary?.jawOpen !== undefined);
        const delta = skin.geometry.morphAttributes.position[skin.morphTargetDictionary.jawOpen];
        // The vertex jawOpen moves most (sparse or dense, three.js holds the deltas per vertex).
        let best = 0;
        let bestLen = 0;
        for (let i = 0; i < delta.count; i++) {
          const l = Math.hypot(delta.getX(i), delta.getY(i), delta.getZ(i));
          if (l > bestLen) [best, bestLen] = [i, l];
        }
        const p = skin.getVertexPosition(best, new (window as any).fitmeView.THREE.Vector3());
        return { index: best, p: [p.x, p.y, p.z] };
      });
    const before = await probe();
    const shotBefore = await stageShot();
    await page.locator('#morphs input[data-morph="jawOpen"]').fill('1');
    const after = await probe();
    expect(after.index).toBe(before.index);
    const moved = Math.hypot(after.p[0] - before.p[0], after.p[1] - before.p[1], after.p[2] - before.p[2]);
    expect(moved).toBeGreaterThan(0.005); // metres: the chin drops by centimetres
    expect(await meanDifference(shotBefore, await stageShot())).toBeGreaterThan(0.5);
    await page.click('#reset-morphs');
    const reset = await probe();
    expect(reset.p).toEqual(before.p);
  });

  it('switches the level of detail', async () => {
    const drawn = () => page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r((window as any).fitmeView.view.renderer.info.render.triangles)))));
    const lod0 = await drawn();
    await page.selectOption('#lod', '2');
    const lod2 = await drawn();
    await page.selectOption('#lod', '0');
    expect(lod0).toBeGreaterThan(40_000);
    expect(lod2).toBeLessThan(lod0 * 0.15);
    expect(lod2).toBeGreaterThan(1000);
  });

  it('each lighting preset lights the head differently', async () => {
    expect(await page.locator('#lighting option[value="fitted"]').isDisabled()).toBe(false);
    const shots: Record<string, Buffer> = {};
    for (const preset of ['fitted', 'studio', 'side', 'environment']) {
      await page.selectOption('#lighting', preset);
      await page.waitForTimeout(300);
      shots[preset] = await stageShot();
      expect((await imageStats(shots[preset]!)).stdev, preset).toBeGreaterThan(10);
    }
    const names = Object.keys(shots);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) expect(await meanDifference(shots[names[i]!]!, shots[names[j]!]!), `${names[i]} vs ${names[j]}`).toBeGreaterThan(1);
    }
    await page.selectOption('#lighting', 'studio');
    // SwiftShader draws the environment's reflections slowly on a busy machine.
  }, 180_000);

  it('overlays the avatar on the photo through the fitted camera', async () => {
    await page.check('#overlay');
    const photo = page.locator('#overlay-photo');
    expect(await photo.isVisible()).toBe(true);
    expect(await photo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(512);
    // The avatar's nose tip lands inside the photo's face: project it with the overlay camera.
    const inPhoto = await page.evaluate(() => {
      const { view, overlay, THREE } = (window as any).fitmeView;
      overlay.camera.updateMatrixWorld(); // (the next frame would do it)
      const box = new THREE.Box3().setFromObject(view.lods[0].node);
      const centre = box.getCenter(new THREE.Vector3()).project(overlay.camera);
      const W = view.container.clientWidth;
      const H = view.container.clientHeight;
      const { width: w, height: h } = overlay.fit;
      const s = Math.min(W / w, H / h);
      // Back to photo pixels.
      return { u: (((centre.x + 1) / 2) * W - (W - s * w) / 2) / s, v: (((1 - centre.y) / 2) * H - (H - s * h) / 2) / s };
    });
    // grace_hopper.jpg is 512 x 600, her head in the middle third.
    expect(inPhoto.u).toBeGreaterThan(170);
    expect(inPhoto.u).toBeLessThan(340);
    expect(inPhoto.v).toBeGreaterThan(100);
    expect(inPhoto.v).toBeLessThan(400);
    // Over the photo the avatar wears the photo's expression, as the fit found it (glb extras).
    const { expression, sliders } = await page.evaluate(() => ({
      expression: (window as any).fitmeView.view.extras.photoExpressions[0] as Record<string, number>,
      sliders: Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('#morphs input[data-morph]')].map((i) => [i.dataset.morph!, Number(i.value)])),
    }));
    expect(Object.keys(expression).length).toBeGreaterThan(3);
    for (const [name, w] of Object.entries(expression)) expect(sliders[name], name).toBeCloseTo(w, 1);
    await page.uncheck('#overlay');
    expect(await photo.isVisible()).toBe(false);
    expect(await page.locator('#morphs input[data-morph="jawOpen"]').inputValue()).toBe('0');
    expect(errors).toEqual([]);
  });

  it('under the fitted light, through the fitted camera, the face looks like the photo', async () => {
    await page.selectOption('#lighting', 'fitted');
    await page.check('#overlay');
    await page.locator('#overlay-opacity').fill('1');
    const avatar = await stageShot();
    await page.locator('#overlay-opacity').fill('0');
    const photo = await stageShot();
    // Between the eyes and the mouth of grace_hopper.jpg (photo pixels), where the whole fit is the face.
    const box = await page.evaluate(() => {
      const { view, overlay } = (window as any).fitmeView;
      const W = view.container.clientWidth;
      const H = view.container.clientHeight;
      const { width: w, height: h } = overlay.fit;
      const s = Math.min(W / w, H / h);
      const x = (u: number) => Math.round((W - s * w) / 2 + s * u);
      const y = (v: number) => Math.round((H - s * h) / 2 + s * v);
      return { left: x(200), top: y(190), width: x(310) - x(200), height: y(320) - y(190), dpr: devicePixelRatio };
    });
    expect(box.dpr).toBe(1);
    const crop = (png: Buffer) => sharp(png).extract(box).removeAlpha().stats();
    const [a, p] = await Promise.all([crop(avatar), crop(photo)]);
    const meanA = a.channels.map((c) => c.mean);
    const meanP = p.channels.map((c) => c.mean);
    // The probe's SH must be the fit's light (scaled by π/A_l and turned into the head's frame):
    // a factor of π, or the light from behind, would be far off.
    for (let k = 0; k < 3; k++) {
      expect(meanA[k]! / meanP[k]!, `channel ${k}: avatar ${meanA} vs photo ${meanP}`).toBeGreaterThan(0.8);
      expect(meanA[k]! / meanP[k]!, `channel ${k}: avatar ${meanA} vs photo ${meanP}`).toBeLessThan(1.25);
    }
    expect(await meanDifference(await sharp(avatar).extract(box).png().toBuffer(), await sharp(photo).extract(box).png().toBuffer())).toBeLessThan(25);
    await page.uncheck('#overlay');
    await page.locator('#overlay-opacity').fill('0.6');
    await page.selectOption('#lighting', 'studio');
  });

  it('a photo dropped on the page streams preview frames, then shows the fitted avatar', async () => {
    const bytes = fs.readFileSync(HOPPER).toString('base64');
    const dataTransfer = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'grace_hopper.jpg', { type: 'image/jpeg' }));
      return dt;
    }, bytes);
    await page.dispatchEvent('#stage', 'dragover', { dataTransfer });
    await page.dispatchEvent('#stage', 'drop', { dataTransfer });
    await page.waitForFunction(() => (window as any).fitmeView.state.previews > 0, null, { timeout: 120_000 });
    const previewWidth = await page.locator('#fit-preview').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(previewWidth).toBeGreaterThan(32);
    await page.waitForFunction(() => (window as any).fitmeView.state.source.startsWith('results/') && (window as any).fitmeView.state.loaded || (window as any).fitmeView.state.error, null, { timeout: 180_000 });
    const state = await page.evaluate(() => {
      const s = (window as any).fitmeView.state;
      return { error: s.error, source: s.source, jobId: s.jobId, previews: s.previews, lastStage: s.lastStage, morphs: s.morphNames.length };
    });
    expect(state.error).toBe('');
    expect(state.source).toBe(`results/${state.jobId}`);
    expect(state.previews).toBeGreaterThan(0);
    expect(state.morphs).toBe(55);
    expect(await page.locator('#fit-progress').evaluate((p: HTMLProgressElement) => p.value)).toBe(1);
    expect(await page.locator('#status').textContent()).toMatch(/3 LODs, 55 blendshapes, photo overlay available/);
    expect((await imageStats(await stageShot())).stdev).toBeGreaterThan(15);
    expect(errors).toEqual([]);
  }, 240_000);

  it('a fit started from the page can be cancelled, and says so', async () => {
    const before = await page.evaluate(() => (window as any).fitmeView.state.source as string);
    await page.setInputFiles('#photo-input', HOPPER);
    await page.locator('#fit-cancel').waitFor({ state: 'visible', timeout: 60_000 });
    await page.click('#fit-cancel');
    await page.waitForFunction(() => (window as any).fitmeView.state.error, null, { timeout: 60_000 });
    expect(await page.locator('#status').textContent()).toMatch(/the fit failed: CANCELLED/);
    expect(await page.locator('#fit-cancel').isHidden()).toBe(true);
    // What was shown stays.
    expect(await page.evaluate(() => (window as any).fitmeView.state.source)).toBe(before);
  });

  it('a second `fitme view` of the glb alone uses the running daemon; the page shows the maps inside the glb', async () => {
    const port = String(new URL(url).port);
    const r = await fitme(home, ['view', glb, '--port', port, '--no-open', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const event = JSON.parse(r.stdout.trim());
    expect(event.daemon).toBe('reused');
    expect(event.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/view/#token=[0-9a-f]{64}&src=views/v-[0-9a-f]{16}$`));
    const alone = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const aloneErrors = collectErrors(alone);
    await alone.goto(event.url);
    await alone.waitForFunction(() => (window as any).fitmeView?.state.loaded || (window as any).fitmeView?.state.error, null, { timeout: 90_000 });
    expect(await alone.locator('#status').textContent()).toMatch(/^avatar: 3 LODs, 55 blendshapes$/);
    // No metadata: no fitted light, no overlay; the four textures the glb has, no confidence.
    expect(await alone.locator('#lighting option[value="fitted"]').isDisabled()).toBe(true);
    expect(await alone.locator('#overlay').isDisabled()).toBe(true);
    for (const kind of ['albedo', 'specular', 'roughness', 'normal']) {
      expect(await alone.locator(`#maps figure[data-map="${kind}"] canvas`).evaluate((c: HTMLCanvasElement) => c.width), kind).toBe(256);
    }
    expect(await alone.locator('#maps figure[data-map="confidence"] .missing').textContent()).toMatch(/--maps-dir/);
    expect((await imageStats(await alone.locator('#stage').screenshot())).stdev).toBeGreaterThan(15);
    expect(aloneErrors).toEqual([]);
    await alone.close();
  });

  it('says plainly when the avatar is gone (the daemon forgot it)', async () => {
    const gone = await browser.newPage();
    await gone.goto(url.replace(/src=views\/v-[0-9a-f]+/, 'src=views/v-0123456789abcdef'));
    await gone.waitForFunction(() => (window as any).fitmeView?.state.error, null, { timeout: 30_000 });
    expect(await gone.locator('#status').textContent()).toMatch(/no opened avatar has id "v-0123456789abcdef".*fitme view/);
    expect(await gone.locator('#status').getAttribute('class')).toBe('error');
    await gone.close();
  });
});
