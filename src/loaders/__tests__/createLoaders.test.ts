import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startSandbox } from '../../sandbox/index.js';
import type { RunningSandbox } from '../../sandbox/types.js';
import { createTwentyClient } from '../../twenty/createTwentyClient.js';
import { createLoaders } from '../createLoaders.js';
import type { ChildRelation } from '../relatedConnections.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const [ACME, GLOBEX, INITECH, TRASHED, MISSING] = [1, 2, 3, 4, 5].map((n) => uuid(1, n)) as [string, string, string, string, string];
const [KICKOFF, PRICING] = [uuid(4, 1), uuid(4, 2)] as [string, string];

const COMPANY_NOTES: ChildRelation = {
  kind: 'through',
  child: { plural: 'notes', filterFields: { title: { kind: 'text' } }, orderFields: { title: { kind: 'text' } } },
  through: 'noteTargets',
  foreignKey: 'companyId',
  joinColumn: 'noteId',
};

describe('createLoaders', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({
      demoData: false,
      records: {
        companies: [ACME, GLOBEX, INITECH, TRASHED].map((id, index) => ({ id, name: `Company ${index + 1}` })),
        notes: [
          { id: KICKOFF, title: 'Kickoff' },
          { id: PRICING, title: 'Pricing' },
        ],
        noteTargets: [
          { id: uuid(5, 1), noteId: KICKOFF, companyId: ACME },
          { id: uuid(5, 2), noteId: PRICING, companyId: ACME },
        ],
      },
    });
    sandbox.workspace.deleteOne('companies', TRASHED, true);
  });

  afterAll(async () => {
    await sandbox.close();
  });

  beforeEach(() => {
    sandbox.requests.length = 0;
  });

  function upstreamOf(pageCap: number) {
    const twenty = createTwentyClient({
      baseUrl: sandbox.url,
      authorization: `Bearer ${sandbox.apiKey}`,
      timeoutMs: 5_000,
      pageCap,
      retry: { limit: 0, maxRetryAfterMs: 0 },
    });
    return createLoaders(twenty, { pageCap, paging: { defaultPageSize: 20, maxPageSize: 100 }, relationBatchMaxRows: 1000, batchHoldMs: 50, compilations: new Map() });
  }

  const requests = () => sandbox.requests.map(({ method, path, query }) => ({ method, path, query }));

  it('batches the loads of one tick into one request per page cap and matches rows by id', async () => {
    const { loaders } = upstreamOf(2);
    const companies = loaders.recordById('companies');
    const names = await Promise.all([INITECH, MISSING, GLOBEX, INITECH, ACME].map(async (id) => (await companies.load(id))?.['name'] ?? null));
    expect(names).toEqual(['Company 3', null, 'Company 2', 'Company 3', 'Company 1']);
    // The two batches run concurrently: their log order is not fixed.
    expect(requests().sort((one, other) => String(one.query['filter']).localeCompare(String(other.query['filter'])))).toEqual([
      { method: 'GET', path: '/rest/companies', query: { filter: `id[in]:[${GLOBEX},${ACME}]`, limit: '2', depth: '0' } },
      { method: 'GET', path: '/rest/companies', query: { filter: `id[in]:[${INITECH},${MISSING}]`, limit: '2', depth: '0' } },
    ]);
  });

  it('sends a batch after at most batchHoldMs while another upstream call is still in flight', async () => {
    const { twenty, loaders } = upstreamOf(60);
    // A call that never answers: without the hold limit the load would wait for it forever.
    sandbox.faults.inject({ kind: 'timeout', times: 1, match: { method: 'GET', pathPrefix: '/rest/opportunities' } });
    const stuck = twenty.findMany('opportunities').catch(() => undefined);
    expect((await loaders.recordById('companies').load(ACME))?.['name']).toBe('Company 1');
    sandbox.faults.clear();
    void stuck;
  });

  it('primes recordById with every live row the client lists', async () => {
    const { twenty, loaders } = upstreamOf(60);
    const page = await twenty.findMany('companies', { filter: 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)' });
    expect(page.records.map((record) => record.id)).toEqual([ACME, GLOBEX, INITECH, TRASHED]);
    expect((await loaders.recordById('companies').load(GLOBEX))?.['name']).toBe('Company 2');
    // A read by id does not return a trashed record (contract §1.3), so it was not primed.
    expect(await loaders.recordById('companies').load(TRASHED)).toBeNull();
    expect(requests().map(({ query }) => query['filter'])).toEqual(['or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)', `id[in]:[${TRASHED}]`]);
  });

  it('shows a write to later loads of the same request', async () => {
    const { twenty, loaders } = upstreamOf(60);
    const companies = loaders.recordById('companies');
    expect((await companies.load(INITECH))?.['name']).toBe('Company 3');
    await twenty.updateOne('companies', INITECH, { name: 'Initech' });
    expect((await companies.load(INITECH))?.['name']).toBe('Initech');
    await twenty.deleteOne('companies', INITECH, { soft: true });
    expect(await companies.load(INITECH)).toBeNull();
    expect(requests().map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /rest/companies',
      `PATCH /rest/companies/${INITECH}`,
      `DELETE /rest/companies/${INITECH}`,
    ]);
    await twenty.restoreOne('companies', INITECH);
    await twenty.updateOne('companies', INITECH, { name: 'Company 3' });
  });

  it('selects the children of a parent with more than a page cap of them by relation filter', async () => {
    const { loaders } = upstreamOf(1);
    const connection = await loaders.relatedConnection(COMPANY_NOTES, { orderBy: [{ title: 'DescNullsLast' }] }, ACME);
    expect(connection.totalCount).toBe(2);
    expect(connection.edges.map(({ node }) => node['title'])).toEqual(['Pricing', 'Kickoff']);
    const notesFilter = `noteTargets.companyId[eq]:${ACME}`;
    const pricingCursor = Buffer.from(JSON.stringify({ title: 'Pricing', id: PRICING })).toString('base64');
    // One page of targets shows there are more: the rest are not read.
    expect(requests()).toEqual([
      { method: 'GET', path: '/rest/noteTargets', query: { filter: `companyId[eq]:${ACME}`, limit: '1', depth: '0' } },
      { method: 'GET', path: '/rest/notes', query: { filter: notesFilter, order_by: 'title[DescNullsLast]', limit: '1', depth: '0' } },
      {
        method: 'GET',
        path: '/rest/notes',
        query: { filter: notesFilter, order_by: 'title[DescNullsLast]', limit: '1', starting_after: pricingCursor, depth: '0' },
      },
    ]);
  });

  it('answers an empty connection without reading children a parent does not have', async () => {
    const { loaders } = upstreamOf(60);
    const connection = await loaders.relatedConnection(COMPANY_NOTES, { first: 5 }, GLOBEX);
    expect(connection).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
    expect(requests()).toEqual([
      { method: 'GET', path: '/rest/noteTargets', query: { filter: `companyId[eq]:${GLOBEX}`, limit: '60', depth: '0' } },
    ]);
  });
});
