import { createServer } from 'node:net';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { FaultSpec } from '../../src/sandbox/types.js';
import { startBff } from '../../src/startBff.js';
import { parseTwentyFilter } from '../../src/twenty/filterGrammar.js';
import { type GraphQLResponse, startTestBff, type TestBff, type TestBffConfig } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const NOTE = uuid(4, 1);
const PERSON = uuid(2, 1);
// Ten companies per fault below, so the cases never touch each other's records.
const companyIds = Array.from({ length: 60 }, (_, index) => uuid(1, index + 1));

// Each fault hits the write once; `status` is what the sandbox logs for it (0: no answer).
const AFTER_APPLYING: Array<[string, FaultSpec, number]> = [
  ['a 500', { kind: 'status', status: 500, when: 'after', times: 1 }, 500],
  ['a timeout', { kind: 'timeout', when: 'after', times: 1 }, 0],
  ['a reset connection', { kind: 'reset', when: 'after', times: 1 }, 0],
  ['a 429', { kind: 'status', status: 429, retryAfterSeconds: 1, when: 'after', times: 1 }, 429],
];
const BEFORE_APPLYING: Array<[string, FaultSpec, number]> = AFTER_APPLYING.map(([name, spec, status]) => [name, { ...spec, when: 'before' }, status]);

// The harness's settings for a second twenty-bff: no shared cache, no rate budget.
const BASE = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true' });
// A short timeout keeps the timeout cases quick; two retries, as by default.
// The standard schema throughout: a metadata write here must not make the
// next test's first operation read the data model (test/operations/workspaceSchema.test.ts does).
const CONFIG: TestBffConfig = { twenty: { timeoutMs: 300, retryLimit: 2, maxRetryAfterMs: 1500 }, workspaceSchema: { enabled: false } };

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
      CONFIG,
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
  const anyState = (id: string) => `id[eq]:${id},or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)`;
  const sentId = (index = 0) => (bff.upstream()[index]?.body as { id: string }).id;

  describe.each(AFTER_APPLYING.map(([name, spec, status], index) => [name, spec, status, index] as const))(
    'after %s once the write was applied',
    (name, spec, status, index) => {
      const company = (n: number) => companyIds[index * 10 + n] ?? '';
      const arm = (method: string) => bff.sandbox.faults.inject({ ...spec, match: { method } });

      it('returns the created record, retried and read back by its id, and exactly one exists', async () => {
        const recordName = `Once after ${name}`;
        arm('POST');
        const data = await bff.data<{ createCompany: { id: string; name: string } }>(
          'mutation ($data: CreateCompanyInput!) { createCompany(data: $data) { id name } }',
          { data: { name: recordName } },
        );
        const id = sentId();
        expect(data).toEqual({ createCompany: { id, name: recordName } });
        expect(find('companies', `name[eq]:"${recordName}"`).map((record) => record.id)).toEqual([id]);
        // The repeat is refused as a duplicate id: the first attempt landed.
        expect(calls()).toEqual([`POST /rest/companies ${status}`, 'POST /rest/companies 400', `GET /rest/companies/${id} 200`]);
        expect(bff.upstream()[1]?.body).toEqual({ id, name: recordName });
      });

      it('returns a create-many chunk, retried and read back by its ids, each record once', async () => {
        const names = [0, 1, 2].map((n) => `Batch ${name} ${n}`);
        arm('POST');
        const data = await bff.data<{ createCompanies: unknown }>(
          'mutation ($data: [CreateCompanyInput!]!) { createCompanies(data: $data) { records { id name } failures { indexes } } }',
          { data: names.map((recordName) => ({ name: recordName })) },
        );
        const ids = (bff.upstream()[0]?.body as Array<{ id: string }>).map((record) => record.id);
        expect(data).toEqual({ createCompanies: { records: names.map((recordName, n) => ({ id: ids[n], name: recordName })), failures: [] } });
        expect(find('companies', `name[startsWith]:"Batch ${name}"`).map((record) => record.id).sort()).toEqual([...ids].sort());
        expect(calls()).toEqual([`POST /rest/batch/companies ${status}`, 'POST /rest/batch/companies 400', 'GET /rest/companies 200']);
      });

      it('repeats an update, which is idempotent', async () => {
        arm('PATCH');
        expect(await bff.data(`mutation { updateCompany(id: "${company(0)}", data: { employees: 7 }) { id employees } }`)).toEqual({
          updateCompany: { id: company(0), employees: 7 },
        });
        expect(calls()).toEqual([`PATCH /rest/companies/${company(0)} ${status}`, `PATCH /rest/companies/${company(0)} 200`]);
      });

      it('settles a delete refused as not found on its repeat by finding the record in the trash', async () => {
        arm('DELETE');
        expect(await bff.data(`mutation { deleteCompany(id: "${company(1)}") { id } }`)).toEqual({ deleteCompany: { id: company(1) } });
        expect(find('companies', `id[eq]:${company(1)},deletedAt[is]:NOT_NULL`)).toHaveLength(1);
        expect(calls()).toEqual([`DELETE /rest/companies/${company(1)} ${status}`, `DELETE /rest/companies/${company(1)} 404`, 'GET /rest/companies 200']);
        expect(bff.upstream()[2]?.query['filter']).toBe(`id[eq]:${company(1)},deletedAt[is]:NOT_NULL`);
      });

      it('repeats a restore, which is idempotent', async () => {
        bff.sandbox.workspace.deleteOne('companies', company(2), true);
        arm('PATCH');
        expect(await bff.data(`mutation { restoreCompany(id: "${company(2)}") { id } }`)).toEqual({ restoreCompany: { id: company(2) } });
        expect(find('companies', `id[eq]:${company(2)}`)).toHaveLength(1);
        expect(calls()).toEqual([`PATCH /rest/companies/${company(2)}/restore ${status}`, `PATCH /rest/companies/${company(2)}/restore 200`]);
      });

      it('settles a destroy refused as not found on its repeat by finding the record gone', async () => {
        arm('DELETE');
        expect(await bff.data(`mutation { destroyCompany(id: "${company(3)}") { id } }`)).toEqual({ destroyCompany: { id: company(3) } });
        expect(find('companies', anyState(company(3)))).toEqual([]);
        expect(calls()).toEqual([`DELETE /rest/companies/${company(3)} ${status}`, `DELETE /rest/companies/${company(3)} 404`, 'GET /rest/companies 200']);
        expect(bff.upstream()[2]?.query['filter']).toBe(anyState(company(3)));
      });

      it('returns a created field, found by its name after the repeat is refused, and exactly one exists', async () => {
        const objectId = bff.sandbox.workspace.listObjects().find((object) => object.namePlural === 'people')?.id ?? '';
        const fieldName = `nickname${index}`;
        arm('POST');
        const data = await bff.data<{ createField: { id: string; name: string } }>(
          `mutation { createField(data: { objectMetadataId: "${objectId}", name: "${fieldName}", label: "Nickname", type: "TEXT" }) { id name } }`,
        );
        const stored = bff.sandbox.workspace.listFields().filter((field) => field.name === fieldName);
        expect(stored.map((field) => field.id)).toEqual([data.createField.id]);
        expect(data.createField.name).toBe(fieldName);
        expect(calls()).toEqual([
          `POST /rest/metadata/fields ${status}`,
          'POST /rest/metadata/fields 400',
          `GET /rest/metadata/objects/${objectId} 200`,
        ]);
      });

      it('attaches exactly once, and answers the link', async () => {
        const target = company(4);
        arm('POST');
        const data = await bff.data<{ attachNote: { id: string; noteId: string; companyId: string } }>(
          `mutation { attachNote(noteId: "${NOTE}", target: { companyId: "${target}" }) { id noteId companyId } }`,
        );
        const links = find('noteTargets', `noteId[eq]:${NOTE},companyId[eq]:${target}`);
        expect(links.map((link) => link.id)).toEqual([data.attachNote.id]);
        expect(data.attachNote).toEqual({ id: sentId(1), noteId: NOTE, companyId: target });
        expect(calls()).toEqual([
          'GET /rest/noteTargets 200',
          `POST /rest/noteTargets ${status}`,
          'POST /rest/noteTargets 400',
          `GET /rest/noteTargets/${data.attachNote.id} 200`,
        ]);
      });
    },
  );

  describe.each(BEFORE_APPLYING.map(([name, spec, status], index) => [name, spec, status, index] as const))(
    'after %s before the write was applied',
    (name, spec, status) => {
      it('retries the create and makes exactly one record', async () => {
        const recordName = `Retried after ${name}`;
        bff.sandbox.faults.inject({ ...spec, match: { method: 'POST' } });
        const data = await bff.data<{ createCompany: { id: string } }>(`mutation { createCompany(data: { name: "${recordName}" }) { id } }`);
        expect(find('companies', `name[eq]:"${recordName}"`).map((record) => record.id)).toEqual([data.createCompany.id]);
        expect(calls()).toEqual([`POST /rest/companies ${status}`, 'POST /rest/companies 201']);
        // The same id both times: the retry is the same write.
        expect(bff.upstream()[0]?.body).toEqual(bff.upstream()[1]?.body);
      });
    },
  );

  describe('extensions.writeOutcome', () => {
    const errorOf = (result: GraphQLResponse) => {
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors ?? [];
      return { message: error?.message, extensions: error?.extensions };
    };

    it('is NOT_APPLIED when every attempt failed before running and reading back finds no record', async () => {
      bff.sandbox.faults.inject({ kind: 'status', status: 500, when: 'before', times: 3, match: { method: 'POST' } });
      const result = await bff.execute('mutation { createCompany(data: { name: "Never stored" }) { id } }');
      expect(errorOf(result)).toEqual({
        message: 'Twenty answered POST /rest/companies with HTTP 500',
        extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 500, method: 'POST', path: '/rest/companies' }, writeOutcome: 'NOT_APPLIED' },
      });
      const id = sentId();
      expect(calls()).toEqual(['POST /rest/companies 500', 'POST /rest/companies 500', 'POST /rest/companies 500', `GET /rest/companies/${id} 404`]);
      expect(find('companies', 'name[eq]:"Never stored"')).toEqual([]);
    });

    it('is UNKNOWN only when the retries and the read-back all went unanswered', async () => {
      bff.sandbox.faults.inject({ kind: 'timeout' });
      const result = await bff.execute('mutation { createCompany(data: { name: "Lost" }) { id } }');
      expect(errorOf(result)).toEqual({
        message: 'Twenty did not answer POST /rest/companies in time; the write may have happened; check before retrying',
        extensions: {
          code: 'UPSTREAM_TIMEOUT',
          upstream: { status: null, method: 'POST', path: '/rest/companies' },
          writeOutcome: 'UNKNOWN',
          mayHaveApplied: true,
        },
      });
      const id = sentId();
      expect(calls()).toEqual([...Array(3).fill('POST /rest/companies 0'), ...Array(3).fill(`GET /rest/companies/${id} 0`)]);
    });

    it('is UNKNOWN for an update whose every attempt went unanswered (nothing to read back)', async () => {
      bff.sandbox.faults.inject({ kind: 'status', status: 503, when: 'before', times: 3, match: { method: 'PATCH' } });
      const result = await bff.execute(`mutation { updatePerson(id: "${PERSON}", data: { city: "Nowhere" }) { id } }`);
      expect(errorOf(result).extensions).toEqual({
        code: 'UPSTREAM_ERROR',
        upstream: { status: 503, method: 'PATCH', path: `/rest/people/${PERSON}` },
        writeOutcome: 'UNKNOWN',
        mayHaveApplied: true,
      });
      expect(calls()).toEqual(Array(3).fill(`PATCH /rest/people/${PERSON} 503`));
    });

    it('is APPLIED when Twenty ran an update but its answer could not be read', async () => {
      const company = companyIds[50] ?? '';
      bff.sandbox.faults.inject({ kind: 'malformedJson', when: 'after', times: 1, match: { method: 'PATCH' } });
      const result = await bff.execute(`mutation { updateCompany(id: "${company}", data: { employees: 99 }) { id } }`);
      expect(errorOf(result)).toEqual({
        message: `The answer to PATCH /rest/companies/${company} (HTTP 200, the body is not JSON) is not a Twenty REST API answer: check TWENTY_API_URL and any proxy in front of Twenty; the write was applied`,
        extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 200, method: 'PATCH', path: `/rest/companies/${company}` }, writeOutcome: 'APPLIED' },
      });
      expect(calls()).toEqual([`PATCH /rest/companies/${company} 200`]);
      expect(find('companies', `id[eq]:${company}`)).toEqual([expect.objectContaining({ employees: 99 })]);
    });

    it('turns an unreadable answer to a create into its record, read back by id', async () => {
      bff.sandbox.faults.inject({ kind: 'malformedJson', when: 'after', times: 1, match: { method: 'POST' } });
      const data = await bff.data<{ createCompany: { id: string; name: string } }>('mutation { createCompany(data: { name: "Garbled" }) { id name } }');
      expect(data.createCompany).toEqual({ id: sentId(), name: 'Garbled' });
      expect(calls()).toEqual(['POST /rest/companies 200', `GET /rest/companies/${sentId()} 200`]);
    });

    it('is NOT_APPLIED, with RATE_LIMITED and no wait, when Retry-After is too long', async () => {
      bff.sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 30, times: 1 });
      expect(await bff.execute('mutation { createCompany(data: { name: "Impatient" }) { name } }')).toEqual({
        data: { createCompany: null },
        errors: [
          {
            message: "Twenty's rate limit was reached; retry after 30 seconds",
            path: ['createCompany'],
            locations: [{ line: 1, column: 12 }],
            extensions: {
              code: 'RATE_LIMITED',
              retryAfterSeconds: 30,
              upstream: { status: 429, method: 'POST', path: '/rest/companies' },
              writeOutcome: 'NOT_APPLIED',
            },
          },
        ],
      });
      expect(calls()).toEqual(['POST /rest/companies 429']);
      expect(find('companies', 'name[eq]:"Impatient"')).toEqual([]);
    });

    it('is NOT_APPLIED in a create-many failure refused by Twenty', async () => {
      const taken = companyIds[51] ?? '';
      const data = await bff.data<{ createCompanies: unknown }>(
        `mutation { createCompanies(data: [{ id: "${taken}", name: "Twin" }]) { records { id } failures { indexes code mayHaveApplied writeOutcome upstreamStatus } } }`,
      );
      expect(data.createCompanies).toEqual({
        records: [null],
        failures: [{ indexes: [0], code: 'BAD_USER_INPUT', mayHaveApplied: false, writeOutcome: 'NOT_APPLIED', upstreamStatus: 400 }],
      });
      expect(calls()).toEqual(['POST /rest/batch/companies 400']);
    });

    it('is NOT_APPLIED when Twenty cannot be reached at all', async () => {
      const port = await closedPort();
      const unreachable = await startBff(
        { ...BASE, port: 0, host: '127.0.0.1', twenty: { ...BASE.twenty, retryLimit: 1 } },
        { upstream: { baseUrl: `http://127.0.0.1:${port}`, apiKey: bff.sandbox.apiKey } },
      );
      try {
        const response = await fetch(unreachable.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { createCompany(data: { name: "Nowhere" }) { id } }' }),
        });
        expect(errorOf((await response.json()) as GraphQLResponse)).toEqual({
          message: 'Could not reach Twenty for POST /rest/companies',
          extensions: { code: 'UPSTREAM_ERROR', upstream: { status: null, method: 'POST', path: '/rest/companies' }, writeOutcome: 'NOT_APPLIED' },
        });
      } finally {
        await unreachable.close();
      }
    });
  });

  it('reads back past the shared cache, which a 429 after the write left untouched', async () => {
    const cached = await startTestBff({ demoData: false, records: { companies: [] } }, { ...CONFIG, cache: { ttlMs: 60_000 } });
    try {
      const objectId = cached.sandbox.workspace.listObjects().find((object) => object.namePlural === 'companies')?.id ?? '';
      // The object (with its fields) is now in the shared cache: the second read is not sent.
      await cached.data(`{ fields(objectId: "${objectId}") { name } }`);
      await cached.data(`{ fields(objectId: "${objectId}") { name } }`);
      expect(cached.upstream().map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /rest/metadata/objects/${objectId}`]);
      cached.resetRequests();
      cached.sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, when: 'after', times: 1, match: { method: 'POST' } });
      const data = await cached.data<{ createField: { id: string } }>(
        `mutation { createField(data: { objectMetadataId: "${objectId}", name: "cachedTier", label: "Tier", type: "TEXT" }) { id } }`,
      );
      expect(cached.sandbox.workspace.listFields().filter((field) => field.name === 'cachedTier').map((field) => field.id)).toEqual([data.createField.id]);
      expect(cached.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
        'POST /rest/metadata/fields 429',
        'POST /rest/metadata/fields 400',
        `GET /rest/metadata/objects/${objectId} 200`,
      ]);
    } finally {
      await cached.close();
    }
  });

  describe('attach', () => {
    const ATTACH = (company: string) => `mutation { attachNote(noteId: "${NOTE}", target: { companyId: "${company}" }) { id noteId companyId } }`;

    it('makes one link for 20 concurrent attaches of one pair, and answers it 20 times', async () => {
      const company = companyIds[52] ?? '';
      const answers = await Promise.all(Array.from({ length: 20 }, () => bff.data<{ attachNote: { id: string } }>(ATTACH(company))));
      const links = find('noteTargets', `noteId[eq]:${NOTE},companyId[eq]:${company}`);
      expect(links).toHaveLength(1);
      expect(answers).toEqual(Array(20).fill({ attachNote: { id: links[0]?.id, noteId: NOTE, companyId: company } }));
      // Taking turns, each attach looks first; only the first creates.
      expect(calls().filter((line) => line.startsWith('POST'))).toEqual(['POST /rest/noteTargets 201']);
      expect(calls().filter((line) => line.startsWith('GET'))).toHaveLength(20);
    });

    it('makes one link when two twenty-bff processes attach one pair at once', async () => {
      const company = companyIds[53] ?? '';
      const other = await startBff(
        { ...BASE, port: 0, host: '127.0.0.1' },
        { upstream: { baseUrl: bff.sandbox.url, apiKey: bff.sandbox.apiKey } },
      );
      try {
        const viaOther = () =>
          fetch(other.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: ATTACH(company) }) }).then(
            async (response) => (await response.json()) as GraphQLResponse,
          );
        const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => (n % 2 === 0 ? bff.execute(ATTACH(company)) : viaOther())));
        const links = find('noteTargets', `noteId[eq]:${NOTE},companyId[eq]:${company}`);
        expect(links).toHaveLength(1);
        expect(answers).toEqual(Array(10).fill({ data: { attachNote: { id: links[0]?.id, noteId: NOTE, companyId: company } } }));
        // Both processes send the pair's own id: a second create is refused as a duplicate.
        const creates = bff.upstream().filter((entry) => entry.method === 'POST');
        expect(new Set(creates.map((entry) => (entry.body as { id: string }).id))).toEqual(new Set([links[0]?.id]));
        expect(creates.filter((entry) => entry.status === 201)).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('answers the link another process made between the look and the create', async () => {
      const company = companyIds[55] ?? '';
      // The create lands, and is answered as a create of the same id would be
      // once another process had made it first.
      bff.sandbox.faults.inject({ kind: 'status', status: 400, when: 'after', times: 1, messages: ['A duplicate entry was detected'], match: { method: 'POST' } });
      const data = await bff.data<{ attachNote: { id: string } }>(ATTACH(company));
      const links = find('noteTargets', `noteId[eq]:${NOTE},companyId[eq]:${company}`);
      expect(links.map((link) => link.id)).toEqual([data.attachNote.id]);
      expect(calls()).toEqual(['GET /rest/noteTargets 200', 'POST /rest/noteTargets 400', `GET /rest/noteTargets/${data.attachNote.id} 200`]);
    });

    it('returns an existing link made without the pair id', async () => {
      const company = companyIds[54] ?? '';
      const existing = bff.sandbox.workspace.createOne('noteTargets', { noteId: NOTE, companyId: company }, { depth: 0, actor: { source: 'API', workspaceMemberId: null, name: 'test', context: {} } });
      bff.resetRequests();
      expect(await bff.data(ATTACH(company))).toEqual({ attachNote: { id: existing.id, noteId: NOTE, companyId: company } });
      expect(calls()).toEqual(['GET /rest/noteTargets 200']);
    });
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}
