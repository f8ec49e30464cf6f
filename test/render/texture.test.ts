import { describe, expect, it } from 'vitest';
import { SparseAdam } from '../../server/render/adam.js';
import { bilinearTaps, touchedTexels, zeroTexels } from '../../server/render/texture.js';

describe('bilinear taps', () => {
  const W = 8, H = 4;
  const sample = (values: (x: number, y: number) => number, u: number, v: number) => {
    const taps = bilinearTaps(new Float32Array([u, v]), 1, W, H);
    let s = 0, wsum = 0;
    for (let j = 0; j < 4; j++) {
      const t = taps.index[j];
      s += taps.weight[j] * values(t % W, Math.floor(t / W));
      wsum += taps.weight[j];
    }
    expect(wsum).toBeCloseTo(1, 6);
    return s;
  };

  it('reproduces an affine function of texel centres exactly inside the texture', () => {
    const f = (x: number, y: number) => 3 * x - 2 * y + 1; // texel (x, y) has its centre at ((x+.5)/W, (y+.5)/H)
    for (const [u, v] of [[0.2, 0.4], [0.5, 0.5], [0.81, 0.3], [0.0625, 0.125]]) {
      expect(sample(f, u, v)).toBeCloseTo(f(u * W - 0.5, v * H - 0.5), 5);
    }
  });

  it('returns the texel value at a texel centre and clamps to the edge texels outside the centres', () => {
    const f = (x: number, y: number) => x + 10 * y;
    expect(sample(f, 2.5 / W, 1.5 / H)).toBeCloseTo(f(2, 1), 6);
    expect(sample(f, 0.01, 0.01)).toBeCloseTo(f(0, 0), 6);
    expect(sample(f, 0.999, 0.999)).toBeCloseTo(f(W - 1, H - 1), 6);
  });

  it('lists the texels read with nonzero weight, and extra ones, once each', () => {
    const a = bilinearTaps(new Float32Array([2.5 / W, 1.5 / H]), 1, W, H); // one texel, exactly
    const b = bilinearTaps(new Float32Array([0.3, 0.6]), 1, W, H);
    const touched = Array.from(touchedTexels([a, b], [new Int32Array([31, 10])]));
    const expected = new Set([1 * W + 2, 31, 10, ...Array.from(b.index)]);
    expect(touched).toEqual([...expected].sort((x, y) => x - y));
  });

  it('zeroes only the listed texels', () => {
    const grad = new Float32Array(12).fill(1);
    zeroTexels(grad, new Int32Array([1, 3]), 3);
    expect(Array.from(grad)).toEqual([1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });
});

describe('SparseAdam', () => {
  it('minimises a quadratic on the listed texels, projects to bounds, and leaves the others alone', () => {
    const target = [0.3, -0.2, 0.9, 0.5, 2, 0.1];
    const x = new Float32Array(6);
    const grad = new Float32Array(6);
    const adam = new SparseAdam(6, 2, { learningRate: 0.05, min: -0.1, max: 1 });
    const texels = new Int32Array([0, 2]);
    for (let i = 0; i < 400; i++) {
      for (let k = 0; k < 6; k++) grad[k] = x[k] - target[k];
      adam.step(x, grad, texels);
    }
    expect(x[0]).toBeCloseTo(0.3, 3);
    expect(x[1]).toBeCloseTo(-0.1, 6); // bound
    expect(x[4]).toBeCloseTo(1, 6); // bound
    expect(x[5]).toBeCloseTo(0.1, 3);
    expect(x[2]).toBe(0); // texel 1 not listed
    expect(x[3]).toBe(0);
  });
});
