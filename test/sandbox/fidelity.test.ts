import { describe, expect, it } from 'vitest';

import { sandboxes, smallWorkspace } from './fixtures.js';
import { type ErrorBody, type ListBody, restClient } from './restClient.js';

const start = sandboxes();

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
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
    expect(one.body.messages).toEqual(['A duplicate entry was detected: another person already has emails "dup@x.com"']);
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
