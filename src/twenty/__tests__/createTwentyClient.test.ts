import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { startSandbox } from '../../sandbox/index.js';
import type { RunningSandbox, SandboxOptions } from '../../sandbox/types.js';
import type { TwentyRequestEvent } from '../createRestTransport.js';
import { createTwentyClient, type TwentyClient, type TwentyClientConfig } from '../createTwentyClient.js';
import { TwentyApiError } from '../TwentyApiError.js';

const COMPANY_COUNT = 150;

/** Deterministic UUIDs that sort in creation order: …000000000001, …000000000002. */
function companyId(index: number): string {
  return `0b5c4bd3-9f1e-4f58-9a4b-${String(index).padStart(12, '0')}`;
}

function companies(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => ({
    id: companyId(index + 1),
    name: `Company ${String(index + 1).padStart(3, '0')}`,
  }));
}

const running: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});

async function sandboxWith(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox({ demoData: false, records: { companies: companies(COMPANY_COUNT) }, ...options });
  running.push(sandbox);
  return sandbox;
}

function clientFor(sandbox: RunningSandbox, overrides: Partial<TwentyClientConfig> = {}): TwentyClient {
  return createTwentyClient({
    baseUrl: sandbox.url,
    authorization: `Bearer ${sandbox.apiKey}`,
    timeoutMs: 5_000,
    pageCap: 60,
    retry: { limit: 2, maxRetryAfterMs: 2_000, backoffMs: 10 },
    ...overrides,
  });
}

/** The request log as `METHOD path?sorted query`, the shape most assertions compare. */
function requestLines(sandbox: RunningSandbox): string[] {
  return sandbox.requests.map((entry) => {
    const query = Object.entries(entry.query)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : value}`)
      .join('&');
    return `${entry.method} ${entry.path}${query ? `?${query}` : ''}`;
  });
}

async function failureOf(promise: Promise<unknown>): Promise<TwentyApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TwentyApiError);
    return error as TwentyApiError;
  }
  throw new Error('expected the call to fail');
}

function expectNoSecret(error: TwentyApiError, secret: string): void {
  expect(error.message).not.toContain(secret);
  expect(JSON.stringify(error)).not.toContain(secret);
  expect(String(error.stack)).not.toContain(secret);
}

/**
 * A managed-auth proxy in front of the sandbox, like Maton's
 * (`https://api.maton.ai/twenty/rest/…`): it serves under `/twenty`, takes
 * its own Bearer key, requires `Maton-Connection`, injects the real Twenty key,
 * and drops `hasPreviousPage` from list answers.
 */
async function startProxy(sandbox: RunningSandbox, proxyKey: string) {
  const seen: Array<{ url: string; connection: string | undefined }> = [];
  const server: Server = createServer((incoming, outgoing) => {
    const connection = incoming.headers['maton-connection'];
    seen.push({ url: incoming.url ?? '', connection: typeof connection === 'string' ? connection : undefined });
    const reject = (status: number, error: string) => {
      outgoing.writeHead(status, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error }));
    };
    if (!incoming.url?.startsWith('/twenty/')) {
      return reject(404, 'Unknown app');
    }
    if (incoming.headers.authorization !== `Bearer ${proxyKey}`) {
      return reject(401, 'Invalid or missing Maton API key');
    }
    if (typeof connection !== 'string' || connection === '') {
      return reject(400, 'Missing Twenty connection');
    }
    const target = new URL(sandbox.url);
    const { 'maton-connection': _connection, ...forwarded } = incoming.headers;
    const headers = { ...forwarded, host: target.host, authorization: `Bearer ${sandbox.apiKey}` };
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url.slice('/twenty'.length), headers },
      (answer: IncomingMessage) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          let body = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(body) as { pageInfo?: Record<string, unknown> };
            if (parsed.pageInfo) {
              delete parsed.pageInfo['hasPreviousPage'];
              body = JSON.stringify(parsed);
            }
          } catch {
            // Not JSON: pass it through untouched.
          }
          outgoing.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
          outgoing.end(body);
        });
      },
    );
    upstream.on('error', () => reject(502, 'Bad gateway'));
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/twenty`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  running.push(proxy);
  return proxy;
}

describe('createTwentyClient', () => {
  describe('findMany', () => {
    it('sends every query parameter and reads the records, cursors and total', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const page = await twenty.findMany('companies', {
        filter: 'name[gte]:"Company 010"',
        orderBy: 'name[DescNullsLast]',
        limit: 3,
      });
      expect(page.records.map((record) => record['name'])).toEqual(['Company 150', 'Company 149', 'Company 148']);
      expect(page.totalCount).toBe(141);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.pageInfo.hasPreviousPage).toBe(false);
      expect(typeof page.pageInfo.startCursor).toBe('string');
      expect(typeof page.pageInfo.endCursor).toBe('string');
      expect(sandbox.requests.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
        ['GET', '/rest/companies', { filter: 'name[gte]:"Company 010"', order_by: 'name[DescNullsLast]', limit: '3', depth: '0' }],
      ]);
      expect(twenty.requestCount).toBe(1);
    });

    it('carries +, &, #, %, quotes and an apostrophe in a filter value intact', async () => {
      const sandbox = await sandboxWith({
        records: {
          companies: [
            { id: companyId(1), name: 'A+B & C #1 100%' },
            { id: companyId(2), name: "O'Brien" },
            { id: companyId(3), name: 'A B & C #1 100%' },
          ],
        },
      });
      const twenty = clientFor(sandbox);
      // The apostrophe goes last: it disables the separators after it (contract §3.3 item 2).
      const filter = `or(name[eq]:"A+B & C #1 100%",name[eq]:"O'Brien")`;
      const page = await twenty.findMany('companies', { filter });
      expect(page.records.map((record) => record.id)).toEqual([companyId(1), companyId(2)]);
      expect(sandbox.requests.map((entry) => entry.query)).toEqual([{ filter, depth: '0' }]);
    });

    it('starts after or ends before a cursor', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const first = await twenty.findMany('companies', { limit: 2 });
      const after = await twenty.findMany('companies', { limit: 2, startingAfter: first.pageInfo.endCursor ?? '' });
      const before = await twenty.findMany('companies', { limit: 1, endingBefore: after.pageInfo.startCursor ?? '' });
      expect(after.records.map((record) => record.id)).toEqual([companyId(3), companyId(4)]);
      expect(before.records.map((record) => record.id)).toEqual([companyId(2)]);
      expect(before.pageInfo.hasPreviousPage).toBe(true);
      expect(sandbox.requests.map((entry) => entry.query)).toEqual([
        { depth: '0', limit: '2' },
        { depth: '0', limit: '2', starting_after: first.pageInfo.endCursor },
        { depth: '0', limit: '1', ending_before: after.pageInfo.startCursor },
      ]);
    });

    it('refuses a limit above the page cap without calling Twenty', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { pageCap: 60 });
      await expect(twenty.findMany('companies', { limit: 61 })).rejects.toThrow(
        'Invariant violation: findMany(companies) limit 61 is not an integer from 0 to the page cap 60',
      );
      expect(sandbox.requests).toEqual([]);
    });

    it('reads Twenty 400 answers as TwentyApiError with its messages and no query string', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const error = await failureOf(twenty.findMany('companies', { filter: 'name[eq]:"secret-value"', orderBy: 'name[Sideways]' }));
      expect({ ...error, message: error.message }).toEqual({
        name: 'TwentyApiError',
        kind: 'http',
        status: 400,
        method: 'GET',
        path: '/rest/companies',
        messages: [
          "'order_by' direction 'Sideways' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3",
        ],
        upstreamError: 'BadRequestException',
        mayHaveApplied: false,
        message: `Twenty GET /rest/companies answered HTTP 400 BadRequestException: 'order_by' direction 'Sideways' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`,
      });
      expect(error.message).not.toContain('secret-value');
      expect(sandbox.requests).toHaveLength(1);
    });
  });

  describe('findPages', () => {
    it('follows endCursor forward with pages of at most pageCap rows', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const twenty = clientFor(sandbox, { pageCap: 60 });
      const page = await twenty.findPages('companies', { direction: 'forward', count: 150 });
      expect(page.records.map((record) => record.id)).toEqual(companies(150).map((company) => company['id']));
      expect(page.totalCount).toBe(150);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(page.pageInfo.hasPreviousPage).toBe(false);

      sandbox.requests.length = 0;
      const first = await twenty.findMany('companies', { limit: 60 });
      const second = await twenty.findMany('companies', { limit: 60, startingAfter: first.pageInfo.endCursor ?? '' });
      const third = await twenty.findMany('companies', { limit: 30, startingAfter: second.pageInfo.endCursor ?? '' });
      expect(page.pageInfo.startCursor).toBe(first.pageInfo.startCursor);
      expect(page.pageInfo.endCursor).toBe(third.pageInfo.endCursor);
      const expected = [
        { depth: '0', limit: '60' },
        { depth: '0', limit: '60', starting_after: first.pageInfo.endCursor },
        { depth: '0', limit: '30', starting_after: second.pageInfo.endCursor },
      ];
      expect(sandbox.requests.map((entry) => entry.query)).toEqual(expected);
      expect(twenty.requestCount).toBe(6);
    });

    it('stops when count is reached and reports that more rows exist', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const twenty = clientFor(sandbox, { pageCap: 60 });
      const page = await twenty.findPages('companies', {
        direction: 'forward',
        filter: 'name[neq]:"x"',
        orderBy: 'name[AscNullsLast]',
        count: 100,
      });
      expect(page.records).toHaveLength(100);
      expect(page.records[99]?.['name']).toBe('Company 100');
      expect(page.pageInfo.hasNextPage).toBe(true);
      const sent = sandbox.requests.map((entry) => entry.query);
      sandbox.requests.length = 0;
      const first = await twenty.findMany('companies', { filter: 'name[neq]:"x"', orderBy: 'name[AscNullsLast]', limit: 60 });
      expect(sent).toEqual([
        { filter: 'name[neq]:"x"', order_by: 'name[AscNullsLast]', limit: '60', depth: '0' },
        { filter: 'name[neq]:"x"', order_by: 'name[AscNullsLast]', limit: '40', starting_after: first.pageInfo.endCursor, depth: '0' },
      ]);
    });

    it('makes one request when count fits in one page', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const page = await twenty.findPages('companies', { direction: 'forward', count: 25 });
      expect(page.records).toHaveLength(25);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(requestLines(sandbox)).toEqual(['GET /rest/companies?depth=0&limit=25']);
    });

    it('asks for limit=0 when count is 0, for the total', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const page = await twenty.findPages('companies', { direction: 'forward', count: 0 });
      expect(page).toEqual({
        records: [],
        totalCount: 150,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
      expect(requestLines(sandbox)).toEqual(['GET /rest/companies?depth=0&limit=0']);
    });

    it('stops early when Twenty has fewer rows than asked', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const twenty = clientFor(sandbox, { pageCap: 60 });
      const page = await twenty.findPages('companies', { direction: 'forward', count: 500 });
      expect(page.records).toHaveLength(150);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(sandbox.requests.map((entry) => entry.query['limit'])).toEqual(['60', '60', '60']);
    });

    it('follows startCursor backward and prepends', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const twenty = clientFor(sandbox, { pageCap: 60 });
      const all = await twenty.findPages('companies', { direction: 'forward', count: 150 });
      sandbox.requests.length = 0;
      const page = await twenty.findPages('companies', {
        direction: 'backward',
        cursor: all.pageInfo.endCursor ?? '',
        count: 120,
      });
      // Rows 30…149: everything before row 150, the last 120 of them.
      expect(page.records.map((record) => record.id)).toEqual(
        companies(149)
          .slice(29)
          .map((company) => company['id']),
      );
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(150);
      expect(sandbox.requests).toHaveLength(2);
      const [first, second] = sandbox.requests;
      expect(first?.query).toEqual({ depth: '0', limit: '60', ending_before: all.pageInfo.endCursor });
      expect(second?.query['limit']).toBe('60');
      expect(second?.query['ending_before']).toEqual(expect.any(String));
      expect(second?.query['ending_before']).not.toBe(all.pageInfo.endCursor);
      // The combined page starts where the earliest chunk starts.
      sandbox.requests.length = 0;
      const earliest = await twenty.findMany('companies', { limit: 60, endingBefore: String(second?.query['ending_before']) });
      expect(page.pageInfo.startCursor).toBe(earliest.pageInfo.startCursor);
    });
  });

  describe('findOne', () => {
    it('reads the record and answers null for a 404', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const found = await twenty.findOne('companies', companyId(7));
      const missing = await twenty.findOne('companies', companyId(999));
      expect(found).toMatchObject({ id: companyId(7), name: 'Company 007' });
      expect(missing).toBeNull();
      expect(requestLines(sandbox)).toEqual([
        `GET /rest/companies/${companyId(7)}?depth=0`,
        `GET /rest/companies/${companyId(999)}?depth=0`,
      ]);
    });
  });

  describe('writes', () => {
    it('creates, updates, soft-deletes, restores and destroys with the right requests', async () => {
      const sandbox = await sandboxWith({ records: { companies: [] } });
      const twenty = clientFor(sandbox);
      const created = await twenty.createOne('companies', { name: 'Acme', employees: 10 });
      const many = await twenty.createMany('companies', [{ name: 'Globex' }, { name: 'Initech' }]);
      const updated = await twenty.updateOne('companies', created.id, { employees: 11 });
      const softDeleted = await twenty.deleteOne('companies', created.id, { soft: true });
      const afterSoftDelete = await twenty.findOne('companies', created.id);
      const restored = await twenty.restoreOne('companies', created.id);
      const destroyed = await twenty.deleteOne('companies', created.id, { soft: false });

      expect(created).toMatchObject({ name: 'Acme', employees: 10 });
      expect([created.id, ...many.map((record) => record.id)].every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
      expect(many.map((record) => record['name'])).toEqual(['Globex', 'Initech']);
      expect(updated).toMatchObject({ id: created.id, name: 'Acme', employees: 11 });
      expect(softDeleted).toEqual({ id: created.id });
      expect(afterSoftDelete).toBeNull();
      expect(restored).toMatchObject({ id: created.id, deletedAt: null });
      expect(destroyed).toEqual({ id: created.id });
      expect(sandbox.requests.map((entry) => [entry.method, entry.path, entry.query, entry.body])).toEqual([
        // Records are asked for at depth 0: G1 defaulted to 1 (contract §4.5).
        // Each create carries an id of ours, so a retry cannot make a second record.
        ['POST', '/rest/companies', { depth: '0' }, { id: created.id, name: 'Acme', employees: 10 }],
        ['POST', '/rest/batch/companies', { depth: '0' }, [{ id: many[0]?.id, name: 'Globex' }, { id: many[1]?.id, name: 'Initech' }]],
        ['PATCH', `/rest/companies/${created.id}`, { depth: '0' }, { employees: 11 }],
        ['DELETE', `/rest/companies/${created.id}`, { soft_delete: 'true' }, undefined],
        ['GET', `/rest/companies/${created.id}`, { depth: '0' }, undefined],
        ['PATCH', `/rest/companies/${created.id}/restore`, { depth: '0' }, undefined],
        ['DELETE', `/rest/companies/${created.id}`, {}, undefined],
      ]);
      expect(sandbox.requests.map((entry) => entry.status)).toEqual([201, 201, 200, 200, 404, 200, 200]);
    });

    it('reports a 404 on update as TwentyApiError', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      const error = await failureOf(twenty.updateOne('companies', companyId(999), { name: 'x' }));
      expect([error.kind, error.status, error.method, error.path, error.messages, error.mayHaveApplied]).toEqual([
        'http',
        404,
        'PATCH',
        `/rest/companies/${companyId(999)}`,
        ['Record not found'],
        false,
      ]);
    });
  });

  describe('metadata', () => {
    it.each(['legacy', 'new'] as const)('lists objects and fields across pages (%s envelope)', async (metadataEnvelope) => {
      const sandbox = await sandboxWith({ metadataEnvelope });
      // 16 standard objects: pages of 6, 6 and 4.
      const twenty = clientFor(sandbox, { pageCap: 6 });
      const objects = await twenty.listObjects();
      expect(objects.map((object) => object.namePlural)).toEqual(sandbox.workspace.listObjects().map((object) => object.namePlural));
      expect(objects[0]?.fields?.length).toBeGreaterThan(0);
      expect(sandbox.requests.map((entry) => [entry.path, entry.query['limit'], entry.query['starting_after']])).toEqual([
        ['/rest/metadata/objects', '6', undefined],
        ['/rest/metadata/objects', '6', objects[5]?.id],
        ['/rest/metadata/objects', '6', objects[11]?.id],
      ]);

      sandbox.requests.length = 0;
      const fields = await twenty.listFields();
      expect(fields.map((field) => field.id)).toEqual(sandbox.workspace.listFields().map((field) => field.id));
      expect(sandbox.requests).toHaveLength(Math.ceil(fields.length / 6) + (fields.length % 6 === 0 ? 1 : 0));
    });

    it.each(['legacy', 'new'] as const)('reads one object or field and answers null for a 404 (%s envelope)', async (metadataEnvelope) => {
      const sandbox = await sandboxWith({ metadataEnvelope });
      const twenty = clientFor(sandbox);
      const expected = sandbox.workspace.listObjects()[1];
      const field = expected?.fields[0];
      expect(await twenty.getObject(expected?.id ?? '')).toMatchObject({ id: expected?.id, nameSingular: expected?.nameSingular });
      expect(await twenty.getField(field?.id ?? '')).toMatchObject({ id: field?.id, name: field?.name, type: field?.type });
      expect(await twenty.getObject(companyId(999))).toBeNull();
      expect(await twenty.getField(companyId(999))).toBeNull();
      expect(requestLines(sandbox)).toEqual([
        `GET /rest/metadata/objects/${expected?.id}`,
        `GET /rest/metadata/fields/${field?.id}`,
        `GET /rest/metadata/objects/${companyId(999)}`,
        `GET /rest/metadata/fields/${companyId(999)}`,
      ]);
    });

    it.each(['legacy', 'new'] as const)('creates, updates and deletes an object and a field (%s envelope)', async (metadataEnvelope) => {
      const sandbox = await sandboxWith({ metadataEnvelope });
      const twenty = clientFor(sandbox);
      const object = await twenty.createObject({
        nameSingular: 'invoice',
        namePlural: 'invoices',
        labelSingular: 'Invoice',
        labelPlural: 'Invoices',
      });
      expect(object).toMatchObject({ nameSingular: 'invoice', namePlural: 'invoices' });
      const field = await twenty.createField({ objectMetadataId: object.id, type: 'TEXT', name: 'reference', label: 'Reference' });
      expect(field).toMatchObject({ name: 'reference', type: 'TEXT' });
      expect(await twenty.updateField(field.id, { label: 'Ref' })).toMatchObject({ id: field.id, label: 'Ref' });
      expect(await twenty.deleteField(field.id)).toMatchObject({ id: field.id });
      expect(await twenty.updateObject(object.id, { isActive: false })).toMatchObject({ id: object.id, isActive: false });
      expect(await twenty.deleteObject(object.id)).toMatchObject({ id: object.id });
      expect(requestLines(sandbox)).toEqual([
        'POST /rest/metadata/objects',
        'POST /rest/metadata/fields',
        `PATCH /rest/metadata/fields/${field.id}`,
        `DELETE /rest/metadata/fields/${field.id}`,
        `PATCH /rest/metadata/objects/${object.id}`,
        `DELETE /rest/metadata/objects/${object.id}`,
      ]);
    });
  });

  describe('upstreams', () => {
    it('works through a path-prefixed proxy with its own key and connection header', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const proxy = await startProxy(sandbox, 'maton-test-key-0001');
      const twenty = clientFor(sandbox, {
        baseUrl: proxy.url,
        authorization: 'Bearer maton-test-key-0001',
        headers: { 'Maton-Connection': 'conn-42' },
      });
      const page = await twenty.findPages('companies', { direction: 'forward', count: 70, filter: 'name[like]:"Company 0%"' });
      const one = await twenty.findOne('companies', companyId(1));
      // Company 001 to Company 099 match: 70 of them in a page of 60 and one of 10.
      expect(page.records).toHaveLength(70);
      expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(one).toMatchObject({ id: companyId(1) });
      expect(proxy.seen.map((entry) => [entry.url.replace(/\?.*/, ''), entry.connection])).toEqual([
        ['/twenty/rest/companies', 'conn-42'],
        ['/twenty/rest/companies', 'conn-42'],
        [`/twenty/rest/companies/${companyId(1)}`, 'conn-42'],
      ]);
      expect(requestLines(sandbox)).toEqual([
        'GET /rest/companies?depth=0&filter=name[like]:"Company 0%"&limit=60',
        expect.stringMatching(/^GET \/rest\/companies\?depth=0&filter=name\[like\]:"Company 0%"&limit=10&starting_after=/),
        `GET /rest/companies/${companyId(1)}?depth=0`,
      ]);
      expect(sandbox.requests.map((entry) => entry.headers['authorization'])).toEqual(Array(3).fill(`Bearer ${sandbox.apiKey}`));
    });

    it('reads hasPreviousPage as false when a proxy leaves it out', async () => {
      const sandbox = await sandboxWith();
      const proxy = await startProxy(sandbox, 'maton-test-key-0001');
      const twenty = clientFor(sandbox, {
        baseUrl: proxy.url,
        authorization: 'Bearer maton-test-key-0001',
        headers: { 'Maton-Connection': 'conn-42' },
      });
      const page = await twenty.findMany('companies', { limit: 2, endingBefore: (await clientFor(sandbox).findMany('companies', { limit: 5 })).pageInfo.endCursor ?? '' });
      expect(page.records.map((record) => record.id)).toEqual([companyId(3), companyId(4)]);
      expect(page.pageInfo.hasPreviousPage).toBe(false);
    });

    it('pages backward through a proxy that leaves hasPreviousPage out', async () => {
      const sandbox = await sandboxWith({ maxLimit: 60 });
      const proxy = await startProxy(sandbox, 'maton-test-key-0001');
      const twenty = clientFor(sandbox, {
        baseUrl: proxy.url,
        authorization: 'Bearer maton-test-key-0001',
        headers: { 'Maton-Connection': 'conn-42' },
      });
      const last = (await twenty.findPages('companies', { direction: 'forward', count: 150 })).pageInfo.endCursor ?? '';
      sandbox.requests.length = 0;
      const some = await twenty.findPages('companies', { direction: 'backward', cursor: last, count: 120 });
      expect(some.records.map((record) => record.id)).toEqual(companies(149).slice(29).map((company) => company['id']));
      expect(some.pageInfo.hasPreviousPage).toBe(true);
      expect(sandbox.requests.map((entry) => entry.query['limit'])).toEqual(['60', '60']);

      sandbox.requests.length = 0;
      const all = await twenty.findPages('companies', { direction: 'backward', cursor: last, count: 200 });
      expect(all.records.map((record) => record.id)).toEqual(companies(149).map((company) => company['id']));
      expect(all.pageInfo.hasPreviousPage).toBe(false);
      expect(sandbox.requests.map((entry) => entry.query['limit'])).toEqual(['60', '60', '60']);
    });

    it('passes the Authorization header and extra headers through', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { headers: { 'X-Workspace-Hint': 'sales' } });
      await twenty.findMany('companies', { limit: 1 });
      expect(sandbox.requests[0]?.headers).toMatchObject({
        authorization: `Bearer ${sandbox.apiKey}`,
        'x-workspace-hint': 'sales',
        accept: 'application/json',
      });
    });

    it('reports a rejected key as 401 without the key', async () => {
      const sandbox = await sandboxWith();
      const wrongKey = 'eyJhbGciOiJIUzI1NiJ9.wrong-key-for-this-test.c2lnbmF0dXJl';
      const twenty = clientFor(sandbox, { authorization: `Bearer ${wrongKey}` });
      const error = await failureOf(twenty.findMany('companies', { limit: 1 }));
      expect([error.kind, error.status, error.path]).toEqual(['http', 401, '/rest/companies']);
      expectNoSecret(error, wrongKey);
      expect(sandbox.requests).toHaveLength(1);
    });
  });

  describe('failures', () => {
    it('retries a GET after a 500 and reports every attempt', async () => {
      const sandbox = await sandboxWith();
      const events: TwentyRequestEvent[] = [];
      const twenty = clientFor(sandbox, { onRequest: (event) => events.push(event) });
      sandbox.faults.inject({ kind: 'status', status: 500, times: 1, match: { method: 'GET' } });
      const page = await twenty.findMany('companies', { limit: 2 });
      expect(page.records).toHaveLength(2);
      expect(sandbox.requests.map((entry) => entry.status)).toEqual([500, 200]);
      expect(events.map(({ method, path, status, attempt }) => ({ method, path, status, attempt }))).toEqual([
        { method: 'GET', path: '/rest/companies', status: 500, attempt: 1 },
        { method: 'GET', path: '/rest/companies', status: 200, attempt: 2 },
      ]);
      expect(twenty.requestCount).toBe(2);
    });

    it('gives up on a GET after retry.limit retries', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { retry: { limit: 2, maxRetryAfterMs: 0, backoffMs: 1 } });
      sandbox.faults.inject({ kind: 'status', status: 503 });
      const error = await failureOf(twenty.findOne('companies', companyId(1)));
      expect([error.kind, error.status, error.mayHaveApplied]).toEqual(['http', 503, false]);
      expect(sandbox.requests).toHaveLength(3);
      expect(twenty.requestCount).toBe(3);
    });

    it('retries a POST that failed with 500 after it was applied, and reads back the record the duplicate names', async () => {
      const sandbox = await sandboxWith({ records: { companies: [] } });
      const twenty = clientFor(sandbox, { retry: { limit: 2, maxRetryAfterMs: 0, backoffMs: 1 } });
      sandbox.faults.inject({ kind: 'status', status: 500, when: 'after', times: 1, match: { method: 'POST' } });
      const created = await twenty.createOne('companies', { name: 'Once Only' });
      expect(created).toMatchObject({ name: 'Once Only' });
      const stored = await twenty.findMany('companies', { filter: 'name[eq]:"Once Only"' });
      expect(stored.records.map((record) => record.id)).toEqual([created.id]);
      expect(sandbox.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
        'POST /rest/companies 500',
        'POST /rest/companies 400',
        `GET /rest/companies/${created.id} 200`,
        'GET /rest/companies 200',
      ]);
    });

    it('retries a write after a 429 once Retry-After has passed', async () => {
      const sandbox = await sandboxWith({ records: { companies: [] } });
      const twenty = clientFor(sandbox, { retry: { limit: 2, maxRetryAfterMs: 2_000 } });
      sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1 });
      const created = await twenty.createOne('companies', { name: 'Patient' });
      expect(created).toMatchObject({ name: 'Patient' });
      expect(sandbox.requests.map((entry) => [entry.method, entry.status])).toEqual([
        ['POST', 429],
        ['POST', 201],
      ]);
      expect(twenty.requestCount).toBe(2);
    });

    it('fails fast on a 429 whose Retry-After is longer than allowed', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { retry: { limit: 2, maxRetryAfterMs: 1_000 } });
      sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 30 });
      const error = await failureOf(twenty.findMany('companies'));
      expect([error.kind, error.status, error.retryAfterSeconds, error.mayHaveApplied]).toEqual(['http', 429, 30, false]);
      expect(sandbox.requests).toHaveLength(1);
    });

    it('reports a timeout as kind timeout, and a write that timed out as maybe applied', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { timeoutMs: 200, retry: { limit: 0, maxRetryAfterMs: 0 } });
      sandbox.faults.inject({ kind: 'timeout' });
      const readError = await failureOf(twenty.findMany('companies'));
      const writeError = await failureOf(twenty.createOne('companies', { name: 'Slow' }));
      expect([readError.kind, readError.status, readError.path, readError.mayHaveApplied]).toEqual([
        'timeout',
        undefined,
        '/rest/companies',
        false,
      ]);
      // The read-back by id timed out too: nothing could tell.
      expect([writeError.kind, writeError.method, writeError.writeOutcome, writeError.mayHaveApplied]).toEqual(['timeout', 'POST', 'UNKNOWN', true]);
      expect(twenty.requestCount).toBe(3);
    });

    it('retries a GET that timed out', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { timeoutMs: 200, retry: { limit: 1, maxRetryAfterMs: 0, backoffMs: 1 } });
      sandbox.faults.inject({ kind: 'timeout', times: 1 });
      const page = await twenty.findMany('companies', { limit: 1 });
      expect(page.records).toHaveLength(1);
      expect(twenty.requestCount).toBe(2);
    });

    it('reports a reset connection as kind network', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { retry: { limit: 0, maxRetryAfterMs: 0 } });
      sandbox.faults.inject({ kind: 'reset', times: 1 });
      const error = await failureOf(twenty.updateOne('companies', companyId(1), { name: 'Reset' }));
      expect([error.kind, error.method, error.mayHaveApplied]).toEqual(['network', 'PATCH', true]);
    });

    it('reports a refused connection as kind network that did not apply', async () => {
      const sandbox = await sandboxWith();
      const url = sandbox.url;
      await sandbox.close();
      running.splice(running.indexOf(sandbox), 1);
      const twenty = createTwentyClient({
        baseUrl: url,
        authorization: 'Bearer key-that-must-not-leak',
        timeoutMs: 1_000,
        pageCap: 60,
        retry: { limit: 0, maxRetryAfterMs: 0 },
      });
      const error = await failureOf(twenty.createOne('companies', { name: 'Nobody home' }));
      expect([error.kind, error.detail, error.mayHaveApplied]).toEqual(['network', 'ECONNREFUSED', false]);
      expectNoSecret(error, 'key-that-must-not-leak');
    });

    it('reports unreadable JSON as kind malformed', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox);
      sandbox.faults.inject({ kind: 'malformedJson', times: 2 });
      const readError = await failureOf(twenty.findMany('companies'));
      const writeError = await failureOf(twenty.createOne('companies', { name: 'Garbled' }));
      expect([readError.kind, readError.status, readError.detail, readError.mayHaveApplied]).toEqual([
        'malformed',
        200,
        'the body is not JSON',
        false,
      ]);
      // The sandbox garbles a write it did not run; the read-back by id finds no record.
      expect([writeError.kind, writeError.writeOutcome, writeError.mayHaveApplied]).toEqual(['malformed', 'NOT_APPLIED', false]);
      expect(sandbox.requests.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['GET 200', 'POST 200', 'GET 404']);
    });

    it('never puts the API key in an error', async () => {
      const sandbox = await sandboxWith();
      const twenty = clientFor(sandbox, { timeoutMs: 200, retry: { limit: 0, maxRetryAfterMs: 0 } });
      const errors: TwentyApiError[] = [];
      for (const fault of [
        { kind: 'status', status: 500 },
        { kind: 'status', status: 429, retryAfterSeconds: 60 },
        { kind: 'timeout' },
        { kind: 'reset' },
        { kind: 'malformedJson' },
      ] as const) {
        sandbox.faults.clear();
        sandbox.faults.inject(fault);
        errors.push(await failureOf(twenty.findMany('companies', { filter: 'name[eq]:"x"' })));
      }
      sandbox.faults.clear();
      errors.push(await failureOf(twenty.findMany('companies', { filter: 'broken[' })));
      expect(errors.map((error) => error.kind)).toEqual(['http', 'http', 'timeout', 'network', 'malformed', 'http']);
      for (const error of errors) {
        expectNoSecret(error, sandbox.apiKey);
        expect(error.path).toBe('/rest/companies');
      }
    });
  });

  describe('an upstream that ignores limit', () => {
    const names = (records: ReadonlyArray<Record<string, unknown>>) => records.map((record) => record['name']);
    const cursorOf = (id: string) => Buffer.from(JSON.stringify({ id })).toString('base64');

    it('keeps the first rows of a forward page, with hasNextPage and the cursor of the last row kept', async () => {
      const sandbox = await sandboxWith({ ignoreLimit: true });
      const page = await clientFor(sandbox).findMany('companies', { limit: 3, startingAfter: cursorOf(companyId(10)) });
      expect(names(page.records)).toEqual(['Company 011', 'Company 012', 'Company 013']);
      expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(companyId(11)), endCursor: cursorOf(companyId(13)) });
      expect(page.totalCount).toBe(COMPANY_COUNT);
    });

    it('keeps the last rows of a backward page, with hasPreviousPage and the cursor of the first row kept', async () => {
      const sandbox = await sandboxWith({ ignoreLimit: true });
      const page = await clientFor(sandbox).findMany('companies', { limit: 2, endingBefore: cursorOf(companyId(10)) });
      expect(names(page.records)).toEqual(['Company 008', 'Company 009']);
      expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(companyId(8)), endCursor: cursorOf(companyId(9)) });
    });

    it('puts the order_by keys in the cursor at the cut', async () => {
      const sandbox = await sandboxWith({ ignoreLimit: true });
      const page = await clientFor(sandbox).findMany('companies', { limit: 1, orderBy: 'name[DescNullsLast]' });
      expect(names(page.records)).toEqual(['Company 150']);
      expect(JSON.parse(Buffer.from(page.pageInfo.endCursor ?? '', 'base64').toString())).toEqual({ name: 'Company 150', id: companyId(150) });
      // Twenty reads that cursor as the position after Company 150.
      const next = await clientFor(sandbox).findMany('companies', { limit: 1, orderBy: 'name[DescNullsLast]', startingAfter: page.pageInfo.endCursor ?? '' });
      expect(names(next.records)).toEqual(['Company 149']);
    });

    it('follows pages from the cut in findPages, backward too', async () => {
      const sandbox = await sandboxWith({ ignoreLimit: true });
      const client = clientFor(sandbox);
      const forward = await client.findPages('companies', { direction: 'forward', count: 130 });
      expect(names(forward.records)).toEqual(companies(130).map((company) => company['name']));
      expect(forward.pageInfo.hasNextPage).toBe(true);
      const backward = await client.findPages('companies', { direction: 'backward', cursor: cursorOf(companyId(131)), count: 70 });
      expect(names(backward.records)).toEqual(companies(130).slice(60).map((company) => company['name']));
      expect(backward.pageInfo.hasPreviousPage).toBe(true);
    });
  });
});
