/**
 * The shared corpus of hand-made frames at the edges of docs/wire-rules.md, one or a few per rule:
 * test/vectors/bad-frames/<name>.bin and index.json with each one's verdict ("error" with the rule
 * it breaks, or "ok" with its canonical re-encoding in hex). The TypeScript, C# and C++ test suites
 * each check every verdict. Written by `npm run vectors` with the golden vectors.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WireRule } from '../../server/stream/wire-error.js';

export interface BadFrame {
  name: string;
  bytes: Uint8Array;
  /** 'ok' frames are accepted, the others refused by the named rule. */
  expect: 'ok' | WireRule;
  notes: string;
}

type Part = number | number[] | Uint8Array;

const cat = (...parts: Part[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p])));
function varint(v: number | bigint): number[] {
  let x = BigInt(v);
  const out: number[] = [];
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
  return out;
}
const tag = (field: number | bigint, wireType: number) => varint(BigInt(field) * 8n + BigInt(wireType));
/** A length-delimited field: tag, length, payload. */
const ld = (field: number, ...payload: Part[]) => {
  const body = cat(...payload);
  return cat(tag(field, 2), varint(body.length), body);
};
const str = (s: string) => [...Buffer.from(s, 'utf8')];
/** `count` bytes of a varint for `value` < 128: padded with continuation bytes (valid, not canonical). */
const padded = (value: number, count: number) => [...Array.from({ length: count - 1 }, (_v, i) => (i === 0 ? value | 0x80 : 0x80)), 0x00];

// Envelope fields used below: request_id 1, hello 10, generate 12, progress 14, mesh 16, completed 19, failure 20.
const HELLO = 10;

export function badFrames(): BadFrame[] {
  const f = (name: string, expect: BadFrame['expect'], notes: string, ...parts: Part[]): BadFrame => ({ name, expect, notes, bytes: cat(...parts) });
  return [
    f('field_number_zero', 'field-number', 'a tag of field 0 (wire type 0) at the top level', 0x00, 0x00),
    f('field_number_zero_nested', 'field-number', 'field 0 inside Hello', ld(HELLO, 0x00, 0x00)),
    f('field_number_2_29', 'field-number', 'field number 2^29, one above the largest', tag(2 ** 29, 0), 0x00),
    f('field_number_max_unknown', 'ok', 'field number 2^29-1 (the largest), unknown here: skipped', tag(2 ** 29 - 1, 0), 0x01),
    f('group_unknown', 'group', 'an unknown field 99 sent as a group (start, varint, end): groups are refused', tag(99, 3), tag(1, 0), 0x01, tag(99, 4)),
    f('group_end_alone', 'group', 'an end-group tag with no group', tag(99, 4)),
    f('wire_type_6', 'invalid-wire-type', 'field 99 with wire type 6', tag(99, 6), 0x00),
    f('wire_type_7_nested', 'invalid-wire-type', 'wire type 7 inside Hello', ld(HELLO, tag(99, 7), 0x00)),
    f('truncated_tag_varint', 'truncated', 'the frame ends inside a two-byte tag', 0x80),
    f('truncated_fixed64_nested', 'truncated', 'Summary.duration_ms (a double) cut to 3 bytes; the enclosing lengths agree', ld(19, ld(2, tag(5, 1), 1, 2, 3))),
    f('truncated_packed_varint', 'truncated', 'a packed Primitive.indices run ending inside a varint', ld(16, ld(3, ld(6, 0x01, 0x80)))),
    f('length_beyond_nested', 'length-out-of-range', 'a string in Hello longer than Hello, though not longer than the frame', ld(HELLO, tag(2, 2), 5, ...str('ab')), ...str('cde')),
    f('length_beyond_frame_nested', 'length-out-of-range', 'Hello says 100 bytes, 2 follow', tag(HELLO, 2), 100, 0x08, 0x01),
    f('varint_11_bytes_nested', 'varint-too-long', 'Hello.protocol_version as an 11-byte varint', ld(HELLO, tag(1, 0), padded(1, 11))),
    f('varint_10_bytes_high_bits', 'ok', 'request_id as 10 bytes with bits above 64 set in the last: they are dropped (2^64-1)', tag(1, 0), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
    f('varint_7_bytes_uint32', 'ok', 'Hello.protocol_version = 1 in 7 bytes (valid; protobufjs alone misread it)', ld(HELLO, tag(1, 0), padded(1, 7), tag(2, 2), 1, ...str('x'))),
    f('varint_6_bytes_length', 'ok', "Hello's length prefix in 6 bytes", tag(HELLO, 2), padded(2, 6), 0x08, 0x01),
    f('varint_9_bytes_tag', 'ok', 'the tag of Hello.protocol_version in 9 bytes', ld(HELLO, padded(0x08, 9), 0x01)),
    f('uint32_above_2_32', 'ok', 'Hello.protocol_version = 2^32 + 1: a uint32 keeps the low 32 bits (1)', ld(HELLO, tag(1, 0), varint(2 ** 32 + 1))),
    f('wrong_wire_type_string_as_varint', 'wrong-wire-type', 'Hello.client_name sent as a varint', ld(HELLO, tag(2, 0), 0x01)),
    f('wrong_wire_type_message_as_fixed32', 'wrong-wire-type', 'Envelope.hello sent as a fixed32', tag(HELLO, 5), 1, 2, 3, 4),
    f('wrong_wire_type_uint64_as_fixed64', 'wrong-wire-type', 'Envelope.request_id sent as a fixed64', tag(1, 1), 1, 0, 0, 0, 0, 0, 0, 0),
    f('wrong_wire_type_float_as_varint', 'wrong-wire-type', 'Progress.fraction sent as a varint', ld(14, tag(3, 0), 0x01)),
    f('wrong_wire_type_packed_string', 'wrong-wire-type', 'Mesh.target_names (repeated string) sent as a varint: only numbers pack', ld(16, tag(5, 0), 0x01)),
    f('packed_and_unpacked_indices', 'ok', 'Primitive.indices unpacked, packed, unpacked: all kept, in order', ld(16, ld(3, tag(6, 0), 1, ld(6, 2, 3), tag(6, 0), 4))),
    f('packed_and_unpacked_enums', 'ok', 'Options.maps (an enum list) packed, then unpacked', ld(12, ld(2, ld(3, 1, 2), tag(3, 0), 5))),
    f('misaligned_packed_float', 'misaligned-packed', 'Primitive.positions packed in 5 bytes', ld(16, ld(3, ld(2, 0, 0, 0x80, 0x3f, 0)))),
    f('misaligned_packed_float_deep', 'misaligned-packed', 'Camera.rotation (in JobCompleted.photos) packed in 6 bytes', ld(19, ld(3, ld(2, ld(7, 0, 0, 0, 0, 0, 0))))),
    f('utf8_overlong', 'invalid-utf8', 'Hello.client_name with an overlong NUL (C0 80)', ld(HELLO, ld(2, 0x61, 0xc0, 0x80))),
    f('utf8_surrogate', 'invalid-utf8', 'Progress.message with a UTF-16 surrogate (ED A0 80)', ld(14, ld(4, 0xed, 0xa0, 0x80))),
    f('utf8_above_10ffff', 'invalid-utf8', 'Warning.code with U+110000 (F4 90 80 80)', ld(23, ld(2, 0xf4, 0x90, 0x80, 0x80))),
    f('utf8_stray_continuation', 'invalid-utf8', 'FetchResult.job_id with a lone continuation byte', ld(22, ld(1, 0x61, 0x80, 0x62))),
    f('utf8_cut_sequence', 'invalid-utf8', 'CancelJob.job_id ending inside a 3-byte sequence', ld(21, ld(1, 0x61, 0xe2, 0x82))),
    f('utf8_ff_deep', 'invalid-utf8', 'Mesh.primitives[0].name with an FF byte', ld(16, ld(3, ld(1, 0xff)))),
    f('utf8_edges_valid', 'ok', 'U+0000, U+D7FF, U+E000, U+FFFD, U+10FFFF in Hello.client_name', ld(HELLO, ld(2, 0x00, 0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80, 0xef, 0xbf, 0xbd, 0xf4, 0x8f, 0xbf, 0xbf))),
    f('bytes_not_utf8', 'ok', 'Photo.data is bytes: anything goes', ld(12, ld(1, ld(1, 0xff, 0xfe, 0xc0, 0x80)))),
    f('bool_2', 'bool-out-of-range', 'Hello.sparse_morph_targets = 2', ld(HELLO, tag(5, 0), 0x02)),
    f('bool_2_32', 'bool-out-of-range', 'Failure.has_photo_index = 2^32 (low 32 bits zero)', ld(20, tag(5, 0), varint(2 ** 32))),
    f('bool_1_padded', 'ok', 'Hello.sparse_morph_targets = 1 in two bytes (81 00)', ld(HELLO, tag(5, 0), 0x81, 0x00)),
    f('enum_negative', 'ok', 'Failure.code = -1 (10 bytes): an unknown enum value is kept as its number', ld(20, tag(2, 0), varint(2n ** 64n - 1n))),
    f('nested_twice_last_wins', 'ok', 'JobCompleted.summary twice: the second replaces the first (no merge)', ld(19, ld(2, ld(1, ...str('a'))), ld(2, tag(2, 0), 3))),
    f('oneof_member_twice', 'ok', 'hello, then fetch, then hello again: the last (hello) is the body', ld(HELLO, tag(1, 0), 1), ld(22, ld(1, ...str('j'))), ld(HELLO, tag(1, 0), 2)),
    f('defaults_explicit', 'ok', 'every Hello field at its default, written out: dropped on re-encoding', ld(HELLO, tag(1, 0), 0, ld(2), ld(3), ld(4), tag(5, 0), 0), tag(1, 0), 0),
    f('unknown_length_delimited_garbage', 'ok', 'an unknown field 99 whose bytes are no valid message: never parsed', ld(99, 0xff, 0xff, 0x07), ld(HELLO, tag(1, 0), 1)),
  ];
}

export interface BadFrameEntry {
  name: string;
  file: string;
  expect: 'ok' | 'error';
  rule?: WireRule;
  /** Canonical re-encoding, hex (for 'ok'). */
  reencoded?: string;
  notes: string;
}

/** Writes the corpus; `reencode` gives an accepted frame's canonical bytes. Returns the files, relative to `vectorsDir`. */
export function writeBadFrames(vectorsDir: string, reencode: (b: Uint8Array) => Uint8Array): string[] {
  const dir = path.join(vectorsDir, 'bad-frames');
  fs.mkdirSync(dir, { recursive: true });
  const entries: BadFrameEntry[] = [];
  const written: string[] = [];
  for (const b of badFrames()) {
    const file = `${b.name}.bin`;
    fs.writeFileSync(path.join(dir, file), b.bytes);
    written.push(`bad-frames/${file}`);
    entries.push(
      b.expect === 'ok'
        ? { name: b.name, file, expect: 'ok', reencoded: Buffer.from(reencode(b.bytes)).toString('hex'), notes: b.notes }
        : { name: b.name, file, expect: 'error', rule: b.expect, notes: b.notes },
    );
  }
  const index = { rules: 'docs/wire-rules.md', message: 'fitme.v1.Envelope', frames: entries };
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  written.push('bad-frames/index.json');
  return written;
}
