/**
 * `npm run stress`: how twenty-bff holds up against hostile or heavy input,
 * each scenario against its own server process (`src/main.ts`). Prints one
 * section per scenario; `npm run stress -- <name>…` runs only those named.
 * Numbers depend on the machine: compare them run to run, on one machine.
 */
import { readFileSync } from 'node:fs';

import { startSandbox } from '../src/sandbox/index.js';
import { type MainProcess, startMainProcess } from '../test/utils/startMainProcess.js';
import { duplicatesAfterLostAnswers, fieldsKeptWhenOneRelationFails, rowsWhenUpstreamIgnoresLimit, type RobustnessScenario } from './stressRobustness.js';

/** One named stress scenario; `run` returns the lines to print. */
interface Scenario {
  name: string;
  description: string;
  run(): Promise<string[]>;
}

const scenarios: Scenario[] = [
  {
    name: 'document-cache',
    description: 'RSS before and after 5,000 unique operations padded with spaces',
    run: async () => {
      const server = await serve({});
      try {
        const url = await server.url();
        // Warm up (GraphiQL's first compile, Apollo's first parse) before measuring.
        await sendAll(200, 20, (index) => postJson(url, { query: `{ ping } #warm${index}` }));
        const before = rssMegabytes(server);
        // Just under BFF_MAX_OPERATION_CHARS (20,000): accepted, parsed and cached.
        const accepted = await sendAll(5_000, 20, (index) => postJson(url, { query: `{ ping } #${index}${' '.repeat(19_900)}` }));
        const afterAccepted = rssMegabytes(server);
        const acceptedAgain = await sendAll(5_000, 20, (index) => postJson(url, { query: `{ ping } #again${index}${' '.repeat(19_900)}` }));
        const afterAcceptedAgain = rssMegabytes(server);
        // The attack as first reported: ~1 MB each, refused by the body limit.
        const padding = ' '.repeat(990_000);
        const refused = await sendAll(5_000, 20, (index) => postJson(url, { query: `{ ping } #${index}${padding}` }));
        const afterRefused = rssMegabytes(server);
        return [
          `RSS before: ${before} MB`,
          `5,000 unique ~20 KB documents (${statusCounts(accepted)}): RSS after ${afterAccepted} MB`,
          `5,000 more (${statusCounts(acceptedAgain)}): RSS after ${afterAcceptedAgain} MB`,
          `5,000 unique ~1 MB documents (${statusCounts(refused)}): RSS after ${afterRefused} MB`,
        ];
      } finally {
        await stop(server);
      }
    },
  },
  {
    name: 'oversized-filter',
    description: 'CPU per refused oversized filter, and the worst /health latency during a burst of 20',
    run: async () => {
      const server = await serve({});
      try {
        const url = await server.url();
        const filterOf = (values: number) => ({
          query: 'query ($filter: PersonFilter) { people(filter: $filter) { totalCount } }',
          variables: { filter: { city: { in: Array.from({ length: values }, (_, index) => `v${index}xxxx`) } } },
        });
        // Just under the default body limit (100 KB): refused by the filter check.
        const underBodyLimit = filterOf(7_500);
        // The reported attack: refused by the body limit before being parsed.
        const attack = filterOf(70_000);
        const lines: string[] = [];
        for (const [name, body] of [
          ['~95 KB filter', underBodyLimit],
          ['~900 KB filter', attack],
        ] as const) {
          await sendAll(10, 1, () => postJson(url, body));
          const cpuBefore = cpuMilliseconds(server);
          const refused = await sendAll(200, 1, () => postJson(url, body));
          const perRefusal = (cpuMilliseconds(server) - cpuBefore) / 200;
          lines.push(`${name} (${JSON.stringify(body).length} bytes; ${statusCounts(refused)}): server CPU per refusal ${perRefusal.toFixed(2)} ms`);
        }
        const health = url.replace('/graphql', '/health');
        let worstHealthMs = 0;
        let healthFailures = 0;
        let burstDone = false;
        const probing = (async () => {
          while (!burstDone) {
            const started = performance.now();
            await fetch(health).catch(() => {
              healthFailures += 1;
            });
            worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
          }
        })();
        const burst = await sendAll(20, 20, () => postJson(url, underBodyLimit));
        burstDone = true;
        await probing;
        lines.push(`burst of 20 ~95 KB filters at once (${statusCounts(burst)}): worst /health latency ${worstHealthMs.toFixed(1)} ms, ${healthFailures} failed`);
        return lines;
      } finally {
        await stop(server);
      }
    },
  },
  {
    name: 'shutdown',
    description: 'requests in flight answered after SIGTERM',
    run: async () => {
      // Every upstream answer takes a second, so requests are in flight when the signal comes.
      const sandbox = await startSandbox({ demoData: false, latencyMs: 1_000 });
      const server = await serve({ TWENTY_API_URL: sandbox.url, TWENTY_API_KEY: sandbox.apiKey, BFF_ALLOW_ANONYMOUS: 'true' });
      try {
        const url = await server.url();
        const answers = sendAll(20, 20, (index) =>
          postJson(url, {
            query: index % 2 === 0 ? `{ people(first: ${index + 1}) { totalCount } }` : `mutation { createCompany(data: { name: "Company ${index}" }) { id } }`,
          }),
        );
        // Distinct reads: identical ones would share one upstream request.
        while (sandbox.requests.length < 20) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        server.process.kill('SIGTERM');
        const results = await answers;
        const exit = await server.exited;
        const complete = results.filter((result) => result.status === 200 && !result.text.includes('"errors"')).length;
        return [`20 requests in flight at SIGTERM (10 writes): ${complete} answered without error (${statusCounts(results)}); exit code ${exit.code}`];
      } finally {
        await stop(server);
        await sandbox.close();
      }
    },
  },
];

// The in-process scenarios of stressRobustness.ts, printed as lines.
function fromRobustness(name: string, scenario: RobustnessScenario): Scenario {
  return {
    name,
    description: scenario.name,
    run: async () => Object.entries(await scenario.run()).map(([key, value]) => `${key}: ${value}`),
  };
}

scenarios.push(
  fromRobustness('relation-failure', fieldsKeptWhenOneRelationFails),
  fromRobustness('lost-answer-creates', duplicatesAfterLostAnswers),
  fromRobustness('ignored-limit', rowsWhenUpstreamIgnoresLimit),
);

interface Sent {
  status: number | 'failed';
  text: string;
}

function postJson(url: string, body: unknown): Promise<Sent> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
    async (response) => ({ status: response.status, text: await response.text() }),
    () => ({ status: 'failed', text: '' }),
  );
}

// `count` requests, `concurrency` at a time.
async function sendAll(count: number, concurrency: number, send: (index: number) => Promise<Sent>): Promise<Sent[]> {
  const results: Sent[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        results[index] = await send(index);
      }
    }),
  );
  return results;
}

function statusCounts(results: Sent[]): string {
  const counts = new Map<string, number>();
  for (const { status } of results) {
    counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
  }
  return [...counts].map(([status, count]) => `${count} × ${status}`).join(', ');
}

async function serve(env: Record<string, string>): Promise<MainProcess> {
  const server = startMainProcess({ PORT: '0', ...env });
  await Promise.race([
    server.url(),
    server.exited.then(() => {
      throw new Error(`the server did not start:\n${server.output.join('\n')}`);
    }),
  ]);
  return server;
}

async function stop(server: MainProcess): Promise<void> {
  if (server.process.exitCode === null && server.process.signalCode === null) {
    server.process.kill('SIGTERM');
    await server.exited;
  }
}

// Linux's /proc: resident memory and CPU time of the server process.
function rssMegabytes(server: MainProcess): string {
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))?.[1]);
  return (kilobytes / 1024).toFixed(1);
}

function cpuMilliseconds(server: MainProcess): number {
  const stat = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !scenarios.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${scenarios.map((scenario) => scenario.name).join(', ')}.`);
    process.exit(2);
  }
  for (const scenario of scenarios.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) {
    console.info(`\n## ${scenario.name}: ${scenario.description}`);
    for (const line of await scenario.run()) {
      console.info(`  ${line}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
