import { beforeAll, describe, expect, it } from 'vitest';

import type { FieldMetadata, ObjectMetadata, RunningSandbox } from '../../src/sandbox/types.js';
import { MISSING_ID, sandboxes, smallWorkspace } from './fixtures.js';
import { type PageInfoBody, query, restClient } from './restClient.js';

const start = sandboxes();

type Envelope = 'legacy' | 'new';

interface MetadataList<T> {
  items: T[];
  pageInfo: PageInfoBody;
  totalCount: number;
}

/** The items of a metadata list in either envelope, checking the envelope on the way. */
function listOf<T>(body: unknown, envelope: Envelope, collection: 'objects' | 'fields'): MetadataList<T> {
  const { data, pageInfo, totalCount } = body as { data: unknown; pageInfo: PageInfoBody; totalCount: number };
  expect(Object.keys(body as object)).toEqual(['data', 'pageInfo', 'totalCount']);
  if (envelope === 'new') {
    expect(Array.isArray(data)).toBe(true);
    return { items: data as T[], pageInfo, totalCount };
  }
  expect(Object.keys(data as object)).toEqual([collection]);
  return { items: (data as Record<string, T[]>)[collection] ?? [], pageInfo, totalCount };
}

/** The one item of a metadata answer: bare (new) or under `data[key]` (legacy). */
function itemOf<T>(body: unknown, envelope: Envelope, key: string): T {
  if (envelope === 'new') {
    expect(body).not.toHaveProperty('data');
    return body as T;
  }
  expect(Object.keys((body as { data: object }).data)).toEqual([key]);
  return (body as { data: Record<string, T> }).data[key] as T;
}

const sortedIds = (items: Array<{ id: string }>) => items.map(({ id }) => id).sort();

describe.each(['legacy', 'new'] as const)('startSandbox metadata (%s envelope)', (envelope) => {
  let sandbox: RunningSandbox;
  let rest: ReturnType<typeof restClient>;
  let allObjectIds: string[];

  // The legacy envelope's pageInfo has no hasPreviousPage (contract §2.2).
  const pageInfo = (info: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: unknown; endCursor: unknown }) => {
    const { hasPreviousPage, ...legacy } = info;
    return envelope === 'legacy' ? legacy : { ...legacy, hasPreviousPage };
  };

  beforeAll(async () => {
    sandbox = await start({ ...smallWorkspace(), metadataEnvelope: envelope });
    rest = restClient(sandbox);
    allObjectIds = sortedIds(sandbox.workspace.listObjects());
  });

  it('lists objects with inline fields, ordered by id, with id cursors', async () => {
    const answer = await rest.get('/rest/metadata/objects');
    expect(answer.status).toBe(200);
    const page = listOf<ObjectMetadata>(answer.body, envelope, 'objects');
    expect(page.items.map(({ id }) => id)).toEqual(allObjectIds);
    expect(page.items.every((object) => Array.isArray(object.fields) && object.fields.length > 0)).toBe(true);
    expect(page.totalCount).toBe(allObjectIds.length);
    expect(page.pageInfo).toEqual(
      pageInfo({ hasNextPage: false, hasPreviousPage: false, startCursor: allObjectIds[0], endCursor: allObjectIds.at(-1) }),
    );
  });

  it('pages forward with limit and starting_after', async () => {
    const first = listOf<ObjectMetadata>((await rest.get('/rest/metadata/objects?limit=2')).body, envelope, 'objects');
    expect(first.items.map(({ id }) => id)).toEqual(allObjectIds.slice(0, 2));
    expect(first.pageInfo).toEqual(pageInfo({ hasNextPage: true, hasPreviousPage: false, startCursor: allObjectIds[0], endCursor: allObjectIds[1] }));
    const second = listOf<ObjectMetadata>(
      (await rest.get(`/rest/metadata/objects?${query({ limit: 2, starting_after: first.pageInfo.endCursor ?? '' })}`)).body,
      envelope,
      'objects',
    );
    expect(second.items.map(({ id }) => id)).toEqual(allObjectIds.slice(2, 4));
    expect(second.pageInfo.hasPreviousPage).toBe(envelope === 'legacy' ? undefined : true);
    expect(second.totalCount).toBe(first.totalCount);
  });

  it('pages backward with ending_before, in ascending order', async () => {
    const cursor = (allObjectIds[4] ?? '').toUpperCase();
    const page = listOf<ObjectMetadata>(
      (await rest.get(`/rest/metadata/objects?${query({ limit: 2, ending_before: cursor })}`)).body,
      envelope,
      'objects',
    );
    expect(page.items.map(({ id }) => id)).toEqual(allObjectIds.slice(2, 4));
    expect(page.pageInfo).toEqual(pageInfo({ hasNextPage: true, hasPreviousPage: true, startCursor: allObjectIds[2], endCursor: allObjectIds[3] }));
  });

  it('ends the last page with hasNextPage false', async () => {
    const page = listOf<ObjectMetadata>(
      (await rest.get(`/rest/metadata/objects?${query({ limit: 200, starting_after: allObjectIds.at(-2) ?? '' })}`)).body,
      envelope,
      'objects',
    );
    expect(page.items.map(({ id }) => id)).toEqual(allObjectIds.slice(-1));
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('lists fields', async () => {
    const page = listOf<FieldMetadata>((await rest.get('/rest/metadata/fields?limit=3')).body, envelope, 'fields');
    expect(page.items.map(({ id }) => id)).toEqual(sortedIds(sandbox.workspace.listFields()).slice(0, 3));
    expect(page.totalCount).toBe(sandbox.workspace.listFields().length);
  });

  it.each([
    [`starting_after=${MISSING_ID}&ending_before=${MISSING_ID}`, "'starting_after' and 'ending_before' cannot be used together."],
    ['starting_after=not-a-uuid', 'Invalid cursor: not-a-uuid'],
    ['ending_before=42', 'Invalid cursor: 42'],
    ['limit=1.5', "limit '1.5' is invalid. Should be an integer"],
    ['limit=abc', "limit 'abc' is invalid. Should be an integer"],
  ])('answers 400 for %s', async (parameters, message) => {
    const answer = await rest.get(`/rest/metadata/objects?${parameters}`);
    expect([answer.status, answer.body]).toEqual([400, { statusCode: 400, error: 'BadRequestException', messages: [message] }]);
  });

  it('reads one object (also by an upper-case id) and one field', async () => {
    const expected = sandbox.workspace.listObjects()[0] as ObjectMetadata;
    const field = expected.fields[0] as FieldMetadata;
    const object = itemOf<ObjectMetadata>((await rest.get(`/rest/metadata/objects/${expected.id}`)).body, envelope, 'object');
    const upper = itemOf<ObjectMetadata>((await rest.get(`/rest/metadata/objects/${expected.id.toUpperCase()}`)).body, envelope, 'object');
    const read = itemOf<FieldMetadata>((await rest.get(`/rest/metadata/fields/${field.id}`)).body, envelope, 'field');
    expect(object).toEqual(expected);
    expect(upper.id).toBe(expected.id);
    expect(read).toEqual(field);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const malformed = await rest.get('/rest/metadata/objects/not-a-uuid');
    const unknownObject = await rest.get(`/rest/metadata/objects/${MISSING_ID}`);
    const unknownField = await rest.get(`/rest/metadata/fields/${MISSING_ID}`);
    expect([malformed.status, malformed.body]).toEqual([
      400,
      { statusCode: 400, error: 'BadRequestException', messages: ["'not-a-uuid' is not a valid UUID"] },
    ]);
    expect([unknownObject.status, unknownField.status]).toEqual([404, 404]);
    expect(unknownObject.body).toMatchObject({ statusCode: 404, error: 'NotFoundException' });
  });

  it('creates, updates and deletes an object and a field', async () => {
    const createdObject = await rest.post('/rest/metadata/objects', {
      nameSingular: 'invoice',
      namePlural: 'invoices',
      labelSingular: 'Invoice',
      labelPlural: 'Invoices',
    });
    expect(createdObject.status).toBe(201);
    const object = itemOf<ObjectMetadata>(createdObject.body, envelope, 'createOneObject');
    expect(object).toMatchObject({ nameSingular: 'invoice', namePlural: 'invoices', isCustom: true });
    expect(object.fields.length).toBeGreaterThan(0);

    const createdField = await rest.post('/rest/metadata/fields', { objectMetadataId: object.id, type: 'TEXT', name: 'reference', label: 'Reference' });
    expect(createdField.status).toBe(201);
    const field = itemOf<FieldMetadata>(createdField.body, envelope, 'createOneField');
    expect(field).toMatchObject({ objectMetadataId: object.id, type: 'TEXT', name: 'reference', label: 'Reference' });

    const patched = await rest.patch(`/rest/metadata/fields/${field.id}`, { label: 'Ref' });
    expect(itemOf<FieldMetadata>(patched.body, envelope, 'updateOneField')).toMatchObject({ id: field.id, label: 'Ref' });
    const unknownFieldUpdate = await rest.patch(`/rest/metadata/fields/${MISSING_ID}`, { label: 'Nobody' });
    expect(unknownFieldUpdate.status).toBe(400);

    const put = await rest.put(`/rest/metadata/objects/${object.id}`, { labelSingular: 'Bill' });
    expect(itemOf<ObjectMetadata>(put.body, envelope, 'updateOneObject')).toMatchObject({ id: object.id, labelSingular: 'Bill' });
    expect((await rest.patch(`/rest/metadata/objects/${MISSING_ID}`, { labelSingular: 'x' })).status).toBe(404);

    const deletedField = await rest.delete(`/rest/metadata/fields/${field.id}`);
    expect(itemOf<FieldMetadata>(deletedField.body, envelope, 'deleteOneField')).toMatchObject({ id: field.id });
    await rest.patch(`/rest/metadata/objects/${object.id}`, { isActive: false });
    const deletedObject = await rest.delete(`/rest/metadata/objects/${object.id}`);
    expect(deletedObject.status).toBe(200);
    expect(itemOf<ObjectMetadata>(deletedObject.body, envelope, 'deleteOneObject')).toMatchObject({ id: object.id });
    expect((await rest.get(`/rest/metadata/objects/${object.id}`)).status).toBe(404);
  });

  it('lists the other metadata collections empty, in the new envelope', async () => {
    const answer = await rest.get('/rest/metadata/webhooks');
    expect([answer.status, answer.body]).toEqual([
      200,
      { data: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 },
    ]);
  });

  it('answers the deprecated /rest/apiKeys alias with a raw array and deprecation headers', async () => {
    const answer = await rest.get('/rest/apiKeys');
    expect([answer.status, answer.body]).toEqual([200, []]);
    expect(answer.headers.get('deprecation')).toBe('@1786320000');
    expect(answer.headers.get('link')).toBe('</rest/metadata/apiKeys>; rel="successor-version"');
  });

  it('answers 404 for an unknown metadata collection', async () => {
    const answer = await rest.get('/rest/metadata/relations');
    expect([answer.status, answer.body]).toEqual([
      404,
      { statusCode: 404, error: 'NotFoundException', messages: ['Cannot GET /rest/metadata/relations'] },
    ]);
  });
});
