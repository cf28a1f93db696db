import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, parseArgs } from 'node:util';

import { startSandbox } from './startSandbox.js';
import type { FaultSpec, RateLimitOptions, SandboxOptions, SandboxWebhook } from './types.js';

/** `npm run sandbox -- --help`. */
export const SANDBOX_USAGE = `Usage: npm run sandbox -- [options]

Starts the Twenty REST emulator (core records at /rest, metadata at /rest/metadata)
with a seeded demo workspace, and prints its API key and a curl example.

Options:
  --port <n>                 Port to listen on (default 3000; 0 picks a free port)
  --host <host>              Interface to bind (default 127.0.0.1)
  --api-key <key>            Accept exactly this Bearer key instead of the demo JWT
  --seed <n>                 Demo data seed (default 42)
  --no-demo-data             Standard objects only, no records
  --max-limit <n>            Page cap: larger 'limit' values are clamped silently
                             (default 200 like newest Twenty; 60 like its docs)
  --max-batch <n>            Largest POST /rest/batch/{objects} body (default 200)
  --max-affected <n>         Most records a bulk PATCH, DELETE or restore may match;
                             more is refused with a 400 (default 100, Twenty's
                             MUTATION_MAXIMUM_AFFECTED_RECORDS)
  --latency <ms>             Fixed delay added to every response (default 0)
  --jitter <ms>              Random extra delay from 0 to <ms> (default 0)
  --rate-limit <spec>        Per-workspace token buckets, answered with 429 when empty:
                               <short>/<window>,<long>/<window>   e.g. 100/1s,100/60s
                               <limit>/<window>                   both buckets alike, e.g. 50/1m
                               default                            Twenty's 100/1s,100/60s
                             A window is milliseconds, or a number with ms, s, m or h.
  --fault <spec>             Inject a fault (repeatable):
                               <status>[@p]        answer that HTTP status, e.g. 500@0.1, 429@0.05
                               timeout[@p]         never answer
                               reset[@p]           close the connection
                               malformed[@p]       answer 200 with truncated JSON
                               {"kind":…,"status":…,"when":"after","times":…,"probability":…,
                                "match":{"method":…,"pathPrefix":…,"queryContains":…}}   a full FaultSpec as JSON
                             p is the probability from 0 to 1 (default 1: every request).
  --data <file>              Persist the workspace to this JSON file (atomic writes);
                             loaded on start when it exists; its directory must exist
                             and be writable
  --metadata-envelope <v>    'legacy' {data:{objects:[…]}} (default) or 'new' {data:[…]}
  --webhook-url <url>        POST every record write to this URL as a Twenty webhook
                             (repeatable), after the write is answered
  --webhook-secret <secret>  Secret that signs the deliveries (X-Twenty-Webhook-Signature);
                             one for every --webhook-url, or one per URL in order.
                             Without it deliveries are unsigned, as in Twenty
  --ignore-limit             Misbehave like a proxy that drops \`limit\`: record lists
                             answer every matching row
  --no-relation-filters      Refuse filters through a relation (company.name[eq]:…)
                             as Twenty releases before one-hop traversal do
  --no-group-by              Answer like a Twenty release without GET /rest/{objects}/groupBy
                             (G1, early G2): 400 'groupBy' is not a valid UUID
  -h, --help                 Show this help
`;

/** What the command line asks for: help, or a sandbox with these options. */
export type SandboxCommandLine = { help: true } | { help: false; options: SandboxOptions };

/**
 * Parses `npm run sandbox` flags into SandboxOptions (port 3000 unless given).
 * Throws an Error naming the flag for an unknown flag or an invalid value.
 */
export function parseSandboxCommandLine(args: string[]): SandboxCommandLine {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      seed: { type: 'string' },
      'no-demo-data': { type: 'boolean' },
      'max-limit': { type: 'string' },
      'max-batch': { type: 'string' },
      'max-affected': { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'rate-limit': { type: 'string' },
      fault: { type: 'string', multiple: true },
      data: { type: 'string' },
      'metadata-envelope': { type: 'string' },
      'webhook-url': { type: 'string', multiple: true },
      'webhook-secret': { type: 'string', multiple: true },
      'ignore-limit': { type: 'boolean' },
      'no-relation-filters': { type: 'boolean' },
      'no-group-by': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    return { help: true };
  }
  const options: SandboxOptions = { port: integerFlag('--port', values.port ?? '3000', 0, 65_535) };
  if (values.host !== undefined) {
    options.host = values.host;
  }
  if (values['api-key'] !== undefined) {
    if (values['api-key'] === '') {
      throw new Error('--api-key must not be empty');
    }
    options.apiKey = values['api-key'];
  }
  if (values.seed !== undefined) {
    options.seed = integerFlag('--seed', values.seed, 0, 2 ** 31 - 1);
  }
  if (values['no-demo-data'] === true) {
    options.demoData = false;
  }
  if (values['ignore-limit'] === true) {
    options.ignoreLimit = true;
  }
  if (values['no-relation-filters'] === true) {
    options.relationFilters = false;
  }
  if (values['no-group-by'] === true) {
    options.groupByRoute = false;
  }
  if (values['max-limit'] !== undefined) {
    options.maxLimit = integerFlag('--max-limit', values['max-limit'], 1, 1_000_000);
  }
  if (values['max-batch'] !== undefined) {
    options.maxBatchSize = integerFlag('--max-batch', values['max-batch'], 1, 1_000_000);
  }
  if (values['max-affected'] !== undefined) {
    options.maxAffectedRecords = integerFlag('--max-affected', values['max-affected'], 1, 1_000_000);
  }
  if (values.latency !== undefined) {
    options.latencyMs = integerFlag('--latency', values.latency, 0, 600_000);
  }
  if (values.jitter !== undefined) {
    options.jitterMs = integerFlag('--jitter', values.jitter, 0, 600_000);
  }
  if (values['rate-limit'] !== undefined) {
    options.rateLimit = parseRateLimit(values['rate-limit']);
  }
  if (values.fault !== undefined) {
    options.faults = values.fault.map(parseFault);
  }
  if (values.data !== undefined) {
    options.dataFile = resolve(values.data);
  }
  const envelope = values['metadata-envelope'];
  if (envelope !== undefined) {
    if (envelope !== 'legacy' && envelope !== 'new') {
      throw new Error(`--metadata-envelope must be 'legacy' or 'new', got '${envelope}'`);
    }
    options.metadataEnvelope = envelope;
  }
  const webhooks = webhooksOf(values['webhook-url'] ?? [], values['webhook-secret'] ?? []);
  if (webhooks.length > 0) {
    options.webhooks = webhooks;
  }
  return { help: false, options };
}

// One secret signs every webhook, or each URL gets the secret at its position.
function webhooksOf(urls: string[], secrets: string[]): SandboxWebhook[] {
  if (urls.length === 0 && secrets.length > 0) {
    throw new Error('--webhook-secret needs a --webhook-url');
  }
  if (secrets.length > 1 && secrets.length !== urls.length) {
    throw new Error(`--webhook-secret must be given once, or once per --webhook-url (${urls.length}), got ${secrets.length}`);
  }
  return urls.map((targetUrl, index) => {
    let protocol: string | undefined;
    try {
      protocol = new URL(targetUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new Error(`--webhook-url must be an http(s) URL, got '${targetUrl}'`);
    }
    return { targetUrl, secret: (secrets.length > 1 ? secrets[index] : secrets[0]) ?? '' };
  });
}

/** Parses a `--rate-limit` value (see SANDBOX_USAGE); throws for anything else. */
export function parseRateLimit(text: string): RateLimitOptions {
  if (text === 'default') {
    // Contract §6.3: Twenty's self-hosted API_RATE_LIMITING_* defaults.
    return { shortLimit: 100, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 };
  }
  const buckets = text.split(',').map((bucket) => {
    const match = /^(\d+)\/(.+)$/.exec(bucket.trim());
    const limit = match?.[1] === undefined ? Number.NaN : Number(match[1]);
    const ttlMs = match?.[2] === undefined ? Number.NaN : durationMs(match[2]);
    if (!(Number.isInteger(limit) && limit >= 1 && ttlMs > 0)) {
      throw new Error(`--rate-limit expects <limit>/<window>[,<limit>/<window>] (e.g. 100/1s,100/60s), got '${text}'`);
    }
    return { limit, ttlMs };
  });
  const [short, long = short] = buckets;
  if (short === undefined || long === undefined || buckets.length > 2) {
    throw new Error(`--rate-limit expects one or two buckets, got '${text}'`);
  }
  return { shortLimit: short.limit, shortTtlMs: short.ttlMs, longLimit: long.limit, longTtlMs: long.ttlMs };
}

/** Parses a `--fault` value (see SANDBOX_USAGE); throws for anything else. */
export function parseFault(text: string): FaultSpec {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`--fault JSON is invalid: ${(error as Error).message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`--fault JSON must be an object, got '${text}'`);
    }
    return value as FaultSpec;
  }
  const match = /^([a-zA-Z]+|\d{3})(?:@(.+))?$/.exec(trimmed);
  const what = match?.[1];
  if (what === undefined) {
    throw new Error(`--fault expects <status>[@probability], timeout, reset, malformed or a JSON FaultSpec, got '${text}'`);
  }
  const spec: FaultSpec = faultKindOf(what, text);
  const probability = match?.[2];
  if (probability !== undefined) {
    const value = Number(probability);
    if (!(probability.trim() !== '' && value >= 0 && value <= 1)) {
      throw new Error(`--fault probability must be from 0 to 1, got '${probability}'`);
    }
    spec.probability = value;
  }
  return spec;
}

function faultKindOf(what: string, text: string): FaultSpec {
  if (/^\d{3}$/.test(what)) {
    const status = Number(what);
    if (status < 100 || status > 599) {
      throw new Error(`--fault status must be from 100 to 599, got '${text}'`);
    }
    return { kind: 'status', status };
  }
  switch (what) {
    case 'timeout':
      return { kind: 'timeout' };
    case 'reset':
      return { kind: 'reset' };
    case 'malformed':
    case 'malformedJson':
      return { kind: 'malformedJson' };
    default:
      throw new Error(`--fault kind must be a status, timeout, reset or malformed, got '${text}'`);
  }
}

function durationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (match?.[1] === undefined) {
    return Number.NaN;
  }
  const factor = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(match[1]) * factor);
}

function integerFlag(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new Error(`${flag} must be an integer from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

/** The curl line the CLI prints: the README's Paris example, ready to paste. */
export function curlExample(url: string, apiKey: string): string {
  const filter = encodeURIComponent('city[eq]:"Paris"');
  return `curl -H "Authorization: Bearer ${apiKey}" '${url}/rest/people?limit=2&filter=${filter}'`;
}

async function main(): Promise<void> {
  let commandLine: SandboxCommandLine;
  try {
    commandLine = parseSandboxCommandLine(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`sandbox: ${(error as Error).message}\n\n${SANDBOX_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (commandLine.help) {
    process.stdout.write(SANDBOX_USAGE);
    return;
  }
  const sandbox = await startSandbox(commandLine.options);
  const { options } = commandLine;
  const extras = [
    options.dataFile === undefined ? undefined : `data file ${options.dataFile}`,
    options.rateLimit === undefined
      ? undefined
      : `rate limit ${options.rateLimit.shortLimit}/${options.rateLimit.shortTtlMs}ms + ${options.rateLimit.longLimit}/${options.rateLimit.longTtlMs}ms`,
    options.faults === undefined ? undefined : `${options.faults.length} fault(s) active`,
    options.ignoreLimit === true ? 'ignoring limit' : undefined,
    options.relationFilters === false ? 'no relation filters' : undefined,
    options.groupByRoute === false ? 'no groupBy route' : undefined,
    options.latencyMs === undefined && options.jitterMs === undefined
      ? undefined
      : `latency ${options.latencyMs ?? 0}ms + jitter ${options.jitterMs ?? 0}ms`,
    options.webhooks === undefined ? undefined : `webhooks to ${options.webhooks.map(({ targetUrl }) => targetUrl).join(', ')}`,
  ].filter((item): item is string => item !== undefined);
  process.stdout.write(
    [
      `Twenty REST sandbox listening on ${sandbox.url}/rest (metadata at ${sandbox.url}/rest/metadata)`,
      ...(extras.length > 0 ? [`  ${extras.join(', ')}`] : []),
      '',
      'API key:',
      `  ${sandbox.apiKey}`,
      '',
      'Try:',
      `  ${curlExample(sandbox.url, sandbox.apiKey)}`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stdout.write(`\nsandbox: ${signal}, stopping…\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sandbox: could not stop cleanly: ${inspect(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) {
    return false;
  }
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    process.stderr.write(`sandbox: ${error instanceof Error ? error.message : inspect(error)}\n`);
    process.exit(1);
  });
}
