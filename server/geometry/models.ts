/**
 * The face models this installation can fit: the embedded MediaPipe mesh, always, plus models the
 * user imported (`fitme model add`). An imported full-head model becomes the default.
 */
import type { FaceModel } from './face-model.js';
import { MEDIAPIPE_MODEL_ID, mediapipeModel } from './mediapipe-model.js';

export interface ModelRegistry {
  models: Map<string, FaceModel>;
  defaultId: string;
}

export function availableModels(): ModelRegistry {
  const models = new Map<string, FaceModel>([[MEDIAPIPE_MODEL_ID, mediapipeModel]]);
  return { models, defaultId: MEDIAPIPE_MODEL_ID };
}
