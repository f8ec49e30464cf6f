import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { detectionBackend } from '../../server/detect/backend.js';

const require = createRequire(import.meta.url);

function installed(pkg: string): boolean {
  try {
    require.resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

describe('detectionBackend', () => {
  it('takes the first backend that starts, in the documented order, and says why it skipped others', async () => {
    const handlers = () => [process.listeners('uncaughtException'), process.listeners('unhandledRejection')];
    const before = handlers();
    const backend = await detectionBackend();
    expect(await detectionBackend()).toBe(backend);
    // The wasm runtime's rethrowing process handlers are taken back; the daemon's own apply.
    expect(handlers()).toEqual(before);
    const gpu = installed('@tensorflow/tfjs-node-gpu');
    const cpu = installed('@tensorflow/tfjs-node');
    if (!gpu && !cpu) {
      expect(backend.name).toBe('wasm');
      expect(backend.skipped.map((s) => s.name)).toEqual(['tensorflow-gpu', 'tensorflow']);
      for (const s of backend.skipped) expect(s.reason).toMatch(/Cannot find module/);
    }
    if (!gpu) expect(backend.skipped[0]?.name).toBe('tensorflow-gpu');
  });

  it('reports the versions and execution mode that `fitme doctor` shows', async () => {
    const backend = await detectionBackend();
    expect(backend.versions.human).toBe('3.3.6');
    expect(backend.versions['tfjs-core']).toMatch(/^4\.\d+\.\d+$/);
    if (backend.name === 'wasm') {
      expect(backend.versions['tfjs-backend-wasm']).toBe(backend.versions['tfjs-core']);
      // Node 20 has WebAssembly SIMD; tfjs keeps wasm single-threaded under Node.
      expect(backend.features).toEqual(['simd', 'single-threaded']);
    }
  });
});
