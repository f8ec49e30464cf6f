/**
 * The plain bake on synthetic photos with known ground truth: the canonical face rendered with a
 * known albedo (and no lighting, so the bake should give the albedo back) by known cameras.
 */
import { describe, expect, it } from 'vitest';
import { bakeTexture, type BakeResult } from '../../server/reflectance/bake.js';
import { linearToSrgb8, SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import { FitError } from '../../server/types.js';
import { camera, faceMesh, quietHooks, renderPhoto, texelUv, type Albedo } from './scene.js';
import { texelTruth } from './truth.js';

const { mesh, mirror } = faceMesh();
/** Smooth, and different on the two sides of the face (red grows with u), so a mirrored colour is told from the texel's own. */
const albedo: Albedo = (u, v) => [0.1 + 0.7 * u, 0.2 + 0.5 * v, 0.45 + 0.3 * Math.sin(12 * u) * Math.cos(12 * v)];
const srgb = (a: [number, number, number]) => a.map(linearToSrgb8);
const SIZE = 256;

function bake(views: { yaw: number; albedo?: Albedo }[]): BakeResult {
  return bakeTexture(
    mesh,
    mirror,
    views.map((v) => ({ image: renderPhoto(mesh, camera(v.yaw), v.albedo ?? albedo, null), camera: camera(v.yaw) })),
    SIZE,
    quietHooks(),
  );
}

describe('bakeTexture', () => {
  it('gives the albedo back where a frontal photo sees the face squarely', () => {
    const b = bake([{ yaw: 0 }]);
    const truth = texelTruth(mesh, camera(0), SIZE);
    let n = 0, sum = 0, worst = 0, hidden = 0;
    for (let o = 0; o < SIZE * SIZE; o++) {
      if (b.confidence[o] < 128) continue;
      if (truth.visible[o] !== 1) hidden++;
      const want = srgb(albedo(...texelUv(o, SIZE)));
      for (let c = 0; c < 3; c++) {
        const e = Math.abs(b.albedo[3 * o + c] - want[c]);
        sum += e;
        worst = Math.max(worst, e);
      }
      n++;
    }
    // Measured: 39% of the map, mean error 0.06 and worst 4 code values (bilinear resampling of an 8-bit photo).
    expect(hidden).toBe(0);
    expect(n).toBeGreaterThan(0.35 * SIZE * SIZE);
    expect(sum / (3 * n)).toBeLessThan(0.5);
    expect(worst).toBeLessThanOrEqual(6);
    expect(b.coverage[0]).toBeGreaterThan(0.85);
    expect(b.coverage[0]).toBeLessThanOrEqual(1);
  });

  it('takes nothing from hidden surfaces: a turned head gets its far side from the mirror, at low confidence', () => {
    const yaw = 50;
    const b = bake([{ yaw }]);
    const truth = texelTruth(mesh, camera(yaw), SIZE);
    let occluded = 0, hidden = 0, mirrored = 0, err = 0, confident = 0;
    for (let o = 0; o < SIZE * SIZE; o++) {
      if (truth.visible[o] < 0) continue;
      // Facing the camera yet hidden: behind the nose.
      if (truth.visible[o] === 0 && truth.cos[o] > 0.3) occluded++;
      if (truth.visible[o] === 1) continue;
      hidden++;
      // Nothing hidden may look seen.
      if (b.confidence[o] > 128) confident++;
      // Where the mirror texel (u -> 1 - u: the canonical layout is symmetric) was seen squarely, the colour is its colour.
      const [u, v] = texelUv(o, SIZE);
      const m = Math.floor(v * SIZE) * SIZE + Math.floor((1 - u) * SIZE);
      if (truth.visible[m] !== 1 || truth.cos[m] < 0.6) continue;
      const want = srgb(albedo(1 - u, v));
      for (let c = 0; c < 3; c++) err += Math.abs(b.albedo[3 * o + c] - want[c]);
      mirrored++;
    }
    expect(confident).toBe(0);
    expect(occluded).toBeGreaterThan(100);
    // Measured: 324 occluded, 24% of the map hidden, mirror colours within 0.08 code values on average.
    expect(hidden).toBeGreaterThan(0.15 * SIZE * SIZE);
    expect(mirrored).toBeGreaterThan(0.5 * hidden);
    expect(err / (3 * mirrored)).toBeLessThan(1);
    expect(b.coverage[0]).toBeLessThan(0.7);
  });

  it('fuses several photos by viewing angle: each texel leans to the photo that sees it most squarely', () => {
    // Two "photos" that disagree: the turned one is redder by 0.2 (linear).
    const redder: Albedo = (u, v) => {
      const a = albedo(u, v);
      return [a[0] + 0.2, a[1], a[2]];
    };
    const yaw = 40;
    const b = bake([{ yaw: 0 }, { yaw, albedo: redder }]);
    const front = texelTruth(mesh, camera(0), SIZE), side = texelTruth(mesh, camera(yaw), SIZE);
    const share: { front: number[]; side: number[] } = { front: [], side: [] };
    for (let o = 0; o < SIZE * SIZE; o++) {
      if (front.visible[o] !== 1 || side.visible[o] !== 1 || b.confidence[o] < 128) continue;
      // Share of the frontal photo in this texel's red.
      const a = albedo(...texelUv(o, SIZE))[0];
      const s = (a + 0.2 - SRGB_TO_LINEAR[b.albedo[3 * o]]) / 0.2;
      if (front.cos[o] > side.cos[o] + 0.2) share.front.push(s);
      if (side.cos[o] > front.cos[o] + 0.2) share.side.push(s);
    }
    const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
    expect(share.front.length).toBeGreaterThan(500);
    expect(share.side.length).toBeGreaterThan(500);
    // Measured: 0.94 and 0.08.
    expect(mean(share.front)).toBeGreaterThan(0.8);
    expect(mean(share.side)).toBeLessThan(0.2);
    expect(b.coverage[0]).toBeGreaterThan(b.coverage[1]);
  });

  it('leaves no texel unfilled, also outside the charts, and fills smoothly', () => {
    // Left-right symmetric, so that mirrored and own colours agree and any jump is the fill's.
    const symmetric: Albedo = (u, v) => albedo(0.5 + Math.abs(u - 0.5), v);
    const b = bake([{ yaw: 50, albedo: symmetric }]);
    // The albedo's channels never drop below 0.45, 0.2, 0.15 (linear): a hole would show as black.
    let jumps = 0, filled = 0;
    const darkest = [255, 255, 255];
    for (let o = 0; o < SIZE * SIZE; o++) {
      for (let c = 0; c < 3; c++) darkest[c] = Math.min(darkest[c], b.albedo[3 * o + c]);
      const x = o % SIZE;
      if (b.confidence[o] !== 0 || x === SIZE - 1 || b.confidence[o + 1] !== 0) continue;
      filled++;
      for (let c = 0; c < 3; c++) jumps = Math.max(jumps, Math.abs(b.albedo[3 * o + c] - b.albedo[3 * (o + 1) + c]));
    }
    expect(darkest[0]).toBeGreaterThan(linearToSrgb8(0.43));
    expect(darkest[1]).toBeGreaterThan(linearToSrgb8(0.18));
    expect(darkest[2]).toBeGreaterThan(linearToSrgb8(0.12));
    expect(filled).toBeGreaterThan(0.2 * SIZE * SIZE);
    // Measured: 2 code values at most between neighbours in the filled part.
    expect(jumps).toBeLessThanOrEqual(4);
  });

  it('filters over the texel footprint: a fine checker seen large bakes to its mean, not to noise', () => {
    // 512 checker squares across the UV square; the photo resolves them (3+ pixels each), a 64² map cannot.
    const checker: Albedo = (u, v) => ((Math.floor(u * 512) + Math.floor(v * 512)) % 2 ? [0.9, 0.9, 0.9] : [0.1, 0.1, 0.1]);
    const cam = camera(0, { width: 1400, height: 1400, focal: 3200 });
    const size = 64;
    const b = bakeTexture(mesh, mirror, [{ image: renderPhoto(mesh, cam, checker, null), camera: cam }], size, quietHooks());
    const values: number[] = [];
    for (let o = 0; o < size * size; o++) if (b.confidence[o] >= 160) values.push(SRGB_TO_LINEAR[b.albedo[3 * o + 1]]);
    const mean = values.reduce((x, y) => x + y, 0) / values.length;
    const sd = Math.sqrt(values.reduce((x, y) => x + (y - mean) ** 2, 0) / values.length);
    expect(values.length).toBeGreaterThan(500);
    // Measured: mean 0.498, sd 0.005 (level 0 only, unfiltered: sd 0.18).
    expect(mean).toBeGreaterThan(0.47);
    expect(mean).toBeLessThan(0.53);
    expect(sd).toBeLessThan(0.03);
  });

  it('reports progress within its range and stops when the job is cancelled', () => {
    const view = { image: renderPhoto(mesh, camera(0), albedo, null), camera: camera(0) };
    const hooks = quietHooks();
    bakeTexture(mesh, mirror, [view], SIZE, hooks, { progressRange: [0.5, 0.8] });
    expect(hooks.fractions[0]).toBe(0.5);
    expect(hooks.fractions.at(-1)).toBeCloseTo(0.8, 10);
    for (let i = 1; i < hooks.fractions.length; i++) expect(hooks.fractions[i]).toBeGreaterThanOrEqual(hooks.fractions[i - 1]);
    let calls = 0;
    const cancelling = {
      ...quietHooks(),
      checkCancelled: () => {
        if (++calls > 1) throw new FitError('CANCELLED', 'cancelled by the client');
      },
    };
    expect(() => bakeTexture(mesh, mirror, [view], SIZE, cancelling)).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
  });

  it('warns about a photo that does not show the fitted face, and refuses when none does', () => {
    const seen = { image: renderPhoto(mesh, camera(0), albedo, null), camera: camera(0) };
    // The same camera turned around: the head is behind it.
    const away = { image: seen.image, camera: { ...camera(0), rotation: [0, 1, 0, 0] as [number, number, number, number], translation: [0, 0, 0.5] as [number, number, number] } };
    const hooks = quietHooks();
    const b = bakeTexture(mesh, mirror, [seen, away], SIZE, hooks);
    expect(b.coverage[1]).toBe(0);
    expect(hooks.warnings).toEqual(['photo-not-seen']);
    expect(() => bakeTexture(mesh, mirror, [away], SIZE, quietHooks())).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    for (const size of [0, 100.5, 10_000]) {
      expect(() => bakeTexture(mesh, mirror, [seen], size, quietHooks())).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
    }
  });
});
