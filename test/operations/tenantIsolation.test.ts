import type { Server } from 'node:http';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { DEMO_API_KEY, startSandbox } from '../../src/sandbox/index.js';
import { signSandboxToken } from '../../src/sandbox/sandboxAuth.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { postOperation, UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startRoutingProxy } from '../utils/startRoutingProxy.js';

const KEY_A = DEMO_API_KEY;
const KEY_B = signSandboxToken({ sub: 'workspace-b', type: 'API_KEY', workspaceId: '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b', jti: 'key-b' });
// Well signed, but no workspace's key: Twenty answers 401.
const WRONG_KEY = signSandboxToken({ sub: 'nobody', type: 'API_KEY', workspaceId: '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c', jti: 'key-c' });
const B_COMPANY = { id: '0b0b0b0b-0000-4000-8000-000000000001', name: 'Beta Only Ltd' };
const FIRST_COMPANIES = `{ companies(first: 3, orderBy: [{ name: AscNullsFirst }]) { edges { node { id name } } } }`;
const FIRST_COMPANIES_READ = 'GET /rest/companies?depth=0&limit=3&order_by=name[AscNullsFirst] 200';

interface CompanyList {
  companies: { edges: Array<{ node: { id: string; name: string } }> } | null;
}

describe('two credentials through one twenty-bff with the shared cache and coalescing', () => {
  let sandboxA: RunningSandbox;
  let sandboxB: RunningSandbox;
  let proxy: Server;
  let bff: RunningBff;
  const as = (key: string, query: string) => postOperation<CompanyList>(bff.url, query, {}, { ...UPSTREAM_COST_HEADER, Authorization: `Bearer ${key}` });
  const namesOf = (result: { data?: CompanyList | null }) => result.data?.companies?.edges.map(({ node }) => node.name);

  beforeAll(async () => {
    // Answers take 400 ms, so concurrent reads of A and B overlap.
    sandboxA = await startSandbox({ seed: 42, latencyMs: 400 });
    sandboxB = await startSandbox({ demoData: false, apiKey: KEY_B, latencyMs: 400, records: { companies: [B_COMPANY] } });
    const routing = await startRoutingProxy(sandboxA, sandboxB, `Bearer ${KEY_B}`);
    proxy = routing.server;
    // No server key: each caller's own Authorization goes to Twenty.
    bff = await startBff(
      { ...loadConfig({ BFF_CACHE_TTL_MS: '60000', TWENTY_RATE_LIMIT: '0', BFF_WORKSPACE_SCHEMA: 'false' }), port: 0, host: '127.0.0.1' },
      { upstream: { baseUrl: routing.url, apiKey: undefined } },
    );
  });

  afterAll(async () => {
    await bff.close();
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await sandboxA.close();
    await sandboxB.close();
  });

  beforeEach(() => {
    sandboxA.requests.length = 0;
    sandboxB.requests.length = 0;
  });

  it("never answers one credential from the other's cache entry", async () => {
    const a = await as(KEY_A, FIRST_COMPANIES);
    expect(namesOf(a)).toEqual(['Acme (Holdings)', 'Adventure Works', 'Alpine Ski House']);
    const b = await as(KEY_B, FIRST_COMPANIES);
    expect(b.data?.companies?.edges.map(({ node }) => node)).toEqual([B_COMPANY]);
    expect(upstreamUsageOf(b)).toMatchObject({ requests: 1, cacheHits: 0 });
    expect([requestLines(sandboxA.requests), requestLines(sandboxB.requests)]).toEqual([[FIRST_COMPANIES_READ], [FIRST_COMPANIES_READ]]);

    // Each credential's second read is its own cached answer.
    sandboxA.requests.length = 0;
    sandboxB.requests.length = 0;
    const [againA, againB] = await Promise.all([as(KEY_A, FIRST_COMPANIES), as(KEY_B, FIRST_COMPANIES)]);
    expect([againA.data, againB.data]).toEqual([a.data, b.data]);
    expect([upstreamUsageOf(againA).cacheHits, upstreamUsageOf(againB).cacheHits]).toEqual([1, 1]);
    expect([sandboxA.requests, sandboxB.requests]).toEqual([[], []]);
  });

  it("never shares one credential's request in flight with the other", async () => {
    const query = `{ companies(first: 2, orderBy: [{ name: DescNullsLast }]) { edges { node { id name } } } }`;
    const results = await Promise.all([KEY_A, KEY_B, KEY_A, KEY_B, KEY_A, KEY_B].map((key) => as(key, query)));
    const a = ['Łódź Robotics', 'Zephyr Cloud'];
    const b = [B_COMPANY.name];
    expect(results.map(namesOf)).toEqual([a, b, a, b, a, b]);
    // Each workspace was read once; the other two callers of each shared that read.
    const read = 'GET /rest/companies?depth=0&limit=2&order_by=name[DescNullsLast] 200';
    expect([requestLines(sandboxA.requests), requestLines(sandboxB.requests)]).toEqual([[read], [read]]);
    const usages = results.map(upstreamUsageOf);
    // (A caller slowed down past the read would find it cached: its own workspace's, still.)
    expect(usages.map(({ requests, coalesced, cacheHits }) => requests + coalesced + cacheHits)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(usages.reduce((sum, { requests }) => sum + requests, 0)).toBe(2);
  });

  it("answers a wrong key with Twenty's 401 every time, never from the cache", async () => {
    // The same operation is in A's cache.
    await as(KEY_A, FIRST_COMPANIES);
    sandboxA.requests.length = 0;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const wrong = await as(WRONG_KEY, FIRST_COMPANIES);
      expect(wrong.data).toEqual({ companies: null });
      expect(wrong.errors?.map(({ extensions }) => [extensions?.['code'], extensions?.['upstream']])).toEqual([
        ['UNAUTHENTICATED', { status: 401, method: 'GET', path: '/rest/companies' }],
      ]);
    }
    expect(requestLines(sandboxA.requests)).toEqual([
      'GET /rest/companies?depth=0&limit=3&order_by=name[AscNullsFirst] 401',
      'GET /rest/companies?depth=0&limit=3&order_by=name[AscNullsFirst] 401',
    ]);
    expect(sandboxA.requests.map(({ headers }) => headers['authorization'])).toEqual([`Bearer ${WRONG_KEY}`, `Bearer ${WRONG_KEY}`]);
    expect(sandboxB.requests).toEqual([]);
  });
});
