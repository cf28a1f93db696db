import { Redis } from 'ioredis';

/**
 * Returns a Redis client for the rate budget at `url`, once its first
 * connection attempt has succeeded or failed (never rejects for a Redis that
 * is down: the client keeps reconnecting, at most a second apart). Commands
 * fail at once while disconnected instead of waiting in a queue.
 */
export async function createRateBudgetRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail fast while disconnected: a token request must not wait for a
    // reconnection; the budget serves locally meanwhile.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 200,
    connectTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  // The budget logs one line when Redis goes away and one when it returns;
  // without a listener ioredis would print every failed reconnection.
  redis.on('error', () => undefined);
  await redis.connect().catch(() => undefined);
  return redis;
}
