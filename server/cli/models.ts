import { parseArgs } from 'node:util';
import { availableModels } from '../geometry/models.js';

export async function models(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { home: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const registry = availableModels();
  const list = [...registry.models.values()].map((m) => ({ ...m.describe(), default: m.describe().id === registry.defaultId }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(list)}\n`);
  } else {
    for (const m of list) {
      process.stdout.write(`${m.id}${m.default ? ' (default)' : ''}\n  ${m.description}\n  ${m.vertexCount} vertices, ${m.triangleCount} triangles, ${m.morphTargetNames.length} morph targets\n`);
    }
  }
  return 0;
}
