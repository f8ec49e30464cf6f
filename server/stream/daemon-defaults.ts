/** The daemon's defaults, apart from the daemon, so that commands which only need its limits (fit, eval) do not load the daemon. */
import type { DaemonOptions } from './daemon.js';

export const DEFAULT_DAEMON_OPTIONS: Omit<DaemonOptions, 'version' | 'log'> = {
  host: '127.0.0.1',
  port: 7468,
  allowedOrigins: [],
  // Eight 12-megapixel JPEGs fit with room to spare; anything bigger is refused before it is buffered.
  maxFrameBytes: 256 << 20,
  concurrency: 1,
  maxQueued: 16,
  maxPhotos: 8,
  // 100 MP: a decoded RGB copy is 300 MB, the most a fit may hold per photo on a small machine.
  maxPhotoPixels: 100_000_000,
};
