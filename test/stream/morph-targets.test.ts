/** Sparse morph targets through the TypeScript codec: encoded, decoded and expanded, they are the dense target bit for bit. */
import { describe, expect, it } from 'vitest';
import { denseMorphTarget, sparseMorphTarget } from '../../server/stream/morph-targets.js';
import { decodeEnvelope, encodeEnvelope } from '../../server/stream/wire.js';

const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

/** 1000 vertices; a few move, one only turns its normal, one moves by -0 only. */
function target() {
  const positionDeltas = new Float32Array(3000);
  const normalDeltas = new Float32Array(3000);
  positionDeltas.set([0.01, -0.002, 1e-9], 3 * 5);
  positionDeltas.set([0, 0, -3.5e-7], 3 * 999);
  normalDeltas.set([0.1, 0, -0.1], 3 * 5);
  normalDeltas.set([0, 0.25, 0], 3 * 6); // a neighbour of a moving vertex: its normal turns
  positionDeltas[3 * 700 + 1] = -0;
  return { positionDeltas, normalDeltas };
}

function roundTrip(t: ReturnType<typeof sparseMorphTarget>) {
  const env = decodeEnvelope(encodeEnvelope({ mesh: { primitives: [{ positions: new Array(3000).fill(0), targets: [t] }] } }));
  return env.mesh!.primitives![0].targets![0];
}

describe('sparse morph targets', () => {
  it('list only the vertices whose position or normal delta is not exactly zero, ascending', () => {
    const s = sparseMorphTarget(target());
    expect(Array.from(s.vertices!)).toEqual([5, 6, 700, 999]);
    expect(s.positionDeltas!.length).toBe(12);
    expect(s.normalDeltas!.length).toBe(12);
  });

  it('survive encoding and decoding, and expand to the dense target bit for bit', () => {
    const dense = target();
    const back = denseMorphTarget(roundTrip(sparseMorphTarget(dense)), 1000, true);
    expect(bits(back.positionDeltas)).toEqual(bits(dense.positionDeltas));
    expect(bits(back.normalDeltas!)).toEqual(bits(dense.normalDeltas));
  });

  it('are much smaller than dense ones on the wire', () => {
    const dense = target();
    const size = (t: Parameters<typeof roundTrip>[0]) => encodeEnvelope({ mesh: { primitives: [{ targets: [t] }] } }).length;
    const full = size({ positionDeltas: Array.from(dense.positionDeltas), normalDeltas: Array.from(dense.normalDeltas) });
    expect(full).toBeGreaterThan(24_000);
    // 4 vertices: 24 bytes of deltas and a 1-2 byte index each, plus the field headers.
    expect(size(sparseMorphTarget(dense))).toBeLessThan(0.005 * full);
  });

  it('that move nothing are empty, and expand to zeros (with zero normal deltas when the primitive has normals)', () => {
    const s = sparseMorphTarget({ positionDeltas: new Float32Array(30), normalDeltas: new Float32Array(30) });
    expect([s.vertices!.length, s.positionDeltas!.length, s.normalDeltas!.length]).toEqual([0, 0, 0]);
    const back = denseMorphTarget(roundTrip(s), 10, true);
    expect(Array.from(back.positionDeltas)).toEqual(new Array(30).fill(0));
    expect(Array.from(back.normalDeltas!)).toEqual(new Array(30).fill(0));
    expect(denseMorphTarget(s, 10, false).normalDeltas).toBeUndefined();
  });

  it('without normal deltas stay without them', () => {
    const positionDeltas = new Float32Array(30);
    positionDeltas[4] = 0.5;
    const s = sparseMorphTarget({ positionDeltas });
    expect(Array.from(s.vertices!)).toEqual([1]);
    expect(s.normalDeltas!.length).toBe(0);
    expect(Array.from(denseMorphTarget(s, 10, false).positionDeltas)).toEqual(Array.from(positionDeltas));
  });

  it('still read dense targets', () => {
    const dense = target();
    const back = denseMorphTarget({ positionDeltas: Array.from(dense.positionDeltas), normalDeltas: Array.from(dense.normalDeltas) }, 1000, true);
    expect(bits(back.positionDeltas)).toEqual(bits(dense.positionDeltas));
  });

  it('refuse vertex lists that are out of range, not ascending, or do not match the deltas', () => {
    expect(() => denseMorphTarget({ vertices: [3, 10], positionDeltas: new Array(6).fill(1) }, 10, false)).toThrow(/out of range/);
    expect(() => denseMorphTarget({ vertices: [3, 3], positionDeltas: new Array(6).fill(1) }, 10, false)).toThrow(/not ascending/);
    expect(() => denseMorphTarget({ vertices: [3], positionDeltas: new Array(6).fill(1) }, 10, false)).toThrow(/lists 1 vertices with 2 position/);
  });
});
