/**
 * The fuzzer's TypeScript side, in a worker thread so a hang can be cut off like the C# and C++
 * harnesses' are: decodes each frame as the daemon does (decodeEnvelope) and re-encodes it
 * canonically. A WireError is a refusal; anything else thrown is a crash of that frame.
 */
import { parentPort } from 'node:worker_threads';
import { encodeEnvelope, WireError } from '../../server/stream/wire.js';
import { canonicalDecode } from '../vectors/write.js';
import type { Outcome } from './harnesses.js';

parentPort!.on('message', (frames: Uint8Array[]) => {
  const out: Outcome[] = frames.map((frame) => {
    try {
      return { ok: true, encoded: encodeEnvelope(canonicalDecode(frame)) };
    } catch (err) {
      return err instanceof WireError ? { ok: false, error: err.message } : { kind: 'crash', detail: String((err as Error).stack ?? err) };
    }
  });
  parentPort!.postMessage(out);
});
