import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { parseTwentyFilter } from '../../src/twenty/filterGrammar.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';
import { METADATA_READ, requestLines } from '../utils/requestLines.js';

// Ids that sort in creation order; the writes below bring their own ids, so
// every answer and every upstream request is predictable.
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ACME = uuid(1, 1);
const ADA = uuid(2, 1);
const MISSING = uuid(99, 1);
const API_ACTOR = { source: 'API', workspaceMemberId: null, name: 'Sandbox API key', context: {} };

/** One writable object: a typed create input, an update, and the fields that show them. */
interface ObjectCase {
  type: string;
  plural: string;
  id: string;
  create: Record<string, unknown>;
  update: Record<string, unknown>;
  selection: string;
  /** The selection's values after the create, then after the update. */
  created: Record<string, unknown>;
  updated: Record<string, unknown>;
  /** Whether the input holds a workspace select value (one metadata read first). */
  readsMetadata: boolean;
}

const OBJECTS: ObjectCase[] = [
  {
    type: 'Company',
    plural: 'companies',
    id: uuid(1, 10),
    create: { name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.test' }, employees: 250, idealCustomerProfile: true },
    update: { employees: 300, address: { addressCity: 'Springfield' } },
    selection: 'name domainName { primaryLinkUrl } employees idealCustomerProfile address { addressCity }',
    created: { name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.test' }, employees: 250, idealCustomerProfile: true, address: { addressCity: '' } },
    updated: { name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.test' }, employees: 300, idealCustomerProfile: true, address: { addressCity: 'Springfield' } },
    readsMetadata: false,
  },
  {
    type: 'Person',
    plural: 'people',
    id: uuid(2, 10),
    create: { name: { firstName: 'Grace', lastName: 'Hopper' }, emails: { primaryEmail: 'grace@navy.test' }, companyId: ACME },
    update: { city: 'Arlington', companyId: null },
    selection: 'name { firstName lastName } emails { primaryEmail } city companyId',
    created: { name: { firstName: 'Grace', lastName: 'Hopper' }, emails: { primaryEmail: 'grace@navy.test' }, city: '', companyId: ACME },
    updated: { name: { firstName: 'Grace', lastName: 'Hopper' }, emails: { primaryEmail: 'grace@navy.test' }, city: 'Arlington', companyId: null },
    readsMetadata: false,
  },
  {
    type: 'Opportunity',
    plural: 'opportunities',
    id: uuid(3, 10),
    create: { name: 'Big deal', stage: 'MEETING', amount: { amountMicros: 5_000_000_000, currencyCode: 'EUR' }, companyId: ACME },
    update: { stage: 'CUSTOMER' },
    selection: 'name stage amount { amount currencyCode } companyId',
    created: { name: 'Big deal', stage: 'MEETING', amount: { amount: 5000, currencyCode: 'EUR' }, companyId: ACME },
    updated: { name: 'Big deal', stage: 'CUSTOMER', amount: { amount: 5000, currencyCode: 'EUR' }, companyId: ACME },
    readsMetadata: true,
  },
  {
    type: 'Note',
    plural: 'notes',
    id: uuid(4, 10),
    create: { title: 'Kickoff', bodyV2: { markdown: '# Agenda' } },
    update: { title: 'Kickoff (done)' },
    selection: 'title bodyV2 { markdown }',
    created: { title: 'Kickoff', bodyV2: { markdown: '# Agenda' } },
    updated: { title: 'Kickoff (done)', bodyV2: { markdown: '# Agenda' } },
    readsMetadata: false,
  },
  {
    type: 'Task',
    plural: 'tasks',
    id: uuid(6, 10),
    create: { title: 'Call back', status: 'IN_PROGRESS', dueAt: '2026-12-01T09:00:00.000Z' },
    update: { status: 'DONE' },
    selection: 'title status dueAt',
    created: { title: 'Call back', status: 'IN_PROGRESS', dueAt: '2026-12-01T09:00:00.000Z' },
    updated: { title: 'Call back', status: 'DONE', dueAt: '2026-12-01T09:00:00.000Z' },
    readsMetadata: true,
  },
];



describe('record mutations', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({
      demoData: false,
      records: {
        companies: [{ id: ACME, name: 'Acme' }],
        people: [{ id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' }, companyId: ACME }],
      },
    });
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  afterAll(async () => {
    await bff.close();
  });

  const calls = () => requestLines(bff.upstream());
  /** The stored record, trashed or not, straight from the sandbox. */
  const stored = (plural: string, id: string) =>
    bff.sandbox.workspace.findMany(plural, {
      filter: parseTwentyFilter(`id[eq]:${id},or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)`),
      orderBy: [],
      limit: 10,
      depth: 0,
    }).records;

  describe.each(OBJECTS)('$type', (object) => {
    const { type, plural, id, selection } = object;
    const pluralType = plural.charAt(0).toUpperCase() + plural.slice(1);

    it('creates with typed input and returns the record', async () => {
      const data = await bff.data(`mutation ($data: Create${type}Input!) { create${type}(data: $data) { id ${selection} createdBy { source name } deletedAt } }`, {
        data: { id, ...object.create },
      });
      expect(data).toEqual({ [`create${type}`]: { id, ...object.created, createdBy: { source: 'API', name: 'Sandbox API key' }, deletedAt: null } });
      expect(calls()).toEqual([...(object.readsMetadata ? [METADATA_READ] : []), `POST /rest/${plural}?depth=0 201`]);
      expect(bff.upstream().at(-1)?.body).toEqual({ id, ...object.create });
      expect(stored(plural, id)).toEqual([expect.objectContaining({ id, createdBy: API_ACTOR })]);
    });

    it('updates only the given fields', async () => {
      const data = await bff.data(`mutation ($data: Update${type}Input!) { update${type}(id: "${id}", data: $data) { id ${selection} } }`, {
        data: object.update,
      });
      expect(data).toEqual({ [`update${type}`]: { id, ...object.updated } });
      expect(calls()).toEqual([...(object.readsMetadata ? [METADATA_READ] : []), `PATCH /rest/${plural}/${id}?depth=0 200`]);
      expect(bff.upstream().at(-1)?.body).toEqual(object.update);
    });

    it('moves to the trash, restores, and destroys', async () => {
      const deleted = await bff.data(`mutation { delete${type}(id: "${id}") { id } }`);
      expect(deleted).toEqual({ [`delete${type}`]: { id } });
      expect(stored(plural, id)).toEqual([expect.objectContaining({ id, deletedAt: expect.any(String) })]);

      const restored = await bff.data(`mutation { restore${type}(id: "${id}") { id ${selection} deletedAt } }`);
      expect(restored).toEqual({ [`restore${type}`]: { id, ...object.updated, deletedAt: null } });
      expect(stored(plural, id)).toEqual([expect.objectContaining({ id, deletedAt: null })]);

      const destroyed = await bff.data(`mutation { destroy${type}(id: "${id}") { id } }`);
      expect(destroyed).toEqual({ [`destroy${type}`]: { id } });
      expect(stored(plural, id)).toEqual([]);
      expect(calls()).toEqual([
        `DELETE /rest/${plural}/${id}?soft_delete=true 200`,
        `PATCH /rest/${plural}/${id}/restore?depth=0 200`,
        `DELETE /rest/${plural}/${id} 200`,
      ]);
    });

    it.each([
      ['update', `update${type}(id: "${MISSING}", data: $data) { id }`, 'PATCH', `/rest/${plural}/${MISSING}?depth=0`, object.readsMetadata],
      ['delete', `delete${type}(id: "${MISSING}") { id }`, 'DELETE', `/rest/${plural}/${MISSING}?soft_delete=true`, false],
      ['destroy', `destroy${type}(id: "${MISSING}") { id }`, 'DELETE', `/rest/${plural}/${MISSING}`, false],
      ['restore', `restore${type}(id: "${MISSING}") { id }`, 'PATCH', `/rest/${plural}/${MISSING}/restore?depth=0`, false],
    ])('answers NOT_FOUND to %s of an unknown id', async (name, field, method, request, readsMetadata) => {
      const variables = name === 'update' ? `($data: Update${type}Input!) ` : '';
      const result = await bff.execute(`mutation ${variables}{ ${field} }`, name === 'update' ? { data: object.update } : {});
      expect(result).toEqual({
        data: { [`${name}${type}`]: null },
        errors: [
          {
            message: 'Not found in Twenty: Record not found',
            path: [`${name}${type}`],
            locations: [{ line: 1, column: 12 + variables.length }],
            extensions: { code: 'NOT_FOUND', upstream: { status: 404, method, path: request.replace(/\?.*/, '') }, writeOutcome: 'NOT_APPLIED' },
          },
        ],
      });
      expect(calls()).toEqual([...(readsMetadata ? [METADATA_READ] : []), `${method} ${request} 404`]);
    });

    it('passes Twenty’s 400 message on (an id that exists)', async () => {
      const existing = plural === 'people' ? ADA : plural === 'companies' ? ACME : undefined;
      const taken = existing ?? uuid(50, OBJECTS.indexOf(object));
      if (existing === undefined) {
        await bff.data(`mutation { create${type}(data: { id: "${taken}" }) { id } }`);
        bff.resetRequests();
      }
      expect(await bff.execute(`mutation { create${type}(data: { id: "${taken}" }) { id } }`)).toEqual({
        data: { [`create${type}`]: null },
        errors: [
          {
            message: 'Twenty rejected the request: A duplicate entry was detected',
            path: [`create${type}`],
            locations: [{ line: 1, column: 12 }],
            extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, method: 'POST', path: `/rest/${plural}` }, writeOutcome: 'NOT_APPLIED' },
          },
        ],
      });
      expect(calls()).toEqual([`POST /rest/${plural}?depth=0 400`]);
    });

    it('refuses invalid input before any upstream call', async () => {
      const empty = await bff.execute(`mutation { update${type}(id: "${id}", data: {}) { id } }`);
      expect(empty.errors).toEqual([
        {
          message: 'Expected at least one field to change at "data", got none.',
          path: [`update${type}`],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'BAD_USER_INPUT', argumentPath: 'data' },
        },
      ]);
      const typedAsCustom = await bff.execute(`mutation { create${type}(data: { customFields: { id: "${id}" } }) { id } }`);
      expect(typedAsCustom.errors?.[0]?.message).toBe(`"id" is a field of ${type}, not a custom field, at "data.customFields.id".`);
      expect(typedAsCustom.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentPath: 'data.customFields.id' });
      const badId = await bff.execute(`mutation ($id: UUID!) { destroy${type}(id: $id) { id } }`, { id: 'not-a-uuid' });
      expect(badId.errors?.[0]?.message).toBe(
        'Variable "$id" got invalid value "not-a-uuid"; UUID cannot represent "not-a-uuid": expected a UUID such as "0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001".',
      );
      expect(badId.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const tooMany = await bff.execute(`mutation ($data: [Create${type}Input!]!) { create${pluralType}(data: $data) { failures { code } } }`, {
        data: Array.from({ length: 501 }, () => ({})),
      });
      expect(tooMany.errors?.[0]?.message).toBe('Expected 1 to 500 records at "data", got 501.');
      expect(calls()).toEqual([]);
    });
  });

  it('refuses a value outside the stage enum, and a null stage, before writing anything', async () => {
    const refused = await bff.execute('mutation { createOpportunity(data: { name: "Won?", stage: WON }) { id } }');
    expect(refused.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      ['Value "WON" does not exist in "OpportunityStageEnum" enum.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(calls()).toEqual([]);
    // The stage is not nullable in the workspace's metadata, which is read to tell.
    const nulled = await bff.execute(`mutation { updateOpportunity(id: "${MISSING}", data: { stage: null }) { id } }`);
    expect(nulled.errors?.[0]?.message).toBe('Expected one of NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER at "data.stage", got null.');
    expect(calls()).toEqual([METADATA_READ]);
  });

  it('reads the metadata once for several writes of one operation', async () => {
    const data = await bff.data(`mutation {
      a: createTask(data: { title: "One", status: TODO }) { status }
      b: createTask(data: { title: "Two", status: DONE }) { status }
    }`);
    expect(data).toEqual({ a: { status: 'TODO' }, b: { status: 'DONE' } });
    expect(calls()).toEqual([METADATA_READ, 'POST /rest/tasks?depth=0 201', 'POST /rest/tasks?depth=0 201']);
  });

  it('lets later fields of the operation see an earlier write without reading it again', async () => {
    const data = await bff.data(`mutation {
      updateCompany(id: "${ACME}", data: { name: "Acme Renamed" }) { id }
      updatePerson(id: "${ADA}", data: { jobTitle: "Analyst" }) { jobTitle company { name } }
    }`);
    expect(data).toEqual({ updateCompany: { id: ACME }, updatePerson: { jobTitle: 'Analyst', company: { name: 'Acme Renamed' } } });
    expect(calls()).toEqual([`PATCH /rest/companies/${ACME}?depth=0 200`, `PATCH /rest/people/${ADA}?depth=0 200`]);
  });

  it('sees a record in the trash as gone for the rest of the operation', async () => {
    const data = await bff.data(`mutation {
      deleteCompany(id: "${ACME}") { id }
      updatePerson(id: "${ADA}", data: { jobTitle: "Analyst II" }) { company { name } }
      restoreCompany(id: "${ACME}") { name }
    }`);
    expect(data).toEqual({ deleteCompany: { id: ACME }, updatePerson: { company: null }, restoreCompany: { name: 'Acme Renamed' } });
    expect(calls()).toEqual([
      `DELETE /rest/companies/${ACME}?soft_delete=true 200`,
      `PATCH /rest/people/${ADA}?depth=0 200`,
      `PATCH /rest/companies/${ACME}/restore?depth=0 200`,
    ]);
  });
});

describe('create-many mutations', () => {
  let bff: TestBff;
  const taken = uuid(1, 3);

  beforeAll(async () => {
    // A batch size of 2 on both sides: the sandbox refuses a bigger batch, as Twenty does (contract §6.4).
    bff = await startTestBff(
      { demoData: false, maxBatchSize: 2, records: { companies: [{ id: taken, name: 'Taken' }] } },
      { twenty: { pageCap: 2 }, maxBatchSize: 6 },
    );
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  afterAll(async () => {
    await bff.close();
  });

  const CREATE = 'mutation ($data: [CreateCompanyInput!]!) { createCompanies(data: $data) { records { id name } failures { indexes code message mayHaveApplied upstreamStatus } } }';
  const companies = (...ids: number[]) => ids.map((n) => ({ id: uuid(1, n), name: `Company ${n}` }));

  it('sends chunks of at most the batch size and keeps the input order', async () => {
    const input = companies(20, 11, 15, 12, 13);
    const data = await bff.data(CREATE, { data: input });
    expect(data).toEqual({ createCompanies: { records: input, failures: [] } });
    expect(requestLines(bff.upstream())).toEqual(['POST /rest/batch/companies?depth=0 201', 'POST /rest/batch/companies?depth=0 201', 'POST /rest/batch/companies?depth=0 201']);
    expect(bff.upstream().map(({ body }) => body)).toEqual([input.slice(0, 2), input.slice(2, 4), input.slice(4)]);
  });

  it('reports a failed chunk with its input indexes and keeps the others', async () => {
    const input = [...companies(30, 31), { id: taken, name: 'Again' }, ...companies(32, 33)];
    const data = await bff.data(CREATE, { data: input });
    expect(data).toEqual({
      createCompanies: {
        records: [input[0], input[1], null, null, input[4]],
        failures: [
          { indexes: [2, 3], code: 'BAD_USER_INPUT', message: 'Twenty rejected the request: A duplicate entry was detected', mayHaveApplied: false, upstreamStatus: 400 },
        ],
      },
    });
    expect(requestLines(bff.upstream())).toEqual(['POST /rest/batch/companies?depth=0 201', 'POST /rest/batch/companies?depth=0 400', 'POST /rest/batch/companies?depth=0 201']);
  });

  it('names the input position of an invalid record, before any upstream call', async () => {
    const result = await bff.execute(CREATE, { data: [{ name: 'ok' }, { name: 'bad', customFields: { name: 'x' } }] });
    expect(result.errors?.[0]).toEqual({
      message: '"name" is a field of Company, not a custom field, at "data[1].customFields.name".',
      path: ['createCompanies'],
      locations: [{ line: 1, column: 44 }],
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'data[1].customFields.name' },
    });
    const empty = await bff.execute(CREATE, { data: [] });
    expect(empty.errors?.[0]?.message).toBe('Expected 1 to 6 records at "data", got 0.');
    const tooMany = await bff.execute(CREATE, { data: companies(40, 41, 42, 43, 44, 45, 46) });
    expect(tooMany.errors?.[0]?.message).toBe('Expected 1 to 6 records at "data", got 7.');
    expect(bff.upstream()).toEqual([]);
  });
});

describe('read-only mode', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false, records: { companies: [{ id: ACME, name: 'Acme' }] } }, { readOnly: true });
  });

  afterAll(async () => {
    await bff.close();
  });

  it.each([
    ['createCompany', 'createCompany(data: { name: "New" }) { id }'],
    ['destroyCompany', `destroyCompany(id: "${ACME}") { id }`],
    ['createField', `createField(data: { objectMetadataId: "${ACME}", name: "tier", label: "Tier", type: "TEXT" }) { id }`],
  ])('refuses %s with FORBIDDEN and calls nothing', async (name, field) => {
    bff.resetRequests();
    // Refused before execution: the response has no data at all.
    expect(await bff.execute(`mutation { ${field} }`)).toEqual({
      errors: [
        {
          message: `twenty-bff is read-only (BFF_READ_ONLY): the mutation "${name}" was refused, nothing was sent to Twenty.`,
          path: [name],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(bff.upstream()).toEqual([]);
  });

  it('still answers queries', async () => {
    expect(await bff.data(`{ company(id: "${ACME}") { name } }`)).toEqual({ company: { name: 'Acme' } });
  });
});
