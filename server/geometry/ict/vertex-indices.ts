/** Reads and checks ICT-FaceKit's vertex_indices.json (landmark and fitting vertex sets). */
import { ModelImportError } from './import-error.js';
import type { IctVertexSets } from './model.js';
import { ICT_EXPRESSIONS, VERTEX_INDICES_FILE } from './source-folder.js';

export function readVertexIndices(text: string, vertexCount: number): IctVertexSets {
  const corrupt = (problem: string): ModelImportError =>
    new ModelImportError(
      'MODEL_FILE_CORRUPT',
      `${VERTEX_INDICES_FILE}: ${problem}. Restore the file from the ICT-FaceKit repository and import again.`,
    );
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw corrupt(`not valid JSON (${(e as Error).message})`);
  }
  const indexList = (key: string, limit: number, length?: number): Uint32Array => {
    const v = json[key];
    if (!Array.isArray(v) || !v.every((i) => Number.isInteger(i) && i >= 0 && i < limit)) {
      throw corrupt(`"${key}" is not a list of indices below ${limit}`);
    }
    if (length !== undefined && v.length !== length) throw corrupt(`"${key}" has ${v.length} entries, expected ${length}`);
    return Uint32Array.from(v as number[]);
  };
  const expressions = json.expressions;
  const expected = new Set<string>(ICT_EXPRESSIONS);
  if (!Array.isArray(expressions) || expressions.length !== expected.size || !expressions.every((n) => expected.has(n))) {
    throw corrupt(`"expressions" does not list ICT-FaceKit's ${expected.size} expression shapes`);
  }
  return {
    landmarks68: indexList('idx_to_landmark_verts', vertexCount, 68),
    rigidLandmarks: indexList('idx_to_rigid_landmark_idx', 68),
    fitting: indexList('idx_to_fitting_verts', vertexCount),
    rigid: indexList('idx_to_rigid_verts', vertexCount),
    laplacianRigid: indexList('idx_to_lap_rigid_verts', vertexCount),
  };
}
