/**
 * `fitme`: fit, eval, serve, view, models, model, doctor, worker, batch. See README, "CLI reference".
 */
import { parseArgs } from 'node:util';
import { FleetError } from '../fleet/fleet-error.js';
import { setHome } from '../config/paths.js';
import { DaemonStartError } from '../stream/daemon-start-error.js';
import { FitError } from '../types.js';
import { UsageError } from './usage-error.js';

const USAGE = `fitme — photos of a person in, a relightable 3D head out

Usage:
  fitme fit <photo...> -o <out.glb> [--model ID] [--texture-size N] [--preset P] [--energy E] [--maps-dir DIR] [--face-index K] [--json]
  fitme eval <photo...> [--out DIR] [--model ID] [--texture-size N] [--preset P] [--energy E] [--face-index K] [--json]
  fitme serve [--host H] [--port N] [--concurrency N] [--allow-origin URL]... [--max-frame-mb N]
              [--max-photo-mp N] [--max-queued N] [--fit-threads N] [--energy E] [--json]
  fitme view [avatar.glb] [--maps-dir DIR] [--photo FILE] [--port N] [--host H] [--no-open] [--json]
  fitme models [--json]
  fitme model add ict-facekit --from <ICT-FaceKit folder> [--json]
  fitme model remove ict-facekit [--json]
  fitme doctor [--json]
  fitme worker --redis URL [--concurrency N] [--queue NAME] [--lock-seconds S] [--fit-threads N] [--energy E]
               [--max-photo-mp N] [--json]
  fitme batch --redis URL --out DIR (<photo...> | --list FILE) [--model ID] [--texture-size N] [--preset P]
              [--maps LIST] [--face-index K] [--queue NAME] [--window N] [--retry-failed] [--json]

Fit options:
  --preset P   reflectance fit: fast, default or quality (about twice as long as default)
  --energy E   what evaluates the reflectance fit's energy: auto (default: tfjs on a CUDA GPU with
               @tensorflow/tfjs-node-gpu, else analytic), analytic (typed arrays), or tfjs

Common options:
  --home DIR   keep the token, results and caches under DIR (also: env FITME_HOME)
  -h, --help   this text
`;

type Command = (argv: string[]) => Promise<number>;

// Each command's modules load when it runs: `fitme fit` need not load the daemon, nor `fitme models` the networks.
const COMMANDS: Record<string, () => Promise<Command>> = {
  fit: async () => (await import('./fit.js')).fit,
  eval: async () => (await import('./eval.js')).evaluate,
  serve: async () => (await import('./serve.js')).serve,
  view: async () => (await import('./view.js')).view,
  models: async () => (await import('./models.js')).models,
  model: async () => (await import('./model.js')).model,
  doctor: async () => (await import('./doctor.js')).doctor,
  worker: async () => (await import('./worker.js')).worker,
  batch: async () => (await import('./batch.js')).batch,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const load = COMMANDS[command];
  if (!load) {
    process.stderr.write(`fitme: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { home: { type: 'string' } }, strict: false });
  if (typeof values.home === 'string') setHome(values.home);
  return (await load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof FitError) {
      process.stderr.write(`fitme: ${err.message} [${err.code}]\n`);
      process.exitCode = 1;
    } else if (err instanceof DaemonStartError || err instanceof FleetError) {
      process.stderr.write(`fitme: ${err.message}\n`);
      process.exitCode = 1;
    } else if (err instanceof UsageError || (err as NodeJS.ErrnoException | undefined)?.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`fitme: ${(err as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`fitme: internal error: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 70;
    }
  },
);
