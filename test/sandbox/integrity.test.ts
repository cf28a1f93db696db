import { beforeAll, describe, expect, it } from 'vitest';

import type { RunningSandbox } from '../../src/sandbox/types.js';
import { COMPANY_ID, MISSING_ID, OTHER_COMPANY_ID, personId, sandboxes, smallWorkspace } from './fixtures.js';
import { dataOf, type ErrorBody, idsOf, query, restClient } from './restClient.js';

const start = sandboxes();

function badRequestBody(message: string): ErrorBody {
  return { statusCode: 400, error: 'BadRequestException', messages: [message] };
}

const PERSON_TO_MISSING = `insert or update on table "person" violates foreign key constraint "FK_person_companyId": Key (companyId)=(${MISSING_ID}) is not present in table "company".`;

describe('startSandbox', () => {
  describe('NOT NULL fields', () => {
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      rest = restClient(await start(smallWorkspace()));
    });

    it.each([
      ['/rest/companies', { name: 'x', idealCustomerProfile: null }, 'null value in column "idealCustomerProfile" of relation "company" violates not-null constraint'],
      ['/rest/opportunities', { stage: null }, 'null value in column "stage" of relation "opportunity" violates not-null constraint'],
    ])('answers 400 to POST %s %j although the column has a default', async (path, body, message) => {
      const answer = await rest.post(path, body);
      expect([answer.status, answer.body]).toEqual([400, badRequestBody(message)]);
    });

    it('answers 400 to an update setting one to null, and keeps the value', async () => {
      const answer = await rest.patch(`/rest/companies/${COMPANY_ID}`, { idealCustomerProfile: null });
      expect([answer.status, answer.body]).toEqual([
        400,
        badRequestBody('null value in column "idealCustomerProfile" of relation "company" violates not-null constraint'),
      ]);
      expect(dataOf(await rest.get(`/rest/companies/${COMPANY_ID}`), 'company')['idealCustomerProfile']).toBe(false);
    });
  });

  describe('foreign keys', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;

    beforeAll(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
    });

    it('answers 400 to a create, a batch and an update naming no company, and writes nothing', async () => {
      const created = await rest.post('/rest/people', { companyId: MISSING_ID });
      const batch = await rest.post('/rest/batch/people', [{ id: personId(8) }, { companyId: MISSING_ID }]);
      const updated = await rest.patch(`/rest/people/${personId(1)}`, { companyId: MISSING_ID });
      const updatedMany = await rest.patch(`/rest/people?${query({ filter: 'city[eq]:Paris' })}`, { companyId: MISSING_ID });
      for (const answer of [created, batch, updated, updatedMany]) {
        expect([answer.status, answer.body]).toEqual([400, badRequestBody(PERSON_TO_MISSING)]);
      }
      expect(idsOf(await rest.get(`/rest/people?${query({ filter: `companyId[eq]:${COMPANY_ID}` })}`), 'people')).toEqual([
        personId(1),
        personId(2),
        personId(3),
        personId(4),
      ]);
    });

    it('answers 400 to a note target whose note does not exist', async () => {
      const answer = await rest.post('/rest/noteTargets', { noteId: MISSING_ID, companyId: COMPANY_ID });
      expect([answer.status, answer.body]).toEqual([
        400,
        badRequestBody(
          `insert or update on table "noteTarget" violates foreign key constraint "FK_noteTarget_noteId": Key (noteId)=(${MISSING_ID}) is not present in table "note".`,
        ),
      ]);
    });

    it('accepts a soft-deleted company, whose row still exists', async () => {
      expect((await rest.delete(`/rest/companies/${OTHER_COMPANY_ID}?soft_delete=true`)).status).toBe(200);
      const answer = await rest.post('/rest/people', { id: personId(9), companyId: OTHER_COMPANY_ID });
      expect([answer.status, dataOf(answer, 'createPerson')['companyId']]).toEqual([201, OTHER_COMPANY_ID]);
    });

    it('refuses to start over seed records that dangle', async () => {
      await expect(start({ demoData: false, records: { people: [{ companyId: MISSING_ID }] } })).rejects.toThrow(PERSON_TO_MISSING);
    });
  });

  describe('bulk writes', () => {
    it("refuses a PATCH, DELETE or restore matching more than Twenty's 100 records", async () => {
      const rest = restClient(await start());
      const everyone = query({ filter: 'id[is]:NOT_NULL' });
      const answers = [
        await rest.patch(`/rest/people?${everyone}`, { jobTitle: 'x' }),
        await rest.delete(`/rest/people?${everyone}&soft_delete=true`),
        await rest.delete(`/rest/people?${everyone}`),
        await rest.patch(`/rest/people/restore?${everyone}`),
      ];
      expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
        [400, badRequestBody('Cannot update person because it impacts too many records (more than 100).')],
        [400, badRequestBody('Cannot delete person because it impacts too many records (more than 100).')],
        [400, badRequestBody('Cannot delete person because it impacts too many records (more than 100).')],
        [400, badRequestBody('Cannot restore person because it impacts too many records (more than 100).')],
      ]);
      expect((await rest.get('/rest/people?limit=0')).body).toMatchObject({ totalCount: 200 });
    });

    it('takes the limit from maxAffectedRecords', async () => {
      const rest = restClient(await start({ ...smallWorkspace(), maxAffectedRecords: 3 }));
      const tooMany = await rest.patch(`/rest/people?${query({ filter: 'position[gte]:0' })}`, { city: 'Lille' });
      const enough = await rest.patch(`/rest/people?${query({ filter: 'position[gte]:1', fields: 'id' })}`, { city: 'Lille' });
      expect([tooMany.status, tooMany.body]).toEqual([400, badRequestBody('Cannot update person because it impacts too many records (more than 3).')]);
      expect([enough.status, enough.body]).toEqual([200, { data: { updatePeople: [{ id: personId(2) }, { id: personId(3) }, { id: personId(4) }] } }]);
    });

    it('refuses a limit that is not a positive integer', async () => {
      await expect(start({ maxAffectedRecords: 0 })).rejects.toThrow(new TypeError('maxAffectedRecords must be a positive integer, got 0'));
    });
  });

  describe('field metadata', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;
    let companiesId: string;

    beforeAll(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
      companiesId = sandbox.workspace.listObjects().find((object) => object.namePlural === 'companies')?.id ?? '';
    });

    it('gives a RATING field created without options RATING_1 to RATING_5, and writes one', async () => {
      const created = await rest.post('/rest/metadata/fields', { objectMetadataId: companiesId, type: 'RATING', name: 'score', label: 'Score' });
      expect(created.status).toBe(201);
      const field = dataOf<{ options: Array<{ value: string; label: string; position: number }> }>(created, 'createOneField');
      expect(field.options.map(({ value, label, position }) => ({ value, label, position }))).toEqual([
        { value: 'RATING_1', label: '1', position: 0 },
        { value: 'RATING_2', label: '2', position: 1 },
        { value: 'RATING_3', label: '3', position: 2 },
        { value: 'RATING_4', label: '4', position: 3 },
        { value: 'RATING_5', label: '5', position: 4 },
      ]);
      const updated = await rest.patch(`/rest/companies/${COMPANY_ID}?fields=score`, { score: 'RATING_4' });
      expect([updated.status, updated.body]).toEqual([200, { data: { updateCompany: { id: COMPANY_ID, score: 'RATING_4' } } }]);
    });

    it.each([
      [{ type: 'MULTI_SELECT', options: [{ value: 'A', label: 'A' }], defaultValue: ['NOPE'] }, 'Default value "NOPE" must be one of the option values'],
      [{ type: 'SELECT', options: [{ value: 'A', label: 'A' }], defaultValue: 'NOPE' }, 'Default value "NOPE" must be one of the option values'],
      [{ type: 'NUMBER', defaultValue: 'abc' }, 'FieldMetadataDefaultValue is not valid'],
      [{ type: 'BOOLEAN', defaultValue: 'no' }, 'FieldMetadataDefaultValue is not valid'],
    ])('answers 400 to a field created with the default of %j', async (body, message) => {
      const answer = await rest.post('/rest/metadata/fields', { objectMetadataId: companiesId, name: 'extra', label: 'Extra', ...body });
      expect([answer.status, answer.body]).toEqual([400, badRequestBody(message)]);
    });

    it('answers 400 to a field updated with a default outside its options', async () => {
      const created = await rest.post('/rest/metadata/fields', {
        objectMetadataId: companiesId,
        name: 'tags',
        label: 'Tags',
        type: 'MULTI_SELECT',
        options: [{ value: 'A', label: 'A' }],
      });
      const id = dataOf<{ id: string }>(created, 'createOneField').id;
      const answer = await rest.patch(`/rest/metadata/fields/${id}`, { defaultValue: ['A', 'NOPE'] });
      expect([answer.status, answer.body]).toEqual([400, badRequestBody('Default value "NOPE" must be one of the option values')]);
    });
  });
});
