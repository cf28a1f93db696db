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

interface BenchOperation {
  name: string;
  query: string;
}

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

// The fixed set; `noteId` is a demo note attached to people and companies.
function benchOperations(noteId: string): BenchOperation[] {
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

async function main(): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 20);
  const base = loadConfig({});
  // The sandbox's key is on the server; the bench is the only caller.
  const config = { ...base, port: 0, host: '127.0.0.1', auth: { ...base.auth, allowAnonymous: true } };
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
