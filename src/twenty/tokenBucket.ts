/**
 * A continuous-refill token bucket as plain data and pure functions: the
 * arithmetic of the sandbox's rate limiter (contract §6.3), so a budget that
 * spends only these tokens never sends more than Twenty's own bucket accepts.
 * `redisBuckets.ts` runs the same steps in Lua; keep the two in step.
 */

/** How a bucket fills: capacity `limit`, refilled by `limit` tokens per `windowMs`, continuously. */
export interface BucketRule {
  limit: number;
  windowMs: number;
}

/**
 * A bucket's state: `tokens` (fractional) at epoch ms `at`, refilling from
 * then on. Nothing can be taken before `at`, which a penalty puts in the future.
 */
export interface TokenBucket {
  tokens: number;
  at: number;
}

/** A bucket holding `limit` tokens at `now`, as Twenty's starts. */
export function fullBucket(rule: BucketRule, now: number): TokenBucket {
  return { tokens: rule.limit, at: now };
}

/** The tokens `bucket` holds at `time` (its own `tokens` for any time up to `at`). */
export function tokensAt(bucket: TokenBucket, rule: BucketRule, time: number): number {
  if (time <= bucket.at) {
    return bucket.tokens;
  }
  // Same expression, in the same order, as the sandbox's refill: equal
  // floating-point results, so a grant here is never a refusal there.
  return Math.min(rule.limit, bucket.tokens + ((time - bucket.at) * rule.limit) / rule.windowMs);
}

/** Whole milliseconds from `now` until `count` tokens can have been taken one after another; 0 when they are there now. */
export function msUntilTokens(bucket: TokenBucket, rule: BucketRule, now: number, count: number): number {
  const start = Math.max(now, bucket.at);
  const missing = count - tokensAt(bucket, rule, start);
  return Math.ceil(start - now + (missing > 0 ? (missing * rule.windowMs) / rule.limit : 0));
}

/**
 * Takes up to `want` whole tokens at `now`. Returns how many it took and the
 * new state; a bucket that gives nothing is returned unchanged.
 */
export function takeTokens(bucket: TokenBucket, rule: BucketRule, now: number, want: number): { bucket: TokenBucket; granted: number } {
  if (now < bucket.at || tokensAt(bucket, rule, now) < 1) {
    return { bucket, granted: 0 };
  }
  let tokens = tokensAt(bucket, rule, now);
  let granted = 0;
  // One subtraction per token, as the sandbox takes them one request at a time.
  while (granted < want && tokens >= 1) {
    tokens -= 1;
    granted += 1;
  }
  return { bucket: { tokens, at: now }, granted };
}

/**
 * Nothing before `now + delayMs`, and at most `maxTokens` then: what a 429
 * with that Retry-After tells (`maxTokens` 1), or what another copy of the
 * bucket knows. An existing longer block is kept.
 */
export function capTokens(bucket: TokenBucket, rule: BucketRule, now: number, delayMs: number, maxTokens: number): TokenBucket {
  const at = Math.max(bucket.at, now + delayMs);
  return { tokens: Math.min(maxTokens, tokensAt(bucket, rule, at)), at };
}
