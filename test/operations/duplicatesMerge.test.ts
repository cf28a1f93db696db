import { afterEach, describe, expect, it } from 'vitest';

import type { SandboxOptions } from '../../src/sandbox/types.js';
import { recordCursor } from '../../src/twenty/recordCursor.js';
import { UPSTREAM_COST_HEADER } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff, type TestBffConfig } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ACME = uuid(1, 1);
const GLOBEX = uuid(1, 2);
const JOHN = uuid(2, 1);
const JOHN_TWIN = uuid(2, 2);
const JANE = uuid(2, 3);
const DEAL = uuid(3, 1);

function workspace(): SandboxOptions {
  return {
    demoData: false,
    records: {
      companies: [
        { id: ACME, name: 'Acme' },
        { id: GLOBEX, name: 'Globex' },
      ],
      people: [
        { id: JOHN, name: { firstName: 'John', lastName: 'Doe' }, emails: { primaryEmail: 'john@doe.test' }, jobTitle: 'CEO', companyId: ACME },
        { id: JOHN_TWIN, name: { firstName: 'John', lastName: 'Doe' }, emails: { primaryEmail: 'johnny@doe.test' }, city: 'Paris', companyId: GLOBEX },
        { id: JANE, name: { firstName: 'Jane', lastName: 'Roe' }, emails: { primaryEmail: 'jane@roe.test' } },
      ],
      opportunities: [{ id: DEAL, name: 'Deal', pointOfContactId: JOHN_TWIN }],
    },
  };
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string; company?: { name: string } | null } }>;
}

const cursorOf = (id: string) => recordCursor({ id }, []);

describe('duplicates and merge', () => {
  let bff: TestBff;

  async function start(config: TestBffConfig = {}): Promise<TestBff> {
    bff = await startTestBff(workspace(), config);
    return bff;
  }

  afterEach(async () => {
    await bff.close();
  });

  const calls = () => requestLines(bff.upstream());

  it('finds the duplicates of records not written yet through Twenty’s duplicates route: one connection each', async () => {
    await start();
    const result = await bff.execute<{ personDuplicates: Connection[] }>(
      /* GraphQL */ `
        query ($data: [CreatePersonInput!]) {
          personDuplicates(data: $data) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor node { id } } }
        }
      `,
      { data: [{ name: { firstName: 'John', lastName: 'Doe' } }, { emails: { primaryEmail: 'nobody@else.test' } }] },
      UPSTREAM_COST_HEADER,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.personDuplicates).toEqual([
      {
        totalCount: 2,
        pageInfo: { hasNextPage: false, startCursor: cursorOf(JOHN), endCursor: cursorOf(JOHN_TWIN) },
        edges: [JOHN, JOHN_TWIN].map((id) => ({ cursor: cursorOf(id), node: { id } })),
      },
      { totalCount: 0, pageInfo: { hasNextPage: false, startCursor: null, endCursor: null }, edges: [] },
    ]);
    expect(calls()).toEqual(['POST /rest/people/duplicates?depth=0 200']);
    expect(bff.upstream()[0]?.body).toEqual({ data: [{ name: { firstName: 'John', lastName: 'Doe' } }, { emails: { primaryEmail: 'nobody@else.test' } }] });
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 1, estimated: 1 });
  });

  it('finds the duplicates of stored records, with their relations read in one batch', async () => {
    await start();
    const result = await bff.execute<{ personDuplicates: Connection[] }>(
      `{ personDuplicates(ids: ["${JOHN}", "${JANE}"]) { totalCount edges { node { id company { name } } } } }`,
      undefined,
      UPSTREAM_COST_HEADER,
    );
    expect(result.data?.personDuplicates).toEqual([
      { totalCount: 1, edges: [{ node: { id: JOHN_TWIN, company: { name: 'Globex' } } }] },
      { totalCount: 0, edges: [] },
    ]);
    expect(calls()).toEqual(['POST /rest/people/duplicates?depth=0 200', `GET /rest/companies?depth=0&filter=id[in]:[${GLOBEX}]&limit=1 200`]);
    // Two lookups of up to 200 duplicates each, their companies 60 ids a request.
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 2, estimated: 8 });
  });

  it.each([
    ['both ids and data', `ids: ["${JOHN}"], data: [{ city: "Paris" }]`, 'Expected either "ids" or "data", not both and not neither.'],
    ['neither', '', 'Expected either "ids" or "data", not both and not neither.'],
    ['an empty data', 'data: []', 'Expected 1 to 20 records at "data", got 0.'],
  ])('refuses %s before any upstream call', async (_name, args, message) => {
    await start();
    const result = await bff.execute(`{ personDuplicates${args ? `(${args})` : ''} { totalCount } }`);
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([[message, 'BAD_USER_INPUT']]);
    expect(bff.upstream()).toEqual([]);
  });

  it('merges into the record at conflictPriorityIndex: its values win, the others fill its gaps, relations follow, the others go', async () => {
    await start();
    const result = await bff.execute<{ mergePeople: Record<string, unknown> }>(
      `mutation { mergePeople(ids: ["${JOHN}", "${JOHN_TWIN}"], conflictPriorityIndex: 0) { id jobTitle city companyId emails { primaryEmail additionalEmails } } }`,
      undefined,
      UPSTREAM_COST_HEADER,
    );
    expect(result.data?.mergePeople).toEqual({
      id: JOHN,
      jobTitle: 'CEO',
      city: 'Paris',
      companyId: ACME,
      emails: { primaryEmail: 'john@doe.test', additionalEmails: ['johnny@doe.test'] },
    });
    expect(calls()).toEqual(['PATCH /rest/people/merge?depth=0 200']);
    expect(bff.upstream()[0]?.body).toEqual({ ids: [JOHN, JOHN_TWIN], conflictPriorityIndex: 0, dryRun: false });
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 1, estimated: 1 });
    const after = await bff.data<{ person: null; opportunity: { pointOfContact: { id: string } } }>(
      `{ person(id: "${JOHN_TWIN}") { id } opportunity(id: "${DEAL}") { pointOfContact { id } } }`,
    );
    expect(after).toEqual({ person: null, opportunity: { pointOfContact: { id: JOHN } } });
  });

  it('answers a dry run with the merged record under a new id and writes nothing', async () => {
    await start();
    const result = await bff.data<{ mergePeople: { id: string; city: string; deletedAt: string | null } }>(
      `mutation { mergePeople(ids: ["${JOHN}", "${JOHN_TWIN}"], conflictPriorityIndex: 1, dryRun: true) { id city deletedAt } }`,
    );
    expect([JOHN, JOHN_TWIN]).not.toContain(result.mergePeople.id);
    expect(result.mergePeople).toMatchObject({ city: 'Paris', deletedAt: expect.any(String) });
    expect(bff.upstream()[0]?.body).toEqual({ ids: [JOHN, JOHN_TWIN], conflictPriorityIndex: 1, dryRun: true });
    const still = await bff.data<{ people: { totalCount: number } }>('{ people { totalCount } }');
    expect(still.people.totalCount).toBe(3);
  });

  it('returns the merged record when the merge’s answer was lost and its repeat finds the others gone', async () => {
    await start({ twenty: { timeoutMs: 300, retryLimit: 2 } });
    bff.sandbox.faults.inject({ kind: 'timeout', when: 'after', times: 1, match: { method: 'PATCH' } });
    const result = await bff.execute<{ mergePeople: { id: string; city: string } }>(
      `mutation { mergePeople(ids: ["${JOHN}", "${JOHN_TWIN}"], conflictPriorityIndex: 0) { id city } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.mergePeople).toEqual({ id: JOHN, city: 'Paris' });
    expect(bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`).slice(1)).toEqual([
      // The repeat: Twenty no longer has the record merged away.
      'PATCH /rest/people/merge 404',
      'GET /rest/people 200',
    ]);
  });

  it.each([
    ['one record', `ids: ["${JOHN}"], conflictPriorityIndex: 0`, 'Expected 2 to 9 records at "ids", got 1.'],
    ['a record twice', `ids: ["${JOHN}", "${JOHN}"], conflictPriorityIndex: 0`, `Expected different records at "ids": ${JOHN} is given twice.`],
    ['a priority outside the list', `ids: ["${JOHN}", "${JANE}"], conflictPriorityIndex: 2`, 'Expected a position in "ids" (0 to 1) at "conflictPriorityIndex", got 2.'],
  ])('refuses to merge %s before any upstream call', async (_name, args, message) => {
    await start();
    const result = await bff.execute(`mutation { mergePeople(${args}) { id } }`);
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([[message, 'BAD_USER_INPUT']]);
    expect(bff.upstream()).toEqual([]);
  });

  it('passes Twenty’s 404 on as NOT_FOUND, nothing merged', async () => {
    await start();
    const result = await bff.execute(`mutation { mergePeople(ids: ["${JOHN}", "${uuid(9, 9)}"], conflictPriorityIndex: 0) { id } }`);
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['writeOutcome']])).toEqual([['NOT_FOUND', 'NOT_APPLIED']]);
  });

  it('has merges and duplicates only for objects with duplicate criteria', async () => {
    await start();
    const result = await bff.execute('mutation { mergeOpportunities(ids: [], conflictPriorityIndex: 0) { id } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
