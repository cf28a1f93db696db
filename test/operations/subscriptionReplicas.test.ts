import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { restClient } from '../sandbox/restClient.js';
import { postOperation } from '../utils/postOperation.js';
import { subscribeOverSse, subscribeOverWebSocket } from '../utils/subscriptionClients.js';

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const SECRET = 'replica-webhook-secret-5d1e';
const QUERY = 'subscription { recordChanged(objects: ["company"]) { recordId operation source record { ... on Company { name } } } }';
// A write through twenty-bff is seen as its mutation and as Twenty's webhook, in either order.
const FIRST_SIGHTING = expect.stringMatching(/^(MUTATION|WEBHOOK)$/);

interface Change {
  recordChanged: { recordId: string; operation: string; source: string; record: { name: string } | null };
}

describe('live updates across two replicas sharing Redis', () => {
  let sandbox: RunningSandbox;
  let a: RunningBff;
  let b: RunningBff;
  let prefix: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 7 });
    prefix = `twenty-bff-test:live:${randomBytes(6).toString('hex')}:`;
    const config = {
      ...loadConfig({
        REDIS_URL: SHARED_REDIS,
        BFF_REDIS_PREFIX: prefix,
        BFF_ALLOW_ANONYMOUS: 'true',
        BFF_WORKSPACE_SCHEMA: 'false',
        BFF_CACHE_TTL_MS: '0',
        TWENTY_RATE_LIMIT: '0',
        TWENTY_WEBHOOK_SECRET: SECRET,
      }),
      port: 0,
      host: '127.0.0.1',
    };
    const upstream = { baseUrl: sandbox.url, apiKey: sandbox.apiKey };
    a = await startBff(config, { upstream, logger: pino({ level: 'silent' }) });
    b = await startBff(config, { upstream, logger: pino({ level: 'silent' }) });
    // Twenty's webhook reaches one replica only, as a load balancer would send it.
    const webhook = await restClient(sandbox).post('/rest/metadata/webhooks', { targetUrl: a.url.replace(/\/graphql$/, '/webhooks/twenty'), operations: ['*.*'], secret: SECRET });
    expect(webhook.status).toBe(201);
  });

  afterAll(async () => {
    await a.close();
    await b.close();
    await sandbox.close();
    // What the run left in the shared Redis (never FLUSHALL: others use it).
    const client = new Redis(SHARED_REDIS);
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) {
      await client.del(...keys);
    }
    await client.quit();
  });

  it('brings a subscriber of one replica the writes made through the other and the webhooks the other received, once each', async () => {
    expect([a.liveUpdates?.shared, b.liveUpdates?.shared]).toEqual([true, true]);
    const onB = subscribeOverWebSocket<Change>(b.url, { query: QUERY });
    const onA = subscribeOverSse<Change>(a.url, { query: QUERY });
    const [firstOnB, firstOnA] = [onB.next(), onA.next()];
    await Promise.all([b.liveUpdates?.whenSubscribed(1), a.liveUpdates?.whenSubscribed(1)]);

    const written = await postOperation<{ createCompany: { id: string } }>(a.url, 'mutation { createCompany(data: { name: "Written On A" }) { id } }');
    const id = written.data?.createCompany.id;
    const expected = { recordId: id, operation: 'CREATED', source: FIRST_SIGHTING, record: { name: 'Written On A' } };
    expect([(await firstOnB).data?.recordChanged, (await firstOnA).data?.recordChanged]).toEqual([expected, expected]);
    await sandbox.webhooksIdle();

    // Made in Twenty itself: its webhook reaches A, and through Redis, B. The
    // webhook of the write above was paired on both: it is not delivered.
    const made = await restClient(sandbox).post<{ data: { createCompany: { id: string } } }>('/rest/companies', { name: 'Made In Twenty' });
    const madeChange = { recordId: made.body.data.createCompany.id, operation: 'CREATED', source: 'WEBHOOK', record: { name: 'Made In Twenty' } };
    expect([(await onB.next()).data?.recordChanged, (await onA.next()).data?.recordChanged]).toEqual([madeChange, madeChange]);

    await onB.close();
    await onA.close();
    await Promise.all([a.liveUpdates?.whenAtMost(0), b.liveUpdates?.whenAtMost(0)]);
  });
});
