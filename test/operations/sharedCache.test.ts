import { createHmac } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { DEMO_WORKSPACE_ID } from '../../src/sandbox/index.js';
import { restClient } from '../sandbox/restClient.js';
import { UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { type GraphQLResponse, startTestBff, type TestBff } from '../utils/startTestBff.js';

const SECRET = 'shared-cache-webhook-secret-7d2e';
// The first companies by name: a new company named "AAA…" comes first.
const FIRST_COMPANIES = `{ companies(first: 3, orderBy: [{ name: AscNullsFirst }]) { totalCount edges { node { id name } } } }`;
const FIRST_COMPANIES_READ = 'GET /rest/companies?depth=0&limit=3&order_by=name[AscNullsFirst] 200';
// The first three companies of seed 42 by name, and how many there are.
const SEED_42_FIRST = ['Acme (Holdings)', 'Adventure Works', 'Alpine Ski House'];
const SEED_42_COMPANIES = 50;

interface CompanyList {
  companies: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
}

const namesOf = (result: GraphQLResponse<CompanyList>) => result.data?.companies.edges.map(({ node }) => node.name);

describe('the shared response cache, through HTTP', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ seed: 42 }, { cache: { ttlMs: 60_000 } });
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  it('answers the same query again from the cache, with the same data and no upstream request', async () => {
    const first = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(namesOf(first)).toEqual(SEED_42_FIRST);
    expect(first.data?.companies.totalCount).toBe(SEED_42_COMPANIES);
    expect(upstreamUsageOf(first)).toEqual({ requests: 1, cacheHits: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 1 });
    expect(requestLines(bff.upstream())).toEqual([FIRST_COMPANIES_READ]);

    bff.resetRequests();
    const second = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(second.data).toEqual(first.data);
    expect(upstreamUsageOf(second)).toEqual({ requests: 0, cacheHits: 1, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 1 });
    expect(bff.upstream()).toEqual([]);
  });

  it('keeps a different filter in a different entry', async () => {
    const query = `query ($like: String!) { companies(first: 3, filter: { name: { like: $like } }, orderBy: [{ name: AscNullsFirst }]) { edges { node { name } } } }`;
    const a = await bff.execute<CompanyList>(query, { like: 'A%' }, UPSTREAM_COST_HEADER);
    const b = await bff.execute<CompanyList>(query, { like: 'B%' }, UPSTREAM_COST_HEADER);
    expect(namesOf(a)).toEqual(SEED_42_FIRST);
    expect(namesOf(b)?.length).toBeGreaterThan(0);
    expect(namesOf(b)?.every((name) => name.startsWith('B'))).toBe(true);
    expect([upstreamUsageOf(a)['requests'], upstreamUsageOf(b)['requests'], upstreamUsageOf(b)['cacheHits']]).toEqual([1, 1, 0]);
    expect(requestLines(bff.upstream())).toEqual([
      'GET /rest/companies?depth=0&filter=and(name[like]:"A%")&limit=3&order_by=name[AscNullsFirst] 200',
      'GET /rest/companies?depth=0&filter=and(name[like]:"B%")&limit=3&order_by=name[AscNullsFirst] 200',
    ]);

    bff.resetRequests();
    const againA = await bff.execute<CompanyList>(query, { like: 'A%' }, UPSTREAM_COST_HEADER);
    const againB = await bff.execute<CompanyList>(query, { like: 'B%' }, UPSTREAM_COST_HEADER);
    expect([againA.data, againB.data]).toEqual([a.data, b.data]);
    expect([upstreamUsageOf(againA)['cacheHits'], upstreamUsageOf(againB)['cacheHits']]).toEqual([1, 1]);
    expect(bff.upstream()).toEqual([]);
  });

  it('shows a create, an update and a delete made through twenty-bff in the next read of the same list', async () => {
    const before = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(namesOf(before)).toEqual(SEED_42_FIRST);
    // Cached by the first test (or just now): nothing was sent.
    expect(bff.upstream()).toEqual([]);

    const created = await bff.data<{ createCompany: { id: string; name: string } }>(`mutation { createCompany(data: { name: "AAA Read Your Writes" }) { id name } }`);
    const id = created.createCompany.id;
    const afterCreate = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(afterCreate.data?.companies.edges.map(({ node }) => node)).toEqual([
      { id, name: 'AAA Read Your Writes' },
      ...(before.data?.companies.edges.slice(0, 2).map(({ node }) => node) ?? []),
    ]);
    expect(afterCreate.data?.companies.totalCount).toBe(SEED_42_COMPANIES + 1);
    expect(upstreamUsageOf(afterCreate)['cacheHits']).toBe(0);
    expect(requestLines(bff.upstream())).toEqual(['POST /rest/companies?depth=0 201', FIRST_COMPANIES_READ]);

    bff.resetRequests();
    await bff.data(`mutation ($id: UUID!) { updateCompany(id: $id, data: { name: "AAA Renamed" }) { id } }`, { id });
    const afterUpdate = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(namesOf(afterUpdate)).toEqual(['AAA Renamed', ...SEED_42_FIRST.slice(0, 2)]);
    expect(requestLines(bff.upstream())).toEqual([`PATCH /rest/companies/${id}?depth=0 200`, FIRST_COMPANIES_READ]);

    bff.resetRequests();
    await bff.data(`mutation ($id: UUID!) { deleteCompany(id: $id) { id } }`, { id });
    const afterDelete = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(afterDelete.data).toEqual(before.data);
    expect(requestLines(bff.upstream())).toEqual([`DELETE /rest/companies/${id}?soft_delete=true 200`, FIRST_COMPANIES_READ]);

    // And the list is cached again.
    bff.resetRequests();
    const cachedAgain = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect([cachedAgain.data, upstreamUsageOf(cachedAgain)['cacheHits']]).toEqual([before.data, 1]);
    expect(bff.upstream()).toEqual([]);
  });
});

describe('coalescing of identical concurrent operations, through HTTP', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // Cache off: only coalescing can spare requests; 400 ms per answer so the ten overlap on a busy machine too.
    bff = await startTestBff({ seed: 42, latencyMs: 400 });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('sends each distinct GET of ten concurrent identical operations once', async () => {
    const query = `{ people(first: 2, orderBy: [{ id: AscNullsFirst }]) { edges { node { id company { name } } } } }`;
    const results = await Promise.all(Array.from({ length: 10 }, () => bff.execute(query, {}, UPSTREAM_COST_HEADER)));

    const lines = requestLines(bff.upstream());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('GET /rest/people?depth=0&limit=2&order_by=id[AscNullsFirst] 200');
    expect(lines[1]).toMatch(/^GET \/rest\/companies\?depth=0&filter=id\[in\]:\[[^\]]+\]&limit=2 200$/);
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(results[0]?.data);
    }
    // Every operation needed two reads: each either sent it or shared the one in flight.
    const usages = results.map(upstreamUsageOf);
    expect(usages.map(({ requests, coalesced }) => requests + coalesced)).toEqual(Array(10).fill(2));
    expect(usages.reduce((sum, { requests }) => sum + requests, 0)).toBe(2);
    expect(usages.reduce((sum, { coalesced }) => sum + coalesced, 0)).toBe(18);
    expect(usages.filter(({ coalesced }) => coalesced > 0).length).toBeGreaterThanOrEqual(9);
  });
});

describe('invalidation by Twenty webhooks, through HTTP', () => {
  let bff: TestBff;
  let webhookUrl: string;
  let rest: ReturnType<typeof restClient>;

  beforeAll(async () => {
    bff = await startTestBff({ seed: 42 }, { cache: { ttlMs: 600_000 }, twentyWebhookSecret: SECRET }, { onWebhookEvent: async () => {} });
    webhookUrl = bff.url.replace(/\/graphql$/, '/webhooks/twenty');
    rest = restClient(bff.sandbox);
    const registered = await rest.post('/rest/metadata/webhooks', { targetUrl: webhookUrl, operations: ['*.*'], secret: SECRET });
    expect(registered.status).toBe(201);
  });

  afterAll(async () => {
    await bff.close();
  });

  it("shows a write made in Twenty's UI at once after its webhook, and ignores a forged one", async () => {
    const before = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(namesOf(before)).toEqual(SEED_42_FIRST);

    // Made in Twenty directly: twenty-bff learns of it only through the webhook.
    const created = await rest.post('/rest/companies', { name: 'AAA Made In Twenty' });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { createCompany: { id: string } } }).data.createCompany.id;
    await bff.sandbox.webhooksIdle();
    expect(bff.sandbox.webhookDeliveries.map(({ status }) => status)).toEqual([200]);

    bff.resetRequests();
    const after = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(after.data?.companies.edges.map(({ node }) => node)).toEqual([
      { id, name: 'AAA Made In Twenty' },
      ...(before.data?.companies.edges.slice(0, 2).map(({ node }) => node) ?? []),
    ]);
    expect(upstreamUsageOf(after)).toMatchObject({ requests: 1, cacheHits: 0 });
    expect(requestLines(bff.upstream())).toEqual([FIRST_COMPANIES_READ]);

    // A forged delivery is refused and forgets nothing.
    const body = JSON.stringify({ eventName: 'company.updated', workspaceId: DEMO_WORKSPACE_ID, record: { id } });
    const timestamp = String(Date.now());
    const forged = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Twenty-Webhook-Timestamp': timestamp,
        'X-Twenty-Webhook-Signature': createHmac('sha256', 'guessed-secret').update(`${timestamp}:${body}`).digest('hex'),
      },
      body,
    });
    expect(forged.status).toBe(401);
    bff.resetRequests();
    const cached = await bff.execute<CompanyList>(FIRST_COMPANIES, {}, UPSTREAM_COST_HEADER);
    expect(cached.data).toEqual(after.data);
    expect(upstreamUsageOf(cached)).toMatchObject({ requests: 0, cacheHits: 1 });
    expect(bff.upstream()).toEqual([]);
  });
});
