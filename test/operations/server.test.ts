import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXAMPLE_QUERY } from '../../src/server.js';
import { readExampleOperations } from '../../src/server/exampleOperations.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

describe('twenty-bff HTTP server', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, { maxQueryDepth: 4, maxAliases: 2 });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('answers ping without any upstream call', async () => {
    bff.resetRequests();
    expect(await bff.data('{ ping }')).toEqual({ ping: true });
    expect(bff.upstream()).toEqual([]);
  });

  it('serves a health check', async () => {
    const response = await fetch(bff.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphiQL to a browser from its own cached, compressed assets (no CDN)', async () => {
    const response = await fetch(bff.url, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(html).toContain('<title>twenty-bff · GraphiQL</title>');
    expect(html).toContain('GraphiQL.createFetcher');
    // Every script and stylesheet is twenty-bff's own, under a content-hashed name.
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '').filter((source) => !source.startsWith('data:'));
    expect(sources).toHaveLength(4);
    expect(sources.every((source) => /^\/graphiql-assets\/[a-z-]+\.[0-9a-f]{12}\.(js|css)$/.test(source))).toBe(true);
    expect(html).not.toContain('cdn.jsdelivr');
    expect(html).not.toContain('embeddable-sandbox');
    expect(html.length).toBeLessThan(10_000);
    for (const source of sources) {
      const asset = await fetch(new URL(source, bff.url), { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.headers.get('content-type')).toMatch(source.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/graphiql-assets/react.000000000000.js', bff.url))).status).toBe(404);
  });

  it('compresses a large GraphQL answer for a client that accepts it, and only then', async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const compressed = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' }, body: query });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    const plain = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' }, body: query });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await compressed.json()).toEqual(await plain.json());
    // A small answer is sent as it is.
    const small = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br' }, body: JSON.stringify({ query: '{ ping }' }) });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('opens GraphiQL on the welcome query and every README example as tabs, keeping headers', async () => {
    const html = await (await fetch(bff.url, { headers: { accept: 'text/html' } })).text();
    const tabs = JSON.parse(/defaultTabs: (\[.*?\]), shouldPersistHeaders: true/s.exec(html)?.[1]?.replaceAll('<\\/script', '</script') ?? '[]') as Array<{ query: string }>;
    expect(tabs.map((tab) => tab.query)).toEqual([EXAMPLE_QUERY, ...readExampleOperations()]);
    expect(tabs.length).toBeGreaterThanOrEqual(7);
  });

  it('answers introspection (GraphiQL docs need it)', async () => {
    const result = await bff.data<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(result.__schema.queryType.name).toBe('Query');
  });

  it('describes the scalars over introspection, as the SDL does', async () => {
    const result = await bff.execute('{ uuid: __type(name: "UUID") { description specifiedByURL } json: __type(name: "JSON") { description } }');
    expect(result).toEqual({
      data: {
        uuid: { description: "A UUID such as `0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001`. Twenty's record and metadata ids.", specifiedByURL: null },
        json: { description: 'Any JSON value. Used for values Twenty defines per workspace (custom fields) or leaves free-form.' },
      },
    });
  });

  it('refuses an operation deeper than BFF_MAX_QUERY_DEPTH before any upstream call', async () => {
    bff.resetRequests();
    const result = await bff.execute('{ people { edges { node { name { firstName } } } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain('depth');
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses more aliases than BFF_MAX_ALIASES before any upstream call', async () => {
    bff.resetRequests();
    const result = await bff.execute('{ a: ping b: ping c: ping }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain('Aliases');
    expect(bff.upstream()).toEqual([]);
  });

  it('reports the upstream cost of an operation and its estimate in extensions when asked', async () => {
    const result = await bff.execute('{ people(first: 1) { totalCount } }', undefined, { 'x-upstream-cost': '1' });
    expect(result.errors).toBeUndefined();
    expect(result.extensions).toEqual({ upstream: { requests: 1, cacheHits: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 1 } });
  });

  it('answers no CORS preflight by default when it holds the Twenty key', async () => {
    const response = await fetch(bff.url, { method: 'OPTIONS', headers: { origin: 'https://app.example' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('twenty-bff with BFF_GRAPHIQL=false', () => {
  it('serves no GraphiQL page nor its assets', async () => {
    const bff = await startTestBff({ demoData: false }, { graphiql: false });
    try {
      const page = await fetch(bff.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(400);
      expect(await page.text()).not.toContain('GraphiQL');
      expect(await bff.execute('{ ping }')).toEqual({ data: { ping: true } });
    } finally {
      await bff.close();
    }
  });
});

describe('twenty-bff without a server-side API key', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false }, {}, { passThroughAuthorization: true });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('answers UNAUTHENTICATED without an Authorization header, before any upstream call', async () => {
    bff.resetRequests();
    const response = await fetch(bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping people(first: 1) { totalCount } }' }),
    });
    const result = (await response.json()) as { data: unknown; errors: Array<{ path: string[]; extensions: { code: string } }> };
    expect(response.status).toBe(200);
    // Root connections are nullable: the failed field is null, ping keeps its value.
    expect(result.data).toEqual({ ping: true, people: null });
    expect(result.errors.map((error) => [error.path, error.extensions.code])).toEqual([[['people'], 'UNAUTHENTICATED']]);
    expect(bff.upstream()).toEqual([]);
  });

  it('answers ping and introspection without any credential', async () => {
    const result = await bff.execute('{ ping __schema { queryType { name } } }');
    expect(result).toEqual({ data: { ping: true, __schema: { queryType: { name: 'Query' } } } });
  });

  it("passes the caller's own key through to Twenty", async () => {
    bff.resetRequests();
    const result = await bff.execute('{ people(first: 1) { totalCount } }', undefined, {
      authorization: `Bearer ${bff.sandbox.apiKey}`,
    });
    expect(result).toEqual({ data: { people: { totalCount: 0 } } });
    expect(bff.upstream().map((entry) => entry.headers['authorization'])).toEqual([`Bearer ${bff.sandbox.apiKey}`]);
  });

  it('maps a key Twenty refuses to UNAUTHENTICATED without echoing the key', async () => {
    const result = await bff.execute('{ people(first: 1) { totalCount } }', undefined, { authorization: 'Bearer not-a-real-key-123' });
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(result)).not.toContain('not-a-real-key-123');
  });
});
