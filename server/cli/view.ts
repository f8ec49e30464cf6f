/**
 * `fitme view [avatar.glb]`: opens the avatar in the daemon's viewer page, in a browser. Uses the
 * daemon already listening on --port (same token file), else starts one in this process and keeps
 * it running until Ctrl-C. With no glb the page opens empty, ready for a photo to be dropped on it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tokenFile } from '../config/paths.js';
import { DEFAULT_DAEMON_OPTIONS, startDaemon, type Daemon } from '../stream/daemon.js';
import { ensureToken } from '../stream/token.js';
import { FitError } from '../types.js';
import { packageVersion } from './version.js';
import { UsageError } from './usage-error.js';

export async function view(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      host: { type: 'string', default: DEFAULT_DAEMON_OPTIONS.host },
      port: { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.port) },
      'maps-dir': { type: 'string' },
      photo: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`view takes one avatar.glb, got ${positionals.length} files`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
  const host = values.host!;
  if (!isLoopback(host)) throw new UsageError(`--host must be a loopback address (the page carries the token), got "${host}"`);
  const request = {
    glb: positionals[0] && existing(positionals[0], 'file', 'avatar'),
    mapsDir: values['maps-dir'] && existing(values['maps-dir'], 'dir', 'maps folder'),
    photo: values.photo && existing(values.photo, 'file', 'photo'),
  };
  if (!request.glb && (request.mapsDir || request.photo)) throw new UsageError('--maps-dir and --photo go with an avatar.glb');
  if (request.glb && !request.glb.toLowerCase().endsWith('.glb')) throw new UsageError(`${positionals[0]} is not a .glb file (fitme fit -o writes one)`);

  const token = ensureToken(tokenFile());
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  let daemon: Daemon | undefined;
  let base = port === 0 ? undefined : await probe(host, port, token);
  if (!base) {
    daemon = await startDaemon({ ...DEFAULT_DAEMON_OPTIONS, host, port, version: packageVersion(), log });
    base = daemon.pageUrl;
  }
  let fragment = `token=${token}`;
  if (request.glb) fragment += `&src=views/${await openAvatar(base, token, request)}`;
  const url = `${base}#${fragment}`;
  const opened = values['no-open'] ? false : openBrowser(url);
  const event = { event: 'viewing', url, daemon: daemon ? 'started' : 'reused', port: Number(new URL(base).port) };
  if (values.json) process.stdout.write(`${JSON.stringify(event)}\n`);
  else {
    process.stdout.write(`${opened ? 'opened' : 'open'} ${url}\n`);
    if (daemon) process.stdout.write('the daemon runs until Ctrl-C\n');
  }
  if (!daemon) return 0;
  const running = daemon;
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal}: shutting down`);
      running.close().then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

/**
 * The page URL of a fitme daemon already on host:port that takes this token; undefined when nothing
 * listens there. Anything else listening there is an error that says what to do.
 */
async function probe(host: string, port: number, token: string): Promise<string | undefined> {
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}/view/`;
  let res: { status: number; code: string; message: string };
  try {
    res = await request('GET', new URL('api/views/v-0000000000000000/avatar.glb', base), token);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') return undefined;
    throw err;
  }
  if (res.code === 'UNAUTHORIZED') throw new FitError('UNAUTHORIZED', `the fitme daemon on port ${port} uses another token file (another --home or FITME_HOME?): give the same --home, or another --port`);
  if (res.code === 'WRONG_HOST') throw new FitError('INVALID_REQUEST', `the fitme daemon on port ${port} ${res.message.replace(/^this daemon /, '')}: give that as --host`);
  if (res.code !== 'NOT_FOUND') throw new FitError('INVALID_REQUEST', `port ${port} is taken by something that is not a fitme daemon with the viewer (an older fitme?): stop it, or choose another --port`);
  return base;
}

async function openAvatar(base: string, token: string, body: object): Promise<string> {
  const res = await request('POST', new URL('api/views', base), token, JSON.stringify(body));
  if (res.status !== 201) throw new FitError('INVALID_REQUEST', `the daemon did not open the avatar: ${res.message}`);
  return (JSON.parse(res.body) as { id: string }).id;
}

function request(method: string, url: URL, token: string, body?: string): Promise<{ status: number; code: string; message: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let message = text;
        try {
          message = (JSON.parse(text) as { message?: string }).message ?? text;
        } catch {
          // not JSON: not a fitme daemon's answer, the status says enough
        }
        resolve({ status: res.statusCode ?? 0, code: String(res.headers['x-fitme-error'] ?? ''), message, body: text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The desktop's browser, without waiting for it; false when there is no opener to run. */
function openBrowser(url: string): boolean {
  const [cmd, args] =
    // Not `cmd /c start`: cmd would cut the URL at its '&'.
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => process.stderr.write(`fitme: could not start ${cmd}; open the URL yourself\n`));
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function existing(p: string, kind: 'file' | 'dir', what: string): string {
  const abs = path.resolve(p);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new FitError('INVALID_REQUEST', `the ${what} ${p} does not exist`);
  }
  if (kind === 'file' ? !st.isFile() : !st.isDirectory()) throw new FitError('INVALID_REQUEST', `the ${what} ${p} is not a ${kind === 'file' ? 'file' : 'folder'}`);
  return abs;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
