/**
 * Finds and checks ICT-FaceKit's `FaceXModel` folder as a user gets it from the upstream repository
 * (github.com/ICT-VGL/ICT-FaceKit): the user may name the folder itself or the repository clone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ModelImportError } from './import-error.js';

export const ICT_VERTEX_COUNT = 26719;
export const ICT_IDENTITY_COUNT = 100;

/** The 53 shapes of vertex_indices.json's `expressions`, in its order. */
export const ICT_EXPRESSIONS = [
  'browDown_L', 'browDown_R', 'browInnerUp_L', 'browInnerUp_R', 'browOuterUp_L', 'browOuterUp_R',
  'cheekPuff_L', 'cheekPuff_R', 'cheekSquint_L', 'cheekSquint_R', 'eyeBlink_L', 'eyeBlink_R',
  'eyeLookDown_L', 'eyeLookDown_R', 'eyeLookIn_L', 'eyeLookIn_R', 'eyeLookOut_L', 'eyeLookOut_R',
  'eyeLookUp_L', 'eyeLookUp_R', 'eyeSquint_L', 'eyeSquint_R', 'eyeWide_L', 'eyeWide_R',
  'jawForward', 'jawLeft', 'jawOpen', 'jawRight', 'mouthClose', 'mouthDimple_L', 'mouthDimple_R',
  'mouthFrown_L', 'mouthFrown_R', 'mouthFunnel', 'mouthLeft', 'mouthLowerDown_L', 'mouthLowerDown_R',
  'mouthPress_L', 'mouthPress_R', 'mouthPucker', 'mouthRight', 'mouthRollLower', 'mouthRollUpper',
  'mouthShrugLower', 'mouthShrugUpper', 'mouthSmile_L', 'mouthSmile_R', 'mouthStretch_L',
  'mouthStretch_R', 'mouthUpperUp_L', 'mouthUpperUp_R', 'noseSneer_L', 'noseSneer_R',
] as const;

/** Shapes the folder has beyond that list (no ARKit counterpart). */
export const ICT_EXTRA_SHAPES = ['PupilDilate_L', 'PupilDilate_R', 'cheekRaiser_L', 'cheekRaiser_R'] as const;

export const NEUTRAL_FILE = 'generic_neutral_mesh.obj';
export const VERTEX_INDICES_FILE = 'vertex_indices.json';

export interface IctSourceFolder {
  /** The FaceXModel folder. */
  dir: string;
  identityFiles: string[];
  /** Expression name and file, ICT_EXPRESSIONS then ICT_EXTRA_SHAPES. */
  expressionFiles: { name: string; file: string }[];
}

function identityFileName(k: number): string {
  return `identity${String(k).padStart(3, '0')}.obj`;
}

export async function locateIctSource(fromDir: string): Promise<IctSourceFolder> {
  const given = path.resolve(fromDir);
  const stat = await fs.stat(given).catch(() => undefined);
  if (!stat) throw new ModelImportError('MODEL_SOURCE_NOT_FOUND', `${given} does not exist. Pass the folder of your ICT-FaceKit clone, or its FaceXModel folder.`);
  if (!stat.isDirectory()) {
    throw new ModelImportError('MODEL_SOURCE_UNRECOGNISED', `${given} is a file; pass the folder of your ICT-FaceKit clone, or its FaceXModel folder.`);
  }
  let dir = given;
  let names = new Set(await fs.readdir(dir));
  if (!names.has(NEUTRAL_FILE) && names.has('FaceXModel')) {
    dir = path.join(given, 'FaceXModel');
    names = new Set(await fs.readdir(dir).catch(() => []));
  }
  if (!names.has(NEUTRAL_FILE)) {
    throw new ModelImportError(
      'MODEL_SOURCE_UNRECOGNISED',
      `${given} does not look like ICT-FaceKit's FaceXModel folder: ${NEUTRAL_FILE} is missing. Pass the FaceXModel folder of a clone of github.com/ICT-VGL/ICT-FaceKit, or the clone itself.`,
    );
  }
  const identityFiles = Array.from({ length: ICT_IDENTITY_COUNT }, (_, k) => identityFileName(k));
  const expressionFiles = [...ICT_EXPRESSIONS, ...ICT_EXTRA_SHAPES].map((name) => ({ name, file: `${name}.obj` }));
  const missing = [VERTEX_INDICES_FILE, ...identityFiles, ...expressionFiles.map((e) => e.file)].filter((f) => !names.has(f));
  if (missing.length > 0) {
    const shown = missing.length > 6 ? `${missing.slice(0, 5).join(', ')} and ${missing.length - 5} more` : missing.join(', ');
    throw new ModelImportError(
      'MODEL_FILE_MISSING',
      `ICT-FaceKit's FaceXModel folder ${dir} is incomplete: ${shown} ${missing.length === 1 ? 'is' : 'are'} missing. Restore the folder from the ICT-FaceKit repository and import again.`,
    );
  }
  return { dir, identityFiles, expressionFiles };
}
