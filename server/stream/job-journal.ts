/**
 * The jobs the daemon has accepted and not finished, one file each (`jobs/<job id>.msgpack`, mode
 * 0600: it holds the photos), so that a daemon killed mid-fit (kill -9, a crash, a power cut) runs
 * them again when it starts: a client that fetches the job id after the restart follows the rerun
 * instead of getting JOB_NOT_FOUND. Written before the job is accepted (write, then rename, so a
 * file is whole or absent) and removed once its result is saved or it failed.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { packr } from '../config/msgpack.js';
import type { FitRequest } from '../pipeline.js';

export class JobJournal {
  constructor(readonly dir: string) {}

  record(req: FitRequest): void {
    fsSync.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = this.file(req.jobId);
    const tmp = `${file}.partial-${process.pid}`;
    fsSync.writeFileSync(tmp, packr.pack(req), { mode: 0o600 });
    fsSync.renameSync(tmp, file);
  }

  forget(jobId: string): void {
    fsSync.rmSync(this.file(jobId), { force: true });
  }

  /** The jobs an earlier run left unfinished, oldest first; files that cannot be read are removed and named. */
  async unfinished(): Promise<{ requests: FitRequest[]; unreadable: string[] }> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return { requests: [], unreadable: [] };
    }
    const found: { req: FitRequest; mtimeMs: number }[] = [];
    const unreadable: string[] = [];
    for (const name of names) {
      const file = path.join(this.dir, name);
      if (!name.endsWith('.msgpack')) {
        // A write cut short by the crash.
        await fs.rm(file, { force: true });
        continue;
      }
      try {
        const req = packr.unpack(await fs.readFile(file)) as FitRequest;
        if (typeof req.jobId !== 'string' || !Array.isArray(req.photos)) throw new Error('not a job');
        found.push({ req, mtimeMs: (await fs.stat(file)).mtimeMs });
      } catch {
        unreadable.push(name);
        await fs.rm(file, { force: true });
      }
    }
    found.sort((a, b) => a.mtimeMs - b.mtimeMs);
    return { requests: found.map((f) => f.req), unreadable };
  }

  private file(jobId: string): string {
    return path.join(this.dir, `${jobId}.msgpack`);
  }
}
