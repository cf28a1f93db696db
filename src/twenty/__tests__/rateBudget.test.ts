import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { startRedisServer, type TestRedisServer } from '../../../test/utils/startRedisServer.js';
import { createRateLimiter } from '../../sandbox/rateLimiter.js';
import { createRateBudget, type RateBudget, RateBudgetClosed, RateBudgetExceeded, type TokenRequest } from '../rateBudget.js';
import { failFastRedisOptions } from '../redisLink.js';

// A client as the gateway builds it (redisLink's fail-fast options), connected.
async function connectedRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { ...failFastRedisOptions(200), lazyConnect: true });
  client.on('error', () => undefined);
  await client.connect().catch(() => undefined);
  return client;
}

const HOUR = 3_600_000;

function aRequest(overrides: Partial<TokenRequest> = {}): TokenRequest {
  return { scope: 'workspace-hash', caller: 'web', kind: 'read', deadline: Date.now() + HOUR, ...overrides };
}

/** Acquires and records the outcome under `name`, in the order outcomes happen. */
function track(budget: RateBudget, outcomes: string[], name: string, request: TokenRequest) {
  return budget.acquire(request).then(
    ({ waitedMs }) => {
      outcomes.push(`${name} ${waitedMs}`);
    },
    (error: unknown) => {
      outcomes.push(`${name} ${error instanceof RateBudgetExceeded ? `exceeded ${error.retryAfterMs}` : String(error)}`);
    },
  );
}

describe('createRateBudget', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const inMemory = (limit: number, windowMs: number) => createRateBudget({ limit, windowMs, now: () => Date.now() });

  it('grants a full bucket at once, then one token per windowMs/limit', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      void track(budget, outcomes, `r${index}`, aRequest());
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['r0 0', 'r1 0', 'r2 0', 'r3 0', 'r4 0']);
    expect(await budget.inspect('workspace-hash')).toEqual({ tokens: 0, queued: 2 });
    await vi.advanceTimersByTimeAsync(199);
    expect(outcomes).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes.slice(5)).toEqual(['r5 200']);
    await vi.advanceTimersByTimeAsync(200);
    expect(outcomes.slice(5)).toEqual(['r5 200', 'r6 400']);
    expect(await budget.inspect('workspace-hash')).toEqual({ tokens: 0, queued: 0 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await budget.inspect('workspace-hash')).toEqual({ tokens: 0.5, queued: 0 });
  });

  it.each([
    ['7 per second', { limit: 7, windowMs: 1000 }, { shortLimit: 7, shortTtlMs: 1000, longLimit: 7, longTtlMs: 1000 }, 20_000],
    ['Twenty’s defaults', { limit: 100, windowMs: 60_000 }, { shortLimit: 100, shortTtlMs: 1000, longLimit: 100, longTtlMs: 60_000 }, 120_000],
  ])('never grants what the sandbox rate limiter would refuse (%s)', async (_name, budgetRule, sandboxRule, durationMs) => {
    const budget = inMemory(budgetRule.limit, budgetRule.windowMs);
    const limiter = createRateLimiter(sandboxRule, () => Date.now());
    const refusals: string[] = [];
    const rejections: unknown[] = [];
    let granted = 0;
    // Seeded: bursts and trickles from three callers, four times what the bucket can give.
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const requestCount = Math.ceil(((budgetRule.limit + (durationMs * budgetRule.limit) / budgetRule.windowMs) * 4));
    const arrivals = Array.from({ length: requestCount }, () => Math.floor(random() * random() * durationMs)).sort((a, b) => a - b);
    const start = Date.now();
    for (const arrival of arrivals) {
      await vi.advanceTimersByTimeAsync(start + arrival - Date.now());
      void budget
        .acquire(aRequest({ caller: ['web', 'mobile', 'cron'][Math.floor(random() * 3)] ?? 'web', kind: random() < 0.2 ? 'write' : 'read' }))
        .then(() => {
          granted += 1;
          try {
            limiter.take('workspace', 'api-key');
          } catch (error) {
            refusals.push(`${Date.now() - start} ms: ${(error as Error).message}`);
          }
        }, (error: unknown) => rejections.push(error));
    }
    // Stop 1 ms before a token is due, so the count below sits on no boundary.
    const end = durationMs - 1;
    await vi.advanceTimersByTimeAsync(start + end - Date.now());
    expect(refusals).toEqual([]);
    // Spent to the brim: everything the bucket held, and not one more.
    expect(granted).toBe(budgetRule.limit + Math.floor((end * budgetRule.limit) / budgetRule.windowMs));
    expect(() => limiter.take('workspace', 'api-key')).toThrow('Rate limit exceeded');
    expect(rejections).toEqual([]);
    await budget.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(rejections.length).toBeGreaterThan(0);
    expect(rejections.every((error) => error instanceof RateBudgetClosed)).toBe(true);
  });

  it('serves a light caller within the next tokens while a heavy one has 500 queued', async () => {
    const budget = inMemory(1, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 500; index += 1) {
      void track(budget, outcomes, `heavy${index}`, aRequest({ caller: 'batch-job' }));
    }
    await vi.advanceTimersByTimeAsync(0);
    void track(budget, outcomes, 'light0', aRequest({ caller: 'web' }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(outcomes).toEqual(['heavy0 0', 'heavy1 1000', 'light0 2000', 'heavy2 3000']);
    expect((await budget.inspect('workspace-hash')).queued).toBe(497);
    await budget.close();
  });

  it('serves writes before reads, and each caller first come first served', async () => {
    const budget = inMemory(1, 1000);
    const outcomes: string[] = [];
    void track(budget, outcomes, 'first', aRequest());
    await vi.advanceTimersByTimeAsync(0);
    void track(budget, outcomes, 'web-read1', aRequest({ caller: 'web' }));
    void track(budget, outcomes, 'web-read2', aRequest({ caller: 'web' }));
    void track(budget, outcomes, 'app-write1', aRequest({ caller: 'app', kind: 'write' }));
    void track(budget, outcomes, 'web-write1', aRequest({ caller: 'web', kind: 'write' }));
    void track(budget, outcomes, 'app-write2', aRequest({ caller: 'app', kind: 'write' }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(outcomes).toEqual(['first 0', 'app-write1 1000', 'web-write1 2000', 'app-write2 3000', 'web-read1 4000', 'web-read2 5000']);
  });

  it('rejects at once a request its place in the queue puts past its deadline', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      void track(budget, outcomes, `burst${index}`, aRequest());
    }
    await vi.advanceTimersByTimeAsync(0);
    outcomes.length = 0;
    void track(budget, outcomes, 'soon', aRequest({ deadline: Date.now() + 199 }));
    void track(budget, outcomes, 'queued1', aRequest());
    void track(budget, outcomes, 'queued2', aRequest());
    void track(budget, outcomes, 'queued3', aRequest());
    void track(budget, outcomes, 'place4-short', aRequest({ deadline: Date.now() + 799 }));
    void track(budget, outcomes, 'place4-enough', aRequest({ deadline: Date.now() + 800 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['soon exceeded 200', 'place4-short exceeded 800']);
    await vi.advanceTimersByTimeAsync(800);
    expect(outcomes.slice(2)).toEqual(['queued1 200', 'queued2 400', 'queued3 600', 'place4-enough 800']);
  });

  it('rejects a waiting read at once when a write takes its place and its deadline', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      void budget.acquire(aRequest());
    }
    void track(budget, outcomes, 'read', aRequest({ deadline: Date.now() + 300 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([]);
    void track(budget, outcomes, 'write', aRequest({ kind: 'write', caller: 'other' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['read exceeded 400']);
    await vi.advanceTimersByTimeAsync(200);
    expect(outcomes).toEqual(['read exceeded 400', 'write 200']);
  });

  it('rejects an aborted request with its reason at once and gives its place to the next', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      void budget.acquire(aRequest());
    }
    const controller = new AbortController();
    void track(budget, outcomes, 'aborted', aRequest({ signal: controller.signal }));
    void track(budget, outcomes, 'next', aRequest());
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('client went away'));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['aborted Error: client went away']);
    expect((await budget.inspect('workspace-hash')).queued).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(outcomes).toEqual(['aborted Error: client went away', 'next 200']);

    const aborted = AbortSignal.abort(new Error('already gone'));
    await expect(budget.acquire(aRequest({ signal: aborted }))).rejects.toThrow('already gone');
    expect(await budget.inspect('workspace-hash')).toEqual({ tokens: 0, queued: 0 });
  });

  it('gives no token of a penalized scope until the penalty ends, then one per interval', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    await budget.penalize('workspace-hash', 5000);
    expect(await budget.inspect('workspace-hash')).toEqual({ tokens: 0, queued: 0 });
    expect(await budget.inspect('other-workspace')).toEqual({ tokens: 5, queued: 0 });
    await budget.penalize('unreadable-retry-after', Number.NaN);
    expect(await budget.inspect('unreadable-retry-after')).toEqual({ tokens: 0, queued: 0 });
    void track(budget, outcomes, 'r0', aRequest());
    void track(budget, outcomes, 'r1', aRequest());
    await vi.advanceTimersByTimeAsync(4999);
    expect(outcomes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes).toEqual(['r0 5000']);
    await vi.advanceTimersByTimeAsync(200);
    expect(outcomes).toEqual(['r0 5000', 'r1 5200']);
  });

  it('penalizes a waiting queue: its timer moves to the end of the penalty', async () => {
    const budget = inMemory(5, 1000);
    const outcomes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      void budget.acquire(aRequest());
    }
    void track(budget, outcomes, 'waiting', aRequest());
    await vi.advanceTimersByTimeAsync(100);
    await budget.penalize('workspace-hash', 2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(outcomes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes).toEqual(['waiting 2100']);
  });

  it('rejects every waiting request and every later one once closed', async () => {
    const budget = inMemory(1, 1000);
    const outcomes: string[] = [];
    void track(budget, outcomes, 'granted', aRequest());
    void track(budget, outcomes, 'waiting', aRequest());
    await vi.advanceTimersByTimeAsync(0);
    await budget.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['granted 0', 'waiting RateBudgetClosed: The rate budget is closed.']);
    await expect(budget.acquire(aRequest())).rejects.toBeInstanceOf(RateBudgetClosed);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a limit or window that is not positive', () => {
    expect(() => createRateBudget({ limit: 0, windowMs: 1000 })).toThrow('A rate budget needs a positive limit and window; got 0 per 1000 ms.');
  });
});

describe('createRateBudget timers', () => {
  it('never keep the process alive', async () => {
    const module = fileURLToPath(new URL('../rateBudget.ts', import.meta.url));
    const script = `
      import { createRateBudget } from ${JSON.stringify(module)};
      const budget = createRateBudget({ limit: 1, windowMs: 3600000 });
      const request = { scope: 's', caller: 'c', kind: 'read', deadline: Date.now() + 7200000 };
      await budget.acquire(request);
      budget.acquire(request).then(() => process.exit(3), () => process.exit(4));
      const { tokens, queued } = await budget.inspect('s');
      console.log(JSON.stringify({ empty: tokens < 1, queued }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { timeout: 15_000 });
    // Exiting at all proves it: the queued request's timers would otherwise hold the process for an hour.
    expect(JSON.parse(stdout)).toEqual({ empty: true, queued: 1 });
  });
});

describe('createRateBudget with Redis', () => {
  const clients: Redis[] = [];
  const budgets: RateBudget[] = [];
  const sharedRedis = async () => {
    const client = await connectedRedis('redis://127.0.0.1:6379');
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(budgets.splice(0).map((budget) => budget.close()));
    clients.splice(0).forEach((client) => client.disconnect());
  });

  it('lets two replicas grant at most limit tokens together, and refills them as one bucket', async () => {
    let clock = 1_000_000;
    const keyPrefix = `test:${randomUUID()}:`;
    const replica = async () => {
      const budget = createRateBudget({ limit: 5, windowMs: 500, redis: await sharedRedis(), keyPrefix, now: () => clock });
      budgets.push(budget);
      return budget;
    };
    const [one, two] = [await replica(), await replica()];
    const outcomes: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      void track(index % 2 === 0 ? one : two, outcomes, `r${index}`, aRequest({ deadline: clock + HOUR }));
    }
    await vi.waitFor(() => expect(outcomes).toHaveLength(5), { timeout: 10_000, interval: 20 });
    // The clock stands still, so no token can appear: what was granted is all there will be.
    expect((await one.inspect('workspace-hash')).tokens).toBe(0);
    expect((await two.inspect('workspace-hash')).tokens).toBe(0);
    expect(outcomes).toHaveLength(5);
    expect((await one.inspect('workspace-hash')).queued + (await two.inspect('workspace-hash')).queued).toBe(5);

    clock += 100;
    await vi.waitFor(() => expect(outcomes).toHaveLength(6), { timeout: 10_000, interval: 20 });
    expect((await one.inspect('workspace-hash')).tokens).toBe(0);
    expect(outcomes).toHaveLength(6);

    clock += 500;
    await vi.waitFor(() => expect(outcomes).toHaveLength(10), { timeout: 10_000, interval: 20 });
    expect((await two.inspect('workspace-hash')).tokens).toBe(1);
    expect(one.shared && two.shared).toBe(true);
    const [redis] = clients;
    expect(await redis?.pttl(`${keyPrefix}budget:workspace-hash`)).toBeGreaterThan(0);
  });

  it('uses Redis’s clock: a burst from two replicas gets limit tokens, the rest is refused before its deadline', async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const one = createRateBudget({ limit: 5, windowMs: 60_000, redis: await sharedRedis(), keyPrefix });
    const two = createRateBudget({ limit: 5, windowMs: 60_000, redis: await sharedRedis(), keyPrefix });
    budgets.push(one, two);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? one : two).acquire(aRequest({ deadline: Date.now() + 2000 }))),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    expect(refused).toHaveLength(5);
    for (const error of refused) {
      expect(error).toBeInstanceOf(RateBudgetExceeded);
      expect((error as RateBudgetExceeded).retryAfterMs).toBeGreaterThan(2000);
    }
  });

  it('stops every replica when one is penalized', async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const one = createRateBudget({ limit: 100, windowMs: 60_000, redis: await sharedRedis(), keyPrefix });
    const two = createRateBudget({ limit: 100, windowMs: 60_000, redis: await sharedRedis(), keyPrefix });
    budgets.push(one, two);
    await two.acquire(aRequest());
    expect((await two.inspect('workspace-hash')).tokens).toBeGreaterThan(98);
    await one.penalize('workspace-hash', 30_000);
    expect((await two.inspect('workspace-hash')).tokens).toBe(0);
    const refused = await two.acquire(aRequest({ deadline: Date.now() + 1000 })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateBudgetExceeded);
    expect((refused as RateBudgetExceeded).retryAfterMs).toBeGreaterThan(28_000);
    expect((await two.inspect('other-workspace')).tokens).toBe(100);
  });
});

describe('createRateBudget when Redis goes away', () => {
  let server: TestRedisServer;
  let redis: Redis;
  let control: Redis;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(async () => {
    redis = await connectedRedis(server.url);
    control = await connectedRedis(server.url);
  });
  afterEach(() => {
    redis.disconnect();
    control.disconnect();
  });

  const budgetWithLog = (log: Array<[string, string]>, keyPrefix: string) =>
    createRateBudget({
      limit: 1000,
      windowMs: HOUR,
      redis,
      keyPrefix,
      log: (level, message) => log.push([level, message]),
      redisProbeEveryMs: 100,
    });

  it('keeps granting from memory with one warning, and shares again with one info line when Redis is back', async () => {
    const log: Array<[string, string]> = [];
    const keyPrefix = `test:${randomUUID()}:`;
    const budget = budgetWithLog(log, keyPrefix);
    await budget.acquire(aRequest());
    expect(budget.shared).toBe(true);
    expect(await control.hget(`${keyPrefix}budget:workspace-hash`, 'tokens')).toBe('999');

    await server.stop();
    for (let index = 0; index < 3; index += 1) {
      await budget.acquire(aRequest());
    }
    expect(budget.shared).toBe(false);
    expect(Math.floor((await budget.inspect('workspace-hash')).tokens)).toBe(996);
    expect(log).toEqual([['warn', expect.stringMatching(/^Redis unavailable: rate budget local to this replica \(.+\)$/)]]);

    await server.start();
    await vi.waitFor(() => expect(budget.shared).toBe(true), { timeout: 10_000, interval: 50 });
    await budget.acquire(aRequest());
    // Redis restarted empty: the bucket there is the one this replica spent alone, minus this last token.
    expect(Math.floor(Number(await control.hget(`${keyPrefix}budget:workspace-hash`, 'tokens')))).toBe(995);
    expect(log).toEqual([
      ['warn', expect.stringMatching(/^Redis unavailable/)],
      ['info', 'Redis available again: rate budget shared by all replicas'],
    ]);
    await budget.close();
  });

  it('serves from memory when Redis does not answer within 200 ms', async () => {
    const log: Array<[string, string]> = [];
    const keyPrefix = `test:${randomUUID()}:`;
    const budget = budgetWithLog(log, keyPrefix);
    await budget.acquire(aRequest());
    await control.call('CLIENT', 'PAUSE', '1000', 'ALL');
    await budget.acquire(aRequest());
    expect(budget.shared).toBe(false);
    expect(log).toEqual([['warn', expect.stringMatching(/^Redis unavailable: rate budget local to this replica/)]]);
    await vi.waitFor(() => expect(budget.shared).toBe(true), { timeout: 10_000, interval: 50 });
    expect(log.map(([level]) => level)).toEqual(['warn', 'info']);
    await budget.close();
  });
});
