/**
 * The one msgpackr configuration for everything the daemon persists (caches, results): typed arrays
 * round-trip as typed arrays (`moreTypes`), not as raw Buffers.
 */
import { Packr } from 'msgpackr';

export const packr = new Packr({ moreTypes: true });

/**
 * For values of tens of megabytes (a finished result with its dense morph targets is ~100 MB):
 * packed into one buffer sized up front from the typed arrays inside. msgpackr grows its own
 * buffer by 1.25× at a time above 64 MB, copying such a value over and over (1.5 s of the daemon's
 * main thread per result, between the end of a fit and its first frame). A packer of its own, so
 * the big buffer is never the one the small packs (the job journal) go on filling.
 */
const bulkPackr = new Packr({ moreTypes: true });
/** Room for the keys, strings and numbers around the typed arrays. */
const BULK_SLACK = 1 << 20;

export function packBulk(value: unknown): Uint8Array {
  bulkPackr.useBuffer(Buffer.allocUnsafe(typedArrayBytes(value) + BULK_SLACK));
  return bulkPackr.pack(value);
}

function typedArrayBytes(v: unknown): number {
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (v === null || typeof v !== 'object') return 0;
  let n = 0;
  for (const x of Array.isArray(v) ? v : Object.values(v)) n += typedArrayBytes(x);
  return n;
}
