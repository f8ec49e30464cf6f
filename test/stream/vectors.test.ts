/**
 * The golden wire vectors: the TypeScript codec decodes each to the manifest's value and re-encodes
 * it canonically, byte for byte; the committed vectors are what the writer produces today (not stale).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, WireError } from '../../server/stream/wire.js';
import { canonicalDecode, decodedJson, writeVectors } from '../../tools/vectors/write.js';
import { ROOT } from '../support/daemon.js';
import { scratchDir } from '../support/scratch.js';

const DIR = path.join(ROOT, 'test/vectors');
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as {
  vectors: { name: string; file: string; expect: 'ok' | 'error'; decoded?: unknown; reencoded?: string }[];
};
const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(DIR, f)));

describe('golden vectors', () => {
  it('cover the edge cases the C# and C++ codecs must handle', () => {
    const names = manifest.vectors.map((v) => v.name);
    for (const n of ['unknown_fields', 'unpacked_repeated', 'accepted_uint64_max', 'empty_envelope', 'truncated_in_length', 'invalid_wire_type']) expect(names).toContain(n);
    expect(manifest.vectors.filter((v) => v.expect === 'error').length).toBeGreaterThanOrEqual(5);
  });

  it.each(manifest.vectors.map((v) => [v.name, v] as const))('%s', (_n, v) => {
    if (v.expect === 'error') {
      expect(() => decodeEnvelope(bytes(v.file))).toThrow(WireError);
      return;
    }
    expect(decodedJson(bytes(v.file))).toEqual(v.decoded);
    // protobufjs re-encodes defaults that were on the wire and every oneof member it saw; the
    // canonical form (what C# and C++ must produce) drops both.
    decodeEnvelope(bytes(v.file));
    expect(Buffer.from(encodeEnvelope(canonicalDecode(bytes(v.file))))).toEqual(Buffer.from(bytes(v.reencoded!)));
  });

  it('are up to date with the writer (regenerate with `npm run vectors`)', () => {
    const tmp = scratchDir('vectors');
    const files = writeVectors(tmp);
    // The corpus of bad frames is in a subfolder: files listed as bad-frames/<name>.
    const committed = (fs.readdirSync(DIR, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(DIR, f)).isFile());
    expect(files.sort()).toEqual(committed.sort());
    for (const f of files) expect(fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(DIR, f))), f).toBe(true);
  });
});
