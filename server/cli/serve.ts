import { parseArgs } from 'node:util';
import { startDaemon, DEFAULT_DAEMON_OPTIONS, type DaemonOptions } from '../stream/daemon.js';
import { packageVersion } from './version.js';
import { UsageError } from './usage-error.js';
import { energyOption } from './energy-option.js';
import { positiveInt, positiveNumber } from './numbers.js';

/** `options`: daemon options that have no flag (the tests' test/support/serve-with-options.ts passes them). */
export async function serve(argv: string[], options: Partial<Pick<DaemonOptions, 'sendStallMs'>> = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      home: { type: 'string' },
      host: { type: 'string', default: DEFAULT_DAEMON_OPTIONS.host },
      port: { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.port) },
      concurrency: { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.concurrency) },
      'fit-threads': { type: 'string' },
      energy: { type: 'string', default: 'auto' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'max-frame-mb': { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.maxFrameBytes >> 20) },
      'max-queued': { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.maxQueued) },
      'max-photo-mp': { type: 'string', default: String(DEFAULT_DAEMON_OPTIONS.maxPhotoPixels / 1e6) },
      json: { type: 'boolean', default: false },
    },
  });
  const json = values.json!;
  const fitEnergy = energyOption(values.energy!);
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const maxFrameMb = positiveInt(values['max-frame-mb']!, 'max-frame-mb');
  if (maxFrameMb > MAX_FRAME_MB) throw new UsageError(`--max-frame-mb must be at most ${MAX_FRAME_MB}, got "${values['max-frame-mb']}"`);
  if (!isLoopback(values.host!)) {
    log(`WARNING: --host ${values.host} is not loopback: any machine that reaches it can try the token; keep the default 127.0.0.1 unless you mean to serve a network`);
  }
  const daemon = await startDaemon({
    ...DEFAULT_DAEMON_OPTIONS,
    host: values.host!,
    port: positiveInt(values.port!, 'port', true),
    concurrency: positiveInt(values.concurrency!, 'concurrency'),
    ...(values['fit-threads'] !== undefined ? { fitThreads: positiveInt(values['fit-threads'], 'fit-threads') } : {}),
    fitEnergy,
    allowedOrigins: values['allow-origin']!,
    maxFrameBytes: maxFrameMb * 2 ** 20,
    maxQueued: positiveInt(values['max-queued']!, 'max-queued'),
    maxPhotoPixels: Math.round(positiveNumber(values['max-photo-mp']!, 'max-photo-mp') * 1e6),
    ...options,
    version: packageVersion(),
    log,
  });
  const ready = { event: 'listening', url: daemon.url, host: values.host, port: daemon.port, tokenFile: daemon.tokenFile, backend: daemon.backend, page: daemon.pageUrl };
  process.stdout.write(json ? `${JSON.stringify(ready)}\n` : `fitme daemon listening on ${daemon.url} (backend ${daemon.backend})\ntoken file: ${daemon.tokenFile}\nviewer: ${daemon.pageUrl} (fitme view opens it with the token)\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal}: shutting down`);
      daemon.close().then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

/** A frame must fit a Node Buffer and the ws library's length checks with room to spare. */
const MAX_FRAME_MB = 1024;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
