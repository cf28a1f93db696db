import { afterEach, describe, expect, it } from 'vitest';

import type { SandboxOptions } from '../../src/sandbox/types.js';
import { parseTwentyFilter } from '../../src/twenty/filterGrammar.js';
import { UPSTREAM_COST_HEADER } from '../utils/postOperation.js';
import { METADATA_READ, requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff, type TestBffConfig } from '../utils/startTestBff.js';

// Ids that sort in creation order, so every id list below is in id order.
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ACME = uuid(1, 1);
const person = (n: number) => uuid(2, n);
const task = (n: number) => uuid(3, n);
const PARIS = [person(1), person(2), person(3)];
const LYON = [person(4), person(5)];
const CITIES = ['Paris', 'Paris', 'Paris', 'Lyon', 'Lyon', 'Nantes'];

function workspace(): SandboxOptions {
  return {
    demoData: false,
    records: {
      companies: [{ id: ACME, name: 'Acme' }],
      people: CITIES.map((city, index) => ({
        id: person(index + 1),
        name: { firstName: `P${index + 1}`, lastName: 'Test' },
        city,
        jobTitle: 'Engineer',
        companyId: ACME,
      })),
      // 65 open tasks: more than one write (60 ids) and more than one page (60 rows).
      tasks: [
        ...Array.from({ length: 65 }, (_, index) => ({ id: task(index + 1), title: `Task ${index + 1}`, status: 'TODO' })),
        { id: task(66), title: 'Done already', status: 'DONE' },
      ],
    },
  };
}

interface BulkResult {
  count: number;
  ids: string[];
  failure: null | Record<string, unknown>;
}

const RESULT = 'count ids failure { ids code message writeOutcome mayHaveApplied upstreamStatus }';
const idList = (ids: readonly string[]) => `id[in]:[${ids.join(',')}]`;

describe('bulk writes by filter', () => {
  let bff: TestBff;

  async function start(config: TestBffConfig = {}): Promise<TestBff> {
    bff = await startTestBff(workspace(), config);
    return bff;
  }

  afterEach(async () => {
    await bff.close();
  });

  const calls = () => requestLines(bff.upstream());
  /** The stored people, trashed or not, straight from the sandbox. */
  const stored = () =>
    bff.sandbox.workspace.findMany('people', { filter: parseTwentyFilter('or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)'), orderBy: [], limit: 100, depth: 0 }).records;

  it('updates every record the filter matches: reads their ids, then writes them by id, and reports its cost', async () => {
    await start();
    const result = await bff.execute<{ updatePeople: BulkResult }>(
      `mutation { updatePeople(filter: { city: { eq: "Paris" } }, data: { jobTitle: "Buyer" }) { ${RESULT} } }`,
      undefined,
      UPSTREAM_COST_HEADER,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePeople).toEqual({ count: 3, ids: PARIS, failure: null });
    expect(calls()).toEqual([
      'GET /rest/people?depth=0&filter=and(city[eq]:"Paris")&limit=60 200',
      `PATCH /rest/people?depth=0&filter=${idList(PARIS)} 200`,
    ]);
    expect(bff.upstream()[1]?.body).toEqual({ jobTitle: 'Buyer' });
    // BFF_MAX_BULK_RECORDS 100: two pages of 60 ids and two writes at most.
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 2, estimated: 4 });
    expect(stored().map((row) => [row.id, row['jobTitle']])).toEqual(
      CITIES.map((city, index) => [person(index + 1), city === 'Paris' ? 'Buyer' : 'Engineer']),
    );
  });

  it.each([
    ['{}', 'filter: {}'],
    ['{ and: [] }', 'filter: { and: [] }'],
  ])('refuses the filter %s, which sets no condition, before any upstream call', async (_name, filter) => {
    await start();
    const result = await bff.execute(`mutation { deletePeople(${filter}) { count } }`);
    // Refused by the argument checks, before execution: no data at all.
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code'], error.extensions?.['argumentPath']])).toEqual([
      ['Expected a filter with at least one condition at "filter": deletePeople would otherwise change every Person record.', 'BAD_USER_INPUT', 'filter'],
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a missing filter in validation', async () => {
    await start();
    const result = await bff.execute('mutation { destroyPeople { count } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bff.upstream()).toEqual([]);
  });

  it('answers a filter that matches nothing without asking Twenty', async () => {
    await start();
    const result = await bff.execute<{ destroyPeople: BulkResult }>('mutation { destroyPeople(filter: { city: { in: [] } }) { count ids failure { code } } }', undefined, UPSTREAM_COST_HEADER);
    expect(result.data?.destroyPeople).toEqual({ count: 0, ids: [], failure: null });
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 0, estimated: 0 });
  });

  it('refuses a filter that matches more than BFF_MAX_BULK_RECORDS, after reading one page and writing nothing', async () => {
    await start({ maxBulkRecords: 2 });
    const result = await bff.execute('mutation { updatePeople(filter: { city: { eq: "Paris" } }, data: { jobTitle: "Buyer" }) { count } }', undefined, UPSTREAM_COST_HEADER);
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code'], error.extensions?.['writeOutcome']])).toEqual([
      [
        'The filter matches 3 Person records, more than the 2 a bulk write may change (BFF_MAX_BULK_RECORDS): nothing was written. Narrow the filter, or write in several steps.',
        'BAD_USER_INPUT',
        'NOT_APPLIED',
      ],
    ]);
    expect(calls()).toEqual(['GET /rest/people?depth=0&filter=and(city[eq]:"Paris")&limit=2 200']);
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 1, estimated: 2 });
    expect(stored().every((row) => row['jobTitle'] === 'Engineer')).toBe(true);
  });

  it('follows the pages of ids, and writes them in requests of 60 ids', async () => {
    await start();
    const result = await bff.execute<{ updateTasks: BulkResult }>(
      `mutation { updateTasks(filter: { status: { eq: TODO } }, data: { status: IN_PROGRESS }) { ${RESULT} } }`,
      undefined,
      UPSTREAM_COST_HEADER,
    );
    const open = Array.from({ length: 65 }, (_, index) => task(index + 1));
    expect(result.data?.updateTasks).toEqual({ count: 65, ids: open, failure: null });
    expect(calls().map((line) => line.replace(/starting_after=[^&\s]+/, 'starting_after=…'))).toEqual([
      METADATA_READ,
      'GET /rest/tasks?depth=0&filter=and(status[eq]:"TODO")&limit=60 200',
      'GET /rest/tasks?depth=0&filter=and(status[eq]:"TODO")&limit=5&starting_after=… 200',
      `PATCH /rest/tasks?depth=0&filter=${idList(open.slice(0, 60))} 200`,
      `PATCH /rest/tasks?depth=0&filter=${idList(open.slice(60))} 200`,
    ]);
    // The select value costs the metadata read (200 objects assumed: 4 pages).
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 5, estimated: 8 });
  });

  it('follows pages of the configured page cap, and the estimate is exact for them', async () => {
    await start({ twenty: { pageCap: 2 }, maxBulkRecords: 5 });
    const result = await bff.execute<{ deletePeople: BulkResult }>(
      'mutation { deletePeople(filter: { city: { in: ["Paris", "Lyon"] } }) { count ids } }',
      undefined,
      UPSTREAM_COST_HEADER,
    );
    expect(result.data?.deletePeople).toEqual({ count: 5, ids: [...PARIS, ...LYON] });
    expect(calls().map((line) => line.replace(/starting_after=[^&\s]+/, 'starting_after=…'))).toEqual([
      'GET /rest/people?depth=0&filter=and(city[in]:["Paris","Lyon"])&limit=2 200',
      'GET /rest/people?depth=0&filter=and(city[in]:["Paris","Lyon"])&limit=2&starting_after=… 200',
      'GET /rest/people?depth=0&filter=and(city[in]:["Paris","Lyon"])&limit=1&starting_after=… 200',
      `DELETE /rest/people?filter=${idList([...PARIS, ...LYON])}&soft_delete=true 200`,
    ]);
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 4, estimated: 4 });
  });

  it('moves to the trash, restores only what is in the trash, and destroys trashed records too', async () => {
    await start();
    const deleted = await bff.data<{ deletePeople: BulkResult }>('mutation { deletePeople(filter: { city: { eq: "Lyon" } }) { count ids } }');
    expect(deleted.deletePeople).toEqual({ count: 2, ids: LYON });
    expect(stored().filter((row) => row['deletedAt'] !== null).map((row) => row.id)).toEqual(LYON);
    bff.resetRequests();

    const restored = await bff.data<{ restorePeople: BulkResult }>('mutation { restorePeople(filter: { city: { in: ["Lyon", "Nantes"] } }) { count ids } }');
    expect(restored.restorePeople).toEqual({ count: 2, ids: LYON });
    expect(calls()).toEqual([
      'GET /rest/people?depth=0&filter=and(deletedAt[is]:NOT_NULL,and(city[in]:["Lyon","Nantes"]))&limit=60 200',
      `PATCH /rest/people/restore?depth=0&filter=${idList(LYON)} 200`,
    ]);
    expect(stored().every((row) => row['deletedAt'] === null)).toBe(true);

    await bff.data('mutation { deletePeople(filter: { city: { eq: "Lyon" } }) { count } }');
    bff.resetRequests();
    const destroyed = await bff.data<{ destroyPeople: BulkResult }>('mutation { destroyPeople(filter: { city: { in: ["Lyon", "Nantes"] } }) { count ids } }');
    expect(destroyed.destroyPeople).toEqual({ count: 3, ids: [...LYON, person(6)] });
    expect(calls()).toEqual([
      'GET /rest/people?depth=0&filter=and(or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL),and(city[in]:["Lyon","Nantes"]))&limit=60 200',
      `DELETE /rest/people?filter=${idList([...LYON, person(6)])} 200`,
    ]);
    expect(stored().map((row) => row.id)).toEqual(PARIS);
  });

  it('restores through G2’s path when the G3 path is refused', async () => {
    await start();
    await bff.data('mutation { deletePeople(filter: { city: { eq: "Lyon" } }) { count } }');
    // G2 reads `/rest/people/restore` as the id `restore` (contract §1.1, §9).
    bff.sandbox.faults.inject({ status: 400, messages: ["'restore' is not a valid UUID"], times: 1, match: { method: 'PATCH', pathPrefix: '/rest/people/restore' } });
    bff.resetRequests();
    const restored = await bff.execute<{ restorePeople: BulkResult }>('mutation { restorePeople(filter: { city: { eq: "Lyon" } }) { count ids } }', undefined, UPSTREAM_COST_HEADER);
    expect(restored.data?.restorePeople).toEqual({ count: 2, ids: LYON });
    expect(calls()).toEqual([
      'GET /rest/people?depth=0&filter=and(deletedAt[is]:NOT_NULL,and(city[eq]:"Lyon"))&limit=60 200',
      `PATCH /rest/people/restore?depth=0&filter=${idList(LYON)} 400`,
      `PATCH /rest/restore/people?depth=0&filter=${idList(LYON)} 200`,
    ]);
    expect(restored.extensions?.['upstream']).toMatchObject({ requests: 3, estimated: 6 });
  });

  it('counts exactly the records a delete moved to the trash when its answer was lost and the repeat found them gone', async () => {
    await start({ twenty: { timeoutMs: 300, retryLimit: 2 } });
    bff.sandbox.faults.inject({ kind: 'timeout', when: 'after', times: 1, match: { method: 'DELETE' } });
    const result = await bff.execute<{ deletePeople: BulkResult }>('mutation { deletePeople(filter: { city: { eq: "Paris" } }) { count ids failure { code } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.deletePeople).toEqual({ count: 3, ids: PARIS, failure: null });
    expect(bff.upstream().map(({ method, path, query }) => `${method} ${path} ${String(query['filter'])}`)).toEqual([
      'GET /rest/people and(city[eq]:"Paris")',
      `DELETE /rest/people ${idList(PARIS)}`,
      // The repeat answers no row: all three were already in the trash.
      `DELETE /rest/people ${idList(PARIS)}`,
      `GET /rest/people and(deletedAt[is]:NOT_NULL,${idList(PARIS)})`,
    ]);
  });

  it('answers what it wrote and a failure when a later request fails, and sends nothing after it', async () => {
    await start();
    // The second write names task 61 first.
    bff.sandbox.faults.inject({ status: 400, messages: ['Injected refusal'], times: 1, match: { method: 'PATCH', queryContains: task(61) } });
    const result = await bff.execute<{ updateTasks: BulkResult }>(`mutation { updateTasks(filter: { title: { startsWith: "Task" } }, data: { title: "Renamed" }) { ${RESULT} } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateTasks).toEqual({
      count: 60,
      ids: Array.from({ length: 60 }, (_, index) => task(index + 1)),
      failure: {
        ids: Array.from({ length: 5 }, (_, index) => task(index + 61)),
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('Injected refusal') as string,
        writeOutcome: 'NOT_APPLIED',
        mayHaveApplied: false,
        upstreamStatus: 400,
      },
    });
    expect(calls().filter((line) => line.startsWith('PATCH')).map((line) => line.slice(-3))).toEqual(['200', '400']);
  });

  it('fails the field with the upstream error when its first write fails: nothing was written', async () => {
    await start();
    bff.sandbox.faults.inject({ status: 400, messages: ['Injected refusal'], times: 1, match: { method: 'PATCH' } });
    const result = await bff.execute('mutation { updatePeople(filter: { city: { eq: "Paris" } }, data: { jobTitle: "Buyer" }) { count } }');
    expect(result.data).toEqual({ updatePeople: null });
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['writeOutcome']])).toEqual([['BAD_USER_INPUT', 'NOT_APPLIED']]);
  });

  it('refuses every bulk write with FORBIDDEN when twenty-bff is read-only', async () => {
    await start({ readOnly: true });
    const result = await bff.execute('mutation { restorePeople(filter: { city: { eq: "Paris" } }) { count } }');
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(bff.upstream()).toEqual([]);
  });
});
