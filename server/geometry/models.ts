/**
 * The face models this installation can fit: the full head (ICT-FaceKit) is the default, from the
 * user's own import (`fitme model add`) when there is one, else the conversion embedded in this
 * package; the MediaPipe face mask is always there too (`--model mediapipe-canonical`).
 */
import type { FaceModel } from './face-model.js';
import { embeddedIctDir } from './ict/embedded.js';
import { ICT_MODEL_ID, importedIctModel } from './ict/ict-model.js';
import { MEDIAPIPE_MODEL_ID, mediapipeModel } from './mediapipe-model.js';

export interface ModelRegistry {
  models: Map<string, FaceModel>;
  defaultId: string;
}

export function availableModels(): ModelRegistry {
  const models = new Map<string, FaceModel>([[MEDIAPIPE_MODEL_ID, mediapipeModel]]);
  const ict = importedIctModel() ?? importedIctModel(embeddedIctDir());
  if (ict) models.set(ICT_MODEL_ID, ict);
  return { models, defaultId: ict ? ICT_MODEL_ID : MEDIAPIPE_MODEL_ID };
}
