import { afterEach, describe, expect, it } from 'vitest';

import { UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Twenty-like buckets: 100 a second, but only 5 a minute per key.
const SANDBOX_LIMITS = { shortLimit: 100, shortTtlMs: 1000, longLimit: 5, longTtlMs: 60_000 };
const companiesFirst = (first: number) => `{ companies(first: ${first}, orderBy: [{ name: AscNullsFirst }]) { edges { node { name } } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the rate budget, through HTTP', () => {
  let bff: TestBff | undefined;

  afterEach(async () => {
    await bff?.close();
    bff = undefined;
  });

  it('sends only what the budget allows and refuses the rest before Twenty has to', async () => {
    // TWENTY_RATE_LIMIT 6: twenty-bff keeps one request below it, so 5 go out.
    bff = await startTestBff({ seed: 42, rateLimit: SANDBOX_LIMITS }, { twenty: { rateLimit: 6, rateWindowMs: 60_000 }, workspaceSchema: { enabled: false } });
    const test = bff;
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((first) => test.execute(companiesFirst(first))));

    const served = results.filter(({ errors }) => errors === undefined);
    const refused = results.filter(({ errors }) => errors !== undefined);
    expect([served.length, refused.length]).toEqual([5, 3]);
    for (const result of refused) {
      expect(result.data).toEqual({ companies: null });
      expect(result.errors).toHaveLength(1);
      const extensions = result.errors?.[0]?.extensions;
      // Refused by the budget (never sent: no upstream status), with when to come back.
      expect(extensions).toMatchObject({ code: 'RATE_LIMITED', upstream: { status: null, method: 'GET', path: '/rest/companies' } });
      expect(extensions?.['retryAfterSeconds']).toEqual(expect.any(Number));
      expect(extensions?.['retryAfterSeconds']).toBeGreaterThanOrEqual(1);
      expect(extensions?.['retryAfterSeconds']).toBeLessThanOrEqual(60);
      expect(result.errors?.[0]?.path).toEqual(['companies']);
    }
    // Exactly the served ones reached the sandbox, and it never had to answer 429.
    const lines = requestLines(bff.upstream());
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.endsWith(' 200'))).toBe(true);
    const servedLimits = results.flatMap((result, index) => (result.errors === undefined ? [index + 1] : []));
    expect([...lines].sort()).toEqual(servedLimits.map((first) => `GET /rest/companies?depth=0&limit=${first}&order_by=name[AscNullsFirst] 200`).sort());
    for (const [index, result] of results.entries()) {
      if (result.errors === undefined) {
        expect((result.data as { companies: { edges: unknown[] } }).companies.edges).toHaveLength(index + 1);
      }
    }
  });

  it('serves an expired entry, marked stale, when the budget cannot pay for its refresh', async () => {
    bff = await startTestBff(
      { seed: 42, rateLimit: SANDBOX_LIMITS },
      { twenty: { rateLimit: 3, rateWindowMs: 60_000 }, cache: { ttlMs: 300, staleMs: 60_000 }, workspaceSchema: { enabled: false } },
    );
    const cached = await bff.execute(companiesFirst(3), {}, UPSTREAM_COST_HEADER);
    expect(cached.errors).toBeUndefined();
    expect(upstreamUsageOf(cached)).toMatchObject({ requests: 1, staleHits: 0 });
    // Spends the rest of the budget.
    const other = await bff.execute(companiesFirst(4));
    expect(other.errors).toBeUndefined();
    expect(bff.upstream()).toHaveLength(2);
    await sleep(400);

    bff.resetRequests();
    // Without the cost header: a stale answer is always reported.
    const stale = await bff.execute(companiesFirst(3));
    expect(stale.data).toEqual(cached.data);
    expect(stale.errors).toBeUndefined();
    expect(upstreamUsageOf(stale)).toMatchObject({ requests: 0, cacheHits: 0, staleHits: 1 });
    expect(bff.upstream()).toEqual([]);

    // What has no entry at all is refused.
    const uncached = await bff.execute(companiesFirst(5));
    expect(uncached.errors?.map(({ extensions }) => extensions?.['code'])).toEqual(['RATE_LIMITED']);
    expect(bff.upstream()).toEqual([]);
  });

  it('gives the next token to a write, then shares reads round-robin across named callers', async () => {
    // One token every 800 ms, so everything below queues.
    bff = await startTestBff({ seed: 42 }, { twenty: { rateLimit: 1, rateWindowMs: 800 }, workspaceSchema: { enabled: false } });
    const test = bff;
    const as = (caller: string, query: string) => test.execute(query, {}, { 'apollographql-client-name': caller });
    const greedy = Promise.all([1, 2, 3, 4].map((first) => as('greedy', companiesFirst(first))));
    while (bff.upstream().length === 0) {
      await sleep(5);
    }
    // The first greedy read took the only token; three more wait.
    const polite = as('polite', '{ people(first: 1) { edges { node { id } } } }');
    const writer = as('writer', 'mutation { createCompany(data: { name: "Queued Write" }) { name } }');
    const results = [...(await greedy), await polite, await writer];
    expect(results.map(({ errors }) => errors)).toEqual(Array(6).fill(undefined));

    const lines = requestLines(bff.upstream()).map((line) => line.replace('&order_by=name[AscNullsFirst]', ''));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^GET \/rest\/companies\?depth=0&limit=\d 200$/);
    // The write first, then one read of each caller in turn: polite's single
    // read is not left behind greedy's whole queue.
    expect(lines[1]).toBe('POST /rest/companies?depth=0 201');
    expect(lines[2]).toMatch(/^GET \/rest\/companies\?depth=0&limit=\d 200$/);
    expect(lines[3]).toBe('GET /rest/people?depth=0&limit=1 200');
    expect(lines.slice(4).every((line) => /^GET \/rest\/companies\?depth=0&limit=\d 200$/.test(line))).toBe(true);
  });
});
