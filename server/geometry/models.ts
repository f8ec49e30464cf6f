/**
 * The face models this installation can fit: the embedded MediaPipe mesh, always, plus models the
 * user imported (`fitme model add`). An imported full-head model becomes the default.
 */
import type { FaceModel } from './face-model.js';
import { ICT_MODEL_ID, importedIctModel } from './ict/ict-model.js';
import { MEDIAPIPE_MODEL_ID, mediapipeModel } from './mediapipe-model.js';

export interface ModelRegistry {
  models: Map<string, FaceModel>;
  defaultId: string;
}

export function availableModels(): ModelRegistry {
  const models = new Map<string, FaceModel>([[MEDIAPIPE_MODEL_ID, mediapipeModel]]);
  const ict = importedIctModel();
  if (ict) models.set(ICT_MODEL_ID, ict);
  return { models, defaultId: ict ? ICT_MODEL_ID : MEDIAPIPE_MODEL_ID };
}
