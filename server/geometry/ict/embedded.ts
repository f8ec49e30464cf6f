/**
 * The ICT-FaceKit conversion shipped inside this package (models/ict-facekit/, with ICT's licence
 * and credits), made from the upstream FaceXModel folder by `npm run embed-ict` (tools/ict-embed).
 * It is the default model; a user's own import (`fitme model add`) takes its place.
 */
import path from 'node:path';
import { packageRoot } from '../../config/package-root.js';

/** The stamp the embedded build records instead of a path and a date, so rebuilding it is byte-identical. */
export const EMBEDDED_SOURCE = { dir: 'ICT-FaceKit/FaceXModel', importedAt: 'embedded' } as const;

let dir: string | undefined;

/** models/ict-facekit/ beside this package's package.json (the same from server/ and dist/server/). */
export function embeddedIctDir(): string {
  dir ??= path.join(packageRoot(), 'models', 'ict-facekit');
  return dir;
}

