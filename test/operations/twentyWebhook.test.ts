import { createHmac } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { DEMO_WORKSPACE_ID } from '../../src/sandbox/index.js';
import type { TwentyWebhookEvent } from '../../src/server/twentyWebhook.js';
import { restClient } from '../sandbox/restClient.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const SECRET = 'bff-webhook-secret-51c0';

function webhookUrlOf(bff: TestBff): string {
  return bff.url.replace(/\/graphql$/, '/webhooks/twenty');
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as unknown };
}

function signed(body: string, secret: string, timestamp = Date.now()): Record<string, string> {
  return {
    'X-Twenty-Webhook-Timestamp': String(timestamp),
    'X-Twenty-Webhook-Signature': createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('hex'),
  };
}

describe('POST /webhooks/twenty', () => {
  const events: TwentyWebhookEvent[] = [];
  let bff: TestBff;
  let rest: ReturnType<typeof restClient>;

  beforeAll(async () => {
    bff = await startTestBff(
      { seed: 7 },
      { twentyWebhookSecret: SECRET },
      {
        onWebhookEvent: async (event) => {
          events.push(event);
        },
      },
    );
    rest = restClient(bff.sandbox);
    // Registered the way a Twenty admin would: through the workspace's webhook API.
    const registered = await rest.post('/rest/metadata/webhooks', { targetUrl: webhookUrlOf(bff), operations: ['*.*'], secret: SECRET });
    expect(registered.status).toBe(201);
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(async () => {
    await bff.sandbox.webhooksIdle();
    events.length = 0;
  });

  it("brings a write made in Twenty to onWebhookEvent, verified and normalised", async () => {
    const created = await rest.post('/rest/companies', { name: 'Webhook & Co' });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { createCompany: { id: string } } }).data.createCompany.id;
    await rest.patch(`/rest/companies/${id}`, { employees: 12 });
    await rest.delete(`/rest/companies/${id}?soft_delete=true`);
    await bff.sandbox.webhooksIdle();

    const updatedAt = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);
    expect(events).toEqual([
      { eventName: 'company.created', operation: 'created', objectNameSingular: 'company', recordId: id, workspaceId: DEMO_WORKSPACE_ID, recordUpdatedAt: updatedAt },
      {
        eventName: 'company.updated',
        operation: 'updated',
        objectNameSingular: 'company',
        recordId: id,
        workspaceId: DEMO_WORKSPACE_ID,
        updatedFields: ['employees'],
        recordUpdatedAt: updatedAt,
      },
      {
        eventName: 'company.deleted',
        operation: 'deleted',
        objectNameSingular: 'company',
        recordId: id,
        workspaceId: DEMO_WORKSPACE_ID,
        updatedFields: ['deletedAt'],
        recordUpdatedAt: updatedAt,
      },
    ]);
    // twenty-bff answered each delivery only after onWebhookEvent resolved.
    expect(bff.sandbox.webhookDeliveries.slice(-3).map(({ status }) => status)).toEqual([200, 200, 200]);
  });

  it('brings a write made through twenty-bff itself back as an event', async () => {
    const data = await bff.data<{ createPerson: { id: string } }>(`mutation { createPerson(data: { name: { firstName: "Round", lastName: "Trip" } }) { id } }`);
    await bff.sandbox.webhooksIdle();
    expect(events).toEqual([
      {
        eventName: 'person.created',
        operation: 'created',
        objectNameSingular: 'person',
        recordId: data.createPerson.id,
        workspaceId: DEMO_WORKSPACE_ID,
        recordUpdatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('answers 401 to a forged or replayed delivery and does not call onWebhookEvent', async () => {
    const body = JSON.stringify({ eventName: 'company.destroyed', workspaceId: DEMO_WORKSPACE_ID, record: { id: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' } });
    const forged = await post(webhookUrlOf(bff), body, signed(body, 'guessed-secret'));
    expect(forged).toEqual({ status: 401, body: { error: 'The X-Twenty-Webhook-Signature does not match the body.' } });
    const replayed = await post(webhookUrlOf(bff), body, signed(body, SECRET, Date.now() - 10 * 60 * 1000));
    expect(replayed).toEqual({ status: 401, body: { error: 'The X-Twenty-Webhook-Timestamp is more than 300000 ms away from now.' } });
    const unsigned = await post(webhookUrlOf(bff), body, {});
    expect(unsigned).toEqual({ status: 401, body: { error: 'The X-Twenty-Webhook-Timestamp header is missing.' } });
    expect(events).toEqual([]);
  });

  it('answers 400 to a signed body that is not a Twenty event, 405 to a GET, and 200 to a genuine one', async () => {
    const notAnEvent = JSON.stringify({ hello: 'world' });
    expect(await post(webhookUrlOf(bff), notAnEvent, signed(notAnEvent, SECRET))).toEqual({
      status: 400,
      body: { error: 'The body is not a Twenty webhook event: it has no eventName.' },
    });
    const get = await fetch(webhookUrlOf(bff));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect(events).toEqual([]);

    const genuine = JSON.stringify({ eventName: 'note.restored', workspaceId: DEMO_WORKSPACE_ID, record: { id: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' } });
    expect(await post(webhookUrlOf(bff), genuine, signed(genuine, SECRET))).toEqual({ status: 200, body: { received: 'note.restored' } });
    expect(events.map(({ eventName }) => eventName)).toEqual(['note.restored']);
  });
});

describe('POST /webhooks/twenty without TWENTY_WEBHOOK_SECRET', () => {
  it('answers 404 and calls nothing', async () => {
    const events: TwentyWebhookEvent[] = [];
    const bff = await startTestBff({ seed: 7 }, {}, { onWebhookEvent: async (event) => void events.push(event) });
    try {
      const body = JSON.stringify({ eventName: 'company.created', record: { id: 'x' } });
      expect(await post(webhookUrlOf(bff), body, signed(body, ''))).toEqual({
        status: 404,
        body: { error: 'Not found. No Twenty webhook secret is configured (TWENTY_WEBHOOK_SECRET).' },
      });
      expect(events).toEqual([]);
    } finally {
      await bff.close();
    }
  });
});
