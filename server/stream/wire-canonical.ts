/**
 * Rewrites a frame the strict scan accepted into the same message with canonical varints (tags,
 * lengths, values), unknown fields dropped and packed runs kept packed. Only frames with 6- to
 * 9-byte varints need it (wire-scan.ts says which): protobufjs misreads those, the other decoders
 * do not. Values are what every decoder here takes: the low 32 bits of a 32-bit field's varint,
 * all 64 of a wide one's.
 */
import { envelopeRule, type FieldRule, type MessageRule } from './wire-schema.js';

export function canonicalVarints(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  new Transcoder(bytes).message(envelopeRule(), bytes.length, out);
  return Uint8Array.from(out);
}

class Transcoder {
  pos = 0;

  constructor(private readonly b: Uint8Array) {}

  message(rule: MessageRule, end: number, out: number[]): void {
    while (this.pos < end) {
      const tag = Number(this.varint());
      const number = Math.floor(tag / 8);
      const wireType = tag % 8;
      const field = rule.fields.get(number);
      if (!field) {
        this.skip(wireType);
        continue;
      }
      if (wireType === field.wireType) {
        putVarint(out, BigInt(tag));
        this.value(field, out);
      } else {
        // A packed run (the scan let no other mismatch through).
        putVarint(out, BigInt(tag));
        const stop = this.length();
        const run: number[] = [];
        while (this.pos < stop) this.value(field, run);
        putVarint(out, BigInt(run.length));
        for (const x of run) out.push(x);
      }
    }
  }

  private value(f: FieldRule, out: number[]): void {
    switch (f.kind) {
      case 'varint':
      case 'bool': {
        const v = this.varint();
        putVarint(out, f.wide ? v : v & 0xffffffffn);
        return;
      }
      case 'float':
      case 'fixed32':
        this.copy(4, out);
        return;
      case 'double':
      case 'fixed64':
        this.copy(8, out);
        return;
      case 'string':
      case 'bytes': {
        const len = Number(this.varint());
        putVarint(out, BigInt(len));
        this.copy(len, out);
        return;
      }
      case 'message': {
        const stop = this.length();
        const body: number[] = [];
        this.message(f.message!, stop, body);
        putVarint(out, BigInt(body.length));
        for (const x of body) out.push(x);
        return;
      }
    }
  }

  private skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else this.pos = this.length();
  }

  private length(): number {
    const len = Number(this.varint());
    return this.pos + len;
  }

  private copy(n: number, out: number[]): void {
    for (let i = 0; i < n; i++) out.push(this.b[this.pos + i]);
    this.pos += n;
  }

  /** The varint's value modulo 2^64, as every decoder here takes it. */
  private varint(): bigint {
    let v = 0n;
    for (let i = 0; i < 10; i++) {
      const byte = this.b[this.pos++];
      v |= BigInt(byte & 0x7f) << BigInt(7 * i);
      if (byte < 0x80) break;
    }
    return v & 0xffffffffffffffffn;
  }
}

function putVarint(out: number[], v: bigint): void {
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}
