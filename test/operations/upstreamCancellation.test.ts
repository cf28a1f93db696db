import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { postOperation, UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an operation whose client went away', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // 200 people in pages of 10 at 200 ms each: 20 sequential requests, about 4 s.
    bff = await startTestBff({ seed: 42, latencyMs: 200 }, { twenty: { pageCap: 10 } });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('sends no new upstream request once the client has aborted', async () => {
    const client = new AbortController();
    const answer = postOperation(bff.url, '{ people(first: 200) { edges { node { id } } } }', {}, {}, client.signal).catch((error: unknown) => error);
    await sleep(500);
    const abortedAt = Date.now();
    client.abort();
    expect(await answer).toMatchObject({ name: 'AbortError' });
    // Long enough for several more pages, had they been sent.
    await sleep(1500);

    const requests = bff.upstream();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThan(10);
    expect(requests.every(({ method, path }) => method === 'GET' && path === '/rest/people')).toBe(true);
    expect(requests.filter(({ time }) => Date.parse(time) > abortedAt + 150)).toEqual([]);
  });
});

describe('a shared read when one of its callers went away', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // A read in flight for a whole second: time enough for the second caller to join it.
    bff = await startTestBff({ seed: 42, latencyMs: 1000 });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('still answers the caller that stayed, from the same request', async () => {
    const query = '{ people(first: 2, orderBy: [{ id: AscNullsFirst }]) { edges { node { id } } } }';
    const leaving = new AbortController();
    const left = postOperation(bff.url, query, {}, {}, leaving.signal).catch((error: unknown) => error);
    while (bff.upstream().length === 0) {
      await sleep(5);
    }
    // Joins the read in flight, then the one who started it goes away.
    const staying = postOperation(bff.url, query, {}, UPSTREAM_COST_HEADER);
    await sleep(300);
    leaving.abort();
    expect(await left).toMatchObject({ name: 'AbortError' });

    const answer = await staying;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      people: { edges: [{ node: { id: '02247847-4c77-5995-baac-75a299f9ee02' } }, { node: { id: '0568723f-89d1-5c29-9110-0486f358382b' } }] },
    });
    expect(upstreamUsageOf(answer)).toMatchObject({ requests: 0, coalesced: 1 });
    expect(requestLines(bff.upstream())).toEqual(['GET /rest/people?depth=0&limit=2&order_by=id[AscNullsFirst] 200']);
  });
});
