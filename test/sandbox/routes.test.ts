import { beforeAll, describe, expect, it } from 'vitest';

import type { RunningSandbox } from '../../src/sandbox/types.js';
import { COMPANY_ID, MISSING_ID, personId, sandboxes, smallWorkspace } from './fixtures.js';
import { dataOf, type ErrorBody, idsOf, pageInfoOf, query, recordsOf, restClient } from './restClient.js';

const start = sandboxes();

function badRequestBody(message: string): ErrorBody {
  return { statusCode: 400, error: 'BadRequestException', messages: [message] };
}

describe('startSandbox', () => {
  describe('find many', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
    });

    it('answers the list envelope with totalCount and pageInfo beside data', async () => {
      const answer = await rest.get('/rest/people');
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body as object)).toEqual(['data', 'totalCount', 'pageInfo']);
      expect(idsOf(answer, 'people')).toEqual([personId(1), personId(2), personId(3), personId(4)]);
      expect((answer.body as { totalCount: number }).totalCount).toBe(4);
      expect(pageInfoOf(answer)).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: expect.any(String),
        endCursor: expect.any(String),
      });
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    });

    it('limits a page and reports the total of every match', async () => {
      const answer = await rest.get('/rest/people?limit=3');
      expect(idsOf(answer, 'people')).toEqual([personId(1), personId(2), personId(3)]);
      expect(answer.body).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    });

    it('filters, and counts only the matches', async () => {
      const lte = await rest.get(`/rest/people?${query({ filter: 'position[lte]:1' })}`);
      const lt = await rest.get(`/rest/people?${query({ filter: 'position[lt]:2' })}`);
      expect(idsOf(lte, 'people')).toEqual([personId(1), personId(2)]);
      expect(lte.body).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(idsOf(lt, 'people')).toEqual([personId(1), personId(2)]);
    });

    it('reads filter=city[eq]:"Paris" exactly as the README curl sends it', async () => {
      const answer = await rest.get('/rest/people?limit=2&filter=city%5Beq%5D%3A%22Paris%22');
      expect(idsOf(answer, 'people')).toEqual([personId(1), personId(3)]);
      expect(recordsOf(answer, 'people').map((person) => person['city'])).toEqual(['Paris', 'Paris']);
      expect(sandbox.requests.at(-1)?.query).toEqual({ limit: '2', filter: 'city[eq]:"Paris"' });
    });

    it('filters on a relation join column with in', async () => {
      const answer = await rest.get(`/rest/people?${query({ filter: `companyId[in]:["${COMPANY_ID}"]` })}`);
      expect(idsOf(answer, 'people')).toHaveLength(4);
    });

    it('ignores a repeated filter key like Twenty does', async () => {
      const answer = await rest.get(`/rest/people?${query({ filter: 'position[eq]:0' })}&${query({ filter: 'position[eq]:1' })}`);
      expect(idsOf(answer, 'people')).toHaveLength(4);
    });

    it('pages forward from startCursor with starting_after', async () => {
      const first = await rest.get('/rest/people?limit=2');
      const next = await rest.get(`/rest/people?${query({ starting_after: pageInfoOf(first).startCursor ?? '', limit: 1 })}`);
      expect(idsOf(next, 'people')).toEqual([personId(2)]);
      expect(pageInfoOf(next)).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('pages backward with ending_before, in ascending order', async () => {
      const all = await rest.get('/rest/people?limit=4');
      const before = await rest.get(`/rest/people?${query({ ending_before: pageInfoOf(all).endCursor ?? '', limit: 2 })}`);
      expect(idsOf(before, 'people')).toEqual([personId(2), personId(3)]);
      expect(pageInfoOf(before)).toMatchObject({ hasPreviousPage: true });
      expect((before.body as { totalCount: number }).totalCount).toBe(4);
    });

    it('orders with order_by and follows endCursor in that order', async () => {
      const ascending = await rest.get('/rest/people?order_by=position[AscNullsLast]');
      const descending = await rest.get('/rest/people?order_by=position[DescNullsLast]&limit=2');
      expect(recordsOf(ascending, 'people').map((person) => person['position'])).toEqual([0, 1, 2, 3]);
      expect(recordsOf(descending, 'people').map((person) => person['position'])).toEqual([3, 2]);
      expect(pageInfoOf(descending).hasNextPage).toBe(true);
      const next = await rest.get(
        `/rest/people?${query({ order_by: 'position[DescNullsLast]', limit: 2, starting_after: pageInfoOf(descending).endCursor ?? '' })}`,
      );
      expect(recordsOf(next, 'people').map((person) => person['position'])).toEqual([1, 0]);
    });

    it('refuses an undecodable cursor', async () => {
      const answer = await rest.get('/rest/people?starting_after=invalid-cursor');
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, error: 'BadRequestException' });
      expect((answer.body as ErrorBody).messages[0]).toContain('Invalid cursor');
    });

    it('refuses ordering by a whole composite field', async () => {
      const answer = await rest.get('/rest/people?order_by=name[AscNullsLast]');
      expect(answer.status).toBe(400);
      expect((answer.body as ErrorBody).error).toBe('BadRequestException');
    });

    it.each([
      ['city:Paris', "'filter' invalid for 'city:Paris'. eg: price[gte]:10"],
      // Twenty's check-filter-query.util.ts words the count: "1 close bracket is", "2 … brackets are".
      ['and(city[eq]:Paris', "'filter' invalid. 1 close bracket is missing in the query"],
      [
        'city[near]:Paris',
        "'filter' invalid for 'city[near]:Paris', comparator near not in eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike",
      ],
      ['unknownField[eq]:1', 'Object person doesn\'t have any "unknownField" field.'],
    ])('answers 400 for the filter %s', async (filter, message) => {
      const answer = await rest.get(`/rest/people?${query({ filter })}`);
      expect([answer.status, answer.body]).toEqual([400, badRequestBody(message)]);
    });

    it.each([
      ['limit=aaa', "limit 'aaa' is invalid. Should be an integer"],
      ['depth=2', "'depth=2' parameter invalid. Allowed values are 0, 1"],
      [
        'order_by=position[Sideways]',
        "'order_by' direction 'Sideways' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3",
      ],
      ['fields=name,salary', "'fields' parameter invalid. Unknown or unreadable fields on 'person': salary"],
    ])('answers 400 for %s', async (parameters, message) => {
      const answer = await rest.get(`/rest/people?${parameters}`);
      expect([answer.status, answer.body]).toEqual([400, badRequestBody(message)]);
    });

    it('gives join columns at depth 0 and embedded relations without their own relations at depth 1', async () => {
      const shallow = await rest.get(`/rest/people/${personId(1)}?depth=0`);
      const deep = await rest.get(`/rest/people/${personId(1)}?depth=1`);
      const shallowPerson = dataOf(shallow, 'person');
      const deepPerson = dataOf(deep, 'person');
      expect(shallowPerson['companyId']).toBe(COMPANY_ID);
      expect(shallowPerson).not.toHaveProperty('company');
      expect(deepPerson['company']).toMatchObject({ id: COMPANY_ID, domainName: { primaryLinkUrl: 'https://test.com' } });
      expect(deepPerson['company']).not.toHaveProperty('people');
    });

    it('projects records on fields, keeping id and the join column of a relation', async () => {
      const answer = await rest.get('/rest/people?limit=1&fields=city,company');
      expect(recordsOf(answer, 'people')).toEqual([{ id: personId(1), city: 'Paris', companyId: COMPANY_ID }]);
      const idOnly = await rest.get(`/rest/people/${personId(2)}?fields=id`);
      expect(idOnly.body).toEqual({ data: { person: { id: personId(2) } } });
    });

    it('clamps a limit above the page cap without an error', async () => {
      const capped = await start({ ...smallWorkspace(), maxLimit: 2 });
      const answer = await restClient(capped).get('/rest/people?limit=3');
      expect(idsOf(answer, 'people')).toEqual([personId(1), personId(2)]);
      expect(pageInfoOf(answer).hasNextPage).toBe(true);
    });

    it('answers limit=0 with no records and the total', async () => {
      const answer = await rest.get('/rest/people?limit=0');
      expect(answer.body).toEqual({
        data: { people: [] },
        totalCount: 4,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });
  });

  describe('find one', () => {
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      rest = restClient(await start(smallWorkspace()));
    });

    it('answers {data:{person}}', async () => {
      const answer = await rest.get(`/rest/people/${personId(2)}`);
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body as object)).toEqual(['data']);
      expect(Object.keys((answer.body as { data: object }).data)).toEqual(['person']);
      expect(dataOf(answer, 'person')).toMatchObject({ id: personId(2), city: 'Lyon', position: 1, companyId: COMPANY_ID });
    });

    it('answers 404 Record not found for an unknown id', async () => {
      const answer = await rest.get(`/rest/people/${MISSING_ID}`);
      expect([answer.status, answer.body]).toEqual([404, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] }]);
    });

    it('answers 400 for a malformed UUID', async () => {
      const answer = await rest.get('/rest/people/malformed-uuid');
      expect([answer.status, answer.body]).toEqual([400, badRequestBody("'malformed-uuid' is not a valid UUID")]);
    });

    it('answers 400 for an unknown object and suggests the plural of a singular', async () => {
      const unknown = await rest.get('/rest/dinosaurs');
      const singular = await rest.get('/rest/person');
      expect([unknown.status, unknown.body]).toEqual([400, badRequestBody("object 'dinosaurs' not found. eg: companies")]);
      expect([singular.status, singular.body]).toEqual([400, badRequestBody("object 'person' not found. Did you mean 'people'?")]);
    });

    it('answers 400 for a path with too many segments', async () => {
      const answer = await rest.get(`/rest/people/${personId(1)}/extra`);
      expect(answer.status).toBe(400);
      expect((answer.body as ErrorBody).messages[0]).toMatch(/^Query path '.*' invalid\. Valid examples: \/rest\/companies\/id or \/rest\/companies or \/rest\/batch\/companies$/);
    });
  });

  describe('create', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
    });

    it('answers 201 {data:{createPerson}} with createdBy from the API key', async () => {
      const answer = await rest.post('/rest/people', { name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'London' });
      expect(answer.status).toBe(201);
      expect(Object.keys((answer.body as { data: object }).data)).toEqual(['createPerson']);
      const created = dataOf(answer, 'createPerson');
      expect(created).toMatchObject({
        name: { firstName: 'Ada', lastName: 'Lovelace' },
        city: 'London',
        createdBy: { source: 'API', workspaceMemberId: null, name: 'Sandbox API key', context: {} },
      });
      const stored = await rest.get(`/rest/people/${created.id}`);
      expect(dataOf(stored, 'person')).toEqual(created);
    });

    it('keeps a createdBy source given in the body', async () => {
      const answer = await rest.post('/rest/people', { name: { firstName: 'Mail', lastName: 'Sender' }, createdBy: { source: 'EMAIL' } });
      expect(answer.status).toBe(201);
      expect(dataOf(answer, 'createPerson')['createdBy']).toMatchObject({ source: 'EMAIL' });
    });

    it('answers 400 A duplicate entry was detected for a taken id', async () => {
      const answer = await rest.post('/rest/people', { id: personId(1), city: 'Twice' });
      expect([answer.status, answer.body]).toEqual([400, badRequestBody('A duplicate entry was detected')]);
    });

    it('creates a batch in order with {data:{createPeople}}', async () => {
      const ids = ['9e000000-0000-4000-8000-000000000001', '9e000000-0000-4000-8000-000000000002'];
      const answer = await rest.post('/rest/batch/people', ids.map((id) => ({ id, city: 'Batch' })));
      expect(answer.status).toBe(201);
      expect(Object.keys((answer.body as { data: object }).data)).toEqual(['createPeople']);
      expect(dataOf<Array<{ id: string; createdBy: unknown }>>(answer, 'createPeople').map(({ id }) => id)).toEqual(ids);
      expect(dataOf<Array<{ createdBy: unknown }>>(answer, 'createPeople')[0]?.createdBy).toMatchObject({ source: 'API' });
    });

    it('projects created records on fields=id', async () => {
      const one = await rest.post('/rest/people?fields=id', { city: 'Projected' });
      const many = await rest.post('/rest/batch/people?fields=id', [{ city: 'A' }, { city: 'B' }]);
      expect(one.body).toEqual({ data: { createPerson: { id: expect.any(String) } } });
      expect(many.body).toEqual({ data: { createPeople: [{ id: expect.any(String) }, { id: expect.any(String) }] } });
    });

    it('answers 400 for a body that is not JSON and logs the raw text', async () => {
      const answer = await rest.call('POST', '/rest/people', { rawBody: '{"city": ', headers: { 'Content-Type': 'application/json' } });
      expect(answer.status).toBe(400);
      expect((answer.body as ErrorBody).error).toBe('BadRequestException');
      expect(sandbox.requests.at(-1)).toMatchObject({ method: 'POST', path: '/rest/people', status: 400, body: '{"city": ' });
    });
  });

  describe('update', () => {
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      rest = restClient(await start(smallWorkspace()));
    });

    it('answers {data:{updatePerson}} and leaves other fields alone', async () => {
      const answer = await rest.patch(`/rest/people/${personId(1)}`, { city: 'Berlin', name: { firstName: 'Renamed', lastName: 'Test' } });
      expect(answer.status).toBe(200);
      expect(Object.keys((answer.body as { data: object }).data)).toEqual(['updatePerson']);
      expect(dataOf(answer, 'updatePerson')).toMatchObject({
        id: personId(1),
        city: 'Berlin',
        name: { firstName: 'Renamed', lastName: 'Test' },
        jobTitle: '',
        companyId: COMPANY_ID,
      });
    });

    it('accepts PUT as the legacy alias of PATCH', async () => {
      const answer = await rest.put(`/rest/people/${personId(2)}`, { city: 'Porto' });
      expect(answer.status).toBe(200);
      expect(dataOf(answer, 'updatePerson')).toMatchObject({ id: personId(2), city: 'Porto' });
    });

    it('answers 404 Record not found for an unknown id', async () => {
      const answer = await rest.patch(`/rest/people/${MISSING_ID}`, { city: 'Nowhere' });
      expect([answer.status, answer.body]).toEqual([404, { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] }]);
    });

    it('updates every match of a filter with {data:{updatePeople}}', async () => {
      const answer = await rest.patch(`/rest/people?${query({ filter: 'position[gte]:2' })}`, { jobTitle: 'Engineer' });
      expect(answer.status).toBe(200);
      const updated = dataOf<Array<{ id: string; jobTitle: string }>>(answer, 'updatePeople');
      expect(updated.map(({ id }) => id).sort()).toEqual([personId(3), personId(4)]);
      expect(updated.map(({ jobTitle }) => jobTitle)).toEqual(['Engineer', 'Engineer']);
    });
  });

  describe('delete and restore', () => {
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      rest = restClient(await start(smallWorkspace()));
    });

    it('destroys by default and answers {data:{deletePerson:{id}}}', async () => {
      const answer = await rest.delete(`/rest/people/${personId(4)}`);
      expect([answer.status, answer.body]).toEqual([200, { data: { deletePerson: { id: personId(4) } } }]);
      expect((await rest.get(`/rest/people/${personId(4)}`)).status).toBe(404);
      const trash = await rest.get(`/rest/people?${query({ filter: 'deletedAt[is]:NOT_NULL' })}`);
      expect(idsOf(trash, 'people')).toEqual([]);
      expect((await rest.delete(`/rest/people/${personId(4)}`)).status).toBe(404);
    });

    it('soft-deletes with soft_delete=true, shows the record only to a deletedAt filter, and restores it', async () => {
      const deleted = await rest.delete(`/rest/people/${personId(3)}?soft_delete=true`);
      expect([deleted.status, deleted.body]).toEqual([200, { data: { deletePerson: { id: personId(3) } } }]);
      expect((await rest.get(`/rest/people/${personId(3)}`)).status).toBe(404);
      const trash = await rest.get(`/rest/people?${query({ filter: 'deletedAt[is]:NOT_NULL' })}`);
      expect(idsOf(trash, 'people')).toEqual([personId(3)]);

      const restored = await rest.patch(`/rest/people/${personId(3)}/restore?fields=id`);
      expect([restored.status, restored.body]).toEqual([200, { data: { restorePerson: { id: personId(3) } } }]);
      expect(dataOf((await rest.get(`/rest/people/${personId(3)}`)), 'person')).toMatchObject({ city: 'Paris', deletedAt: null });
    });

    it('restores many with PATCH /{objects}/restore and the G2 PATCH /restore/{objects}', async () => {
      await rest.delete(`/rest/people?${query({ filter: `id[in]:[${personId(1)},${personId(2)}]`, soft_delete: 'true' })}`);
      const g3 = await rest.patch(`/rest/people/restore?${query({ filter: `id[eq]:${personId(1)}`, fields: 'id' })}`);
      const g2 = await rest.patch(`/rest/restore/people?${query({ filter: `id[eq]:${personId(2)}`, fields: 'id' })}`);
      expect([g3.status, g3.body]).toEqual([200, { data: { restorePeople: [{ id: personId(1) }] } }]);
      expect([g2.status, g2.body]).toEqual([200, { data: { restorePeople: [{ id: personId(2) }] } }]);
      expect(idsOf(await rest.get('/rest/people'), 'people')).toEqual([personId(1), personId(2), personId(3)]);
    });

    it.each([
      ['?soft_delete=true', 'delete'],
      ['?soft_delete=false', 'destroy'],
      ['', 'destroy'],
    ])('refuses a bulk delete without a filter (%s)', async (parameters, operation) => {
      const answer = await rest.delete(`/rest/people${parameters}`);
      expect([answer.status, answer.body]).toEqual([
        400,
        badRequestBody(
          `Filters are mandatory for bulk ${operation} operations. Please provide at least one filter to prevent accidental deletion of all records.`,
        ),
      ]);
    });

    it('deletes every match of a filter with {data:{deletePeople:[{id}]}}', async () => {
      const answer = await rest.delete(`/rest/people?${query({ filter: `id[eq]:${personId(1)}` })}`);
      expect([answer.status, answer.body]).toEqual([200, { data: { deletePeople: [{ id: personId(1) }] } }]);
    });
  });

  describe('routes the sandbox does not model', () => {
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      rest = restClient(await start(smallWorkspace()));
    });

    it('answers 404 outside /rest', async () => {
      const answer = await rest.get('/graphql');
      expect([answer.status, answer.body]).toEqual([404, { statusCode: 404, error: 'NotFoundException', messages: ['Cannot GET /graphql'] }]);
    });
  });
});
