import { request as httpRequest } from 'node:http';

import { beforeEach, describe, expect, it } from 'vitest';

import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { personId, sandboxes, smallWorkspace } from './fixtures.js';
import { dataOf, idsOf, query, restClient } from './restClient.js';

const start = sandboxes();

describe('startSandbox', () => {
  describe('faults', () => {
    let sandbox: RunningSandbox;
    let rest: ReturnType<typeof restClient>;

    beforeEach(async () => {
      sandbox = await start(smallWorkspace());
      rest = restClient(sandbox);
    });

    it('answers 500 with a Twenty-shaped body by default, then recovers', async () => {
      sandbox.faults.inject({ times: 1 });
      const failed = await rest.get('/rest/people');
      const recovered = await rest.get('/rest/people');
      expect([failed.status, failed.body]).toEqual([
        500,
        { statusCode: 500, error: 'InternalServerErrorException', messages: ['Injected sandbox fault: HTTP 500'] },
      ]);
      expect(recovered.status).toBe(200);
      expect(sandbox.requests.map((entry) => entry.status)).toEqual([500, 200]);
    });

    it('answers a chosen status', async () => {
      sandbox.faults.inject({ kind: 'status', status: 503, times: 1 });
      const answer = await rest.get('/rest/people');
      expect([answer.status, answer.body]).toEqual([
        503,
        { statusCode: 503, error: 'ServiceUnavailableException', messages: ['Injected sandbox fault: HTTP 503'] },
      ]);
    });

    it('answers the messages and error a fault names', async () => {
      sandbox.faults.inject({ kind: 'status', status: 401, messages: ['Token abc invalid', 'second'], error: 'UNAUTHENTICATED', times: 1 });
      const answer = await rest.get('/rest/people');
      expect([answer.status, answer.body]).toEqual([401, { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token abc invalid', 'second'] }]);
    });

    it('answers an injected 429 with Retry-After and the G3 rate-limit body', async () => {
      sandbox.faults.inject({ kind: 'status', status: 429, retryAfterSeconds: 7 });
      const answer = await rest.get('/rest/people');
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('7');
      expect(answer.body).toMatchObject({ statusCode: 429, error: 'RATE_LIMITED', limitKind: 'speed', retryAfterSeconds: 7 });
    });

    it('does not apply a write refused before it ran', async () => {
      sandbox.faults.inject({ kind: 'status', status: 500, match: { method: 'POST' } });
      const answer = await rest.post('/rest/people', { city: 'Lost' });
      expect(answer.status).toBe(500);
      const stored = await rest.get(`/rest/people?${query({ filter: 'city[eq]:"Lost"' })}`);
      expect(idsOf(stored, 'people')).toEqual([]);
    });

    it('applies a write whose answer is replaced after it ran (when: after)', async () => {
      sandbox.faults.inject({ kind: 'status', status: 500, when: 'after', times: 1, match: { method: 'POST' } });
      const answer = await rest.post('/rest/people', { id: personId(9), city: 'Stored anyway' });
      expect(answer.status).toBe(500);
      const stored = await rest.get(`/rest/people/${personId(9)}`);
      expect(dataOf(stored, 'person')).toMatchObject({ id: personId(9), city: 'Stored anyway' });
      expect(sandbox.requests.map(({ method, status }) => [method, status])).toEqual([
        ['POST', 500],
        ['GET', 200],
      ]);
    });

    it('never answers a timeout and logs status 0', async () => {
      sandbox.faults.inject({ kind: 'timeout', times: 1 });
      await expect(fetch(`${sandbox.url}/rest/people`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
      expect(sandbox.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/rest/people', status: 0 })]);
      expect((await rest.get('/rest/people')).status).toBe(200);
    });

    it('applies a write before holding its answer forever (timeout after)', async () => {
      sandbox.faults.inject({ kind: 'timeout', when: 'after', times: 1 });
      const pending = fetch(`${sandbox.url}/rest/people`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${sandbox.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: personId(8), city: 'Held' }),
        signal: AbortSignal.timeout(300),
      });
      await expect(pending).rejects.toThrow();
      expect((await rest.get(`/rest/people/${personId(8)}`)).status).toBe(200);
    });

    it('resets the connection and logs status 0', async () => {
      sandbox.faults.inject({ kind: 'reset', times: 1 });
      await expect(fetch(`${sandbox.url}/rest/people`, { headers: { Authorization: `Bearer ${sandbox.apiKey}` } })).rejects.toThrow(
        'fetch failed',
      );
      expect(sandbox.requests.map(({ status }) => status)).toEqual([0]);
    });

    it('answers 200 with truncated JSON for malformedJson', async () => {
      sandbox.faults.inject({ kind: 'malformedJson', times: 1 });
      const answer = await rest.get('/rest/people?limit=1');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(() => JSON.parse(answer.text) as unknown).toThrow();
      expect(answer.text.startsWith('{"data":{"people":[')).toBe(true);
    });

    it('hits only the requests its match names, as many times as asked', async () => {
      sandbox.faults.inject({ kind: 'status', status: 502, times: 2, match: { method: 'get', pathPrefix: '/rest/metadata' } });
      const statuses = [
        (await rest.get('/rest/people?limit=1')).status,
        (await rest.post('/rest/metadata/objects', {})).status === 502,
        (await rest.get('/rest/metadata/objects?limit=1')).status,
        (await rest.get('/rest/metadata/fields?limit=1')).status,
        (await rest.get('/rest/metadata/fields?limit=1')).status,
      ];
      expect(statuses).toEqual([200, false, 502, 502, 200]);
    });

    it('hits only the requests whose decoded query string contains its queryContains', async () => {
      sandbox.faults.inject({ kind: 'status', status: 500, match: { pathPrefix: '/rest/people', queryContains: 'companyId[in]:' } });
      const statuses = [
        (await rest.get(`/rest/people?${query({ filter: 'companyId[in]:[00000000-0000-4000-8000-000000000001]' })}`)).status,
        (await rest.get(`/rest/people?${query({ filter: 'companyId[eq]:00000000-0000-4000-8000-000000000001' })}`)).status,
        (await rest.get('/rest/people?limit=1')).status,
        (await rest.get(`/rest/companies?${query({ filter: 'companyId[in]:[]' })}`)).status,
      ];
      expect(statuses).toEqual([500, 200, 200, 400]);
    });

    it('fires with probability 0 never and with probability 1 always', async () => {
      sandbox.faults.inject({ status: 500, probability: 0 });
      expect((await rest.get('/rest/people')).status).toBe(200);
      sandbox.faults.inject({ status: 418, probability: 1 });
      expect((await rest.get('/rest/people')).status).toBe(418);
      expect((await rest.get('/rest/people')).status).toBe(418);
    });

    it('stops every fault on clear()', async () => {
      sandbox.faults.inject({ status: 500 });
      expect((await rest.get('/rest/people')).status).toBe(500);
      sandbox.faults.clear();
      expect((await rest.get('/rest/people')).status).toBe(200);
    });

    it('starts with options.faults active', async () => {
      const faulty = await start({ ...smallWorkspace(), faults: [{ status: 503, times: 1 }] });
      const faultyRest = restClient(faulty);
      expect((await faultyRest.get('/rest/people')).status).toBe(503);
      expect((await faultyRest.get('/rest/people')).status).toBe(200);
    });

    it('refuses a fault it cannot honour', () => {
      expect(() => sandbox.faults.inject({ probability: 2 })).toThrow('Fault probability must be from 0 to 1, got 2');
      expect(() => sandbox.faults.inject({ messages: 'x' as unknown as string[] })).toThrow('Fault messages must be an array of strings');
    });
  });

  describe('close', () => {
    it('ends a held socket and resolves', async () => {
      const sandbox = await startSandbox(smallWorkspace());
      sandbox.faults.inject({ kind: 'timeout' });
      const target = new URL(sandbox.url);
      const ended = new Promise<string>((resolve) => {
        const outgoing = httpRequest({ host: target.hostname, port: target.port, path: '/rest/people', method: 'GET' }, () => resolve('answered'));
        outgoing.on('error', (error) => resolve(error.message));
        outgoing.end();
      });
      await waitFor(() => sandbox.requests.length === 1);
      await sandbox.close();
      expect(await ended).toBe('socket hang up');
      await expect(fetch(`${sandbox.url}/rest/people`)).rejects.toThrow();
    });
  });

  describe('latency', () => {
    it('delays every answer by at least latencyMs', async () => {
      const sandbox = await start({ ...smallWorkspace(), latencyMs: 60, jitterMs: 20 });
      await restClient(sandbox).get('/rest/people?limit=1');
      expect(sandbox.requests[0]?.durationMs).toBeGreaterThanOrEqual(55);
    });
  });

  describe('request log', () => {
    it('records method, path, decoded query, status, time, duration, JSON body and lower-cased headers', async () => {
      const sandbox = await start(smallWorkspace());
      const rest = restClient(sandbox);
      const before = Date.now();
      await rest.get(`/rest/people?${query({ filter: 'city[eq]:"Paris"', limit: 2 })}&fields=id&fields=city`, {
        headers: { 'X-Workspace-Hint': 'Sales' },
      });
      await rest.post('/rest/people?depth=0', { city: 'Logged', name: { firstName: 'Log', lastName: 'Book' } });
      await rest.delete(`/rest/people/${personId(4)}`);
      const [list, create, destroy] = sandbox.requests;
      expect(sandbox.requests).toHaveLength(3);
      expect(list).toEqual({
        method: 'GET',
        path: '/rest/people',
        query: { filter: 'city[eq]:"Paris"', limit: '2', fields: ['id', 'city'] },
        status: 200,
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        durationMs: expect.any(Number),
        headers: expect.objectContaining({
          authorization: `Bearer ${sandbox.apiKey}`,
          'x-workspace-hint': 'Sales',
          host: new URL(sandbox.url).host,
        }),
      });
      expect(Date.parse(list?.time ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(create).toMatchObject({
        method: 'POST',
        path: '/rest/people',
        query: { depth: '0' },
        status: 201,
        body: { city: 'Logged', name: { firstName: 'Log', lastName: 'Book' } },
      });
      expect(create?.headers['content-type']).toBe('application/json');
      expect(destroy).toMatchObject({ method: 'DELETE', path: `/rest/people/${personId(4)}`, query: {}, status: 200 });
      expect(destroy).not.toHaveProperty('body');
    });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
