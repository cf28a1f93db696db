import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const companyId = (i: number) => uuid(1, i);
const MEMBER = uuid(8, 1);

// Three companies, each with i people and one opportunity; the first owned by a member.
const records = {
  workspaceMembers: [{ id: MEMBER, name: { firstName: 'Alice', lastName: 'Admin' }, userEmail: 'alice@example.com', userId: uuid(10, 1) }],
  companies: [1, 2, 3].map((i) => ({ id: companyId(i), name: `Company ${i}`, accountOwnerId: i === 1 ? MEMBER : null })),
  people: [1, 2, 3].flatMap((i) =>
    Array.from({ length: i }, (_, k) => ({ id: uuid(2, i * 10 + k), name: { firstName: `P${i}-${k}`, lastName: 'Doe' }, companyId: companyId(i) })),
  ),
  opportunities: [1, 2, 3].map((i) => ({ id: uuid(3, i), name: `Deal ${i}`, companyId: companyId(i) })),
};

const QUERY = /* GraphQL */ `
  {
    companies(first: 3) {
      edges {
        node {
          name
          people { totalCount }
          opportunities { totalCount }
          accountOwner { name { firstName } }
        }
      }
    }
    people(first: 2) { totalCount }
    workspaceMembers(first: 5) { totalCount }
  }
`;

const upstream500 = { status: 500, method: 'GET', path: '/rest/people' };

describe('a failed upstream call nulls only what depended on it', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // No retries: each failing call is one request, so the request log is exact.
    bff = await startTestBff({ demoData: false, records }, { twenty: { retryLimit: 0 } });
  });

  afterEach(() => {
    bff.sandbox.faults.clear();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('keeps the root fields and sibling relations when one relation batch fails', async () => {
    // Only the batched Company.people read filters people by companyId[in].
    bff.sandbox.faults.inject({ status: 500, match: { method: 'GET', pathPrefix: '/rest/people', queryContains: 'companyId[in]:' } });
    bff.resetRequests();
    const result = await bff.execute(QUERY);
    expect(result.data).toEqual({
      companies: {
        edges: [1, 2, 3].map((i) => ({
          node: {
            name: `Company ${i}`,
            people: null,
            opportunities: { totalCount: 1 },
            accountOwner: i === 1 ? { name: { firstName: 'Alice' } } : null,
          },
        })),
      },
      people: { totalCount: 6 },
      workspaceMembers: { totalCount: 1 },
    });
    expect(result.errors).toEqual(
      [0, 1, 2].map((index) => ({
        message: 'Twenty answered GET /rest/people with HTTP 500',
        path: ['companies', 'edges', index, 'node', 'people'],
        locations: expect.any(Array) as unknown,
        extensions: { code: 'UPSTREAM_ERROR', upstream: upstream500 },
      })),
    );
    // One failed batch for the three companies, not one request per parent.
    const failed = bff.upstream().filter((entry) => entry.status === 500);
    expect(failed.map((entry) => [entry.path, entry.query['filter']])).toEqual([
      ['/rest/people', `companyId[in]:[${[1, 2, 3].map(companyId).join(',')}]`],
    ]);
  });

  it('nulls only the root field whose call failed', async () => {
    bff.sandbox.faults.inject({ status: 500, match: { method: 'GET', pathPrefix: '/rest/people', queryContains: 'limit=2' } });
    const result = await bff.execute(QUERY);
    expect(result.data?.['people']).toBeNull();
    expect(result.data?.['workspaceMembers']).toEqual({ totalCount: 1 });
    expect(result.data?.['companies']).toEqual({
      edges: [1, 2, 3].map((i) => ({
        node: {
          name: `Company ${i}`,
          people: { totalCount: i },
          opportunities: { totalCount: 1 },
          accountOwner: i === 1 ? { name: { firstName: 'Alice' } } : null,
        },
      })),
    });
    expect(result.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      { path: ['people'], extensions: { code: 'UPSTREAM_ERROR', upstream: upstream500 } },
    ]);
  });

  it('nulls a many-to-one field whose batch failed, and keeps its siblings', async () => {
    bff.sandbox.faults.inject({ status: 503, match: { method: 'GET', pathPrefix: '/rest/workspaceMembers', queryContains: 'id[in]:' } });
    const result = await bff.execute(QUERY);
    expect(result.data?.['workspaceMembers']).toEqual({ totalCount: 1 });
    const nodes = (result.data?.['companies'] as { edges: Array<{ node: Record<string, unknown> }> }).edges.map(({ node }) => node);
    expect(nodes.map((node) => [node['accountOwner'], node['people']])).toEqual([
      [null, { totalCount: 1 }],
      [null, { totalCount: 2 }],
      [null, { totalCount: 3 }],
    ]);
    expect(result.errors?.map(({ path, extensions }) => ({ path, extensions }))).toEqual([
      {
        path: ['companies', 'edges', 0, 'node', 'accountOwner'],
        extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 503, method: 'GET', path: '/rest/workspaceMembers' } },
      },
    ]);
  });
});
