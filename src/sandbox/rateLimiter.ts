import { type RateLimitOptions, SandboxHttpError } from './types.js';

/** Takes one token per request from a workspace's buckets (contract §6.3). */
export interface RateLimiter {
  /** Takes a token from both buckets, or throws the 429 and takes none. */
  take(workspaceId: string, apiKeyId: string): void;
}

interface BucketState {
  tokens: number;
  updatedAt: number;
}

interface BucketRule {
  limit: number;
  ttlMs: number;
}

/**
 * Returns per-workspace token buckets, a short and a long one, that refill
 * continuously (`limit` tokens per `ttlMs`). A request needs a token in both;
 * a refused one takes none and gets Twenty's G3 429: `RATE_LIMITED` body with
 * the exhausted scope, `Retry-After` and `X-RateLimit-*` headers.
 */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const rules: BucketRule[] = [
    { limit: options.shortLimit, ttlMs: options.shortTtlMs },
    { limit: options.longLimit, ttlMs: options.longTtlMs },
  ];
  const buckets = new Map<string, BucketState[]>();

  return {
    take(workspaceId, apiKeyId) {
      const at = now();
      const states = buckets.get(workspaceId) ?? rules.map((rule) => ({ tokens: rule.limit, updatedAt: at }));
      buckets.set(workspaceId, states);
      let exhausted: { rule: BucketRule; state: BucketState; retryAfterMs: number } | undefined;
      rules.forEach((rule, index) => {
        const state = states[index];
        if (state === undefined) {
          return;
        }
        refill(state, rule, at);
        if (state.tokens < 1) {
          const retryAfterMs = rule.limit > 0 ? ((1 - state.tokens) * rule.ttlMs) / rule.limit : rule.ttlMs;
          if (exhausted === undefined || retryAfterMs > exhausted.retryAfterMs) {
            exhausted = { rule, state, retryAfterMs };
          }
        }
      });
      if (exhausted !== undefined) {
        throw rateLimited(exhausted.rule, exhausted.state, exhausted.retryAfterMs, apiKeyId, at);
      }
      for (const state of states) {
        state.tokens -= 1;
      }
    },
  };
}

/**
 * Builds Twenty's G3 429 for an exhausted speed limit of `limit` requests per
 * `ttlMs` (usage-limit-to-rest-api-exception-handler): `Retry-After` is
 * rounded up and at least 1 second.
 */
export function rateLimitedError(options: {
  limit: number;
  ttlMs: number;
  remaining: number;
  retryAfterMs: number;
  apiKeyId: string;
  now: number;
}): SandboxHttpError {
  const retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterMs / 1000));
  const periodCount = options.ttlMs / 1000;
  return new SandboxHttpError(
    429,
    'RATE_LIMITED',
    [`Rate limit exceeded for apiKey: ${options.limit} requests per ${periodCount}s.`],
    {
      limitKind: 'speed',
      scope: { spenderType: 'apiKey', spenderId: options.apiKeyId },
      limit: options.limit,
      remaining: options.remaining,
      periodCount,
      periodUnit: 'second',
      retryAfterSeconds,
    },
    {
      'Retry-After': String(retryAfterSeconds),
      'X-RateLimit-Limit': String(options.limit),
      'X-RateLimit-Remaining': String(options.remaining),
      'X-RateLimit-Reset': String(Math.ceil((options.now + options.retryAfterMs) / 1000)),
    },
  );
}

function rateLimited(rule: BucketRule, state: BucketState, retryAfterMs: number, apiKeyId: string, now: number): SandboxHttpError {
  return rateLimitedError({
    limit: rule.limit,
    ttlMs: rule.ttlMs,
    remaining: Math.max(0, Math.floor(state.tokens)),
    retryAfterMs,
    apiKeyId,
    now,
  });
}

function refill(state: BucketState, rule: BucketRule, at: number): void {
  const elapsed = Math.max(0, at - state.updatedAt);
  if (rule.ttlMs > 0) {
    state.tokens = Math.min(rule.limit, state.tokens + (elapsed * rule.limit) / rule.ttlMs);
  }
  state.updatedAt = at;
}
