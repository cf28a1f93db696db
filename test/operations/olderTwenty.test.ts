import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Config, loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { startBff } from '../../src/startBff.js';

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const ADA = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';

/**
 * A Twenty of an older generation in front of the sandbox (contract §0, §1.1,
 * §4.5): G1 reads records at depth 1 unless told otherwise, and G2 refuses the
 * G3 restore path `PATCH /rest/{objects}/{id}/restore` with its path error.
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
    if (incoming.method === 'GET' && !url.pathname.startsWith('/rest/metadata') && !url.searchParams.has('depth')) {
      url.searchParams.set('depth', '1');
    }
    const target = new URL(sandbox.url);
    const forwarded = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: `${url.pathname}${url.search}`, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
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

describe('twenty-bff against an older Twenty', () => {
  let sandbox: RunningSandbox;
  let older: Awaited<ReturnType<typeof startOlderTwenty>>;
  let bff: Awaited<ReturnType<typeof startBff>>;

  beforeAll(async () => {
    sandbox = await startSandbox({
      demoData: false,
      records: {
        companies: [{ id: ACME, name: 'Acme' }],
        people: [{ id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' }, companyId: ACME }],
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

  async function execute(query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
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
});
