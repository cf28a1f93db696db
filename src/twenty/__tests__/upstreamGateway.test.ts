import { describe, expect, it } from 'vitest';

import { TwentyApiError } from '../TwentyApiError.js';
import { createCoalescer } from '../coalescer.js';
import { createResponseCache } from '../responseCache.js';
import {
  createUpstreamGateway,
  createUpstreamUsage,
  type GatewayBudget,
  type GatewayCache,
  type OperationUpstream,
  scopeOf,
  type UpstreamAnswer,
  type UpstreamExchange,
} from '../upstreamGateway.js';

const READ: UpstreamExchange = { method: 'GET', path: '/rest/people', search: '?limit=1', tag: 'people' };
const WRITE: UpstreamExchange = { method: 'POST', path: '/rest/people', search: '?depth=0', tag: 'people', invalidates: 'tag' };
const OK: UpstreamAnswer = { status: 200, body: '{"data":{"people":[]}}', contentType: 'application/json; charset=utf-8' };

function operation(overrides: Partial<OperationUpstream> = {}): OperationUpstream {
  return { scope: 'scope-a', caller: 'client', usage: createUpstreamUsage(), maxRequests: 10, ...overrides };
}

// The real in-memory cache on a fake clock, recording invalidations.
function testCache() {
  let time = 1_000_000;
  const inner = createResponseCache({ ttlMs: 5000, metadataTtlMs: 60_000, staleMs: 60_000, maxBytes: 1_000_000, now: () => time });
  const invalidations: Array<[string, readonly string[] | 'all']> = [];
  const cache: GatewayCache = {
    get: (scope, tag, key) => inner.get(scope, tag, key),
    set: (ticket, answer) => inner.set(ticket, answer),
    invalidate: async (scope, tags) => {
      invalidations.push([scope, tags]);
      await inner.invalidate(scope, tags);
    },
    close: () => inner.close(),
  };
  return { cache, invalidations, advance: (ms: number) => (time += ms) };
}

function spentBudget(retryAfterMs: number): GatewayBudget {
  return {
    acquire: async () => {
      throw Object.assign(new Error('spent'), { retryAfterMs });
    },
    penalize: () => {},
    inspect: async () => ({ tokens: 0 }),
    close: async () => {},
  };
}

describe('createUpstreamGateway', () => {
  it('answers a fresh cached read without sending, per scope, and counts the hit', async () => {
    const { cache } = testCache();
    const gateway = createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 });
    let sent = 0;
    const transmit = async () => {
      sent += 1;
      return OK;
    };
    const first = operation();
    await gateway.send(READ, first, transmit);
    await gateway.send({ ...READ, search: '?limit=2' }, first, async () => ({ status: 500, body: '' }));
    // A proxy's HTML page is never cached, even with a 200.
    await gateway.send({ ...READ, search: '?limit=3' }, first, async () => ({ status: 200, body: '<html>', contentType: 'text/html' }));
    await gateway.send({ ...READ, search: '?limit=3' }, first, async () => ({ status: 200, body: '<html>', contentType: 'text/html' }));
    const second = operation();
    expect((await gateway.send(READ, second, transmit)).body).toBe(OK.body);
    const otherScope = operation({ scope: 'scope-b' });
    await gateway.send(READ, otherScope, transmit);
    expect(sent).toBe(2);
    expect(first.usage).toEqual({ requests: 4, cacheHits: 0, cacheMisses: 4, staleHits: 0, coalesced: 0, budgetWaitMs: 0 });
    expect(second.usage).toEqual({ requests: 0, cacheHits: 1, cacheMisses: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0 });
    expect(otherScope.usage.requests).toBe(1);
  });

  it('serves a stale entry when the budget cannot serve the refresh, and says so', async () => {
    const { cache, advance } = testCache();
    await createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 }).send(READ, operation(), async () => ({ status: 200, body: 'old', contentType: 'application/json' }));
    advance(6000);
    const gateway = createUpstreamGateway({ cache, budget: spentBudget(3000), rateWaitMs: 1000, staleWaitMs: 10 });
    const op = operation();
    const answer = await gateway.send(READ, op, async () => OK);
    expect(answer.body).toBe('old');
    expect(op.usage).toMatchObject({ requests: 0, staleHits: 1 });
  });

  it('lets concurrent operations share one read in flight, counted once', async () => {
    const gateway = createUpstreamGateway({ coalescer: createCoalescer(), rateWaitMs: 0, staleWaitMs: 0 });
    const answers: Array<(value: UpstreamAnswer) => void> = [];
    const transmit = () => new Promise<UpstreamAnswer>((resolve) => answers.push(resolve));
    const operations = [operation(), operation(), operation(), operation({ scope: 'scope-b' })];
    const pending = operations.map((op) => gateway.send(READ, op, transmit));
    await new Promise((resolve) => setImmediate(resolve));
    // One request per scope: never shared across credentials.
    expect(answers).toHaveLength(2);
    answers.forEach((answer) => answer(OK));
    await Promise.all(pending);
    expect(operations.map((op) => [op.usage.requests, op.usage.coalesced])).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it('serves an expired entry instead of refreshing it while the budget is within its reserve', async () => {
    const { cache, advance } = testCache();
    await createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 }).send(READ, operation(), async () => ({ ...OK, body: 'old' }));
    advance(6000);
    let tokens = 3;
    const budget: GatewayBudget = {
      acquire: async () => ({ waitedMs: 0 }),
      penalize: () => {},
      inspect: async () => ({ tokens }),
      close: async () => {},
    };
    const gateway = createUpstreamGateway({ cache, budget, rateWaitMs: 1000, staleWaitMs: 10, refreshReserve: 5 });
    const limited = operation();
    expect((await gateway.send(READ, limited, async () => OK)).body).toBe('old');
    expect(limited.usage).toMatchObject({ requests: 0, staleHits: 1 });
    // Above the reserve the entry is refreshed, and the next read is fresh.
    tokens = 6;
    const refreshing = operation();
    expect((await gateway.send(READ, refreshing, async () => OK)).body).toBe(OK.body);
    expect(refreshing.usage).toMatchObject({ requests: 1, staleHits: 0 });
    tokens = 0;
    const fresh = operation();
    expect((await gateway.send(READ, fresh, async () => OK)).body).toBe(OK.body);
    expect(fresh.usage).toMatchObject({ requests: 0, cacheHits: 1 });
  });

  it('fails a read with nothing stale as a spent budget, with the wait Twenty would need', async () => {
    const gateway = createUpstreamGateway({ budget: spentBudget(2500), rateWaitMs: 1000, staleWaitMs: 10 });
    const op = operation();
    const error = await gateway.send(READ, op, async () => OK).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TwentyApiError);
    expect(error).toMatchObject({ kind: 'budget', retryAfterSeconds: 3, mayHaveApplied: false, path: '/rest/people' });
    expect(op.usage.requests).toBe(0);
  });

  it('sends nothing once the operation reached its request cap', async () => {
    const gateway = createUpstreamGateway({ rateWaitMs: 0, staleWaitMs: 0 });
    const op = operation({ maxRequests: 2 });
    let sent = 0;
    const transmit = async () => {
      sent += 1;
      return OK;
    };
    const results = await Promise.allSettled([1, 2, 3].map(() => gateway.send(READ, op, transmit)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ kind: 'cost' });
    expect(sent).toBe(2);
    expect(op.usage.requests).toBe(2);
  });

  it('sends nothing for an operation whose client went away', async () => {
    const gateway = createUpstreamGateway({ rateWaitMs: 0, staleWaitMs: 0 });
    const controller = new AbortController();
    controller.abort();
    const op = operation({ signal: controller.signal });
    await expect(gateway.send(READ, op, async () => OK)).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(gateway.send(WRITE, op, async () => OK)).rejects.toMatchObject({ kind: 'cancelled', writeOutcome: 'NOT_APPLIED', mayHaveApplied: false });
  });

  it('never hands a write the client signal, and invalidates what it changed before answering', async () => {
    const { cache, invalidations } = testCache();
    const gateway = createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 });
    const controller = new AbortController();
    const op = operation({ signal: controller.signal });
    let signalOfWrite: AbortSignal | undefined = new AbortController().signal;
    await gateway.send(WRITE, op, async (signal) => {
      signalOfWrite = signal;
      return OK;
    });
    await gateway.send({ ...WRITE, method: 'DELETE', invalidates: 'all' }, op, async () => ({ status: 500, body: '' }));
    await gateway.send(WRITE, op, async () => ({ status: 400, body: '' }));
    await expect(
      gateway.send(WRITE, op, async () => {
        throw new Error('ECONNRESET');
      }),
    ).rejects.toThrow('ECONNRESET');
    expect(signalOfWrite).toBeUndefined();
    // The refused (400) write changed nothing; the others may have.
    expect(invalidations).toEqual([
      ['scope-a', ['people']],
      ['scope-a', 'all'],
      ['scope-a', ['people']],
    ]);
  });
});

describe('createUpstreamGateway spendToken', () => {
  it('takes a token of the scope for a request sent outside send, and says when none came', async () => {
    const asked: string[] = [];
    const budget: GatewayBudget = {
      acquire: async ({ scope, caller, kind }) => {
        asked.push(`${scope} ${caller} ${kind}`);
        if (asked.length > 1) {
          throw Object.assign(new Error('spent'), { retryAfterMs: 600 });
        }
        return { waitedMs: 0 };
      },
      penalize: () => {},
      inspect: async () => ({ tokens: 0 }),
      close: async () => {},
    };
    const gateway = createUpstreamGateway({ budget, rateWaitMs: 1000, staleWaitMs: 10 });
    expect([await gateway.spendToken('scope-a', 'readiness', 1000), await gateway.spendToken('scope-a', 'readiness', 1000)]).toEqual([true, false]);
    expect(asked).toEqual(['scope-a readiness read', 'scope-a readiness read']);
    // Without a budget every request may go.
    expect(await createUpstreamGateway({ rateWaitMs: 0, staleWaitMs: 0 }).spendToken('scope-a', 'readiness', 0)).toBe(true);
  });
});

describe('scopeOf', () => {
  it('differs by credential, base URL and extra headers, and never contains the key', () => {
    const one = scopeOf('https://api.twenty.com', 'Bearer key-one', {});
    expect(scopeOf('https://api.twenty.com', 'Bearer key-one', {})).toBe(one);
    expect(scopeOf('https://api.twenty.com', 'Bearer key-two', {})).not.toBe(one);
    expect(scopeOf('https://other.example', 'Bearer key-one', {})).not.toBe(one);
    expect(scopeOf('https://api.twenty.com', 'Bearer key-one', { 'Maton-Connection': 'a' })).not.toBe(one);
    expect(scopeOf('https://api.twenty.com', 'Bearer key-one', { 'Maton-Connection': 'a', X: 'b' })).toBe(
      scopeOf('https://api.twenty.com', 'Bearer key-one', { x: 'b', 'maton-connection': 'a' }),
    );
    expect(one).not.toContain('key-one');
  });
});
