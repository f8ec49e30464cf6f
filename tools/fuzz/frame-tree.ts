/**
 * A frame as a tree of fields, parsed leniently (no schema): a length-delimited value that parses
 * cleanly as fields is kept as children, so a mutation deep inside keeps every enclosing length
 * right when the tree is written back (the frame stays well-formed around the change).
 */
export interface FieldNode {
  /** The tag's bytes as they were (or as a mutation wrote them). */
  tag: Uint8Array;
  /** How the value is written: 0 varint, 1 fixed64, 5 fixed32, 2 length-delimited. */
  wireType: number;
  /** The value's bytes (for wire type 2, the payload without its length). */
  value: Uint8Array;
  children?: FieldNode[];
  /** Extra bytes the length prefix is padded with (a valid, non-canonical varint). */
  lengthPad?: number;
}

const MAX_DEPTH = 8;

export function parseFields(b: Uint8Array, depth = 0): FieldNode[] | undefined {
  const nodes: FieldNode[] = [];
  let pos = 0;
  while (pos < b.length) {
    const tagStart = pos;
    const tag = readVarint(b, pos);
    if (!tag) return undefined;
    pos = tag.end;
    const wireType = tag.value % 8;
    if (tag.value < 8 || tag.value > 0xffffffff) return undefined;
    let value: Uint8Array;
    if (wireType === 0) {
      const v = readVarint(b, pos);
      if (!v) return undefined;
      value = b.subarray(pos, v.end);
      pos = v.end;
    } else if (wireType === 1 || wireType === 5) {
      const n = wireType === 1 ? 8 : 4;
      if (b.length - pos < n) return undefined;
      value = b.subarray(pos, pos + n);
      pos += n;
    } else if (wireType === 2) {
      const len = readVarint(b, pos);
      if (!len || len.value > b.length - len.end) return undefined;
      value = b.subarray(len.end, len.end + len.value);
      pos = len.end + len.value;
    } else {
      return undefined;
    }
    const node: FieldNode = { tag: b.subarray(tagStart, tag.end), wireType, value };
    if (wireType === 2 && value.length > 0 && depth < MAX_DEPTH) node.children = parseFields(value, depth + 1);
    nodes.push(node);
  }
  return nodes;
}

export function writeFields(nodes: FieldNode[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const emit = (list: FieldNode[]): number => {
    let size = 0;
    for (const n of list) {
      parts.push(n.tag);
      size += n.tag.length;
      if (n.wireType === 2) {
        const slot = parts.length;
        parts.push(new Uint8Array(0));
        let len: number;
        if (n.children) {
          len = emit(n.children);
        } else {
          parts.push(n.value);
          len = n.value.length;
        }
        parts[slot] = padVarint(encodeVarint(len), n.lengthPad ?? 0);
        size += parts[slot].length + len;
      } else {
        parts.push(n.value);
        size += n.value.length;
      }
    }
    return size;
  };
  const total = emit(nodes);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Every node with the list that holds it, depth first. */
export function allNodes(nodes: FieldNode[], out: { node: FieldNode; list: FieldNode[] }[] = []): { node: FieldNode; list: FieldNode[] }[] {
  for (const n of nodes) {
    out.push({ node: n, list: nodes });
    if (n.children) allNodes(n.children, out);
  }
  return out;
}

/** Every field list (the top level and each nested message's). */
export function allLists(nodes: FieldNode[], out: FieldNode[][] = []): FieldNode[][] {
  out.push(nodes);
  for (const n of nodes) if (n.children) allLists(n.children, out);
  return out;
}

export function readVarint(b: Uint8Array, pos: number): { value: number; end: number } | undefined {
  let v = 0;
  let scale = 1;
  for (let i = 0; i < 10 && pos < b.length; i++) {
    const byte = b[pos++];
    v += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value: v, end: pos };
    scale *= 128;
  }
  return undefined;
}

/** Canonical varint of a value up to 2^64-1 (bigint for the large ones). */
export function encodeVarint(value: number | bigint): Uint8Array {
  let v = BigInt(value);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

/** The same value in `extra` more bytes: continuation bits set, then zero bytes (11+ bytes is over-long). */
export function padVarint(canonical: Uint8Array, extra: number): Uint8Array {
  if (extra <= 0) return canonical;
  const out = new Uint8Array(canonical.length + extra);
  out.set(canonical);
  for (let i = 0; i < out.length - 1; i++) out[i] |= 0x80;
  out[out.length - 1] = 0;
  return out;
}

export function encodeTag(field: number, wireType: number): Uint8Array {
  return encodeVarint(BigInt(field) * 8n + BigInt(wireType));
}
