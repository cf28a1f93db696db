import { randomBytes } from 'node:crypto';

import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

import { type RedisLink, toRedisKeyPart } from './redisLink.js';

/** A successful upstream answer as stored; `storedAt` (epoch ms) is when the read that produced it started. */
export interface CachedAnswer {
  status: number;
  body: string;
  storedAt: number;
}

/** Limits and where the cache lives. */
export interface ResponseCacheOptions {
  /** Lifetime of record answers (`BFF_CACHE_TTL_MS`); 0 stores nothing at all. */
  ttlMs: number;
  /** Lifetime of answers under the tag `metadata` (`BFF_CACHE_METADATA_TTL_MS`). */
  metadataTtlMs: number;
  /** How long past its lifetime an answer may still be served as stale (`BFF_CACHE_STALE_MS`). */
  staleMs: number;
  /** Memory bound of the local cache (`BFF_CACHE_MAX_BYTES`); bodies over a tenth of it are never stored. */
  maxBytes: number;
  /** Shared by every replica when given: entries and invalidations go through Redis. */
  redis?: RedisLink | undefined;
  /** Prefix of every Redis key and channel; default `twenty-bff:`. */
  keyPrefix?: string;
  now?: () => number;
}

/**
 * What one lookup saw: pass it to `set` to store the answer of the read that
 * followed. It carries the invalidation generations current at lookup time, so
 * an answer whose read raced with an invalidation is stored already unservable.
 */
export interface CacheTicket {
  readonly scope: string;
  readonly tag: string;
  readonly key: string;
  /** When the lookup ran (epoch ms); a stored answer's age counts from here. */
  readonly takenAt: number;
  /**
   * The generations the lookup saw, as text. Put it in the coalescing key: a
   * read that starts after an invalidation then never joins a fetch that
   * started before it. Equal on every replica while Redis is up.
   */
  readonly version: string;
}

/** A cache answer: `fresh` within its lifetime, stale (false) within `staleMs` past it. */
export interface CacheHit {
  answer: CachedAnswer;
  fresh: boolean;
}

/** The outcome of `get`: the entry if one may be served, and the ticket for storing a new answer. */
export interface CacheLookup {
  hit: CacheHit | undefined;
  ticket: CacheTicket;
}

/**
 * A cache of upstream answers per credential scope, invalidated by tag (the
 * REST plural, or `metadata`). In memory, or in Redis shared by every replica.
 * It never throws Redis errors: while Redis is down it works locally.
 */
export interface ResponseCache {
  /**
   * Looks up (scope, tag, key): never an entry of another scope, and never one
   * that an invalidation has touched since its read started (checked against
   * Redis in the same round trip when Redis is up).
   */
  get(scope: string, tag: string, key: string): Promise<CacheLookup>;
  /** Stores the answer of the read that followed the lookup that gave `ticket`; bodies over the cap are skipped. */
  set(ticket: CacheTicket, answer: { status: number; body: string }): Promise<void>;
  /**
   * Makes every entry of `scope` ('*' = every scope) under `tags` (or all
   * tags) unservable, on every replica once the promise resolves. While Redis
   * is down it is applied locally and replayed to Redis when it returns.
   */
  invalidate(scope: string, tags: readonly string[] | 'all'): Promise<void>;
  /** Stops listening to Redis and drops the local entries; does not close the link. */
  close(): Promise<void>;
}

// The invalidation generations of one entry: every scope and tag, its tag in
// every scope, every tag of its scope, its tag in its scope.
type Generations = readonly [all: string, tag: string, scope: string, scopeTag: string];

interface TicketState {
  local: Generations;
  /** Undefined when Redis could not be read at lookup time: the answer is then kept locally only. */
  remote: Generations | undefined;
}

interface LocalEntry {
  scope: string;
  tag: string;
  key: string;
  generations: Generations;
  answer: CachedAnswer;
}

interface RemoteEntry extends CachedAnswer {
  scope: string;
  tag: string;
  key: string;
  generations: Generations;
}

// Past this many distinct invalidations queued during an outage, one
// invalidation of everything is replayed instead: safe, and bounded.
const MAX_PENDING_INVALIDATIONS = 10_000;

/**
 * Creates a response cache. With `redis`, entries and generations live in
 * Redis (entries expire after their lifetime plus `staleMs`); a local LRU keeps
 * copies that are served only while Redis is down, and is dropped when it returns.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const { ttlMs, metadataTtlMs, staleMs, maxBytes, redis } = options;
  const now = options.now ?? Date.now;
  const prefix = `${options.keyPrefix ?? 'twenty-bff:'}cache:`;
  const channel = `${prefix}invalidated`;
  const replicaId = randomBytes(9).toString('base64url');
  const maxBodyBytes = Math.floor(maxBytes / 10);
  // A generation key outlives every entry that could have read its previous
  // value, so its expiry can never make an invalidated entry servable again.
  const generationLifeMs = Math.max(ttlMs, metadataTtlMs) + staleMs + 60_000;
  const lifetimeOf = (tag: string) => (tag === 'metadata' ? metadataTtlMs : ttlMs);

  const generations = createLocalGenerations();
  const local =
    maxBytes > 0
      ? new LRUCache<string, LocalEntry>({
          maxSize: maxBytes,
          sizeCalculation: (entry) => Math.max(1, sizeOf(entry.scope, entry.key, entry.answer.body)),
        })
      : undefined;
  const tickets = new WeakMap<CacheTicket, TicketState>();
  const pending = new Set<string>();
  let flushing: Promise<boolean> | undefined;

  const classify = (tag: string, answer: CachedAnswer): CacheHit | undefined => {
    const age = Math.max(0, now() - answer.storedAt);
    const lifetime = lifetimeOf(tag);
    return age < lifetime + staleMs ? { answer, fresh: age < lifetime } : undefined;
  };

  // Invalidations made while Redis was unreachable, written before Redis serves anything again.
  const flushPending = async (client: Redis): Promise<boolean> => {
    while (pending.size > 0) {
      flushing ??= (async () => {
        const names = [...pending];
        const written = await writeGenerations(client, names);
        if (written) {
          for (const name of names) {
            pending.delete(name);
          }
        }
        return written;
      })().finally(() => {
        flushing = undefined;
      });
      if (!(await flushing)) {
        return false;
      }
    }
    return true;
  };

  const writeGenerations = async (client: Redis, names: readonly string[]): Promise<boolean> => {
    try {
      const transaction = client.multi();
      for (const name of names) {
        transaction.set(`${prefix}gen:${name}`, randomBytes(9).toString('base64url'), 'PX', generationLifeMs);
      }
      transaction.publish(channel, JSON.stringify({ origin: replicaId, names }));
      const results = await transaction.exec();
      const failure = results === null ? new Error('transaction aborted') : results.find(([error]) => error)?.[0];
      if (failure) {
        throw failure;
      }
      return true;
    } catch (error) {
      redis?.failed(error);
      return false;
    }
  };

  // The Redis side of a lookup: the four generations and the entry in one MGET,
  // so what is served was valid at one instant. Undefined when Redis is not usable.
  const readRemote = async (scope: string, tag: string, key: string) => {
    const client = redis?.usable();
    if (!client || !(await flushPending(client))) {
      return undefined;
    }
    const keys = generationNames(scope, tag).map((name) => `${prefix}gen:${name}`);
    if (ttlMs > 0) {
      keys.push(entryKey(scope, key));
    }
    try {
      const values = await client.mget(keys);
      const remote: Generations = [values[0] ?? '', values[1] ?? '', values[2] ?? '', values[3] ?? ''];
      return { generations: remote, entry: values[4] ?? undefined };
    } catch (error) {
      redis?.failed(error);
      return undefined;
    }
  };

  const entryKey = (scope: string, key: string) => `${prefix}entry:${toRedisKeyPart(scope)}:${toRedisKeyPart(`key:${key}`)}`;
  const localKey = (scope: string, key: string) => JSON.stringify([scope, key]);

  // Mirrors other replicas' invalidations into the local generations, so the
  // local copies served during an outage miss at most the invalidations
  // published while this replica could not hear them.
  const unsubscribe = redis?.subscribe(channel, (message) => {
    const invalidation = parseInvalidation(message);
    if (invalidation && invalidation.origin !== replicaId) {
      generations.bump(invalidation.names);
    }
  });
  const removeRecoveredListener = redis?.onRecovered(() => {
    // Local copies were checked only against invalidations this replica heard
    // of; others may have happened while Redis was away.
    local?.clear();
    const client = redis.usable();
    if (client) {
      void flushPending(client);
    }
  });

  return {
    async get(scope, tag, key) {
      const takenAt = now();
      const localGenerations = generations.read(scope, tag);
      const remote = await readRemote(scope, tag, key);
      const ticket: CacheTicket = {
        scope,
        tag,
        key,
        takenAt,
        version: remote ? `r:${remote.generations.join('.')}` : `l:${localGenerations.join('.')}`,
      };
      tickets.set(ticket, { local: localGenerations, remote: remote?.generations });
      if (ttlMs === 0) {
        return { hit: undefined, ticket };
      }
      if (remote) {
        const entry = remote.entry === undefined ? undefined : parseRemoteEntry(remote.entry);
        if (!entry || entry.scope !== scope || entry.tag !== tag || entry.key !== key || !sameGenerations(entry.generations, remote.generations)) {
          return { hit: undefined, ticket };
        }
        const answer: CachedAnswer = { status: entry.status, body: entry.body, storedAt: entry.storedAt };
        const hit = classify(tag, answer);
        if (hit) {
          local?.set(localKey(scope, key), { scope, tag, key, generations: localGenerations, answer });
        }
        return { hit, ticket };
      }
      const entry = local?.get(localKey(scope, key));
      if (!entry || entry.tag !== tag || !sameGenerations(entry.generations, localGenerations)) {
        return { hit: undefined, ticket };
      }
      const hit = classify(tag, entry.answer);
      if (!hit) {
        local?.delete(localKey(scope, key));
      }
      return { hit, ticket };
    },

    async set(ticket, { status, body }) {
      const state = tickets.get(ticket);
      if (!state || ttlMs === 0 || sizeOf(ticket.scope, ticket.key, body) > maxBodyBytes) {
        return;
      }
      const { scope, tag, key, takenAt } = ticket;
      const lifeMs = lifetimeOf(tag) + staleMs - (now() - takenAt);
      if (lifeMs <= 0) {
        return;
      }
      const answer: CachedAnswer = { status, body, storedAt: takenAt };
      local?.set(localKey(scope, key), { scope, tag, key, generations: state.local, answer });
      const client = state.remote && redis?.usable();
      if (!client || !state.remote) {
        return;
      }
      const entry: RemoteEntry = { scope, tag, key, generations: state.remote, ...answer };
      try {
        await client.set(entryKey(scope, key), JSON.stringify(entry), 'PX', Math.ceil(lifeMs));
      } catch (error) {
        redis?.failed(error);
      }
    },

    async invalidate(scope, tags) {
      if (tags !== 'all' && tags.length === 0) {
        return;
      }
      const names = invalidatedNames(scope, tags);
      generations.bump(names);
      if (!redis) {
        return;
      }
      const client = redis.usable();
      if (client && (await flushPending(client)) && (await writeGenerations(client, names))) {
        return;
      }
      for (const name of names) {
        pending.add(name);
      }
      if (pending.size > MAX_PENDING_INVALIDATIONS) {
        pending.clear();
        pending.add('all');
      }
    },

    async close() {
      unsubscribe?.();
      removeRecoveredListener?.();
      local?.clear();
    },
  };
}

function createLocalGenerations() {
  const tokens = new Map<string, string>();
  let sequence = 0;
  return {
    read(scope: string, tag: string): Generations {
      const [all, tagName, scopeName, scopeTag] = generationNames(scope, tag);
      return [tokens.get(all) ?? '', tokens.get(tagName) ?? '', tokens.get(scopeName) ?? '', tokens.get(scopeTag) ?? ''];
    },
    bump(names: readonly string[]) {
      for (const name of names) {
        sequence += 1;
        tokens.set(name, String(sequence));
      }
    },
  };
}

function generationNames(scope: string, tag: string): [string, string, string, string] {
  const scopePart = toRedisKeyPart(scope);
  const tagPart = toRedisKeyPart(tag);
  return ['all', `tag:${tagPart}`, `scope:${scopePart}`, `scope-tag:${scopePart}:${tagPart}`];
}

// The generations an invalidation bumps: see `Generations` for what each covers.
function invalidatedNames(scope: string, tags: readonly string[] | 'all'): string[] {
  if (scope === '*') {
    return tags === 'all' ? ['all'] : tags.map((tag) => `tag:${toRedisKeyPart(tag)}`);
  }
  const scopePart = toRedisKeyPart(scope);
  return tags === 'all' ? [`scope:${scopePart}`] : tags.map((tag) => `scope-tag:${scopePart}:${toRedisKeyPart(tag)}`);
}

function sameGenerations(left: Generations, right: Generations): boolean {
  return left.every((token, index) => token === right[index]);
}

function sizeOf(scope: string, key: string, body: string): number {
  return Buffer.byteLength(body) + Buffer.byteLength(key) + Buffer.byteLength(scope);
}

function parseRemoteEntry(text: string): RemoteEntry | undefined {
  try {
    const entry = JSON.parse(text) as RemoteEntry;
    return Array.isArray(entry.generations) && entry.generations.length === 4 ? entry : undefined;
  } catch {
    return undefined;
  }
}

function parseInvalidation(message: string): { origin: string; names: string[] } | undefined {
  try {
    const parsed = JSON.parse(message) as { origin?: unknown; names?: unknown };
    return typeof parsed.origin === 'string' && Array.isArray(parsed.names) && parsed.names.every((name) => typeof name === 'string')
      ? { origin: parsed.origin, names: parsed.names as string[] }
      : undefined;
  } catch {
    return undefined;
  }
}
