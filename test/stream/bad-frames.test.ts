/**
 * The shared corpus of edge frames (test/vectors/bad-frames/, docs/wire-rules.md): the daemon's
 * decoder refuses each "error" frame by its rule and accepts each "ok" frame with the canonical
 * re-encoding the index gives. The C# and C++ suites check the same index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, WireError } from '../../server/stream/wire.js';
import type { BadFrameEntry } from '../../tools/vectors/bad-frames.js';
import { canonicalDecode } from '../../tools/vectors/write.js';
import { ROOT } from '../support/daemon.js';

const DIR = path.join(ROOT, 'test/vectors/bad-frames');
const index = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8')) as { frames: BadFrameEntry[] };

describe('bad-frames corpus', () => {
  it('has a frame for every rule of docs/wire-rules.md', () => {
    const rules = new Set(index.frames.map((f) => f.rule).filter(Boolean));
    for (const r of ['truncated', 'length-out-of-range', 'varint-too-long', 'field-number', 'group', 'invalid-wire-type', 'wrong-wire-type', 'misaligned-packed', 'invalid-utf8', 'bool-out-of-range']) {
      expect(rules, r).toContain(r);
    }
  });

  it('never sends a string its clients refuse: a lone surrogate goes out as U+FFFD', () => {
    const bytes = encodeEnvelope({ progress: { jobId: 'j', message: 'cut \ud83d', stage: 5 }, warning: undefined });
    expect(decodeEnvelope(bytes).progress!.message).toBe('cut \ufffd');
    const names = encodeEnvelope({ mesh: { targetNames: ['\udc00x', 'ok'], primitives: [{ name: 'a\ud800', positions: [0, 0, 0] }] } });
    const mesh = decodeEnvelope(names).mesh!;
    expect([mesh.targetNames, mesh.primitives![0].name]).toEqual([['\ufffdx', 'ok'], 'a\ufffd']);
  });

  it.each(index.frames.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, f.file)));
    if (f.expect === 'error') {
      let err: unknown;
      try {
        decodeEnvelope(bytes);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(WireError);
      expect((err as WireError).rule).toBe(f.rule);
      return;
    }
    expect(Buffer.from(encodeEnvelope(canonicalDecode(bytes))).toString('hex')).toBe(f.reencoded);
  });
});
