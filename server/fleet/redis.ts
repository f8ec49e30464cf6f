/**
 * The fleet's Redis: one URL (`--redis redis://host:port[/db]`), checked up front so a typo or a
 * server that is down is a clear error at once rather than a command that waits forever.
 */
import { Redis } from 'ioredis';
import { FleetError } from './fleet-error.js';

export { FleetError } from './fleet-error.js';

export function checkRedisUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FleetError(`--redis ${url} is not a URL: use redis://HOST:PORT (or rediss:// for TLS)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new FleetError(`--redis ${url}: the URL must start with redis:// or rediss://`);
  return url;
}

/**
 * A client for the fleet's own keys. BullMQ's workers need `maxRetriesPerRequest: null` (their
 * blocking reads must outlive a reconnect); once connected, a dropped server is retried forever.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  const redis = new Redis(checkRedisUrl(url), { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: timeoutMs, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new FleetError(`cannot reach Redis at ${url} (${(err as Error).message}): start redis-server there, or pass the right --redis URL`);
  }
  // Connected: from now on ride out restarts of the server instead of giving up.
  redis.options.retryStrategy = (times: number) => Math.min(times * 200, 2000);
  redis.on('error', () => undefined);
  return redis;
}

/** Connection options for BullMQ's Queue, Worker and QueueEvents. */
export function bullConnection(url: string) {
  return { url: checkRedisUrl(url), maxRetriesPerRequest: null };
}
