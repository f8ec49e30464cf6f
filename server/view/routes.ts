/**
 * The daemon's HTTP side: the viewer page under /view/ (its files need no token: they are the same
 * for everyone) and its API under /view/api/ (every call needs `Authorization: Bearer <token>`).
 *   POST /view/api/views {glb, mapsDir?, photo?}     → 201 {id}: what `fitme view` opens
 *   GET  /view/api/<views|results>/<id>              → {files: [...]}: which of the files below it has
 *   GET  /view/api/<views|results>/<id>/<file>       → avatar.glb, metadata.json, photo, maps/<kind>.png
 * Requests whose Host is not the daemon's own address are refused, so a page on another site that
 * points a DNS name at 127.0.0.1 cannot read even the public files through it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { tokenMatches } from '../stream/token.js';
import { AvatarSources, SourceError, sourceFile, sourceListing } from './sources.js';
import { contentType, staticFile } from './static-files.js';

export interface ViewContext {
  token: string;
  sources: AvatarSources;
  /** "127.0.0.1:7468": the Host every request must carry (known once the daemon listens). */
  host: () => string;
  log: (line: string) => void;
}

/** A JSON body bigger than this is no `fitme view` request. */
const MAX_BODY_BYTES = 64 << 10;

export function handleViewRequest(req: http.IncomingMessage, res: http.ServerResponse, ctx: ViewContext): boolean {
  const url = new URL(req.url ?? '/', 'http://daemon');
  if (url.pathname !== '/view' && !url.pathname.startsWith('/view/')) return false;
  if (req.headers.host !== ctx.host()) {
    reply(res, 421, 'WRONG_HOST', `this daemon answers on http://${ctx.host()}/ only`);
    return true;
  }
  if (url.pathname === '/view') {
    res.writeHead(308, { location: '/view/' }).end();
    return true;
  }
  const rel = url.pathname.slice('/view/'.length);
  if (rel.startsWith('api/')) {
    api(req, res, rel.slice(4), ctx).catch((err: Error) => {
      ctx.log(`view: internal error: ${err.stack}`);
      if (!res.headersSent) reply(res, 500, 'INTERNAL', `internal error: ${err.message}`);
      else res.destroy();
    });
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    reply(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}`);
    return true;
  }
  const file = staticFile(rel);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    reply(res, 404, 'NOT_FOUND', `no file ${url.pathname}`);
    return true;
  }
  const headers: http.OutgoingHttpHeaders = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  if (rel === '') Object.assign(headers, pageHeaders(file, ctx.host()));
  sendFile(res, file, headers, req.method === 'HEAD');
  return true;
}

async function api(req: http.IncomingMessage, res: http.ServerResponse, route: string, ctx: ViewContext): Promise<void> {
  const auth = req.headers.authorization ?? '';
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!tokenMatches(ctx.token, given)) {
    reply(res, 401, 'UNAUTHORIZED', 'wrong or missing token: send "Authorization: Bearer <token>" with the token file\'s contents (`fitme doctor` shows its path)');
    return;
  }
  if (route === 'views') {
    if (req.method !== 'POST') return reply(res, 405, 'METHOD_NOT_ALLOWED', 'POST {glb, mapsDir?, photo?} to open an avatar');
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (err) {
      return reply(res, 400, 'INVALID_REQUEST', `the body must be JSON {glb, mapsDir?, photo?} of at most ${MAX_BODY_BYTES} bytes: ${(err as Error).message}`);
    }
    try {
      const id = ctx.sources.open((body ?? {}) as Record<string, unknown>);
      ctx.log(`view: opened ${JSON.stringify(ctx.sources.get('views', id)!.glb)} as ${id}`);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      reply(res, 400, 'INVALID_REQUEST', err.message);
    }
    return;
  }
  const m = /^(views|results)\/([^/]+)(?:\/(.+))?$/.exec(route);
  if (!m) return reply(res, 404, 'NOT_FOUND', `no API route /view/api/${route}`);
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`);
  const src = ctx.sources.get(m[1]!, m[2]!);
  if (!src) {
    const message =
      m[1] === 'views'
        ? `no opened avatar has id "${m[2]}": the daemon forgets them when it stops; run \`fitme view\` again`
        : `no finished job has id "${m[2]}" in the daemon's results folder`;
    return reply(res, 404, 'NOT_FOUND', message);
  }
  if (m[3] === undefined) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(sourceListing(src)));
    return;
  }
  const file = sourceFile(src, m[3]);
  if (!file || !fs.existsSync(file)) return reply(res, 404, 'NOT_FOUND', `avatar ${m[2]} has no ${m[3]}`);
  sendFile(res, file, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }, req.method === 'HEAD');
}

/** The page may run its own scripts and its import map, and talk to this daemon only. */
function pageHeaders(file: string, host: string): http.OutgoingHttpHeaders {
  const html = fs.readFileSync(file, 'utf8');
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const hash = crypto.createHash('sha256').update(importMap).digest('base64');
  return {
    'content-security-policy': [
      "default-src 'none'",
      `script-src 'self' 'sha256-${hash}'`,
      "style-src 'self'",
      "img-src 'self' blob: data:",
      `connect-src 'self' blob: data: ws://${host}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'referrer-policy': 'no-referrer',
  };
}

function sendFile(res: http.ServerResponse, file: string, headers: http.OutgoingHttpHeaders, headOnly: boolean): void {
  const size = fs.statSync(file).size;
  res.writeHead(200, { ...headers, 'content-type': contentType(file), 'content-length': size });
  if (headOnly) {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function reply(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-fitme-error': code }).end(JSON.stringify({ error: code, message }));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let n = 0;
    req.on('data', (d: Buffer) => {
      n += d.length;
      if (n > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      parts.push(d);
    });
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}
