import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { postOperation } from '../utils/postOperation.js';
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
