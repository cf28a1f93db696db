import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_VARIABLE_VALUES } from '../../src/server/argumentChecksPlugin.js';
import { MAX_FILTER_INPUT_SIZE, MAX_FILTER_URL_LENGTH } from '../../src/translate/compileFilter.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe('request limits', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // A body limit above a megabyte, so that the filter check is what refuses a 900 KB filter.
    bff = await startTestBff({ demoData: false }, { maxBodyBytes: 2_000_000, maxOperationChars: 1_000 });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('refuses a body over BFF_MAX_BODY_BYTES with 413 and BAD_REQUEST', async () => {
    const { status, body } = await post(bff.url, JSON.stringify({ query: '{ ping }', variables: { pad: 'x'.repeat(2_000_000) } }));
    expect(status).toBe(413);
    expect(body).toEqual({ errors: [{ message: 'The request body is larger than 2000000 bytes (BFF_MAX_BODY_BYTES).', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a chunked body over BFF_MAX_BODY_BYTES without a Content-Length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(100_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Twice the limit at most: the server answers before reading it all.
        if (sent >= 4_000_000) {
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses an operation longer than BFF_MAX_OPERATION_CHARS before parsing it, spaces included', async () => {
    bff.resetRequests();
    // Not even a valid document: parsing it would answer GRAPHQL_PARSE_FAILED.
    const { status, body } = await post(bff.url, JSON.stringify({ query: `{ ping } #${' '.repeat(990)} }}}` }));
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [{ message: 'The operation is 1004 characters long; this server accepts at most 1000 (BFF_MAX_OPERATION_CHARS).', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a long operation sent with GET the same way', async () => {
    const response = await fetch(`${bff.url}?query=${encodeURIComponent(`{ ping }${' '.repeat(1_000)}`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The operation is 1008 characters long; this server accepts at most 1000 (BFF_MAX_OPERATION_CHARS).', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('serves an operation of exactly BFF_MAX_OPERATION_CHARS', async () => {
    const query = `{ ping }${' '.repeat(1_000 - 8)}`;
    expect(query).toHaveLength(1_000);
    expect(await post(bff.url, JSON.stringify({ query }))).toEqual({ status: 200, body: { data: { ping: true } } });
  });

  it('refuses a 900 KB filter variable by its size, before coercing or compiling it, and before calling Twenty', async () => {
    bff.resetRequests();
    // The unbalanced parenthesis alone would be refused by the compiler with
    // another message: the size message shows the compiler never ran.
    const { status, body } = await post(
      bff.url,
      JSON.stringify({
        query: 'query ($filter: PersonFilter) { people(filter: $filter) { totalCount } }',
        variables: { filter: { city: { eq: `(${'x'.repeat(900_000)}` } } },
      }),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: `The filter at "$filter" holds more than ${MAX_FILTER_INPUT_SIZE} characters of fields, operators and values; Twenty's URLs carry at most ${MAX_FILTER_URL_LENGTH}: split the request into several with smaller filters.`,
          extensions: { code: 'BAD_USER_INPUT', argumentPath: '$filter' },
        },
      ],
    });
    expect(bff.upstream()).toEqual([]);
  });

  it(`refuses variables holding more than ${MAX_VARIABLE_VALUES} values before coercing them`, async () => {
    bff.resetRequests();
    const { status, body } = await post(
      bff.url,
      JSON.stringify({
        query: 'mutation ($data: [CreateCompanyInput!]!) { createCompanies(data: $data) { records { id } } }',
        variables: { data: Array.from({ length: MAX_VARIABLE_VALUES }, () => ({ name: 'x' })) },
      }),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [{ message: `The variables hold more than ${MAX_VARIABLE_VALUES} values (objects, lists and scalars).`, extensions: { code: 'BAD_USER_INPUT', argumentPath: '$data' } }],
    });
    expect(bff.upstream()).toEqual([]);
  });

  it.each([
    ['POST', 'subscription { ping }'],
    ['GET', 'subscription { ping }'],
    ['POST', 'subscription Live { x }'],
  ])('answers a subscription over %s with a client error (400), not an internal one', async (method, query) => {
    const response =
      method === 'POST'
        ? await fetch(bff.url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
        : await fetch(`${bff.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors.map((error) => error.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors.map((error) => error.message)).toContain('Subscriptions are not served over plain HTTP POST or GET: subscribe over WebSocket (graphql-ws) at /graphql, or over Server-Sent Events (graphql-sse) at /graphql/stream.');
  });
});
