/**
 * A fleet job: the daemon's request (a GenerateAvatar message, protobuf-encoded, base64 in the job's
 * data) and the shared folder its result goes to. Its id is a hash of the photo, the options and
 * that folder, so sending the same batch again (after `fitme batch` was killed) adds no job twice.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { v1 } from '../stream/wire.js';
import type { fitme } from '../stream/gen/fitme.js';

/** BullMQ's queue the commands share unless told another (`--queue`). */
export const DEFAULT_QUEUE = 'fitme';

export interface FleetJobData {
  /** Bumped if the data's layout changes, so an old worker refuses a newer job clearly. */
  format: 1;
  /** fitme.v1.GenerateAvatar, encoded, base64. Removed once the job completes (Redis keeps jobs). */
  request?: string;
  /** Absolute path of the results folder (shared by every worker): the result goes to `<out>/<job id>/`. */
  out: string;
  /** The photo's path as the batch named it, for people reading the progress. */
  source: string;
  /** The result's name (metadata.json's `name`): the photo's file name without its extension. */
  name: string;
}

/** What a completed job returns (BullMQ keeps it as the job's return value). */
export interface FleetJobResult {
  folder: string;
  /** The worker that completed the job (`host:pid`). */
  worker: string;
  /** False when the folder was there already (a worker killed after saving): nothing was refitted. */
  fitted: boolean;
  durationMs: number;
  warnings: string[];
}

/** Progress as a job reports it (BullMQ's job progress). */
export interface FleetProgress {
  stage: string;
  fraction: number;
  worker: string;
}

export type FitOptions = Pick<fitme.v1.IGenerateAvatar, 'options'>['options'];

export function fleetJob(photo: { source: string; data: Uint8Array; faceIndex: number }, options: NonNullable<FitOptions>, out: string): { id: string; data: FleetJobData } {
  const request = v1.GenerateAvatar.encode({ photos: [{ data: photo.data, name: path.basename(photo.source), faceIndex: photo.faceIndex }], options }).finish();
  const outDir = path.resolve(out);
  // The photo's bytes, not its name: the same file under two names is one job.
  const identity = v1.GenerateAvatar.encode({ photos: [{ data: photo.data, faceIndex: photo.faceIndex }], options }).finish();
  const id = `f-${crypto.createHash('sha256').update(identity).update('\0').update(outDir).digest('hex').slice(0, 32)}`;
  const name = path.basename(photo.source, path.extname(photo.source)) || 'avatar';
  return { id, data: { format: 1, request: Buffer.from(request).toString('base64'), out: outDir, source: photo.source, name } };
}

export function decodeRequest(data: FleetJobData): fitme.v1.GenerateAvatar {
  if (data.format !== 1 || typeof data.request !== 'string') throw new Error(`job data format ${data.format} is not one this worker reads: update fitme on this worker`);
  return v1.GenerateAvatar.decode(Buffer.from(data.request, 'base64'));
}

/** A failed job's reason is `CODE: message`, with the daemon's error codes. */
export function failureReason(code: string, message: string): string {
  return `${code}: ${message}`;
}

export function parseFailure(reason: string | undefined): { code: string; message: string } {
  const m = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(reason ?? '');
  // BullMQ's own reasons (a job that stalled too often) are no fit error of the photo's.
  return m ? { code: m[1], message: m[2] } : { code: 'INTERNAL', message: reason || 'the job failed without a reason' };
}

/** The fleet's own Redis keys beside BullMQ's: how many fits each job ran to completion. */
export function fitsKey(queue: string): string {
  return `fitme:${queue}:fits`;
}
