/**
 * The photo's background as the hair layer tells hair from it (server/reflectance/hair-layer.ts):
 * a close selfie's head runs out through the top of the photo, and there the top row is hair.
 */
import { expect, it } from 'vitest';
import { borderColour } from '../../server/reflectance/hair-layer.js';
import type { RgbImage } from '../../server/types.js';

const WALL = [200, 205, 210];
const HAIR = [40, 30, 25];
const W = 120, H = 40;

/** A wall, with a head of dark hair running out of the top between columns 15 and 105. */
function selfie(): RgbImage {
  const data = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inHead = Math.hypot((x - 60) / 50, (y - 20) / 45) < 1;
      data.set(inHead ? HAIR : WALL, 3 * (y * W + x));
    }
  }
  return { width: W, height: H, data };
}

it("leaves out the stretch of the top row the head runs out through, so a selfie's background is its wall", () => {
  const image = selfie();
  // The top row is mostly hair, so the whole border's median is the hair's.
  const everything = borderColour(image);
  expect(everything).toEqual(HAIR);
  // The head's projected vertices: some above the photo, spanning the columns the hair fills.
  const screen = new Float32Array([15, -5, 1, 60, -15, 1, 105, -5, 1, 60, 20, 1]);
  const wall = borderColour(image, screen);
  expect(wall).toEqual(WALL);
  // A head wholly inside the photo leaves the border as it is.
  expect(borderColour(image, new Float32Array([60, 20, 1]))).toEqual(everything);
});
