/**
 * C# emitter: a dependency-free proto3 codec for the Unity package's engine-agnostic core.
 *
 * The output is plain C# 7.2 (Debian's `mcs` compiles it, IL2CPP keeps it whole because nothing is
 * reached through reflection): one sealed class per message with properties, `Decode`/`TryDecode`
 * over `ArraySegment<byte>` and `Encode`, the wire primitives living in the hand-written
 * WireReader/WireWriter next to it. A second, test-only file renders decoded messages in
 * protobufjs's `toObject` shape so the golden vectors' `decoded` values can be compared.
 */
import protobuf from 'protobufjs';
import type { Emitter, GeneratedFile } from './emitter.js';
import { metaFor, PACKAGE_DIR } from '../unity-meta/meta.js';

const NAMESPACE = 'FitMe.Protocol';
const CODEC_PATH = 'Runtime/Core/Protocol/Fitme.g.cs';
const JSON_VIEW_PATH = 'Tests~/Generated/ProtoJson.g.cs';
const NS = `global::${NAMESPACE}`;

/**
 * Schema names that are also public types of a namespace Unity scripts import (UnityEngine.Camera,
 * UnityEngine.ColorSpace, UnityEngine.Material, UnityEngine.Mesh, UnityEditor.Progress,
 * UnityEditor.SceneManagement.Stage): a script with `using FitMe.Protocol;` and `using UnityEngine;`
 * could not name either without CS0104, so the C# types carry a `FitMe` prefix. The wire names
 * (and the TypeScript and C++ names) stay the schema's. Checked by unity-package/Tests~/EngineApi.
 */
const UNITY_CLASHES = new Set(['Camera', 'ColorSpace', 'Material', 'Mesh', 'Progress', 'Stage']);

/** The C# name of a schema message or enum. */
export function csharpTypeName(schemaName: string): string {
  return UNITY_CLASHES.has(schemaName) ? `FitMe${schemaName}` : schemaName;
}

interface Scalar {
  cs: string;
  wire: 0 | 1 | 2 | 5;
  /** Bytes per element when fixed-width (packed arrays are sized without a loop). */
  fixed?: number;
  read: string;
  write: (v: string) => string;
  size: (v: string) => string;
  isSet: (v: string) => string;
  json: (v: string) => string;
}

const varint = (cs: string, read: string, toUlong: (v: string) => string, json: (v: string) => string): Scalar => ({
  cs,
  wire: 0,
  read,
  write: (v) => `w.WriteVarint(${toUlong(v)});`,
  size: (v) => `WireFormat.VarintSize(${toUlong(v)})`,
  isSet: (v) => `${v} != 0`,
  json,
});
const fixed = (cs: string, bytes: 4 | 8, read: string, write: (v: string) => string, json: (v: string) => string, isSet?: (v: string) => string): Scalar => ({
  cs,
  wire: bytes === 4 ? 5 : 1,
  fixed: bytes,
  read,
  write,
  size: () => `${bytes}`,
  isSet: isSet ?? ((v) => `${v} != 0`),
  json,
});
const num = (v: string) => `Json.Num(${v})`;
const decimal = (v: string) => `Json.Str(${v}.ToString(CultureInfo.InvariantCulture))`;

const SCALARS: Record<string, Scalar> = {
  // Floating-point defaults are compared bitwise so that -0 and NaN survive a round trip.
  double: fixed('double', 8, 'r.ReadDouble()', (v) => `w.WriteDouble(${v});`, (v) => `Json.Float(${v})`, (v) => `BitConverter.DoubleToInt64Bits(${v}) != 0`),
  float: fixed('float', 4, 'r.ReadFloat()', (v) => `w.WriteFloat(${v});`, (v) => `Json.Float(${v})`, (v) => `WireFormat.FloatBits(${v}) != 0`),
  int32: varint('int', '(int)r.ReadVarint()', (v) => `(ulong)(long)${v}`, num),
  int64: varint('long', '(long)r.ReadVarint()', (v) => `(ulong)${v}`, decimal),
  uint32: varint('uint', '(uint)r.ReadVarint()', (v) => v, num),
  uint64: varint('ulong', 'r.ReadVarint()', (v) => v, decimal),
  sint32: varint('int', 'WireFormat.DecodeZigZag32((uint)r.ReadVarint())', (v) => `WireFormat.EncodeZigZag32(${v})`, num),
  sint64: varint('long', 'WireFormat.DecodeZigZag64(r.ReadVarint())', (v) => `WireFormat.EncodeZigZag64(${v})`, decimal),
  fixed32: fixed('uint', 4, 'r.ReadFixed32()', (v) => `w.WriteFixed32(${v});`, num),
  sfixed32: fixed('int', 4, '(int)r.ReadFixed32()', (v) => `w.WriteFixed32((uint)${v});`, num),
  fixed64: fixed('ulong', 8, 'r.ReadFixed64()', (v) => `w.WriteFixed64(${v});`, decimal),
  sfixed64: fixed('long', 8, '(long)r.ReadFixed64()', (v) => `w.WriteFixed64((ulong)${v});`, decimal),
  bool: {
    cs: 'bool',
    wire: 0,
    read: 'r.ReadBool()',
    write: (v) => `w.WriteVarint(${v} ? 1UL : 0UL);`,
    size: () => '1',
    isSet: (v) => v,
    json: (v) => `Json.Bool(${v})`,
  },
  string: {
    cs: 'string',
    wire: 2,
    read: 'r.ReadString()',
    write: (v) => `w.WriteString(${v});`,
    size: (v) => `WireFormat.LengthDelimitedSize(WireFormat.Utf8.GetByteCount(${v}))`,
    isSet: (v) => `!string.IsNullOrEmpty(${v})`,
    json: (v) => `Json.Str(${v} ?? "")`,
  },
  bytes: {
    cs: 'ArraySegment<byte>',
    wire: 2,
    read: 'r.ReadBytes()',
    write: (v) => `w.WriteBytes(${v});`,
    size: (v) => `WireFormat.LengthDelimitedSize(${v}.Count)`,
    isSet: (v) => `${v}.Count != 0`,
    json: (v) => `Json.Base64(${v})`,
  },
};

const ENUM_SCALAR = (cs: string): Scalar => ({
  cs,
  wire: 0,
  read: `(${cs})(int)r.ReadVarint()`,
  write: (v) => `w.WriteVarint((ulong)(long)(int)${v});`,
  size: (v) => `WireFormat.VarintSize((ulong)(long)(int)${v})`,
  isSet: (v) => `(int)${v} != 0`,
  json: (v) => `EnumJson(${v})`,
});

/** `request_id` → `RequestId`, `MAP_KIND_ALBEDO` → `MapKindAlbedo`. */
function pascal(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_\W]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1).toLowerCase())
    .join('');
}

function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** `STAGE_QUEUED` in enum `Stage` → `Queued` (protoc's C# naming). */
function enumMember(enumName: string, value: string): string {
  const prefix = `${upperSnake(enumName)}_`;
  const stripped = value.startsWith(prefix) ? value.slice(prefix.length) : value;
  const name = pascal(stripped);
  return /^[0-9]/.test(name) ? pascal(value) : name;
}

function tagOf(id: number, wire: number): number {
  return ((id << 3) | wire) >>> 0;
}

function varintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** The schema's comment as `///` lines, XML-escaped. */
function doc(comment: string | null | undefined, indent: string): string[] {
  if (!comment) return [];
  const esc = comment.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [`${indent}/// <summary>`, ...esc.split('\n').map((l) => `${indent}/// ${l}`.trimEnd()), `${indent}/// </summary>`];
}

interface FieldInfo {
  field: protobuf.Field;
  prop: string;
  /** Set for scalar and enum fields. */
  scalar?: Scalar;
  /** Fully qualified C# type of a message field. */
  message?: string;
  oneof?: OneofInfo;
}

interface OneofInfo {
  name: string;
  caseEnum: string;
  caseProp: string;
  store: string;
  caseStore: string;
  members: FieldInfo[];
}

const RESERVED_MEMBERS = new Set(['Decode', 'TryDecode', 'Encode', 'Read', 'MergeFrom', 'WriteTo', 'CalculateSize', 'Equals', 'GetHashCode', 'ToString', 'GetType']);

function unsupported(what: string): never {
  throw new Error(`protogen/csharp: ${what} is not supported; the schema keeps to scalars, strings, bytes, enums, messages, repeated fields and oneofs`);
}

function checkSupported(type: protobuf.Type): void {
  for (const nested of type.nestedArray) unsupported(`nested declaration ${nested.fullName}`);
  for (const f of type.fieldsArray) {
    if (f instanceof protobuf.MapField) unsupported(`map field ${f.fullName}`);
    if (f.delimited) unsupported(`group field ${f.fullName}`);
    if (f.options?.proto3_optional) unsupported(`proto3 optional field ${f.fullName}`);
    if (f.required) unsupported(`required field ${f.fullName}`);
  }
}

function describe(type: protobuf.Type): FieldInfo[] {
  checkSupported(type);
  const oneofs = new Map<protobuf.OneOf, OneofInfo>();
  for (const o of type.oneofsArray) {
    const name = pascal(o.name);
    oneofs.set(o, { name, caseEnum: `${name}OneofCase`, caseProp: `${name}Case`, store: `${o.name}_`, caseStore: `${o.name}Case_`, members: [] });
  }
  const infos = type.fieldsArray.map((field): FieldInfo => {
    field.resolve();
    let prop = pascal(field.name);
    if (prop === csharpTypeName(type.name)) prop += '_';
    if (RESERVED_MEMBERS.has(prop)) unsupported(`field name ${field.fullName} (clashes with a generated member)`);
    const info: FieldInfo = { field, prop };
    if (field.resolvedType instanceof protobuf.Type) info.message = `${NS}.${csharpTypeName(field.resolvedType.name)}`;
    else if (field.resolvedType instanceof protobuf.Enum) info.scalar = ENUM_SCALAR(`${NS}.${csharpTypeName(field.resolvedType.name)}`);
    else info.scalar = SCALARS[field.type] ?? unsupported(`field type ${field.type} of ${field.fullName}`);
    if (field.partOf) {
      if (field.repeated) unsupported(`repeated field ${field.fullName} in a oneof`);
      info.oneof = oneofs.get(field.partOf)!;
      info.oneof.members.push(info);
    }
    return info;
  });
  return infos.sort((a, b) => a.field.id - b.field.id);
}

function isPackable(f: FieldInfo): boolean {
  return f.scalar !== undefined && f.scalar.wire !== 2;
}

/** C# type of the property (element type for repeated fields). */
function elementType(f: FieldInfo): string {
  return f.message ?? f.scalar!.cs;
}

function emitEnum(e: protobuf.Enum): string[] {
  const out = [...doc(e.comment, '    '), `    public enum ${csharpTypeName(e.name)}`, '    {'];
  for (const [name, value] of Object.entries(e.values)) {
    out.push(...doc(e.comments[name], '        '));
    out.push(`        ${enumMember(e.name, name)} = ${value},`);
  }
  out.push('    }');
  return out;
}

function emitProperties(type: protobuf.Type, fields: FieldInfo[]): string[] {
  const out: string[] = [];
  const oneofsDone = new Set<OneofInfo>();
  for (const f of fields) {
    const i = '        ';
    if (f.oneof) {
      const o = f.oneof;
      if (!oneofsDone.has(o)) {
        oneofsDone.add(o);
        out.push(`${i}public enum ${o.caseEnum}`, `${i}{`, `${i}    None = 0,`);
        for (const m of o.members) out.push(`${i}    ${m.prop} = ${m.field.id},`);
        out.push(`${i}}`, '');
        out.push(`${i}private object ${o.store};`, `${i}private ${o.caseEnum} ${o.caseStore};`, '');
        out.push(`${i}/// <summary>Which member of the oneof \`${o.name.toLowerCase()}\` is set.</summary>`);
        out.push(`${i}public ${o.caseEnum} ${o.caseProp} { get { return ${o.caseStore}; } }`, '');
        out.push(`${i}public void Clear${o.name}()`, `${i}{`, `${i}    ${o.store} = null;`, `${i}    ${o.caseStore} = ${o.caseEnum}.None;`, `${i}}`, '');
      }
      const t = elementType(f);
      const empty = f.message ? 'null' : `default(${t})`;
      const clear = f.message ? `value == null ? ${o.caseEnum}.None : ${o.caseEnum}.${f.prop}` : `${o.caseEnum}.${f.prop}`;
      out.push(...doc(f.field.comment, i));
      out.push(`${i}public ${t} ${f.prop}`, `${i}{`);
      out.push(`${i}    get { return ${o.caseStore} == ${o.caseEnum}.${f.prop} ? (${t})${o.store} : ${empty}; }`);
      out.push(`${i}    set { ${o.store} = value; ${o.caseStore} = ${clear}; }`, `${i}}`, '');
      continue;
    }
    out.push(...doc(f.field.comment, i));
    const t = elementType(f);
    if (f.field.repeated) out.push(`${i}public List<${t}> ${f.prop} { get; private set; }`, '');
    else if (f.message) out.push(`${i}public ${t} ${f.prop} { get; set; }`, '');
    else if (t === 'string') out.push(`${i}public string ${f.prop} { get; set; }`, '');
    else if (f.scalar === SCALARS.bytes) out.push(`${i}public ArraySegment<byte> ${f.prop} { get; set; }`, '');
    else out.push(`${i}public ${t} ${f.prop} { get; set; }`, '');
  }
  // Constructor: proto3 defaults (empty strings, empty byte segments, empty lists).
  const init = fields.filter((f) => !f.oneof && (f.field.repeated || f.scalar?.cs === 'string' || f.scalar === SCALARS.bytes));
  if (init.length === 0) return out;
  out.push(`        public ${csharpTypeName(type.name)}()`, '        {');
  for (const f of init) {
    if (f.field.repeated) out.push(`            ${f.prop} = new List<${elementType(f)}>();`);
    else if (f.scalar!.cs === 'string') out.push(`            ${f.prop} = "";`);
    else out.push(`            ${f.prop} = WireFormat.NoBytes;`);
  }
  out.push('        }', '');
  return out;
}

function emitMergeFrom(fields: FieldInfo[], messageName: string): string[] {
  const out = ['        internal void MergeFrom(WireReader r)', '        {', '            uint tag;', '            while (r.ReadTag(out tag))', '            {', '                switch (tag)', '                {'];
  const c = '                    ';
  for (const f of fields) {
    const id = f.field.id;
    if (f.message) {
      const read = `${f.message}.Read(r)`;
      out.push(`${c}case ${tagOf(id, 2)}:`);
      out.push(f.field.repeated ? `${c}    ${f.prop}.Add(${read});` : `${c}    ${f.prop} = ${read};`, `${c}    break;`);
      continue;
    }
    const s = f.scalar!;
    if (f.field.repeated && isPackable(f)) {
      // Both encodings are legal for packable fields; a reader must accept either, even mixed.
      out.push(`${c}case ${tagOf(id, 2)}:`, `${c}{`);
      out.push(`${c}    int outer = r.BeginLengthDelimited();`);
      if (s.fixed) out.push(`${c}    WireFormat.Reserve(${f.prop}, r.Remaining / ${s.fixed});`);
      out.push(`${c}    while (r.Remaining > 0) ${f.prop}.Add(${s.read});`, `${c}    r.EndLengthDelimited(outer);`, `${c}    break;`, `${c}}`);
      out.push(`${c}case ${tagOf(id, s.wire)}:`, `${c}    ${f.prop}.Add(${s.read});`, `${c}    break;`);
      continue;
    }
    out.push(`${c}case ${tagOf(id, s.wire)}:`);
    out.push(f.field.repeated ? `${c}    ${f.prop}.Add(${s.read});` : `${c}    ${f.prop} = ${s.read};`, `${c}    break;`);
  }
  // A known field number with another wire type is a corrupt frame, not an unknown field.
  const numbers = [...new Set(fields.map((f) => f.field.id))];
  out.push(`${c}default:`);
  if (numbers.length > 0) {
    out.push(`${c}    switch (tag >> 3)`, `${c}    {`, `${c}        ${numbers.map((n) => `case ${n}:`).join(' ')}`);
    out.push(`${c}            throw r.WrongWireType(tag, "${messageName}");`, `${c}    }`);
  }
  out.push(`${c}    r.SkipField(tag);`, `${c}    break;`);
  out.push('                }', '            }', '        }', '');
  return out;
}

/** Statements adding to `size` (sizing) or writing to `w` (writing) for one field. */
function fieldCode(f: FieldInfo, mode: 'size' | 'write'): string[] {
  const id = f.field.id;
  const p = f.prop;
  if (f.field.repeated) {
    if (f.message) {
      const tag = tagOf(id, 2);
      return mode === 'size'
        ? [`for (int i = 0; i < ${p}.Count; i++) { int n = ${p}[i].CalculateSize(); size += ${varintSize(tag)} + WireFormat.LengthDelimitedSize(n); }`]
        : [`for (int i = 0; i < ${p}.Count; i++) { w.WriteVarint(${tag}); w.WriteLength(${p}[i].CalculateSize()); ${p}[i].WriteTo(w); }`];
    }
    const s = f.scalar!;
    if (isPackable(f)) {
      const tag = tagOf(id, 2);
      const payload = s.fixed ? [`int n = ${p}.Count * ${s.fixed};`] : [`int n = 0;`, `for (int i = 0; i < ${p}.Count; i++) n += ${s.size(`${p}[i]`)};`];
      const body =
        mode === 'size'
          ? [...payload, `size += ${varintSize(tag)} + WireFormat.LengthDelimitedSize(n);`]
          : [...payload, `w.WriteVarint(${tag});`, `w.WriteLength(n);`, `for (int i = 0; i < ${p}.Count; i++) ${s.write(`${p}[i]`)}`];
      return [`if (${p}.Count != 0)`, '{', ...body.map((l) => `    ${l}`), '}'];
    }
    const tag = tagOf(id, s.wire);
    return mode === 'size'
      ? [`for (int i = 0; i < ${p}.Count; i++) size += ${varintSize(tag)} + ${s.size(`${p}[i]`)};`]
      : [`for (int i = 0; i < ${p}.Count; i++) { w.WriteVarint(${tag}); ${s.write(`${p}[i]`)} }`];
  }
  // A oneof member is written whenever it is the set case, default value or not.
  const cond = f.oneof ? `${f.oneof.caseStore} == ${f.oneof.caseEnum}.${p}` : f.message ? `${p} != null` : f.scalar!.isSet(p);
  if (f.message) {
    const tag = tagOf(id, 2);
    return mode === 'size'
      ? [`if (${cond}) size += ${varintSize(tag)} + WireFormat.LengthDelimitedSize(${p}.CalculateSize());`]
      : [`if (${cond}) { w.WriteVarint(${tag}); w.WriteLength(${p}.CalculateSize()); ${p}.WriteTo(w); }`];
  }
  const s = f.scalar!;
  const tag = tagOf(id, s.wire);
  return mode === 'size' ? [`if (${cond}) size += ${varintSize(tag)} + ${s.size(p)};`] : [`if (${cond}) { w.WriteVarint(${tag}); ${s.write(p)} }`];
}

function emitMessage(type: protobuf.Type): string[] {
  const fields = describe(type);
  const n = csharpTypeName(type.name);
  const out = [...doc(type.comment, '    '), `    public sealed partial class ${n}`, '    {'];
  out.push(...emitProperties(type, fields));
  out.push(
    `        /// <summary>Decodes one message. The bytes fields of the result share \`data\`'s array.</summary>`,
    `        /// <exception cref="WireFormatException">The bytes are truncated or malformed.</exception>`,
    `        public static ${n} Decode(ArraySegment<byte> data)`,
    '        {',
    `            var m = new ${n}();`,
    '            m.MergeFrom(new WireReader(data));',
    '            return m;',
    '        }',
    '',
    `        public static bool TryDecode(ArraySegment<byte> data, out ${n} message, out string error)`,
    '        {',
    '            try',
    '            {',
    '                message = Decode(data);',
    '                error = null;',
    '                return true;',
    '            }',
    '            catch (WireFormatException e)',
    '            {',
    '                message = null;',
    '                error = e.Message;',
    '                return false;',
    '            }',
    '        }',
    '',
    '        /// <summary>The canonical encoding: fields by number, repeated scalars packed, proto3 defaults omitted.</summary>',
    '        public byte[] Encode()',
    '        {',
    '            var w = new WireWriter(CalculateSize());',
    '            WriteTo(w);',
    '            return w.ToArray();',
    '        }',
    '',
    `        internal static ${n} Read(WireReader r)`,
    '        {',
    `            var m = new ${n}();`,
    '            int outer = r.BeginLengthDelimited();',
    '            m.MergeFrom(r);',
    '            r.EndLengthDelimited(outer);',
    '            return m;',
    '        }',
    '',
  );
  out.push(...emitMergeFrom(fields, type.fullName.replace(/^\./, '')));
  out.push('        internal int CalculateSize()', '        {', '            int size = 0;');
  for (const f of fields) out.push(...fieldCode(f, 'size').map((l) => `            ${l}`));
  out.push('            return size;', '        }', '');
  out.push('        internal void WriteTo(WireWriter w)', '        {');
  for (const f of fields) out.push(...fieldCode(f, 'write').map((l) => `            ${l}`));
  out.push('        }', '    }');
  return out;
}

function header(root: protobuf.Root): string[] {
  const files = [...new Set(collect(root).map((t) => t.filename).filter(Boolean))];
  return [`// <auto-generated>`, `// Generated by tools/protogen (npm run gen) from ${files.map((f) => relative(f!)).join(', ')}. Do not edit.`, `// </auto-generated>`];
}

function relative(file: string): string {
  const i = file.lastIndexOf('/proto/');
  return i >= 0 ? file.slice(i + 1) : file;
}

function collect(root: protobuf.Root): Array<protobuf.Type | protobuf.Enum> {
  const out: Array<protobuf.Type | protobuf.Enum> = [];
  const walk = (ns: protobuf.NamespaceBase) => {
    for (const n of ns.nestedArray) {
      if (n instanceof protobuf.Type || n instanceof protobuf.Enum) out.push(n);
      else if (n instanceof protobuf.Namespace) walk(n);
      else if (n instanceof protobuf.Service) unsupported(`service ${n.fullName}`);
    }
  };
  walk(root);
  return out;
}

function emitCodec(root: protobuf.Root): string {
  const decls = collect(root);
  const out = [...header(root), 'using System;', 'using System.Collections.Generic;', '', `namespace ${NAMESPACE}`, '{'];
  decls.forEach((d, i) => {
    if (i > 0) out.push('');
    out.push(...(d instanceof protobuf.Type ? emitMessage(d) : emitEnum(d)));
  });
  out.push('}', '');
  return out.join('\n');
}

/** Test-only: each message as protobufjs's toObject({defaults, arrays, oneofs, longs: String, enums: String, bytes: String}). */
function emitJsonView(root: protobuf.Root): string {
  const decls = collect(root);
  const out = [...header(root), 'using System.Globalization;', '', 'namespace FitMe.Tests', '{', '    internal static partial class ProtoJson', '    {'];
  for (const d of decls) {
    if (d instanceof protobuf.Enum) {
      out.push(`        public static Json EnumJson(${NS}.${csharpTypeName(d.name)} v)`, '        {', '            switch ((int)v)', '            {');
      const seen = new Set<number>();
      for (const [name, value] of Object.entries(d.values)) {
        if (seen.has(value)) continue; // aliases: protobufjs names the first
        seen.add(value);
        out.push(`                case ${value}: return Json.Str("${name}");`);
      }
      out.push('                default: return Json.Num((int)v);', '            }', '        }', '');
      continue;
    }
    const fields = describe(d);
    out.push(`        public static Json ToJson(${NS}.${csharpTypeName(d.name)} m)`, '        {', '            if (m == null) return Json.Null;', '            var o = Json.Object();');
    for (const f of fields) {
      const key = JSON.stringify(f.field.name);
      const one = (v: string) => (f.message ? `ToJson(${v})` : f.scalar!.json(v));
      if (f.oneof) {
        out.push(`            if (m.${f.oneof.caseProp} == ${NS}.${csharpTypeName(d.name)}.${f.oneof.caseEnum}.${f.prop})`, '            {');
        out.push(`                o.Set(${key}, ${one(`m.${f.prop}`)});`, `                o.Set(${JSON.stringify(f.oneof.members[0].field.partOf!.name)}, Json.Str(${key}));`, '            }');
      } else if (f.field.repeated) {
        out.push('            {', '                var a = Json.Array();', `                for (int i = 0; i < m.${f.prop}.Count; i++) a.Add(${one(`m.${f.prop}[i]`)});`, `                o.Set(${key}, a);`, '            }');
      } else {
        out.push(`            o.Set(${key}, ${one(`m.${f.prop}`)});`);
      }
    }
    out.push('            return o;', '        }', '');
  }
  out.splice(out.length - 1, 1);
  out.push('    }', '}', '');
  return out.join('\n');
}

export const csharp: Emitter = {
  name: 'csharp',
  outputs(root: protobuf.Root): GeneratedFile[] {
    return [
      { path: `${PACKAGE_DIR}/${CODEC_PATH}`, contents: emitCodec(root) },
      { path: `${PACKAGE_DIR}/${CODEC_PATH}.meta`, contents: metaFor(CODEC_PATH, false) },
      { path: `${PACKAGE_DIR}/${JSON_VIEW_PATH}`, contents: emitJsonView(root) },
    ];
  },
};
