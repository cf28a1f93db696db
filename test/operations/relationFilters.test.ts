import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SandboxOptions } from '../../src/sandbox/types.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff, type TestBffConfig } from '../utils/startTestBff.js';

// Ids sort in creation order, so Twenty's default order (id) is the fixture order.
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ACME = uuid(1, 1);
const GLOBEX = uuid(1, 2);
const INITECH = uuid(1, 3);
const UMBRELLA = uuid(1, 4);
const ADA = uuid(2, 1);
const BOB = uuid(2, 2);
const CLEO = uuid(2, 3);
const DAN = uuid(2, 4);
const EVE = uuid(2, 5);

// Acme has a Parisian CTO and a Lyon CEO; Globex a Parisian CEO; Initech a
// Lyon CTO; Umbrella nobody; Dan works for no company.
const WORKSPACE: SandboxOptions = {
  demoData: false,
  records: {
    companies: [
      { id: ACME, name: 'Acme', employees: 10 },
      { id: GLOBEX, name: 'Globex', employees: 250 },
      { id: INITECH, name: 'Initech', employees: 120 },
      { id: UMBRELLA, name: 'Umbrella', employees: 5000 },
    ],
    people: [
      { id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'Paris', jobTitle: 'CTO', companyId: ACME },
      { id: BOB, name: { firstName: 'Bob', lastName: 'Byrne' }, city: 'Lyon', jobTitle: 'CEO', companyId: ACME },
      { id: CLEO, name: { firstName: 'Cleo', lastName: 'Chen' }, city: 'Paris', jobTitle: 'CEO', companyId: GLOBEX },
      { id: DAN, name: { firstName: 'Dan', lastName: 'Diaz' }, city: 'Paris', jobTitle: 'CFO', companyId: null },
      { id: EVE, name: { firstName: 'Eve', lastName: 'Evans' }, city: 'Lyon', jobTitle: 'CTO', companyId: INITECH },
    ],
    opportunities: [
      { id: uuid(3, 1), name: 'Acme renewal', stage: 'MEETING', pointOfContactId: ADA, companyId: ACME },
      { id: uuid(3, 2), name: 'Globex pilot', stage: 'NEW', pointOfContactId: CLEO, companyId: GLOBEX },
    ],
  },
};

const COST = { 'x-upstream-cost': '1' };

interface Names {
  [list: string]: { totalCount: number; edges: Array<{ node: { name: string | { firstName: string } } }> };
}

// The names a list answered, in order.
function names(data: Names | null | undefined, list: string): string[] {
  return (data?.[list]?.edges ?? []).map(({ node }) => (typeof node.name === 'string' ? node.name : node.name.firstName));
}

const AT_ACME = /* GraphQL */ `{ people(filter: { company: { name: { eq: "Acme" } } }) { totalCount edges { node { name { firstName } } } } }`;
const PARIS_CEO = /* GraphQL */ `{ companies(filter: { people: { some: { city: { eq: "Paris" }, jobTitle: { eq: "CEO" } } } }) { totalCount edges { node { name } } } }`;

async function run(bff: TestBff, query: string) {
  bff.resetRequests();
  const result = await bff.execute<Names>(query, undefined, COST);
  return { result, lines: requestLines(bff.upstream()), upstream: result.extensions?.['upstream'] as { requests: number; estimated: number } | undefined };
}

describe('relation filters against the newest Twenty', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff(WORKSPACE);
  });

  afterAll(async () => {
    await bff.close();
  });

  it('filters people by their company in one hop, learning on the first answer that Twenty takes it', async () => {
    const first = await run(bff, AT_ACME);
    expect(names(first.result.data, 'people')).toEqual(['Ada', 'Bob']);
    expect(first.lines).toEqual([
      `GET /rest/people?depth=0&filter=and(company.id[is]:NOT_NULL,company.name[eq]:"Acme")&limit=20 200`,
    ]);
    // Not known yet: the one-hop read might be refused, then the companies
    // read and the people read again.
    expect(first.upstream).toEqual(expect.objectContaining({ requests: 1, estimated: 3 }));
    const again = await run(bff, AT_ACME);
    expect(again.upstream).toEqual(expect.objectContaining({ requests: 1, estimated: 1 }));
  });

  it('filters companies by some and none of their people in one hop', async () => {
    const some = await run(bff, '{ companies(filter: { people: { some: { city: { eq: "Paris" } } } }) { totalCount edges { node { name } } } }');
    expect(names(some.result.data, 'companies')).toEqual(['Acme', 'Globex']);
    expect(some.lines).toEqual(['GET /rest/companies?depth=0&filter=and(people.city[eq]:"Paris")&limit=20 200']);
    const none = await run(bff, '{ companies(filter: { people: { none: { city: { eq: "Paris" } } } }) { totalCount edges { node { name } } } }');
    expect(names(none.result.data, 'companies')).toEqual(['Initech', 'Umbrella']);
    expect(none.lines).toEqual(['GET /rest/companies?depth=0&filter=and(not(people.city[eq]:"Paris"))&limit=20 200']);
  });

  it('reads some of several conditions on one person in two steps, which one hop would test on different people', async () => {
    // In one hop Acme would match too: Ada is in Paris and Bob is a CEO.
    const { result, lines, upstream } = await run(bff, PARIS_CEO);
    expect(names(result.data, 'companies')).toEqual(['Globex']);
    expect(lines).toEqual([
      `GET /rest/people?depth=0&filter=and(jobTitle[eq]:"CEO",city[eq]:"Paris",companyId[is]:NOT_NULL)&limit=60 200`,
      `GET /rest/companies?depth=0&filter=and(id[in]:[${GLOBEX}])&limit=20 200`,
    ]);
    // Up to 200 people in pages of 60, then the companies.
    expect(upstream).toEqual(expect.objectContaining({ requests: 2, estimated: 5 }));
  });

  it('refuses a relation filter inside another, and a many-to-one one under not, before any upstream call', async () => {
    bff.resetRequests();
    const nested = await bff.execute('{ people(filter: { company: { people: { some: { city: { eq: "Paris" } } } } }) { totalCount } }');
    const negated = await bff.execute('{ people(filter: { not: { company: { name: { eq: "Acme" } } } }) { totalCount } }');
    expect([nested, negated].map(({ errors }) => errors?.map(({ message, extensions }) => [message, extensions]))).toEqual([
      [
        [
          `Relation filters reach one relation deep, as Twenty's do: "people" at "filter.company.people" is inside another relation filter.`,
          { code: 'BAD_USER_INPUT', argumentPath: 'filter.company.people' },
        ],
      ],
      [
        [
          `The relation filter at "filter.not.company" cannot be under "not": Twenty reads a condition on a missing related value as unknown, which "not" keeps unknown. Negate inside it ("company: { not: … }"), or test "companyId" for a missing company.`,
          { code: 'BAD_USER_INPUT', argumentPath: 'filter.not.company' },
        ],
      ],
    ]);
    expect(bff.upstream()).toEqual([]);
  });
});

describe('relation filters against a Twenty without one-hop traversal', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ ...WORKSPACE, relationFilters: false });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('learns from the first refusal to read the related ids first, and from then on reads only that way', async () => {
    const first = await run(bff, AT_ACME);
    expect(first.result.errors).toBeUndefined();
    expect(names(first.result.data, 'people')).toEqual(['Ada', 'Bob']);
    expect(first.lines).toEqual([
      `GET /rest/people?depth=0&filter=and(company.id[is]:NOT_NULL,company.name[eq]:"Acme")&limit=20 400`,
      `GET /rest/companies?depth=0&filter=and(name[eq]:"Acme")&limit=60 200`,
      `GET /rest/people?depth=0&filter=and(companyId[in]:[${ACME}])&limit=20 200`,
    ]);
    expect(first.upstream).toEqual(expect.objectContaining({ requests: 3, estimated: 3 }));
    const again = await run(bff, '{ companies(filter: { people: { none: { city: { eq: "Paris" } } } }) { totalCount edges { node { name } } } }');
    expect(names(again.result.data, 'companies')).toEqual(['Initech', 'Umbrella']);
    expect(again.lines).toEqual([
      `GET /rest/people?depth=0&filter=and(city[eq]:"Paris",companyId[is]:NOT_NULL)&limit=60 200`,
      `GET /rest/companies?depth=0&filter=and(not(id[in]:[${ACME},${GLOBEX}]))&limit=20 200`,
    ]);
    expect(again.upstream).toEqual(expect.objectContaining({ requests: 2, estimated: 5 }));
  });

  it('answers a list whose relation filter the first step finds empty without reading it', async () => {
    const { result, lines, upstream } = await run(bff, '{ people(filter: { company: { name: { eq: "Nobody" } }, city: { eq: "Paris" } }) { totalCount edges { node { name { firstName } } } } }');
    expect(result.data).toEqual({ people: { totalCount: 0, edges: [] } });
    expect(lines).toEqual([`GET /rest/companies?depth=0&filter=and(name[eq]:"Nobody")&limit=60 200`]);
    expect(upstream).toEqual(expect.objectContaining({ requests: 1, estimated: 2 }));
  });

  it('reads a nested connection’s relation filter once for all parents, then batches the parents again', async () => {
    const { result, lines, upstream } = await run(
      bff,
      /* GraphQL */ `{ companies(first: 3) { edges { node { name people(filter: { pointOfContactForOpportunities: { some: { stage: { eq: MEETING } } } }) { edges { node { name { firstName } } } } } } } }`,
    );
    expect(result.data).toEqual({
      companies: {
        edges: [
          { node: { name: 'Acme', people: { edges: [{ node: { name: { firstName: 'Ada' } } }] } } },
          { node: { name: 'Globex', people: { edges: [] } } },
          { node: { name: 'Initech', people: { edges: [] } } },
        ],
      },
    });
    expect(lines).toEqual([
      'GET /rest/companies?depth=0&limit=3 200',
      `GET /rest/opportunities?depth=0&filter=and(stage[eq]:"MEETING",pointOfContactId[is]:NOT_NULL)&limit=60 200`,
      `GET /rest/people?depth=0&filter=and(companyId[in]:[${ACME},${GLOBEX},${INITECH}],and(id[in]:[${ADA}]))&limit=60 200`,
    ]);
    // companies 1; the people of 3 parents: a batch, or one read each (1 + 3); the opportunities 4 pages.
    expect(upstream).toEqual(expect.objectContaining({ requests: 3, estimated: 1 + 4 + 4 }));
  });
});

describe('relation filters in a configured mode', () => {
  const started: TestBff[] = [];
  const start = async (options: SandboxOptions, config: TestBffConfig) => {
    const bff = await startTestBff(options, config);
    started.push(bff);
    return bff;
  };

  afterAll(async () => {
    await Promise.all(started.map((bff) => bff.close()));
  });

  it('reads in two steps without asking when told to, and gives the same records as one hop', async () => {
    const oneHop = await start(WORKSPACE, { twenty: { relationFilters: 'oneHop' } });
    const twoStep = await start(WORKSPACE, { twenty: { relationFilters: 'twoStep' } });
    const first = await run(twoStep, AT_ACME);
    expect(first.lines).toEqual([`GET /rest/companies?depth=0&filter=and(name[eq]:"Acme")&limit=60 200`, `GET /rest/people?depth=0&filter=and(companyId[in]:[${ACME}])&limit=20 200`]);
    expect(first.upstream).toEqual(expect.objectContaining({ requests: 2, estimated: 2 }));
    const filters = [
      '{ company: { name: { neq: "Acme" } } }',
      '{ company: { employees: { gte: 100 } }, city: { eq: "Lyon" } }',
      '{ or: [{ company: { name: { eq: "Globex" } } }, { city: { eq: "Lyon" } }] }',
      '{ company: { or: [{ name: { eq: "Acme" } }, { employees: { gt: 1000 } }] } }',
      '{ company: { not: { name: { in: ["Acme", "Initech"] } } } }',
      '{ company: {} }',
      '{ pointOfContactForOpportunities: { some: {} } }',
      '{ pointOfContactForOpportunities: { none: { stage: { eq: NEW } } } }',
    ];
    for (const filter of filters) {
      const query = `{ people(filter: ${filter}) { totalCount edges { node { name { firstName } } } } }`;
      const [hop, steps] = await Promise.all([oneHop.data<Names>(query), twoStep.data<Names>(query)]);
      expect([filter, names(steps, 'people')]).toEqual([filter, names(hop, 'people')]);
    }
    const oneHopEstimate = await run(oneHop, AT_ACME);
    expect(oneHopEstimate.upstream).toEqual(expect.objectContaining({ requests: 1, estimated: 1 }));
  });

  it('passes Twenty’s refusal on when told to filter in one hop on a Twenty without it', async () => {
    const bff = await start({ ...WORKSPACE, relationFilters: false }, { twenty: { relationFilters: 'oneHop' } });
    const { result, lines } = await run(bff, AT_ACME);
    expect(result.errors?.map(({ message, extensions }) => [message, extensions?.['code']])).toEqual([
      ['Twenty rejected the request: Cannot filter by relation field "company": use "companyId" instead', 'BAD_USER_INPUT'],
    ]);
    expect(lines).toHaveLength(1);
  });

  it('refuses a relation filter that matches more related records than the second step can list', async () => {
    // A page cap of 2 lists at most 2 ids; a one-to-many read goes through at most 3 rows.
    const bff = await start(WORKSPACE, { twenty: { relationFilters: 'twoStep', pageCap: 2 }, relationFilterMaxRows: 3 });
    const companies = await run(bff, '{ people(filter: { company: { employees: { gte: 100 } } }) { totalCount } }');
    const rows = await run(bff, '{ companies(filter: { people: { some: {} } }) { totalCount } }');
    const parents = await run(bff, '{ companies(filter: { people: { some: { name: { lastName: { neq: "Lovelace" } } } } }) { totalCount } }');
    expect([companies, rows, parents].map(({ result }) => result.errors?.map(({ message, extensions }) => [message, extensions]))).toEqual([
      [
        [
          'The relation filter at "filter.company" matches 3 companies; read in two steps (their ids, then the records that point at them), a relation filter carries at most 2: narrow it.',
          { code: 'BAD_USER_INPUT', argumentPath: 'filter.company' },
        ],
      ],
      [
        [
          'The relation filter at "filter.people.some" matches 4 people; read in two steps, a relation filter goes through at most 3 (BFF_RELATION_FILTER_MAX_ROWS): narrow it.',
          { code: 'BAD_USER_INPUT', argumentPath: 'filter.people.some' },
        ],
      ],
      [
        [
          'The relation filter at "filter.people.some" matches people of 3 different records; read in two steps, a relation filter carries at most 2: narrow it.',
          { code: 'BAD_USER_INPUT', argumentPath: 'filter.people.some' },
        ],
      ],
    ]);
    expect([companies.lines, rows.lines, parents.lines]).toEqual([
      ['GET /rest/companies?depth=0&filter=and(employees[gte]:100)&limit=2 200'],
      ['GET /rest/people?depth=0&filter=and(companyId[is]:NOT_NULL)&limit=2 200'],
      [
        'GET /rest/people?depth=0&filter=and(name.lastName[neq]:"Lovelace",companyId[is]:NOT_NULL)&limit=2 200',
        expect.stringMatching(/^GET \/rest\/people\?depth=0&filter=and\(name\.lastName\[neq\]:"Lovelace",companyId\[is\]:NOT_NULL\)&limit=1&starting_after=\S+ 200$/),
      ],
    ]);
  });
});
