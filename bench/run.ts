/**
 * `npm run bench`: prints the figures that matter release to release.
 * Sections: `calls` (upstream requests and time per operation), `hold`
 * (the batch hold's latency against a 20 ms upstream), `quota` (50 clients
 * against Twenty's rate limits, one replica and two sharing Redis),
 * `amplification` and `disconnect`. `--only a,b` runs some;
 * `BENCH_QUOTA_SECONDS` (default 60) shortens the crowd; `--json` prints JSON.
 */
import { runAmplification, runCrowd, runDisconnect } from './quota.js';
import { runUpstreamCalls } from './upstreamCalls.js';

const SECTIONS = ['calls', 'hold', 'quota', 'amplification', 'disconnect'] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? '').split(',') : [...SECTIONS];
  const unknown = only.filter((name) => !SECTIONS.includes(name as Section));
  if (unknown.length > 0) {
    throw new Error(`Unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}.`);
  }
  const json = process.argv.includes('--json');
  const out: Record<string, unknown> = {};
  const show = (title: string, rows: readonly object[]) => {
    out[title] = rows;
    if (!json) {
      console.info(`\n## ${title}`);
      console.table(rows);
    }
  };
  if (only.includes('calls')) {
    const runs = Number(process.env['BENCH_RUNS'] ?? 20);
    show(`calls: upstream requests per operation (sandbox seed 42, page cap 60, ${runs} runs, cache off)`, await runUpstreamCalls({ runs }));
  }
  if (only.includes('hold')) {
    const rows = [];
    for (const hold of ['50', '0']) {
      for (const result of await runUpstreamCalls({ runs: 15, latencyMs: 20, env: { BFF_BATCH_HOLD_MS: hold } })) {
        rows.push({ BFF_BATCH_HOLD_MS: Number(hold), ...result });
      }
    }
    show('hold: latency against a 20 ms upstream, BFF_BATCH_HOLD_MS 50 vs 0', rows);
  }
  if (only.includes('quota')) {
    const seconds = Number(process.env['BENCH_QUOTA_SECONDS'] ?? 60);
    const rows = [];
    for (const replicas of [1, 2]) {
      rows.push({ seconds, ...(await runCrowd({ clients: 50, seconds, replicas })) });
    }
    show('quota: 50 clients, one screen a second each, Twenty limits 100/min', rows);
  }
  if (only.includes('amplification')) {
    show('amplification: 30 aliases of companies(first: 500) { people(first: 1, after: …) }', [await runAmplification()]);
  }
  if (only.includes('disconnect')) {
    show('disconnect: client leaves 350 ms into a 20-page read (100 ms per page)', [await runDisconnect()]);
  }
  if (json) {
    console.info(JSON.stringify(out, null, 2));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
