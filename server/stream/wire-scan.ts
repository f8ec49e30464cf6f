/**
 * The strict half of the TypeScript decoder: walks a frame against the schema and refuses exactly
 * what the C# and C++ decoders refuse (docs/wire-rules.md), before protobufjs, which is lenient
 * (field number 0, a known field with another wire type, a misaligned packed run, invalid UTF-8),
 * decodes it. It copies nothing and allocates nothing per field.
 */
import { isUtf8 } from 'node:buffer';
import { WireError, type WireRule } from './wire-error.js';
import { envelopeRule, type FieldRule, type MessageRule } from './wire-schema.js';

export interface ScanResult {
  /** The oneof member that came last on the wire (the body), if any. */
  oneof?: string;
  /** More than one member of the oneof was on the wire: protobufjs keeps them all. */
  severalOneofMembers?: boolean;
  /**
   * A varint of 6 to 9 bytes (valid, never written by an encoder) is in the frame: protobufjs reads
   * those wrongly for 32-bit values (it takes any varint past 5 bytes to be 10), so the frame must
   * go through wire-canonical.ts first.
   */
  oddVarints?: boolean;
}

/** Called for every float (width 4) and double (width 8) value, with its byte offset. */
export type FloatVisitor = (offset: number, width: 4 | 8) => void;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'start-group', 'end-group', 'fixed32', '6', '7'];

/** Throws WireError when `bytes` is not a valid Envelope by the agreed rules. */
export function scanEnvelope(bytes: Uint8Array, onFloat?: FloatVisitor): ScanResult {
  const s = new Scanner(bytes, onFloat);
  const oneof = s.message(envelopeRule(), bytes.length);
  const result: ScanResult = {};
  if (oneof) result.oneof = oneof;
  if (s.oddVarints) result.oddVarints = true;
  if (s.severalOneofMembers) result.severalOneofMembers = true;
  return result;
}

class Scanner {
  pos = 0;
  oddVarints = false;
  severalOneofMembers = false;

  constructor(
    private readonly b: Uint8Array,
    private readonly onFloat?: FloatVisitor,
  ) {}

  /** Scans fields up to `end`; returns the last oneof member seen. */
  message(rule: MessageRule, end: number): string | undefined {
    let oneof: string | undefined;
    while (this.pos < end) {
      const at = this.pos;
      const tag = this.varint(end);
      if (tag > 0xffffffff) this.fail('field-number', `a tag above 2^32-1 (field number beyond 2^29-1) in ${rule.name}`, at);
      const number = Math.floor(tag / 8);
      const wireType = tag % 8;
      if (number === 0) this.fail('field-number', `field number 0 in ${rule.name}`, at);
      if (wireType === 3 || wireType === 4) this.fail('group', `field ${number} of ${rule.name} is a group (wire type ${wireType}), which this protocol does not use`, at);
      if (wireType > 5) this.fail('invalid-wire-type', `field ${number} of ${rule.name} has wire type ${wireType}, which does not exist`, at);
      const field = rule.fields.get(number);
      if (!field) {
        this.skip(wireType, end);
      } else if (wireType === field.wireType) {
        this.value(field, end);
        if (field.oneof) {
          if (oneof !== undefined && oneof !== field.name) this.severalOneofMembers = true;
          oneof = field.name;
        }
      } else if (field.packable && wireType === 2) {
        this.packed(field, end);
      } else {
        this.fail('wrong-wire-type', `${rule.name}.${field.name} (field ${number}) arrived as ${WIRE_NAMES[wireType]}, expected ${WIRE_NAMES[field.wireType]}`, at);
      }
    }
    return oneof;
  }

  private value(f: FieldRule, end: number): void {
    switch (f.kind) {
      case 'varint':
        this.varint(end);
        return;
      case 'bool':
        this.bool(f, end);
        return;
      case 'float':
      case 'fixed32':
        this.fixed(4, end, f.kind === 'float');
        return;
      case 'double':
      case 'fixed64':
        this.fixed(8, end, f.kind === 'double');
        return;
      case 'bytes':
        this.pos = this.lengthEnd(end);
        return;
      case 'string': {
        const at = this.pos;
        const stop = this.lengthEnd(end);
        if (!isUtf8(this.b.subarray(this.pos, stop))) this.fail('invalid-utf8', `${f.name} is not valid UTF-8`, at);
        this.pos = stop;
        return;
      }
      case 'message': {
        const stop = this.lengthEnd(end);
        this.message(f.message!, stop);
        return;
      }
    }
  }

  private packed(f: FieldRule, end: number): void {
    const at = this.pos;
    const stop = this.lengthEnd(end);
    if (f.wireType === 0) {
      while (this.pos < stop) {
        if (f.kind === 'bool') this.bool(f, stop);
        else this.varint(stop);
      }
      return;
    }
    const width = f.wireType === 5 ? 4 : 8;
    if ((stop - this.pos) % width !== 0) this.fail('misaligned-packed', `packed ${f.name} is ${stop - this.pos} bytes, not a multiple of ${width}`, at);
    const float = f.kind === 'float' || f.kind === 'double';
    while (this.pos < stop) this.fixed(width, stop, float);
  }

  private bool(f: FieldRule, end: number): void {
    const at = this.pos;
    const v = this.varint(end);
    if (v !== 0 && v !== 1) this.fail('bool-out-of-range', `bool ${f.name} is ${v}, neither 0 nor 1`, at);
  }

  private fixed(width: 4 | 8, end: number, float: boolean): void {
    if (end - this.pos < width) this.fail('truncated', `the frame ends inside a fixed${width * 8}`, this.pos);
    if (float && this.onFloat) this.onFloat(this.pos, width);
    this.pos += width;
  }

  private skip(wireType: number, end: number): void {
    if (wireType === 0) this.varint(end);
    else if (wireType === 1) this.fixed(8, end, false);
    else if (wireType === 5) this.fixed(4, end, false);
    else this.pos = this.lengthEnd(end);
  }

  /** Reads a length prefix; returns where the value ends. */
  private lengthEnd(end: number): number {
    const at = this.pos;
    const len = this.varint(end);
    if (len > end - this.pos) this.fail('length-out-of-range', `a length prefix of ${len} with ${end - this.pos} bytes left`, at);
    return this.pos + len;
  }

  /**
   * A varint's value as a number: exact below 2^53, and above it still larger than any length or
   * 32-bit tag, which is all it is compared with. Bits beyond 64 (the 10th byte's upper six) drop.
   */
  private varint(end: number): number {
    const b = this.b;
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) this.fail('truncated', 'the frame ends inside a varint', this.pos);
      const byte = b[this.pos++];
      v += (i === 9 ? byte & 1 : byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (i >= 5 && i < 9) this.oddVarints = true;
        return v;
      }
      scale *= 128;
    }
    this.fail('varint-too-long', 'a varint longer than 10 bytes', this.pos);
  }

  private fail(rule: WireRule, what: string, offset: number): never {
    throw new WireError(`not a valid fitme.v1.Envelope: ${what} (byte ${offset})`, rule, offset);
  }
}
