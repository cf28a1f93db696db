import { createHash } from 'node:crypto';

import type { Coalescer } from './coalescer.js';
import type { ResponseCache } from './responseCache.js';
import { TwentyApiError } from './TwentyApiError.js';

/** One upstream HTTP answer, as the client reads it. */
export interface UpstreamAnswer {
  status: number;
  body: string;
  /** The `Retry-After` header, when there was one. */
  retryAfter?: string | undefined;
  /** The `Content-Type` header (tells an HTML page from Twenty's JSON). */
  contentType?: string | undefined;
}

/** One upstream request, as the gateway sees it. */
export interface UpstreamExchange {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `/rest/…`, unencoded segments already encoded. */
  path: string;
  /** The query string with its `?`, or ''. */
  search: string;
  /** The REST plural the request reads or writes, or `metadata`. */
  tag: string;
  /** What a successful (or possibly applied) write makes stale: its own tag, or everything of the workspace. */
  invalidates?: 'tag' | 'all';
}

/** What one operation spent upstream; reported in `extensions.upstream`. */
export interface UpstreamUsage {
  /** HTTP requests sent to Twenty (retries included). */
  requests: number;
  /** Reads answered from the shared cache. */
  cacheHits: number;
  /** Read attempts (retries included) the shared cache was asked for and could not answer: sent, or shared with a request in flight. */
  cacheMisses: number;
  /** Reads answered from an expired cache entry because the rate budget could not serve a refresh in time. */
  staleHits: number;
  /** Reads that shared another operation's request in flight. */
  coalesced: number;
  /** Time spent waiting for the rate budget, ms. */
  budgetWaitMs: number;
  /** The upper bound estimated before the operation ran (absent until it is resolved). */
  estimated?: number;
}

/** Returns an UpstreamUsage with nothing spent. */
export function createUpstreamUsage(): UpstreamUsage {
  return { requests: 0, cacheHits: 0, cacheMisses: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0 };
}

/** The operation a request belongs to: whose quota, who asked, its cap, its cancellation. */
export interface OperationUpstream {
  /** Hash of the credential and extra headers (`scopeOf`): the cache, coalescing and budget key. */
  scope: string;
  /** Who asked (client name or address), for fair sharing of the rate budget. */
  caller: string;
  /** Aborted when the client went away: nothing new is sent. */
  signal?: AbortSignal | undefined;
  usage: UpstreamUsage;
  /** Most upstream requests the operation may make (`BFF_MAX_OPERATION_COST`). */
  maxRequests: number;
}

/** The response cache the gateway needs (`createResponseCache`). */
export type GatewayCache = Pick<ResponseCache, 'get' | 'set' | 'invalidate' | 'close'>;

/** The coalescer the gateway needs (`createCoalescer`). */
export type GatewayCoalescer = Pick<Coalescer, 'run' | 'close'>;

/** The rate budget the gateway needs (`createRateBudget`). */
export interface GatewayBudget {
  acquire(request: {
    scope: string;
    caller: string;
    kind: 'read' | 'write';
    deadline: number;
    signal?: AbortSignal | undefined;
  }): Promise<{ waitedMs: number }>;
  penalize(scope: string, retryAfterMs: number): void | Promise<void>;
  inspect(scope: string): Promise<{ tokens: number }>;
  close(): Promise<void>;
}

/** What the gateway is built from; each part is optional. */
export interface UpstreamGatewayOptions {
  cache?: GatewayCache | undefined;
  coalescer?: GatewayCoalescer | undefined;
  budget?: GatewayBudget | undefined;
  /** Longest a request waits for the budget when nothing stale can be served (`BFF_RATE_WAIT_MS`). */
  rateWaitMs: number;
  /** Longest a refresh waits for the budget when a stale entry can be served instead. */
  staleWaitMs: number;
  /**
   * Tokens kept for reads with nothing cached and for writes: below this, an
   * expired entry is served stale instead of being refreshed (0: refresh whenever a token comes).
   */
  refreshReserve?: number;
  now?: () => number;
}

/**
 * The process-wide layer every upstream request goes through, shared by all
 * operations: reads are answered from the cache, share a request in flight,
 * or wait for the workspace's rate budget; writes take budget before reads
 * and invalidate what they change before they answer.
 */
export interface UpstreamGateway {
  /**
   * Sends `exchange` for `operation` with `transmit` (the HTTP call), or
   * answers it without one. Throws TwentyApiError `cancelled`, `cost` or
   * `budget` when it may not be sent; rethrows what `transmit` throws.
   */
  send(exchange: UpstreamExchange, operation: OperationUpstream, transmit: (signal: AbortSignal | undefined) => Promise<UpstreamAnswer>): Promise<UpstreamAnswer>;
  /** Twenty answered 429: no request of `scope` goes out for `retryAfterMs`. */
  rateLimited(scope: string, retryAfterMs: number): Promise<void>;
  /**
   * Takes one token of `scope`'s budget for a request sent outside `send`
   * (the readiness probe), waiting at most `waitMs`; false when none came.
   */
  spendToken(scope: string, caller: string, waitMs: number): Promise<boolean>;
  /** Makes cached answers of `scope` ('*': every scope) under `tags` unservable. */
  invalidate(scope: string, tags: readonly string[] | 'all'): Promise<void>;
  close(): Promise<void>;
}

/** A gateway with no cache, no coalescing and no budget: every request is sent. */
export const DIRECT_GATEWAY_OPTIONS: UpstreamGatewayOptions = { rateWaitMs: 0, staleWaitMs: 0 };

/**
 * Returns the scope of a credential: a hash of the base URL, the
 * Authorization value and the extra headers, so that nothing cached or
 * shared for one credential reaches another (and the key itself is never a
 * cache or Redis key).
 */
export function scopeOf(baseUrl: string, authorization: string, headers: Readonly<Record<string, string>> = {}): string {
  const sortedHeaders = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value])
    .sort(([one], [other]) => (one ?? '').localeCompare(other ?? ''));
  return createHash('sha256').update(JSON.stringify([baseUrl, authorization, sortedHeaders])).digest('hex').slice(0, 32);
}

/** Creates the gateway over the parts given. */
export function createUpstreamGateway(options: UpstreamGatewayOptions): UpstreamGateway {
  const now = options.now ?? Date.now;
  const { cache, coalescer, budget } = options;

  const assertMaySend = (exchange: UpstreamExchange, operation: OperationUpstream) => {
    if (operation.signal?.aborted) {
      throw failure(exchange, 'cancelled', 'the client went away; nothing more is sent for this operation');
    }
    if (operation.usage.requests >= operation.maxRequests) {
      throw failure(exchange, 'cost', `this operation reached its limit of ${operation.maxRequests} upstream requests`);
    }
  };

  // Waits for a token; a spent budget becomes a `budget` failure.
  const takeToken = async (exchange: UpstreamExchange, operation: OperationUpstream, kind: 'read' | 'write', waitMs: number, signal: AbortSignal | undefined) => {
    if (!budget) {
      return;
    }
    try {
      const { waitedMs } = await budget.acquire({ scope: operation.scope, caller: operation.caller, kind, deadline: now() + waitMs, signal });
      operation.usage.budgetWaitMs += waitedMs;
    } catch (error) {
      if (signal?.aborted) {
        throw failure(exchange, 'cancelled', 'the client went away; nothing more is sent for this operation');
      }
      const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
      throw new TwentyApiError({
        kind: 'budget',
        method: exchange.method,
        path: exchange.path,
        detail: 'the rate budget of this Twenty workspace is spent',
        ...(typeof retryAfterMs === 'number' ? { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : {}),
        ...notSent(exchange),
      });
    }
  };

  async function read(exchange: UpstreamExchange, operation: OperationUpstream, transmit: (signal: AbortSignal | undefined) => Promise<UpstreamAnswer>) {
    const key = `${exchange.method} ${exchange.path}${exchange.search}`;
    const lookup = cache ? await cache.get(operation.scope, exchange.tag, key) : undefined;
    const cached = lookup?.hit;
    if (cached?.fresh) {
      operation.usage.cacheHits += 1;
      return cached.answer;
    }
    if (cached && budget && (options.refreshReserve ?? 0) > 0) {
      // Refreshing what can still be served is the least useful spending:
      // it waits until the budget has more than its reserve.
      const { tokens } = await budget.inspect(operation.scope);
      if (tokens < (options.refreshReserve ?? 0)) {
        operation.usage.staleHits += 1;
        return cached.answer;
      }
    }
    if (lookup) {
      operation.usage.cacheMisses += 1;
    }
    assertMaySend(exchange, operation);
    // Reserved before anything is in flight, so concurrent calls of one
    // operation cannot pass the cap together; given back when none is sent.
    operation.usage.requests += 1;
    let sent = false;
    const fetch = async (signal: AbortSignal | undefined): Promise<UpstreamAnswer> => {
      await takeToken(exchange, operation, 'read', cached ? options.staleWaitMs : options.rateWaitMs, signal);
      sent = true;
      const answer = await transmit(signal);
      // Only Twenty's JSON is kept: an HTML page from a misconfigured proxy
      // must not answer for the next minutes.
      if (lookup && answer.status >= 200 && answer.status < 300 && /json/i.test(answer.contentType ?? '')) {
        await cache?.set(lookup.ticket, { status: answer.status, body: answer.body });
      }
      return answer;
    };
    try {
      if (!coalescer) {
        return await fetch(operation.signal);
      }
      // The cache's version in the key: a read that starts after a write
      // never joins a request that started before it (read-your-writes).
      const { value, shared } = await coalescer.run(`${operation.scope} ${lookup?.ticket.version ?? ''} ${key}`, fetch, {
        ...(operation.signal ? { signal: operation.signal } : {}),
      });
      if (shared) {
        operation.usage.coalesced += 1;
      }
      return value;
    } catch (error) {
      if (cached && error instanceof TwentyApiError && error.kind === 'budget') {
        operation.usage.staleHits += 1;
        return cached.answer;
      }
      throw error;
    } finally {
      if (!sent) {
        operation.usage.requests -= 1;
      }
    }
  }

  async function write(exchange: UpstreamExchange, operation: OperationUpstream, transmit: (signal: AbortSignal | undefined) => Promise<UpstreamAnswer>) {
    assertMaySend(exchange, operation);
    operation.usage.requests += 1;
    try {
      await takeToken(exchange, operation, 'write', options.rateWaitMs, operation.signal);
    } catch (error) {
      operation.usage.requests -= 1;
      throw error;
    }
    let answer: UpstreamAnswer;
    try {
      // Never aborted once sent: the answer says whether it was applied.
      answer = await transmit(undefined);
    } catch (error) {
      await invalidateAfter(exchange, operation);
      throw error;
    }
    // A 4xx was refused before anything changed.
    if (answer.status < 400 || answer.status >= 500) {
      await invalidateAfter(exchange, operation);
    }
    return answer;
  }

  const invalidateAfter = async (exchange: UpstreamExchange, operation: OperationUpstream) =>
    cache?.invalidate(operation.scope, exchange.invalidates === 'all' ? 'all' : [exchange.tag]);

  return {
    send: (exchange, operation, transmit) => (exchange.method === 'GET' ? read(exchange, operation, transmit) : write(exchange, operation, transmit)),
    async rateLimited(scope, retryAfterMs) {
      await budget?.penalize(scope, retryAfterMs);
    },
    async spendToken(scope, caller, waitMs) {
      if (!budget) {
        return true;
      }
      try {
        await budget.acquire({ scope, caller, kind: 'read', deadline: now() + waitMs });
        return true;
      } catch {
        return false;
      }
    },
    async invalidate(scope, tags) {
      await cache?.invalidate(scope, tags);
    },
    async close() {
      await Promise.all([cache?.close(), coalescer?.close(), budget?.close()]);
    },
  };
}

function failure(exchange: UpstreamExchange, kind: 'cancelled' | 'cost', detail: string): TwentyApiError {
  return new TwentyApiError({ kind, method: exchange.method, path: exchange.path, detail, ...notSent(exchange) });
}

// A refusal of ours: the request never left, so a write certainly did not happen.
function notSent(exchange: UpstreamExchange): { writeOutcome?: 'NOT_APPLIED' } {
  return exchange.method === 'GET' ? {} : { writeOutcome: 'NOT_APPLIED' };
}
