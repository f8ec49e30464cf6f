import type protobuf from 'protobufjs';

/** One file an emitter writes, with its path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * A code generator for one target language. `outputs` gets the schema as protobufjs reflection
 * (types, fields, oneofs and enums already resolved) and returns every file it owns, so that
 * `npm run gen -- --check` can tell stale files from fresh ones without knowing the language.
 */
export interface Emitter {
  name: string;
  outputs(root: protobuf.Root): GeneratedFile[];
}
