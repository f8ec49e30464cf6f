/** Reassembles a job's frames the way an engine plugin does, checking every checksum and expanding sparse morph targets to dense ones. */
import crypto from 'node:crypto';
import { crc32, type Envelope } from '../../server/stream/wire.js';
import type { fitme } from '../../server/stream/gen/fitme.js';
import { denseMorphTarget } from '../../server/stream/morph-targets.js';

export interface Assembled {
  /** LOD0. */
  mesh: fitme.v1.IMesh;
  /** Every Mesh frame, in the order received (LOD0 first, then lower levels of detail), morph targets dense. */
  meshes: fitme.v1.IMesh[];
  textures: Map<number, { begin: fitme.v1.ITextureBegin; bytes: Buffer }>;
  completed: fitme.v1.IJobCompleted;
}

export function assemble(frames: Envelope[]): Assembled {
  const meshes: fitme.v1.IMesh[] = [];
  let completed: fitme.v1.IJobCompleted | undefined;
  const textures = new Map<number, { begin: fitme.v1.ITextureBegin; parts: Buffer[]; next: number; offset: number }>();
  for (const f of frames) {
    if (f.body === 'failure') throw new Error(`job failed: ${f.failure!.message}`);
    if (f.body === 'mesh') meshes.push(withDenseTargets(f.mesh!));
    if (f.body === 'completed') completed = f.completed!;
    if (f.body === 'textureBegin') textures.set(f.textureBegin!.textureId!, { begin: f.textureBegin!, parts: [], next: 0, offset: 0 });
    if (f.body === 'textureChunk') {
      const c = f.textureChunk!;
      const t = textures.get(c.textureId!);
      if (!t) throw new Error(`chunk for texture ${c.textureId} before its TextureBegin`);
      if (c.index !== t.next) throw new Error(`chunk ${c.index} out of order (expected ${t.next})`);
      if (Number(c.offset) !== t.offset) throw new Error(`chunk ${c.index} at offset ${c.offset}, expected ${t.offset}`);
      if (c.data!.length > 1 << 20) throw new Error(`chunk ${c.index} is ${c.data!.length} bytes, over 1 MiB`);
      if (crc32(c.data!) !== c.crc32) throw new Error(`chunk ${c.index} of texture ${c.textureId}: CRC mismatch`);
      t.parts.push(Buffer.from(c.data!));
      t.next++;
      t.offset += c.data!.length;
    }
  }
  const mesh = meshes[0];
  if (!mesh || !completed) throw new Error('the job ended without a mesh or a JobCompleted');
  const out = new Map<number, { begin: fitme.v1.ITextureBegin; bytes: Buffer }>();
  for (const [id, t] of textures) {
    const bytes = Buffer.concat(t.parts);
    if (t.next !== t.begin.chunkCount) throw new Error(`texture ${id}: ${t.next} of ${t.begin.chunkCount} chunks arrived`);
    if (bytes.length !== Number(t.begin.totalBytes)) throw new Error(`texture ${id}: ${bytes.length} bytes, expected ${t.begin.totalBytes}`);
    if (crc32(bytes) !== t.begin.crc32) throw new Error(`texture ${id}: whole-texture CRC mismatch`);
    if (!crypto.createHash('sha256').update(bytes).digest().equals(Buffer.from(t.begin.sha256!))) throw new Error(`texture ${id}: SHA-256 mismatch`);
    out.set(id, { begin: t.begin, bytes });
  }
  return { mesh, meshes, textures: out, completed };
}

function withDenseTargets(mesh: fitme.v1.IMesh): fitme.v1.IMesh {
  const primitives = (mesh.primitives ?? []).map((p) => {
    const n = (p.positions?.length ?? 0) / 3;
    const hasNormals = (p.normals?.length ?? 0) === 3 * n;
    const targets = (p.targets ?? []).map((t) => {
      const d = denseMorphTarget(t, n, hasNormals);
      return { positionDeltas: Array.from(d.positionDeltas), normalDeltas: d.normalDeltas ? Array.from(d.normalDeltas) : [] };
    });
    return { ...p, targets };
  });
  return { ...mesh, primitives };
}

export const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
