/**
 * The full-head model shipped in models/ict-facekit is what the project's importer makes from
 * upstream ICT-FaceKit (../shared has the FaceXModel folder byte for byte), so anyone can rebuild
 * and check it: `npm run embed-ict -- <FaceXModel folder>`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SOURCE, embeddedIctDir } from '../../server/geometry/ict/embedded.js';
import { importIctFaceKit } from '../../server/geometry/ict/import.js';
import { ictFaceKitClone, tempDir } from './ict-source.js';

const sha256 = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');
const out = await tempDir('ict-embed');
afterAll(() => out.remove());

describe('embedded ICT-FaceKit model', { timeout: 120_000 }, () => {
  it('is byte for byte what the importer makes from upstream, with ICT\'s licence beside it', async () => {
    const r = await importIctFaceKit(await ictFaceKitClone(), { cacheDir: out.dir, source: EMBEDDED_SOURCE });
    for (const file of ['model.msgpack', 'model.json']) {
      expect(await sha256(path.join(out.dir, file)), file).toBe(await sha256(path.join(embeddedIctDir(), file)));
    }
    expect(r.cacheBytes).toBeLessThan(25e6);
    expect(await fs.readFile(path.join(embeddedIctDir(), 'LICENSE'), 'utf8')).toMatch(/MIT License[\s\S]*USC Institute for Creative Technologies/);
    expect(await fs.readFile(path.join(embeddedIctDir(), 'CREDITS.md'), 'utf8')).toMatch(/ICT-FaceKit/);
  });
});
