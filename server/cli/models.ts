import { parseArgs } from 'node:util';
import { modelInfos } from '../stream/daemon.js';
import { DEFAULT_MODEL } from '../pipeline.js';

export async function models(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { home: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const list = modelInfos().map((m) => ({ ...m, default: m.id === DEFAULT_MODEL }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(list)}\n`);
  } else {
    for (const m of list) {
      process.stdout.write(`${m.id}${m.default ? ' (default)' : ''}\n  ${m.description}\n  ${m.vertexCount} vertices, ${m.triangleCount} triangles, ${m.morphTargetNames?.length ?? 0} morph targets\n`);
    }
  }
  return 0;
}
