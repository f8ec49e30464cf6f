/**
 * Writes the golden wire vectors in test/vectors/: binary Envelopes made by the TypeScript encoder
 * (protobufjs) plus hand-built edge cases, and manifest.json with the expected decoded values.
 * The C# (unity-package) and C++ (unreal-plugin) codecs decode these and must re-encode the
 * `reencoded` bytes exactly. Usage: node dist/tools/vectors/write.js [outDir] (default test/vectors).
 *
 * `decoded` is protobufjs's toObject with every field present (defaults: true), uint64 as decimal
 * strings, enums by name (a number when the value is unknown to the schema), bytes as base64, and
 * non-finite floats as the strings "NaN", "Infinity", "-Infinity" (JSON has no such numbers), and
 * the oneof's case under the extra key "body" (absent when no member is set).
 */
import fs from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import Long from 'long';
import { v1, decodeEnvelope, encodeEnvelope, type Envelope, type IEnvelope } from '../../server/stream/wire.js';
import { ROOT } from '../../test/support/daemon.js';
import { writeBadFrames } from './bad-frames.js';

interface Vector {
  name: string;
  notes: string;
  bytes: Uint8Array;
  expect: 'ok' | 'error';
}

const W = () => protobuf.Writer.create();
/** Tag for field `n` with wire type `t`. */
const tag = (n: number, t: number) => (n << 3) | t;

function bytesOf(len: number, seed: number): Uint8Array {
  const b = new Uint8Array(len);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < len; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const ok = (name: string, notes: string, env: IEnvelope): Vector => ({ name, notes, bytes: encodeEnvelope(env), expect: 'ok' });

function vectors(): Vector[] {
  const token = 'f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff';
  const hello: IEnvelope = { requestId: 1, hello: { protocolVersion: 1, clientName: 'fitme-unity', clientVersion: '0.1.0', token, sparseMorphTargets: true } };
  const primitive = {
    name: 'face',
    positions: [0, 0.1, 0.05, -0.03, 0.02, 0.08, 0.03, 0.02, 0.08],
    normals: [0, 0, 1, 0, 0, 1, 0, 0, 1],
    tangents: [1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, -1],
    uvs: [0.5, 0.1, 0.25, 0.5, 0.75, 0.5],
    indices: [0, 1, 2, 70000, 4294967295, 1],
    material: 0,
    targets: [{ positionDeltas: [0, -0.01, 0, 0, 0, 0, 0, 0, 0], normalDeltas: [] }],
  };
  const list: Vector[] = [
    ok('hello_basic', 'handshake as the Unity plugin sends it', hello),
    ok('welcome_full', 'every Welcome field, including a uint64 limit above 2^32', {
      requestId: 1,
      welcome: {
        protocolVersion: 1,
        serverVersion: '0.1.0',
        models: [
          { id: 'mediapipe-canonical', description: 'MediaPipe canonical face mesh', vertexCount: 468, triangleCount: 898 },
          { id: 'ict-facekit', description: 'ICT-FaceKit full head', vertexCount: 26719, triangleCount: 52000, morphTargetNames: ['jawOpen', 'eyeBlinkLeft'] },
        ],
        defaultModel: 'mediapipe-canonical',
        backend: 'wasm',
        limits: { maxFrameBytes: 268435456, maxPhotos: 8, maxPhotoPixels: Long.fromString('5000000000', true), minTextureSize: 256, maxTextureSize: 4096, maxChunkBytes: 1048576, maxQueuedJobs: 16 },
      },
    }),
    ok('generate_two_photos', 'a request with two photos and packed enum list', {
      requestId: 2,
      generate: {
        photos: [
          { data: bytesOf(40, 1), name: 'front.jpg' },
          { data: bytesOf(25, 2), name: 'side.png', faceIndex: 2 },
        ],
        options: { model: 'mediapipe-canonical', textureSize: 2048, maps: [1, 5], preview: true, previewRateHz: 2.5, previewVertices: true, reflectancePreset: v1.ReflectancePreset.REFLECTANCE_PRESET_QUALITY },
      },
    }),
    ok('accepted_uint64_max', 'request_id = 2^64-1 must survive a round trip', {
      requestId: Long.MAX_UNSIGNED_VALUE,
      accepted: { jobId: 'j-20261125-041500-000001', queuePosition: 3 },
    }),
    ok('accepted_above_2_53', 'request_id = 2^53+1 is not exactly representable as a double', {
      requestId: Long.fromString('9007199254740993', true),
      accepted: { jobId: 'j-1', queuePosition: 0 },
    }),
    ok('progress_unicode', 'non-ASCII UTF-8 (2-, 3- and 4-byte sequences) in a string', {
      progress: { jobId: 'j-1', stage: v1.Stage.STAGE_GEOMETRY, fraction: 0.375, message: 'Gesicht gefunden ✓ 顔 🙂' },
    }),
    ok('preview_maps', 'preview frame with vertex positions and a low-resolution map', {
      preview: {
        jobId: 'j-1', iteration: 12, image: bytesOf(300, 3), imageEncoding: 'image/jpeg', width: 256, height: 192, photoIndex: 1,
        positions: [0.5, -0.25, 1e-8, -0, 3.4028234663852886e38, -1.1754943508222875e-38],
        maps: [{ kind: v1.MapKind.MAP_KIND_ALBEDO, width: 64, height: 64, encoding: 'image/png', colorSpace: v1.ColorSpace.COLOR_SPACE_SRGB, data: bytesOf(100, 4) }],
      },
    }),
    ok('mesh_full', 'a mesh with every field, a morph target and two materials; indices above 2^16 and 2^32-1', {
      mesh: {
        jobId: 'j-1', name: 'avatar', primitives: [primitive], lod: 1, targetNames: ['jawOpen'],
        materials: [
          { name: 'skin', baseColorFactor: [1, 1, 1, 1], metallic: 0, roughness: 0.55, specularFactor: 1, baseColorTexture: 1, normalTexture: 3, specularTexture: 2, roughnessTexture: 4 },
          { name: 'eyes', roughness: 0.1 },
        ],
      },
    }),
    ok('mesh_sparse_targets', 'sparse morph targets (for a client that set Hello.sparse_morph_targets): one moving vertices 0 and 2, one moving nothing', {
      mesh: {
        jobId: 'j-1', name: 'avatar', targetNames: ['jawOpen', 'eyeBlinkLeft'],
        primitives: [{
          ...primitive,
          targets: [
            { vertices: [0, 2], positionDeltas: [0, -0.01, 0.002, 1e-7, 0, -0], normalDeltas: [0, 0.1, 0, 0, 0, 0.05] },
            {},
          ],
        }],
      },
    }),
    ok('texture_begin', 'texture header with a 64-bit total size and a SHA-256', {
      textureBegin: {
        jobId: 'j-1', textureId: 1, kind: v1.MapKind.MAP_KIND_NORMAL, width: 4096, height: 4096, encoding: 'image/png',
        colorSpace: v1.ColorSpace.COLOR_SPACE_LINEAR, bitDepth: 16, channels: 3, totalBytes: Long.fromString('6442450944', true),
        chunkCount: 6144, crc32: 0xdeadbeef, sha256: bytesOf(32, 5),
      },
    }),
    ok('texture_chunk_large', 'a 70,000-byte chunk: its length prefix needs a 3-byte varint', {
      textureChunk: { jobId: 'j-1', textureId: 1, index: 5, offset: 5 * 1048576, data: bytesOf(70000, 6), crc32: 4294967295 },
    }),
    ok('completed_full', 'completion with timings (doubles), cameras, SH lighting and landmarks', {
      completed: {
        jobId: 'j-1',
        summary: {
          model: 'mediapipe-canonical', vertexCount: 468, triangleCount: 898, textureSize: 1024, durationMs: 1234.5678,
          timings: [{ stage: v1.Stage.STAGE_DECODE, ms: 12.25 }, { stage: v1.Stage.STAGE_EXPORT, ms: 0.1 }],
          warnings: ['several-faces'], glbSha256: 'ab'.repeat(32), reflectancePreset: v1.ReflectancePreset.REFLECTANCE_PRESET_FAST, reflectanceIterations: 40,
        },
        photos: [{
          photoIndex: 0,
          camera: { width: 1024, height: 768, fx: 900, fy: 900, cx: 512, cy: 384, rotation: [0, 0.0998, 0, 0.995], translation: [0.01, -0.02, -0.6] },
          lighting: { sh: Array.from({ length: 27 }, (_, i) => (i % 9 === 0 ? 0.9 : 0.01 * (i % 9) - 0.04)) },
          landmarks: [100.5, 200.25, 110, 210], landmarkError: 0.021, coverage: 0.73,
        }],
      },
    }),
    ok('failure_photo', 'a failure naming the photo at fault', {
      requestId: 7, failure: { jobId: 'j-2', code: v1.ErrorCode.ERROR_CODE_NO_FACE, message: 'photo 1 (side.png): no face found', photoIndex: 0, hasPhotoIndex: true },
    }),
    ok('cancel', 'cancel a job', { requestId: 8, cancel: { jobId: 'j-1' } }),
    ok('fetch', 'fetch a finished job again, without textures', { requestId: 9, fetch: { jobId: 'j-1', skipTextures: true } }),
    ok('warning', 'a warning', { warning: { jobId: 'j-1', code: 'several-faces', message: '2 faces found; using the largest' } }),
    { name: 'empty_envelope', notes: 'zero bytes: a valid, empty Envelope with no body', bytes: new Uint8Array(0), expect: 'ok' },
    ok('empty_oneof_member', 'the oneof member is present but is an empty message (written as tag + length 0)', { cancel: {} }),
    ok('enum_unknown_value', 'an enum value this schema does not know (a newer sender) is kept as its number', {
      progress: { jobId: 'j-1', stage: 99 as unknown as number, fraction: 1 },
    }),
    ok('float_specials', 'negative zero, infinities and NaN in float and double fields', {
      completed: {
        jobId: 'j-3',
        summary: { durationMs: Number.POSITIVE_INFINITY, timings: [{ stage: 1, ms: Number.NaN }] },
        photos: [{ photoIndex: 0, landmarks: [-0, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NaN], landmarkError: -1.5 }],
      },
    }),
  ];

  // Hand-built wire edge cases.
  {
    // Unknown fields of every wire type, at the top level and inside a nested message.
    const nested = W()
      .uint32(tag(1, 0)).uint32(1) // protocol_version
      .uint32(tag(90, 0)).uint64(Long.fromString('18446744073709551615', true)) // unknown varint
      .uint32(tag(91, 1)).fixed64(Long.fromNumber(42)) // unknown fixed64
      .uint32(tag(92, 2)).bytes(bytesOf(10, 7)) // unknown length-delimited
      .uint32(tag(93, 5)).fixed32(7) // unknown fixed32
      .uint32(tag(2, 2)).string('fitme-unreal')
      .uint32(tag(4, 2)).string(token)
      .finish();
    const env = W()
      .uint32(tag(1, 0)).uint64(5)
      .uint32(tag(500, 2)).bytes(bytesOf(7, 8)) // unknown length-delimited, large field number
      .uint32(tag(10, 2)).bytes(nested)
      .uint32(tag(501, 0)).uint32(300) // unknown varint after the oneof
      .uint32(tag(502, 5)).fixed32(0xffffffff)
      .uint32(tag(503, 1)).fixed64(Long.fromNumber(1))
      .finish();
    list.push({ name: 'unknown_fields', notes: 'unknown fields of wire types 0, 1, 2, 5 at top level and nested: skipped on decode, dropped on re-encode', bytes: env, expect: 'ok' });
  }
  {
    // Repeated scalars written unpacked (one tag per element), as proto2-era encoders do.
    const prim = W().uint32(tag(1, 2)).string('unpacked');
    for (const f of [0.5, -1, 2]) prim.uint32(tag(2, 5)).float(f);
    for (const u of [0, 70000, 2]) prim.uint32(tag(6, 0)).uint32(u);
    // Then a packed run of the same field: readers must concatenate both forms.
    prim.uint32(tag(6, 2)).fork().uint32(3).uint32(4).ldelim();
    const mesh = W().uint32(tag(1, 2)).string('j-1').uint32(tag(3, 2)).bytes(prim.finish()).finish();
    const opts = W().uint32(tag(3, 0)).uint32(1).uint32(tag(3, 0)).uint32(3).finish();
    const gen = W().uint32(tag(2, 2)).bytes(opts).finish();
    list.push({ name: 'unpacked_repeated', notes: 'repeated float/uint32/enum fields sent unpacked, then mixed with a packed run: all accepted, re-encoded packed', bytes: W().uint32(tag(16, 2)).bytes(mesh).finish(), expect: 'ok' });
    list.push({ name: 'unpacked_enum_list', notes: 'repeated enum (Options.maps) sent unpacked', bytes: W().uint32(tag(1, 0)).uint32(3).uint32(tag(12, 2)).bytes(gen).finish(), expect: 'ok' });
  }
  {
    // Fields in reverse order; the same scalar twice (last one wins).
    const acc = W().uint32(tag(2, 0)).uint32(9).uint32(tag(1, 2)).string('j-9').uint32(tag(2, 0)).uint32(4).finish();
    list.push({ name: 'reordered_and_repeated_scalar', notes: 'fields out of order and a scalar given twice: the last value wins', bytes: W().uint32(tag(13, 2)).bytes(acc).uint32(tag(1, 0)).uint32(77).finish(), expect: 'ok' });
    const two = W().uint32(tag(21, 2)).bytes(v1.CancelJob.encode({ jobId: 'a' }).finish()).uint32(tag(22, 2)).bytes(v1.FetchResult.encode({ jobId: 'b' }).finish()).finish();
    list.push({ name: 'oneof_last_wins', notes: 'two members of the oneof: the last one wins', bytes: two, expect: 'ok' });
  }
  {
    const full = encodeEnvelope(hello);
    list.push({ name: 'truncated_in_varint', notes: 'ends inside the request_id varint', bytes: Uint8Array.from([0x08, 0x80]), expect: 'error' });
    list.push({ name: 'truncated_in_length', notes: 'a length-delimited field promises more bytes than remain', bytes: full.subarray(0, full.length - 5), expect: 'error' });
    list.push({ name: 'truncated_after_tag', notes: 'ends right after a tag', bytes: Uint8Array.from([0x52]), expect: 'error' });
    const chunk = encodeEnvelope({ textureChunk: { jobId: 'j', data: bytesOf(20, 9), crc32: 1 } });
    list.push({ name: 'truncated_nested', notes: 'the nested message is cut short, the outer length is consistent', bytes: W().uint32(tag(18, 2)).bytes(chunk.subarray(3, 12)).finish(), expect: 'error' });
    list.push({ name: 'truncated_fixed32', notes: 'ends inside a fixed32', bytes: Uint8Array.from([0x7a, 0x05, 0x1d, 0x00, 0x00, 0x80]), expect: 'error' });
    list.push({ name: 'invalid_wire_type', notes: 'an unknown field (99) with wire type 7, which does not exist: it cannot be skipped', bytes: Uint8Array.from([0x9f, 0x06, 0x01]), expect: 'error' });
    list.push({ name: 'varint_too_long', notes: 'a varint of 11 bytes', bytes: Uint8Array.from([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), expect: 'error' });
    list.push({ name: 'length_beyond_frame', notes: 'a length prefix of 2^32-1 in a 6-byte frame: must fail without allocating', bytes: Uint8Array.from([0x52, 0xff, 0xff, 0xff, 0xff, 0x0f]), expect: 'error' });
  }
  return list;
}

/** JSON-safe decoded form, as documented at the top of this file. */
export function decodedJson(bytes: Uint8Array): unknown {
  const obj = v1.Envelope.toObject(canonicalDecode(bytes), { longs: String, enums: String, bytes: String, defaults: true, arrays: true, oneofs: true });
  return JSON.parse(JSON.stringify(obj, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
}

/**
 * Decodes as every proto3 codec here must (server/stream/wire.ts keeps only the last oneof member):
 * a scalar equal to its default is absent whether or not it was on the wire (protobufjs keeps it,
 * and would write it again). Encoding the result gives the canonical bytes C# and C++ write too.
 */
export function canonicalDecode(bytes: Uint8Array): Envelope {
  const env = decodeEnvelope(bytes);
  dropDefaults(env as unknown as Record<string, unknown>, envelopeType());
  return env;
}

/** The schema by reflection (the static codec carries none), from the same proto file. */
let envelope: protobuf.Type | undefined;
function envelopeType(): protobuf.Type {
  envelope ??= protobuf.loadSync(path.join(ROOT, 'proto/fitme.proto')).lookupType('fitme.v1.Envelope');
  return envelope;
}

function dropDefaults(msg: Record<string, unknown>, type: protobuf.Type): void {
  for (const f of type.fieldsArray) {
    const v = msg[f.name];
    if (v == null) continue;
    f.resolve();
    if (f.resolvedType instanceof protobuf.Type) {
      for (const m of f.repeated ? (v as Record<string, unknown>[]) : [v as Record<string, unknown>]) dropDefaults(m, f.resolvedType);
    } else if (!f.repeated && !f.partOf && isDefault(v)) {
      delete msg[f.name];
    }
  }
}

function isDefault(v: unknown): boolean {
  if (typeof v === 'number') return v === 0 && !Object.is(v, -0);
  if (typeof v === 'string') return v === '';
  if (typeof v === 'boolean') return !v;
  if (v instanceof Uint8Array) return v.length === 0;
  if (Long.isLong(v)) return (v as Long).isZero();
  return false;
}

export function writeVectors(outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = { schema: 'proto/fitme.proto', message: 'fitme.v1.Envelope', vectors: [] as unknown[] };
  const written: string[] = [];
  for (const v of vectors()) {
    const file = `${v.name}.bin`;
    fs.writeFileSync(path.join(outDir, file), v.bytes);
    written.push(file);
    if (v.expect === 'error') {
      // The TypeScript decoder must agree before the vector is published.
      let failed = false;
      try {
        decodeEnvelope(v.bytes);
      } catch {
        failed = true;
      }
      if (!failed) throw new Error(`vector ${v.name} should fail to decode but the TypeScript decoder accepts it`);
      manifest.vectors.push({ name: v.name, file, expect: 'error', notes: v.notes });
      continue;
    }
    const reencoded = v1.Envelope.encode(canonicalDecode(v.bytes)).finish();
    const same = Buffer.compare(Buffer.from(reencoded), Buffer.from(v.bytes)) === 0;
    const reFile = same ? file : `${v.name}.reencoded.bin`;
    if (!same) {
      fs.writeFileSync(path.join(outDir, reFile), reencoded);
      written.push(reFile);
    }
    manifest.vectors.push({ name: v.name, file, expect: 'ok', decoded: decodedJson(v.bytes), reencoded: reFile, notes: v.notes });
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  written.push('manifest.json');
  written.push(...writeBadFrames(outDir, (b) => v1.Envelope.encode(canonicalDecode(b)).finish()));
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'test/vectors';
  const files = writeVectors(out);
  console.log(`wrote ${files.length} files to ${out}`);
}
