/**
 * Mesh frames written with their big arrays as blocks. protobufjs's generated encoder writes a
 * packed float field one element at a time, each a queued operation object: a full-head avatar's
 * three LODs with 51 morph targets are some 20 million of them, and building and collecting those
 * took four seconds between the end of a fit and its first Mesh frame. Here a packed float field
 * is its Float32Array's little-endian bytes (the same bytes on the wire) and a packed uint32 field
 * one block of varints; everything else goes through the generated encoders, and the frame comes
 * out byte for byte as v1.Envelope.encode would write it (test/stream/mesh-frame.test.ts).
 */
import protobuf from 'protobufjs/minimal.js';
import { fitme } from './gen/fitme.js';

type Writer = protobuf.Writer;
type IEnvelope = fitme.v1.IEnvelope;

/** Typed arrays hold floats in the platform's byte order; protobuf's is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 0x3f;

/** The Envelope carrying `env.mesh` (and its request id, if any), encoded. */
export function encodeMeshEnvelope(env: IEnvelope): Uint8Array {
  const w = protobuf.Writer.create();
  if (has(env, 'requestId')) w.uint32(8).uint64(env.requestId!);
  w.uint32(130).fork(); // field 16, length-delimited
  mesh(w, env.mesh!);
  w.ldelim();
  return w.finish();
}

function mesh(w: Writer, m: fitme.v1.IMesh): void {
  if (has(m, 'jobId')) w.uint32(10).string(m.jobId!);
  if (has(m, 'name')) w.uint32(18).string(m.name!);
  for (const p of m.primitives ?? []) {
    w.uint32(26).fork();
    primitive(w, p);
    w.ldelim();
  }
  for (const material of m.materials ?? []) fitme.v1.Material.encode(material, w.uint32(34).fork()).ldelim();
  for (const name of m.targetNames ?? []) w.uint32(42).string(name);
  if (has(m, 'lod')) w.uint32(48).uint32(m.lod!);
}

function primitive(w: Writer, p: fitme.v1.IPrimitive): void {
  if (has(p, 'name')) w.uint32(10).string(p.name!);
  floats(w, 18, p.positions);
  floats(w, 26, p.normals);
  floats(w, 34, p.tangents);
  floats(w, 42, p.uvs);
  varints(w, 50, p.indices);
  if (has(p, 'material')) w.uint32(56).uint32(p.material!);
  for (const t of p.targets ?? []) {
    w.uint32(66).fork();
    floats(w, 10, t.positionDeltas);
    floats(w, 18, t.normalDeltas);
    varints(w, 26, t.vertices);
    w.ldelim();
  }
}

/** As the generated encoders decide: set, and set on the message itself (decoded messages keep defaults on the prototype). */
function has<T extends object>(m: T, key: keyof T & string): boolean {
  return m[key] != null && Object.hasOwn(m, key);
}

function floats(w: Writer, tag: number, values: ArrayLike<number> | null | undefined): void {
  if (!values || values.length === 0) return;
  if (!LITTLE_ENDIAN) {
    w.uint32(tag).fork();
    for (let i = 0; i < values.length; i++) w.float(values[i]);
    w.ldelim();
    return;
  }
  const f = values instanceof Float32Array ? values : Float32Array.from(values);
  w.uint32(tag).bytes(new Uint8Array(f.buffer, f.byteOffset, f.byteLength));
}

function varints(w: Writer, tag: number, values: ArrayLike<number> | null | undefined): void {
  if (!values || values.length === 0) return;
  const out = new Uint8Array(5 * values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i] >>> 0;
    while (v > 127) {
      out[n++] = (v & 127) | 128;
      v >>>= 7;
    }
    out[n++] = v;
  }
  w.uint32(tag).bytes(out.subarray(0, n));
}
