/**
 * The model loaded on its own thread (load-prepared.ts) is the model loaded in this one, with the
 * layout and landmark basis it would compute; a damaged model fails as loadIctModel does.
 */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { avatarLayout } from '../../server/geometry/ict/avatar-layout.js';
import { ictCacheFile, loadIctModel } from '../../server/geometry/ict/cache.js';
import { embeddedIctDir } from '../../server/geometry/ict/embedded.js';
import { landmarkBasis } from '../../server/geometry/ict/landmark-basis.js';
import { loadPreparedIctModel } from '../../server/geometry/ict/load-prepared.js';
import { tempDir } from './ict-source.js';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('loadPreparedIctModel', () => {
  it('gives the embedded model, its avatar layout and landmark basis, bit for bit as computed here', async () => {
    const [prepared, here] = await Promise.all([loadPreparedIctModel(embeddedIctDir()), loadIctModel(embeddedIctDir())]);
    expect(bytes(prepared.identityBasis).equals(bytes(here.identityBasis))).toBe(true);
    expect(prepared.expressions.map((e) => e.name)).toEqual(here.expressions.map((e) => e.name));
    expect(bytes(prepared.expressions[7].deltas).equals(bytes(here.expressions[7].deltas))).toBe(true);
    const [a, b] = [avatarLayout(prepared), avatarLayout(here)];
    expect(a.primitives.map((p) => p.name)).toEqual(b.primitives.map((p) => p.name));
    a.primitives.forEach((p, i) => expect(bytes(p.indices).equals(bytes(b.primitives[i].indices))).toBe(true));
    expect(bytes(a.bakeMirror).equals(bytes(b.bakeMirror))).toBe(true);
    expect(bytes(landmarkBasis(prepared).matrix).equals(bytes(landmarkBasis(here).matrix))).toBe(true);
  });

  it('fails with the same code as loadIctModel on a missing or damaged model', async () => {
    const dir = await tempDir('ict-prepared');
    try {
      await expect(loadPreparedIctModel(dir.dir)).rejects.toMatchObject({ name: 'ModelImportError', code: 'MODEL_NOT_IMPORTED' });
      const model = await fs.readFile(ictCacheFile(embeddedIctDir()));
      await fs.writeFile(ictCacheFile(dir.dir), model.subarray(0, model.length >> 1));
      await expect(loadPreparedIctModel(dir.dir)).rejects.toMatchObject({ name: 'ModelImportError', code: 'MODEL_CACHE_INVALID' });
    } finally {
      await dir.remove();
    }
  });
});
