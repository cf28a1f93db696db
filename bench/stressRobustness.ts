/**
 * Robustness scenarios for the stress bench: what a client keeps when one
 * upstream call fails, and what an upstream that ignores `limit` costs. Each
 * scenario starts its own upstream and twenty-bff on loopback ports and stops
 * them; `node --import tsx bench/stressRobustness.ts` runs them all and
 * prints the figures (`--json` for JSON).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

import { type Config, loadConfig } from '../src/config.js';
import { startSandbox } from '../src/sandbox/index.js';
import type { FaultSpec } from '../src/sandbox/types.js';
import { startBff } from '../src/startBff.js';

/** One scenario: `run` resolves to its named figures. */
export interface RobustnessScenario {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: Array<string | number>; extensions?: { code?: string } }>;
}

const MB = 1024 * 1024;

async function post(url: string, query: string): Promise<GraphQLAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as GraphQLAnswer;
}

function benchConfig(twenty: Partial<Config['twenty']> = {}): Config {
  // No shared cache or budget: each scenario measures one operation's own calls.
  const base = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent' });
  return { ...base, port: 0, host: '127.0.0.1', twenty: { ...base.twenty, ...twenty } };
}

// Six root fields over the demo workspace; Company.people is the relation whose batch fails.
const SIX_ROOT_FIELDS = /* GraphQL */ `{
  companies(first: 10) { edges { node { name
    people(first: 3) { totalCount edges { node { name { lastName } } } }
    opportunities { totalCount }
    accountOwner { name { lastName } }
  } } }
  people(first: 20) { totalCount edges { node { name { lastName } company { name } } } }
  opportunities(first: 20) { totalCount }
  notes(first: 5) { totalCount }
  tasks(first: 5) { totalCount }
  workspaceMembers(first: 5) { totalCount }
}`;

/**
 * (a) One relation's upstream batch (Company.people, `companyId[in]`) answers
 * 500 every time: how many root fields keep their data, and what is nulled.
 */
export const fieldsKeptWhenOneRelationFails: RobustnessScenario = {
  name: 'fields kept when one relation call fails',
  async run() {
    const sandbox = await startSandbox({
      faults: [{ status: 500, match: { method: 'GET', pathPrefix: '/rest/people', queryContains: 'companyId[in]:' } }],
    });
    const bff = await startBff(benchConfig({ retryLimit: 0 }), { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } });
    try {
      const answer = await post(bff.url, SIX_ROOT_FIELDS);
      const data = answer.data ?? {};
      const rootFields = ['companies', 'people', 'opportunities', 'notes', 'tasks', 'workspaceMembers'];
      const kept = rootFields.filter((field) => data[field] !== null && data[field] !== undefined).length;
      const companies = (data['companies'] as { edges: Array<{ node: Record<string, unknown> }> } | null)?.edges ?? [];
      const errors = answer.errors ?? [];
      return {
        rootFieldsWithData: kept,
        rootFieldsTotal: rootFields.length,
        keptRatio: `${kept}/${rootFields.length}`,
        companiesWithData: companies.length,
        siblingRelationsKept: companies.filter(({ node }) => node['opportunities'] !== null).length,
        failedRelationNulled: companies.filter(({ node }) => node['people'] === null).length,
        errors: errors.length,
        errorCodes: [...new Set(errors.map((error) => error.extensions?.code ?? '?'))].join(','),
        firstErrorPath: errors[0]?.path?.join('.') ?? '',
        failedUpstreamRequests: sandbox.requests.filter((entry) => entry.status === 500).length,
      };
    } finally {
      await bff.close();
      await sandbox.close();
    }
  },
};

const IGNORED_LIMIT_ROWS = 189_394;

/**
 * A loopback upstream that answers every `GET /rest/companies` with `rows`
 * company-like rows whatever `limit` says, streamed without content-length
 * (only counting bytes can stop it). Rows are made on the fly, so the
 * upstream itself holds almost nothing.
 */
async function startLimitIgnoringUpstream(
  rows: number,
): Promise<{ url: string; requests: () => number; bytesSent: () => number; rowsSent: () => number; close(): Promise<void> }> {
  let requests = 0;
  let bytes = 0;
  let sent = 0;
  const row = (n: number) =>
    JSON.stringify({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      name: `Company ${n}`,
      domainName: { primaryLinkUrl: `https://company-${n}.example`, primaryLinkLabel: '', secondaryLinks: [] },
      employees: n % 5000,
      address: { addressStreet1: `${n} Main Street`, addressCity: 'Springfield', addressPostcode: '12345', addressCountry: 'United States' },
      annualRecurringRevenue: { amountMicros: n * 1_000_000, currencyCode: 'USD' },
      idealCustomerProfile: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      accountOwnerId: null,
    });
  const stream = (response: ServerResponse) => {
    const write = (text: string) => {
      bytes += Buffer.byteLength(text);
      return response.write(text);
    };
    let n = 0;
    write('{"data":{"companies":[');
    const pump = () => {
      while (n < rows && !response.destroyed) {
        // About 64 KB a write, as a real server's buffered output would go.
        let chunk = '';
        while (n < rows && chunk.length < 64 * 1024) {
          chunk += `${n === 0 ? '' : ','}${row(n + 1)}`;
          n += 1;
        }
        const more = write(chunk);
        sent = n;
        if (!more) {
          response.once('drain', pump);
          return;
        }
      }
      if (!response.destroyed) {
        response.end(`]},"totalCount":${rows},"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null}}`);
      }
    };
    pump();
  };
  const server = createServer((request, response) => {
    requests += 1;
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    stream(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    bytesSent: () => bytes,
    rowsSent: () => sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Samples RSS every few milliseconds while `work` runs; the peak is what a
// co-located process would have had to leave room for.
async function withRssPeak<T>(work: () => Promise<T>): Promise<{ result: T; baselineBytes: number; peakBytes: number }> {
  global.gc?.();
  const baselineBytes = process.memoryUsage.rss();
  let peakBytes = baselineBytes;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
  }, 5);
  try {
    const result = await work();
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
    return { result, baselineBytes, peakBytes };
  } finally {
    clearInterval(timer);
  }
}

async function ignoredLimitRun(maxResponseBytes: number | undefined): Promise<Record<string, number | string>> {
  const upstream = await startLimitIgnoringUpstream(IGNORED_LIMIT_ROWS);
  // A long timeout: the unbounded run reads about 100 MB, which must not time out on a busy machine.
  const bff = await startBff(benchConfig({ timeoutMs: 120_000, ...(maxResponseBytes === undefined ? {} : { maxResponseBytes }) }), {
    upstream: { baseUrl: upstream.url, apiKey: 'bench-key' },
  });
  try {
    const { result: answer, baselineBytes, peakBytes } = await withRssPeak(() =>
      post(bff.url, '{ companies(first: 3) { totalCount pageInfo { hasNextPage } edges { node { name } } } }'),
    );
    const connection = answer.data?.['companies'] as { edges: unknown[]; pageInfo: { hasNextPage: boolean } } | null | undefined;
    return {
      upstreamRowsAvailable: IGNORED_LIMIT_ROWS,
      upstreamRequests: upstream.requests(),
      upstreamRowsSent: upstream.rowsSent(),
      upstreamMBSent: Number((upstream.bytesSent() / MB).toFixed(1)),
      rowsPassedOn: connection?.edges.length ?? 0,
      hasNextPage: connection ? String(connection.pageInfo.hasNextPage) : 'n/a',
      errorCode: answer.errors?.[0]?.extensions?.code ?? 'none',
      rssBaselineMB: Math.round(baselineBytes / MB),
      rssPeakMB: Math.round(peakBytes / MB),
      rssGrowthMB: Math.round((peakBytes - baselineBytes) / MB),
    };
  } finally {
    await bff.close();
    await upstream.close();
  }
}

/**
 * (b) An upstream ignores `limit` and sends 189,394 rows to `first: 3`, with
 * the default TWENTY_MAX_RESPONSE_BYTES: the answer is dropped while it
 * downloads. Reports the RSS peak and the rows passed on.
 */
export const rowsWhenUpstreamIgnoresLimit: RobustnessScenario = {
  name: 'upstream ignores limit: 189,394 rows for first: 3 (default size limit)',
  run: () => ignoredLimitRun(undefined),
};

/**
 * (b') The same with the size limit raised past the body (1 GiB): the whole
 * body is read and parsed, and only the 3 rows asked for are passed on. Shows
 * what the size limit saves.
 */
export const rowsWhenUpstreamIgnoresLimitUnbounded: RobustnessScenario = {
  name: 'upstream ignores limit: 189,394 rows for first: 3 (size limit 1 GiB)',
  run: () => ignoredLimitRun(1024 * MB),
};

// Faults that lose a create's answer after Twenty applied it.
const LOST_ANSWERS: Array<[string, FaultSpec]> = [
  ['500', { kind: 'status', status: 500, when: 'after', times: 1 }],
  ['timeout', { kind: 'timeout', when: 'after', times: 1 }],
  ['reset', { kind: 'reset', when: 'after', times: 1 }],
  ['429', { kind: 'status', status: 429, retryAfterSeconds: 1, when: 'after', times: 1 }],
];

/**
 * (c) 10 creates per fault whose first answer is lost after the write was
 * applied: how many records each create left upstream (1 is right).
 */
export const duplicatesAfterLostAnswers: RobustnessScenario = {
  name: 'duplicate records after lost-answer creates (10 creates per fault)',
  async run() {
    const sandbox = await startSandbox({ demoData: false });
    const bff = await startBff(benchConfig({ timeoutMs: 300, retryLimit: 2 }), { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } });
    try {
      const figures: Record<string, number | string> = {};
      for (const [fault, spec] of LOST_ANSWERS) {
        let failed = 0;
        for (let index = 0; index < 10; index += 1) {
          sandbox.faults.inject({ ...spec, match: { method: 'POST' } });
          const answer = await post(bff.url, `mutation { createCompany(data: { name: "${fault} ${index}" }) { id } }`);
          failed += answer.errors?.length ? 1 : 0;
        }
        const listed = await post(bff.url, `{ companies(first: 100, filter: { name: { startsWith: "${fault} " } }) { totalCount } }`);
        const records = (listed.data?.['companies'] as { totalCount: number } | undefined)?.totalCount ?? Number.NaN;
        figures[`after a lost ${fault}`] = `${records} records for 10 creates (${records - 10} duplicates), ${failed} errors`;
      }
      return figures;
    } finally {
      await bff.close();
      await sandbox.close();
    }
  },
};

/** Every robustness scenario, in the order they are reported. */
export const robustnessScenarios: RobustnessScenario[] = [
  fieldsKeptWhenOneRelationFails,
  duplicatesAfterLostAnswers,
  rowsWhenUpstreamIgnoresLimit,
  rowsWhenUpstreamIgnoresLimitUnbounded,
];

async function main(): Promise<void> {
  const results: Array<{ name: string; figures: Record<string, number | string> }> = [];
  for (const scenario of robustnessScenarios) {
    results.push({ name: scenario.name, figures: await scenario.run() });
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  for (const { name, figures } of results) {
    process.stdout.write(`${name}\n`);
    for (const [key, value] of Object.entries(figures)) {
      process.stdout.write(`  ${key.padEnd(24)} ${value}\n`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
