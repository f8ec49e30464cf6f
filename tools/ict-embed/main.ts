/**
 * Rebuilds the embedded full-head model, models/ict-facekit/, from ICT-FaceKit's upstream
 * FaceXModel folder with the same importer as `fitme model add`, stamped so that the output is
 * byte-identical on every machine (test/ict/embedded.test.ts checks that against ../shared).
 * ICT's LICENSE and CREDITS.md beside it are upstream's files, kept as they are.
 *
 *   npm run embed-ict -- <ICT-FaceKit clone or its FaceXModel folder>
 */
import { EMBEDDED_SOURCE, embeddedIctDir } from '../../server/geometry/ict/embedded.js';
import { importIctFaceKit } from '../../server/geometry/ict/import.js';

const from = process.argv[2];
if (!from) {
  process.stderr.write('usage: npm run embed-ict -- <ICT-FaceKit clone or its FaceXModel folder>\n');
  process.exit(2);
}
const out = process.argv[3] ?? embeddedIctDir();
const r = await importIctFaceKit(from, { cacheDir: out, source: EMBEDDED_SOURCE });
process.stdout.write(
  `${out}: ${(r.cacheBytes / 2 ** 20).toFixed(1)} MiB, ${r.vertexCount} vertices, ${r.identityCount} identity modes, ` +
    `${r.expressionNames.length} expressions, largest quantisation error ${r.maxQuantisationErrorMm.toFixed(4)} mm, ${(r.ms / 1000).toFixed(1)} s\n`,
);
