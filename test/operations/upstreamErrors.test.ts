import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const QUERY = '{ companies(first: 2) { totalCount } }';

describe('upstream failures of a read', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, { twenty: { timeoutMs: 300, retryLimit: 2, maxRetryAfterMs: 1500 } });
  });

  afterEach(() => {
    bff.sandbox.faults.clear();
  });

  afterAll(async () => {
    await bff.close();
  });

  const calls = () => bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`);

  it('retries a 5xx and answers when Twenty recovers', async () => {
    bff.resetRequests();
    bff.sandbox.faults.inject({ status: 503, times: 1 });
    expect(await bff.execute(QUERY)).toEqual({ data: { companies: { totalCount: 0 } } });
    expect(calls()).toEqual(['GET /rest/companies 503', 'GET /rest/companies 200']);
  });

  it('gives UPSTREAM_ERROR with the status but not Twenty’s text after the retries', async () => {
    bff.resetRequests();
    bff.sandbox.faults.inject({ status: 500, times: 3 });
    const result = await bff.execute(QUERY);
    expect(result.data).toEqual({ companies: null });
    expect(result.errors?.[0]?.message).toBe('Twenty answered GET /rest/companies with HTTP 500');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_ERROR',
      upstream: { status: 500, method: 'GET', path: '/rest/companies' },
    });
    expect(calls()).toEqual(['GET /rest/companies 500', 'GET /rest/companies 500', 'GET /rest/companies 500']);
  });

  it('waits for a short Retry-After on 429 and gives RATE_LIMITED for a long one', async () => {
    bff.resetRequests();
    bff.sandbox.faults.inject({ status: 429, retryAfterSeconds: 1, times: 1 });
    expect(await bff.execute(QUERY)).toEqual({ data: { companies: { totalCount: 0 } } });
    expect(calls()).toEqual(['GET /rest/companies 429', 'GET /rest/companies 200']);

    bff.resetRequests();
    bff.sandbox.faults.inject({ status: 429, retryAfterSeconds: 30, times: 1 });
    const result = await bff.execute(QUERY);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
      upstream: { status: 429, method: 'GET', path: '/rest/companies' },
    });
    expect(calls()).toEqual(['GET /rest/companies 429']);
  });

  it('gives UPSTREAM_TIMEOUT when Twenty never answers', async () => {
    bff.resetRequests();
    bff.sandbox.faults.inject({ kind: 'timeout', times: 3 });
    const result = await bff.execute(QUERY);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      upstream: { status: null, method: 'GET', path: '/rest/companies' },
    });
    expect(bff.upstream()).toHaveLength(3);
  });

  it('gives UPSTREAM_ERROR for an unreadable body', async () => {
    bff.sandbox.faults.inject({ kind: 'malformedJson', times: 3 });
    const result = await bff.execute(QUERY);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_ERROR');
  });

  it('never puts the API key or filter values in an error', async () => {
    bff.sandbox.faults.inject({ status: 500, times: 3 });
    const result = await bff.execute('{ companies(filter: { name: { eq: "secret-acme" } }) { totalCount } }');
    const text = JSON.stringify(result);
    expect(text).not.toContain(bff.sandbox.apiKey);
    expect(text).not.toContain('secret-acme');
  });
});
