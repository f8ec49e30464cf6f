/**
 * `fitme doctor`: what this machine will run with, and where the daemon keeps its files, so a
 * plugin that cannot connect can be diagnosed from one command's output.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { cacheDir, resultsDir, tokenFile } from '../config/paths.js';
import { detectionBackend } from '../detect/backend.js';
import { chooseEnergy, type FitEnergy } from '../reflectance/descent-evaluators.js';
import { DEFAULT_DAEMON_OPTIONS } from '../stream/daemon.js';
import { availableModels } from '../geometry/models.js';
import { PROTOCOL_VERSION } from '../stream/wire.js';
import { packageVersion } from './version.js';

const require = createRequire(import.meta.url);

export async function doctor(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { home: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const checks: { name: string; ok: boolean; detail: string }[] = [];
  const versions: Record<string, string> = { 'fitme-bridge': packageVersion(), node: process.versions.node, protocol: String(PROTOCOL_VERSION) };
  for (const pkg of ['sharp', 'ws', 'protobufjs', '@gltf-transform/core', '@vladmandic/human', '@mediapipe/face_mesh']) {
    try {
      versions[pkg] = require(`${pkg}/package.json`).version;
    } catch {
      // Packages without an exported package.json (human) report through the backend below.
    }
  }

  let backend = 'none';
  let energy: FitEnergy = 'analytic';
  try {
    const b = await detectionBackend();
    backend = b.name;
    Object.assign(versions, b.versions);
    const skipped = b.skipped.map((s) => `${s.name} not used (${s.reason})`);
    checks.push({ name: 'backend', ok: true, detail: [`${b.name} [${b.features.join(', ')}]`, ...skipped].join('; ') });
    energy = chooseEnergy('auto', b);
    const why = b.gpu ? 'tfjs computes on a GPU' : 'tfjs has no GPU here, which takes @tensorflow/tfjs-node-gpu and a CUDA GPU';
    checks.push({ name: 'energy', ok: true, detail: `\`--energy auto\` fits the reflectance with the ${energy} energy: ${why}` });
  } catch (err) {
    checks.push({ name: 'backend', ok: false, detail: (err as Error).message });
  }

  try {
    const models = [...availableModels().models.values()].map((m) => m.describe());
    checks.push({ name: 'models', ok: true, detail: models.map((m) => `${m.id} (${m.vertexCount} vertices)`).join(', ') });
  } catch (err) {
    checks.push({ name: 'models', ok: false, detail: `the embedded face model could not be read: ${(err as Error).message}` });
  }

  const token = tokenFile();
  if (fs.existsSync(token)) {
    const mode = fs.statSync(token).mode & 0o777;
    const private_ = process.platform === 'win32' || (mode & 0o077) === 0;
    checks.push({ name: 'token', ok: private_, detail: `${token} (mode ${mode.toString(8)}${private_ ? '' : ': readable by other users; `fitme serve` tightens it to 600'})` });
  } else {
    checks.push({ name: 'token', ok: true, detail: `${token} (created by the first \`fitme serve\`)` });
  }

  const d = DEFAULT_DAEMON_OPTIONS;
  const limits = { host: d.host, port: d.port, maxFrameBytes: d.maxFrameBytes, maxPhotos: d.maxPhotos, maxPhotoPixels: d.maxPhotoPixels, textureSize: '256..4096', concurrency: d.concurrency, maxQueued: d.maxQueued };
  const report = { ok: checks.every((c) => c.ok), backend, energy, versions, checks, paths: { token, results: resultsDir(), cache: cacheDir() }, limits };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    for (const c of checks) process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}\n`);
    process.stdout.write(`paths: token ${token}; results ${resultsDir()}; cache ${cacheDir()}\n`);
    process.stdout.write(`limits: ${Object.entries(limits).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    process.stdout.write(`versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  }
  return report.ok ? 0 : 1;
}
