import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type Config, loadConfig } from '../../src/config.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const ROWS = 10_000;
const companyName = (n: number) => `Company ${String(n).padStart(5, '0')}`;
// Ids in name order: Twenty's default order (id ascending) is name order.
const companies = Array.from({ length: ROWS }, (_, index) => ({ id: uuid(1, index + 1), name: companyName(index + 1) }));
const names = (from: number, count: number) => Array.from({ length: count }, (_, index) => companyName(from + index));

interface Page {
  companies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: Array<{ node: { name: string } }>;
  };
}
const PAGE = /* GraphQL */ `
  query ($first: Int!, $after: String) {
    companies(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
  }
`;

describe('an upstream that ignores limit', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // Room for all 10,000 rows (about 11 MB): here the rows are cut, not the body.
    bff = await startTestBff({ demoData: false, records: { companies }, ignoreLimit: true }, { twenty: { maxResponseBytes: 64 * 1024 * 1024 } });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('passes on only the rows asked for, and says more follow', async () => {
    bff.resetRequests();
    const first = await bff.data<Page>(PAGE, { first: 3 });
    expect(first.companies.edges.map(({ node }) => node.name)).toEqual(names(1, 3));
    expect([first.companies.totalCount, first.companies.pageInfo.hasNextPage]).toEqual([ROWS, true]);
    // The sandbox did send every row: limit 3 was asked for and ignored.
    expect(bff.upstream().map(({ path, query }) => [path, query['limit']])).toEqual([['/rest/companies', '3']]);

    const second = await bff.data<Page>(PAGE, { first: 3, after: first.companies.pageInfo.endCursor });
    expect(second.companies.edges.map(({ node }) => node.name)).toEqual(names(4, 3));
    expect(second.companies.pageInfo.hasNextPage).toBe(true);
  });

  it('follows pages from the cut, neither skipping nor repeating a row', async () => {
    bff.resetRequests();
    // 150 rows with a page cap of 60: three upstream pages, each cut to its limit.
    const page = await bff.data<Page>(PAGE, { first: 150 });
    expect(page.companies.edges.map(({ node }) => node.name)).toEqual(names(1, 150));
    expect(page.companies.pageInfo.hasNextPage).toBe(true);
    const cursors = bff.upstream().map(({ query }) => query['starting_after']);
    expect(bff.upstream().map(({ query }) => query['limit'])).toEqual(['60', '60', '30']);
    // Each page starts after the last row kept from the one before.
    expect(cursors.map((cursor) => (cursor === undefined ? undefined : (JSON.parse(Buffer.from(String(cursor), 'base64').toString()) as { id: string }).id))).toEqual([
      undefined,
      uuid(1, 60),
      uuid(1, 120),
    ]);
  });
});

describe('an upstream answer larger than TWENTY_MAX_RESPONSE_BYTES', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // All 10,000 rows are about 9 MB; 1 MiB is still five times a full 200-row page.
    bff = await startTestBff(
      { demoData: false, records: { companies }, ignoreLimit: true },
      { twenty: { retryLimit: 0, maxResponseBytes: 1024 * 1024 } },
    );
  });

  afterAll(async () => {
    await bff.close();
  });

  it('is dropped with UPSTREAM_ERROR, beside fields that keep their data', async () => {
    const result = await bff.execute(`{ ping companies(first: 3) { totalCount } }`);
    expect(result.data).toEqual({ ping: true, companies: null });
    expect(result.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      {
        message: 'The answer to GET /rest/companies was dropped: it is larger than TWENTY_MAX_RESPONSE_BYTES (more than 1048576 bytes)',
        path: ['companies'],
        extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 200, method: 'GET', path: '/rest/companies' } },
      },
    ]);
  });
});

/** A tiny HTTP server that answers what the current test tells it to. */
interface FakeUpstream {
  url: string;
  /** Request URLs received, query strings included. */
  received: string[];
  respond: (request: IncomingMessage, response: ServerResponse) => void;
  /** Bytes the current `respond` managed to write before the client went away. */
  written: number;
  close(): Promise<void>;
}

async function startFakeUpstream(): Promise<FakeUpstream> {
  const fake: FakeUpstream = {
    url: '',
    received: [],
    written: 0,
    respond: (_request, response) => response.end(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    fake.received.push(request.url ?? '');
    fake.respond(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = fake.close;
  fake.close = async () => {
    server.closeAllConnections();
    await close();
  };
  return fake;
}

const API_KEY = 'secret-test-key-7f3a';
const HTML = '<!DOCTYPE html><html><head><title>Acme</title></head><body><h1>Welcome</h1></body></html>';

describe('an upstream that is not a Twenty REST API', () => {
  let fake: FakeUpstream;
  let bff: RunningBff;

  beforeAll(async () => {
    fake = await startFakeUpstream();
    // No shared cache: each test's fake upstream answers the same request differently.
    const base = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_WORKSPACE_SCHEMA: 'false' });
    const config: Config = { ...base, port: 0, host: '127.0.0.1', twenty: { ...base.twenty, retryLimit: 0, maxResponseBytes: 64 * 1024 } };
    bff = await startBff(config, { upstream: { baseUrl: `${fake.url}/crm`, apiKey: API_KEY } });
  });

  afterEach(() => {
    fake.received.length = 0;
  });

  afterAll(async () => {
    await bff.close();
    await fake.close();
  });

  async function execute(query: string) {
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    return { text, result: JSON.parse(text) as { data: Record<string, unknown> | null; errors?: Array<{ message: string; path: unknown; extensions: unknown }> } };
  }

  const answer = (status: number, contentType: string, body: string) => (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };

  const notTwenty = (status: number, what: string, path = '/rest/companies') => ({
    message: `The answer to GET ${path} (HTTP ${status}, ${what}) is not a Twenty REST API answer: check TWENTY_API_URL and any proxy in front of Twenty`,
    extensions: { code: 'UPSTREAM_ERROR', upstream: { status, method: 'GET', path } },
  });

  it.each([
    ['a website answering HTML with 200', 200, 'text/html; charset=utf-8', HTML, 'an HTML page'],
    ['a JSON body of the wrong shape', 200, 'application/json', '{"status":"ok","items":[]}', 'no list of rows under "data" (expected data.companies or an array)'],
    ["a proxy's HTML 404 page", 404, 'text/html', '<html><body>404 Not Found</body></html>', 'an HTML page'],
    ["a proxy's HTML 400 page", 400, 'text/html', '<html><body>400 Bad Request</body></html>', 'an HTML page'],
    ["a proxy's HTML 502 page", 502, 'text/html', '<html><body>502 Bad Gateway</body></html>', 'an HTML page'],
    ['a 404 with JSON of another shape', 404, 'application/json', '{"found":false}', 'a JSON body that is not a Twenty error'],
    ['a 400 with an empty body', 400, 'text/plain', '', 'an empty body'],
  ])('answers UPSTREAM_ERROR for %s, naming the path but not the key or query', async (_name, status, contentType, body, what) => {
    fake.respond = answer(status, contentType, body);
    const { text, result } = await execute('{ companies(first: 2, filter: { name: { eq: "Acme" } }) { totalCount } }');
    expect(result.data).toEqual({ companies: null });
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([notTwenty(status, what)]);
    // The request did carry the key and a query string; the answer shows neither.
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatch(/^\/crm\/rest\/companies\?filter=/);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain('Acme');
  });

  // A read by id (here an object's metadata) reads Twenty's 404 as "absent".
  const OBJECT_BY_ID = `{ object(id: "${uuid(1, 1)}") { nameSingular } }`;

  it('does not read an HTML 404 as "no such record"', async () => {
    fake.respond = answer(404, 'text/html', '<html><body>Not Found</body></html>');
    const { result } = await execute(OBJECT_BY_ID);
    expect(result.data).toEqual({ object: null });
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      notTwenty(404, 'an HTML page', `/rest/metadata/objects/${uuid(1, 1)}`),
    ]);
  });

  it('keeps the meaning of a Twenty-shaped error', async () => {
    fake.respond = answer(404, 'application/json', JSON.stringify({ statusCode: 404, error: 'NotFoundException', messages: ['Object not found'] }));
    expect((await execute(OBJECT_BY_ID)).result).toEqual({ data: { object: null } });
    fake.respond = answer(400, 'application/json', JSON.stringify({ statusCode: 400, error: 'BadRequestException', messages: ['Invalid filter'] }));
    const { result } = await execute('{ companies(first: 2) { totalCount } }');
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: 'Twenty rejected the request: Invalid filter',
        extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, method: 'GET', path: '/rest/companies' } },
      },
    ]);
  });

  it('cancels a body that grows past the limit while it downloads', async () => {
    // No content-length: only counting the bytes can stop it.
    const chunk = `{"id":"${uuid(1, 1)}","name":"${'x'.repeat(1000)}"},`;
    fake.written = 0;
    let closedEarly: Promise<boolean> | undefined;
    fake.respond = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data":{"companies":[');
      const pump = () => {
        // About 10 MB in all unless the client goes away first.
        while (fake.written < 10_000_000 && !response.destroyed) {
          fake.written += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', pump);
            return;
          }
        }
        if (!response.destroyed) {
          response.end(']}}');
        }
      };
      closedEarly = new Promise((resolve) => response.on('close', () => resolve(!response.writableFinished)));
      pump();
    };
    const { result } = await execute('{ companies(first: 3) { totalCount } }');
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: 'The answer to GET /rest/companies was dropped: it is larger than TWENTY_MAX_RESPONSE_BYTES (more than 65536 bytes)',
        extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 200, method: 'GET', path: '/rest/companies' } },
      },
    ]);
    // The client hung up before the body was complete.
    expect(await closedEarly).toBe(true);
    expect(fake.written).toBeLessThan(10_000_000);
  });

  it('refuses a body whose content-length is past the limit without reading it', async () => {
    fake.respond = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': 50_000_000 });
      response.write('{"data":{"companies":[');
      // The rest never comes: only the header can end this exchange in time.
    };
    const { result } = await execute('{ companies(first: 3) { totalCount } }');
    expect(result.errors?.map(({ extensions }) => extensions)).toEqual([
      { code: 'UPSTREAM_ERROR', upstream: { status: 200, method: 'GET', path: '/rest/companies' } },
    ]);
    expect(result.errors?.[0]?.message).toContain('larger than TWENTY_MAX_RESPONSE_BYTES');
  });
});
