/**
 * Mutations of seed frames: structural ones on the field tree (a field retagged with another
 * number or wire type, a value replaced by an edge case, fields inserted, dropped, repeated),
 * which keep the frame well-formed around the change, then byte-level ones (bit flips, inserts,
 * deletes, truncation, splices, over-long varints) that break its structure.
 */
import type { Prng } from './prng.js';
import { allLists, allNodes, encodeTag, encodeVarint, padVarint, parseFields, readVarint, writeFields, type FieldNode } from './frame-tree.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

/** Varints at the edges: 0/1/2 for bools, 32- and 64-bit limits, non-canonical and over-long forms. */
const EDGE_VARINTS: Uint8Array[] = [
  bytes(0), bytes(1), bytes(2), bytes(0x7f), bytes(0x81, 0x00), bytes(0x80, 0x80, 0x80, 0x80, 0x10),
  encodeVarint(0xffffffff), encodeVarint(2n ** 53n + 1n), encodeVarint(2n ** 63n), encodeVarint(2n ** 64n - 1n),
  bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), bytes(0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02),
  bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), encodeVarint(0xffffffffn * 8n),
];
/** float and double bit patterns: zeros, infinities, quiet and signalling NaNs with payloads. */
const EDGE_FIXED32 = [0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffc00001, 0x00000001, 0x3f800000];
const EDGE_FIXED64 = ['0000000000000000', '8000000000000000', '7ff0000000000000', '7ff8000000000000', '7ff0000000000001', 'fff8000000000001', '3ff0000000000000'];
/** UTF-8 that must be refused (overlong, surrogate, beyond U+10FFFF, stray/missing continuation) and that must not. */
const UTF8_PIECES: Uint8Array[] = [
  bytes(0xc0, 0x80), bytes(0xc1, 0xbf), bytes(0xe0, 0x80, 0x80), bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xbf, 0xbf),
  bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf5, 0x80, 0x80, 0x80), bytes(0xff), bytes(0x80), bytes(0xe2, 0x82),
  bytes(0xc3, 0xa9), bytes(0xe2, 0x82, 0xac), bytes(0xf0, 0x9f, 0x98, 0x80), bytes(0xef, 0xbf, 0xbd), bytes(0xed, 0x9f, 0xbf),
  bytes(0xf4, 0x8f, 0xbf, 0xbf), bytes(0x00),
];
/** Field numbers: the schema's (1..23 cover every message), 0, the limits, and unknown ones. */
const FIELD_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 99, 2 ** 29 - 1, 2 ** 29, 2 ** 32];

function fixed32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  return b;
}

function fixed64(hex: string): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt('0x' + hex), true);
  return b;
}

function randomBytes(rng: Prng, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.int(256);
  return b;
}

function tagOf(node: FieldNode): { field: number; wireType: number } {
  const t = readVarint(node.tag, 0)?.value ?? 0;
  return { field: Math.floor(t / 8), wireType: t % 8 };
}

/** A value of the given wire type: an edge case or random bytes. */
function valueFor(rng: Prng, wireType: number): Uint8Array {
  switch (wireType) {
    case 0:
      return rng.chance(0.7) ? rng.pick(EDGE_VARINTS) : encodeVarint(rng.u32());
    case 1:
      return rng.chance(0.7) ? fixed64(rng.pick(EDGE_FIXED64)) : randomBytes(rng, 8);
    case 5:
      return rng.chance(0.7) ? fixed32(rng.pick(EDGE_FIXED32)) : randomBytes(rng, 4);
    default:
      return rng.chance(0.5) ? rng.pick(UTF8_PIECES) : randomBytes(rng, rng.int(12));
  }
}

function randomField(rng: Prng): FieldNode {
  const field = rng.pick(FIELD_NUMBERS);
  const wireType = rng.chance(0.85) ? rng.pick([0, 1, 2, 5]) : rng.int(8);
  const writeAs = [0, 1, 2, 5].includes(wireType) ? wireType : 0;
  return { tag: encodeTag(field, wireType), wireType: writeAs, value: valueFor(rng, writeAs) };
}

type TreeMutation = (rng: Prng, tree: FieldNode[]) => void;

const TREE_MUTATIONS: TreeMutation[] = [
  // Another wire type, the value rewritten to match it: a well-formed frame with a wrong wire type.
  (rng, tree) => {
    const { node } = rng.pick(allNodes(tree));
    const wireType = rng.pick([0, 1, 2, 5]);
    node.tag = encodeTag(tagOf(node).field, wireType);
    node.wireType = wireType;
    node.value = valueFor(rng, wireType);
    node.children = undefined;
  },
  // Another wire type in the tag only: the value's bytes are read as something else.
  (rng, tree) => {
    const { node } = rng.pick(allNodes(tree));
    node.tag = encodeTag(tagOf(node).field, rng.int(8));
  },
  // Another field number, same wire type and value.
  (rng, tree) => {
    const { node } = rng.pick(allNodes(tree));
    node.tag = encodeTag(rng.pick(FIELD_NUMBERS), tagOf(node).wireType);
  },
  // A scalar value replaced by an edge case of its wire type.
  (rng, tree) => {
    const leaves = allNodes(tree).filter((n) => !n.node.children);
    if (leaves.length === 0) return;
    const { node } = rng.pick(leaves);
    node.value = valueFor(rng, node.wireType);
  },
  // A byte inside a leaf's value changed or UTF-8 spliced in (strings, bytes, packed runs).
  (rng, tree) => {
    const leaves = allNodes(tree).filter((n) => !n.node.children && n.node.wireType === 2);
    if (leaves.length === 0) return;
    const { node } = rng.pick(leaves);
    const at = rng.int(node.value.length + 1);
    const piece = rng.chance(0.6) ? rng.pick(UTF8_PIECES) : bytes(0x80 + rng.int(128));
    const drop = rng.chance(0.5) ? Math.min(piece.length, node.value.length - at) : 0;
    node.value = concat(node.value.subarray(0, at), piece, node.value.subarray(at + drop));
  },
  // A packed run (or any payload) shortened by 1..3 bytes: misaligned floats, a varint cut short.
  (rng, tree) => {
    const leaves = allNodes(tree).filter((n) => !n.node.children && n.node.wireType === 2 && n.node.value.length > 0);
    if (leaves.length === 0) return;
    const { node } = rng.pick(leaves);
    node.value = node.value.subarray(0, Math.max(0, node.value.length - 1 - rng.int(3)));
  },
  // A field inserted (known or unknown number, any wire type) into some message.
  (rng, tree) => {
    const list = rng.pick(allLists(tree));
    list.splice(rng.int(list.length + 1), 0, randomField(rng));
  },
  // A field dropped.
  (rng, tree) => {
    const { node, list } = rng.pick(allNodes(tree));
    list.splice(list.indexOf(node), 1);
  },
  // A field repeated (the last one wins, or a repeated field grows), or moved.
  (rng, tree) => {
    const { node, list } = rng.pick(allNodes(tree));
    const copy = rng.chance(0.5);
    if (!copy) list.splice(list.indexOf(node), 1);
    list.splice(rng.int(list.length + 1), 0, node);
  },
  // A tag, a length prefix or a varint value padded to a longer (6 to 11 bytes) form.
  (rng, tree) => {
    const { node } = rng.pick(allNodes(tree));
    const extra = 1 + rng.int(9);
    const what = rng.int(3);
    const t = readVarint(node.tag, 0);
    if (what === 0 && t) node.tag = padVarint(encodeVarint(t.value), extra);
    else if (what === 1 && node.wireType === 2) node.lengthPad = extra;
    else if (node.wireType === 0) node.value = padVarint(encodeVarint(BigInt(readVarint(node.value, 0)?.value ?? 0)), extra);
  },
  // A nested message emptied (a present, empty member).
  (rng, tree) => {
    const nested = allNodes(tree).filter((n) => n.node.children);
    if (nested.length === 0) return;
    const { node } = rng.pick(nested);
    node.children = [];
  },
];

type ByteMutation = (rng: Prng, b: Uint8Array, other: Uint8Array) => Uint8Array;

const BYTE_MUTATIONS: ByteMutation[] = [
  (rng, b) => {
    const out = b.slice();
    for (let k = 1 + rng.int(3); k > 0 && out.length > 0; k--) out[rng.int(out.length)] ^= 1 << rng.int(8);
    return out;
  },
  (rng, b) => {
    const out = b.slice();
    if (out.length > 0) out[rng.int(out.length)] = rng.pick([0x00, 0x01, 0x7f, 0x80, 0xff, rng.int(256)]);
    return out;
  },
  (rng, b) => {
    const at = rng.int(b.length + 1);
    return concat(b.subarray(0, at), randomBytes(rng, 1 + rng.int(4)), b.subarray(at));
  },
  (rng, b) => {
    const at = rng.int(b.length + 1);
    return concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + rng.int(4))));
  },
  (rng, b) => b.subarray(0, rng.int(b.length + 1)),
  (rng, b, other) => concat(b.subarray(0, rng.int(b.length + 1)), other.subarray(rng.int(other.length + 1))),
  // An over-long varint spliced in (11 bytes), or a run of continuation bytes at the end.
  (rng, b) => {
    const at = rng.int(b.length + 1);
    const run = new Uint8Array(1 + rng.int(11)).fill(0x80);
    return concat(b.subarray(0, at), run, rng.chance(0.5) ? bytes(0) : new Uint8Array(0), b.subarray(at));
  },
];

/** One mutated frame from `seed` (and `other`, for splices). */
export function mutate(rng: Prng, seed: Uint8Array, other: Uint8Array): Uint8Array {
  let frame = seed;
  const roll = rng.int(10);
  if (roll === 0) return frame; // the seed itself, now and then
  if (roll <= 6) {
    const tree = parseFields(seed);
    if (tree && tree.length > 0) {
      for (let k = 1 + rng.int(3); k > 0 && tree.length > 0; k--) rng.pick(TREE_MUTATIONS)(rng, tree);
      frame = writeFields(tree);
      if (rng.chance(0.8)) return frame;
    }
  }
  for (let k = 1 + rng.int(2); k > 0; k--) frame = rng.pick(BYTE_MUTATIONS)(rng, frame, other);
  return frame;
}
