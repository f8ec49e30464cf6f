/**
 * C++ emitter: a header-only C++17 proto3 codec for the Unreal plugin's engine-agnostic core.
 *
 * The output compiles with `-fno-exceptions -fno-rtti` and uses no engine types: one struct per
 * message whose strings and bytes are views into the frame they were decoded from
 * (`std::string_view`, `BytesView`), `DecodeFields`/`EncodeFields`/`EncodedSize` overloads per
 * message, `Decode`/`Encode` entry points, enums as `enum class` with `EnumName`, and a
 * `VisitFields` template that walks a message field by field (the tests render decoded messages
 * in protobufjs's `toObject` shape with it). The wire primitives live in the hand-written
 * WireRuntime.h beside the generated header.
 */
import protobuf from 'protobufjs';
import type { Emitter, GeneratedFile } from './emitter.js';

const CORE_DIR = 'unreal-plugin/Source/FitMeAvatar/Public/FitMe/Core';
const HEADER_PATH = `${CORE_DIR}/FitMeWire.generated.h`;
const RUNTIME_INCLUDE = 'FitMe/Core/WireRuntime.h';
const NAMESPACE = 'fitme::wire';

type Wire = 'kVarint' | 'kFixed64' | 'kLengthDelimited' | 'kFixed32';

interface Scalar {
  cpp: string;
  wire: Wire;
  /** Reader member that reads one value. */
  read: string;
  /** Bytes per element when fixed-width; packed runs of these are read with ReadPackedFixed. */
  fixed?: 4 | 8;
  write: (v: string) => string;
  size: (v: string) => string;
  /** proto3 writes a singular scalar only when it differs from the default (bitwise for floats, so -0 survives). */
  isSet: (v: string) => string;
}

const varint = (cpp: string, read: string, toWire: (v: string) => string, isSet = (v: string) => `${v} != 0`): Scalar => ({
  cpp,
  wire: 'kVarint',
  read,
  write: (v) => `w.Varint(${toWire(v)});`,
  size: (v) => `VarintSize(${toWire(v)})`,
  isSet,
});
const fixed = (cpp: string, bytes: 4 | 8, read: string, toBits: (v: string) => string): Scalar => ({
  cpp,
  wire: bytes === 4 ? 'kFixed32' : 'kFixed64',
  read,
  fixed: bytes,
  write: (v) => `w.Fixed${bytes * 8}(${toBits(v)});`,
  size: () => `${bytes}`,
  isSet: (v) => `${toBits(v)} != 0`,
});

const SCALARS: Record<string, Scalar> = {
  double: fixed('double', 8, 'ReadDouble', (v) => `DoubleBits(${v})`),
  float: fixed('float', 4, 'ReadFloat', (v) => `FloatBits(${v})`),
  int32: varint('int32_t', 'ReadInt32', (v) => `Int32Wire(${v})`),
  int64: varint('int64_t', 'ReadInt64', (v) => `static_cast<uint64_t>(${v})`),
  uint32: varint('uint32_t', 'ReadUInt32', (v) => v),
  uint64: varint('uint64_t', 'ReadUInt64', (v) => v),
  sint32: varint('int32_t', 'ReadSInt32', (v) => `ZigZag32(${v})`),
  sint64: varint('int64_t', 'ReadSInt64', (v) => `ZigZag64(${v})`),
  bool: varint('bool', 'ReadBool', (v) => `(${v} ? 1u : 0u)`, (v) => v),
  fixed32: fixed('uint32_t', 4, 'ReadFixed32Value', (v) => v),
  fixed64: fixed('uint64_t', 8, 'ReadFixed64Value', (v) => v),
  sfixed32: fixed('int32_t', 4, 'ReadSFixed32', (v) => `static_cast<uint32_t>(${v})`),
  sfixed64: fixed('int64_t', 8, 'ReadSFixed64', (v) => `static_cast<uint64_t>(${v})`),
  string: {
    cpp: 'std::string_view',
    wire: 'kLengthDelimited',
    read: 'ReadString',
    write: (v) => `w.LengthDelimited(${v}.data(), ${v}.size());`,
    size: (v) => `VarintSize(${v}.size()) + ${v}.size()`,
    isSet: (v) => `!${v}.empty()`,
  },
  bytes: {
    cpp: 'BytesView',
    wire: 'kLengthDelimited',
    read: 'ReadBytes',
    write: (v) => `w.LengthDelimited(${v}.data, ${v}.size);`,
    size: (v) => `VarintSize(${v}.size) + ${v}.size`,
    isSet: (v) => `${v}.size != 0`,
  },
};

/** protobufjs camel-cases field names on load unless told not to; members are snake_case either way. */
function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pascal(upperSnake: string): string {
  return upperSnake
    .toLowerCase()
    .split('_')
    .filter((p) => p.length > 0)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

/** Schema names relative to the package, nested ones joined with '_' (C++ has no nested namespaces for them). */
function cppName(t: protobuf.ReflectionObject, pkg: string): string {
  return t.fullName.slice(pkg.length + 1).replace(/\./g, '_');
}

function comment(text: string | null | undefined, indent: string): string {
  if (!text) return '';
  return text
    .split('\n')
    .map((l) => `${indent}//${l.length > 0 ? ' ' + l : ''}\n`)
    .join('');
}

/** Every message and enum under the package, nested ones included, in declaration order. */
function collect(ns: protobuf.NamespaceBase, types: protobuf.Type[], enums: protobuf.Enum[]): void {
  for (const child of ns.nestedArray) {
    if (child instanceof protobuf.Type) {
      types.push(child);
      collect(child, types, enums);
    } else if (child instanceof protobuf.Enum) {
      enums.push(child);
    } else if (child instanceof protobuf.Namespace) {
      collect(child, types, enums);
    }
  }
}

/** Messages are held by value, so each must be complete before the messages that contain it. */
function dependencyOrder(types: protobuf.Type[]): protobuf.Type[] {
  const done = new Set<protobuf.Type>();
  const visiting = new Set<protobuf.Type>();
  const out: protobuf.Type[] = [];
  const visit = (t: protobuf.Type): void => {
    if (done.has(t)) return;
    if (visiting.has(t)) throw new Error(`protogen/cpp: ${t.fullName} is recursive; the C++ codec holds messages by value`);
    visiting.add(t);
    for (const f of t.fieldsArray) {
      if (f.resolvedType instanceof protobuf.Type) visit(f.resolvedType);
    }
    visiting.delete(t);
    done.add(t);
    out.push(t);
  };
  types.forEach(visit);
  return out;
}

class CppEmitter {
  private readonly pkg: string;
  private readonly types: protobuf.Type[];
  private readonly enums: protobuf.Enum[];

  constructor(root: protobuf.Root) {
    const types: protobuf.Type[] = [];
    const enums: protobuf.Enum[] = [];
    collect(root, types, enums);
    if (types.length === 0) throw new Error('protogen/cpp: the schema has no messages');
    this.pkg = types[0].parent!.fullName;
    this.types = dependencyOrder(types);
    this.enums = enums;
  }

  private typeName(t: protobuf.ReflectionObject): string {
    return cppName(t, this.pkg);
  }

  private scalar(f: protobuf.Field): Scalar | undefined {
    return f.resolvedType ? undefined : SCALARS[f.type];
  }

  private elementType(f: protobuf.Field): string {
    if (f.resolvedType) return this.typeName(f.resolvedType);
    const s = SCALARS[f.type];
    if (!s) throw new Error(`protogen/cpp: ${f.fullName} has unsupported type ${f.type}`);
    return s.cpp;
  }

  private isEnum(f: protobuf.Field): boolean {
    return f.resolvedType instanceof protobuf.Enum;
  }

  private isMessage(f: protobuf.Field): boolean {
    return f.resolvedType instanceof protobuf.Type;
  }

  emit(): string {
    const parts: string[] = [];
    parts.push(
      '// GENERATED by tools/protogen (the C++ emitter) from proto/fitme.proto. Do not edit: run `npm run gen`.\n' +
        '//\n' +
        '// Header-only proto3 codec, C++17, no exceptions, no RTTI, no engine types. Decoded strings and\n' +
        '// bytes are views into the frame: keep the frame alive while using them, copy what must outlive it.\n' +
        '#pragma once\n\n' +
        '#include <cstddef>\n#include <cstdint>\n#include <string_view>\n#include <vector>\n\n' +
        `#include "${RUNTIME_INCLUDE}"\n\n` +
        `namespace ${NAMESPACE} {\n\n`,
    );
    for (const e of this.enums) parts.push(this.emitEnum(e));
    for (const t of this.types) parts.push(this.emitStruct(t));
    parts.push('// ---------------------------------------------------------------------------------------------\n');
    parts.push('// Codec\n\n');
    for (const t of this.types) {
      const n = this.typeName(t);
      parts.push(`inline bool DecodeFields(Reader& r, ${n}& m);\n`);
      parts.push(`inline size_t EncodedSize(const ${n}& m);\n`);
      parts.push(`inline void EncodeFields(const ${n}& m, Writer& w);\n`);
    }
    parts.push('\n');
    for (const t of this.types) {
      parts.push(this.emitDecode(t));
      parts.push(this.emitSize(t));
      parts.push(this.emitEncode(t));
      parts.push(this.emitVisit(t));
    }
    parts.push(
      '// Decodes one message from `size` bytes at `data`; `out` is reset first. On error `out` holds what\n' +
        '// was decoded before the error and must not be trusted.\n' +
        'template <typename Message>\n' +
        'DecodeResult Decode(const uint8_t* data, size_t size, Message& out) {\n' +
        '  out = Message();\n' +
        '  Reader r(data, size);\n' +
        '  DecodeFields(r, out);\n' +
        '  return r.Result();\n' +
        '}\n\n' +
        '// Replaces the contents of `out` with the canonical encoding of `m`.\n' +
        'template <typename Message>\n' +
        'void Encode(const Message& m, std::vector<uint8_t>& out) {\n' +
        '  out.clear();\n' +
        '  out.reserve(EncodedSize(m));\n' +
        '  Writer w(out);\n' +
        '  EncodeFields(m, w);\n' +
        '}\n\n' +
        `}  // namespace ${NAMESPACE}\n`,
    );
    return parts.join('');
  }

  private emitEnum(e: protobuf.Enum): string {
    const name = this.typeName(e);
    const prefix = `${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_`;
    const seen = new Map<number, string>();
    const rows: string[] = [];
    const names: string[] = [];
    for (const [valueName, value] of Object.entries(e.values)) {
      if (seen.has(value)) throw new Error(`protogen/cpp: ${e.fullName} aliases ${valueName} and ${seen.get(value)}`);
      seen.set(value, valueName);
      const member = `k${pascal(valueName.startsWith(prefix) ? valueName.slice(prefix.length) : valueName)}`;
      rows.push(comment(e.comments[valueName], '  ') + `  ${member} = ${value},\n`);
      names.push(`    case ${name}::${member}: return "${valueName}";\n`);
    }
    return (
      comment(e.comment, '') +
      `enum class ${name} : int32_t {\n${rows.join('')}};\n\n` +
      `// The schema's name of a value, or nullptr for a value this schema does not know.\n` +
      `inline const char* EnumName(${name} v) {\n  switch (v) {\n${names.join('')}  }\n  return nullptr;\n}\n\n`
    );
  }

  private emitStruct(t: protobuf.Type): string {
    const name = this.typeName(t);
    const members: string[] = [];
    const taken = new Set<string>();
    const claim = (member: string): string => {
      if (taken.has(member)) throw new Error(`protogen/cpp: ${t.fullName} would have two members named ${member}`);
      taken.add(member);
      return member;
    };
    const extra: string[] = [];
    for (const o of t.oneofsArray) {
      const caseType = `${pascal(snake(o.name))}Case`;
      const caseMember = claim(`${snake(o.name)}_case`);
      const rows = [`    kNotSet = 0,\n`, ...o.fieldsArray.map((f) => `    k${pascal(snake(f.name))} = ${f.id},\n`)];
      members.push(`  enum class ${caseType} : uint32_t {\n${rows.join('')}  };\n`);
      members.push(`  ${caseType} ${caseMember} = ${caseType}::kNotSet;\n`);
      for (const f of o.fieldsArray) {
        const member = snake(f.name);
        extra.push(
          `  ${this.elementType(f)}& mutable_${member}() {\n` +
            `    ${caseMember} = ${caseType}::k${pascal(member)};\n    return ${member};\n  }\n`,
        );
      }
    }
    for (const f of t.fieldsArray) {
      const member = claim(snake(f.name));
      const type = this.elementType(f);
      let decl: string;
      if (f.repeated) decl = `std::vector<${type}> ${member};`;
      else if (this.isMessage(f) && !f.partOf) decl = `bool ${claim(`has_${member}`)} = false;\n  ${type} ${member};`;
      else if (this.isMessage(f)) decl = `${type} ${member};  // valid when ${snake(f.partOf!.name)}_case says so`;
      else if (this.isEnum(f)) decl = `${type} ${member} = static_cast<${type}>(0);`;
      else if (f.type === 'bool') decl = `bool ${member} = false;`;
      else if (f.type === 'string' || f.type === 'bytes') decl = `${type} ${member};`;
      else decl = `${type} ${member} = 0;`;
      members.push(comment(f.comment, '  ') + `  ${decl}\n`);
    }
    return (
      comment(t.comment, '') +
      `struct ${name} {\n  static constexpr const char* kTypeName = "${t.fullName.slice(1)}";\n\n` +
      members.join('') +
      (extra.length > 0 ? '\n' + extra.join('') : '') +
      '};\n\n'
    );
  }

  private decodeCase(t: protobuf.Type, f: protobuf.Field): string {
    const m = `m.${snake(f.name)}`;
    const lines: string[] = [];
    const ret = (call: string) => `if (!${call}) return false;`;
    if (f.partOf) {
      const o = snake(f.partOf.name);
      const caseType = `${this.typeName(t)}::${pascal(o)}Case`;
      lines.push(`m.${o}_case = ${caseType}::k${pascal(snake(f.name))};`);
      lines.push(`${m} = ${this.elementType(f)}();`);
    }
    const decodeLambda = `[](Reader& s, ${this.elementType(f)}& x) { return DecodeFields(s, x); }`;
    if (this.isMessage(f)) {
      if (f.repeated) {
        lines.push(`${m}.emplace_back();`, ret(`r.ReadMessage(${m}.back(), ${decodeLambda})`));
      } else {
        if (!f.partOf) lines.push(`m.has_${snake(f.name)} = true;`, `${m} = ${this.elementType(f)}();`);
        lines.push(ret(`r.ReadMessage(${m}, ${decodeLambda})`));
      }
      return this.caseBlock(f.id, [['kLengthDelimited', lines]]);
    }
    if (this.isEnum(f)) {
      if (f.repeated) {
        return this.caseBlock(f.id, [
          ['kLengthDelimited', [ret(`r.ReadPackedEnum(${m})`)]],
          ['kVarint', [`${m}.emplace_back();`, ret(`r.ReadEnum(${m}.back())`)]],
        ]);
      }
      return this.caseBlock(f.id, [['kVarint', [...lines, ret(`r.ReadEnum(${m})`)]]]);
    }
    const s = this.scalar(f)!;
    if (f.repeated && s.wire !== 'kLengthDelimited') {
      const packed = s.fixed ? `r.ReadPackedFixed(${m})` : `r.ReadPackedVarint(${m}, &Reader::${s.read})`;
      return this.caseBlock(f.id, [
        ['kLengthDelimited', [ret(packed)]],
        [s.wire, [`${s.cpp} v{};`, ret(`r.${s.read}(v)`), `${m}.push_back(v);`]],
      ]);
    }
    if (f.repeated) return this.caseBlock(f.id, [[s.wire, [`${m}.emplace_back();`, ret(`r.${s.read}(${m}.back())`)]]]);
    return this.caseBlock(f.id, [[s.wire, [...lines, ret(`r.${s.read}(${m})`)]]]);
  }

  /** A field number's case: each accepted wire type reads and continues; any other is refused. */
  private caseBlock(id: number, accepted: [Wire, string[]][]): string {
    const body = accepted
      .map(([wire, lines]) => `        if (type == WireType::${wire}) {\n${lines.map((l) => `          ${l}\n`).join('')}          continue;\n        }\n`)
      .join('');
    return `      case ${id}:\n${body}        return r.WrongWireType();\n`;
  }

  private emitDecode(t: protobuf.Type): string {
    const n = this.typeName(t);
    const cases = t.fieldsArray.map((f) => this.decodeCase(t, f)).join('');
    const sw = cases.length > 0 ? `    switch (field) {\n${cases}      default:\n        break;\n    }\n` : '';
    return (
      `inline bool DecodeFields(Reader& r, ${n}& m) {\n` +
      (cases.length > 0 ? '' : '  (void)m;\n') +
      '  while (!r.AtEnd()) {\n' +
      '    uint32_t field = 0;\n    WireType type = WireType::kVarint;\n' +
      '    if (!r.ReadTag(field, type)) return false;\n' +
      sw +
      '    if (!r.Skip(type)) return false;\n' +
      '  }\n  return true;\n}\n\n'
    );
  }

  /** Fields in field-number order, as protobufjs writes them. */
  private byId(t: protobuf.Type): protobuf.Field[] {
    return t.fieldsArray.slice().sort((a, b) => a.id - b.id);
  }

  private presence(t: protobuf.Type, f: protobuf.Field): string {
    const m = `m.${snake(f.name)}`;
    if (f.partOf) {
      const o = snake(f.partOf.name);
      return `m.${o}_case == ${this.typeName(t)}::${pascal(o)}Case::k${pascal(snake(f.name))}`;
    }
    if (f.repeated) return `!${m}.empty()`;
    if (this.isMessage(f)) return `m.has_${snake(f.name)}`;
    if (this.isEnum(f)) return `static_cast<int32_t>(${m}) != 0`;
    return this.scalar(f)!.isSet(m);
  }

  private emitSize(t: protobuf.Type): string {
    const n = this.typeName(t);
    const lines: string[] = [];
    for (const f of this.byId(t)) {
      const m = `m.${snake(f.name)}`;
      const tag = `TagSize(${f.id})`;
      let body: string;
      if (this.isMessage(f)) {
        body = f.repeated
          ? `for (const auto& e : ${m}) {\n      const size_t s = EncodedSize(e);\n      size += ${tag} + VarintSize(s) + s;\n    }`
          : `const size_t s = EncodedSize(${m});\n    size += ${tag} + VarintSize(s) + s;`;
      } else if (this.isEnum(f)) {
        body = f.repeated
          ? `size_t payload = 0;\n    for (const auto e : ${m}) payload += VarintSize(Int32Wire(static_cast<int32_t>(e)));\n    size += ${tag} + VarintSize(payload) + payload;`
          : `size += ${tag} + VarintSize(Int32Wire(static_cast<int32_t>(${m})));`;
      } else {
        const s = this.scalar(f)!;
        if (f.repeated && s.wire === 'kLengthDelimited') {
          body = `for (const auto& e : ${m}) size += ${tag} + ${s.size('e')};`;
        } else if (f.repeated && s.fixed) {
          body = `const size_t payload = ${m}.size() * ${s.fixed};\n    size += ${tag} + VarintSize(payload) + payload;`;
        } else if (f.repeated) {
          body = `size_t payload = 0;\n    for (const auto e : ${m}) payload += ${s.size('e')};\n    size += ${tag} + VarintSize(payload) + payload;`;
        } else {
          body = `size += ${tag} + ${s.size(m)};`;
        }
      }
      lines.push(`  if (${this.presence(t, f)}) {\n    ${body}\n  }\n`);
    }
    return (
      `inline size_t EncodedSize(const ${n}& m) {\n` +
      (lines.length > 0 ? '  size_t size = 0;\n' + lines.join('') + '  return size;\n' : '  (void)m;\n  return 0;\n') +
      '}\n\n'
    );
  }

  private emitEncode(t: protobuf.Type): string {
    const n = this.typeName(t);
    const lines: string[] = [];
    for (const f of this.byId(t)) {
      const m = `m.${snake(f.name)}`;
      const tag = (wire: Wire) => `w.Tag(${f.id}, WireType::${wire});`;
      let body: string;
      if (this.isMessage(f)) {
        const one = (v: string) => `${tag('kLengthDelimited')}\n    w.Varint(EncodedSize(${v}));\n    EncodeFields(${v}, w);`;
        body = f.repeated ? `for (const auto& e : ${m}) {\n    ${one('e')}\n    }` : one(m);
      } else if (this.isEnum(f)) {
        body = f.repeated
          ? `size_t payload = 0;\n    for (const auto e : ${m}) payload += VarintSize(Int32Wire(static_cast<int32_t>(e)));\n    ${tag('kLengthDelimited')}\n    w.Varint(payload);\n    for (const auto e : ${m}) w.Varint(Int32Wire(static_cast<int32_t>(e)));`
          : `${tag('kVarint')}\n    w.Varint(Int32Wire(static_cast<int32_t>(${m})));`;
      } else {
        const s = this.scalar(f)!;
        if (f.repeated && s.wire === 'kLengthDelimited') {
          body = `for (const auto& e : ${m}) {\n      ${tag(s.wire)}\n      ${s.write('e')}\n    }`;
        } else if (f.repeated && s.fixed) {
          body = `${tag('kLengthDelimited')}\n    w.Varint(${m}.size() * ${s.fixed});\n    for (const auto e : ${m}) ${s.write('e')}`;
        } else if (f.repeated) {
          body = `size_t payload = 0;\n    for (const auto e : ${m}) payload += ${s.size('e')};\n    ${tag('kLengthDelimited')}\n    w.Varint(payload);\n    for (const auto e : ${m}) ${s.write('e')}`;
        } else {
          body = `${tag(s.wire)}\n    ${s.write(m)}`;
        }
      }
      lines.push(`  if (${this.presence(t, f)}) {\n    ${body}\n  }\n`);
    }
    return (
      `inline void EncodeFields(const ${n}& m, Writer& w) {\n` +
      (lines.length > 0 ? lines.join('') : '  (void)m;\n  (void)w;\n') +
      '}\n\n'
    );
  }

  /**
   * Visitor protocol, by the kind of field (`json` is protobufjs's camel-case name):
   *   v.Field(json, value)                       singular scalar or enum
   *   v.Message(json, present, message)          singular message outside a oneof
   *   v.Repeated(json, vector)                   repeated field of any element type
   *   v.OneofMember(oneof, json, active, value)  member of a oneof
   */
  private emitVisit(t: protobuf.Type): string {
    const n = this.typeName(t);
    const lines = t.fieldsArray.map((f) => {
      const json = protobuf.util.camelCase(f.name);
      const m = `m.${snake(f.name)}`;
      if (f.partOf) return `  v.OneofMember("${f.partOf.name}", "${json}", ${this.presence(t, f)}, ${m});\n`;
      if (f.repeated) return `  v.Repeated("${json}", ${m});\n`;
      if (this.isMessage(f)) return `  v.Message("${json}", m.has_${snake(f.name)}, ${m});\n`;
      return `  v.Field("${json}", ${m});\n`;
    });
    return (
      `template <typename Visitor>\nvoid VisitFields(const ${n}& m, Visitor& v) {\n` +
      (lines.length > 0 ? lines.join('') : '  (void)m;\n  (void)v;\n') +
      '}\n\n'
    );
  }
}

export const cpp: Emitter = {
  name: 'cpp',
  outputs(root: protobuf.Root): GeneratedFile[] {
    return [{ path: HEADER_PATH, contents: new CppEmitter(root).emit() }];
  },
};
