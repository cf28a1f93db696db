import { createHash } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { startRedisServer, type TestRedisServer } from '../../../test/utils/startRedisServer.js';
import { connectRedis, type RedisLink, toRedisKeyPart } from '../redisLink.js';
import { createResponseCache, type ResponseCache } from '../responseCache.js';

describe('toRedisKeyPart', () => {
  const hashed = (text: string) => `#${createHash('sha256').update(text).digest('base64url')}`;

  it.each([
    ['people', 'people'],
    ['metadata', 'metadata'],
    ['d2f1c0a9e8b7-scope_1.2', 'd2f1c0a9e8b7-scope_1.2'],
    ['key:/rest/people?limit=20', hashed('key:/rest/people?limit=20')],
    ['a'.repeat(65), hashed('a'.repeat(65))],
    ['', hashed('')],
  ])('turns %j into %j', (text, expected) => {
    expect(toRedisKeyPart(text)).toBe(expected);
  });
});

describe('connectRedis', () => {
  let server: TestRedisServer;
  const prefix = 'link-test:';

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  async function withLink(run: (link: RedisLink, cache: ResponseCache, logs: string[]) => Promise<void>, commandTimeoutMs?: number) {
    const logs: string[] = [];
    const link = connectRedis(server.url, { log: (level, message) => logs.push(`${level}: ${message}`), ...(commandTimeoutMs ? { commandTimeoutMs } : {}) });
    const cache = createResponseCache({ ttlMs: 60_000, metadataTtlMs: 60_000, staleMs: 0, maxBytes: 1_000_000, redis: link, keyPrefix: prefix });
    try {
      await run(link, cache, logs);
    } finally {
      await cache.close();
      await link.close();
    }
  }

  const viaRedis = async (cache: ResponseCache) => (await cache.get('scope', 'people', '/rest/people')).ticket.version.startsWith('r:');

  it('warns once when Redis cannot be reached at start, works locally, and says when Redis is reached', async () => {
    await server.stop();
    await withLink(async (link, cache, logs) => {
      await vi.waitFor(() => expect(logs).toHaveLength(1));
      const { ticket } = await cache.get('scope', 'people', '/rest/people');
      await cache.set(ticket, { status: 200, body: 'kept locally' });
      expect((await cache.get('scope', 'people', '/rest/people')).hit?.answer.body).toBe('kept locally');
      expect(await viaRedis(cache)).toBe(false);
      await server.start();
      await vi.waitFor(() => expect(link.isUp).toBe(true), { timeout: 15_000, interval: 20 });
      expect(await viaRedis(cache)).toBe(true);
      expect(logs).toEqual([
        expect.stringMatching(/^warn: Redis is unavailable \(.*ECONNREFUSED.*\); caching and coalescing locally until it returns\.$/),
        'info: Redis is back; dropped the local cache and resumed sharing through Redis.',
      ]);
    });
  });

  it('falls back when commands time out, and logs one warning and one info line however many probes fail', async () => {
    await withLink(async (link, cache, logs) => {
      await vi.waitFor(() => expect(link.isUp).toBe(true), { timeout: 15_000, interval: 20 });
      expect(await viaRedis(cache)).toBe(true);
      const pauser = new Redis(server.url);
      try {
        // Every command of every client waits 2.5 s: the link's time out after 200 ms.
        await pauser.call('CLIENT', 'PAUSE', '2500', 'ALL');
        expect(await viaRedis(cache)).toBe(false);
        expect(logs).toHaveLength(1);
        await vi.waitFor(async () => expect(await viaRedis(cache)).toBe(true), { timeout: 15_000, interval: 50 });
        expect(logs).toEqual([
          'warn: Redis is unavailable (Command timed out); caching and coalescing locally until it returns.',
          'info: Redis is back; dropped the local cache and resumed sharing through Redis.',
        ]);
      } finally {
        pauser.disconnect();
      }
    }, 200);
  });
});
