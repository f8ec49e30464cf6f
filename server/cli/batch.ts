/** `fitme batch`: queues one fit per photo for the fleet's workers and follows them to the end. See README, "Running a fleet". */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { availableModels } from '../geometry/models.js';
import { DEFAULT_TEXTURE_SIZE, SUPPORTED_MAPS } from '../pipeline.js';
import { DEFAULT_WINDOW, runBatch, type BatchEvent } from '../fleet/batch.js';
import { DEFAULT_QUEUE } from '../fleet/fleet-job.js';
import { mapKindCode, reflectancePresetCode } from '../stream/wire.js';
import type { MapKindName } from '../types.js';
import { presetOption } from './preset-option.js';
import { positiveInt } from './numbers.js';
import { UsageError } from './usage-error.js';

const USAGE = 'usage: fitme batch --redis redis://HOST:PORT --out DIR (PHOTO... | --list FILE) [--model ID] [--texture-size N] [--preset P] [--maps LIST] [--face-index K] [--queue NAME] [--window N] [--retry-failed] [--json]';

export async function batch(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      redis: { type: 'string' },
      out: { type: 'string', short: 'o' },
      list: { type: 'string' },
      queue: { type: 'string', default: DEFAULT_QUEUE },
      model: { type: 'string' },
      'texture-size': { type: 'string', default: String(DEFAULT_TEXTURE_SIZE) },
      preset: { type: 'string', default: 'default' },
      maps: { type: 'string' },
      'face-index': { type: 'string', default: '0' },
      'retry-failed': { type: 'boolean', default: false },
      window: { type: 'string', default: String(DEFAULT_WINDOW) },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.redis || !values.out) throw new UsageError(USAGE);
  const photos = [...positionals, ...(values.list ? await readList(values.list) : [])];
  if (photos.length === 0) throw new UsageError(`no photos: name them, or a file listing one per line with --list\n${USAGE}`);

  const registry = availableModels();
  const model = values.model ?? registry.defaultId;
  if (!registry.models.has(model)) throw new UsageError(`--model ${model} is not installed; available: ${[...registry.models.keys()].join(', ')}`);
  const textureSize = positiveInt(values['texture-size']!, 'texture-size');
  if (textureSize < 256 || textureSize > 4096) throw new UsageError(`--texture-size must be 256..4096, got ${textureSize}`);
  const maps = values.maps ? values.maps.split(',').map((m) => m.trim()) : [];
  for (const m of maps) if (!SUPPORTED_MAPS.includes(m as MapKindName)) throw new UsageError(`--maps: "${m}" is not a map; use ${SUPPORTED_MAPS.join(', ')}`);

  const json = values.json!;
  const summary = await runBatch({
    redisUrl: values.redis,
    queue: values.queue!,
    out: values.out,
    photos,
    faceIndex: positiveInt(values['face-index']!, 'face-index', true),
    options: {
      model,
      textureSize,
      reflectancePreset: reflectancePresetCode(presetOption(values.preset!)),
      maps: maps.map((m) => mapKindCode(m as MapKindName)),
    },
    retryFailed: values['retry-failed']!,
    window: positiveInt(values.window!, 'window'),
    emit: (e) => process.stdout.write(json ? `${JSON.stringify(e)}\n` : `${describe(e)}\n`),
  });
  return summary.failed === 0 ? 0 : 1;
}

/** One photo path a line; blank lines and lines starting with # are skipped; paths are relative to the current folder. */
async function readList(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--list ${file} cannot be read: ${(err as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function describe(e: BatchEvent): string {
  switch (e.event) {
    case 'queued':
      return `${e.jobId} ${e.photo}: ${e.state === 'waiting' ? 'queued' : e.state}`;
    case 'active':
      return `${e.jobId} ${e.photo}: started`;
    case 'progress':
      return `${e.jobId} ${e.photo}: ${e.stage} ${(e.fraction * 100).toFixed(0)}% on ${e.worker}`;
    case 'stalled':
      return `${e.jobId} ${e.photo}: stalled (${e.message})`;
    case 'completed':
      return `${e.jobId} ${e.photo}: completed → ${e.folder}${e.fitted ? '' : ' (found saved; not refitted)'}`;
    case 'failed':
      return `${e.jobId ?? '-'} ${e.photo}: FAILED ${e.code}: ${e.message}`;
    case 'done':
      return `batch done: ${e.completed} completed, ${e.failed} failed of ${e.jobs} job(s); results in ${e.out}${e.refits ? ` (${e.refits} fit(s) ran twice)` : ''}`;
  }
}
