import { describe, expect, it } from 'vitest';

import { loadConfig } from '../config.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      twenty: {
        apiUrl: undefined,
        apiKey: undefined,
        headers: {},
        pageCap: 60,
        timeoutMs: 10_000,
        retryLimit: 2,
        maxRetryAfterMs: 5_000,
        maxResponseBytes: 10_485_760,
      },
      defaultPageSize: 20,
      maxPageSize: 500,
      relationBatchMaxRows: 1000,
      batchHoldMs: 50,
      maxQueryDepth: 12,
      maxAliases: 30,
      introspection: true,
      corsOrigin: '*',
      sandboxSeed: 42,
      readOnly: false,
      maxBatchSize: 500,
    });
  });

  it('keeps a proxy path prefix and drops a trailing /rest', () => {
    expect(loadConfig({ TWENTY_API_URL: 'https://gateway.example/twenty/rest/' }).twenty.apiUrl).toBe('https://gateway.example/twenty');
  });

  it('reads extra headers as JSON or Name: value pairs', () => {
    expect(loadConfig({ TWENTY_EXTRA_HEADERS: '{"Maton-Connection":"abc"}' }).twenty.headers).toEqual({ 'Maton-Connection': 'abc' });
    expect(loadConfig({ TWENTY_EXTRA_HEADERS: 'A: 1; B: two' }).twenty.headers).toEqual({ A: '1', B: 'two' });
  });

  it('reads TWENTY_MAX_RESPONSE_BYTES', () => {
    expect(loadConfig({ TWENTY_MAX_RESPONSE_BYTES: '2048' }).twenty.maxResponseBytes).toBe(2048);
  });

  it.each([
    [{ TWENTY_MAX_RESPONSE_BYTES: '1023' }, 'TWENTY_MAX_RESPONSE_BYTES must be an integer from 1024 to 1073741824; got "1023".'],
    [{ TWENTY_API_URL: 'ftp://x' }, 'TWENTY_API_URL must be an http(s) URL; got "ftp://x".'],
    [{ TWENTY_API_URL: 'http://bob:hunter2@127.0.0.1:3000' }, 'TWENTY_API_URL must not contain a user name or password; put the API key in TWENTY_API_KEY.'],
    [{ TWENTY_PAGE_CAP: '0' }, 'TWENTY_PAGE_CAP must be an integer from 1 to 1000; got "0".'],
    [{ BFF_READ_ONLY: 'maybe' }, 'BFF_READ_ONLY must be true or false; got "maybe".'],
    [{ TWENTY_EXTRA_HEADERS: '{"Authorization":"x"}' }, 'TWENTY_EXTRA_HEADERS must not set Authorization; use TWENTY_API_KEY.'],
    [
      { TWENTY_EXTRA_HEADERS: '{"X-Conn":"a\\nb"}' },
      'TWENTY_EXTRA_HEADERS: the value of "X-Conn" holds a character a header cannot carry (such as a line break).',
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
