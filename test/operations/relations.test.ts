import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RequestLogEntry } from '../../src/sandbox/types.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// A workspace whose ids sort in creation order (Twenty's default order is id
// ascending, contract §4.1), so every upstream request is predictable.
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const companyId = (i: number) => uuid(1, i);
const memberId = (i: number) => uuid(8, i);
const opportunityId = (i: number) => uuid(3, i);
const FREE = [uuid(2, 901), uuid(2, 902), uuid(2, 903)];
const GONE_COMPANY = companyId(99);
const GONE_PERSON = uuid(2, 999);
const NOTE = { kickoff: uuid(4, 1), pricing: uuid(4, 2), orphan: uuid(4, 3) };
const TASK = { call: uuid(6, 1), contract: uuid(6, 2) };

// Company i (1..20) has (i - 1) % 7 people: 57 in all, 17 companies with people.
const companies = Array.from({ length: 20 }, (_, index) => ({
  id: companyId(index + 1),
  name: `Company ${String(index + 1).padStart(2, '0')}`,
  accountOwnerId: index % 2 === 0 ? memberId(1) : null,
}));
const companyPeople = companies.flatMap((company, index) =>
  Array.from({ length: index % 7 }, (_, k) => ({ companyId: company.id, firstName: `P${index + 1}-${k + 1}` })),
).map((person, n) => ({
  id: uuid(2, n + 1),
  name: { firstName: person.firstName, lastName: 'Doe' },
  city: n % 2 === 0 ? 'Paris' : 'Lyon',
  companyId: person.companyId,
}));
const people = [
  ...companyPeople,
  ...FREE.map((id, index) => ({ id, name: { firstName: `Free${index + 1}`, lastName: 'Roe' }, city: 'Nantes', companyId: null })),
  { id: GONE_PERSON, name: { firstName: 'Gus', lastName: 'Gone' }, city: 'Nantes', companyId: GONE_COMPANY },
];
const firstPersonOf = (i: number) => companyPeople.find((person) => person.companyId === companyId(i))?.id ?? '';
// Even companies have one opportunity, its point of contact a person without a company.
const opportunities = companies
  .filter((_, index) => index % 2 === 1)
  .map((company, index) => ({
    id: opportunityId((index + 1) * 2),
    name: `Deal ${company.name}`,
    companyId: company.id,
    pointOfContactId: FREE[index % 3] ?? null,
  }));
const noteTargets = [
  { id: uuid(5, 1), noteId: NOTE.kickoff, personId: firstPersonOf(2), companyId: null, opportunityId: null },
  { id: uuid(5, 2), noteId: NOTE.kickoff, personId: null, companyId: companyId(3), opportunityId: null },
  { id: uuid(5, 3), noteId: NOTE.kickoff, personId: null, companyId: null, opportunityId: opportunityId(2) },
  { id: uuid(5, 4), noteId: NOTE.pricing, personId: null, companyId: companyId(2), opportunityId: null },
  { id: uuid(5, 5), noteId: NOTE.pricing, personId: null, companyId: companyId(3), opportunityId: null },
];
const records = {
  workspaceMembers: [
    { id: memberId(1), name: { firstName: 'Alice', lastName: 'Admin' }, userEmail: 'alice@example.com', userId: uuid(10, 1) },
    { id: memberId(2), name: { firstName: 'Max', lastName: 'Member' }, userEmail: 'max@example.com', userId: uuid(10, 2) },
  ],
  companies: [...companies, { id: GONE_COMPANY, name: 'Gone Inc', accountOwnerId: null }],
  people,
  opportunities,
  notes: [
    { id: NOTE.kickoff, title: 'Kickoff' },
    { id: NOTE.pricing, title: 'Pricing' },
    { id: NOTE.orphan, title: 'Orphan' },
  ],
  noteTargets,
  tasks: [
    { id: TASK.call, title: 'Call back', assigneeId: memberId(1) },
    { id: TASK.contract, title: 'Send contract', assigneeId: memberId(2) },
  ],
  taskTargets: [
    { id: uuid(7, 1), taskId: TASK.call, companyId: companyId(2), personId: null, opportunityId: null },
    { id: uuid(7, 2), taskId: TASK.call, companyId: null, personId: firstPersonOf(2), opportunityId: null },
    { id: uuid(7, 3), taskId: TASK.contract, companyId: null, personId: null, opportunityId: opportunityId(2) },
  ],
  attachments: [
    { id: uuid(9, 1), name: 'deck.pdf', fullPath: 'attachment/deck.pdf', companyId: companyId(2) },
    { id: uuid(9, 2), name: 'minutes.txt', fullPath: 'attachment/minutes.txt', noteId: NOTE.kickoff },
    { id: uuid(9, 3), name: 'photo.png', fullPath: 'attachment/photo.png', personId: firstPersonOf(2) },
  ],
};

type Query = Record<string, string>;

/** What Twenty received, without timings and headers. */
function requestsOf(bff: TestBff): Array<{ method: string; path: string; query: RequestLogEntry['query'] }> {
  return bff.upstream().map(({ method, path, query }) => ({ method, path, query }));
}

// Requests of one relation level run concurrently, so their log order is not fixed.
function sorted<T>(requests: T[]): T[] {
  return requests.sort((one, other) => JSON.stringify(one).localeCompare(JSON.stringify(other)));
}

function sortedRequestsOf(bff: TestBff) {
  return sorted(requestsOf(bff));
}

// Every record read asks for depth 0 (G1 defaulted to 1, contract §4.5).
const get = (path: string, query: Query) => ({ method: 'GET', path: `/rest/${path}`, query: { ...query, depth: '0' } });
const byIds = (ids: readonly string[]) => ({ filter: `id[in]:[${ids.join(',')}]`, limit: String(ids.length) });
const idCursor = (id: string) => Buffer.from(JSON.stringify({ id })).toString('base64');
const nameOf = (id: string | null | undefined) => records.companies.find((company) => company.id === id)?.name;

async function startWorkspace(config: Parameters<typeof startTestBff>[1] = {}): Promise<TestBff> {
  const bff = await startTestBff({ demoData: false, records }, config);
  // A company in the trash: its person's companyId now points at nothing a read by id finds.
  bff.sandbox.workspace.deleteOne('companies', GONE_COMPANY, true);
  bff.resetRequests();
  return bff;
}

describe('relations', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startWorkspace();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('loads 60 people with their company in 2 upstream requests, matching rows by id', async () => {
    bff.resetRequests();
    const result = await bff.execute<{ people: { edges: Array<{ node: { id: string; company: { id: string; name: string } | null } }> } }>(
      /* GraphQL */ `
        {
          people(first: 60, orderBy: [{ id: DescNullsLast }]) {
            edges { node { id company { id name } } }
          }
        }
      `,
      undefined,
      { 'x-upstream-cost': '1' },
    );
    // Newest first: the person of the trashed company, the free people, then the rest.
    const expected = [...people].reverse().slice(0, 60);
    expect(result.errors).toBeUndefined();
    expect(result.data?.people.edges.map(({ node }) => node)).toEqual(
      expected.map((person) => ({
        id: person.id,
        company: person.companyId && person.companyId !== GONE_COMPANY ? { id: person.companyId, name: nameOf(person.companyId) } : null,
      })),
    );
    const companyIds = [...new Set(expected.map((person) => person.companyId).filter((id): id is string => id !== null))];
    expect(requestsOf(bff)).toEqual([
      get('people', { order_by: 'id[DescNullsLast]', limit: '60' }),
      get('companies', byIds(companyIds)),
    ]);
    expect(result.extensions).toMatchObject({ upstream: { requests: 2, estimated: 2 } });
  });

  it('loads 20 companies with people(first: 5) { company } and opportunities { pointOfContact } in 4 upstream requests', async () => {
    bff.resetRequests();
    const data = await bff.data<{
      companies: {
        edges: Array<{
          node: {
            name: string;
            people: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { name: { firstName: string }; company: { name: string } } }> };
            opportunities: { edges: Array<{ node: { name: string; pointOfContact: { name: { firstName: string } } } }> };
          };
        }>;
      };
    }>(/* GraphQL */ `
      {
        companies(first: 20) {
          edges {
            node {
              name
              people(first: 5) {
                totalCount
                pageInfo { hasNextPage }
                edges { node { name { firstName } company { name } } }
              }
              opportunities { edges { node { name pointOfContact { name { firstName } } } } }
            }
          }
        }
      }
    `);
    expect(data.companies.edges.map(({ node }) => node)).toEqual(
      companies.map((company) => {
        const mine = companyPeople.filter((person) => person.companyId === company.id);
        return {
          name: company.name,
          people: {
            totalCount: mine.length,
            pageInfo: { hasNextPage: mine.length > 5 },
            edges: mine.slice(0, 5).map((person) => ({ node: { name: { firstName: person.name.firstName }, company: { name: company.name } } })),
          },
          opportunities: {
            edges: opportunities
              .filter((opportunity) => opportunity.companyId === company.id)
              .map((opportunity) => ({
                node: { name: opportunity.name, pointOfContact: { name: { firstName: `Free${FREE.indexOf(opportunity.pointOfContactId ?? '') + 1}` } } },
              })),
          },
        };
      }),
    );
    const all = companies.map((company) => company.id).join(',');
    const pointsOfContact = [...new Set(opportunities.map((opportunity) => opportunity.pointOfContactId ?? ''))];
    expect(sortedRequestsOf(bff)).toEqual(
      sorted([
        get('companies', { limit: '20' }),
        get('people', { filter: `companyId[in]:[${all}]`, limit: '60' }),
        get('opportunities', { filter: `companyId[in]:[${all}]`, limit: '60' }),
        get('people', byIds(pointsOfContact)),
      ]),
    );
  });

  it("loads a note with its targets' people and companies in 4 upstream requests", async () => {
    bff.resetRequests();
    const data = await bff.data(/* GraphQL */ `
      {
        note(id: "${NOTE.kickoff}") {
          title
          targets { totalCount edges { node { person { name { firstName } } company { name } } } }
        }
      }
    `);
    expect(data).toEqual({
      note: {
        title: 'Kickoff',
        targets: {
          totalCount: 3,
          edges: [
            { node: { person: { name: { firstName: 'P2-1' } }, company: null } },
            { node: { person: null, company: { name: 'Company 03' } } },
            { node: { person: null, company: null } },
          ],
        },
      },
    });
    expect(sortedRequestsOf(bff)).toEqual(
      sorted([
        get('notes', byIds([NOTE.kickoff])),
        get('noteTargets', { filter: `noteId[eq]:${NOTE.kickoff}`, limit: '20' }),
        get('companies', byIds([companyId(3)])),
        get('people', byIds([firstPersonOf(2)])),
      ]),
    );
  });

  it('answers null for a relation whose record is gone, without an error', async () => {
    bff.resetRequests();
    const result = await bff.execute(/* GraphQL */ `{ person(id: "${GONE_PERSON}") { name { firstName } companyId company { name } } }`);
    expect(result).toEqual({ data: { person: { name: { firstName: 'Gus' }, companyId: GONE_COMPANY, company: null } } });
    expect(requestsOf(bff)).toEqual([get('people', byIds([GONE_PERSON])), get('companies', byIds([GONE_COMPANY]))]);
  });

  it('makes no request for a relation whose record an earlier list already returned', async () => {
    bff.resetRequests();
    const data = await bff.data(/* GraphQL */ `
      { company(id: "${companyId(3)}") { people { edges { node { name { firstName } company { name } } } } } }
    `);
    expect(data).toEqual({
      company: {
        people: {
          edges: [
            { node: { name: { firstName: 'P3-1' }, company: { name: 'Company 03' } } },
            { node: { name: { firstName: 'P3-2' }, company: { name: 'Company 03' } } },
          ],
        },
      },
    });
    expect(requestsOf(bff)).toEqual([
      get('companies', byIds([companyId(3)])),
      get('people', { filter: `companyId[eq]:${companyId(3)}`, limit: '20' }),
    ]);
  });

  it('fetches identical loads of one request once', async () => {
    bff.resetRequests();
    const data = await bff.data(/* GraphQL */ `
      {
        a: company(id: "${companyId(4)}") { name people(first: 1) { totalCount } }
        b: company(id: "${companyId(4)}") { name people(first: 1) { totalCount } }
      }
    `);
    expect(data).toEqual({
      a: { name: 'Company 04', people: { totalCount: 3 } },
      b: { name: 'Company 04', people: { totalCount: 3 } },
    });
    expect(requestsOf(bff)).toEqual([
      get('companies', byIds([companyId(4)])),
      get('people', { filter: `companyId[eq]:${companyId(4)}`, limit: '1' }),
    ]);
  });

  it('builds new loaders for every request', async () => {
    bff.resetRequests();
    const query = /* GraphQL */ `{ company(id: "${companyId(5)}") { name } }`;
    expect(await bff.data(query)).toEqual({ company: { name: 'Company 05' } });
    expect(await bff.data(query)).toEqual({ company: { name: 'Company 05' } });
    expect(requestsOf(bff)).toEqual([get('companies', byIds([companyId(5)])), get('companies', byIds([companyId(5)]))]);
  });

  it('applies filter, orderBy and first per parent, equal to one REST call per parent', async () => {
    bff.resetRequests();
    const parents = [companyId(6), companyId(7)];
    const data = await bff.data<{ companies: { edges: Array<{ node: { people: unknown } }> } }>(/* GraphQL */ `
      {
        companies(filter: { id: { in: ["${parents[0]}", "${parents[1]}"] } }) {
          edges {
            node {
              id
              people(filter: { city: { eq: "Paris" } }, orderBy: [{ name: { firstName: DescNullsLast } }], first: 2) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              }
            }
          }
        }
      }
    `);
    const upstream = requestsOf(bff);
    expect(upstream).toHaveLength(2);
    expect(upstream[1]).toEqual(
      get('people', {
        filter: `and(companyId[in]:[${parents.join(',')}],and(city[eq]:"Paris"))`,
        order_by: 'name.firstName[DescNullsLast]',
        limit: '60',
      }),
    );
    for (const [index, parent] of parents.entries()) {
      const direct = await rest('people', {
        filter: `and(companyId[eq]:${parent},city[eq]:"Paris")`,
        order_by: 'name.firstName[DescNullsLast]',
        limit: '2',
      });
      expect(direct.data.people).toHaveLength(2);
      expect(data.companies.edges[index]?.node.people).toEqual({
        totalCount: direct.totalCount,
        pageInfo: direct.pageInfo,
        edges: [
          { cursor: direct.pageInfo.startCursor, node: { id: direct.data.people[0]?.id } },
          { cursor: direct.pageInfo.endCursor, node: { id: direct.data.people[1]?.id } },
        ],
      });
    }
  });

  it('reads each parent on its own request after a cursor', async () => {
    bff.resetRequests();
    const after = idCursor(uuid(2, 15));
    const data = await bff.data(/* GraphQL */ `
      {
        companies(filter: { id: { in: ["${companyId(6)}", "${companyId(7)}"] } }) {
          edges { node { people(first: 2, after: "${after}") { pageInfo { hasNextPage hasPreviousPage } edges { node { name { firstName } } } } } }
        }
      }
    `);
    expect(data).toEqual({
      companies: {
        edges: [
          { node: { people: { pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [] } } },
          { node: { people: { pageInfo: { hasNextPage: true, hasPreviousPage: true }, edges: [{ node: { name: { firstName: 'P7-1' } } }, { node: { name: { firstName: 'P7-2' } } }] } } },
        ],
      },
    });
    expect(sortedRequestsOf(bff).filter((request) => request.path === '/rest/people')).toEqual([
      get('people', { filter: `companyId[eq]:${companyId(6)}`, limit: '2', starting_after: after }),
      get('people', { filter: `companyId[eq]:${companyId(7)}`, limit: '2', starting_after: after }),
    ]);
  });

  it('loads the notes and tasks of several records through their targets in one request per level', async () => {
    bff.resetRequests();
    const data = await bff.data(/* GraphQL */ `
      {
        companies(filter: { id: { in: ["${companyId(2)}", "${companyId(3)}"] } }) {
          edges {
            node {
              name
              notes(orderBy: [{ title: DescNullsLast }]) { totalCount edges { node { title } } }
              tasks { totalCount edges { node { title assignee { name { firstName } } } } }
            }
          }
        }
      }
    `);
    expect(data).toEqual({
      companies: {
        edges: [
          {
            node: {
              name: 'Company 02',
              notes: { totalCount: 1, edges: [{ node: { title: 'Pricing' } }] },
              tasks: { totalCount: 1, edges: [{ node: { title: 'Call back', assignee: { name: { firstName: 'Alice' } } } }] },
            },
          },
          {
            node: {
              name: 'Company 03',
              notes: { totalCount: 2, edges: [{ node: { title: 'Pricing' } }, { node: { title: 'Kickoff' } }] },
              tasks: { totalCount: 0, edges: [] },
            },
          },
        ],
      },
    });
    const parents = `${companyId(2)},${companyId(3)}`;
    expect(sortedRequestsOf(bff).filter((request) => request.path !== '/rest/companies')).toEqual(
      sorted([
        get('noteTargets', { filter: `companyId[in]:[${parents}]`, limit: '60' }),
        get('notes', { filter: `id[in]:[${NOTE.pricing},${NOTE.kickoff}]`, order_by: 'title[DescNullsLast]', limit: '60' }),
        get('taskTargets', { filter: `companyId[in]:[${parents}]`, limit: '60' }),
        get('tasks', { filter: `id[in]:[${TASK.call}]`, limit: '60' }),
        get('workspaceMembers', byIds([memberId(1)])),
      ]),
    );
  });

  it('exposes every relation of the standard objects', async () => {
    const data = await bff.data(/* GraphQL */ `
      {
        company(id: "${companyId(2)}") {
          accountOwner { name { firstName } }
          attachments { edges { node { name company { name } } } }
          # first: 5 keeps the whole operation under BFF_MAX_OPERATION_COST (20 opportunities' notes and tasks
          # through targets could cost 82 requests); the company has one.
          opportunities(first: 5) { edges { node { name company { name } pointOfContact { name { firstName } } notes { edges { node { title } } } tasks { edges { node { title } } } } } }
        }
        person(id: "${firstPersonOf(2)}") {
          notes { edges { node { title } } }
          tasks { edges { node { title } } }
          attachments { edges { node { name person { name { firstName } } } } }
        }
        free: person(id: "${FREE[0]}") { pointOfContactForOpportunities { totalCount edges { node { name } } } }
        note(id: "${NOTE.kickoff}") {
          attachments { edges { node { name note { title } } } }
          targets { edges { node { note { title } opportunity { name } } } }
        }
        task(id: "${TASK.call}") {
          assignee { name { firstName } }
          targets { edges { node { task { title } company { name } person { name { firstName } } opportunity { name } } } }
        }
        workspaceMember(id: "${memberId(1)}") {
          assignedTasks { edges { node { title } } }
          accountOwnerForCompanies(first: 2) { totalCount edges { node { name accountOwner { name { lastName } } } } }
        }
      }
    `);
    expect(data).toEqual({
      company: {
        accountOwner: null,
        attachments: { edges: [{ node: { name: 'deck.pdf', company: { name: 'Company 02' } } }] },
        opportunities: {
          edges: [
            {
              node: {
                name: 'Deal Company 02',
                company: { name: 'Company 02' },
                pointOfContact: { name: { firstName: 'Free1' } },
                notes: { edges: [{ node: { title: 'Kickoff' } }] },
                tasks: { edges: [{ node: { title: 'Send contract' } }] },
              },
            },
          ],
        },
      },
      person: {
        notes: { edges: [{ node: { title: 'Kickoff' } }] },
        tasks: { edges: [{ node: { title: 'Call back' } }] },
        attachments: { edges: [{ node: { name: 'photo.png', person: { name: { firstName: 'P2-1' } } } }] },
      },
      free: {
        pointOfContactForOpportunities: {
          totalCount: 4,
          edges: ['02', '08', '14', '20'].map((n) => ({ node: { name: `Deal Company ${n}` } })),
        },
      },
      note: {
        attachments: { edges: [{ node: { name: 'minutes.txt', note: { title: 'Kickoff' } } }] },
        targets: {
          edges: [
            { node: { note: { title: 'Kickoff' }, opportunity: null } },
            { node: { note: { title: 'Kickoff' }, opportunity: null } },
            { node: { note: { title: 'Kickoff' }, opportunity: { name: 'Deal Company 02' } } },
          ],
        },
      },
      task: {
        assignee: { name: { firstName: 'Alice' } },
        targets: {
          edges: [
            { node: { task: { title: 'Call back' }, company: { name: 'Company 02' }, person: null, opportunity: null } },
            { node: { task: { title: 'Call back' }, company: null, person: { name: { firstName: 'P2-1' } }, opportunity: null } },
          ],
        },
      },
      workspaceMember: {
        assignedTasks: { edges: [{ node: { title: 'Call back' } }] },
        accountOwnerForCompanies: {
          totalCount: 10,
          edges: [
            { node: { name: 'Company 01', accountOwner: { name: { lastName: 'Admin' } } } },
            { node: { name: 'Company 03', accountOwner: { name: { lastName: 'Admin' } } } },
          ],
        },
      },
    });
  });

  it('refuses invalid nested arguments with BAD_USER_INPUT before any upstream call', async () => {
    bff.resetRequests();
    const result = await bff.execute(/* GraphQL */ `{ company(id: "${companyId(2)}") { people(first: -1) { totalCount } } }`);
    expect(result.errors).toEqual([
      {
        message: '"first" must be a non-negative integer, found -1.',
        path: ['company', 'people'],
        locations: [{ line: 1, column: 57 }],
        extensions: { code: 'BAD_USER_INPUT', argumentPath: 'first' },
      },
    ]);
    expect(requestsOf(bff)).toEqual([]);
  });

  it('refuses invalid nested arguments even where no parent reaches them', async () => {
    bff.resetRequests();
    const result = await bff.execute(/* GraphQL */ `{ companies(filter: { name: { eq: "none" } }) { edges { node { people(after: "garbage") { totalCount } } } } }`);
    expect(result.errors?.map((error) => [error.path, error.extensions?.['code'], error.extensions?.['argumentPath']])).toEqual([
      [['companies', 'edges', 'node', 'people'], 'BAD_USER_INPUT', 'after'],
    ]);
    expect(requestsOf(bff)).toEqual([]);
  });

  async function rest(plural: string, query: Query) {
    const response = await fetch(`${bff.sandbox.url}/rest/${plural}?${new URLSearchParams(query).toString()}`, {
      headers: { authorization: `Bearer ${bff.sandbox.apiKey}` },
    });
    return (await response.json()) as {
      data: { people: Array<{ id: string }> };
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };
  }
});

describe('relations under a small page cap', () => {
  it('splits id batches at the page cap', async () => {
    const bff = await startWorkspace({ twenty: pageCapOf(5) });
    try {
      const data = await bff.data<{ opportunities: { edges: Array<{ node: { company: { name: string } } }> } }>(/* GraphQL */ `
        { opportunities(first: 10) { edges { node { company { name } } } } }
      `);
      expect(data.opportunities.edges.map(({ node }) => node.company.name)).toEqual(opportunities.map((opportunity) => nameOf(opportunity.companyId)));
      const companyIds = opportunities.map((opportunity) => opportunity.companyId);
      expect(sortedRequestsOf(bff)).toEqual(
        sorted([
          get('companies', byIds(companyIds.slice(0, 5))),
          get('companies', byIds(companyIds.slice(5))),
          get('opportunities', { limit: '5' }),
          get('opportunities', { limit: '5', starting_after: idCursor(opportunities[4]?.id ?? '') }),
        ]),
      );
    } finally {
      await bff.close();
    }
  });

  it('falls back to one request per parent past BFF_RELATION_BATCH_MAX_ROWS', async () => {
    const bff = await startWorkspace({ twenty: pageCapOf(5), relationBatchMaxRows: 5 });
    try {
      const data = await bff.data<{ companies: { edges: Array<{ node: { people: { totalCount: number; edges: Array<{ node: { name: { firstName: string } } }> } } }> } }>(
        /* GraphQL */ `{ companies(first: 4) { edges { node { people(first: 2) { totalCount edges { node { name { firstName } } } } } } } }`,
      );
      expect(data.companies.edges.map(({ node }) => node.people)).toEqual([
        { totalCount: 0, edges: [] },
        { totalCount: 1, edges: [{ node: { name: { firstName: 'P2-1' } } }] },
        { totalCount: 2, edges: [{ node: { name: { firstName: 'P3-1' } } }, { node: { name: { firstName: 'P3-2' } } }] },
        { totalCount: 3, edges: [{ node: { name: { firstName: 'P4-1' } } }, { node: { name: { firstName: 'P4-2' } } }] },
      ]);
      const parents = [1, 2, 3, 4].map(companyId);
      expect(requestsOf(bff).slice(0, 2)).toEqual([
        get('companies', { limit: '4' }),
        // Its totalCount (6) passes the limit: the batch is abandoned after this page.
        get('people', { filter: `companyId[in]:[${parents.join(',')}]`, limit: '5' }),
      ]);
      expect(sortedRequestsOf(bff).filter((request) => String(request.query['filter']).includes('[eq]'))).toEqual(
        parents.map((parent) => get('people', { filter: `companyId[eq]:${parent}`, limit: '2' })),
      );
      expect(bff.upstream()).toHaveLength(6);
    } finally {
      await bff.close();
    }
  });

  it('follows upstream pages of a batch while that costs fewer requests than one per parent', async () => {
    const bff = await startWorkspace({ twenty: pageCapOf(5) });
    try {
      const data = await bff.data<{ companies: { edges: Array<{ node: { people: { totalCount: number } } }> } }>(
        /* GraphQL */ `{ companies(first: 5) { edges { node { people(first: 1) { totalCount } } } } }`,
      );
      expect(data.companies.edges.map(({ node }) => node.people.totalCount)).toEqual([0, 1, 2, 3, 4]);
      const filter = `companyId[in]:[${[1, 2, 3, 4, 5].map(companyId).join(',')}]`;
      expect(requestsOf(bff)).toEqual([
        get('companies', { limit: '5' }),
        get('people', { filter, limit: '5' }),
        get('people', { filter, limit: '5', starting_after: idCursor(uuid(2, 5)) }),
      ]);
    } finally {
      await bff.close();
    }
  });
});

function pageCapOf(pageCap: number) {
  return { pageCap };
}
