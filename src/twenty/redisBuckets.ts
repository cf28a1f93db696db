import { createHash } from 'node:crypto';

import type { Redis } from 'ioredis';

import { type Buckets, createLocalBuckets } from './localBuckets.js';
import { type BucketRule, fullBucket, tokensAt } from './tokenBucket.js';

/** What createRedisBuckets needs. */
export interface RedisBucketsOptions {
  redis: Redis;
  rule: BucketRule;
  keyPrefix: string;
  now: () => number;
  /** Send `now()` to the script instead of using Redis's TIME (tests: every replica must then share the clock). */
  clientTime: boolean;
  log: (level: 'warn' | 'info', message: string) => void;
  /** A command unanswered for this long counts as Redis being unavailable. */
  timeoutMs?: number;
  /** While Redis is unavailable, how often to ask whether it answers again. */
  probeEveryMs?: number;
}

/** Buckets in Redis, plus whether they are shared right now (false while Redis is unavailable). */
export interface RedisBuckets extends Buckets {
  readonly shared: boolean;
}

// The steps of tokenBucket.ts (takeTokens, capTokens, tokensAt), done
// atomically where every replica sees them. KEYS[1] the bucket; ARGV: mode
// ('take' | 'cap' | 'peek'), limit, windowMs, now ('' → Redis's TIME), then
// want (take) or delayMs and maxTokens (cap). Returns {granted, tokens now,
// ms until anything can be taken} with the numbers as exact strings (Redis
// would truncate a Lua number to an integer).
const SCRIPT = `
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1])
local at = tonumber(saved[2])
if tokens == nil or at == nil then
  tokens = limit
  at = now
end
local function tokensAt(time)
  if time <= at then
    return tokens
  end
  return math.min(limit, tokens + ((time - at) * limit) / window)
end
local function save()
  redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
  -- Once the bucket would be full again, a missing key means the same.
  redis.call('PEXPIRE', KEYS[1], math.ceil(math.max(0, at - now) + ((limit - tokens) * window) / limit) + 1000)
end
local granted = 0
if ARGV[1] == 'take' then
  if now >= at and tokensAt(now) >= 1 then
    tokens = tokensAt(now)
    at = now
    local want = tonumber(ARGV[5])
    while granted < want and tokens >= 1 do
      tokens = tokens - 1
      granted = granted + 1
    end
    save()
  end
elseif ARGV[1] == 'cap' then
  local blockedUntil = math.max(at, now + tonumber(ARGV[5]))
  tokens = math.min(tonumber(ARGV[6]), tokensAt(blockedUntil))
  at = blockedUntil
  save()
end
return {granted, string.format('%.17g', tokensAt(now)), string.format('%.17g', math.max(0, at - now))}
`;
const SCRIPT_SHA = createHash('sha1').update(SCRIPT).digest('hex');

/**
 * Returns buckets kept in Redis under `${keyPrefix}budget:${scope}`, shared by
 * every replica. When Redis fails, times out or is disconnected, it logs one
 * warning and serves from a copy in memory until Redis answers again (one
 * info line); no Redis error ever reaches the caller.
 */
export function createRedisBuckets(options: RedisBucketsOptions): RedisBuckets {
  const { redis, rule, now, log } = options;
  const timeoutMs = options.timeoutMs ?? 200;
  const probeEveryMs = options.probeEveryMs ?? 1000;
  let shared = true;
  let closed = false;
  let probing = false;
  let probeTimer: NodeJS.Timeout | undefined;
  // Scopes spent from memory while Redis was away: their state goes back to
  // Redis when it returns.
  const spentAlone = new Set<string>();
  // The last state Redis reported for each scope (for estimates), and the
  // bucket itself while Redis is away. A scope first seen then starts empty:
  // other replicas may have spent its tokens.
  const copy = createLocalBuckets(rule, now, (at) => (shared ? fullBucket(rule, at) : { tokens: 0, at }));

  const run = async (mode: 'take' | 'cap' | 'peek', scope: string, first = 0, second = 0): Promise<number> => {
    const args = [mode, rule.limit, rule.windowMs, options.clientTime ? now() : '', first, second];
    const key = `${options.keyPrefix}budget:${scope}`;
    let reply: unknown;
    try {
      reply = await withTimeout(redis.evalsha(SCRIPT_SHA, 1, key, ...args), timeoutMs);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) {
        throw error;
      }
      reply = await withTimeout(redis.eval(SCRIPT, 1, key, ...args), timeoutMs);
    }
    const [granted, tokens, blockedMs] = Array.isArray(reply) ? reply.map(Number) : [];
    if (granted === undefined || tokens === undefined || blockedMs === undefined || [granted, tokens, blockedMs].some(Number.isNaN)) {
      throw new Error(`unexpected reply from the rate budget script: ${JSON.stringify(reply)}`);
    }
    copy.set(scope, { tokens, at: now() + blockedMs });
    return granted;
  };

  const goLocal = (reason: unknown) => {
    if (!shared || closed) {
      return;
    }
    shared = false;
    spentAlone.clear();
    log('warn', `Redis unavailable: rate budget local to this replica (${reason instanceof Error ? reason.message : String(reason)})`);
    probeTimer = setInterval(() => void probe(), probeEveryMs);
    probeTimer.unref();
  };

  const probe = async () => {
    if (shared || closed || probing || redis.status !== 'ready') {
      return;
    }
    probing = true;
    try {
      await withTimeout(redis.script('LOAD', SCRIPT), timeoutMs);
    } catch {
      return;
    } finally {
      probing = false;
    }
    if (shared || closed) {
      return;
    }
    // Sent before any take that follows on the same connection, so Redis
    // applies them first: what this replica spent alone counts for everyone.
    const at = now();
    const syncs = [...spentAlone].map((scope) => {
      const bucket = copy.get(scope);
      return run('cap', scope, Math.max(0, bucket.at - at), tokensAt(bucket, rule, Math.max(at, bucket.at)));
    });
    shared = true;
    spentAlone.clear();
    clearInterval(probeTimer);
    log('info', 'Redis available again: rate budget shared by all replicas');
    await Promise.all(syncs).catch(goLocal);
  };

  const onReady = () => void probe();
  redis.on('ready', onReady);

  // Runs `shared` against Redis, or `alone` from memory when Redis is away or fails.
  const either = async <T>(scope: string, inRedis: () => Promise<T>, alone: () => Promise<T>): Promise<T> => {
    if (shared) {
      if (redis.status === 'ready') {
        try {
          return await inRedis();
        } catch (error) {
          goLocal(error);
        }
      } else {
        goLocal(new Error(`connection ${redis.status}`));
      }
    }
    spentAlone.add(scope);
    return alone();
  };

  return {
    get shared() {
      return shared;
    },
    take: (scope, want) =>
      either(
        scope,
        () => run('take', scope, want),
        () => copy.take(scope, want),
      ),
    async penalize(scope, delayMs) {
      await copy.penalize(scope, delayMs);
      await either(
        scope,
        () => run('cap', scope, delayMs, 1),
        () => Promise.resolve(0),
      );
    },
    msUntil: (scope, count) => copy.msUntil(scope, count),
    tokens: (scope) =>
      either(
        scope,
        async () => {
          await run('peek', scope);
          return copy.tokens(scope);
        },
        () => copy.tokens(scope),
      ),
    close() {
      closed = true;
      clearInterval(probeTimer);
      redis.off('ready', onReady);
      copy.close();
    },
  };
}

/** `promise`, or a rejection once `ms` have passed without an answer. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
