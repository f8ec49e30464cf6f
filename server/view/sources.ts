/**
 * What the viewer page may read: avatars `fitme view` opened (a glb, its maps folder, the photo it
 * was fitted on) and the daemon's finished jobs. The page names them by an id, never by a path, so
 * a holder of the token still cannot make the daemon read any other file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SUPPORTED_MAPS } from '../pipeline.js';
import { isJobId } from '../stream/results.js';

export interface AvatarSource {
  glb: string;
  /** Holds <kind>.png and metadata.json (a `--maps-dir` or a job's folder). */
  mapsDir?: string;
  photo?: string;
}

export type SourceFile = 'avatar.glb' | 'metadata.json' | 'photo' | `maps/${string}.png`;

/** The request to open an avatar names files that are not there: the message says which. */
export class SourceError extends Error {}

const VIEW_ID = /^v-[0-9a-f]{16}$/;
/** Opened avatars kept per daemon: each is three paths, but a script must not grow it for ever. */
const MAX_VIEWS = 256;

export class AvatarSources {
  private readonly views = new Map<string, AvatarSource>();

  constructor(private readonly resultsDir: string) {}

  /** Checks the files exist and returns the id the page asks for them by. */
  open(req: { glb?: unknown; mapsDir?: unknown; photo?: unknown }): string {
    const glb = existingFile(req.glb, 'glb');
    if (!glb.toLowerCase().endsWith('.glb')) throw new SourceError(`${glb} is not a .glb file`);
    const src: AvatarSource = { glb };
    if (req.mapsDir !== undefined && req.mapsDir !== null && req.mapsDir !== '') {
      if (typeof req.mapsDir !== 'string' || !path.isAbsolute(req.mapsDir) || !isDir(req.mapsDir)) throw new SourceError(`maps folder ${String(req.mapsDir)} is not a folder (give an absolute path)`);
      src.mapsDir = req.mapsDir;
    } else if (fs.existsSync(path.join(path.dirname(glb), 'metadata.json'))) {
      // A job's folder (or a --maps-dir given as the glb's own folder) holds the maps beside the glb.
      src.mapsDir = path.dirname(glb);
    }
    if (req.photo !== undefined && req.photo !== null && req.photo !== '') src.photo = existingFile(req.photo, 'photo');
    const id = `v-${crypto.randomBytes(8).toString('hex')}`;
    if (this.views.size >= MAX_VIEWS) this.views.delete(this.views.keys().next().value!);
    this.views.set(id, src);
    return id;
  }

  /** `views/<id>` or `results/<job id>`; undefined when there is no such avatar. */
  get(kind: string, id: string): AvatarSource | undefined {
    if (kind === 'views' && VIEW_ID.test(id)) return this.views.get(id);
    if (kind === 'results' && isJobId(id)) {
      const dir = path.join(this.resultsDir, id);
      return fs.existsSync(path.join(dir, 'avatar.glb')) ? { glb: path.join(dir, 'avatar.glb'), mapsDir: dir } : undefined;
    }
    return undefined;
  }
}

/** The path of one of a source's files, or undefined when it has none. */
export function sourceFile(src: AvatarSource, file: string): string | undefined {
  if (file === 'avatar.glb') return src.glb;
  if (file === 'photo') return src.photo;
  if (!src.mapsDir) return undefined;
  if (file === 'metadata.json') return path.join(src.mapsDir, 'metadata.json');
  const m = /^maps\/([a-z]+)\.png$/.exec(file);
  if (m && (SUPPORTED_MAPS as string[]).includes(m[1]!)) return path.join(src.mapsDir, `${m[1]}.png`);
  return undefined;
}

/** What the page may fetch of a source, so it asks for no file that is not there. */
export function sourceListing(src: AvatarSource): { files: SourceFile[] } {
  const files: SourceFile[] = ['avatar.glb'];
  if (src.photo) files.push('photo');
  if (src.mapsDir) {
    if (fs.existsSync(path.join(src.mapsDir, 'metadata.json'))) files.push('metadata.json');
    for (const kind of SUPPORTED_MAPS) if (fs.existsSync(path.join(src.mapsDir, `${kind}.png`))) files.push(`maps/${kind}.png`);
  }
  return { files };
}

function existingFile(p: unknown, what: string): string {
  if (typeof p !== 'string' || !path.isAbsolute(p)) throw new SourceError(`the ${what} must be given as an absolute path, got ${JSON.stringify(p)}`);
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    throw new SourceError(`the ${what} ${p} does not exist`);
  }
  if (!st.isFile()) throw new SourceError(`the ${what} ${p} is not a file`);
  return p;
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
