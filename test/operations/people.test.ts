import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseTwentyFilter, type TwentyFilterNode } from '../../src/twenty/filterGrammar.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// People whose values exercise every hazard of Twenty's filter grammar
// (contract §3.3): apostrophes, double quotes, commas, brackets, parentheses,
// LIKE wildcards, empty and null text, case.
const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const INJECTION = 'x",id[is]:NOT_NULL,name.lastName[eq]:"y';
const PEOPLE: Array<[first: string, last: string, city: string | null, jobTitle: string]> = [
  ['Ann', "O'Brien", 'Paris', 'CEO'],
  ['Bob', 'Smith, Jr.', 'Lyon', 'CTO'],
  ['Chloé', 'Müller', 'Paris', '50%_off'],
  ['Dan', '[draft]', 'Nantes', '500 off'],
  ['Eve', 'Admin)', null, ''],
  ['Frank', INJECTION, 'Lyon', ''],
  ['Gina', 'Rossi', '', ''],
  ['Hugo', 'Lee', 'paris', 'CEO'],
];

function personId(n: number): string {
  return `7c1d2e3f-4a5b-4c6d-8e9f-${String(n).padStart(12, '0')}`;
}

const people = PEOPLE.map(([firstName, lastName, city, jobTitle], index) => ({
  id: personId(index + 1),
  name: { firstName, lastName },
  city,
  jobTitle,
  position: index,
  companyId: ACME,
}));

const lastNameOf = (n: number) => PEOPLE[n - 1]?.[1];

interface PeopleData {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; name: { lastName: string } } }>;
  };
}

const PEOPLE_QUERY = /* GraphQL */ `
  query People($filter: PersonFilter, $orderBy: [PersonOrderBy!], $first: Int, $after: String, $last: Int, $before: String) {
    people(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name { lastName } } }
    }
  }
`;

describe('Query.people', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false, records: { companies: [{ id: ACME, name: 'Acme' }], people } });
  });

  afterAll(async () => {
    await bff.close();
  });

  async function lastNames(variables: Record<string, unknown>): Promise<string[]> {
    const data = await bff.data<PeopleData>(PEOPLE_QUERY, variables);
    return data.people.edges.map((edge) => edge.node.name.lastName);
  }

  /** The one upstream request of the last operation, its filter parsed the way Twenty parses it. */
  function onlyUpstreamFilter(): TwentyFilterNode {
    const requests = bff.upstream();
    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /rest/people']);
    const filter = requests[0]?.query['filter'];
    expect(typeof filter).toBe('string');
    return parseTwentyFilter(filter as string);
  }

  const leaf = (path: string, comparator: string, value: string | string[]): TwentyFilterNode =>
    ({ kind: 'leaf', path: path.split('.'), comparator, value }) as TwentyFilterNode;

  describe('filters with hostile values', () => {
    it("finds O'Brien alone and next to other conditions, in either order", async () => {
      bff.resetRequests();
      expect(await lastNames({ filter: { name: { lastName: { eq: "O'Brien" } } } })).toEqual(["O'Brien"]);
      expect(onlyUpstreamFilter()).toEqual({ kind: 'and', items: [leaf('name.lastName', 'eq', "O'Brien")] });

      for (const filter of [
        { name: { lastName: { eq: "O'Brien" } }, city: { eq: 'Paris' } },
        { city: { eq: 'Paris' }, name: { lastName: { eq: "O'Brien" } } },
        { and: [{ name: { lastName: { eq: "O'Brien" } } }, { city: { eq: 'Paris' } }] },
      ]) {
        bff.resetRequests();
        expect(await lastNames({ filter })).toEqual(["O'Brien"]);
        const sent = onlyUpstreamFilter();
        expect(sent.kind).toBe('and');
        expect(JSON.stringify(sent)).toContain('"O\'Brien"');
      }
    });

    it('carries a value built to inject conditions as one exact value', async () => {
      expect(await lastNames({ filter: { name: { lastName: { eq: INJECTION } } } })).toEqual([INJECTION]);
      expect(await lastNames({ filter: { or: [{ name: { lastName: { eq: INJECTION } } }, { city: { eq: 'Nantes' } }] } })).toEqual([
        '[draft]',
        INJECTION,
      ]);
    });

    it('carries commas, brackets and apostrophes inside in', async () => {
      expect(await lastNames({ filter: { name: { lastName: { in: ['Smith, Jr.', "O'Brien", '[draft]'] } } } })).toEqual([
        "O'Brien",
        'Smith, Jr.',
        '[draft]',
      ]);
      expect(await lastNames({ filter: { city: { in: ['Paris', 'Lyon'] } } })).toEqual(["O'Brien", 'Smith, Jr.', 'Müller', INJECTION]);
    });

    it('matches LIKE wildcards in contains literally', async () => {
      bff.resetRequests();
      expect(await lastNames({ filter: { jobTitle: { contains: '50%_' } } })).toEqual(['Müller']);
      expect(onlyUpstreamFilter()).toEqual({ kind: 'and', items: [leaf('jobTitle', 'like', '%50\\%\\_%')] });
      expect(await lastNames({ filter: { jobTitle: { like: '50%' } } })).toEqual(['Müller', '[draft]']);
    });

    it('keeps startsWith case-sensitive and containsInsensitive not', async () => {
      expect(await lastNames({ filter: { city: { startsWith: 'Pa' } } })).toEqual(["O'Brien", 'Müller']);
      expect(await lastNames({ filter: { city: { containsInsensitive: 'PARI' } } })).toEqual(["O'Brien", 'Müller', 'Lee']);
      expect(await lastNames({ filter: { name: { firstName: { endsWith: 'é' } } } })).toEqual(['Müller']);
    });

    it("follows Twenty's text null-equivalence for is NULL and eq ''", async () => {
      expect(await lastNames({ filter: { city: { is: 'NULL' } } })).toEqual(['Admin)', 'Rossi']);
      expect(await lastNames({ filter: { city: { eq: '' } } })).toEqual(['Admin)', 'Rossi']);
      expect(await lastNames({ filter: { city: { is: 'NOT_NULL' } }, first: 3 })).toEqual(["O'Brien", 'Smith, Jr.', 'Müller']);
    });

    it('combines not, or and several operators on one field', async () => {
      expect(await lastNames({ filter: { not: { city: { in: ['Paris', 'Lyon', 'paris'] } }, position: { gte: 3 } } })).toEqual([
        '[draft]',
        'Rossi',
      ]);
      expect(await lastNames({ filter: { position: { gt: 1, lte: 3 } } })).toEqual(['Müller', '[draft]']);
    });

    it('refuses a value the grammar cannot carry, naming the argument, before any upstream call', async () => {
      bff.resetRequests();
      const result = await bff.execute(PEOPLE_QUERY, { filter: { city: { eq: 'Paris' }, name: { lastName: { eq: 'Admin)' } } } });
      // Refused before execution: no data at all, and the field's path.
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.path).toEqual(['people']);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'filter.name.lastName.eq' });
      expect(bff.upstream()).toEqual([]);
    });

    it('answers a filter no record can meet without asking Twenty', async () => {
      bff.resetRequests();
      const data = await bff.data<Record<string, { totalCount: number }>>(
        '{ a: people(filter: { city: { in: [] } }) { totalCount } b: people(filter: { or: [], position: { gt: 1 } }) { totalCount } }',
      );
      expect(data).toEqual({ a: { totalCount: 0 }, b: { totalCount: 0 } });
      expect(bff.upstream()).toEqual([]);
      expect(await lastNames({ filter: { not: { city: { in: [] } } }, first: 2 })).toEqual(["O'Brien", 'Smith, Jr.']);
    });

    it('refuses a malformed UUID or date in a filter before any upstream call', async () => {
      bff.resetRequests();
      const badUuid = await bff.execute(PEOPLE_QUERY, { filter: { companyId: { eq: 'not-a-uuid' } } });
      expect(badUuid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const badDate = await bff.execute(PEOPLE_QUERY, { filter: { createdAt: { gte: 'yesterday' } } });
      expect(badDate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(bff.upstream()).toEqual([]);
    });
  });

  describe('ordering and pagination', () => {
    const byLastName = [{ name: { lastName: 'AscNullsLast' } }];
    const sortedLastNames = PEOPLE.map(([, last]) => last).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    it('orders by a composite sub-field and sends order_by as Twenty reads it', async () => {
      bff.resetRequests();
      expect(await lastNames({ orderBy: byLastName, first: 8 })).toEqual(sortedLastNames);
      expect(bff.upstream().map((entry) => entry.query)).toEqual([{ order_by: 'name.lastName[AscNullsLast]', limit: '8', depth: '0' }]);
    });

    it('pages forward with first/after and reports honest pageInfo', async () => {
      const first = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, first: 3 });
      expect(first.people.edges.map((edge) => edge.node.name.lastName)).toEqual(sortedLastNames.slice(0, 3));
      expect(first.people).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(first.people.pageInfo.endCursor).toBe(first.people.edges[2]?.cursor);

      const second = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, first: 3, after: first.people.pageInfo.endCursor });
      expect(second.people.edges.map((edge) => edge.node.name.lastName)).toEqual(sortedLastNames.slice(3, 6));
      expect(second.people).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true, hasPreviousPage: true } });

      // A cursor from the middle of a page works too.
      const fromMiddle = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, first: 2, after: first.people.edges[0]?.cursor });
      expect(fromMiddle.people.edges.map((edge) => edge.node.name.lastName)).toEqual(sortedLastNames.slice(1, 3));
    });

    it('pages backward with last/before, and last alone gives the final records', async () => {
      const tail = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, last: 3 });
      expect(tail.people.edges.map((edge) => edge.node.name.lastName)).toEqual(sortedLastNames.slice(5));
      expect(tail.people).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: false, hasPreviousPage: true } });

      const before = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, last: 2, before: tail.people.pageInfo.startCursor });
      expect(before.people.edges.map((edge) => edge.node.name.lastName)).toEqual(sortedLastNames.slice(3, 5));
      expect(before.people).toMatchObject({ pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    });

    it('refuses a cursor issued for another order before any upstream call', async () => {
      const page = await bff.data<PeopleData>(PEOPLE_QUERY, { orderBy: byLastName, first: 1 });
      bff.resetRequests();
      const result = await bff.execute(PEOPLE_QUERY, { orderBy: [{ city: 'AscNullsFirst' }], first: 1, after: page.people.pageInfo.endCursor });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'after' });
      expect(bff.upstream()).toEqual([]);
    });

    it('refuses first above BFF_MAX_PAGE_SIZE and first with last', async () => {
      bff.resetRequests();
      const tooMany = await bff.execute(PEOPLE_QUERY, { first: 100_000 });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'first' });
      const both = await bff.execute(PEOPLE_QUERY, { first: 1, last: 1 });
      expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(bff.upstream()).toEqual([]);
    });
  });
});

describe('Query.people beyond the upstream page cap', () => {
  let bff: TestBff;

  beforeAll(async () => {
    const twenty = { pageCap: 3 };
    bff = await startTestBff({ demoData: false, records: { companies: [{ id: ACME, name: 'Acme' }], people } }, { twenty });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('follows upstream pages of at most the cap, with Twenty cursors', async () => {
    bff.resetRequests();
    const data = await bff.data<PeopleData>(PEOPLE_QUERY, { first: 7 });
    expect(data.people.edges.map((edge) => edge.node.id)).toEqual(people.slice(0, 7).map((person) => person.id));
    expect(data.people).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const sent = bff.upstream().map((entry) => entry.query);
    expect(sent.map((query) => query['limit'])).toEqual(['3', '3', '1']);
    expect(sent[0]?.['starting_after']).toBeUndefined();
    expect(sent[1]?.['starting_after']).toBe(data.people.edges[2]?.cursor);
    expect(sent[2]?.['starting_after']).toBe(data.people.edges[5]?.cursor);
  });

  it('follows pages backward for last', async () => {
    bff.resetRequests();
    const data = await bff.data<PeopleData>(PEOPLE_QUERY, { last: 5 });
    expect(data.people.edges.map((edge) => edge.node.id)).toEqual(people.slice(3).map((person) => person.id));
    expect(bff.upstream()).toHaveLength(2);
  });
});

// Keeps the fixture honest: the names used above are the ones stored.
describe('people fixture', () => {
  it('has the hostile last names the tests rely on', () => {
    expect([lastNameOf(1), lastNameOf(5), lastNameOf(6)]).toEqual(["O'Brien", 'Admin)', INJECTION]);
  });
});
