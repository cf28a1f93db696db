import { Writable } from 'node:stream';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

/** A pino logger writing JSON lines to memory, and those lines parsed. */
function captureLog() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return {
    logger: pino({ level: 'info', base: undefined }, stream),
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    clear: () => {
      text = '';
    },
  };
}

// The fields that do not depend on timing.
function stable(line: Record<string, unknown>) {
  const { time: _time, level: _level, durationMs, requestId, ...rest } = line;
  expect(typeof durationMs).toBe('number');
  expect(typeof requestId).toBe('string');
  return rest;
}

const QUIET = { cacheHits: 0, cacheMisses: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, clientGone: false };

describe('the operation log lines', () => {
  const log = captureLog();
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({}, {}, { logger: log.logger });
  });

  afterAll(async () => {
    await bff.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('logs one JSON line per operation with its request id, client name, outcome and cost, and no filter value or key', async () => {
    log.clear();
    const response = await post(
      { query: 'query InCity($city: String!) { people(first: 2, filter: { city: { eq: $city } }) { totalCount } }', variables: { city: 'Secretville' } },
      { 'x-request-id': 'req-7f3a.1', 'apollographql-client-name': 'web-app' },
    );
    expect(response.headers.get('x-request-id')).toBe('req-7f3a.1');
    expect(await response.json()).toEqual({ data: { people: { totalCount: 0 } } });
    const lines = log.lines();
    expect(lines.map(({ time: _time, durationMs: _durationMs, ...rest }) => rest)).toEqual([
      {
        level: 30,
        msg: 'operation',
        requestId: 'req-7f3a.1',
        operationName: 'InCity',
        clientName: 'web-app',
        outcome: 'ok',
        upstreamRequests: 1,
        estimatedCost: 1,
        errorCodes: [],
        ...QUIET,
        // The shared cache was asked (it holds metadata even with BFF_CACHE_TTL_MS=0) and could not answer.
        cacheMisses: 1,
      },
    ]);
    expect(log.text()).not.toContain('Secretville');
    expect(log.text()).not.toContain(bff.sandbox.apiKey);
  });

  it('replaces a request id that is not a plain token with its own, and sends it back', async () => {
    log.clear();
    const response = await post({ query: '{ ping }' }, { 'x-request-id': 'a b"c' });
    const sent = response.headers.get('x-request-id');
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.lines().map((line) => [line['requestId'], line['operationName'], line['outcome']])).toEqual([[sent, null, 'ok']]);
  });

  it('logs validation failures, refused arguments and partial answers with their error codes', async () => {
    log.clear();
    await post({ query: 'query Nope { nope }', operationName: 'Nope' });
    await post({ query: 'query Bad { ping companies(first: 1, after: "not-a-cursor") { totalCount } }' });
    bff.sandbox.faults.inject({ status: 500, times: 3, match: { pathPrefix: '/rest/people' } });
    const half = await post({ query: 'query Half { ping people(first: 1) { totalCount } }' });
    expect(((await half.json()) as { data: unknown }).data).toEqual({ ping: true, people: null });
    expect(log.lines().map(stable)).toEqual([
      { msg: 'operation', operationName: 'Nope', clientName: null, outcome: 'error', upstreamRequests: 0, estimatedCost: null, errorCodes: ['GRAPHQL_VALIDATION_FAILED'], ...QUIET },
      { msg: 'operation', operationName: 'Bad', clientName: null, outcome: 'error', upstreamRequests: 0, estimatedCost: 1, errorCodes: ['BAD_USER_INPUT'], ...QUIET },
      { msg: 'operation', operationName: 'Half', clientName: null, outcome: 'partial', upstreamRequests: 3, estimatedCost: 1, errorCodes: ['UPSTREAM_ERROR'], ...QUIET, cacheMisses: 3 },
    ]);
  });

  it('logs requests refused before Apollo runs them: CSRF and invalid JSON', async () => {
    log.clear();
    const csrf = await fetch(`${bff.url}?query=${encodeURIComponent('query Sneaky { ping }')}&operationName=Sneaky`);
    expect(csrf.status).toBe(400);
    const invalid = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(invalid.status).toBe(400);
    expect(log.lines().map(stable)).toEqual([
      { msg: 'operation', operationName: 'Sneaky', clientName: null, outcome: 'error', upstreamRequests: 0, estimatedCost: null, errorCodes: ['BAD_REQUEST'], ...QUIET },
      { msg: 'operation', operationName: null, clientName: null, outcome: 'error', upstreamRequests: 0, estimatedCost: null, errorCodes: ['BAD_REQUEST'], ...QUIET },
    ]);
  });
});

describe('the operation log lines of refused callers', () => {
  const log = captureLog();
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({}, { auth: { allowAnonymous: false, clientTokens: ['web-0123456789abcdef'], jwt: undefined }, workspaceSchema: { enabled: false } }, { logger: log.logger });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('logs an authentication refusal (401 UNAUTHENTICATED) without the credential sent', async () => {
    const response = await fetch(bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-0123456789', 'apollographql-client-name': 'mobile', 'x-request-id': 'r1' },
      body: JSON.stringify({ query: 'query Mine { ping }', operationName: 'Mine' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(log.lines().map(stable)).toEqual([
      { msg: 'operation', operationName: 'Mine', clientName: 'mobile', outcome: 'error', upstreamRequests: 0, estimatedCost: null, errorCodes: ['UNAUTHENTICATED'], ...QUIET },
    ]);
    expect(log.text()).not.toContain('wrong-token');
    expect(log.text()).not.toContain(bff.sandbox.apiKey);
  });
});
