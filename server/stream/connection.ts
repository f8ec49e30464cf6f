/**
 * One client connection: handshake, then requests (generate, cancel, fetch) in any order, with
 * any number of jobs at once. Every refusal is a Failure frame with a stable code; only a failed
 * handshake or an unreadable frame also closes the socket.
 */
import { performance } from 'node:perf_hooks';
import type { WebSocket, RawData } from 'ws';
import type Long from 'long';
import { FitError, type AvatarResult } from '../types.js';
import { fitRequestFromGenerate } from './generate-request.js';
import { resultFrames } from './frames.js';
import { setFrameCap } from './frame-cap.js';
import type { JobListener, JobQueue } from './jobs.js';
import { newJobId, type ResultStore } from './results.js';
import { tokenMatches } from './token.js';
import {
  decodeEnvelope,
  encodeEnvelope,
  errorCode,
  mapKindCode,
  stageCode,
  PROTOCOL_VERSION,
  v1,
  WireError,
  type Envelope,
  type IEnvelope,
} from './wire.js';
import type { fitme } from './gen/fitme.js';

export interface ServerInfo {
  version: string;
  token: string;
  models: fitme.v1.IModelInfo[];
  defaultModel: string;
  limits: { maxFrameBytes: number; maxPhotos: number; maxPhotoPixels: number; minTextureSize: number; maxTextureSize: number; maxChunkBytes: number; maxQueuedJobs: number };
}

/** Before its Hello a peer's frames may be this big (a Hello is about 200 bytes)… */
export const PRE_AUTH_FRAME_BYTES = 16 << 10;
/** …and it has this long to send one. */
export const HANDSHAKE_TIMEOUT_MS = 10_000;

/** Fetched results a connection may have being sent or waiting to be (one is sent at a time). */
export const MAX_RESULTS_WAITING = 4;
/** How long a result's frame may wait for a client that does not read before the connection is closed (DaemonOptions.sendStallMs). */
export const DEFAULT_SEND_STALL_MS = 60_000;

/** Close codes (RFC 6455) the daemon uses; the Failure frame before them says why. */
export const CLOSE_POLICY = 1008;
export const CLOSE_UNSUPPORTED_DATA = 1003;
export const CLOSE_GOING_AWAY = 1001;

type RequestId = number | Long;

export class Connection {
  private greeted = false;
  /** The client reads sparse morph targets (Hello.sparse_morph_targets). */
  private sparseTargets = false;
  /** Jobs whose events this connection receives, with the listener it gave each. */
  private readonly jobs = new Map<string, JobListener>();
  private closed = false;
  private readonly handshakeTimer: NodeJS.Timeout;
  /** The result being sent (see inTurn), and how many are sent or waiting. */
  private sending: Promise<void> = Promise.resolve();
  private resultsWaiting = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly info: ServerInfo,
    private readonly queue: JobQueue,
    private readonly store: ResultStore,
    private readonly log: (line: string) => void,
    private readonly sendStallMs = DEFAULT_SEND_STALL_MS,
  ) {
    // Until its Hello, a peer may only send a Hello-sized frame, and only for a while.
    setFrameCap(ws, PRE_AUTH_FRAME_BYTES);
    this.handshakeTimer = setTimeout(() => {
      this.refuseAndClose(0, 'HANDSHAKE_REQUIRED', `no Hello within ${HANDSHAKE_TIMEOUT_MS / 1000} s of connecting`, CLOSE_POLICY);
    }, HANDSHAKE_TIMEOUT_MS);
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('close', () => this.onClose());
    ws.on('error', (err) => this.log(`connection error: ${err.message}`));
  }

  /** The peer has sent a Hello with the right token. */
  get authenticated(): boolean {
    return this.greeted;
  }

  private onClose(): void {
    this.closed = true;
    clearTimeout(this.handshakeTimer);
    // Jobs keep running and save their results; the client can fetch them after reconnecting.
    for (const [id, listener] of this.jobs) this.queue.unlisten(id, listener);
    this.jobs.clear();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (!isBinary) {
      this.refuseAndClose(0, 'BAD_FRAME', 'text frames are not part of the protocol: send each Envelope as one binary frame', CLOSE_UNSUPPORTED_DATA);
      return;
    }
    let env: Envelope;
    try {
      env = decodeEnvelope(asBytes(data));
    } catch (err) {
      if (!(err instanceof WireError)) throw err;
      this.refuseAndClose(0, 'BAD_FRAME', `${err.message}; is the client built from the same proto/fitme.proto?`, CLOSE_UNSUPPORTED_DATA);
      return;
    }
    const rid = env.requestId;
    if (!this.greeted) {
      this.handshake(rid, env);
      return;
    }
    try {
      switch (env.body) {
        case 'generate':
          this.generate(rid, env.generate!);
          break;
        case 'cancel':
          if (!this.queue.cancel(env.cancel!.jobId ?? '')) throw notFound(env.cancel!.jobId ?? '', 'running or queued');
          break;
        case 'fetch':
          void this.fetch(rid, env.fetch!);
          break;
        case 'hello':
          throw new FitError('INVALID_REQUEST', 'the handshake was already done on this connection');
        default:
          throw new FitError('INVALID_REQUEST', `a client cannot send ${env.body ?? 'an empty Envelope'}; send generate, cancel or fetch`);
      }
    } catch (err) {
      this.fail(rid, '', err);
    }
  }

  private handshake(rid: RequestId, env: Envelope): void {
    if (env.body !== 'hello') {
      this.refuseAndClose(rid, 'HANDSHAKE_REQUIRED', 'the first frame must be a Hello with the protocol version and the token', CLOSE_POLICY);
      return;
    }
    const hello = env.hello!;
    // The token first: a peer without it learns nothing, not even the daemon's version.
    if (!tokenMatches(this.info.token, hello.token ?? '')) {
      this.refuseAndClose(rid, 'UNAUTHORIZED', 'wrong or missing token: read it from the token file the daemon prints at start (`fitme doctor` shows its path)', CLOSE_POLICY);
      return;
    }
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      this.refuseAndClose(rid, 'UNSUPPORTED_PROTOCOL', `the client speaks protocol ${hello.protocolVersion}; this daemon (${this.info.version}) speaks ${PROTOCOL_VERSION}: update the plugin or the daemon so they match`, CLOSE_POLICY);
      return;
    }
    this.greeted = true;
    clearTimeout(this.handshakeTimer);
    setFrameCap(this.ws, this.info.limits.maxFrameBytes);
    this.sparseTargets = !!hello.sparseMorphTargets;
    // Quoted and escaped: a client's name must not be able to forge log lines.
    this.log(`client ${JSON.stringify(hello.clientName || '?')} ${JSON.stringify(hello.clientVersion || '')} connected`);
    this.send({
      requestId: rid,
      welcome: {
        protocolVersion: PROTOCOL_VERSION,
        serverVersion: this.info.version,
        models: this.info.models,
        defaultModel: this.info.defaultModel,
        backend: this.queue.backend,
        limits: this.info.limits,
      },
    });
  }

  private generate(rid: RequestId, g: fitme.v1.IGenerateAvatar): void {
    const l = this.info.limits;
    const req = fitRequestFromGenerate(g, newJobId(), {
      maxPhotos: l.maxPhotos,
      minTextureSize: l.minTextureSize,
      maxTextureSize: l.maxTextureSize,
      models: this.info.models.map((m) => m.id!),
      defaultModel: this.info.defaultModel,
    });
    const photos = req.photos;
    const listener = this.listener(req.jobId);
    this.jobs.set(req.jobId, listener);
    const position = this.queue.submit(req, listener);
    this.send({ requestId: rid, accepted: { jobId: req.jobId, queuePosition: position } });
    this.log(`job ${req.jobId}: ${photos.length} photo(s), ${req.textureSize}² maps, ${req.reflectancePreset} reflectance, queue position ${position}`);
  }

  private async fetch(rid: RequestId, f: fitme.v1.IFetchResult): Promise<void> {
    const jobId = f.jobId ?? '';
    try {
      if (this.queue.isRunning(jobId)) {
        // Still fitting: follow it from here on, beside any other client following it (once per connection).
        const listener = this.listener(jobId, f.skipTextures ?? false);
        const before = this.jobs.get(jobId);
        if (before) this.queue.unlisten(jobId, before);
        this.jobs.set(jobId, listener);
        this.queue.listen(jobId, listener);
        this.send({ requestId: rid, accepted: { jobId, queuePosition: 0 } });
        return;
      }
      // Loaded only when its turn to be sent comes: a client asking again and again without
      // reading holds at most one result in the daemon's memory.
      await this.inTurn(async () => {
        const result = await this.store.load(jobId);
        if (!result) throw notFound(jobId, 'finished, running or queued');
        await this.stream(result, f.skipTextures ?? false);
      });
    } catch (err) {
      this.fail(rid, jobId, err);
    }
  }

  private listener(jobId: string, skipTextures = false): JobListener {
    return {
      queued: (position) => {
        if (position > 0) this.send({ progress: { jobId, stage: stageCode('queued'), fraction: 0, message: `waiting: position ${position} in the queue` } });
      },
      progress: (stage, fraction, message) => this.send({ progress: { jobId, stage: stageCode(stage), fraction, message: message ?? '' } }),
      warn: (code, message) => this.send({ warning: { jobId, code, message } }),
      preview: (p) =>
        this.send({
          preview: {
            jobId,
            iteration: p.iteration,
            photoIndex: p.photoIndex,
            image: p.jpeg,
            imageEncoding: 'image/jpeg',
            width: p.width,
            height: p.height,
            positions: p.positions ? (p.positions as unknown as number[]) : [],
            maps: (p.maps ?? []).map((m) => ({
              kind: mapKindCode(m.kind),
              width: m.width,
              height: m.height,
              encoding: m.encoding,
              colorSpace: m.colorSpace === 'srgb' ? v1.ColorSpace.COLOR_SPACE_SRGB : v1.ColorSpace.COLOR_SPACE_LINEAR,
              data: m.data,
            })),
          },
        }),
      done: (result, saved) => {
        this.jobs.delete(jobId);
        void this.inTurn(() => this.stream(result, skipTextures, saved), true).catch((err: Error) => this.log(`job ${jobId}: streaming failed: ${err.message}`));
      },
      failed: (err) => {
        this.jobs.delete(jobId);
        this.fail(0, jobId, err);
      },
    };
  }

  /**
   * Runs `send` after the results this connection is already sending (one at a time); refuses
   * with QUEUE_FULL when MAX_RESULTS_WAITING are sent or waiting, unless `always` (a job of this client's
   * that just finished: its result is in memory already and must not be lost).
   */
  private async inTurn(send: () => Promise<void>, always = false): Promise<void> {
    if (!always && this.resultsWaiting >= MAX_RESULTS_WAITING) {
      throw new FitError('QUEUE_FULL', `${this.resultsWaiting} results are already waiting to be sent on this connection; read them before fetching more`);
    }
    this.resultsWaiting++;
    const before = this.sending;
    let done!: () => void;
    this.sending = new Promise<void>((resolve) => (done = resolve));
    try {
      await before;
      await send();
    } finally {
      this.resultsWaiting--;
      done();
    }
  }

  /**
   * Sends a finished result, waiting for the socket to drain so big maps never pile up in memory.
   * `saved`: a result still being saved; JobCompleted waits for it, so a client that fetches the
   * job again once it has completed finds it, and hears first if it cannot be saved.
   */
  private async stream(result: AvatarResult, skipTextures: boolean, saved?: Promise<string | undefined>): Promise<void> {
    const t0 = performance.now();
    this.send({ progress: { jobId: result.jobId, stage: stageCode('stream'), fraction: 0.95, message: 'sending the avatar' } });
    for (const frame of resultFrames(result, { skipTextures, sparseTargets: this.sparseTargets })) {
      if (this.closed) return;
      if (frame.completed && saved) {
        const problem = await saved;
        if (problem) this.send({ warning: { jobId: result.jobId, code: 'RESULT_NOT_SAVED', message: problem } });
        if (this.closed) return;
      }
      const bytes = encodeEnvelope(frame);
      if (bytes.length > 64 * 1024 || this.ws.bufferedAmount > 4 << 20) {
        await new Promise<void>((resolve) => {
          // A client that stops reading holds the result here; after sendStallMs (a minute) it is let go.
          const stalled = setTimeout(() => {
            this.log(`job ${result.jobId}: the client has read nothing for ${this.sendStallMs / 1000} s; closing its connection`);
            this.ws.terminate();
            resolve();
          }, this.sendStallMs);
          this.ws.send(bytes, () => {
            clearTimeout(stalled);
            resolve();
          });
        });
      } else {
        this.ws.send(bytes);
      }
    }
    this.log(`job ${result.jobId}: sent in ${(performance.now() - t0).toFixed(0)} ms`);
  }

  private send(env: IEnvelope): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(encodeEnvelope(env));
  }

  private fail(rid: RequestId, jobId: string, err: unknown): void {
    const e = err instanceof FitError ? err : new FitError('INTERNAL', `internal error: ${(err as Error).message}`);
    if (e.code === 'INTERNAL') this.log(`internal error: ${(err as Error).stack}`);
    this.send({
      requestId: rid,
      failure: { jobId, code: errorCode(e.code), message: e.message, photoIndex: e.photoIndex ?? 0, hasPhotoIndex: e.photoIndex !== undefined },
    });
  }

  private refuseAndClose(rid: RequestId, code: FitError['code'], message: string, closeCode: number): void {
    this.fail(rid, '', new FitError(code, message));
    this.ws.close(closeCode, code);
  }

  /** Sent to every connection when the daemon stops. */
  goodbye(): void {
    this.ws.close(CLOSE_GOING_AWAY, 'SHUTTING_DOWN');
  }
}

function notFound(jobId: string, what: string): FitError {
  return new FitError('JOB_NOT_FOUND', `no ${what} job has id "${jobId}" (results are kept in the daemon's results directory)`);
}

function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

