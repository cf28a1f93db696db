import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import { DEMO_WORKSPACE_ID } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { personId, sandboxes, smallWorkspace } from './fixtures.js';
import { dataOf, query, type RecordBody, restClient } from './restClient.js';

const start = sandboxes();
const SECRET = 'whsec-test-7f3a9c';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver: records each POST and answers `status`; `hold()` keeps answers back until released. */
async function startReceiver() {
  const received: Received[] = [];
  let status = 200;
  let gate: Promise<void> | undefined;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      void (gate ?? Promise.resolve()).then(() => response.writeHead(status).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/twenty`,
    received,
    answerWith(next: number) {
      status = next;
    },
    hold(): () => void {
      let release = (): void => undefined;
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return () => {
        gate = undefined;
        release();
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function receiver(): Promise<Receiver> {
  const started = await startReceiver();
  receivers.push(started);
  return started;
}

function payloadOf(delivery: Received): Record<string, unknown> & { record: RecordBody } {
  return JSON.parse(delivery.body) as Record<string, unknown> & { record: RecordBody };
}

// The documented formula, computed independently of the sandbox's signer.
function expectSignedByTwenty(delivery: Received, secret: string): void {
  const timestamp = String(delivery.headers['x-twenty-webhook-timestamp']);
  expect(timestamp).toMatch(/^\d{13}$/);
  expect(delivery.headers['x-twenty-webhook-signature']).toBe(createHmac('sha256', secret).update(`${timestamp}:${delivery.body}`).digest('hex'));
  expect(delivery.headers['x-twenty-webhook-nonce']).toMatch(/^[0-9a-f]{32}$/);
  expect(delivery.headers['content-type']).toBe('application/json');
}

describe('sandbox webhooks', () => {
  let hooks: Receiver;
  let sandbox: RunningSandbox;
  let rest: ReturnType<typeof restClient>;

  beforeEach(async () => {
    hooks = await receiver();
    sandbox = await start({ ...smallWorkspace(), webhooks: [{ targetUrl: hooks.url, secret: SECRET }] });
    rest = restClient(sandbox);
  });

  it("POSTs a create as Twenty's payload, signed with the webhook's secret", async () => {
    const created = await rest.post('/rest/people', { name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'London' });
    expect(created.status).toBe(201);
    await sandbox.webhooksIdle();

    expect(hooks.received).toHaveLength(1);
    const [delivery] = hooks.received as [Received];
    expect(delivery.path).toBe('/hooks/twenty');
    expectSignedByTwenty(delivery, SECRET);
    const payload = payloadOf(delivery);
    expect(Object.keys(payload)).toEqual(['targetUrl', 'eventName', 'objectMetadata', 'workspaceId', 'webhookId', 'eventDate', 'record']);
    const person = sandbox.workspace.resolveObjectOrThrow('people');
    expect(payload).toEqual({
      targetUrl: hooks.url,
      eventName: 'person.created',
      objectMetadata: { id: person.id, nameSingular: 'person' },
      workspaceId: DEMO_WORKSPACE_ID,
      webhookId: sandbox.webhookDeliveries[0]?.webhookId,
      eventDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      // The record as the REST answer gave it (depth 0).
      record: dataOf(created, 'createPerson'),
    });
    expect(sandbox.webhookDeliveries).toEqual([
      expect.objectContaining({ targetUrl: hooks.url, eventName: 'person.created', recordId: payload.record.id, status: 200, ok: true }),
    ]);
  });

  it('sends one delivery per write: update, soft delete, restore, destroy, each with its record', async () => {
    const id = personId(2);
    expect((await rest.patch(`/rest/people/${id}`, { jobTitle: 'CTO' })).status).toBe(200);
    expect((await rest.delete(`/rest/people/${id}?soft_delete=true`)).status).toBe(200);
    expect((await rest.patch(`/rest/people/${id}/restore`)).status).toBe(200);
    expect((await rest.delete(`/rest/people/${id}`)).status).toBe(200);
    await sandbox.webhooksIdle();

    const payloads = hooks.received.map(payloadOf);
    expect(payloads.map((payload) => [payload.eventName, payload.record.id, payload['updatedFields']])).toEqual([
      // The demo rows were written by the system actor, so the first API write changes updatedBy too.
      ['person.updated', id, ['jobTitle', 'updatedBy']],
      ['person.deleted', id, ['deletedAt']],
      ['person.restored', id, ['deletedAt']],
      ['person.destroyed', id, undefined],
    ]);
    expect(payloads.map((payload) => [payload.record['jobTitle'], payload.record['deletedAt'] === null])).toEqual([
      ['CTO', true],
      ['CTO', false],
      ['CTO', true],
      ['CTO', true],
    ]);
    for (const delivery of hooks.received) {
      expectSignedByTwenty(delivery, SECRET);
    }
  });

  it('sends one delivery per record of a batch create and of a bulk update, in order', async () => {
    const batch = await rest.post('/rest/batch/people', [
      { name: { firstName: 'A', lastName: 'One' } },
      { name: { firstName: 'B', lastName: 'Two' } },
    ]);
    expect(batch.status).toBe(201);
    const createdIds = dataOf<RecordBody[]>(batch, 'createPeople').map(({ id }) => id);
    const updated = await rest.patch(`/rest/people?${query({ filter: 'city[eq]:"Paris"' })}`, { city: 'Lyon' });
    expect(updated.status).toBe(200);
    await sandbox.webhooksIdle();

    expect(hooks.received.map(payloadOf).map((payload) => [payload.eventName, payload.record.id])).toEqual([
      ['person.created', createdIds[0]],
      ['person.created', createdIds[1]],
      ['person.updated', personId(1)],
      ['person.updated', personId(3)],
    ]);
  });

  it('sends an upsert that matched a record as an update of it', async () => {
    const upserted = await rest.post('/rest/people?upsert=true', { id: personId(4), city: 'Brest' });
    expect(upserted.status).toBe(201);
    await sandbox.webhooksIdle();
    expect(hooks.received.map(payloadOf).map((payload) => [payload.eventName, payload.record.id, payload['updatedFields']])).toEqual([
      ['person.updated', personId(4), ['city', 'updatedBy']],
    ]);
  });

  it('sends nothing for a refused write or for an update that changed nothing', async () => {
    expect((await rest.post('/rest/people', { nickname: 'x' })).status).toBe(400);
    expect((await rest.patch(`/rest/people/${personId(1)}`, { city: 'Lyon' })).status).toBe(200);
    expect((await rest.patch(`/rest/people/${personId(1)}`, { city: 'Lyon' })).status).toBe(200);
    await sandbox.webhooksIdle();
    expect(hooks.received.map(payloadOf).map((payload) => payload.eventName)).toEqual(['person.updated']);
  });

  it('answers the write before the delivery is answered', async () => {
    const release = hooks.hold();
    const created = await rest.post('/rest/companies', { name: 'Initech' });
    expect(created.status).toBe(201);
    // The write is answered while the receiver still holds the delivery.
    expect(sandbox.webhookDeliveries).toEqual([]);
    release();
    await sandbox.webhooksIdle();
    expect(sandbox.webhookDeliveries.map(({ eventName, status }) => [eventName, status])).toEqual([['company.created', 200]]);
  });

  it('records failed deliveries without failing the writes', async () => {
    hooks.answerWith(500);
    expect((await rest.post('/rest/companies', { name: 'Hooli' })).status).toBe(201);
    await sandbox.webhooksIdle();
    expect(sandbox.webhookDeliveries.map(({ eventName, status, ok }) => [eventName, status, ok])).toEqual([['company.created', 500, false]]);

    const unreachable = await start({ ...smallWorkspace(), webhooks: [{ targetUrl: 'http://127.0.0.1:9/nothing-listens', secret: SECRET }] });
    expect((await restClient(unreachable).post('/rest/companies', { name: 'Pied Piper' })).status).toBe(201);
    await unreachable.webhooksIdle();
    expect(unreachable.webhookDeliveries).toEqual([expect.objectContaining({ eventName: 'company.created', status: null, ok: false, error: expect.any(String) })]);
  });
});

describe('sandbox webhooks registered through the API', () => {
  it('delivers to a webhook created at /rest/metadata/webhooks, for its operations only, until it is deleted', async () => {
    const hooks = await receiver();
    const sandbox = await start(smallWorkspace());
    const rest = restClient(sandbox);

    const created = await rest.post('/rest/metadata/webhooks', { targetUrl: hooks.url, operations: ['person.created', 'company.*'], secret: SECRET, description: 'BFF' });
    expect(created.status).toBe(201);
    const webhook = created.body as { id: string; secret: string; operations: string[] };
    expect(webhook).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      targetUrl: hooks.url,
      operations: ['person.created', 'company.*'],
      description: 'BFF',
      secret: SECRET,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      deletedAt: null,
    });
    expect((await rest.get('/rest/metadata/webhooks')).body).toMatchObject({ data: [{ id: webhook.id }], totalCount: 1 });

    await rest.post('/rest/people', { name: { firstName: 'In', lastName: 'Scope' } });
    await rest.patch(`/rest/people/${personId(1)}`, { city: 'Out of scope' });
    await rest.post('/rest/companies', { name: 'In scope too' });
    await sandbox.webhooksIdle();
    expect(hooks.received.map(payloadOf).map((payload) => [payload.eventName, payload['webhookId']])).toEqual([
      ['person.created', webhook.id],
      ['company.created', webhook.id],
    ]);
    for (const delivery of hooks.received) {
      expectSignedByTwenty(delivery, SECRET);
    }

    expect((await rest.delete(`/rest/metadata/webhooks/${webhook.id}`)).body).toBe(true);
    await rest.post('/rest/people', { name: { firstName: 'After', lastName: 'Delete' } });
    await sandbox.webhooksIdle();
    expect(hooks.received).toHaveLength(2);
  });

  it('generates a secret when none is given, and refuses a target that is not an http(s) URL', async () => {
    const sandbox = await start(smallWorkspace());
    const rest = restClient(sandbox);
    const created = await rest.post('/rest/webhooks', { targetUrl: 'https://hooks.example/twenty' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ operations: ['*.*'], secret: expect.stringMatching(/^[0-9a-f]{64}$/), description: null });
    expect(created.headers.get('deprecation')).toBe('@1786320000');
    const refused = await rest.post('/rest/metadata/webhooks', { targetUrl: 'hooks.example/twenty' });
    expect([refused.status, refused.body]).toEqual([400, { statusCode: 400, error: 'BadRequestException', messages: ['Invalid target URL provided'] }]);
  });
});
