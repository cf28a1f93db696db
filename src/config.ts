/**
 * Configuration from the environment. This is the only module that reads
 * `process.env`; everything else receives a typed `Config`.
 */

/** Where Twenty is and how to call it. */
export interface TwentyConfig {
  /** Base URL without `/rest`; a path prefix (proxy) is kept. Undefined → the built-in sandbox. */
  apiUrl: string | undefined;
  /** Server-side API key. Undefined → each caller's own `Authorization` header is passed through. */
  apiKey: string | undefined;
  /** Extra headers sent upstream, e.g. a proxy's connection header. */
  headers: Record<string, string>;
  /** Largest `limit` the upstream honours: 60 per Twenty's docs, 200 in newest Twenty. */
  pageCap: number;
  timeoutMs: number;
  retryLimit: number;
  maxRetryAfterMs: number;
  /**
   * Requests per `rateWindowMs` twenty-bff lets through per workspace credential, like Twenty's
   * own bucket (contract §6.3; `TWENTY_RATE_LIMIT`). 0 = no budget.
   */
  rateLimit: number;
  /** The rate budget's window; its bucket refills continuously over it (`TWENTY_RATE_WINDOW_MS`). */
  rateWindowMs: number;
  /** Largest upstream response body in bytes; a larger one is dropped while downloading (`TWENTY_MAX_RESPONSE_BYTES`). */
  maxResponseBytes: number;
}

/** The shared response cache (`BFF_CACHE_*`). */
export interface CacheConfig {
  /** Lifetime of cached record reads; 0 turns the cache off. */
  ttlMs: number;
  /** Lifetime of cached metadata reads. */
  metadataTtlMs: number;
  /** How long past its lifetime a cached answer may still be served as stale. */
  staleMs: number;
  /** Memory bound of the in-process cache; bodies over a tenth of it are not cached. */
  maxBytes: number;
}

/** Everything twenty-bff needs to start. */
export interface Config {
  port: number;
  host: string;
  twenty: TwentyConfig;
  /** `first`/`last` when the client gives neither. */
  defaultPageSize: number;
  /** Largest `first`/`last` accepted; above the page cap it is served by following upstream pages. */
  maxPageSize: number;
  /**
   * Most rows one batched nested-connection read may fetch for all parents of a level; past it,
   * each parent is read with its own request (`BFF_RELATION_BATCH_MAX_ROWS`).
   */
  relationBatchMaxRows: number;
  /**
   * Longest a loader batch waits for the request's other upstream calls in
   * flight, so sibling lists share it (`BFF_BATCH_HOLD_MS`).
   */
  batchHoldMs: number;
  /** Largest query depth accepted. */
  maxQueryDepth: number;
  /** Largest number of aliases in one operation. */
  maxAliases: number;
  introspection: boolean;
  /** `Access-Control-Allow-Origin` value; empty string disables CORS headers. */
  corsOrigin: string;
  /** Seed of the demo data when the built-in sandbox is used. */
  sandboxSeed: number;
  /** Refuse every mutation with FORBIDDEN, for deployments that must only read. */
  readOnly: boolean;
  /** Most records one create-many accepts; they go upstream in chunks of `twenty.pageCap`. */
  maxBatchSize: number;
  cache: CacheConfig;
  /**
   * Secret of the Twenty webhook that POSTs to `/webhooks/twenty` (`TWENTY_WEBHOOK_SECRET`);
   * undefined turns the endpoint off.
   */
  twentyWebhookSecret: string | undefined;
  /** Longest an upstream request waits for a rate-budget token before RATE_LIMITED (`BFF_RATE_WAIT_MS`). */
  rateWaitMs: number;
  /** Redis shared by the replicas (`REDIS_URL`); undefined keeps the cache, coalescing and rate budget in memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key (`BFF_REDIS_PREFIX`), so deployments sharing one Redis stay apart. */
  redisKeyPrefix: string;
  /**
   * Most upstream requests an operation may be estimated to make before it is
   * refused with COST_ESTIMATED_TOO_EXPENSIVE (`BFF_MAX_OPERATION_COST`); 0 means no limit.
   */
  maxOperationCost: number;
}

/** Thrown for an environment value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env` (normally `process.env`). Throws
 * ConfigError naming the variable for any value it cannot use.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const apiUrl = optional(env, 'TWENTY_API_URL');
  if (apiUrl !== undefined) {
    assertHttpUrl('TWENTY_API_URL', apiUrl);
  }
  const pageCap = integer(env, 'TWENTY_PAGE_CAP', 60, 1, 1000);
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    twenty: {
      apiUrl: apiUrl?.replace(/\/+$/, '').replace(/\/rest$/, ''),
      apiKey: optional(env, 'TWENTY_API_KEY'),
      headers: parseHeaders(optional(env, 'TWENTY_EXTRA_HEADERS')),
      pageCap,
      timeoutMs: integer(env, 'TWENTY_TIMEOUT_MS', 10_000, 1, 600_000),
      retryLimit: integer(env, 'TWENTY_RETRY_LIMIT', 2, 0, 5),
      maxRetryAfterMs: integer(env, 'TWENTY_MAX_RETRY_AFTER_MS', 5_000, 0, 120_000),
      rateLimit: integer(env, 'TWENTY_RATE_LIMIT', 100, 0, 1_000_000),
      rateWindowMs: integer(env, 'TWENTY_RATE_WINDOW_MS', 60_000, 1, 86_400_000),
      // A 200-row page of wide records is well under 1 MB; 10 MiB leaves room
      // for custom fields while an upstream ignoring `limit` cannot exhaust memory.
      maxResponseBytes: integer(env, 'TWENTY_MAX_RESPONSE_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    },
    defaultPageSize: integer(env, 'BFF_DEFAULT_PAGE_SIZE', 20, 1, 10_000),
    maxPageSize: integer(env, 'BFF_MAX_PAGE_SIZE', 500, 1, 10_000),
    relationBatchMaxRows: integer(env, 'BFF_RELATION_BATCH_MAX_ROWS', 1000, 0, 100_000),
    batchHoldMs: integer(env, 'BFF_BATCH_HOLD_MS', 50, 0, 60_000),
    maxQueryDepth: integer(env, 'BFF_MAX_QUERY_DEPTH', 12, 2, 100),
    maxAliases: integer(env, 'BFF_MAX_ALIASES', 30, 1, 1000),
    introspection: boolean(env, 'BFF_INTROSPECTION', true),
    corsOrigin: optional(env, 'BFF_CORS_ORIGIN') ?? '*',
    sandboxSeed: integer(env, 'SANDBOX_SEED', 42, 0, 2 ** 31 - 1),
    readOnly: boolean(env, 'BFF_READ_ONLY', false),
    maxBatchSize: integer(env, 'BFF_MAX_BATCH_SIZE', 500, 1, 10_000),
    cache: {
      ttlMs: integer(env, 'BFF_CACHE_TTL_MS', 5_000, 0, 86_400_000),
      metadataTtlMs: integer(env, 'BFF_CACHE_METADATA_TTL_MS', 60_000, 0, 86_400_000),
      staleMs: integer(env, 'BFF_CACHE_STALE_MS', 60_000, 0, 86_400_000),
      maxBytes: integer(env, 'BFF_CACHE_MAX_BYTES', 64 * 1024 * 1024, 1024, 2 ** 34),
    },
    twentyWebhookSecret: optional(env, 'TWENTY_WEBHOOK_SECRET'),
    rateWaitMs: integer(env, 'BFF_RATE_WAIT_MS', 10_000, 0, 600_000),
    redisUrl: redisUrl(optional(env, 'REDIS_URL')),
    redisKeyPrefix: optional(env, 'BFF_REDIS_PREFIX') ?? 'twenty-bff:',
    // Twenty allows about 100 requests a minute per workspace: an operation
    // that could spend more than a whole minute of it alone is refused. The
    // estimate is an upper bound (batched reads counted with their per-parent
    // fallback), so the dearest operation of the README and of the bench, 20
    // companies with their notes and tasks through targets, is estimated at 85
    // although it makes 6 requests; 100 serves all of them, while 30 aliases
    // of `companies(first: 500) { people(after: …) }` (15,270) are refused.
    maxOperationCost: integer(env, 'BFF_MAX_OPERATION_COST', 100, 0, 1_000_000),
  };
}

function optional(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = optional(env, name);
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${text}".`);
  }
  return value;
}

function boolean(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const text = optional(env, name)?.toLowerCase();
  if (text === undefined) {
    return fallback;
  }
  if (['true', '1', 'yes', 'on'].includes(text)) {
    return true;
  }
  if (['false', '0', 'no', 'off'].includes(text)) {
    return false;
  }
  throw new ConfigError(`${name} must be true or false; got "${text}".`);
}

function assertHttpUrl(name: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL such as https://api.twenty.com; got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL; got "${value}".`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError(`${name} must not have a query string or fragment; got "${value}".`);
  }
  // A user or password in the URL would replace the Bearer key with Basic
  // auth, and end up in logs; the key belongs in TWENTY_API_KEY.
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(`${name} must not contain a user name or password; put the API key in TWENTY_API_KEY.`);
  }
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379.');
  }
  return value;
}

// Extra upstream headers: a JSON object (`{"Maton-Connection":"abc"}`) or
// `Name: value` pairs separated by newlines or semicolons.
function parseHeaders(text: string | undefined): Record<string, string> {
  if (text === undefined) {
    return {};
  }
  const headers: Record<string, string> = {};
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ConfigError('TWENTY_EXTRA_HEADERS is not valid JSON.');
    }
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof value !== 'string') {
        throw new ConfigError(`TWENTY_EXTRA_HEADERS: the value of "${name}" must be a string.`);
      }
      headers[name] = value;
    }
    return checkHeaderNames(headers);
  }
  for (const pair of text.split(/[;\n]/)) {
    if (pair.trim() === '') {
      continue;
    }
    const colon = pair.indexOf(':');
    if (colon <= 0) {
      throw new ConfigError(`TWENTY_EXTRA_HEADERS: expected "Name: value", got "${pair.trim()}".`);
    }
    headers[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  return checkHeaderNames(headers);
}

function checkHeaderNames(headers: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new ConfigError(`TWENTY_EXTRA_HEADERS: "${name}" is not a valid header name.`);
    }
    if (name.toLowerCase() === 'authorization') {
      throw new ConfigError('TWENTY_EXTRA_HEADERS must not set Authorization; use TWENTY_API_KEY.');
    }
    // RFC 9110 field values: visible characters, spaces and tabs; a line break
    // would make every upstream request fail before it is sent.
    if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(headers[name] ?? '')) {
      throw new ConfigError(`TWENTY_EXTRA_HEADERS: the value of "${name}" holds a character a header cannot carry (such as a line break).`);
    }
  }
  return headers;
}
