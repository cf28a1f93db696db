/**
 * Upstream requests and time per operation for a fixed set of nested
 * operations (`benchOperations.ts`), against the sandbox's demo workspace
 * (seed 42), so the numbers can be compared release to release. The shared
 * cache and the rate budget are off here: these are the costs of one
 * operation on its own.
 */
import { loadConfig } from '../src/config.js';
import { startSandbox } from '../src/sandbox/index.js';
import { UPSTREAM_COST_HEADER } from '../src/server.js';
import { startBff } from '../src/startBff.js';
import { benchOperations, NOTE_ID_QUERY, noteIdOf } from './benchOperations.js';

/** One operation's figures. */
export interface BenchResult {
  name: string;
  upstreamRequests: number;
  estimated: number;
  medianMs: number;
  maxMs: number;
}

interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: unknown[];
  extensions?: { upstream?: { requests?: number; estimated?: number } };
}

/** Runs every bench operation `runs` times over a fresh sandbox (`latencyMs` slow) with `env` as configuration. */
export async function runUpstreamCalls(options: { runs: number; env?: Record<string, string>; latencyMs?: number }): Promise<BenchResult[]> {
  const { runs } = options;
  const config = { ...loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent', ...options.env }), port: 0, host: '127.0.0.1' };
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
    const noteId = noteIdOf((await execute(NOTE_ID_QUERY)).data);
    const results: BenchResult[] = [];
    for (const operation of benchOperations(noteId)) {
      const upstream = new Set<number>();
      const times: number[] = [];
      const first = await execute(operation.query);
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
        estimated: first.extensions?.upstream?.estimated ?? Number.NaN,
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
