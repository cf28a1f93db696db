import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

interface ObjectData {
  id: string;
  nameSingular: string;
  namePlural: string;
  isCustom: boolean;
  fields: Array<{ name: string; type: string; options: Array<{ value: string }> | null }>;
}

describe('metadata queries', () => {
  let bff: TestBff;
  let restObjects: Array<{ id: string; nameSingular: string; isCustom: boolean; fields: Array<{ id: string; name: string }> }>;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false });
    const response = await fetch(`${bff.sandbox.url}/rest/metadata/objects?limit=200`, {
      headers: { authorization: `Bearer ${bff.sandbox.apiKey}` },
    });
    restObjects = ((await response.json()) as { data: { objects: typeof restObjects } }).data.objects;
  });

  afterAll(async () => {
    await bff.close();
  });

  it('lists the objects with their fields, as Twenty describes them', async () => {
    bff.resetRequests();
    const data = await bff.data<{ objects: ObjectData[] }>('{ objects { id nameSingular namePlural isCustom fields { name type } } }');
    expect(data.objects.map((object) => object.id)).toEqual(restObjects.map((object) => object.id));
    const person = data.objects.find((object) => object.nameSingular === 'person');
    expect(person?.namePlural).toBe('people');
    expect(person?.fields).toContainEqual({ name: 'name', type: 'FULL_NAME' });
    expect(person?.fields).toContainEqual({ name: 'emails', type: 'EMAILS' });
    expect(bff.upstream().map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /rest/metadata/objects']);
  });

  it('reads one object by singular name, with select options', async () => {
    const data = await bff.data<{ object: ObjectData | null }>(
      '{ object(nameSingular: "opportunity") { nameSingular fields { name type options { value } } } }',
    );
    const stage = data.object?.fields.find((field) => field.name === 'stage');
    expect(stage).toEqual({
      name: 'stage',
      type: 'SELECT',
      options: [{ value: 'NEW' }, { value: 'SCREENING' }, { value: 'MEETING' }, { value: 'PROPOSAL' }, { value: 'CUSTOMER' }],
    });
  });

  it('reads one object by id and the fields of one object', async () => {
    const company = restObjects.find((object) => object.nameSingular === 'company');
    const data = await bff.data<{ object: { nameSingular: string }; fields: Array<{ name: string }> }>(
      'query ($id: UUID!) { object(id: $id) { nameSingular } fields(objectId: $id) { name } }',
      { id: company?.id },
    );
    expect(data.object.nameSingular).toBe('company');
    expect(data.fields.map((field) => field.name)).toEqual(company?.fields.map((field) => field.name));
  });

  it('reads the data model once per operation, however many fields ask for it', async () => {
    bff.resetRequests();
    const data = await bff.data<{ objects: unknown[]; person: { nameSingular: string }; company: { nameSingular: string } }>(
      '{ objects { id } person: object(nameSingular: "person") { nameSingular } company: object(nameSingular: "company") { nameSingular } }',
    );
    expect([data.objects.length, data.person.nameSingular, data.company.nameSingular]).toEqual([restObjects.length, 'person', 'company']);
    expect(bff.upstream().map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /rest/metadata/objects']);
  });

  it('answers null for an object that does not exist', async () => {
    const data = await bff.data('{ a: object(nameSingular: "spaceship") { id } b: object(id: "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f") { id } }');
    expect(data).toEqual({ a: null, b: null });
  });

  it('answers NOT_FOUND for the fields of an object that does not exist', async () => {
    const result = await bff.execute('{ fields(objectId: "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f") { name } }');
    expect(result.errors?.map((error) => [error.message, error.extensions])).toEqual([
      ['fields: no object has the id "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f".', { code: 'NOT_FOUND', argumentPath: 'objectId' }],
    ]);
  });

  it('refuses object() without exactly one of id and nameSingular', async () => {
    bff.resetRequests();
    const result = await bff.execute('{ object { id } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentPath: 'id' });
    expect(bff.upstream()).toEqual([]);
  });

  it('filters objects by isCustom', async () => {
    const data = await bff.data<{ objects: ObjectData[] }>('{ objects(isCustom: true) { nameSingular } }');
    expect(data.objects).toEqual([]);
  });
});
