import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import type { OperationLogEntry } from '../../src/server.js';
import { type RunningBff, startBff } from '../../src/startBff.js';

describe('the operation log', () => {
  let sandbox: RunningSandbox;
  let bff: RunningBff;
  const logged: OperationLogEntry[] = [];

  beforeAll(async () => {
    // Every upstream answer takes 400 ms, so a client can leave in the middle.
    sandbox = await startSandbox({ demoData: false, latencyMs: 400 });
    const config = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true' });
    bff = await startBff(
      { ...config, port: 0, host: '127.0.0.1' },
      { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey }, logOperation: (entry) => logged.push(entry) },
    );
  });

  afterAll(async () => {
    await bff.close();
    await sandbox.close();
  });

  const post = (query: string, signal?: AbortSignal) =>
    fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), ...(signal ? { signal } : {}) });

  it('logs what each operation spent and its error codes', async () => {
    logged.length = 0;
    await post('query Few { companies(first: 1) { totalCount } }');
    await post('query Bad { company(id: "00000000-0000-4000-8000-000000000000") { name } companies(first: 1, after: "x") { totalCount } }');
    expect(logged.map(({ operationName, upstreamRequests, cacheHits, errorCodes, clientGone }) => ({ operationName, upstreamRequests, cacheHits, errorCodes, clientGone }))).toEqual([
      { operationName: 'Few', upstreamRequests: 1, cacheHits: 0, errorCodes: [], clientGone: false },
      { operationName: 'Bad', upstreamRequests: 0, cacheHits: 0, errorCodes: ['BAD_USER_INPUT'], clientGone: false },
    ]);
  });

  it('finishes a write whose client went away, and logs its outcome', async () => {
    logged.length = 0;
    const controller = new AbortController();
    const answer = post('mutation Gone { createCompany(data: { name: "Left behind" }) { id } }', controller.signal).catch(() => 'aborted');
    while (!sandbox.requests.some((entry) => entry.method === 'POST')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    controller.abort();
    expect(await answer).toBe('aborted');
    while (logged.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(logged).toMatchObject([{ operationName: 'Gone', upstreamRequests: 1, errorCodes: [], clientGone: true }]);
    const listed = await (await post('{ companies(filter: { name: { eq: "Left behind" } }) { totalCount } }')).json();
    expect(listed).toEqual({ data: { companies: { totalCount: 1 } } });
  });
});
