import { describe, expect, it } from 'vitest';

import { TwentyApiError } from '../TwentyApiError.js';
import {
  type CachedAnswer,
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
const OK: UpstreamAnswer = { status: 200, body: '{"data":{"people":[]}}' };

function operation(overrides: Partial<OperationUpstream> = {}): OperationUpstream {
  return { scope: 'scope-a', caller: 'client', usage: createUpstreamUsage(), maxRequests: 10, ...overrides };
}

// A cache of one entry per key, with its freshness set by the test.
function fakeCache(entries: Record<string, { answer: CachedAnswer; fresh: boolean }> = {}) {
  const invalidations: Array<[string, readonly string[] | 'all']> = [];
  const stored: string[] = [];
  const cache: GatewayCache = {
    get: async (scope, key) => entries[`${scope} ${key}`],
    set: async (scope, _tag, key) => {
      stored.push(`${scope} ${key}`);
    },
    invalidate: async (scope, tags) => {
      invalidations.push([scope, tags]);
    },
    close: async () => {},
  };
  return { cache, invalidations, stored };
}

function spentBudget(retryAfterMs: number): GatewayBudget {
  return {
    acquire: async () => {
      throw Object.assign(new Error('spent'), { retryAfterMs });
    },
    penalize: () => {},
    close: async () => {},
  };
}

describe('createUpstreamGateway', () => {
  it('answers a fresh cached read without sending and counts the hit', async () => {
    const { cache } = fakeCache({ 'scope-a GET /rest/people?limit=1': { answer: { ...OK, storedAt: 0 }, fresh: true } });
    const gateway = createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 });
    const op = operation();
    let sent = 0;
    const answer = await gateway.send(READ, op, async () => {
      sent += 1;
      return OK;
    });
    expect(answer.body).toBe(OK.body);
    expect(sent).toBe(0);
    expect(op.usage).toEqual({ requests: 0, cacheHits: 1, staleHits: 0, coalesced: 0, budgetWaitMs: 0 });
  });

  it('stores a successful read under its scope and key', async () => {
    const { cache, stored } = fakeCache();
    const gateway = createUpstreamGateway({ cache, rateWaitMs: 0, staleWaitMs: 0 });
    const op = operation();
    await gateway.send(READ, op, async () => OK);
    await gateway.send(READ, op, async () => ({ status: 500, body: '' }));
    expect(stored).toEqual(['scope-a GET /rest/people?limit=1']);
    expect(op.usage.requests).toBe(2);
  });

  it('serves a stale entry when the budget cannot serve the refresh, and says so', async () => {
    const { cache } = fakeCache({ 'scope-a GET /rest/people?limit=1': { answer: { status: 200, body: 'old', storedAt: 0 }, fresh: false } });
    const gateway = createUpstreamGateway({ cache, budget: spentBudget(3000), rateWaitMs: 1000, staleWaitMs: 10 });
    const op = operation();
    const answer = await gateway.send(READ, op, async () => OK);
    expect(answer.body).toBe('old');
    expect(op.usage).toMatchObject({ requests: 0, staleHits: 1 });
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
    await expect(gateway.send(WRITE, op, async () => OK)).rejects.toMatchObject({ kind: 'cancelled', mayHaveApplied: false });
  });

  it('never hands a write the client signal, and invalidates what it changed before answering', async () => {
    const { cache, invalidations } = fakeCache();
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
