/**
 * Finished jobs on disk, one folder each under resultsDir():
 *   avatar.glb      the asset, as exported
 *   <kind>.png      each map (albedo.png, confidence.png, ...)
 *   metadata.json   summary, per-photo cameras and lighting, map list with SHA-256s (for people and scripts)
 *   result.msgpack  the same result in the form the daemon streams (mesh buffers as typed arrays),
 *                   so fetching a job again re-sends it without refitting or re-parsing the glb
 * A job's folder is written under a temporary name and renamed into place, so a crash never leaves
 * a half-written result that fetch would serve.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packBulk, packr } from '../config/msgpack.js';
import type { AvatarResult, ResultPrimitive, TextureMap } from '../types.js';

const FORMAT = 2;
const JOB_ID = /^j-[0-9]{8}-[0-9]{6}-[0-9a-f]{8}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function newJobId(now = new Date()): string {
  const iso = now.toISOString().replace(/[-:]/g, '');
  return `j-${iso.slice(0, 8)}-${iso.slice(9, 15)}-${crypto.randomBytes(4).toString('hex')}`;
}

export function isJobId(s: string): boolean {
  return JOB_ID.test(s);
}

type Stored = Omit<AvatarResult, 'glb' | 'textures' | 'reflectance'> & {
  format: number;
  textures: Omit<TextureMap, 'bytes'>[];
  /** Absent in results saved before presets could be chosen. */
  reflectance?: AvatarResult['reflectance'];
};

/** What every fit ran before presets could be chosen: the default preset as it was then (50 + 25 iterations). */
const BEFORE_PRESETS: AvatarResult['reflectance'] = { preset: 'default', iterations: 75 };

export class ResultStore {
  /**
   * `partialTag` names this process's temporary folders (`<job id>.partial-<tag>`); the daemon's is
   * its pid, a fleet worker's adds its host, since several machines save into one shared folder.
   */
  constructor(
    readonly dir: string,
    private readonly partialTag = String(process.pid),
  ) {}

  /**
   * Removes the temporary folders of saves that never finished (a crash, a full disk): no fetch
   * serves them, and each can hold a whole avatar. Call before any save of this process starts.
   * Returns the names removed.
   */
  async removeUnfinished(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const partial = names.filter((n) => /\.partial-\d+$/.test(n));
    for (const n of partial) await fs.rm(path.join(this.dir, n), { recursive: true, force: true });
    return partial;
  }

  folder(jobId: string): string {
    return path.join(this.dir, jobId);
  }

  async save(result: AvatarResult): Promise<string> {
    const final = this.folder(result.jobId);
    const tmp = await this.writePartial(result);
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(tmp, final);
    return final;
  }

  /**
   * Saves the result unless its folder exists already (another worker of a fleet saved the same
   * job first: it is never replaced). Returns whether this call put the folder in place.
   */
  async saveNew(result: AvatarResult, extra: Record<string, string> = {}): Promise<boolean> {
    const final = this.folder(result.jobId);
    const tmp = await this.writePartial(result, extra);
    try {
      // rename(2) onto a non-empty directory fails: of two savers only one can win.
      await fs.rename(tmp, final);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      await fs.rm(tmp, { recursive: true, force: true });
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
      throw err;
    }
  }

  /** Writes the result's files into `<job id>.partial-<tag>` and returns that folder. */
  private async writePartial(result: AvatarResult, extra: Record<string, string> = {}): Promise<string> {
    const tmp = `${this.folder(result.jobId)}.partial-${this.partialTag}`;
    await fs.rm(tmp, { recursive: true, force: true });
    // A person's face: readable by the daemon's user only.
    await fs.mkdir(tmp, { recursive: true, mode: 0o700 });
    const write = (name: string, data: Uint8Array | string) => fs.writeFile(path.join(tmp, name), data, { mode: 0o600 });
    await write('avatar.glb', result.glb);
    for (const t of result.textures) await write(`${t.kind}.png`, t.bytes);
    const { glb, textures, ...rest } = result;
    const stored: Stored = { format: FORMAT, ...rest, textures: textures.map(({ bytes: _b, ...meta }) => meta) };
    await write('result.msgpack', packBulk(stored));
    for (const [name, text] of Object.entries(extra)) await write(name, text);
    await write('metadata.json', JSON.stringify(metadata(result), null, 2) + '\n');
    return tmp;
  }

  /** The stored result, or undefined when no finished job has that id. */
  async load(jobId: string): Promise<AvatarResult | undefined> {
    if (!isJobId(jobId)) return undefined;
    const folder = this.folder(jobId);
    let stored: Stored;
    try {
      stored = packr.unpack(await fs.readFile(path.join(folder, 'result.msgpack'))) as Stored;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    if (stored.format !== FORMAT) return undefined;
    const { format: _f, textures, reflectance, ...rest } = stored;
    return {
      ...rest,
      reflectance: reflectance ?? BEFORE_PRESETS,
      glb: await fs.readFile(path.join(folder, 'avatar.glb')),
      textures: await Promise.all(textures.map(async (t) => ({ ...t, bytes: await fs.readFile(path.join(folder, `${t.kind}.png`)) }))),
    };
  }
}

/** The human-readable companion of a result (metadata.json). */
export function metadata(r: AvatarResult) {
  return {
    jobId: r.jobId,
    name: r.name,
    model: r.model,
    createdAt: r.createdAt,
    units: 'metres, +Y up, right-handed (glTF)',
    glb: { file: 'avatar.glb', sha256: sha256Hex(r.glb), bytes: r.glb.length },
    maps: r.textures.map((t) => ({ kind: t.kind, file: `${t.kind}.png`, width: t.width, height: t.height, colorSpace: t.colorSpace, channels: t.channels, bitDepth: t.bitDepth, sha256: sha256Hex(t.bytes) })),
    mesh: r.primitives.map(primitiveSummary),
    lods: (r.lods ?? []).map((level) => level.map(primitiveSummary)),
    materials: r.materials,
    targetNames: r.targetNames,
    photos: r.photos.map((p) => ({
      photoIndex: p.photoIndex,
      camera: p.camera,
      lighting: { sh: Array.from(p.lighting), layout: 'order-2 SH irradiance, r0..r8 g0..g8 b0..b8' },
      landmarkError: p.landmarkError,
      coverage: p.coverage,
    })),
    textureSize: r.textureSize,
    reflectance: r.reflectance,
    timings: r.timings,
    warnings: r.warnings,
    durationMs: r.durationMs,
  };
}

function primitiveSummary(p: ResultPrimitive) {
  return { name: p.name, vertices: p.buffers.positions.length / 3, triangles: p.buffers.indices.length / 3, material: p.material };
}
