/**
 * The quota scenarios of `npm run bench`: a crowd of frontend clients against
 * the sandbox with Twenty's own rate limits (100 requests a minute per
 * workspace), through one twenty-bff or two sharing Redis; the amplification
 * shape; and how soon upstream calls stop after a client disconnects.
 */
import { randomUUID } from 'node:crypto';

import { loadConfig } from '../src/config.js';
import { startSandbox } from '../src/sandbox/index.js';
import { UPSTREAM_COST_HEADER } from '../src/server.js';
import { type RunningBff, startBff } from '../src/startBff.js';

/** Twenty's self-hosted defaults (contract §6.3). */
export const TWENTY_RATE_LIMITS = { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 };

interface Answer {
  data?: unknown;
  errors?: Array<{ extensions?: { code?: string } }>;
  extensions?: { upstream?: Record<string, number> };
}

/** Five ordinary screens; `companyId` is a demo company for the company page. */
export function screens(companyId: string): Array<{ name: string; query: string }> {
  return [
    { name: 'people with company', query: `{ people(first: 60) { edges { node { name { firstName lastName } company { name } } } } }` },
    {
      name: 'companies with people and opportunities',
      query: `{ companies(first: 20) { edges { node { name people(first: 5) { totalCount edges { node { name { lastName } } } } opportunities { edges { node { name stage } } } } } } }`,
    },
    {
      name: 'opportunities with company and contact',
      query: `{ opportunities(first: 50) { edges { node { name amount { amount currencyCode } company { name } pointOfContact { name { lastName } } } } } }`,
    },
    {
      name: 'notes with targets',
      query: `{ notes(first: 10) { edges { node { title targets { edges { node { person { name { lastName } } company { name } } } } } } } }`,
    },
    {
      name: 'company page',
      query: `{ company(id: "${companyId}") { name employees people(first: 10) { edges { node { name { lastName } jobTitle } } } opportunities { edges { node { name stage } } } notes(first: 5) { edges { node { title } } } tasks(first: 5) { edges { node { title status } } } } }`,
    },
  ];
}

/** Figures of one crowd run. */
export interface CrowdFigures {
  replicas: number;
  operations: number;
  answeredWithoutError: number;
  rateLimitedErrors: number;
  otherErrors: number;
  upstreamRequests: number;
  upstream429s: number;
  operationsPerUpstreamRequest: number;
  p50Ms: number;
  p95Ms: number;
}

/** Sends `query` to `url` as `client`; returns the answer and its latency. */
async function send(url: string, query: string, client: string, signal?: AbortSignal): Promise<{ answer: Answer; ms: number }> {
  const startedAt = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollographql-client-name': client, [UPSTREAM_COST_HEADER]: '1' },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });
  const answer = (await response.json()) as Answer;
  return { answer, ms: performance.now() - startedAt };
}

async function firstCompanyId(url: string): Promise<string> {
  const { answer } = await send(url, '{ companies(first: 1, orderBy: [{ name: AscNullsLast }]) { edges { node { id } } } }', 'bench');
  const data = answer.data as { companies: { edges: Array<{ node: { id: string } }> } };
  const id = data.companies.edges[0]?.node.id;
  if (!id) {
    throw new Error('The demo workspace has no company.');
  }
  return id;
}

/**
 * `clients` frontend clients each send one screen (client i: screen i mod 5)
 * once a second for `seconds`, spread over the replicas; a fresh sandbox
 * with Twenty's limits, so both buckets start full.
 */
export async function runCrowd(options: { clients: number; seconds: number; replicas: number; env?: Record<string, string> }): Promise<CrowdFigures> {
  const sandbox = await startSandbox({ seed: 42, rateLimit: TWENTY_RATE_LIMITS });
  const prefix = `twenty-bff-bench-${randomUUID()}:`;
  const bffs: RunningBff[] = [];
  try {
    for (let replica = 0; replica < options.replicas; replica += 1) {
      const env = { ...options.env, ...(options.replicas > 1 ? { REDIS_URL: options.env?.['REDIS_URL'] ?? 'redis://127.0.0.1:6379', BFF_REDIS_PREFIX: prefix } : {}) };
      const config = { ...loadConfig({ BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent', ...env }), port: 0, host: '127.0.0.1' };
      bffs.push(await startBff(config, { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } }));
    }
    const companyId = await firstCompanyId(bffs[0]?.url ?? '');
    sandbox.requests.length = 0;
    const mix = screens(companyId);
    const latencies: number[] = [];
    const figures = { operations: 0, answeredWithoutError: 0, rateLimitedErrors: 0, otherErrors: 0 };
    const endAt = performance.now() + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.clients }, async (_, client) => {
        const screen = mix[client % mix.length];
        const url = bffs[client % bffs.length]?.url;
        if (!screen || !url) {
          return;
        }
        // Clients start spread over the first second, as real ones would.
        await sleep((client * 1000) / options.clients);
        while (performance.now() < endAt) {
          const tickAt = performance.now();
          const { answer, ms } = await send(url, screen.query, `client-${client}`);
          latencies.push(ms);
          figures.operations += 1;
          const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
          if (codes.length === 0) {
            figures.answeredWithoutError += 1;
          } else if (codes.includes('RATE_LIMITED')) {
            figures.rateLimitedErrors += 1;
          } else {
            figures.otherErrors += 1;
          }
          await sleep(Math.max(0, 1000 - (performance.now() - tickAt)));
        }
      }),
    );
    const upstream = [...sandbox.requests];
    latencies.sort((one, other) => one - other);
    return {
      replicas: options.replicas,
      ...figures,
      upstreamRequests: upstream.length,
      upstream429s: upstream.filter((entry) => entry.status === 429).length,
      operationsPerUpstreamRequest: round(figures.answeredWithoutError / Math.max(1, upstream.length)),
      p50Ms: round(percentile(latencies, 0.5)),
      p95Ms: round(percentile(latencies, 0.95)),
    };
  } finally {
    await Promise.all(bffs.map((bff) => bff.close()));
    await sandbox.close();
  }
}

/**
 * The shape that made thousands of upstream requests on main: 30 aliases of
 * a 500-row list whose nested connection has a cursor (so one request per
 * parent); each alias asks a different `first`, so no two share a loader.
 */
export function amplificationOperation(cursor: string): string {
  const field = (index: number) => `companies(first: 500) { edges { node { people(first: ${index + 1}, after: "${cursor}") { totalCount } } } }`;
  return `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: ${field(index)}`).join(' ')} }`;
}

/** Figures of the amplification shape. */
export interface AmplificationFigures {
  estimatedCost: number | null;
  refused: boolean;
  code: string | null;
  upstreamRequests: number;
}

/** Sends the amplification shape once to a fresh sandbox and counts what reached it. */
export async function runAmplification(env: Record<string, string> = {}): Promise<AmplificationFigures> {
  const sandbox = await startSandbox({ seed: 42 });
  const bff = await startBff({ ...loadConfig({ BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent', ...env }), port: 0, host: '127.0.0.1' }, { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } });
  try {
    const { answer: page } = await send(bff.url, '{ people(first: 1) { pageInfo { endCursor } } }', 'bench');
    const cursor = (page.data as { people: { pageInfo: { endCursor: string } } }).people.pageInfo.endCursor;
    sandbox.requests.length = 0;
    const controller = new AbortController();
    // On main this ran for minutes: stop waiting after 20 s, then count.
    const timer = setTimeout(() => controller.abort(), 20_000);
    const result = await send(bff.url, amplificationOperation(cursor), 'bench', controller.signal).catch(() => undefined);
    clearTimeout(timer);
    await sleep(200);
    const error = result?.answer.errors?.[0] as { extensions?: { code?: string; estimatedCost?: number } } | undefined;
    const code = error?.extensions?.code ?? null;
    return {
      estimatedCost: error?.extensions?.estimatedCost ?? result?.answer.extensions?.upstream?.['estimated'] ?? null,
      refused: code === 'COST_ESTIMATED_TOO_EXPENSIVE',
      code,
      upstreamRequests: sandbox.requests.length,
    };
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

/** Figures of a disconnect in the middle of a long operation. */
export interface DisconnectFigures {
  requestsBeforeDisconnect: number;
  requestsStartedAfterDisconnect: number;
  latestStartAfterDisconnectMs: number | null;
}

/**
 * A client asks for a list that takes many sequential upstream pages (each
 * 100 ms slow) and goes away after 350 ms; counts the upstream requests that
 * arrived more than 100 ms after it left.
 */
export async function runDisconnect(env: Record<string, string> = {}): Promise<DisconnectFigures> {
  const sandbox = await startSandbox({ seed: 42, latencyMs: 100 });
  const bff = await startBff(
    { ...loadConfig({ TWENTY_PAGE_CAP: '10', BFF_CACHE_TTL_MS: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent', ...env }), port: 0, host: '127.0.0.1' },
    { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } },
  );
  try {
    sandbox.requests.length = 0;
    const controller = new AbortController();
    const pending = send(bff.url, '{ people(first: 200) { edges { node { id } } } }', 'bench', controller.signal).catch(() => undefined);
    await sleep(350);
    const leftAt = Date.now();
    const before = sandbox.requests.length;
    controller.abort();
    await pending;
    await sleep(1500);
    const late = sandbox.requests.map((entry) => Date.parse(entry.time) - leftAt).filter((delay) => delay > 100);
    return {
      requestsBeforeDisconnect: before,
      requestsStartedAfterDisconnect: late.length,
      latestStartAfterDisconnectMs: late.length > 0 ? Math.max(...late) : null,
    };
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
