/**
 * `npm run bench`: upstream requests and time per operation for a fixed set
 * of nested operations, against the sandbox's demo workspace (seed 42), so
 * the numbers can be compared release to release. `BENCH_RUNS` (default 20)
 * sets the timed runs per operation; `--json` prints JSON instead of a table.
 */
import { loadConfig } from '../src/config.js';
import { startSandbox } from '../src/sandbox/index.js';
import { UPSTREAM_COST_HEADER } from '../src/server.js';
import { startBff } from '../src/startBff.js';
import { benchOperations, NOTE_ID_QUERY, noteIdOf } from './benchOperations.js';

interface BenchResult {
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

async function main(): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 20);
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1' };
  const sandbox = await startSandbox({ seed: config.sandboxSeed });
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
    print(results, { runs, pageCap: config.twenty.pageCap });
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

function print(results: BenchResult[], settings: { runs: number; pageCap: number }): void {
  if (process.argv.includes('--json')) {
    console.info(JSON.stringify({ ...settings, results }, null, 2));
    return;
  }
  console.info(`twenty-bff bench: sandbox demo workspace (seed 42), page cap ${settings.pageCap}, ${settings.runs} runs per operation\n`);
  const width = Math.max(...results.map((result) => result.name.length));
  console.info(`${'operation'.padEnd(width)}  upstream requests  median ms  max ms`);
  for (const result of results) {
    console.info(
      `${result.name.padEnd(width)}  ${String(result.upstreamRequests).padStart(17)}  ${String(result.medianMs).padStart(9)}  ${String(result.maxMs).padStart(6)}`,
    );
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
