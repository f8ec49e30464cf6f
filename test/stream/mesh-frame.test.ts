/**
 * Mesh frames come out of the block writer (server/stream/mesh-frame.ts) byte for byte as the
 * generated protobufjs encoder writes them, whatever the arrays hold.
 */
import { describe, expect, it } from 'vitest';
import { encodeMeshEnvelope } from '../../server/stream/mesh-frame.js';
import { decodeEnvelope, v1, type IEnvelope } from '../../server/stream/wire.js';

const generated = (env: IEnvelope) => Buffer.from(v1.Envelope.encode(env).finish());
const blocks = (env: IEnvelope) => Buffer.from(encodeMeshEnvelope(env));

/** Float bit patterns a packed field must carry exactly: signed zeros, NaN, infinities, subnormals, extremes. */
const awkward = Float32Array.of(0, -0, NaN, Infinity, -Infinity, 1e-45, -1e-40, 3.4028234e38, 1 / 3, -2.5);

function frame(): IEnvelope {
  const sub = new Float32Array(32).map((_, i) => Math.sin(i) * 1e-3).subarray(2, 14); // a view into a larger buffer
  return {
    requestId: 7,
    mesh: {
      jobId: 'j-20261207-093000-0123abcd',
      name: 'Ada',
      lod: 0,
      targetNames: ['jawOpen', 'eyeBlinkLeft', ''],
      primitives: [
        {
          name: 'skin',
          positions: awkward as unknown as number[],
          normals: sub as unknown as number[],
          tangents: [],
          uvs: [0.25, 0.75, 1, 0] as number[],
          indices: Uint32Array.of(0, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28, 2 ** 32 - 1) as unknown as number[],
          material: 0,
          targets: [
            { positionDeltas: sub as unknown as number[], normalDeltas: awkward as unknown as number[] },
            { vertices: Uint32Array.of(1, 300, 70000) as unknown as number[], positionDeltas: awkward.subarray(0, 9) as unknown as number[], normalDeltas: [] },
            {},
          ],
        },
        { name: 'iris', positions: [1, 2, 3], material: 3 },
        {},
      ],
      materials: [{ name: 'skin', baseColorFactor: [1, 0.5, 0.25, 1], metallic: 0, roughness: 0.6, baseColorTexture: 1, normalTexture: 3 }, {}],
    },
  };
}

describe('mesh frames written in blocks', () => {
  it('equal the generated encoder byte for byte: awkward floats, varints of every length, sparse and empty targets', () => {
    const env = frame();
    expect(blocks(env).equals(generated(env))).toBe(true);
  });

  it('equal it without a request id and with fields left out, and on a decoded message (defaults on the prototype)', () => {
    const env = frame();
    delete env.requestId;
    delete env.mesh!.lod;
    delete env.mesh!.name;
    expect(blocks(env).equals(generated(env))).toBe(true);
    for (const sent of [frame(), env]) {
      const decoded = decodeEnvelope(generated(sent));
      expect(blocks(decoded).equals(generated(decoded))).toBe(true);
    }
  });

  it('round-trips through the strict decoder', () => {
    const back = decodeEnvelope(blocks(frame()));
    const p = back.mesh!.primitives![0];
    expect(Array.from(p.indices!)).toEqual([0, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28, 2 ** 32 - 1]);
    expect(new Uint32Array(Float32Array.from(p.positions!).buffer)).toEqual(new Uint32Array(awkward.buffer));
    expect(Array.from(p.targets![1].vertices!)).toEqual([1, 300, 70000]);
  });
});
