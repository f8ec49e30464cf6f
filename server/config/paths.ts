/**
 * Where the daemon keeps its files. Plugins on the same machine read the token from tokenFile(),
 * so these rules are part of the public contract (README, "Files").
 *
 * FITME_HOME=DIR (or `--home DIR`) puts everything under DIR, which tests and portable setups use.
 * Otherwise the platform's conventions apply: XDG on Linux, Application Support on macOS,
 * %APPDATA% / %LOCALAPPDATA% on Windows.
 */
import os from 'node:os';
import path from 'node:path';

const APP = 'fitme-bridge';

let homeOverride: string | undefined;

/** Sets the FITME_HOME-style root for this process (the CLI's --home). */
export function setHome(dir: string | undefined): void {
  homeOverride = dir ? path.resolve(dir) : undefined;
  // Worker threads (the daemon's fit workers) start with a copy of process.env: they see it there.
  if (homeOverride) process.env.FITME_HOME = homeOverride;
}

function home(): string | undefined {
  return homeOverride ?? (process.env.FITME_HOME ? path.resolve(process.env.FITME_HOME) : undefined);
}

function platformDir(kind: 'config' | 'data' | 'cache'): string {
  const h = os.homedir();
  if (process.platform === 'darwin') {
    return kind === 'cache' ? path.join(h, 'Library', 'Caches', APP) : path.join(h, 'Library', 'Application Support', APP);
  }
  if (process.platform === 'win32') {
    const roaming = process.env.APPDATA ?? path.join(h, 'AppData', 'Roaming');
    const local = process.env.LOCALAPPDATA ?? path.join(h, 'AppData', 'Local');
    return kind === 'config' ? path.join(roaming, APP) : path.join(local, APP, kind === 'cache' ? 'Cache' : 'Data');
  }
  const xdg = { config: 'XDG_CONFIG_HOME', data: 'XDG_DATA_HOME', cache: 'XDG_CACHE_HOME' }[kind];
  const fallback = { config: '.config', data: path.join('.local', 'share'), cache: '.cache' }[kind];
  return path.join(process.env[xdg] || path.join(h, fallback), APP);
}

export function configDir(): string {
  return home() ?? platformDir('config');
}

export function dataDir(): string {
  return home() ?? platformDir('data');
}

export function cacheDir(): string {
  const h = home();
  return h ? path.join(h, 'cache') : platformDir('cache');
}

/** The auth token file, mode 0600. */
export function tokenFile(): string {
  return path.join(configDir(), 'token');
}

/** One folder per finished job: avatar.glb, <map>.png, metadata.json, result.msgpack. */
export function resultsDir(): string {
  return path.join(dataDir(), 'results');
}

/** Accepted jobs not yet finished, one file each (server/stream/job-journal.ts). */
export function jobsDir(): string {
  return path.join(dataDir(), 'jobs');
}

/** Imported models (e.g. ICT-FaceKit), converted to the daemon's cache format. */
export function modelsDir(): string {
  return path.join(dataDir(), 'models');
}
