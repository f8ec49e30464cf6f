/**
 * Debian's Chromium (/usr/bin/chromium, installed by scripts/test-tools.sh), headless with
 * SwiftShader's software WebGL, driven by playwright-core (which never downloads a browser). The
 * background services are off: they try the network, and refused connections pile up.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';

export const CHROMIUM = process.env.FITME_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Containers often have a small /dev/shm, which crashes Chromium's renderers.
      '--disable-dev-shm-usage',
    ],
  });
}

/** Every console error, uncaught exception and failed request of a page, as text. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}

/** Luminance statistics of a PNG screenshot. */
export async function imageStats(png: Buffer): Promise<{ mean: number; stdev: number; width: number; height: number }> {
  const stats = await sharp(png).greyscale().stats();
  const c = stats.channels[0]!;
  const meta = await sharp(png).metadata();
  return { mean: c.mean, stdev: c.stdev, width: meta.width!, height: meta.height! };
}

/** Mean absolute difference per pixel and channel (0..255) of two same-size screenshots. */
export async function meanDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((p) => sharp(p).removeAlpha().raw().toBuffer()));
  if (x!.length !== y!.length) throw new Error('screenshots of different sizes');
  let sum = 0;
  for (let i = 0; i < x!.length; i++) sum += Math.abs(x![i]! - y![i]!);
  return sum / x!.length;
}
