/**
 * The schema as the strict wire scanner needs it: per message, per field number, which wire types
 * the field may arrive with and how its value is checked. Read from proto/fitme.proto by protobufjs
 * reflection (the static codec in gen/ carries no descriptors), once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import { packageRoot } from '../config/package-root.js';

/** How a field's value is checked beyond its wire type. */
export type ValueKind = 'varint' | 'bool' | 'fixed32' | 'fixed64' | 'float' | 'double' | 'string' | 'bytes' | 'message';

export interface FieldRule {
  name: string;
  number: number;
  kind: ValueKind;
  /** The wire type of one value (packed runs are wire type 2 on top of it). */
  wireType: number;
  /** Repeated numeric field: also accepted as a packed run. */
  packable: boolean;
  /** A varint field that keeps 64 bits (uint64, int64, sint64); the others keep the low 32. */
  wide: boolean;
  /** For kind 'message'. */
  message?: MessageRule;
  /** Member of the message's oneof. */
  oneof: boolean;
}

export interface MessageRule {
  name: string;
  fields: Map<number, FieldRule>;
}

const KIND: Record<string, ValueKind> = {
  uint32: 'varint', uint64: 'varint', int32: 'varint', int64: 'varint', sint32: 'varint', sint64: 'varint',
  bool: 'bool', fixed32: 'fixed32', sfixed32: 'fixed32', fixed64: 'fixed64', sfixed64: 'fixed64',
  float: 'float', double: 'double', string: 'string', bytes: 'bytes',
};
const WIRE: Record<ValueKind, number> = { varint: 0, bool: 0, fixed64: 1, double: 1, string: 2, bytes: 2, message: 2, fixed32: 5, float: 5 };

let envelope: MessageRule | undefined;

/** fitme.v1.Envelope's rules, with every nested message's reachable from it. */
export function envelopeRule(): MessageRule {
  if (!envelope) {
    // keepCase: errors name fields as the proto does (client_name, not clientName).
    const source = readFileSync(path.join(packageRoot(), 'proto/fitme.proto'), 'utf8');
    const { root } = protobuf.parse(source, { keepCase: true });
    envelope = build(root.lookupType('fitme.v1.Envelope'), new Map());
  }
  return envelope;
}

function build(type: protobuf.Type, done: Map<string, MessageRule>): MessageRule {
  const known = done.get(type.fullName);
  if (known) return known;
  const rule: MessageRule = { name: type.fullName.replace(/^\./, ''), fields: new Map() };
  done.set(type.fullName, rule);
  for (const f of type.fieldsArray) {
    f.resolve();
    let kind: ValueKind;
    let message: MessageRule | undefined;
    if (f.resolvedType instanceof protobuf.Type) {
      kind = 'message';
      message = build(f.resolvedType, done);
    } else if (f.resolvedType instanceof protobuf.Enum) {
      kind = 'varint';
    } else {
      const k = KIND[f.type];
      if (!k) throw new Error(`proto/fitme.proto: ${type.name}.${f.name} has type ${f.type}, which the wire scanner does not know`);
      kind = k;
    }
    const wireType = WIRE[kind];
    const wide = kind === 'varint' && ['uint64', 'int64', 'sint64'].includes(f.type);
    rule.fields.set(f.id, { name: f.name, number: f.id, kind, wireType, packable: f.repeated && wireType !== 2, wide, message, oneof: f.partOf != null });
  }
  return rule;
}
