/**
 * Errors of `fitme model add` and of loading an imported model. They never travel on the wire as
 * such: the CLI prints the message, and the daemon answers a request for a model that is not
 * imported with FitError('UNKNOWN_MODEL').
 */
export type ModelImportErrorCode =
  | 'MODEL_SOURCE_NOT_FOUND' // the folder given does not exist
  | 'MODEL_SOURCE_UNRECOGNISED' // it exists but is not the model's upstream folder
  | 'MODEL_FILE_MISSING' // the folder is incomplete
  | 'MODEL_FILE_CORRUPT' // a file is there but unreadable or inconsistent (file and line named)
  | 'MODEL_NOT_IMPORTED' // no cached model yet
  | 'MODEL_CACHE_INVALID'; // the cached model is damaged or from another format version

export class ModelImportError extends Error {
  constructor(
    readonly code: ModelImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelImportError';
  }
}
