import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';

import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { loadConfig } from '../../src/config.js';
import { DEMO_API_KEY, DEMO_WORKSPACE_ID, startSandbox } from '../../src/sandbox/index.js';
import { signSandboxToken } from '../../src/sandbox/sandboxAuth.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { README_PATH } from '../../src/server/exampleOperations.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { restClient } from '../sandbox/restClient.js';
import { postOperation } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startRoutingProxy } from '../utils/startRoutingProxy.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';
import { type ClientSubscription, subscribeOverSse, subscribeOverWebSocket } from '../utils/subscriptionClients.js';

const SECRET = 'live-updates-webhook-secret-7f3a';
const COMPANY_CHANGES = /* GraphQL */ `
  subscription CompanyChanges {
    recordChanged(objects: ["company"]) {
      object
      recordId
      operation
      updatedFields
      source
      record { ... on Company { name employees } }
    }
  }
`;

interface Change {
  recordChanged: {
    object: string;
    recordId: string;
    operation: string;
    updatedFields: string[] | null;
    source: string;
    record?: Record<string, unknown> | null;
  };
}

// A write through twenty-bff is seen as its mutation and as Twenty's webhook,
// in either order (the webhook is sent once Twenty has answered): the first
// sighting is delivered, the second is not.
const FIRST_SIGHTING = expect.stringMatching(/^(MUTATION|WEBHOOK)$/);
const webhookUrlOf = (url: string) => url.replace(/\/graphql$/, '/webhooks/twenty');
const byId = (plural: string, id: string) => `GET /rest/${plural}?depth=0&filter=id[in]:[${id}]&limit=1 200`;

describe('Subscription.recordChanged with a server key', () => {
  let bff: TestBff;
  let rest: ReturnType<typeof restClient>;
  const open: Array<ClientSubscription<unknown>> = [];
  const track = <T,>(subscription: ClientSubscription<T>): ClientSubscription<T> => {
    open.push(subscription as ClientSubscription<unknown>);
    return subscription;
  };

  beforeAll(async () => {
    bff = await startTestBff({ seed: 7 }, { twentyWebhookSecret: SECRET, maxAliases: 12 });
    rest = restClient(bff.sandbox);
    // Twenty's webhook points at twenty-bff, so a write made anywhere is seen,
    // and a write made through twenty-bff twice: as its mutation and as its webhook.
    expect((await rest.post('/rest/metadata/webhooks', { targetUrl: webhookUrlOf(bff.url), operations: ['*.*'], secret: SECRET })).status).toBe(201);
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(async () => {
    for (const subscription of open.splice(0)) {
      await subscription.close();
    }
    await bff.liveUpdates?.whenAtMost(0);
    await bff.sandbox.webhooksIdle();
    bff.resetRequests();
  });

  it('delivers writes through twenty-bff over WebSocket, once each, with the record as it is now and its cost', async () => {
    const live = track(subscribeOverWebSocket<Change>(bff.url, { query: COMPANY_CHANGES }, { 'x-upstream-cost': '1' }));
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);

    const { createCompany } = await bff.data<{ createCompany: { id: string } }>('mutation { createCompany(data: { name: "Live & Co" }) { id } }');
    expect(await first).toEqual({
      data: {
        recordChanged: {
          object: 'company',
          recordId: createCompany.id,
          operation: 'CREATED',
          updatedFields: null,
          source: FIRST_SIGHTING,
          record: { name: 'Live & Co', employees: null },
        },
      },
      extensions: { upstream: { requests: 1, cacheHits: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 1 } },
    });
    // Twenty's webhook for the same write is paired with it: the next change
    // delivered is the next write's.
    await bff.sandbox.webhooksIdle();
    await bff.data(`mutation { updateCompany(id: "${createCompany.id}", data: { employees: 12 }) { id } }`);
    expect((await live.next()).data?.recordChanged).toEqual({
      object: 'company',
      recordId: createCompany.id,
      operation: 'UPDATED',
      updatedFields: ['employees'],
      source: FIRST_SIGHTING,
      record: { name: 'Live & Co', employees: 12 },
    });
    await bff.sandbox.webhooksIdle();
    expect(requestLines(bff.upstream())).toEqual([
      'POST /rest/companies?depth=0 201',
      byId('companies', createCompany.id),
      `PATCH /rest/companies/${createCompany.id}?depth=0 200`,
      byId('companies', createCompany.id),
    ]);
  });

  it('delivers writes made in Twenty itself, through its webhook, over Server-Sent Events', async () => {
    const live = track(subscribeOverSse<Change>(bff.url, { query: COMPANY_CHANGES }));
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);

    const created = await rest.post<{ data: { createCompany: { id: string } } }>('/rest/companies', { name: 'Made In Twenty' });
    const id = created.body.data.createCompany.id;
    expect((await first).data?.recordChanged).toEqual({
      object: 'company',
      recordId: id,
      operation: 'CREATED',
      updatedFields: null,
      source: 'WEBHOOK',
      record: { name: 'Made In Twenty', employees: null },
    });
    await rest.patch(`/rest/companies/${id}`, { name: 'Renamed In Twenty' });
    expect((await live.next()).data?.recordChanged).toMatchObject({ recordId: id, operation: 'UPDATED', updatedFields: ['name'], source: 'WEBHOOK', record: { name: 'Renamed In Twenty' } });
    await rest.delete(`/rest/companies/${id}?soft_delete=true`);
    // A record in the trash is not read: no upstream request for it.
    expect((await live.next()).data?.recordChanged).toEqual({
      object: 'company',
      recordId: id,
      operation: 'DELETED',
      updatedFields: ['deletedAt'],
      source: 'WEBHOOK',
      record: null,
    });
    expect(requestLines(bff.upstream()).filter((line) => line.startsWith('GET'))).toEqual([byId('companies', id), byId('companies', id)]);
  });

  it('refuses over a WebSocket what HTTP would refuse, before anything is subscribed', async () => {
    const refusal = async (query: string) => {
      const live = track(subscribeOverWebSocket(bff.url, { query }));
      return live.next().then(
        () => 'delivered',
        (errors: unknown) => (errors as Array<{ message: string; extensions?: Record<string, unknown> }>).map(({ message, extensions }) => ({ message, code: extensions?.['code'], argumentPath: extensions?.['argumentPath'] })),
      );
    };
    expect(await refusal('{ ping }')).toEqual([{ message: 'Only subscriptions are served here; send a query as an HTTP POST to /graphql.', code: 'GRAPHQL_VALIDATION_FAILED', argumentPath: undefined }]);
    expect(await refusal('subscription { recordChanged(objects: ["company", "starship"]) { recordId } }')).toEqual([
      {
        message: expect.stringMatching(/^"starship" is not an object of this workspace; expected one of: attachment, calendarEvent, .*, workspaceMember\.$/),
        code: 'BAD_USER_INPUT',
        argumentPath: 'objects[1]',
      },
    ]);
    // 12 aliases of `record` with 500 people each: 12 × (1 + 9 pages) per change.
    const aliases = Array.from({ length: 12 }, (_, index) => `r${index}: record { ... on Company { people(first: 500) { edges { node { id } } } } }`).join(' ');
    expect(await refusal(`subscription { recordChanged { ${aliases} } }`)).toEqual([
      {
        message: expect.stringMatching(/^Each change delivered to this subscription could make up to 120 upstream requests to Twenty, more than the 100 allowed/),
        code: 'COST_ESTIMATED_TOO_EXPENSIVE',
        argumentPath: undefined,
      },
    ]);
    expect(await refusal('subscription { recordChanged { record { ... on Company { people(first: -1) { totalCount } } } } }')).toEqual([
      { message: expect.stringContaining('first'), code: 'BAD_USER_INPUT', argumentPath: 'first' },
    ]);
    expect(bff.liveUpdates?.subscriptions).toBe(0);
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a subscription sent as a plain HTTP POST', async () => {
    const result = await bff.execute('subscription { recordChanged { recordId } }');
    expect(result.errors?.map(({ message, extensions }) => [message, extensions?.['code']])).toEqual([
      [
        'Subscriptions are not served over plain HTTP POST or GET: subscribe over WebSocket (graphql-ws) at /graphql, or over Server-Sent Events (graphql-sse) at /graphql/stream.',
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ]);
  });

  it('answers a request to /graphql/stream that is not an event stream with 406', async () => {
    const response = await fetch(`${bff.url}/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: COMPANY_CHANGES }) });
    expect([response.status, await response.json()]).toEqual([
      406,
      { errors: [{ message: '/graphql/stream serves Server-Sent Events: send "Accept: text/event-stream" (graphql-sse\'s client does).', extensions: { code: 'BAD_REQUEST' } }] },
    ]);
  });
});

describe('Subscription.recordChanged filters and limits, without Twenty\'s webhook', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ seed: 7 }, { subscriptions: { maxSubscriptions: 2, maxPerConnection: 1 } });
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  it('keeps only the objects and ids asked for', async () => {
    const { people } = await bff.data<{ people: { edges: Array<{ node: { id: string } }> } }>('{ people(first: 2, orderBy: [{ id: AscNullsLast }]) { edges { node { id } } } }');
    const [followed, other] = people.edges.map(({ node }) => node.id);
    const live = subscribeOverSse<Change>(bff.url, {
      query: 'subscription Followed($ids: [UUID!]) { recordChanged(objects: ["person"], ids: $ids) { recordId operation updatedFields source } }',
      variables: { ids: [followed] },
    });
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);
    // Another person, and a company: not followed.
    await bff.data(`mutation { updatePerson(id: "${other}", data: { jobTitle: "Elsewhere" }) { id } }`);
    await bff.data('mutation { createCompany(data: { name: "Not Followed" }) { id } }');
    await bff.data(`mutation { updatePerson(id: "${followed}", data: { jobTitle: "Followed", city: "Lyon" }) { id } }`);
    expect((await first).data?.recordChanged).toEqual({ recordId: followed, operation: 'UPDATED', updatedFields: ['jobTitle', 'city'], source: 'MUTATION' });
    // Nothing selected under `record`: the change costs no upstream request.
    expect(requestLines(bff.upstream()).filter((line) => line.startsWith('GET'))).toEqual(['GET /rest/people?depth=0&limit=2&order_by=id[AscNullsLast] 200']);
    await live.close();
    await bff.liveUpdates?.whenAtMost(0);
  });


  it('delivers what a bulk write by filter changed, each record once', async () => {
    const { people } = await bff.data<{ people: { edges: Array<{ node: { id: string } }> } }>('{ people(first: 2, orderBy: [{ id: AscNullsLast }]) { edges { node { id } } } }');
    const [one, two] = people.edges.map(({ node }) => node.id);
    const live = subscribeOverWebSocket<Change>(bff.url, {
      query: 'subscription Bulk($ids: [UUID!]) { recordChanged(objects: ["person"], ids: $ids) { recordId operation updatedFields } }',
      variables: { ids: [one, two] },
    });
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);
    const { updatePeople } = await bff.data<{ updatePeople: { ids: string[] } }>(
      `mutation { updatePeople(filter: { id: { in: ["${one}", "${two}"] } }, data: { city: "Nice" }) { ids } }`,
    );
    expect([...updatePeople.ids].sort()).toEqual([one, two].sort());
    const changes = [(await first).data?.recordChanged, (await live.next()).data?.recordChanged];
    expect(changes.map((change) => change?.recordId).sort()).toEqual([one, two].sort());
    expect(changes.map((change) => [change?.operation, change?.updatedFields])).toEqual([
      ['UPDATED', ['city']],
      ['UPDATED', ['city']],
    ]);
    await live.close();
    await bff.liveUpdates?.whenAtMost(0);
  });

  it('estimates, spends and reports per change what is selected under `record`, relations included', async () => {
    const { people } = await bff.data<{ people: { edges: Array<{ node: { id: string; companyId: string } }> } }>(
      '{ people(first: 1, filter: { companyId: { is: NOT_NULL } }, orderBy: [{ id: AscNullsLast }]) { edges { node { id companyId } } } }',
    );
    const person = people.edges[0]?.node;
    const live = subscribeOverWebSocket<{ recordChanged: { record: { jobTitle: string; company: { id: string } } } }>(
      bff.url,
      { query: 'subscription { recordChanged(objects: ["person"]) { record { ... on Person { jobTitle company { id } } ... on Company { name } } } }' },
      { 'x-upstream-cost': '1' },
    );
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);
    bff.resetRequests();
    await bff.data(`mutation { updatePerson(id: "${person?.id}", data: { jobTitle: "Costed" }) { id } }`);
    // The person by id, then its company by id.
    expect(await first).toEqual({
      data: { recordChanged: { record: { jobTitle: 'Costed', company: { id: person?.companyId } } } },
      extensions: { upstream: { requests: 2, cacheHits: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 2 } },
    });
    expect(requestLines(bff.upstream())).toEqual([
      `PATCH /rest/people/${person?.id}?depth=0 200`,
      byId('people', person?.id ?? ''),
      byId('companies', person?.companyId ?? ''),
    ]);
    await live.close();
    await bff.liveUpdates?.whenAtMost(0);
  });

  it("runs the README's subscription as written", async () => {
    const example = readFileSync(README_PATH, 'utf8').match(/```text\n(subscription BoardChanges[\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const { opportunities } = await bff.data<{ opportunities: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ opportunities(first: 1, orderBy: [{ id: AscNullsLast }]) { edges { node { id name } } } }',
    );
    const opportunity = opportunities.edges[0]?.node;
    const live = subscribeOverWebSocket<{ recordChanged: Record<string, unknown> }>(bff.url, { query: example ?? '' });
    const first = live.next();
    await bff.liveUpdates?.whenSubscribed(1);
    await bff.data(`mutation { updateOpportunity(id: "${opportunity?.id}", data: { stage: PROPOSAL }) { id } }`);
    expect((await first).data?.recordChanged).toEqual({
      object: 'opportunity',
      recordId: opportunity?.id,
      operation: 'UPDATED',
      updatedFields: ['stage'],
      source: 'MUTATION',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      record: { name: opportunity?.name, stage: 'PROPOSAL', amount: expect.objectContaining({ currencyCode: expect.any(String) }) },
    });
    await live.close();
    await bff.liveUpdates?.whenAtMost(0);
  });

  it('bounds subscriptions per connection and in total, and frees them when a client goes away', async () => {
    const query = 'subscription { recordChanged { recordId } }';
    const first = subscribeOverWebSocket(bff.url, { query });
    const pending = Promise.allSettled([first.next()]);
    await bff.liveUpdates?.whenSubscribed(1);
    // A second subscription on another connection fits; a third does not.
    const second = subscribeOverSse(bff.url, { query });
    const secondPending = Promise.allSettled([second.next()]);
    await bff.liveUpdates?.whenSubscribed(2);
    // A full server takes no more WebSocket connections, and answers an event stream with the error.
    const upgrade = await upgradeStatus(bff.url);
    expect(upgrade).toBe(503);
    const metrics = await (await fetch(bff.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toContain('\ntwenty_bff_subscriptions 2\n');
    const third = subscribeOverSse(bff.url, { query });
    expect(await third.next()).toEqual({
      errors: [{ message: 'twenty-bff serves as many subscriptions as it may (BFF_MAX_SUBSCRIPTIONS), or is shutting down; try again later.', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }],
    });
    await third.close();

    await second.close();
    await bff.liveUpdates?.whenAtMost(1);
    await first.close();
    await bff.liveUpdates?.whenAtMost(0);
    await Promise.all([pending, secondPending]);
    expect(bff.liveUpdates?.subscriptions).toBe(0);
  });

  it('refuses a second subscription on one WebSocket connection past BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION', async () => {
    const socket = new WebSocket(bff.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const messages: unknown[] = [];
    const received = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (messages.length >= count ? resolve() : socket.once('message', check));
        check();
      });
    socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8'))));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await received(1);
    socket.send(JSON.stringify({ id: 'a', type: 'subscribe', payload: { query: 'subscription { recordChanged { recordId } }' } }));
    await bff.liveUpdates?.whenSubscribed(1);
    socket.send(JSON.stringify({ id: 'b', type: 'subscribe', payload: { query: 'subscription { recordChanged { recordId } }' } }));
    await received(2);
    expect(messages).toEqual([
      { type: 'connection_ack' },
      {
        id: 'b',
        type: 'error',
        payload: [{ message: 'A connection holds at most 1 subscriptions (BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one first.', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }],
      },
    ]);
    socket.close();
    await bff.liveUpdates?.whenAtMost(0);
  });
});

describe('Subscription.recordChanged with client tokens', () => {
  let bff: TestBff;
  const TOKEN = 'client-token-for-live-updates-0123456789';

  beforeAll(async () => {
    bff = await startTestBff({ seed: 7 }, { auth: { allowAnonymous: false, clientTokens: [TOKEN], jwt: undefined }, corsOrigins: ['https://app.example'] });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('authenticates a WebSocket with its connection_init payload, as HTTP does with its header', async () => {
    const anonymous = subscribeOverWebSocket(bff.url, { query: 'subscription { recordChanged { recordId } }' });
    await expect(anonymous.next()).rejects.toMatchObject({
      code: 4403,
      reason: 'This twenty-bff needs a credential: send "Authorization: Bearer <client token or JWT>".',
    });
    await anonymous.close();
    const wrong = subscribeOverWebSocket(bff.url, { query: 'subscription { recordChanged { recordId } }' }, { authorization: 'Bearer not-the-token-at-all-0000000' });
    await expect(wrong.next()).rejects.toMatchObject({ code: 4403, reason: 'The bearer token is not accepted.' });
    await wrong.close();

    const allowed = subscribeOverWebSocket<Change>(bff.url, { query: 'subscription { recordChanged(objects: ["company"]) { operation source } }' }, { authorization: `Bearer ${TOKEN}` });
    const first = allowed.next();
    await bff.liveUpdates?.whenSubscribed(1);
    await bff.execute('mutation { createCompany(data: { name: "Token Holder" }) { id } }', {}, { authorization: `Bearer ${TOKEN}` });
    expect((await first).data?.recordChanged).toEqual({ operation: 'CREATED', source: 'MUTATION' });
    await allowed.close();
  });

  it('answers an event stream without a credential 401, and one with the token', async () => {
    const response = await fetch(`${bff.url}/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { recordChanged { recordId } }' }),
    });
    expect([response.status, response.headers.get('www-authenticate'), await response.json()]).toEqual([
      401,
      'Bearer realm="twenty-bff"',
      { errors: [{ message: 'This twenty-bff needs a credential: send "Authorization: Bearer <client token or JWT>".', extensions: { code: 'UNAUTHENTICATED' } }] },
    ]);
    const allowed = subscribeOverSse<Change>(bff.url, { query: 'subscription { recordChanged(objects: ["company"]) { operation } }' }, { authorization: `Bearer ${TOKEN}` });
    const first = allowed.next();
    await bff.liveUpdates?.whenSubscribed(1);
    await bff.execute('mutation { createCompany(data: { name: "Stream Holder" }) { id } }', {}, { authorization: `Bearer ${TOKEN}` });
    expect((await first).data?.recordChanged).toEqual({ operation: 'CREATED' });
    await allowed.close();
  });

  it('refuses a WebSocket from a browser origin CORS does not allow, and takes one from an allowed origin', async () => {
    expect(await upgradeStatus(bff.url, 'https://evil.example')).toBe(403);
    expect(await upgradeStatus(bff.url, 'https://app.example')).toBe(101);
  });
});

// The HTTP status answering a WebSocket upgrade to the GraphQL path (101 when it opened, then closed).
function upgradeStatus(graphqlUrl: string, origin?: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', origin === undefined ? {} : { origin });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode);
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('error', () => undefined);
  });
}

describe('Subscription.recordChanged across workspaces (callers\' own keys)', () => {
  const WORKSPACE_B = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
  const KEY_A = DEMO_API_KEY;
  const KEY_B = signSandboxToken({ sub: WORKSPACE_B, type: 'API_KEY', workspaceId: WORKSPACE_B, jti: 'key-b' });
  // Well signed and naming workspace A, but not a key of it: Twenty refuses it.
  const FORGED = signSandboxToken({ sub: DEMO_WORKSPACE_ID, type: 'API_KEY', workspaceId: DEMO_WORKSPACE_ID, jti: 'forged' });
  let sandboxA: RunningSandbox;
  let sandboxB: RunningSandbox;
  let proxy: Server;
  let bff: RunningBff;
  const as = (key: string, query: string) => postOperation<{ createCompany: { id: string } }>(bff.url, query, {}, { authorization: `Bearer ${key}` });
  const idle = () => Promise.all([sandboxA.webhooksIdle(), sandboxB.webhooksIdle()]);

  beforeAll(async () => {
    sandboxA = await startSandbox({ seed: 7 });
    sandboxB = await startSandbox({ demoData: false, apiKey: KEY_B, records: { companies: [{ id: '0b0b0b0b-0000-4000-8000-000000000001', name: 'Beta Only Ltd' }] } });
    const routing = await startRoutingProxy(sandboxA, sandboxB, `Bearer ${KEY_B}`);
    proxy = routing.server;
    bff = await startBff(
      { ...loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', TWENTY_WEBHOOK_SECRET: SECRET }), port: 0, host: '127.0.0.1' },
      { upstream: { baseUrl: routing.url, apiKey: undefined }, logger: pino({ level: 'silent' }) },
    );
    // Each workspace's admin points its own webhook at twenty-bff, with the one secret it knows.
    for (const sandbox of [sandboxA, sandboxB]) {
      expect((await restClient(sandbox).post('/rest/metadata/webhooks', { targetUrl: webhookUrlOf(bff.url), operations: ['*.*'], secret: SECRET })).status).toBe(201);
    }
  });

  afterAll(async () => {
    await bff.close();
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await sandboxA.close();
    await sandboxB.close();
  });

  it('brings each workspace its own changes, from writes through twenty-bff and from its webhooks, and nothing of the other', async () => {
    const query = 'subscription { recordChanged(objects: ["company"]) { recordId operation source record { ... on Company { name } } } }';
    const onA = subscribeOverWebSocket<Change>(bff.url, { query }, { authorization: `Bearer ${KEY_A}` });
    const onB = subscribeOverSse<Change>(bff.url, { query }, { authorization: `Bearer ${KEY_B}` });
    const [firstOnA, firstOnB] = [onA.next(), onB.next()];
    await bff.liveUpdates?.whenSubscribed(2);
    // Each subscriber's schema is its workspace's (one data model read), and
    // its key is checked with Twenty before it hears of its workspace's changes.
    const subscribing = ['POST /rest/metadata/webhooks 201', 'GET /rest/metadata/objects?limit=60 200', 'GET /rest/metadata/objects?limit=1 200'];
    expect([requestLines(sandboxA.requests), requestLines(sandboxB.requests)]).toEqual([subscribing, subscribing]);
    sandboxA.requests.length = 0;
    sandboxB.requests.length = 0;

    const writtenOnA = (await as(KEY_A, 'mutation { createCompany(data: { name: "Alpha Write" }) { id } }')).data?.createCompany.id;
    expect((await firstOnA).data?.recordChanged).toEqual({ recordId: writtenOnA, operation: 'CREATED', source: FIRST_SIGHTING, record: { name: 'Alpha Write' } });
    await idle();
    const writtenOnB = (await as(KEY_B, 'mutation { createCompany(data: { name: "Beta Write" }) { id } }')).data?.createCompany.id;
    // B's first change is its own: A's write never reached it.
    expect((await firstOnB).data?.recordChanged).toEqual({ recordId: writtenOnB, operation: 'CREATED', source: FIRST_SIGHTING, record: { name: 'Beta Write' } });
    await idle();

    // Writes made in each Twenty itself come back through that workspace's webhook.
    const madeInA = await restClient(sandboxA).post<{ data: { createCompany: { id: string } } }>('/rest/companies', { name: 'Alpha In Twenty' });
    expect((await onA.next()).data?.recordChanged).toEqual({ recordId: madeInA.body.data.createCompany.id, operation: 'CREATED', source: 'WEBHOOK', record: { name: 'Alpha In Twenty' } });
    const madeInB = await restClient(sandboxB).post<{ data: { createCompany: { id: string } } }>('/rest/companies', { name: 'Beta In Twenty' });
    expect((await onB.next()).data?.recordChanged).toEqual({ recordId: madeInB.body.data.createCompany.id, operation: 'CREATED', source: 'WEBHOOK', record: { name: 'Beta In Twenty' } });
    await idle();
    // Each record was read with the subscriber's own key, from its own workspace.
    const linesOf = (mutated: string | undefined, madeInTwenty: string) => [
      'POST /rest/companies?depth=0 201',
      byId('companies', mutated ?? ''),
      'POST /rest/companies 201',
      byId('companies', madeInTwenty),
    ];
    expect([requestLines(sandboxA.requests), requestLines(sandboxB.requests)]).toEqual([
      linesOf(writtenOnA, madeInA.body.data.createCompany.id),
      linesOf(writtenOnB, madeInB.body.data.createCompany.id),
    ]);
    await onA.close();
    await onB.close();
    await bff.liveUpdates?.whenAtMost(0);
  });

  it("checks a key once, and refuses one Twenty refuses though it names a workspace twenty-bff serves", async () => {
    sandboxA.requests.length = 0;
    const again = subscribeOverWebSocket(bff.url, { query: 'subscription { recordChanged { recordId } }' }, { authorization: `Bearer ${KEY_A}` });
    const pending = again.next();
    await bff.liveUpdates?.whenSubscribed(1);
    expect(sandboxA.requests).toEqual([]);
    await again.close();
    await pending.catch(() => undefined);
    await bff.liveUpdates?.whenAtMost(0);

    const forged = subscribeOverWebSocket(bff.url, { query: 'subscription { recordChanged { recordId } }' }, { authorization: `Bearer ${FORGED}` });
    await expect(forged.next()).rejects.toEqual([
      { message: 'Twenty refused this API key: no record changes can be subscribed to with it.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    await forged.close();
    // Its data model could not be read either (the standard schema served it).
    expect(requestLines(sandboxA.requests)).toEqual(['GET /rest/metadata/objects?limit=60 401', 'GET /rest/metadata/objects?limit=1 401']);
    expect(bff.liveUpdates?.subscriptions).toBe(0);
  });
});

describe('Subscription.recordChanged on shutdown', () => {
  it('completes every subscription and closes the connections at once, so none holds the shutdown', async () => {
    const sandbox = await startSandbox({ seed: 7 });
    const bff = await startBff(
      { ...loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_SHUTDOWN_GRACE_MS: '2000' }), port: 0, host: '127.0.0.1' },
      { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey }, logger: pino({ level: 'silent' }) },
    );
    const query = 'subscription { recordChanged { recordId } }';
    const overWebSocket = subscribeOverWebSocket(bff.url, { query });
    const overSse = subscribeOverSse(bff.url, { query });
    // Settled as they end: both end during close().
    const pending = Promise.allSettled([overWebSocket.next(), overSse.next()]);
    await bff.liveUpdates?.whenSubscribed(2);

    // An event stream is a request in flight: left open, it would be cut after the grace period.
    expect(await bff.close()).toEqual({ cut: 0 });
    expect(await pending).toEqual([
      { status: 'rejected', reason: new Error('The subscription completed.') },
      { status: 'rejected', reason: new Error('The subscription completed.') },
    ]);
    expect(bff.liveUpdates?.subscriptions).toBe(0);
    await overWebSocket.close();
    await overSse.close();
    await sandbox.close();
  });
});

describe('BFF_SUBSCRIPTIONS=false', () => {
  it('serves no WebSocket and no event stream, and publishes nothing', async () => {
    const bff = await startTestBff({ seed: 7 }, { subscriptions: { enabled: false } });
    try {
      expect(bff.liveUpdates).toBeUndefined();
      expect(await upgradeStatus(bff.url)).toBe(404);
      const stream = await fetch(`${bff.url}/stream`, { headers: { accept: 'text/event-stream' } });
      expect(stream.status).toBe(404);
      // Mutations run as before.
      expect((await bff.execute('mutation { createCompany(data: { name: "Quiet" }) { name } }')).data).toEqual({ createCompany: { name: 'Quiet' } });
    } finally {
      await bff.close();
    }
  });
});
