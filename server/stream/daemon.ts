/**
 * The daemon: a `ws` server on loopback that authenticates clients, queues fits and streams results.
 *
 * Security model: the daemon listens on 127.0.0.1 by default; every client must present the token
 * from the user's token file (mode 0600), and WebSocket upgrades that carry a browser Origin are
 * refused with HTTP 403 unless the Origin is allow-listed, so a web page can never drive it.
 * Browsers always send an Origin, serialised as "scheme://host[:port]" or "null", and scripts
 * cannot change it; native clients send none or, like Unreal's libwebsockets client, a bare host
 * name, which is not a browser's and is let through. The one browser Origin always allowed is the
 * daemon's own (http://127.0.0.1:PORT): its viewer page (server/view/), which must still send the token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { availableModels } from '../geometry/models.js';
import { DEFAULT_FIT_THREADS } from '../render/pixel-pool.js';
import type { EnergyChoice } from '../reflectance/descent-evaluators.js';
import { jobsDir, resultsDir, tokenFile } from '../config/paths.js';
import { Connection, DEFAULT_SEND_STALL_MS, type ServerInfo } from './connection.js';
import { JobJournal } from './job-journal.js';
import { JobQueue } from './jobs.js';
import { ResultStore } from './results.js';
import { ensureToken } from './token.js';
import { MAX_CHUNK_BYTES } from './wire.js';
import { DaemonStartError } from './daemon-start-error.js';
import { handleViewRequest } from '../view/routes.js';
import { AvatarSources } from '../view/sources.js';

export { DaemonStartError } from './daemon-start-error.js';
export { DEFAULT_DAEMON_OPTIONS } from './daemon-defaults.js';

export interface DaemonOptions {
  host: string;
  port: number;
  /** Browser Origins allowed to connect (exact match, e.g. "http://localhost:3000"). */
  allowedOrigins: string[];
  maxFrameBytes: number;
  concurrency: number;
  maxQueued: number;
  maxPhotos: number;
  maxPhotoPixels: number;
  /** Threads each fit's pixel pass is split over; default: the cores divided among `concurrency` fits. */
  fitThreads?: number;
  /** What evaluates each fit's reflectance energy; default auto (tfjs on a GPU, else analytic). */
  fitEnergy?: EnergyChoice;
  /**
   * How long a frame of a result may wait for a client that reads nothing before its connection
   * is terminated; default 60 s. No CLI flag: tests shorten it so a stalled reader is let go in seconds.
   */
  sendStallMs?: number;
  version: string;
  log: (line: string) => void;
}


export interface Daemon {
  url: string;
  /** The viewer page (token in its fragment: see README, "Looking at an avatar"). */
  pageUrl: string;
  port: number;
  tokenFile: string;
  backend: string;
  close(): Promise<void>;
}

export async function startDaemon(opts: DaemonOptions): Promise<Daemon> {
  const token = ensureToken(tokenFile());
  const store = new ResultStore(resultsDir());
  const journal = new JobJournal(jobsDir());
  const unfinished = await store.removeUnfinished();
  if (unfinished.length) opts.log(`removed ${unfinished.length} unfinished result folder(s) left by an earlier run: ${unfinished.join(', ')}`);
  const queue = new JobQueue({
    concurrency: opts.concurrency,
    maxQueued: opts.maxQueued,
    limits: { maxPhotoPixels: opts.maxPhotoPixels, fitThreads: opts.fitThreads ?? DEFAULT_FIT_THREADS, fitEnergy: opts.fitEnergy ?? 'auto' },
    store,
    journal,
  });
  await queue.start();
  // Jobs a killed daemon accepted and never finished run again; their clients fetch them by id.
  const { requests: interrupted, unreadable } = await journal.unfinished();
  if (unreadable.length) opts.log(`removed ${unreadable.length} unreadable job record(s): ${unreadable.join(', ')}`);
  if (interrupted.length) opts.log(`running again ${interrupted.length} job(s) an earlier run did not finish: ${interrupted.map((r) => r.jobId).join(', ')}`);
  queue.resume(interrupted);

  const registry = availableModels();
  const info: ServerInfo = {
    version: opts.version,
    token,
    models: [...registry.models.values()].map((m) => m.describe()),
    defaultModel: registry.defaultId,
    limits: {
      maxFrameBytes: opts.maxFrameBytes,
      maxPhotos: opts.maxPhotos,
      maxPhotoPixels: opts.maxPhotoPixels,
      minTextureSize: 256,
      maxTextureSize: 4096,
      maxChunkBytes: MAX_CHUNK_BYTES,
      maxQueuedJobs: opts.maxQueued,
    },
  };

  const sources = new AvatarSources(resultsDir());
  // Set once listening: the page's Host and Origin are this address and port.
  let ownHost = '';
  const viewContext = { token, sources, host: () => ownHost, log: opts.log };
  const server = http.createServer((req, res) => {
    if (handleViewRequest(req, res, viewContext)) return;
    res.writeHead(426, { 'content-type': 'text/plain' }).end('fitme daemon: connect with a WebSocket client (see README, "Protocol")\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrameBytes, perMessageDeflate: false });
  const connections = new Set<Connection>();

  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin;
    if (origin !== undefined && isBrowserOrigin(origin) && origin !== `http://${ownHost}` && !opts.allowedOrigins.includes(origin)) {
      opts.log(`refused a connection from browser origin ${JSON.stringify(origin)}`);
      const body = `ORIGIN_REFUSED: browser origin ${origin} may not connect; allow it with --allow-origin if you trust it\n`;
      socket.end(`HTTP/1.1 403 Forbidden\r\nX-Fitme-Error: ORIGIN_REFUSED\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    // A flood of peers that never authenticate must not crowd out the editor's plugin.
    const pending = [...connections].filter((c) => !c.authenticated).length;
    if (pending >= MAX_PENDING_CONNECTIONS || connections.size >= MAX_CONNECTIONS) {
      opts.log(`refused a connection: ${connections.size} open, ${pending} of them not yet authenticated`);
      const body = `TOO_MANY_CONNECTIONS: ${connections.size} connections are open (${pending} not yet authenticated); try again later\n`;
      socket.end(`HTTP/1.1 503 Service Unavailable\r\nX-Fitme-Error: TOO_MANY_CONNECTIONS\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const c = new Connection(ws, info, queue, store, opts.log, opts.sendStallMs ?? DEFAULT_SEND_STALL_MS);
      connections.add(c);
      ws.on('close', () => connections.delete(c));
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => resolve());
    });
  } catch (err) {
    // The fit workers started above would keep the process alive.
    await queue.close();
    const code = (err as NodeJS.ErrnoException).code;
    const where = `${opts.host}:${opts.port}`;
    if (code === 'EADDRINUSE') throw new DaemonStartError(`${where} is in use (another fitme daemon?): stop it, or choose another port with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new DaemonStartError(`cannot listen on ${where}: the host is not an address of this machine (--host)`);
    if (code === 'EACCES') throw new DaemonStartError(`not allowed to listen on ${where}: use a port above 1023 (--port)`);
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  ownHost = `${host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `ws://${host}:${port}`,
    pageUrl: `http://${host}:${port}/view/`,
    port,
    tokenFile: tokenFile(),
    backend: queue.backend,
    close: () =>
      (closing ??= (async () => {
        server.close();
        await queue.close();
        for (const c of connections) c.goodbye();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })()),
  };
}

/** Connections at once, and of them not yet past their Hello (each has HANDSHAKE_TIMEOUT_MS to get there). */
const MAX_CONNECTIONS = 64;
const MAX_PENDING_CONNECTIONS = 16;

function isBrowserOrigin(origin: string): boolean {
  return origin === 'null' || /^[a-z][a-z0-9+.-]*:\/\//i.test(origin);
}
