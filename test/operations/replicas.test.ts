import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox, SandboxOptions } from '../../src/sandbox/types.js';
import { type RunningBff, startBff } from '../../src/startBff.js';
import { postOperation, UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startRedisServer, type TestRedisServer } from '../utils/startRedisServer.js';

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const FIRST_COMPANIES = `{ companies(first: 3, orderBy: [{ name: AscNullsFirst }]) { totalCount edges { node { id name } } } }`;
const FIRST_COMPANIES_READ = 'GET /rest/companies?depth=0&limit=3&order_by=name[AscNullsFirst] 200';
const SEED_42_FIRST = ['Acme (Holdings)', 'Adventure Works', 'Alpine Ski House'];
const companiesFirst = (first: number) => `{ companies(first: ${first}, orderBy: [{ name: AscNullsFirst }]) { edges { node { name } } } }`;

interface CompanyList {
  companies: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
}

/** A sandbox and two twenty-bff replicas over it, sharing one Redis under a fresh key prefix. */
interface Replicas {
  sandbox: RunningSandbox;
  a: RunningBff;
  b: RunningBff;
  prefix: string;
  close(): Promise<void>;
}

async function startReplicas(redisUrl: string, env: Record<string, string>, sandboxOptions: SandboxOptions = {}): Promise<Replicas> {
  const sandbox = await startSandbox({ seed: 42, ...sandboxOptions });
  const prefix = `twenty-bff-test:replicas:${randomBytes(6).toString('hex')}:`;
  const config = {
    ...loadConfig({ REDIS_URL: redisUrl, BFF_REDIS_PREFIX: prefix, BFF_ALLOW_ANONYMOUS: 'true', BFF_WORKSPACE_SCHEMA: 'false', ...env }),
    port: 0,
    host: '127.0.0.1',
  };
  const upstream = { baseUrl: sandbox.url, apiKey: sandbox.apiKey };
  const a = await startBff(config, { upstream });
  const b = await startBff(config, { upstream });
  return {
    sandbox,
    a,
    b,
    prefix,
    async close() {
      await a.close();
      await b.close();
      await sandbox.close();
    },
  };
}

// What a test run left in the shared Redis (never FLUSHALL: others use it).
async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const client = new Redis(redisUrl);
  try {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) {
      await client.del(...keys);
    }
  } finally {
    await client.quit();
  }
}

const ask = <TData = CompanyList>(replica: RunningBff, query: string) => postOperation<TData>(replica.url, query, {}, UPSTREAM_COST_HEADER);
const namesOf = (result: { data?: CompanyList | null }) => result.data?.companies.edges.map(({ node }) => node.name);

describe('two replicas sharing Redis', () => {
  let replicas: Replicas;

  beforeAll(async () => {
    replicas = await startReplicas(SHARED_REDIS, { BFF_CACHE_TTL_MS: '60000', TWENTY_RATE_LIMIT: '0' });
  });

  afterAll(async () => {
    await replicas.close();
    await deleteKeys(SHARED_REDIS, replicas.prefix);
  });

  beforeEach(() => {
    replicas.sandbox.requests.length = 0;
  });

  it("answers B from A's cached read", async () => {
    const onA = await ask(replicas.a, FIRST_COMPANIES);
    expect(namesOf(onA)).toEqual(SEED_42_FIRST);
    expect(upstreamUsageOf(onA)).toMatchObject({ requests: 1, cacheHits: 0 });
    const onB = await ask(replicas.b, FIRST_COMPANIES);
    expect(onB.data).toEqual(onA.data);
    expect(upstreamUsageOf(onB)).toMatchObject({ requests: 0, cacheHits: 1 });
    expect(requestLines(replicas.sandbox.requests)).toEqual([FIRST_COMPANIES_READ]);
  });

  it('shows a write made on A in the next read on B', async () => {
    const before = await ask(replicas.b, FIRST_COMPANIES);
    expect(upstreamUsageOf(before)).toMatchObject({ requests: 0, cacheHits: 1 });

    const created = await postOperation<{ createCompany: { id: string } }>(replicas.a.url, `mutation { createCompany(data: { name: "AAA Written On A" }) { id } }`);
    const id = created.data?.createCompany.id;
    const after = await ask(replicas.b, FIRST_COMPANIES);
    expect(after.data?.companies.edges.map(({ node }) => node)).toEqual([
      { id, name: 'AAA Written On A' },
      ...(before.data?.companies.edges.slice(0, 2).map(({ node }) => node) ?? []),
    ]);
    expect(after.data?.companies.totalCount).toBe((before.data?.companies.totalCount ?? 0) + 1);
    expect(upstreamUsageOf(after)).toMatchObject({ requests: 1, cacheHits: 0 });
    expect(requestLines(replicas.sandbox.requests)).toEqual(['POST /rest/companies?depth=0 201', FIRST_COMPANIES_READ]);
  });
});

describe('two replicas sharing one rate budget through Redis', () => {
  let replicas: Replicas;

  beforeAll(async () => {
    replicas = await startReplicas(
      SHARED_REDIS,
      // TWENTY_RATE_LIMIT 5: twenty-bff keeps one request below it, so 4 go out.
      { BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '5', TWENTY_RATE_WINDOW_MS: '60000' },
      { rateLimit: { shortLimit: 100, shortTtlMs: 1000, longLimit: 4, longTtlMs: 60_000 } },
    );
  });

  afterAll(async () => {
    await replicas.close();
    await deleteKeys(SHARED_REDIS, replicas.prefix);
  });

  it('lets 4 of 6 operations spread over both replicas reach Twenty, and none get a 429', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((first) => ask(first % 2 === 0 ? replicas.a : replicas.b, companiesFirst(first))));
    const codes = results.map(({ errors }) => errors?.map(({ extensions }) => extensions?.['code']) ?? []);
    expect(codes.filter((list) => list.length === 0)).toHaveLength(4);
    expect(codes.filter((list) => list.length > 0)).toEqual([['RATE_LIMITED'], ['RATE_LIMITED']]);
    for (const result of results.filter(({ errors }) => errors !== undefined)) {
      expect(result.errors?.[0]?.extensions?.['upstream']).toEqual({ status: null, method: 'GET', path: '/rest/companies' });
    }
    const lines = requestLines(replicas.sandbox.requests);
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => line.endsWith(' 200'))).toBe(true);
  });
});

describe('two replicas when Redis stops and comes back', () => {
  let redis: TestRedisServer;
  let replicas: Replicas;

  beforeAll(async () => {
    redis = await startRedisServer();
    replicas = await startReplicas(redis.url, { BFF_CACHE_TTL_MS: '60000', TWENTY_RATE_LIMIT: '0' });
  });

  afterAll(async () => {
    await replicas.close();
    await redis.stop();
  });

  it('keeps answering with data while Redis is down, and shares again once it is back', async () => {
    const shared = await ask(replicas.a, companiesFirst(1));
    expect(upstreamUsageOf(await ask(replicas.b, companiesFirst(1)))).toMatchObject({ requests: 0, cacheHits: 1 });

    await redis.stop();
    replicas.sandbox.requests.length = 0;
    for (const replica of [replicas.a, replicas.b]) {
      const down = await ask(replica, companiesFirst(2));
      expect(down.errors).toBeUndefined();
      expect(namesOf(down)).toEqual(SEED_42_FIRST.slice(0, 2));
      // Each replica caches in its own memory meanwhile.
      const local = await ask(replica, companiesFirst(2));
      expect([local.data, upstreamUsageOf(local).cacheHits]).toEqual([down.data, 1]);
      const again = await ask(replica, companiesFirst(1));
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(shared.data);
    }

    // One read per replica of what neither had; the rest from their own memory.
    expect(requestLines(replicas.sandbox.requests)).toEqual([
      'GET /rest/companies?depth=0&limit=2&order_by=name[AscNullsFirst] 200',
      'GET /rest/companies?depth=0&limit=2&order_by=name[AscNullsFirst] 200',
    ]);
    await redis.start();
    // The replicas reconnect on their own schedule: ask fresh queries until B
    // is answered from A's read, or give up after 20 tries.
    let sharedAgain = false;
    for (let first = 10; first < 30 && !sharedAgain; first += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const onA = await ask(replicas.a, companiesFirst(first));
      const onB = await ask(replicas.b, companiesFirst(first));
      expect([onA.errors, onB.errors]).toEqual([undefined, undefined]);
      expect(onB.data).toEqual(onA.data);
      sharedAgain = upstreamUsageOf(onA).requests === 1 && upstreamUsageOf(onB).cacheHits === 1;
    }
    expect(sharedAgain).toBe(true);
  });
});
