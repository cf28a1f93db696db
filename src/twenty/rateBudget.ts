import type { Redis } from 'ioredis';

import { FairQueue } from './FairQueue.js';
import { type Buckets, createLocalBuckets } from './localBuckets.js';
import { createRedisBuckets } from './redisBuckets.js';

/** How createRateBudget spends a workspace's requests (contract §6.3). */
export interface RateBudgetOptions {
  /** Requests per window per scope, like Twenty's (TWENTY_RATE_LIMIT, default 100). */
  limit: number;
  /** The window, ms (TWENTY_RATE_WINDOW_MS, default 60000). Refill is continuous: limit/windowMs per ms; capacity = limit, starting full. */
  windowMs: number;
  /** When given, the bucket lives in Redis and every replica shares it. */
  redis?: Redis;
  /** Prefix of the Redis keys, default 'twenty-bff:'. */
  keyPrefix?: string;
  /** The clock, for tests. With `redis`, it replaces Redis's TIME, so every replica must share it. */
  now?: () => number;
  /** Where the Redis fallback says it went local (one warn) and shared again (one info). */
  log?: (level: 'warn' | 'info', message: string) => void;
  /** With `redis`: a command unanswered for this long counts as Redis being unavailable (default 200). */
  redisTimeoutMs?: number;
  /** With `redis`: while Redis is unavailable, how often to ask whether it answers again (default 1000). */
  redisProbeEveryMs?: number;
}

/** One request for a token. */
export interface TokenRequest {
  /** The workspace credential's hash (never the key itself). */
  scope: string;
  /** Who asked (client name header or address): callers share a scope's tokens fairly. */
  caller: string;
  /** Writes go before reads. */
  kind: 'read' | 'write';
  /** Epoch ms; past it, acquire rejects with RateBudgetExceeded. */
  deadline: number;
  /** Aborted → reject with signal.reason, leave the queue at once. */
  signal?: AbortSignal;
}

/** A rate budget: the tokens of each scope, handed out fairly. */
export interface RateBudget {
  /** Waits for one token of request.scope; resolves with how long it waited. */
  acquire(request: TokenRequest): Promise<{ waitedMs: number }>;
  /**
   * A 429 still arrived: no token for this scope until retryAfterMs from now (shared through Redis),
   * then one. A retryAfterMs that is not a finite number blocks the scope for windowMs.
   */
  penalize(scope: string, retryAfterMs: number): Promise<void>;
  /** Tokens available now (for tests/metrics), and queued requests. */
  inspect(scope: string): Promise<{ tokens: number; queued: number }>;
  /** Rejects every queued request with RateBudgetClosed and stops every timer; leaves the Redis client open. */
  close(): Promise<void>;
  /** True while the buckets are shared through Redis; false in memory, and while Redis is unavailable. */
  readonly shared: boolean;
}

/** No token for this request before its deadline. */
export class RateBudgetExceeded extends Error {
  override name = 'RateBudgetExceeded';
  /** ms until a token would be free for this request, counting the requests queued before it. */
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    super(`No rate-limit token before the deadline; one would be free in ${retryAfterMs} ms.`);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The budget was closed while the request waited, or before it came. */
export class RateBudgetClosed extends Error {
  override name = 'RateBudgetClosed';

  constructor() {
    super('The rate budget is closed.');
  }
}

interface Waiter {
  request: TokenRequest;
  enqueuedAt: number;
  resolve(value: { waitedMs: number }): void;
  reject(reason: unknown): void;
  cleanup(): void;
}

interface ScopeQueue {
  waiters: FairQueue<Waiter>;
  pumping: boolean;
  timer?: NodeJS.Timeout;
}

const WRITE_LANE = 0;
const READ_LANE = 1;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Returns a rate budget: one token bucket per scope, in memory or in Redis,
 * never granting more in any interval than Twenty's own bucket with the same
 * limit and window would accept. Each scope's waiting requests are served
 * writes first, then round-robin across callers, first-come within a caller.
 * Throws for a limit or window that is not positive (a limit of 0 means: build no budget).
 */
export function createRateBudget(options: RateBudgetOptions): RateBudget {
  if (!(options.limit > 0) || !(options.windowMs > 0)) {
    throw new RangeError(`A rate budget needs a positive limit and window; got ${options.limit} per ${options.windowMs} ms.`);
  }
  const now = options.now ?? Date.now;
  const rule = { limit: options.limit, windowMs: options.windowMs };
  const buckets: Buckets & { readonly shared?: boolean } =
    options.redis === undefined
      ? createLocalBuckets(rule, now)
      : createRedisBuckets({
          redis: options.redis,
          rule,
          keyPrefix: options.keyPrefix ?? 'twenty-bff:',
          now,
          clientTime: options.now !== undefined,
          log: options.log ?? (() => undefined),
          ...(options.redisTimeoutMs === undefined ? {} : { timeoutMs: options.redisTimeoutMs }),
          ...(options.redisProbeEveryMs === undefined ? {} : { probeEveryMs: options.redisProbeEveryMs }),
        });
  const scopes = new Map<string, ScopeQueue>();
  let closed = false;

  const settle = (scope: string, queue: ScopeQueue, waiter: Waiter) => {
    queue.waiters.remove(waiter);
    waiter.cleanup();
    if (queue.waiters.size === 0 && !queue.pumping) {
      clearTimeout(queue.timer);
      scopes.delete(scope);
    }
  };

  // Rejects, at once, every waiter that its place in the queue puts past its deadline.
  const rejectUnreachable = (scope: string, queue: ScopeQueue) => {
    const at = now();
    let place = 0;
    for (const waiter of queue.waiters.order()) {
      const waitMs = buckets.msUntil(scope, place + 1);
      if (at + waitMs > waiter.request.deadline) {
        settle(scope, queue, waiter);
        waiter.reject(new RateBudgetExceeded(Math.max(1, waitMs)));
      } else {
        place += 1;
      }
    }
  };

  const pump = async (scope: string, queue: ScopeQueue) => {
    queue.pumping = true;
    clearTimeout(queue.timer);
    queue.timer = undefined;
    try {
      while (!closed && queue.waiters.size > 0) {
        const granted = await buckets.take(scope, queue.waiters.size);
        if (closed) {
          return;
        }
        // Whoever's turn it is now: a waiter may have left during the take.
        // A token nobody is left to use is dropped, never kept for later
        // (sent late, it could land where Twenty's bucket has none).
        for (let left = granted; left > 0; ) {
          const waiter = queue.waiters.shift();
          if (waiter === undefined) {
            break;
          }
          waiter.cleanup();
          const at = now();
          // One that came during the take, already too late, was not checked yet.
          if (at > waiter.request.deadline) {
            waiter.reject(new RateBudgetExceeded(Math.max(1, buckets.msUntil(scope, 1))));
            continue;
          }
          waiter.resolve({ waitedMs: Math.max(0, at - waiter.enqueuedAt) });
          left -= 1;
        }
        if (queue.waiters.size === 0) {
          break;
        }
        rejectUnreachable(scope, queue);
        // Never 0 after a take that gave nothing: no busy loop, whatever the bucket says.
        const waitMs = granted === 0 ? Math.max(1, buckets.msUntil(scope, 1)) : buckets.msUntil(scope, 1);
        if (queue.waiters.size > 0 && waitMs > 0) {
          queue.timer = setTimeout(() => void pump(scope, queue), waitMs);
          queue.timer.unref();
          return;
        }
      }
    } finally {
      queue.pumping = false;
      if (queue.waiters.size === 0 && queue.timer === undefined && scopes.get(scope) === queue) {
        scopes.delete(scope);
      }
    }
  };

  // Called when the bucket changed under a waiting queue: take at once what can be taken.
  const wake = (scope: string) => {
    const queue = scopes.get(scope);
    if (queue !== undefined && !queue.pumping) {
      void pump(scope, queue);
    }
  };

  return {
    get shared() {
      return buckets.shared ?? false;
    },

    acquire(request) {
      if (closed) {
        return Promise.reject(new RateBudgetClosed());
      }
      const { signal } = request;
      if (signal?.aborted) {
        return Promise.reject(signal.reason);
      }
      return new Promise((resolve, reject) => {
        let queue = scopes.get(request.scope);
        if (queue === undefined) {
          queue = { waiters: new FairQueue<Waiter>(2), pumping: false };
          scopes.set(request.scope, queue);
        }
        const scopeQueue = queue;
        const onAbort = () => {
          settle(request.scope, scopeQueue, waiter);
          reject(signal?.reason);
        };
        // A backstop: estimates from a Redis shared with other replicas can be
        // optimistic. Node fires a timer longer than 2^31-1 ms at once, so a
        // deadline that far away gets none.
        const untilDeadline = Math.max(0, request.deadline - now()) + 1;
        const expiry =
          untilDeadline <= MAX_TIMER_MS
            ? setTimeout(() => {
                settle(request.scope, scopeQueue, waiter);
                reject(new RateBudgetExceeded(Math.max(1, buckets.msUntil(request.scope, scopeQueue.waiters.size + 1))));
              }, untilDeadline).unref()
            : undefined;
        const waiter: Waiter = {
          request,
          enqueuedAt: now(),
          resolve,
          reject,
          cleanup() {
            clearTimeout(expiry);
            signal?.removeEventListener('abort', onAbort);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.waiters.push(request.kind === 'write' ? WRITE_LANE : READ_LANE, request.caller, waiter);
        // While a take is in flight its tokens are gone from the bucket but
        // not yet handed out, so places cannot be judged: the pump judges
        // them once they are.
        if (!queue.pumping) {
          rejectUnreachable(request.scope, queue);
          if (queue.timer === undefined && queue.waiters.size > 0) {
            void pump(request.scope, queue);
          }
        }
      });
    },

    async penalize(scope, retryAfterMs) {
      // A Retry-After that could not be read must not unblock the scope (NaN) or block it forever.
      await buckets.penalize(scope, Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : options.windowMs);
      wake(scope);
    },

    async inspect(scope) {
      return { tokens: await buckets.tokens(scope), queued: scopes.get(scope)?.waiters.size ?? 0 };
    },

    close() {
      closed = true;
      for (const queue of scopes.values()) {
        clearTimeout(queue.timer);
        for (const waiter of queue.waiters.order()) {
          queue.waiters.remove(waiter);
          waiter.cleanup();
          waiter.reject(new RateBudgetClosed());
        }
      }
      scopes.clear();
      buckets.close();
      return Promise.resolve();
    },
  };
}
