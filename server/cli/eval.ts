/**
 * `fitme eval`: fits the photos in this process, re-renders the fit over each photo and prints
 * how well it explains it, one line per metric (JSON with --json); with --out, writes the
 * pictures (side by side with the photo, and relit) and the report there.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FaceDetector } from '../detect/faces.js';
import { availableModels } from '../geometry/models.js';
import { DEFAULT_TEXTURE_SIZE, validateRequest } from '../pipeline.js';
import { DEFAULT_FIT_THREADS } from '../render/pixel-pool.js';
import { IDENTITY_REFERENCE } from '../reflectance/avatar-views.js';
import { DIFF_GAIN, evaluateFit, type FitEvaluation } from '../reflectance/evaluate-fit.js';
import { DEFAULT_DAEMON_OPTIONS } from '../stream/daemon-defaults.js';
import { FitError } from '../types.js';
import { ProgressReporter } from './progress.js';
import { presetOption } from './preset-option.js';
import { energyOption } from './energy-option.js';
import { UsageError } from './usage-error.js';

export async function evaluate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      out: { type: 'string' },
      'texture-size': { type: 'string', default: String(DEFAULT_TEXTURE_SIZE) },
      'face-index': { type: 'string', default: '0' },
      preset: { type: 'string', default: 'default' },
      energy: { type: 'string', default: 'auto' },
      model: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    throw new UsageError('usage: fitme eval <photo...> [--out DIR] [--texture-size N] [--preset fast|default|quality] [--energy auto|analytic|tfjs] [--model ID] [--face-index K] [--json]');
  }
  const reflectancePreset = presetOption(values.preset!);
  const fitEnergy = energyOption(values.energy!);
  const photos = await Promise.all(
    positionals.map(async (file, i) => {
      try {
        return { data: new Uint8Array(await fs.readFile(file)), name: path.basename(file), faceIndex: Number(values['face-index']) };
      } catch (err) {
        throw new FitError('NOT_AN_IMAGE', `photo ${i + 1} (${file}) cannot be read: ${(err as Error).message}`, i);
      }
    }),
  );
  const registry = availableModels();
  const model = values.model ?? registry.defaultId;
  const textureSize = Number(values['texture-size']);
  validateRequest({ photos, textureSize, model }, { maxPhotos: DEFAULT_DAEMON_OPTIONS.maxPhotos, minTextureSize: 256, maxTextureSize: 4096, models: [...registry.models.keys()] });

  // Progress goes to a terminal only: stdout carries the report.
  const bar = process.stderr.isTTY ? new ProgressReporter(false) : null;
  registry.models.get(model)!.prepare?.();
  const detector = await FaceDetector.load();
  let report: FitEvaluation;
  try {
    report = await evaluateFit(photos, registry.models.get(model)!, detector, {
      model,
      textureSize,
      reflectancePreset,
      limits: { maxPhotoPixels: DEFAULT_DAEMON_OPTIONS.maxPhotoPixels, fitThreads: DEFAULT_FIT_THREADS, fitEnergy },
      progress: (fit, stage, fraction, message) => bar?.progress(stage, fraction, `${fit}${message ? `, ${message}` : ''}`),
      warn: (code, message) => (bar ? bar.warn(code, message) : process.stderr.write(`warning: ${message}\n`)),
    });
  } finally {
    detector.dispose();
  }
  if (bar) process.stderr.write('\n');

  const files = values.out ? await writeOutputs(values.out, report) : [];
  const summary = jsonReport(report, files);
  process.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : textReport(report, files));
  return 0;
}

async function writeOutputs(dir: string, report: FitEvaluation): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const p of report.photos) {
    const stem = `${p.photoIndex + 1}-${path.parse(p.name).name}`;
    for (const [suffix, bytes] of [['side-by-side', p.sideBySidePng], ['relit', p.relitPng], ['views', p.viewsPng]] as const) {
      const file = path.join(dir, `${stem}.${suffix}.png`);
      await fs.writeFile(file, bytes);
      files.push(file);
    }
  }
  const json = path.join(dir, 'eval.json');
  files.push(json);
  await fs.writeFile(json, `${JSON.stringify(jsonReport(report, files), null, 2)}\n`);
  return files;
}

const round = (x: number | null, digits: number) => (x === null || !Number.isFinite(x) ? x : Number(x.toFixed(digits)));

/** The report without image bytes; Infinity (identical images) and NaN become null in JSON. */
function jsonReport(r: FitEvaluation, files: string[]) {
  return {
    model: r.model,
    textureSize: r.textureSize,
    reflectance: r.reflectance,
    fitMs: Math.round(r.fitMs),
    photos: r.photos.map((p) => ({
      photoIndex: p.photoIndex,
      name: p.name,
      width: p.width,
      height: p.height,
      maskPixels: p.maskPixels,
      psnrDb: round(p.psnrDb, 2),
      ssim: round(p.ssim, 4),
      landmarkErrorPercent: round(p.landmarkErrorPercent, 2),
      identity: round(p.identity, 4),
      views: Object.fromEntries(p.views.map((v) => [v.name, round(v.identity, 4)])),
      viewsAgainstOwnStudio: Object.fromEntries(p.views.map((v) => [v.name, round(v.ownStudio, 4)])),
      albedoOutliers: Object.fromEntries(Object.entries(p.albedoOutliers).map(([k, v]) => [k, round(v, 4)])),
    })),
    albedoAgreement: r.albedoAgreement && {
      meanDeltaE2000: round(r.albedoAgreement.meanDeltaE2000, 3),
      texels: r.albedoAgreement.texels,
      pairs: r.albedoAgreement.pairs.map((p) => ({ photos: p.photos, meanDeltaE2000: round(p.meanDeltaE2000, 3), medianDeltaE2000: round(p.medianDeltaE2000, 3), texels: p.texels })),
    },
    fillBoundary: r.fillBoundary && {
      toneDeltaE00: round(r.fillBoundary.toneDeltaE00, 2),
      stepDeltaE00: round(r.fillBoundary.stepDeltaE00, 2),
      textureDeltaE00: round(r.fillBoundary.textureDeltaE00, 2),
      observedTexels: r.fillBoundary.observedTexels,
      filledTexels: r.fillBoundary.filledTexels,
    },
    identityReference: IDENTITY_REFERENCE,
    diffGain: DIFF_GAIN,
    files,
    warnings: r.warnings,
  };
}

function percent(v: number): string {
  return Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : 'not measured';
}

function textReport(r: FitEvaluation, files: string[]): string {
  const na = 'not measured (see warnings)';
  const lines: string[] = [`reflectance: ${r.reflectance.preset} preset, ${r.reflectance.iterations} iterations, ${r.reflectance.energy} energy`];
  for (const p of r.photos) {
    lines.push(`photo ${p.photoIndex + 1}: ${p.name} (${p.width}x${p.height}, measured on ${p.maskPixels} face pixels)`);
    lines.push(`  PSNR ${Number.isFinite(p.psnrDb) ? p.psnrDb.toFixed(1) : p.psnrDb} dB`);
    lines.push(`  SSIM ${p.ssim.toFixed(3)}`);
    lines.push(`  landmarks ${p.landmarkErrorPercent === null ? na : `${p.landmarkErrorPercent.toFixed(2)} % of the inter-ocular distance`}`);
    lines.push(`  identity ${p.identity === null ? na : p.identity.toFixed(3)}`);
    lines.push(`  the avatar alone, identity: ${p.views.map((v) => `${v.name} ${v.identity === null ? 'not measured' : v.identity.toFixed(3)}`).join(', ')}`);
    lines.push(`  the same views against the avatar's own studio view (the most a perfect likeness could score): ${p.views.map((v) => `${v.name} ${v.ownStudio === null ? 'not measured' : v.ownStudio.toFixed(3)}`).join(', ')}`);
    const o = p.albedoOutliers;
    lines.push(`  albedo outliers (brighter or greener than the skin): nostrils ${percent(o.nostrils)}, lip line ${percent(o.lipLine)}, cheek edges ${percent(o.cheekEdges)}`);
  }
  const a = r.albedoAgreement;
  if (a) {
    lines.push(`albedo ΔE2000 ${a.texels > 0 ? a.meanDeltaE2000.toFixed(2) : 'not measured (no texel observed by both fits)'} (mean over ${a.texels} texels observed in both, photos fitted separately)`);
    for (const p of a.pairs) {
      lines.push(`  photos ${p.photos[0] + 1} and ${p.photos[1] + 1}: mean ${p.meanDeltaE2000.toFixed(2)}, median ${p.medianDeltaE2000.toFixed(2)} over ${p.texels} texels`);
    }
  }
  const b = r.fillBoundary;
  if (b) lines.push(`filled skin beside the photographed: tone ΔE2000 ${b.toneDeltaE00.toFixed(2)} (medians of ${b.observedTexels} and ${b.filledTexels} texels), step across the boundary ΔE2000 ${b.stepDeltaE00.toFixed(2)} (between neighbouring photographed texels ${b.textureDeltaE00.toFixed(2)})`);
  const ref = IDENTITY_REFERENCE;
  lines.push(`identity reference (faceres, different photos): same person median ${ref.samePersonMedian} (min ${ref.samePersonMin}), different people median ${ref.differentPeopleMedian} (max ${ref.differentPeopleMax})`);
  for (const f of files) lines.push(`wrote ${f}`);
  return `${lines.join('\n')}\n`;
}
