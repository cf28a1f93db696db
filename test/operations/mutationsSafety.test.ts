import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { FaultSpec } from '../../src/sandbox/types.js';
import { parseTwentyFilter } from '../../src/twenty/filterGrammar.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const NOTE = uuid(4, 1);
const PERSON = uuid(2, 1);
// One company per write case below, so the cases never touch each other's records.
const companyIds = Array.from({ length: 10 }, (_, index) => uuid(1, index + 1));

const FAULTS: Array<[string, FaultSpec, (method: string, path: string) => { message: string; code: string; status: number | null }]> = [
  [
    'a 500',
    { kind: 'status', status: 500, when: 'after', times: 1 },
    (method, path) => ({ message: `Twenty answered ${method} ${path} with HTTP 500`, code: 'UPSTREAM_ERROR', status: 500 }),
  ],
  [
    'a timeout',
    { kind: 'timeout', when: 'after', times: 1 },
    (method, path) => ({ message: `Twenty did not answer ${method} ${path} in time`, code: 'UPSTREAM_TIMEOUT', status: null }),
  ],
];

describe('write safety', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff(
      {
        demoData: false,
        records: {
          companies: companyIds.map((id, index) => ({ id, name: `Company ${index + 1}` })),
          people: [{ id: PERSON, name: { firstName: 'Ada', lastName: 'Lovelace' } }],
          notes: [{ id: NOTE, title: 'Kickoff' }],
        },
      },
      // A short timeout keeps the timeout cases quick; retries stay on, to show writes skip them.
      { twenty: { timeoutMs: 300, retryLimit: 2, maxRetryAfterMs: 1500 } },
    );
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  afterEach(() => {
    bff.sandbox.faults.clear();
  });

  afterAll(async () => {
    await bff.close();
  });

  const calls = () => bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`);
  const find = (plural: string, filter: string) =>
    bff.sandbox.workspace.findMany(plural, { filter: parseTwentyFilter(filter), orderBy: [], limit: 200, depth: 0 }).records;

  describe.each(FAULTS)('after %s once the write was applied', (_fault, spec, expected) => {
    const tag = spec.kind === 'timeout' ? 'timeout' : 'status';
    const company = (n: number) => companyIds[(tag === 'timeout' ? 4 : 0) + n] ?? '';

    /** Runs `mutation` with the fault armed for its write, and checks the error says the write may have happened. */
    async function expectMayHaveApplied(mutation: string, method: string, path: string, field: string, variables?: Record<string, unknown>) {
      bff.sandbox.faults.inject({ ...spec, match: { method } });
      const result = await bff.execute(`mutation${variables ? ' ($data: CreateCompanyInput!)' : ''} { ${mutation} }`, variables);
      const { message, code, status } = expected(method, path);
      expect(result.data).toEqual({ [field]: null });
      expect(result.errors).toEqual([
        {
          message: `${message}; the write may have happened; check before retrying`,
          path: [field],
          locations: [expect.any(Object)],
          extensions: { code, upstream: { status, method, path }, mayHaveApplied: true },
        },
      ]);
      // Sent once: never retried, although reads would have been.
      expect(calls()).toEqual([`${method} ${path} ${status ?? 0}`]);
    }

    it('reports a create as possibly applied, and exactly one record exists', async () => {
      const name = `Once after ${tag}`;
      await expectMayHaveApplied('createCompany(data: $data) { id }', 'POST', '/rest/companies', 'createCompany', { data: { name } });
      expect(find('companies', `name[eq]:"${name}"`)).toEqual([expect.objectContaining({ name })]);
    });

    it('reports an update as possibly applied', async () => {
      await expectMayHaveApplied(`updateCompany(id: "${company(0)}", data: { employees: 7 }) { id }`, 'PATCH', `/rest/companies/${company(0)}`, 'updateCompany');
      expect(find('companies', `id[eq]:${company(0)}`)).toEqual([expect.objectContaining({ employees: 7 })]);
    });

    it('reports a delete as possibly applied', async () => {
      await expectMayHaveApplied(`deleteCompany(id: "${company(1)}") { id }`, 'DELETE', `/rest/companies/${company(1)}`, 'deleteCompany');
      expect(find('companies', `id[eq]:${company(1)},deletedAt[is]:NOT_NULL`)).toHaveLength(1);
    });

    it('reports a restore as possibly applied', async () => {
      bff.sandbox.workspace.deleteOne('companies', company(2), true);
      await expectMayHaveApplied(`restoreCompany(id: "${company(2)}") { id }`, 'PATCH', `/rest/companies/${company(2)}/restore`, 'restoreCompany');
      expect(find('companies', `id[eq]:${company(2)}`)).toHaveLength(1);
    });

    it('reports a destroy as possibly applied', async () => {
      await expectMayHaveApplied(`destroyCompany(id: "${company(3)}") { id }`, 'DELETE', `/rest/companies/${company(3)}`, 'destroyCompany');
      expect(find('companies', `id[eq]:${company(3)},or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)`)).toEqual([]);
    });

    it('reports a metadata write as possibly applied, and exactly one field exists', async () => {
      const objectId = bff.sandbox.workspace.listObjects().find((object) => object.namePlural === 'people')?.id ?? '';
      const name = `nickname${tag === 'timeout' ? 'T' : 'S'}`;
      await expectMayHaveApplied(
        `createField(data: { objectMetadataId: "${objectId}", name: "${name}", label: "Nickname", type: "TEXT" }) { id }`,
        'POST',
        '/rest/metadata/fields',
        'createField',
      );
      expect(bff.sandbox.workspace.listFields().filter((field) => field.name === name)).toHaveLength(1);
    });

    it('attaches exactly once when the client retries after an unclear attach', async () => {
      const company = companyIds[tag === 'timeout' ? 9 : 8] ?? '';
      bff.sandbox.faults.inject({ ...spec, match: { method: 'POST' } });
      const attach = `mutation { attachNote(noteId: "${NOTE}", target: { companyId: "${company}" }) { noteId companyId } }`;
      const first = await bff.execute(attach);
      expect(first.errors?.[0]?.extensions?.['mayHaveApplied']).toBe(true);
      expect(await bff.data(attach)).toEqual({ attachNote: { noteId: NOTE, companyId: company } });
      expect(find('noteTargets', `companyId[eq]:${company}`)).toHaveLength(1);
      expect(calls()).toEqual([
        'GET /rest/noteTargets 200',
        `POST /rest/noteTargets ${expected('POST', '').status ?? 0}`,
        'GET /rest/noteTargets 200',
      ]);
    });

    it('reports a create-many chunk as possibly applied, and each of its records exists once', async () => {
      const names = Array.from({ length: 3 }, (_, index) => `Batch ${tag} ${index}`);
      bff.sandbox.faults.inject({ ...spec, match: { method: 'POST' } });
      const data = await bff.data<{ createCompanies: unknown }>(
        'mutation ($data: [CreateCompanyInput!]!) { createCompanies(data: $data) { records { name } failures { indexes code message mayHaveApplied upstreamStatus } } }',
        { data: names.map((name) => ({ name })) },
      );
      const { message, code, status } = expected('POST', '/rest/batch/companies');
      expect(data.createCompanies).toEqual({
        records: [null, null, null],
        failures: [{ indexes: [0, 1, 2], code, message: `${message}; the write may have happened; check before retrying`, mayHaveApplied: true, upstreamStatus: status }],
      });
      expect(calls()).toEqual([`POST /rest/batch/companies ${status ?? 0}`]);
      expect(find('companies', `name[startsWith]:"Batch ${tag}"`).map((record) => record['name']).sort()).toEqual(names);
    });
  });

  it('retries a create after a 429 and creates exactly one record', async () => {
    bff.sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1 });
    const data = await bff.data('mutation { createCompany(data: { name: "Patient" }) { name } }');
    expect(data).toEqual({ createCompany: { name: 'Patient' } });
    expect(calls()).toEqual(['POST /rest/companies 429', 'POST /rest/companies 201']);
    expect(find('companies', 'name[eq]:"Patient"')).toHaveLength(1);
  });

  it('retries a create-many chunk after a 429 and creates each record once', async () => {
    bff.sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1 });
    const data = await bff.data('mutation { createCompanies(data: [{ name: "Queue 1" }, { name: "Queue 2" }]) { records { name } failures { code } } }');
    expect(data).toEqual({ createCompanies: { records: [{ name: 'Queue 1' }, { name: 'Queue 2' }], failures: [] } });
    expect(calls()).toEqual(['POST /rest/batch/companies 429', 'POST /rest/batch/companies 201']);
    expect(find('companies', 'name[startsWith]:"Queue"')).toHaveLength(2);
  });

  it('gives RATE_LIMITED without waiting when Retry-After is too long, and writes nothing', async () => {
    bff.sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 30, times: 1 });
    expect(await bff.execute('mutation { createCompany(data: { name: "Impatient" }) { name } }')).toEqual({
      data: { createCompany: null },
      errors: [
        {
          message: "Twenty's rate limit was reached; retry after 30 seconds",
          path: ['createCompany'],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30, upstream: { status: 429, method: 'POST', path: '/rest/companies' } },
        },
      ],
    });
    expect(calls()).toEqual(['POST /rest/companies 429']);
    expect(find('companies', 'name[eq]:"Impatient"')).toEqual([]);
  });

  it('reports any 5xx to a write as possibly applied and sends it once', async () => {
    bff.sandbox.faults.inject({ kind: 'status', status: 503, when: 'before', times: 1 });
    const result = await bff.execute(`mutation { updatePerson(id: "${PERSON}", data: { city: "Nowhere" }) { id } }`);
    // Twenty's answer does not say whether the write ran, so a 5xx is always "may have happened".
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_ERROR',
      upstream: { status: 503, method: 'PATCH', path: `/rest/people/${PERSON}` },
      mayHaveApplied: true,
    });
    expect(calls()).toEqual([`PATCH /rest/people/${PERSON} 503`]);
    expect(find('people', 'city[eq]:"Nowhere"')).toEqual([]);
  });
});
