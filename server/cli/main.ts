/**
 * `fitme`: fit, eval, serve, models, model, doctor. See README, "CLI reference".
 */
import { parseArgs } from 'node:util';
import { serve } from './serve.js';
import { fit } from './fit.js';
import { evaluate } from './eval.js';
import { doctor } from './doctor.js';
import { models } from './models.js';
import { model } from './model.js';
import { view } from './view.js';
import { setHome } from '../config/paths.js';
import { DaemonStartError } from '../stream/daemon.js';
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

Fit options:
  --preset P   reflectance fit: fast, default or quality (about twice as long as default)
  --energy E   what evaluates the reflectance fit's energy: auto (default: tfjs on a CUDA GPU with
               @tensorflow/tfjs-node-gpu, else analytic), analytic (typed arrays), or tfjs

Common options:
  --home DIR   keep the token, results and caches under DIR (also: env FITME_HOME)
  -h, --help   this text
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { fit, eval: evaluate, serve, view, models, model, doctor };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`fitme: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { home: { type: 'string' } }, strict: false });
  if (typeof values.home === 'string') setHome(values.home);
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof FitError) {
      process.stderr.write(`fitme: ${err.message} [${err.code}]\n`);
      process.exitCode = 1;
    } else if (err instanceof DaemonStartError) {
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
