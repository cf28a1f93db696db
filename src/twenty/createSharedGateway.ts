import { createCoalescer } from './coalescer.js';
import { createRateBudget } from './rateBudget.js';
import { connectRedis, type RedisLink, type RedisLog, whenRedisReady } from './redisLink.js';
import { createResponseCache } from './responseCache.js';
import { createUpstreamGateway, type UpstreamGateway } from './upstreamGateway.js';

/** How the process-wide gateway is built (from the configuration). */
export interface SharedGatewaySettings {
  cache: { ttlMs: number; metadataTtlMs: number; staleMs: number; maxBytes: number };
  /** Requests per window per workspace credential; 0 = no budget. */
  rateLimit: number;
  rateWindowMs: number;
  rateWaitMs: number;
  /** Redis shared by every replica; undefined keeps everything in this process. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so deployments (and test runs) sharing one Redis stay apart. */
  redisKeyPrefix: string;
  log: RedisLog;
}

// A refresh that has a stale entry to fall back on waits this long at most
// for the budget: a stale answer now beats a fresh one seconds later.
const STALE_WAIT_MS = 200;
// Our bucket stays this far below Twenty's (2%, at least one request): Twenty
// counts a request when it arrives, and network jitter can bring two closer
// together than we sent them.
const RATE_MARGIN = 0.02;
// Half the budget is kept for reads with nothing cached and for writes: an
// expired entry is refreshed only while more than that is left.
const REFRESH_RESERVE = 0.5;

/**
 * Builds the gateway every upstream request of this process goes through:
 * the response cache, coalescing and the rate budget, in memory or shared
 * through Redis. Waits briefly for Redis at start; if it does not answer,
 * serves with local state and says so through `log`.
 */
export async function createSharedGateway(settings: SharedGatewaySettings): Promise<UpstreamGateway> {
  let redis: RedisLink | undefined;
  if (settings.redisUrl) {
    redis = connectRedis(settings.redisUrl, { log: settings.log });
    await whenRedisReady(redis);
  }
  const keyPrefix = settings.redisKeyPrefix;
  const gateway = createUpstreamGateway({
    cache: createResponseCache({ ...settings.cache, ...(redis ? { redis } : {}), keyPrefix }),
    coalescer: createCoalescer({ ...(redis ? { redis } : {}), keyPrefix }),
    budget:
      settings.rateLimit > 0
        ? createRateBudget({
            limit: budgetLimitOf(settings.rateLimit),
            windowMs: settings.rateWindowMs,
            ...(redis ? { redis: redis.client } : {}),
            keyPrefix,
            log: settings.log,
          })
        : undefined,
    rateWaitMs: settings.rateWaitMs,
    staleWaitMs: Math.min(STALE_WAIT_MS, settings.rateWaitMs),
    refreshReserve: Math.floor(budgetLimitOf(settings.rateLimit) * REFRESH_RESERVE),
  });
  return {
    ...gateway,
    async close() {
      await gateway.close();
      await redis?.close();
    },
  };
}

/** The bucket size twenty-bff uses for Twenty's `rateLimit`: a little below it. */
export function budgetLimitOf(rateLimit: number): number {
  return Math.max(1, rateLimit - Math.max(1, Math.ceil(rateLimit * RATE_MARGIN)));
}

