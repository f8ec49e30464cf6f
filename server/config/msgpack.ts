/**
 * The one msgpackr configuration for everything the daemon persists (caches, results): typed arrays
 * round-trip as typed arrays (`moreTypes`), not as raw Buffers.
 */
import { Packr } from 'msgpackr';

export const packr = new Packr({ moreTypes: true });
