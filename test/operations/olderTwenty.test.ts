import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Config, loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { startBff } from '../../src/startBff.js';

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const ADA = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';
const BOB = '7c1d2e3f-4a5b-4c6d-8e9f-000000000002';
const CLEO = '7c1d2e3f-4a5b-4c6d-8e9f-000000000003';
const INITECH = '4a0f5b2e-6d1c-4c8e-9b7a-000000000003';

const SINGULAR: Record<string, string> = { people: 'person', companies: 'company', opportunities: 'opportunity' };

/**
 * A Twenty of an older generation in front of the sandbox (contract §0, §9),
 * rewriting the newest answers into G1/G2 ones: G1 reads records at depth 1
 * unless told otherwise, leaves `totalCount` out when it is 0 and says
 * `Record already exists` of a taken id; G1/G2 leave `hasPreviousPage` out of
 * list answers, refuse a relation filter as an unknown field (the sandbox runs
 * with `relationFilters: false`) and throttle with `Limit reached …` and no
 * `Retry-After`; G2 refuses the G3 restore path
 * `PATCH /rest/{objects}/{id}/restore` with its path error.
 */
async function startOlderTwenty(sandbox: RunningSandbox): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy');
    seen.push(`${incoming.method} ${url.pathname}${url.search}`);
    const segments = url.pathname.split('/').filter(Boolean);
    if (incoming.method === 'PATCH' && segments.length === 4 && segments[3] === 'restore') {
      outgoing.writeHead(400, { 'content-type': 'application/json' });
      outgoing.end(
        JSON.stringify({
          statusCode: 400,
          error: 'BadRequestException',
          messages: [`Query path '${url.pathname}' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies`],
        }),
      );
      return;
    }
    const isRecordList = incoming.method === 'GET' && !url.pathname.startsWith('/rest/metadata') && segments.length === 2;
    if (incoming.method === 'GET' && !url.pathname.startsWith('/rest/metadata') && !url.searchParams.has('depth')) {
      url.searchParams.set('depth', '1');
    }
    const target = new URL(sandbox.url);
    const forwarded = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: `${url.pathname}${url.search}`, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const status = answer.statusCode ?? 502;
          const { headers, text } = olderAnswer(status, { ...answer.headers }, Buffer.concat(chunks).toString('utf8'), isRecordList ? segments[1] : undefined);
          delete headers['content-length'];
          outgoing.writeHead(status, headers);
          outgoing.end(text);
        });
      },
    );
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The G1/G2 form of a newest answer.
function olderAnswer(status: number, headers: IncomingHttpHeaders, text: string, listed: string | undefined): { headers: IncomingHttpHeaders; text: string } {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { headers, text };
  }
  if (status === 200 && listed !== undefined) {
    delete (body['pageInfo'] as Record<string, unknown>)['hasPreviousPage'];
    if (body['totalCount'] === 0) {
      delete body['totalCount'];
    }
  }
  if (status === 429) {
    for (const name of ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      delete headers[name];
    }
    body = { statusCode: 429, error: 'ThrottlerException', messages: ['Limit reached (100 tokens per 60000 ms)'] };
  }
  if (status === 400 && Array.isArray(body['messages'])) {
    body['messages'] = (body['messages'] as string[]).map((message) =>
      message === 'A duplicate entry was detected'
        ? 'Record already exists'
        : message.replace(/^Cannot filter by relation field "([^"]+)".*$/, (_all, field: string) => `Object ${SINGULAR[listed ?? ''] ?? listed} doesn't have any "${field}" field.`),
    );
  }
  return { headers, text: JSON.stringify(body) };
}

describe('twenty-bff against an older Twenty', () => {
  let sandbox: RunningSandbox;
  let older: Awaited<ReturnType<typeof startOlderTwenty>>;
  let bff: Awaited<ReturnType<typeof startBff>>;

  beforeAll(async () => {
    sandbox = await startSandbox({
      relationFilters: false,
      demoData: false,
      records: {
        companies: [{ id: ACME, name: 'Acme' }],
        people: [
          { id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' }, companyId: ACME },
          { id: BOB, name: { firstName: 'Bob', lastName: 'Byrne' }, companyId: ACME },
          { id: CLEO, name: { firstName: 'Cleo', lastName: 'Chen' }, companyId: null },
        ],
      },
    });
    older = await startOlderTwenty(sandbox);
    const base = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true' });
    const config: Config = { ...base, port: 0, host: '127.0.0.1', auth: { ...base.auth, allowAnonymous: true } };
    bff = await startBff(config, { upstream: { baseUrl: older.url, apiKey: sandbox.apiKey } });
  });

  afterAll(async () => {
    await bff.close();
    await older.close();
    await sandbox.close();
  });

  async function execute(query: string): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }

  // What the older Twenty answers to `path` itself, read directly.
  async function olderBody(path: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${older.url}${path}`, { headers: { authorization: `Bearer ${sandbox.apiKey}` } });
    return (await response.json()) as Record<string, unknown>;
  }

  it('asks for depth 0, so relations never spill into customFields', async () => {
    const result = await execute('{ companies { edges { node { name customFields } } } }');
    expect(result).toEqual({ data: { companies: { edges: [{ node: { name: 'Acme', customFields: {} } }] } } });
    expect(older.seen.at(-1)).toBe('GET /rest/companies?limit=20&depth=0');
  });

  it('restores through the G2 path when the G3 one is refused as a path error', async () => {
    await execute(`mutation { deletePerson(id: "${ADA}") { id } }`);
    older.seen.length = 0;
    const result = await execute(`mutation { restorePerson(id: "${ADA}") { id name { lastName } deletedAt } }`);
    expect(result).toEqual({ data: { restorePerson: { id: ADA, name: { lastName: 'Lovelace' }, deletedAt: null } } });
    expect(older.seen).toEqual([
      `PATCH /rest/people/${ADA}/restore?depth=0`,
      `PATCH /rest/restore/people?filter=${encodeURIComponent(`id[eq]:${ADA}`)}&depth=0`,
    ]);
  });
  it('reads a total of 0 when G1 leaves totalCount out', async () => {
    const nowhere = `/rest/people?${new URLSearchParams({ filter: 'city[eq]:"Nowhere"', depth: '0' }).toString()}`;
    expect(await olderBody(nowhere)).not.toHaveProperty('totalCount');
    const result = await execute('{ people(filter: { city: { eq: "Nowhere" } }) { totalCount edges { node { id } } } }');
    expect(result).toEqual({ data: { people: { totalCount: 0, edges: [] } } });
  });

  // Without the key, a full backward page may have rows before it: the BFF
  // says so, and a client that follows reads one empty page (docs/twenty-release.md).
  it('pages backward with pageInfo from the rows read when hasPreviousPage is left out', async () => {
    expect(await olderBody('/rest/people?depth=0')).toMatchObject({ pageInfo: expect.not.objectContaining({ hasPreviousPage: expect.anything() }) });
    const all = await execute('{ people(first: 3) { edges { cursor node { id } } } }');
    const edges = (all.data?.['people'] as { edges: Array<{ cursor: string; node: { id: string } }> }).edges;
    const page = async (last: number, before: string) =>
      (await execute(`{ people(last: ${last}, before: "${before}") { pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }`)).data?.['people'];
    expect(await page(1, edges[2]?.cursor ?? '')).toEqual({ pageInfo: { hasPreviousPage: true, hasNextPage: true }, edges: [{ node: { id: BOB } }] });
    expect(await page(2, edges[1]?.cursor ?? '')).toEqual({ pageInfo: { hasPreviousPage: false, hasNextPage: true }, edges: [{ node: { id: ADA } }] });
  });

  it('settles a create whose answer was lost when its retry is refused with G1’s "Record already exists"', async () => {
    sandbox.faults.inject({ kind: 'status', status: 500, when: 'after', times: 1, match: { method: 'POST', pathPrefix: '/rest/companies' } });
    older.seen.length = 0;
    const result = await execute(`mutation { createCompany(data: { id: "${INITECH}", name: "Initech" }) { id name } }`);
    expect(result).toEqual({ data: { createCompany: { id: INITECH, name: 'Initech' } } });
    expect(older.seen.map((line) => line.split('?')[0])).toEqual(['POST /rest/companies', 'POST /rest/companies', `GET /rest/companies/${INITECH}`]);
  });

  it('learns from G2’s unknown-field refusal that relation filters need two steps', async () => {
    older.seen.length = 0;
    const result = await execute('{ people(filter: { company: { name: { eq: "Acme" } } }) { edges { node { id } } } }');
    expect(result).toEqual({ data: { people: { edges: [{ node: { id: ADA } }, { node: { id: BOB } }] } } });
    expect(older.seen.map((line) => decodeURIComponent(line))).toEqual([
      'GET /rest/people?filter=and(company.id[is]:NOT_NULL,company.name[eq]:"Acme")&limit=20&depth=0',
      'GET /rest/companies?filter=and(name[eq]:"Acme")&limit=60&depth=0',
      `GET /rest/people?filter=and(companyId[in]:[${ACME}])&limit=20&depth=0`,
    ]);
  });

  it('answers RATE_LIMITED at once to G2’s 429 without Retry-After', async () => {
    sandbox.faults.inject({ kind: 'status', status: 429, times: 1, match: { method: 'GET', pathPrefix: '/rest/people' } });
    older.seen.length = 0;
    const result = await execute('{ people { totalCount } }');
    expect(result.errors?.map(({ message, extensions }) => [message, extensions?.['code'], extensions?.['retryAfterSeconds']])).toEqual([
      ["Twenty's rate limit was reached; retry later", 'RATE_LIMITED', undefined],
    ]);
    expect(older.seen).toHaveLength(1);
  });
});
