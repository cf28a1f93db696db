import type { AddressInfo } from 'node:net';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { RequestInfo } from '../../src/context.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { type BffServer, createServer } from '../../src/server.js';
import { createHttpServer } from '../../src/server/createHttpServer.js';

// The HTTP layer's half of cancellation: each request's context carries a
// signal that aborts when the client goes away, and a caller.
describe('request cancellation signal and caller', () => {
  let sandbox: RunningSandbox;
  let bff: BffServer;
  let url: string;
  let close: () => Promise<void>;
  const seen: RequestInfo[] = [];

  beforeAll(async () => {
    // Slow enough that the client can give up while the upstream call is pending.
    sandbox = await startSandbox({ demoData: false, latencyMs: 3_000 });
    // The standard schema serves every request (no data model read), so its contexts are the ones seen.
    bff = createServer(loadConfig({ BFF_WORKSPACE_SCHEMA: 'false' }), { baseUrl: sandbox.url, apiKey: sandbox.apiKey });
    const createContext = bff.standard.createContext;
    bff.standard.createContext = (headers, request) => {
      seen.push(request);
      return createContext(headers, request);
    };
    await bff.start();
    const http = createHttpServer(bff, { corsOrigins: [], maxBodyBytes: 100_000, maxOperationChars: 10_000, authenticate: async () => {}, logger: pino({ level: 'silent' }) });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    close = async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await bff.stop();
      await sandbox.close();
    };
  });

  afterAll(async () => {
    await close();
  });

  const post = (query: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }), signal });

  it('aborts the signal when the client goes away before its answer', async () => {
    seen.length = 0;
    sandbox.requests.length = 0;
    const client = new AbortController();
    const answer = post('{ people(first: 1) { totalCount } }', {}, client.signal).catch((error: unknown) => error);
    while (sandbox.requests.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const [request] = seen;
    expect(request?.signal.aborted).toBe(false);
    const aborted = new Promise((resolve) => request?.signal.addEventListener('abort', resolve));
    client.abort();
    expect(await answer).toMatchObject({ name: 'AbortError' });
    await aborted;
    expect(request?.signal.aborted).toBe(true);
  });

  it('leaves the signal alone once the answer is complete, and names the caller', async () => {
    seen.length = 0;
    const anonymous = await post('{ ping }');
    expect(await anonymous.json()).toEqual({ data: { ping: true } });
    const named = await post('{ ping }', { 'apollographql-client-name': 'web-app' });
    expect(await named.json()).toEqual({ data: { ping: true } });
    expect(seen.map((request) => [request.signal.aborted, request.caller])).toEqual([
      [false, '127.0.0.1'],
      [false, 'web-app'],
    ]);
  });
});
