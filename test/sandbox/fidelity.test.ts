import { describe, expect, it } from 'vitest';

import { COMPANY_ID, personId, sandboxes, smallWorkspace } from './fixtures.js';
import { type ErrorBody, type ListBody, query, restClient } from './restClient.js';

const start = sandboxes();

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const D = '44444444-4444-4444-8444-444444444444';
const WIDGET = { nameSingular: 'widget', namePlural: 'widgets', labelSingular: 'Widget', labelPlural: 'Widgets' };

interface Created<K extends string> {
  data: Record<K, { id: string }>;
}

describe('startSandbox fidelity', () => {
  it('refuses a restore that would give two live records one unique email, and restores nothing', async () => {
    const rest = restClient(await start(smallWorkspace()));
    await rest.post('/rest/people', { id: A, emails: { primaryEmail: 'dup@x.com' } });
    await rest.delete(`/rest/people/${A}?soft_delete=true`);
    await rest.post('/rest/people', { id: B, emails: { primaryEmail: 'dup@x.com' } });
    const one = await rest.patch<ErrorBody>(`/rest/people/${A}/restore`);
    const many = await rest.patch<ErrorBody>(`/rest/people/restore?filter=id[eq]:${A}`);
    expect([one.status, many.status]).toEqual([400, 400]);
    expect(one.body.messages).toEqual(['A duplicate entry was detected']);
    const live = await rest.get<ListBody>('/rest/people?filter=emails.primaryEmail[eq]:dup@x.com');
    expect(live.body.data['people']?.map(({ id }) => id)).toEqual([B]);
    expect((await rest.patch(`/rest/people/${B}`, { city: 'Lyon' })).status).toBe(200);
  });

  it('gives an object created under a renamed object’s old name its own id, and keeps both objects’ records', async () => {
    const rest = restClient(await start(smallWorkspace()));
    const first = await rest.post<Created<'createOneObject'>>('/rest/metadata/objects', WIDGET);
    const id = first.body.data.createOneObject.id;
    await rest.post('/rest/widgets', { name: 'w1' });
    await rest.patch(`/rest/metadata/objects/${id}`, { nameSingular: 'gadget', namePlural: 'gadgets' });
    const again = await rest.post<Created<'createOneObject'>>('/rest/metadata/objects', WIDGET);
    expect(again.status).toBe(201);
    expect(again.body.data.createOneObject.id).not.toBe(id);
    expect((await rest.get<ListBody>('/rest/gadgets')).body.totalCount).toBe(1);
    expect((await rest.get<ListBody>('/rest/widgets')).body.totalCount).toBe(0);
  });

  it('gives a field created under a renamed field’s old name its own id', async () => {
    const rest = restClient(await start(smallWorkspace()));
    const objects = await rest.get<{ data: { objects: Array<{ id: string; nameSingular: string }> } }>('/rest/metadata/objects?limit=200');
    const person = objects.body.data.objects.find((object) => object.nameSingular === 'person');
    const field = { objectMetadataId: person?.id, type: 'TEXT', name: 'nickname', label: 'Nickname' };
    const first = await rest.post<Created<'createOneField'>>('/rest/metadata/fields', field);
    await rest.patch(`/rest/metadata/fields/${first.body.data.createOneField.id}`, { name: 'alias' });
    const second = await rest.post<Created<'createOneField'>>('/rest/metadata/fields', { ...field, label: 'Nick 2' });
    expect(second.status).toBe(201);
    expect(second.body.data.createOneField.id).not.toBe(first.body.data.createOneField.id);
  });

  it('parses depth, then limit, then order_by, then filter, and reports the first bad one', async () => {
    const rest = restClient(await start(smallWorkspace()));
    expect((await rest.get<ErrorBody>('/rest/people?depth=2&filter=bad')).body.messages).toEqual([
      "'depth=2' parameter invalid. Allowed values are 0, 1",
    ]);
    expect((await rest.get<ErrorBody>('/rest/people?limit=abc&order_by=city[bad]')).body.messages).toEqual([
      "limit 'abc' is invalid. Should be an integer",
    ]);
  });

  it('routes the suffix words specially for their own verb only', async () => {
    const rest = restClient(await start(smallWorkspace()));
    expect((await rest.post('/rest/people/duplicates', { ids: [A] })).status).toBe(200);
    const list = await rest.get<ListBody>('/rest/people/duplicates');
    expect([list.status, list.body.totalCount]).toEqual([200, 4]);
    const destroy = await rest.delete<ErrorBody>('/rest/people/merge');
    expect(destroy.status).toBe(400);
    expect(destroy.body.messages[0]).toMatch(/^Filters are mandatory for bulk destroy operations/);
  });
});

// Contract §9: the sandbox follows the newest release (G3) in each of these.
describe('startSandbox: the Twenty release it follows', () => {
  const ids = (answer: { body: ListBody }, plural = 'people') => answer.body.data[plural]?.map(({ id }) => id);
  const filtered = (filter: string) => `/rest/people?${query({ filter })}`;

  it('compares e-mail eq, neq and in values as Twenty stores e-mails, and other comparators as given', async () => {
    const rest = restClient(await start({ demoData: false }));
    await rest.post('/rest/people', { id: A, emails: { primaryEmail: 'Ada@Example.COM' } });
    await rest.post('/rest/people', { id: B, emails: { primaryEmail: 'Bob@MÜNCHEN.de' } });
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[eq]:ADA@EXAMPLE.com')))).toEqual([A]);
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[eq]:bob@münchen.DE')))).toEqual([B]);
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[neq]:ADA@example.com')))).toEqual([B]);
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[in]:[ADA@EXAMPLE.COM,nobody@x.com]')))).toEqual([A]);
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[like]:Ada%')))).toEqual([]);
    expect(ids(await rest.get<ListBody>(filtered('emails.primaryEmail[ilike]:ADA%')))).toEqual([A]);
  });

  it('refuses a cursor made for another order_by, and one that holds a key the order does not sort by', async () => {
    const rest = restClient(await start(smallWorkspace()));
    const byCity = await rest.get<ListBody>('/rest/people?order_by=city[AscNullsFirst]&limit=2');
    const cursor = byCity.body.pageInfo.endCursor ?? '';
    const next = await rest.get<ListBody>(`/rest/people?order_by=city[AscNullsFirst]&limit=2&starting_after=${cursor}`);
    expect([next.status, next.body.data['people']?.length]).toEqual([200, 2]);
    const missing = await rest.get<ErrorBody>(`/rest/people?order_by=position[AscNullsFirst]&limit=2&starting_after=${cursor}`);
    expect([missing.status, missing.body]).toEqual([
      400,
      {
        statusCode: 400,
        error: 'BadRequestException',
        messages: ['Cursor is missing the value for orderBy field "position": it was encoded for a different orderBy. Restart pagination without a cursor.'],
      },
    ]);
    const composite = await rest.get<ErrorBody>(`/rest/people?order_by=name.lastName[AscNullsFirst]&ending_before=${cursor}`);
    expect([composite.status, composite.body.messages]).toEqual([
      400,
      ['Cursor is missing the value for orderBy field "name.lastName": it was encoded for a different orderBy. Restart pagination without a cursor.'],
    ]);
    const extra = await rest.get<ErrorBody>(`/rest/people?limit=2&starting_after=${cursor}`);
    expect([extra.status, extra.body.messages]).toEqual([400, ['Invalid cursor']]);
  });

  it('reads the text NULL as null in eq, neq, is and like, and as itself in in', async () => {
    const rest = restClient(
      await start({
        demoData: false,
        records: { people: [{ id: A, city: 'Paris' }, { id: B, city: 'NULL' }, { id: C, city: null }, { id: D, city: '' }] },
      }),
    );
    expect(ids(await rest.get<ListBody>(filtered('city[eq]:NULL')))).toEqual([B, C]);
    expect(ids(await rest.get<ListBody>(filtered('city[neq]:NULL')))).toEqual([A, D]);
    expect(ids(await rest.get<ListBody>(filtered('city[like]:NULL')))).toEqual([B, C]);
    expect(ids(await rest.get<ListBody>(filtered('city[is]:NULL')))).toEqual([C, D]);
    expect(ids(await rest.get<ListBody>(filtered('city[in]:[NULL]')))).toEqual([B]);
  });

  it('words duplicates and unknown select values as newest Twenty does', async () => {
    const rest = restClient(await start(smallWorkspace()));
    const taken = await rest.post<ErrorBody>('/rest/people', { id: personId(1) });
    const email = await rest.post<ErrorBody>('/rest/people', { emails: { primaryEmail: 'PERSON0@acme.test' } });
    const stage = await rest.post<ErrorBody>('/rest/opportunities', { stage: 'INVALID_ENUM_VALUE' });
    expect([taken, email, stage].map(({ status, body }) => [status, body.messages])).toEqual([
      [400, ['A duplicate entry was detected']],
      [400, ['A duplicate entry was detected']],
      [400, [`Invalid value 'INVALID_ENUM_VALUE' for field "stage"`]],
    ]);
  });

  it('filters one hop through a relation, or refuses it as older releases do when told to', async () => {
    const newest = restClient(await start(smallWorkspace()));
    const older = restClient(await start({ ...smallWorkspace(), relationFilters: false }));
    const people = `/rest/people?${query({ filter: 'company.name[eq]:Acme', limit: 2 })}`;
    const companies = `/rest/companies?${query({ filter: 'people.city[eq]:Lyon' })}`;
    expect(ids(await newest.get<ListBody>(people))).toEqual([personId(1), personId(2)]);
    expect(ids(await newest.get<ListBody>(companies), 'companies')).toEqual([COMPANY_ID]);
    const refusals = await Promise.all([older.get<ErrorBody>(people), older.get<ErrorBody>(companies)]);
    expect(refusals.map(({ status, body }) => [status, body.messages])).toEqual([
      [400, ['Cannot filter by relation field "company": use "companyId" instead']],
      [400, ['Cannot filter by relation field "people"']],
    ]);
    expect((await older.get<ListBody>(`/rest/people?${query({ filter: `companyId[eq]:${COMPANY_ID}`, limit: 1 })}`)).status).toBe(200);
  });
});
