import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CORS_ALLOWED_HEADERS } from '../../src/server/applyCors.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const APP = 'https://app.example';

describe('CORS with a list of origins', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, { corsOrigins: [APP, 'http://localhost:3000'] });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('answers the preflight of an allowed origin with 204, the origin reflected and the headers clients send', async () => {
    const response = await fetch(bff.url, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, traceparent' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')?.split(', ')).toEqual([
      'authorization',
      'content-type',
      'apollographql-client-name',
      'apollographql-client-version',
      'x-apollo-operation-name',
      'apollo-require-preflight',
      'traceparent',
      'baggage',
      'x-upstream-cost',
    ]);
    expect(CORS_ALLOWED_HEADERS).toHaveLength(9);
  });

  it('refuses the preflight of another origin with 403 and no CORS header', async () => {
    for (const origin of ['https://evil.example', 'https://app.example.evil.example', 'http://app.example']) {
      const response = await fetch(bff.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect([origin, response.status, response.headers.get('access-control-allow-origin')]).toEqual([origin, 403, null]);
      expect(response.headers.get('vary')).toBe('Origin');
    }
  });

  it('reflects an allowed origin on the answer itself, and withholds it from another', async () => {
    const post = (origin: string) =>
      fetch(bff.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ping }' }) });
    const allowed = await post('http://localhost:3000');
    // Answers vary by origin (CORS) and by the encodings the client accepts (compression).
    expect([allowed.status, allowed.headers.get('access-control-allow-origin'), allowed.headers.get('vary')]).toEqual([
      200,
      'http://localhost:3000',
      'Origin, Accept-Encoding',
    ]);
    const other = await post('https://evil.example');
    expect([other.headers.get('access-control-allow-origin'), other.headers.get('vary')]).toEqual([null, 'Origin, Accept-Encoding']);
  });
});

describe('CORS for any origin (passthrough mode)', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, {}, { passThroughAuthorization: true });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('answers every preflight with *', async () => {
    const response = await fetch(bff.url, { method: 'OPTIONS', headers: { origin: 'https://anywhere.example' } });
    expect([response.status, response.headers.get('access-control-allow-origin'), response.headers.get('vary')]).toEqual([204, '*', null]);
  });
});
