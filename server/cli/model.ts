/**
 * `fitme model add ict-facekit --from DIR` imports ICT-FaceKit's FaceXModel folder into the user's
 * data directory (it then becomes the default model); `fitme model remove ict-facekit` deletes it.
 */
import { parseArgs } from 'node:util';
import { defaultIctCacheDir, removeIctCache } from '../geometry/ict/cache.js';
import { ModelImportError } from '../geometry/ict/import-error.js';
import { importIctFaceKit } from '../geometry/ict/import.js';
import { ICT_MODEL_ID } from '../geometry/ict/ict-model.js';
import { UsageError } from './usage-error.js';

const USAGE = `usage: fitme model add ${ICT_MODEL_ID} --from <ICT-FaceKit folder> [--json]
       fitme model remove ${ICT_MODEL_ID} [--json]`;

export async function model(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { home: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const [action, id] = positionals;
  if (positionals.length !== 2 || (action !== 'add' && action !== 'remove')) throw new UsageError(USAGE);
  if (id !== ICT_MODEL_ID) throw new UsageError(`unknown model "${id}": the importable model is ${ICT_MODEL_ID}\n${USAGE}`);
  const print = (fields: Record<string, unknown>, text: string): void => {
    process.stdout.write(values.json ? `${JSON.stringify(fields)}\n` : `${text}\n`);
  };
  try {
    if (action === 'remove') {
      const removed = await removeIctCache();
      print({ event: 'removed', model: id, removed }, removed ? `removed ${id} (${defaultIctCacheDir()})` : `${id} was not imported`);
      return 0;
    }
    if (!values.from) throw new UsageError(`--from is required: the folder of your ICT-FaceKit clone or its FaceXModel folder\n${USAGE}`);
    const r = await importIctFaceKit(values.from);
    print(
      { event: 'imported', model: id, ...r },
      `imported ${id} from ${r.sourceDir} in ${(r.ms / 1000).toFixed(1)} s: ${r.vertexCount} vertices, ${r.triangleCount} triangles, ` +
        `${r.identityCount} identity modes, ${r.expressionNames.length} expressions; ${(r.cacheBytes / 2 ** 20).toFixed(1)} MiB in ${r.cacheFile}. ` +
        `It is now the default model.`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof ModelImportError)) throw err;
    if (values.json) print({ event: 'failed', model: id, code: err.code, message: err.message }, '');
    else process.stderr.write(`fitme: ${err.message} [${err.code}]\n`);
    return 1;
  }
}
