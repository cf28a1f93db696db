import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { UpstreamTarget } from '../../src/context.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { startBff } from '../../src/startBff.js';
import { startTestBff } from '../utils/startTestBff.js';

const readyUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/ready');

async function getReady(graphqlUrl: string): Promise<[number, string]> {
  const response = await fetch(readyUrl(graphqlUrl));
  return [response.status, await response.text()];
}

/** twenty-bff over `upstream`, anonymous callers allowed, silent. */
async function startOver(upstream: UpstreamTarget, env: Record<string, string> = {}) {
  const config = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', TWENTY_TIMEOUT_MS: '2000', BFF_WORKSPACE_SCHEMA: 'false', ...env });
  return startBff({ ...config, port: 0, host: '127.0.0.1' }, { upstream, logger: pino({ level: 'silent' }) });
}

describe('GET /ready', () => {
  it('answers ready when Twenty accepts the key, and probes once within BFF_READY_CACHE_MS', async () => {
    const bff = await startTestBff();
    try {
      expect(await getReady(bff.url)).toEqual([200, JSON.stringify({ status: 'ready' })]);
      expect(await getReady(bff.url)).toEqual([200, JSON.stringify({ status: 'ready' })]);
      expect(bff.upstream().map(({ method, path, query, status }) => ({ method, path, query, status }))).toEqual([
        { method: 'GET', path: '/rest/metadata/objects', query: { limit: '1' }, status: 200 },
      ]);
      const metrics = await (await fetch(bff.url.replace(/\/graphql$/, '/metrics'))).text();
      // The data model read by the first operation, and the one probe.
      expect(metrics).toContain('twenty_bff_upstream_requests_total{object="metadata",method="GET",status="200"} 2\n');
    } finally {
      await bff.close();
    }
  });

  it('probes again every time with BFF_READY_CACHE_MS=0', async () => {
    const bff = await startTestBff({}, { readyCacheMs: 0 });
    try {
      await getReady(bff.url);
      await getReady(bff.url);
      expect(bff.upstream().map(({ path }) => path)).toEqual(['/rest/metadata/objects', '/rest/metadata/objects']);
    } finally {
      await bff.close();
    }
  });

  it('answers 503 "credential refused" when Twenty refuses the key, without the key', async () => {
    const sandbox = await startSandbox();
    const bff = await startOver({ baseUrl: sandbox.url, apiKey: 'wrong-key-0123456789' });
    try {
      const [status, body] = await getReady(bff.url);
      expect([status, JSON.parse(body)]).toEqual([503, { status: 'not ready', reason: 'credential refused' }]);
      expect(body).not.toContain('wrong-key');
      expect(sandbox.requests.map(({ path, status: answered }) => [path, answered])).toEqual([['/rest/metadata/objects', 401]]);
    } finally {
      await bff.close();
      await sandbox.close();
    }
  });

  it('answers 503 "twenty unreachable" once Twenty is gone, while /health stays ok', async () => {
    const sandbox = await startSandbox();
    const bff = await startOver({ baseUrl: sandbox.url, apiKey: sandbox.apiKey }, { BFF_READY_CACHE_MS: '0' });
    try {
      expect((await getReady(bff.url))[0]).toBe(200);
      await sandbox.close();
      expect(await getReady(bff.url)).toEqual([503, JSON.stringify({ status: 'not ready', reason: 'twenty unreachable' })]);
      expect((await fetch(bff.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
    } finally {
      await bff.close();
    }
  });

  it('answers 503 "upstream not Twenty" when something else answers there', async () => {
    const impostor = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    const bff = await startOver({ baseUrl: `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`, apiKey: 'some-key-0123456789' });
    try {
      expect(await getReady(bff.url)).toEqual([503, JSON.stringify({ status: 'not ready', reason: 'upstream not Twenty' })]);
    } finally {
      await bff.close();
      await new Promise((resolve) => impostor.close(resolve));
    }
  });

  it('in passthrough mode checks only that Twenty answers, the credential being per caller', async () => {
    const bff = await startTestBff({}, {}, { passThroughAuthorization: true });
    try {
      expect(await getReady(bff.url)).toEqual([200, JSON.stringify({ status: 'ready', credential: 'per caller' })]);
      expect(bff.upstream().map(({ path, status }) => [path, status])).toEqual([['/rest/metadata/objects', 403]]);
    } finally {
      await bff.close();
    }
  });

  it('in passthrough mode answers 503 when Twenty is gone', async () => {
    const sandbox = await startSandbox();
    const bff = await startOver({ baseUrl: sandbox.url, apiKey: undefined });
    await sandbox.close();
    try {
      expect(await getReady(bff.url)).toEqual([503, JSON.stringify({ status: 'not ready', reason: 'twenty unreachable' })]);
    } finally {
      await bff.close();
    }
  });
});
