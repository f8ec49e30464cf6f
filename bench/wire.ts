/**
 * Decoding frames on the daemon: the strict scan (server/stream/wire-scan.ts) alone, protobufjs
 * alone, and decodeEnvelope (both, as the daemon does), for a Hello, a request with two 2 MB
 * photos and a full-head Mesh of 26,719 vertices with 52 morph targets' worth of floats.
 */
import { v1, decodeEnvelope, encodeEnvelope, type IEnvelope } from '../server/stream/wire.js';
import { scanEnvelope } from '../server/stream/wire-scan.js';
import { median, type BenchRow } from './table.js';

function frames(): [string, Uint8Array][] {
  const photo = (n: number) => new Uint8Array(2 << 20).map((_v, i) => (i * 31 + n) & 0xff);
  const hello: IEnvelope = { requestId: 1, hello: { protocolVersion: 1, clientName: 'fitme-unity', clientVersion: '0.1.0', token: 'f'.repeat(64), sparseMorphTargets: true } };
  const generate: IEnvelope = { requestId: 2, generate: { photos: [{ data: photo(1), name: 'front.jpg' }, { data: photo(2), name: 'side.jpg' }], options: { textureSize: 1024, maps: [1, 2, 3, 4] } } };
  const vertices = 26_719;
  const floats = (n: number) => Array.from({ length: n }, (_v, i) => Math.sin(i) * 0.1);
  const mesh: IEnvelope = {
    mesh: {
      jobId: 'j-bench',
      targetNames: Array.from({ length: 52 }, (_v, i) => `target${i}`),
      primitives: [
        {
          name: 'head',
          positions: floats(3 * vertices),
          normals: floats(3 * vertices),
          uvs: floats(2 * vertices),
          indices: Array.from({ length: 3 * 52_000 }, (_v, i) => (i * 7919) % vertices),
          targets: Array.from({ length: 52 }, () => ({ positionDeltas: floats(600), vertices: Array.from({ length: 200 }, (_v, i) => i * 100) })),
        },
      ],
    },
  };
  return [
    ['Hello', encodeEnvelope(hello)],
    ['GenerateAvatar, 2 photos of 2 MiB', encodeEnvelope(generate)],
    ['Mesh, 26,719 vertices, 52 sparse targets', encodeEnvelope(mesh)],
  ];
}

export function benchWire(runs = 5): Promise<BenchRow[]> {
  const group = 'wire decode';
  const rows: BenchRow[] = [];
  for (const [name, bytes] of frames()) {
    // Enough repetitions per run for a measurable time on the small frames.
    const reps = Math.max(3, Math.round(2e7 / Math.max(bytes.length, 1000)));
    const time = (f: () => void) => {
      for (let i = 0; i < Math.min(reps, 2000); i++) f(); // warm up the JIT
      const ts: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        for (let i = 0; i < reps; i++) f();
        ts.push((performance.now() - t) / reps);
      }
      return median(ts);
    };
    rows.push({ group, name: `${name} (${bytes.length} bytes): strict scan`, value: time(() => scanEnvelope(bytes)) * 1000, unit: 'µs', runs });
    rows.push({ group, name: `${name}: protobufjs alone`, value: time(() => v1.Envelope.decode(bytes)) * 1000, unit: 'µs', runs });
    rows.push({ group, name: `${name}: decodeEnvelope (scan + protobufjs)`, value: time(() => decodeEnvelope(bytes)) * 1000, unit: 'µs', runs });
  }
  return Promise.resolve(rows);
}
