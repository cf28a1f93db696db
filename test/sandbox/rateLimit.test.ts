import { describe, expect, it } from 'vitest';

import { DEMO_API_KEY_ID } from '../../src/sandbox/sandboxAuth.js';
import { sandboxes, smallWorkspace } from './fixtures.js';
import { restClient } from './restClient.js';

const start = sandboxes();

describe('startSandbox', () => {
  describe('rate limit', () => {
    it('answers 429 with the G3 body and headers once a bucket is empty', async () => {
      const sandbox = await start({
        ...smallWorkspace(),
        rateLimit: { shortLimit: 100, shortTtlMs: 1_000, longLimit: 2, longTtlMs: 60_000 },
      });
      const rest = restClient(sandbox);
      expect((await rest.get('/rest/people?limit=1')).status).toBe(200);
      expect((await rest.get('/rest/metadata/objects?limit=1')).status).toBe(200);
      const refusedAt = Date.now();
      const refused = await rest.get('/rest/people?limit=1');
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'RATE_LIMITED',
        messages: ['Rate limit exceeded for apiKey: 2 requests per 60s.'],
        limitKind: 'speed',
        scope: { spenderType: 'apiKey', spenderId: DEMO_API_KEY_ID },
        limit: 2,
        remaining: 0,
        periodCount: 60,
        periodUnit: 'second',
        retryAfterSeconds: 30,
      });
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(refused.headers.get('x-ratelimit-limit')).toBe('2');
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      const reset = Number(refused.headers.get('x-ratelimit-reset'));
      expect(reset).toBeGreaterThanOrEqual(Math.floor(refusedAt / 1000) + 29);
      expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 30);
      expect(sandbox.requests.map(({ status }) => status)).toEqual([200, 200, 429]);
    });

    it('reports the short bucket when it runs out first', async () => {
      const sandbox = await start({
        ...smallWorkspace(),
        rateLimit: { shortLimit: 1, shortTtlMs: 10_000, longLimit: 100, longTtlMs: 60_000 },
      });
      const rest = restClient(sandbox);
      await rest.get('/rest/people?limit=1');
      const refused = await rest.get('/rest/people?limit=1');
      expect(refused.body).toMatchObject({
        messages: ['Rate limit exceeded for apiKey: 1 requests per 10s.'],
        limit: 1,
        periodCount: 10,
        retryAfterSeconds: 10,
      });
    });

    it('takes no token for unauthenticated requests', async () => {
      const sandbox = await start({
        ...smallWorkspace(),
        rateLimit: { shortLimit: 1, shortTtlMs: 60_000, longLimit: 1, longTtlMs: 60_000 },
      });
      const rest = restClient(sandbox);
      expect((await rest.get('/rest/people', { apiKey: null })).status).toBe(403);
      expect((await rest.get('/rest/people', { apiKey: 'wrong' })).status).toBe(401);
      expect((await rest.get('/rest/people')).status).toBe(200);
      expect((await rest.get('/rest/people')).status).toBe(429);
    });

    it('is off unless options.rateLimit is given', async () => {
      const sandbox = await start(smallWorkspace());
      const rest = restClient(sandbox);
      const statuses = [];
      for (let index = 0; index < 120; index += 1) {
        statuses.push((await rest.get('/rest/people?limit=0')).status);
      }
      expect(new Set(statuses)).toEqual(new Set([200]));
    });
  });
});
