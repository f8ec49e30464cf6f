/**
 * The TypeScript side of the wire format: protobufjs static code generated from proto/fitme.proto
 * (scripts/gen-wire-ts.sh), plus the few helpers every sender and receiver needs.
 */
import zlib from 'node:zlib';
import Long from 'long';
import { fitme } from './gen/fitme.js';
import { WireError } from './wire-error.js';
import { canonicalVarints } from './wire-canonical.js';
import { encodeMeshEnvelope } from './mesh-frame.js';
import { wellFormedStrings } from './well-formed.js';
import { scanEnvelope } from './wire-scan.js';
import { envelopeRule } from './wire-schema.js';
import { REFLECTANCE_PRESET_NAMES, type ErrorCodeName, type MapKindName, type ReflectancePresetName, type StageName } from '../types.js';

export const v1 = fitme.v1;
export type IEnvelope = fitme.v1.IEnvelope;
export type Envelope = fitme.v1.Envelope;

/** Bumped only by changes an older reader cannot ignore (see the proto's evolution rules). */
export const PROTOCOL_VERSION = 1;
/** TextureChunk.data never exceeds this. */
export const MAX_CHUNK_BYTES = 1 << 20;

export { WireError, type WireRule } from './wire-error.js';

export function encodeEnvelope(env: IEnvelope): Uint8Array {
  if (env.mesh) return encodeMeshEnvelope(wellFormedStrings(env));
  return v1.Envelope.encode(wellFormedStrings(env)).finish();
}

/**
 * Decodes one frame by the rules the C# and C++ decoders follow too (docs/wire-rules.md): anything
 * else throws WireError, never anything else. protobufjs decodes what the strict scan let through
 * and keeps every oneof member it saw; only the last one on the wire is the body.
 */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const scan = scanEnvelope(bytes);
  let env: Envelope;
  try {
    env = v1.Envelope.decode(scan.oddVarints ? canonicalVarints(bytes) : bytes);
  } catch (err) {
    throw new WireError(`not a valid fitme.v1.Envelope: ${(err as Error).message}`);
  }
  const msg = env as unknown as Record<string, unknown>;
  if (scan.severalOneofMembers) {
    const body = scan.oneof && protobufName(scan.oneof);
    for (const member of oneofMembers()) if (member !== body) delete msg[member];
  }
  return env;
}

let members: string[] | undefined;

/** The body oneof's member names, from the schema the scanner reads (on first use: importing this reads no file). */
function oneofMembers(): string[] {
  members ??= [...envelopeRule().fields.values()].filter((f) => f.oneof).map((f) => protobufName(f.name));
  return members;
}

/** protobufjs names fields in camelCase (texture_begin: textureBegin). */
function protobufName(name: string): string {
  return name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** uint64 fields decode as Long when they do not fit a double exactly. */
export function toBigInt(v: number | Long | null | undefined): bigint {
  if (v == null) return 0n;
  return typeof v === 'number' ? BigInt(v) : BigInt(Long.fromValue(v).toUnsigned().toString());
}

export function errorCode(name: ErrorCodeName): fitme.v1.ErrorCode {
  return v1.ErrorCode[`ERROR_CODE_${name}`];
}

export function errorCodeName(code: fitme.v1.ErrorCode | null | undefined): string {
  return (v1.ErrorCode[code ?? 0] as string | undefined)?.replace(/^ERROR_CODE_/, '') ?? String(code);
}

export function stageCode(name: StageName): fitme.v1.Stage {
  return v1.Stage[`STAGE_${name.toUpperCase()}` as keyof typeof v1.Stage];
}

export function stageName(code: fitme.v1.Stage | null | undefined): StageName | undefined {
  return (v1.Stage[code ?? 0] as string | undefined)?.replace(/^STAGE_/, '').toLowerCase() as StageName | undefined;
}

export function mapKindCode(name: MapKindName): fitme.v1.MapKind {
  return v1.MapKind[`MAP_KIND_${name.toUpperCase()}` as keyof typeof v1.MapKind];
}

export function mapKindName(code: fitme.v1.MapKind): MapKindName | undefined {
  return (v1.MapKind[code] as string | undefined)?.replace(/^MAP_KIND_/, '').toLowerCase() as MapKindName | undefined;
}

export function reflectancePresetCode(name: ReflectancePresetName): fitme.v1.ReflectancePreset {
  return v1.ReflectancePreset[`REFLECTANCE_PRESET_${name.toUpperCase()}` as keyof typeof v1.ReflectancePreset];
}

/** A value this daemon does not know (a newer client's) fits with the default, as the proto says. */
export function reflectancePresetName(code: fitme.v1.ReflectancePreset | null | undefined): ReflectancePresetName {
  const name = (v1.ReflectancePreset[code ?? 0] as string | undefined)?.replace(/^REFLECTANCE_PRESET_/, '').toLowerCase();
  return REFLECTANCE_PRESET_NAMES.find((n) => n === name) ?? 'default';
}

/** CRC-32 (IEEE 802.3, zlib's), as TextureBegin/TextureChunk carry it. */
export function crc32(bytes: Uint8Array): number {
  return zlib.crc32(bytes) >>> 0;
}
