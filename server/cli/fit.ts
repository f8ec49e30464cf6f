/**
 * `fitme fit`: one fit in this process, no daemon needed. A progress bar on a terminal, JSON lines
 * (one event per line) otherwise or with --json.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FaceDetector } from '../detect/faces.js';
import { DEFAULT_TEXTURE_SIZE, SUPPORTED_MAPS, runFit, validateRequest } from '../pipeline.js';
import { DEFAULT_DAEMON_OPTIONS } from '../stream/daemon-defaults.js';
import { availableModels } from '../geometry/models.js';
import { DEFAULT_FIT_THREADS } from '../render/pixel-pool.js';
import { metadata, newJobId } from '../stream/results.js';
import { validateGlb } from '../export/validate.js';
import { FitError, type MapKindName } from '../types.js';
import { ProgressReporter } from './progress.js';
import { presetOption } from './preset-option.js';
import { energyOption } from './energy-option.js';
import { UsageError } from './usage-error.js';

export async function fit(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'texture-size': { type: 'string', default: String(DEFAULT_TEXTURE_SIZE) },
      'maps-dir': { type: 'string' },
      'face-index': { type: 'string', default: '0' },
      preset: { type: 'string', default: 'default' },
      energy: { type: 'string', default: 'auto' },
      maps: { type: 'string' },
      model: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0 || !values.out) {
    throw new UsageError('usage: fitme fit <photo...> -o <out.glb> [--texture-size N] [--preset fast|default|quality] [--energy auto|analytic|tfjs] [--maps-dir DIR] [--face-index K] [--json]');
  }
  const reflectancePreset = presetOption(values.preset!);
  const fitEnergy = energyOption(values.energy!);
  const report = new ProgressReporter(values.json! || !process.stderr.isTTY);
  const photos = await Promise.all(
    positionals.map(async (file, i) => {
      try {
        return { data: await fs.readFile(file), name: path.basename(file), faceIndex: Number(values['face-index']) };
      } catch (err) {
        throw new FitError('NOT_AN_IMAGE', `photo ${i + 1} (${file}) cannot be read: ${(err as Error).message}`, i);
      }
    }),
  );
  const registry = availableModels();
  const maps = values.maps ? (values.maps.split(',') as MapKindName[]) : SUPPORTED_MAPS;
  const req = {
    jobId: newJobId(),
    name: path.basename(values.out, path.extname(values.out)),
    photos,
    model: values.model ?? registry.defaultId,
    textureSize: Number(values['texture-size']),
    reflectancePreset,
    maps,
    preview: { enabled: false, rateHz: 0, vertices: false },
  };
  validateRequest(req, { maxPhotos: DEFAULT_DAEMON_OPTIONS.maxPhotos, minTextureSize: 256, maxTextureSize: 4096, models: [...registry.models.keys()] });

  const model = registry.models.get(req.model)!;
  model.prepare?.();
  report.event('loading', { message: 'loading the face networks' });
  const detector = await FaceDetector.load();
  try {
    const result = await runFit(req, model, detector, { maxPhotoPixels: DEFAULT_DAEMON_OPTIONS.maxPhotoPixels, fitThreads: DEFAULT_FIT_THREADS, fitEnergy }, {
      progress: (stage, fraction, message) => report.progress(stage, fraction, message),
      warn: (code, message) => report.warn(code, message),
      preview: () => undefined,
      checkCancelled: () => undefined,
    });
    await fs.mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await fs.writeFile(values.out, result.glb);
    if (values['maps-dir']) {
      const dir = values['maps-dir'];
      await fs.mkdir(dir, { recursive: true });
      for (const t of result.textures) await fs.writeFile(path.join(dir, `${t.kind}.png`), t.bytes);
      await fs.writeFile(path.join(dir, 'metadata.json'), JSON.stringify(metadata(result), null, 2) + '\n');
    }
    const validation = await validateGlb(result.glb);
    report.done({
      glb: values.out,
      bytes: result.glb.length,
      mapsDir: values['maps-dir'] ?? null,
      durationMs: Math.round(result.durationMs),
      reflectance: result.reflectance,
      timings: result.timings.map((t) => ({ stage: t.stage, ms: Math.round(t.ms) })),
      validator: { errors: validation.errors, warnings: validation.warnings },
      landmarkError: result.photos.map((p) => Number(p.landmarkError.toFixed(4))),
      warnings: result.warnings,
    });
    return validation.errors === 0 ? 0 : 1;
  } finally {
    detector.dispose();
  }
}
