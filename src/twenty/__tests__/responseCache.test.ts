import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { startRedisServer, type TestRedisServer } from '../../../test/utils/startRedisServer.js';
import { connectRedis, type RedisLink } from '../redisLink.js';
import { type CacheLookup, createResponseCache, type ResponseCache, type ResponseCacheOptions } from '../responseCache.js';

const PEOPLE_PAGE = '/rest/people?limit=20';
const COMPANIES_PAGE = '/rest/companies?limit=20';
const OBJECTS = '/rest/metadata/objects';

let time: number;
const now = () => time;

function memoryCache(overrides: Partial<ResponseCacheOptions> = {}): ResponseCache {
  return createResponseCache({ ttlMs: 5_000, metadataTtlMs: 60_000, staleMs: 60_000, maxBytes: 1_000_000, now, ...overrides });
}

/** Looks `key` up and stores `body` with the ticket, as the upstream layer does on a miss. */
async function fill(cache: ResponseCache, scope: string, tag: string, key: string, body: string): Promise<void> {
  const { ticket } = await cache.get(scope, tag, key);
  await cache.set(ticket, { status: 200, body });
}

function served(lookup: CacheLookup): { body: string; fresh: boolean } | undefined {
  return lookup.hit && { body: lookup.hit.answer.body, fresh: lookup.hit.fresh };
}

async function waitUntilUp(...links: RedisLink[]): Promise<void> {
  await vi.waitFor(() => expect(links.map((link) => link.isUp)).toEqual(links.map(() => true)), { timeout: 15_000, interval: 20 });
}

beforeEach(() => {
  time = 1_800_000_000_000;
});

describe('createResponseCache', () => {
  describe('in memory', () => {
    it('serves an answer fresh within its lifetime, stale within the stale window, then nothing', async () => {
      const cache = memoryCache();
      await fill(cache, 'scope-a', 'people', PEOPLE_PAGE, '{"data":1}');
      const servedAt = async (offsetMs: number) => {
        time = 1_800_000_000_000 + offsetMs;
        return served(await cache.get('scope-a', 'people', PEOPLE_PAGE));
      };
      expect(await servedAt(4_999)).toEqual({ body: '{"data":1}', fresh: true });
      expect(await servedAt(5_000)).toEqual({ body: '{"data":1}', fresh: false });
      expect(await servedAt(64_999)).toEqual({ body: '{"data":1}', fresh: false });
      expect(await servedAt(65_000)).toBeUndefined();
    });

    it('keeps metadata for its own lifetime', async () => {
      const cache = memoryCache();
      await fill(cache, 'scope-a', 'metadata', OBJECTS, 'objects');
      time += 59_999;
      expect(served(await cache.get('scope-a', 'metadata', OBJECTS))).toEqual({ body: 'objects', fresh: true });
      time += 1;
      expect(served(await cache.get('scope-a', 'metadata', OBJECTS))).toEqual({ body: 'objects', fresh: false });
    });

    it('counts an answer’s age from the lookup that preceded its read', async () => {
      const cache = memoryCache();
      const { ticket } = await cache.get('scope-a', 'people', PEOPLE_PAGE);
      time += 3_000;
      await cache.set(ticket, { status: 200, body: 'slow read' });
      time += 1_999;
      expect((await cache.get('scope-a', 'people', PEOPLE_PAGE)).hit).toEqual({
        answer: { status: 200, body: 'slow read', storedAt: 1_800_000_000_000 },
        fresh: true,
      });
      time += 1;
      expect((await cache.get('scope-a', 'people', PEOPLE_PAGE)).hit?.fresh).toBe(false);
    });

    it.each<[string, string, readonly string[] | 'all', Record<string, boolean>]>([
      ['a tag of one scope', 'scope-a', ['people'], { 'a people': false, 'a companies': true, 'a metadata': true, 'b people': true }],
      ['every tag of one scope', 'scope-a', 'all', { 'a people': false, 'a companies': false, 'a metadata': false, 'b people': true }],
      ['a tag of every scope', '*', ['people'], { 'a people': false, 'a companies': true, 'a metadata': true, 'b people': false }],
      ['two tags of every scope', '*', ['people', 'metadata'], { 'a people': false, 'a companies': true, 'a metadata': false, 'b people': false }],
      ['everything', '*', 'all', { 'a people': false, 'a companies': false, 'a metadata': false, 'b people': false }],
    ])('invalidates %s, even as stale, and nothing else', async (_name, scope, tags, expected) => {
      const cache = memoryCache();
      await fill(cache, 'scope-a', 'people', PEOPLE_PAGE, 'a people');
      await fill(cache, 'scope-a', 'companies', COMPANIES_PAGE, 'a companies');
      await fill(cache, 'scope-a', 'metadata', OBJECTS, 'a metadata');
      await fill(cache, 'scope-b', 'people', PEOPLE_PAGE, 'b people');
      await cache.invalidate(scope, tags);
      time += 6_000; // past the record lifetime: what survives is served stale
      const servedNow = {
        'a people': (await cache.get('scope-a', 'people', PEOPLE_PAGE)).hit !== undefined,
        'a companies': (await cache.get('scope-a', 'companies', COMPANIES_PAGE)).hit !== undefined,
        'a metadata': (await cache.get('scope-a', 'metadata', OBJECTS)).hit !== undefined,
        'b people': (await cache.get('scope-b', 'people', PEOPLE_PAGE)).hit !== undefined,
      };
      expect(servedNow).toEqual(expected);
    });

    it('does not serve an answer whose read started before an invalidation, and serves the next one', async () => {
      const cache = memoryCache();
      const before = await cache.get('scope-a', 'people', PEOPLE_PAGE);
      await cache.invalidate('scope-a', ['people']);
      await cache.set(before.ticket, { status: 200, body: 'read before the write' });
      expect((await cache.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();

      await fill(cache, 'scope-a', 'people', PEOPLE_PAGE, 'read after the write');
      expect(served(await cache.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'read after the write', fresh: true });
    });

    it('changes a ticket’s version only when an invalidation touches its scope and tag', async () => {
      const cache = memoryCache();
      const version = async () => (await cache.get('scope-a', 'people', PEOPLE_PAGE)).ticket.version;
      const first = await version();
      await cache.invalidate('scope-a', ['companies']);
      await cache.invalidate('scope-b', 'all');
      expect(await version()).toBe(first);
      await cache.invalidate('*', ['people']);
      const second = await version();
      expect(second).not.toBe(first);
      await cache.invalidate('scope-a', 'all');
      expect(await version()).not.toBe(second);
    });

    it('never serves an entry to another scope or under another tag', async () => {
      const cache = memoryCache();
      await fill(cache, 'scope-a', 'people', PEOPLE_PAGE, 'secret of a');
      expect((await cache.get('scope-b', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
      expect((await cache.get('scope-a', 'companies', PEOPLE_PAGE)).hit).toBeUndefined();
      expect(served(await cache.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'secret of a', fresh: true });
    });

    it('evicts the least recently used entries beyond its byte bound', async () => {
      // Each entry weighs 90 (body) + 2 (key) + 1 (scope) = 93 bytes: ten fit in 1000.
      const cache = memoryCache({ maxBytes: 1_000 });
      for (let index = 0; index < 10; index += 1) {
        await fill(cache, 's', 'people', `k${index}`, String(index).repeat(90));
      }
      expect((await cache.get('s', 'people', 'k0')).hit).toBeDefined(); // k1 is now the least recent
      await fill(cache, 's', 'people', 'kA', 'A'.repeat(90));
      const present = [];
      for (const key of ['k0', 'k1', 'k2', 'k9', 'kA']) {
        present.push((await cache.get('s', 'people', key)).hit !== undefined);
      }
      expect(present).toEqual([true, false, true, true, true]);
    });

    it('stores bodies up to a tenth of its byte bound and no larger', async () => {
      const cache = memoryCache({ maxBytes: 1_000 });
      await fill(cache, 's', 'people', 'k', 'x'.repeat(98)); // 98 + 1 + 1 = 100
      await fill(cache, 's', 'people', 'K', 'x'.repeat(99)); // 101
      expect((await cache.get('s', 'people', 'k')).hit).toBeDefined();
      expect((await cache.get('s', 'people', 'K')).hit).toBeUndefined();
    });

    it('stores nothing when its lifetime is 0', async () => {
      const cache = memoryCache({ ttlMs: 0 });
      await fill(cache, 'scope-a', 'people', PEOPLE_PAGE, 'x');
      await fill(cache, 'scope-a', 'metadata', OBJECTS, 'y');
      expect((await cache.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
      expect((await cache.get('scope-a', 'metadata', OBJECTS)).hit).toBeUndefined();
    });
  });

  describe('through Redis', () => {
    const prefix = `test-${randomBytes(6).toString('hex')}:`;
    let linkA: RedisLink;
    let linkB: RedisLink;
    let inspector: Redis;
    let replicaA: ResponseCache;
    let replicaB: ResponseCache;

    beforeAll(async () => {
      linkA = connectRedis('redis://127.0.0.1:6379');
      linkB = connectRedis('redis://127.0.0.1:6379');
      inspector = new Redis('redis://127.0.0.1:6379');
      await waitUntilUp(linkA, linkB);
    });

    beforeEach(() => {
      const options = { ttlMs: 5_000, metadataTtlMs: 60_000, staleMs: 60_000, maxBytes: 1_000_000, now, keyPrefix: prefix };
      replicaA = createResponseCache({ ...options, redis: linkA });
      replicaB = createResponseCache({ ...options, redis: linkB });
    });

    afterEach(async () => {
      await Promise.all([replicaA.close(), replicaB.close()]);
      const keys = await inspector.keys(`${prefix}*`);
      if (keys.length > 0) {
        await inspector.del(keys);
      }
    });

    afterAll(async () => {
      await Promise.all([linkA.close(), linkB.close(), inspector.quit()]);
    });

    it('serves what one replica stored to the other, with the same ticket version', async () => {
      const stored = await replicaA.get('scope-a', 'people', PEOPLE_PAGE);
      await replicaA.set(stored.ticket, { status: 200, body: '{"from":"A"}' });
      const lookup = await replicaB.get('scope-a', 'people', PEOPLE_PAGE);
      expect(lookup.hit).toEqual({ answer: { status: 200, body: '{"from":"A"}', storedAt: time }, fresh: true });
      expect(lookup.ticket.version).toBe(stored.ticket.version);
      expect((await replicaB.get('scope-b', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
    });

    it.each<[string, readonly string[] | 'all']>([
      ['scope-a', ['people']],
      ['scope-a', 'all'],
      ['*', ['people']],
      ['*', 'all'],
    ])('makes an invalidation of (%s, %j) on one replica visible to the other as soon as it resolves', async (scope, tags) => {
      await fill(replicaA, 'scope-a', 'people', PEOPLE_PAGE, 'before');
      await fill(replicaA, 'scope-a', 'companies', COMPANIES_PAGE, 'untouched unless all');
      expect(served(await replicaB.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'before', fresh: true });
      await replicaA.invalidate(scope, tags);
      expect((await replicaB.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
      expect((await replicaA.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
      expect((await replicaB.get('scope-a', 'companies', COMPANIES_PAGE)).hit !== undefined).toBe(tags !== 'all');
    });

    it('does not store as servable a read that started before another replica’s invalidation', async () => {
      const before = await replicaB.get('scope-a', 'people', PEOPLE_PAGE);
      await replicaA.invalidate('scope-a', ['people']);
      await replicaB.set(before.ticket, { status: 200, body: 'raced with a write' });
      expect((await replicaA.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
      expect((await replicaB.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
    });

    it('answers from Redis, not from its local copy, while Redis is up', async () => {
      await fill(replicaA, 'scope-a', 'people', PEOPLE_PAGE, 'copied locally too');
      const entryKeys = await inspector.keys(`${prefix}cache:entry:*`);
      expect(entryKeys).toHaveLength(1);
      await inspector.del(entryKeys);
      expect((await replicaA.get('scope-a', 'people', PEOPLE_PAGE)).hit).toBeUndefined();
    });

    it('lets entries expire in Redis after their lifetime plus the stale window', async () => {
      await fill(replicaA, 'scope-a', 'people', PEOPLE_PAGE, 'records');
      await fill(replicaA, 'scope-a', 'metadata', OBJECTS, 'metadata');
      const lifetimes = await Promise.all((await inspector.keys(`${prefix}cache:entry:*`)).map((key) => inspector.pttl(key)));
      const [records, metadata] = lifetimes.sort((left, right) => left - right);
      expect([records! > 60_000 && records! <= 65_000, metadata! > 65_000 && metadata! <= 120_000]).toEqual([true, true]);
    });
  });

  describe('when Redis goes away', () => {
    let server: TestRedisServer;
    const prefix = `test-${randomBytes(6).toString('hex')}:`;

    beforeAll(async () => {
      server = await startRedisServer();
    });

    afterAll(async () => {
      await server.stop();
    });

    it('serves and invalidates locally, logs one warning and one info line, and replays its invalidations', async () => {
      const logs: string[] = [];
      const linkA = connectRedis(server.url, { log: (level, message) => logs.push(`${level}: ${message}`) });
      const linkB = connectRedis(server.url);
      const inspector = new Redis(server.url, { retryStrategy: () => 50 });
      inspector.on('error', () => {});
      const options = { ttlMs: 5_000, metadataTtlMs: 60_000, staleMs: 60_000, maxBytes: 1_000_000, now, keyPrefix: prefix };
      const replicaA = createResponseCache({ ...options, redis: linkA });
      const replicaB = createResponseCache({ ...options, redis: linkB });
      try {
        await waitUntilUp(linkA, linkB);
        await fill(replicaA, 'scope-a', 'people', PEOPLE_PAGE, 'people before the outage');
        await fill(replicaA, 'scope-a', 'companies', COMPANIES_PAGE, 'companies before the outage');

        await server.stop();
        await vi.waitFor(() => expect(linkA.isUp).toBe(false));
        expect(served(await replicaA.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'people before the outage', fresh: true });
        await replicaA.invalidate('scope-a', ['companies']);
        expect((await replicaA.get('scope-a', 'companies', COMPANIES_PAGE)).hit).toBeUndefined();
        await fill(replicaA, 'scope-a', 'companies', COMPANIES_PAGE, 'companies during the outage');
        expect(served(await replicaA.get('scope-a', 'companies', COMPANIES_PAGE))).toEqual({ body: 'companies during the outage', fresh: true });
        expect(logs).toEqual([expect.stringMatching(/^warn: Redis is unavailable \(.+\); caching and coalescing locally until it returns\.$/)]);

        await server.start();
        await waitUntilUp(linkA, linkB);
        expect(logs.slice(1)).toEqual(['info: Redis is back; dropped the local cache and resumed sharing through Redis.']);
        // The invalidation made during the outage reaches Redis, for every replica.
        await vi.waitFor(async () => expect(await inspector.exists(`${prefix}cache:gen:scope-tag:scope-a:companies`)).toBe(1));
        await fill(replicaB, 'scope-a', 'people', PEOPLE_PAGE, 'people after the outage');
        expect(served(await replicaA.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'people after the outage', fresh: true });

        // The copies kept before the recovery are gone; the ones taken since serve the next outage.
        await server.stop();
        await vi.waitFor(() => expect(linkA.isUp).toBe(false));
        expect(served(await replicaA.get('scope-a', 'people', PEOPLE_PAGE))).toEqual({ body: 'people after the outage', fresh: true });
        expect((await replicaA.get('scope-a', 'companies', COMPANIES_PAGE)).hit).toBeUndefined();
        await server.start();
      } finally {
        await Promise.all([replicaA.close(), replicaB.close()]);
        await Promise.all([linkA.close(), linkB.close()]);
        inspector.disconnect();
      }
    });
  });
});
