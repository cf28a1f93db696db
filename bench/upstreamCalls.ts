/**
 * Upstream requests and time per operation for a fixed set of nested
 * operations, against the sandbox's demo workspace (seed 42), so the numbers
 * can be compared release to release. `BENCH_RUNS` (default 20) sets the
 * timed runs per operation. The shared cache is off here: these are the
 * costs of one operation on its own.
 */
import { loadConfig } from '../src/config.js';
import { startSandbox } from '../src/sandbox/index.js';
import { UPSTREAM_COST_HEADER } from '../src/server.js';
import { startBff } from '../src/startBff.js';

interface BenchOperation {
  name: string;
  query: string;
}

/** One operation's figures. */
export interface BenchResult {
  name: string;
  upstreamRequests: number;
  medianMs: number;
  maxMs: number;
}

interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: unknown[];
  extensions?: { upstream?: { requests?: number } };
}

// The fixed set; `noteId` is a demo note attached to people and companies.
export function benchOperations(noteId: string): BenchOperation[] {
  return [
    {
      name: '60 people with their company',
      query: /* GraphQL */ `{ people(first: 60) { edges { node { name { firstName lastName } company { name } } } } }`,
    },
    {
      name: '20 companies, people(first: 5) { company }, opportunities { pointOfContact }',
      query: /* GraphQL */ `{
        companies(first: 20) { edges { node { name
          people(first: 5) { totalCount edges { node { name { lastName } company { name } } } }
          opportunities { edges { node { name pointOfContact { name { lastName } } } } }
        } } }
      }`,
    },
    {
      name: "a note with its targets' people and companies",
      query: /* GraphQL */ `{ note(id: "${noteId}") { title targets { edges { node { person { name { lastName } } company { name } } } } } }`,
    },
    {
      name: '20 companies with their notes and tasks (through targets)',
      query: /* GraphQL */ `{
        companies(first: 20) { edges { node { name
          notes(first: 3) { totalCount edges { node { title } } }
          tasks(first: 3) { totalCount edges { node { title assignee { name { lastName } } } } }
        } } }
      }`,
    },
    {
      name: '50 opportunities with company { accountOwner } and pointOfContact { company }',
      query: /* GraphQL */ `{
        opportunities(first: 50) { edges { node { name
          company { name accountOwner { name { lastName } } }
          pointOfContact { name { lastName } company { name } }
        } } }
      }`,
    },
  ];
}

/** Runs every bench operation `runs` times over a fresh sandbox with `env` as configuration. */
export async function runUpstreamCalls(options: { runs: number; env?: Record<string, string>; latencyMs?: number }): Promise<BenchResult[]> {
  const { runs } = options;
  const config = { ...loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', ...options.env }), port: 0, host: '127.0.0.1' };
  const sandbox = await startSandbox({ seed: config.sandboxSeed, ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }) });
  const bff = await startBff(config, { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey } });
  try {
    const execute = async (query: string): Promise<GraphQLAnswer> => {
      const response = await fetch(bff.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [UPSTREAM_COST_HEADER]: '1' },
        body: JSON.stringify({ query }),
      });
      const answer = (await response.json()) as GraphQLAnswer;
      if (answer.errors?.length) {
        throw new Error(`The operation failed: ${JSON.stringify(answer.errors)}`);
      }
      return answer;
    };
    const target = await execute('{ noteTargets(first: 1, filter: { personId: { is: NOT_NULL } }) { edges { node { noteId } } } }');
    const noteId = (target.data?.['noteTargets'] as { edges: Array<{ node: { noteId: string } }> }).edges[0]?.node.noteId ?? '';
    const results: BenchResult[] = [];
    for (const operation of benchOperations(noteId)) {
      const upstream = new Set<number>();
      const times: number[] = [];
      await execute(operation.query);
      for (let run = 0; run < runs; run += 1) {
        const startedAt = performance.now();
        const answer = await execute(operation.query);
        times.push(performance.now() - startedAt);
        upstream.add(answer.extensions?.upstream?.requests ?? Number.NaN);
      }
      if (upstream.size !== 1) {
        throw new Error(`${operation.name}: the upstream cost varied between runs (${[...upstream].join(', ')}).`);
      }
      times.sort((one, other) => one - other);
      results.push({
        name: operation.name,
        upstreamRequests: [...upstream][0] ?? Number.NaN,
        medianMs: round(times[Math.floor(times.length / 2)] ?? Number.NaN),
        maxMs: round(times[times.length - 1] ?? Number.NaN),
      });
    }
    return results;
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
