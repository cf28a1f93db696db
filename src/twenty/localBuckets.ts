import { type BucketRule, capTokens, fullBucket, msUntilTokens, type TokenBucket, takeTokens, tokensAt } from './tokenBucket.js';

/** Where a rate budget keeps its token buckets, one per scope: this process, or Redis. */
export interface Buckets {
  /** Takes up to `want` tokens of `scope` now; resolves with how many. Never rejects. */
  take(scope: string, want: number): Promise<number>;
  /** No token for `scope` for `delayMs`, then at most one. Never rejects. */
  penalize(scope: string, delayMs: number): Promise<void>;
  /** Ms until `count` tokens of `scope` could be taken, from the freshest state this process knows. */
  msUntil(scope: string, count: number): number;
  /** Tokens of `scope` available now. Never rejects. */
  tokens(scope: string): Promise<number>;
  close(): void;
}

/** Buckets in this process's memory, also readable and writable one by one (the Redis buckets' copy). */
export interface LocalBuckets extends Buckets {
  get(scope: string): TokenBucket;
  set(scope: string, bucket: TokenBucket): void;
}

// Past this many scopes, buckets that are full again are forgotten: a
// forgotten bucket comes back full, which is the same thing.
const PRUNE_ABOVE = 1000;

/**
 * Returns buckets kept in memory, following `rule` on the clock `now`. A
 * scope not seen before starts as `initial` returns (full, like Twenty's).
 */
export function createLocalBuckets(
  rule: BucketRule,
  now: () => number,
  initial: (now: number) => TokenBucket = (at) => fullBucket(rule, at),
): LocalBuckets {
  const buckets = new Map<string, TokenBucket>();

  const set = (scope: string, bucket: TokenBucket) => {
    if (buckets.size >= PRUNE_ABOVE && !buckets.has(scope)) {
      const at = now();
      for (const [known, state] of buckets) {
        if (state.at <= at && tokensAt(state, rule, at) >= rule.limit) {
          buckets.delete(known);
        }
      }
    }
    buckets.set(scope, bucket);
  };
  // Kept at once: an initial state that is not full must start refilling
  // from the moment the scope was first seen.
  const get = (scope: string) => {
    let bucket = buckets.get(scope);
    if (bucket === undefined) {
      bucket = initial(now());
      set(scope, bucket);
    }
    return bucket;
  };

  return {
    get,
    set,
    take(scope, want) {
      const bucket = get(scope);
      const taken = takeTokens(bucket, rule, now(), want);
      if (taken.bucket !== bucket) {
        set(scope, taken.bucket);
      }
      return Promise.resolve(taken.granted);
    },
    penalize(scope, delayMs) {
      set(scope, capTokens(get(scope), rule, now(), delayMs, 1));
      return Promise.resolve();
    },
    msUntil(scope, count) {
      return msUntilTokens(get(scope), rule, now(), count);
    },
    tokens(scope) {
      const at = now();
      const bucket = get(scope);
      return Promise.resolve(at < bucket.at ? 0 : tokensAt(bucket, rule, at));
    },
    close() {
      buckets.clear();
    },
  };
}
