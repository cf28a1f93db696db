import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { DEMO_API_KEY, startSandbox } from '../../src/sandbox/index.js';
import { signSandboxToken } from '../../src/sandbox/sandboxAuth.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { postOperation } from '../utils/postOperation.js';
import { startRoutingProxy } from '../utils/startRoutingProxy.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const DATA_MODEL_READ = 'GET /rest/metadata/objects 200';
const ACME = '0a0a0a0a-0000-4000-8000-000000000001';

const calls = (bff: TestBff) => bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`);

async function typeNames(bff: TestBff, prefix: string): Promise<string[]> {
  const { __schema } = await bff.data<{ __schema: { types: Array<{ name: string }> } }>('{ __schema { types { name } } }');
  return __schema.types.map(({ name }) => name).filter((name) => name.includes(prefix));
}

async function enumValuesOf(bff: TestBff, name: string): Promise<string[] | undefined> {
  const { __type } = await bff.data<{ __type: { enumValues: Array<{ name: string }> } | null }>(`{ __type(name: "${name}") { enumValues { name } } }`);
  return __type?.enumValues.map((value) => value.name);
}

describe('the schema of the workspace, built from its data model', () => {
  describe('after metadata writes through twenty-bff', () => {
    let bff: TestBff;
    let invoiceObjectId = '';

    beforeAll(async () => {
      bff = await startTestBff({ demoData: false, records: { companies: [{ id: ACME, name: 'Acme' }] } });
    });

    afterAll(async () => {
      await bff.close();
    });

    beforeEach(() => {
      bff.resetRequests();
    });

    it('serves a custom object and its fields at the next operation, typed, without a restart', async () => {
      expect(await typeNames(bff, 'Invoice')).toEqual([]);
      const { createObject } = await bff.data<{ createObject: { id: string } }>(
        'mutation { createObject(data: { nameSingular: "invoice", namePlural: "invoices", labelSingular: "Invoice", labelPlural: "Invoices" }) { id } }',
      );
      invoiceObjectId = createObject.id;
      const created = await bff.data<Record<string, { name: string }>>(`mutation {
        reference: createField(data: { objectMetadataId: "${invoiceObjectId}", name: "reference", label: "Reference", type: "TEXT" }) { name }
        lines: createField(data: { objectMetadataId: "${invoiceObjectId}", name: "lines", label: "Lines", type: "NUMBER" }) { name }
        total: createField(data: { objectMetadataId: "${invoiceObjectId}", name: "total", label: "Total", type: "CURRENCY" }) { name }
        state: createField(data: {
          objectMetadataId: "${invoiceObjectId}", name: "state", label: "State", type: "SELECT"
          options: [{ value: "DRAFT", label: "Draft" }, { value: "SENT", label: "Sent" }, { value: "PAID", label: "Paid" }]
        }) { name }
      }`);
      expect(Object.values(created).map(({ name }) => name)).toEqual(['reference', 'lines', 'total', 'state']);
      bff.resetRequests();

      // The next operation reads the data model once, then runs on it.
      expect(await enumValuesOf(bff, 'InvoiceStateEnum')).toEqual(['DRAFT', 'SENT', 'PAID']);
      expect(calls(bff)).toEqual([DATA_MODEL_READ]);
      expect(await typeNames(bff, 'Invoice')).toEqual([
        'Invoice',
        'InvoiceEdge',
        'InvoiceConnection',
        'InvoiceFilter',
        'InvoiceRelationFilter',
        'InvoiceOrderBy',
        'InvoiceStateEnum',
        'InvoiceStateEnumFilter',
        'CreateInvoiceInput',
        'UpdateInvoiceInput',
        'CreateInvoicesPayload',
        'InvoiceAggregate',
        'InvoiceGroupByInput',
        'InvoiceGroupKey',
        'InvoiceGroup',
        'InvoiceGroupByResult',
      ]);
      expect(calls(bff)).toEqual([DATA_MODEL_READ]);
    });

    it('writes, filters, sorts and pages the custom object through its typed fields', async () => {
      const created = await bff.data<{ createInvoices: { records: Array<{ reference: string; state: string; total: { amountMicros: number } }> } }>(`mutation {
        createInvoices(data: [
          { name: "INV-1", reference: "R-1", lines: 3, state: SENT, total: { amount: 12.5, currencyCode: "EUR" } }
          { name: "INV-2", reference: "R-2", lines: 7, state: SENT, total: { amount: 40, currencyCode: "EUR" } }
          { name: "INV-3", reference: "R-3", lines: 5, state: DRAFT }
        ]) { records { reference state total { amountMicros } } }
      }`);
      expect(created.createInvoices.records.map(({ reference, state, total }) => [reference, state, total.amountMicros])).toEqual([
        ['R-1', 'SENT', 12_500_000],
        ['R-2', 'SENT', 40_000_000],
        ['R-3', 'DRAFT', null],
      ]);
      bff.resetRequests();
      const page = await bff.data<{ invoices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { name: string; lines: number } }> } }>(`{
        invoices(filter: { state: { eq: SENT }, lines: { gte: 3 } }, orderBy: [{ lines: DescNullsLast }], first: 1) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { name lines } }
        }
      }`);
      expect(page.invoices.totalCount).toBe(2);
      expect(page.invoices.edges.map(({ node }) => node)).toEqual([{ name: 'INV-2', lines: 7 }]);
      expect(page.invoices.pageInfo.hasNextPage).toBe(true);
      const upstream = bff.upstream();
      expect(upstream.map(({ method, path, query }) => [method, path, query['filter'], query['order_by']])).toEqual([
        ['GET', '/rest/invoices', 'and(lines[gte]:3,state[eq]:"SENT")', 'lines[DescNullsLast]'],
      ]);
      const next = await bff.data<{ invoices: { edges: Array<{ node: { name: string } }> } }>(
        `{ invoices(filter: { state: { eq: SENT } }, orderBy: [{ lines: DescNullsLast }], first: 5, after: "${page.invoices.pageInfo.endCursor}") { edges { node { name } } } }`,
      );
      expect(next.invoices.edges.map(({ node }) => node.name)).toEqual(['INV-1']);
    });

    it('writes and filters a multi-select field by its enum', async () => {
      await bff.data(`mutation {
        createField(data: {
          objectMetadataId: "${invoiceObjectId}", name: "tags", label: "Tags", type: "MULTI_SELECT"
          options: [{ value: "VIP", label: "VIP" }, { value: "LATE", label: "Late" }]
        }) { name }
      }`);
      const { invoices } = await bff.data<{ invoices: { edges: Array<{ node: { id: string; name: string } }> } }>('{ invoices(orderBy: [{ lines: AscNullsLast }]) { edges { node { id name } } } }');
      const [first, second] = invoices.edges.map(({ node }) => node.id);
      await bff.data(`mutation {
        a: updateInvoice(id: "${first}", data: { tags: [VIP, LATE] }) { tags }
        b: updateInvoice(id: "${second}", data: { tags: [LATE] }) { tags }
      }`);
      bff.resetRequests();
      const vip = await bff.data<{ invoices: { edges: Array<{ node: { name: string; tags: string[] } }> } }>('{ invoices(filter: { tags: { containsAny: [VIP] } }) { edges { node { name tags } } } }');
      expect(vip.invoices.edges.map(({ node }) => node)).toEqual([{ name: 'INV-1', tags: ['VIP', 'LATE'] }]);
      expect(bff.upstream().map(({ path, query }) => [path, query['filter']])).toEqual([['/rest/invoices', 'and(tags[containsAny]:["VIP"])']]);
    });

    it('aggregates the custom object’s number and currency fields, grouped by its select', async () => {
      const data = await bff.data(`{
        invoicesGroupBy(groupBy: [{ state: true }]) {
          groups { key { state } aggregate { totalCount sumLines avgLines sumTotalAmount maxTotalAmountMicros countEmptyTotal } }
        }
        invoicesAggregate { totalCount sumLines countNotEmptyReference }
      }`);
      expect(data).toEqual({
        invoicesGroupBy: {
          groups: [
            { key: { state: 'DRAFT' }, aggregate: { totalCount: 1, sumLines: 5, avgLines: 5, sumTotalAmount: null, maxTotalAmountMicros: null, countEmptyTotal: 1 } },
            { key: { state: 'SENT' }, aggregate: { totalCount: 2, sumLines: 10, avgLines: 5, sumTotalAmount: 52.5, maxTotalAmountMicros: 40_000_000, countEmptyTotal: 0 } },
          ],
        },
        invoicesAggregate: { totalCount: 3, sumLines: 15, countNotEmptyReference: 3 },
      });
      expect(calls(bff)).toEqual(['GET /rest/invoices/groupBy 200', 'GET /rest/invoices/groupBy 200']);
    });

    it('refuses an option the workspace does not have before calling Twenty', async () => {
      const refused = await bff.execute('mutation { createInvoice(data: { name: "INV-9", state: VOID }) { id } }');
      expect(refused.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
        ['Value "VOID" does not exist in "InvoiceStateEnum" enum. Did you mean the enum value "PAID"?', 'GRAPHQL_VALIDATION_FAILED'],
      ]);
      expect(calls(bff)).toEqual([]);
    });

    it('reads the data model again after an option edit, and serves the new enum', async () => {
      const { fields } = await bff.data<{ fields: Array<{ id: string; name: string; options: Array<{ id: string; value: string; label: string }> | null }> }>(
        `{ fields(objectId: "${invoiceObjectId}") { id name options { id value label } } }`,
      );
      const state = fields.find((field) => field.name === 'state');
      const options = (state?.options ?? []).map(({ value, label }) => ({ value: value === 'SENT' ? 'ISSUED' : value, label }));
      await bff.data(`mutation ($options: [FieldOptionInput!]) { updateField(id: "${state?.id}", data: { options: $options }) { id } }`, { options });
      bff.resetRequests();
      expect(await enumValuesOf(bff, 'InvoiceStateEnum')).toEqual(['DRAFT', 'ISSUED', 'PAID']);
      expect(calls(bff)).toEqual([DATA_MODEL_READ]);
    });
    it('serves a relation field created through twenty-bff from both sides, batched', async () => {
      const { objects } = await bff.data<{ objects: Array<{ id: string; nameSingular: string }> }>('{ objects { id nameSingular } }');
      const companyObjectId = objects.find((object) => object.nameSingular === 'company')?.id;
      await bff.data(`mutation {
        createField(data: {
          objectMetadataId: "${invoiceObjectId}", name: "company", label: "Company", type: "RELATION"
          relationCreationPayload: { type: "MANY_TO_ONE", targetObjectMetadataId: "${companyObjectId}", targetFieldLabel: "Invoices" }
        }) { name }
      }`);
      const { invoices } = await bff.data<{ invoices: { edges: Array<{ node: { id: string } }> } }>('{ invoices(orderBy: [{ lines: AscNullsLast }]) { edges { node { id } } } }');
      await bff.data(`mutation { updateInvoice(id: "${invoices.edges[0]?.node.id}", data: { companyId: "${ACME}" }) { id } }`);
      bff.resetRequests();
      const data = await bff.data(`{
        invoices(orderBy: [{ lines: AscNullsLast }]) { edges { node { name company { name } } } }
        companies { edges { node { name invoices { edges { node { name } } } } } }
      }`);
      expect(data).toEqual({
        invoices: { edges: [{ node: { name: 'INV-1', company: { name: 'Acme' } } }, { node: { name: 'INV-3', company: null } }, { node: { name: 'INV-2', company: null } }] },
        companies: { edges: [{ node: { name: 'Acme', invoices: { edges: [{ node: { name: 'INV-1' } }] } } }] },
      });
      // Two lists, then one batched request per relation level.
      expect(calls(bff)).toEqual(['GET /rest/invoices 200', 'GET /rest/companies 200', 'GET /rest/companies 200', 'GET /rest/invoices 200']);
    });
  });

  describe('after changes made in Twenty', () => {
    let bff: TestBff;

    beforeAll(async () => {
      // Read again at every operation: what Twenty changed shows at the next one.
      bff = await startTestBff({ demoData: false }, { workspaceSchema: { refreshMs: 0 } });
    });

    afterAll(async () => {
      await bff.close();
    });

    it('picks up an object and a renamed option created over Twenty’s REST API', async () => {
      expect(await typeNames(bff, 'Ticket')).toEqual([]);
      bff.resetRequests();
      const ticket = bff.sandbox.workspace.createObject({ nameSingular: 'ticket', namePlural: 'tickets', labelSingular: 'Ticket', labelPlural: 'Tickets' });
      const priority = bff.sandbox.workspace.createField({
        objectMetadataId: ticket.id,
        name: 'priority',
        label: 'Priority',
        type: 'SELECT',
        options: [
          { value: 'LOW', label: 'Low', color: 'green', position: 0 },
          { value: 'HIGH', label: 'High', color: 'red', position: 1 },
        ],
      });
      bff.resetRequests();
      expect(await enumValuesOf(bff, 'TicketPriorityEnum')).toEqual(['LOW', 'HIGH']);
      await bff.data('mutation { createTicket(data: { name: "Printer on fire", priority: HIGH }) { id } }');
      bff.sandbox.workspace.updateField(priority.id, {
        options: (priority.options ?? []).map((option) => (option.value === 'HIGH' ? { ...option, value: 'URGENT', label: 'Urgent' } : option)),
      });
      expect(await enumValuesOf(bff, 'TicketPriorityEnum')).toEqual(['LOW', 'URGENT']);
      // Each of the three operations read the data model (refreshMs 0), and
      // the write read the metadata once more to check its select value.
      expect(calls(bff).filter((call) => call === DATA_MODEL_READ)).toHaveLength(4);
      expect(calls(bff).filter((call) => call.startsWith('POST'))).toEqual(['POST /rest/tickets 201']);
    });
  });

  describe("on Twenty's metadata webhook", () => {
    const SECRET = 'metadata-webhook-secret';
    let bff: TestBff;

    beforeAll(async () => {
      // The schema would be kept for an hour: only the webhook can make it follow.
      bff = await startTestBff({ demoData: false }, { twentyWebhookSecret: SECRET });
    });

    afterAll(async () => {
      await bff.close();
    });

    it('reads the data model again at the next operation', async () => {
      bff.sandbox.workspace.createObject({ nameSingular: 'contract', namePlural: 'contracts', labelSingular: 'Contract', labelPlural: 'Contracts' });
      expect(await typeNames(bff, 'Contract')).toEqual([]);
      const body = JSON.stringify({ eventName: 'metadata.objectMetadata.created', workspaceId: 'any', event: { recordId: 'x' } });
      const timestamp = String(Date.now());
      const delivered = await fetch(bff.url.replace(/\/graphql$/, '/webhooks/twenty'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-twenty-webhook-timestamp': timestamp,
          'x-twenty-webhook-signature': createHmac('sha256', SECRET).update(`${timestamp}:${body}`).digest('hex'),
        },
        body,
      });
      expect(delivered.status).toBe(200);
      bff.resetRequests();
      expect(await typeNames(bff, 'Contract')).toContain('Contract');
      expect(calls(bff)).toEqual([DATA_MODEL_READ]);
    });
  });

  describe('two workspaces in passthrough mode', () => {
    const KEY_B = signSandboxToken({ sub: 'workspace-b', type: 'API_KEY', workspaceId: '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b', jti: 'key-b' });
    let sandboxA: RunningSandbox;
    let sandboxB: RunningSandbox;
    let proxy: Server;
    let bff: RunningBff;
    const as = <T,>(key: string, query: string) => postOperation<T>(bff.url, query, {}, { Authorization: `Bearer ${key}` });

    beforeAll(async () => {
      sandboxA = await startSandbox({ demoData: false });
      sandboxB = await startSandbox({ demoData: false, apiKey: KEY_B });
      const ticket = sandboxB.workspace.createObject({ nameSingular: 'ticket', namePlural: 'tickets', labelSingular: 'Ticket', labelPlural: 'Tickets' });
      sandboxB.workspace.createField({ objectMetadataId: ticket.id, name: 'severity', label: 'Severity', type: 'NUMBER' });
      const routing = await startRoutingProxy(sandboxA, sandboxB, `Bearer ${KEY_B}`);
      proxy = routing.server;
      bff = await startBff(
        { ...loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0' }), port: 0, host: '127.0.0.1' },
        { upstream: { baseUrl: routing.url, apiKey: undefined }, logger: (await import('pino')).pino({ level: 'silent' }) },
      );
    });

    afterAll(async () => {
      await bff.close();
      proxy.close();
      await sandboxA.close();
      await sandboxB.close();
    });

    it('gives each credential the schema of its own workspace, read once', async () => {
      const typeQuery = '{ __type(name: "Ticket") { fields { name } } }';
      const seenByB = await as<{ __type: { fields: Array<{ name: string }> } | null }>(KEY_B, typeQuery);
      expect(seenByB.data?.__type?.fields.map(({ name }) => name)).toContain('severity');
      const seenByA = await as<{ __type: unknown }>(DEMO_API_KEY, typeQuery);
      expect(seenByA.data).toEqual({ __type: null });
      const refused = await as(DEMO_API_KEY, '{ tickets { totalCount } }');
      expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const listed = await as<{ tickets: { totalCount: number } }>(KEY_B, '{ tickets { totalCount } }');
      expect(listed.data).toEqual({ tickets: { totalCount: 0 } });
      const reads = (sandbox: RunningSandbox) => sandbox.requests.filter(({ path }) => path === '/rest/metadata/objects').length;
      expect([reads(sandboxA), reads(sandboxB)]).toEqual([1, 1]);
    });
  });
});
