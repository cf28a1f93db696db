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
  /**
   * How relation filters reach Twenty (`TWENTY_RELATION_FILTERS`): `oneHop`, applied by Twenty
   * itself (newest releases); `twoStep`, the related records read first (any release); `auto`
   * (default), learned from Twenty's first answer to one, once per workspace.
   */
  relationFilters: 'auto' | 'oneHop' | 'twoStep';
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

/** Verification of JWTs sent as `Authorization: Bearer <jwt>`. */
export interface JwtConfig {
  /** Where the signing keys are published (`BFF_JWT_JWKS_URL`). */
  jwksUrl: string;
  /** The `iss` a token must carry (`BFF_JWT_ISSUER`). */
  issuer: string;
  /** An `aud` a token must carry (`BFF_JWT_AUDIENCE`). */
  audience: string;
}

/** How callers prove who they are when twenty-bff holds the Twenty key (`src/server/callerPolicy.ts`). */
export interface AuthConfig {
  /** `BFF_ALLOW_ANONYMOUS`; undefined → the mode decides (allowed only over the sandbox on a loopback address). */
  allowAnonymous: boolean | undefined;
  /** Static bearer tokens callers may send (`BFF_CLIENT_TOKENS`). */
  clientTokens: string[];
  jwt: JwtConfig | undefined;
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
   * Most related rows the first step of a one-to-many relation filter (`people: { some: … }`)
   * may read; past it the filter is refused (`BFF_RELATION_FILTER_MAX_ROWS`).
   */
  relationFilterMaxRows: number;
  /**
   * Longest a loader batch waits for the request's other upstream calls in
   * flight, so sibling lists share it (`BFF_BATCH_HOLD_MS`).
   */
  batchHoldMs: number;
  /**
   * Most records read to compute one aggregate or groupBy field on a Twenty
   * without the groupBy route; more matching records are refused with
   * COST_ACTUAL_TOO_EXPENSIVE (`BFF_AGGREGATE_MAX_RECORDS`).
   */
  aggregateMaxRecords: number;
  /** Largest query depth accepted. */
  maxQueryDepth: number;
  /** Largest number of aliases in one operation. */
  maxAliases: number;
  introspection: boolean;
  /** Serve GraphiQL to browsers at the GraphQL endpoint (`BFF_GRAPHIQL`). */
  graphiql: boolean;
  /** OpenTelemetry: OTLP/HTTP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`; unset → no tracing) and service name (`OTEL_SERVICE_NAME`). */
  tracing: { endpoint: string | undefined; serviceName: string };
  /**
   * Origins allowed by CORS (`BFF_CORS_ORIGINS`): `['*']` for any, `[]` for
   * none; undefined → the mode's default (none with a server-side key, any otherwise).
   */
  corsOrigins: string[] | undefined;
  /** Who may call twenty-bff when it holds a server-side key. */
  auth: AuthConfig;
  /** Largest request body accepted, in bytes; a larger one is answered 413. */
  maxBodyBytes: number;
  /** Longest operation text accepted, in characters, checked before it is parsed. */
  maxOperationChars: number;
  /** How long requests in flight may take to finish after SIGTERM/SIGINT before their connections are cut. */
  shutdownGraceMs: number;
  /** Seed of the demo data when the built-in sandbox is used. */
  sandboxSeed: number;
  /** Refuse every mutation with FORBIDDEN, for deployments that must only read. */
  readOnly: boolean;
  /** Most records one create-many accepts; they go upstream in chunks of `twenty.pageCap`. */
  maxBatchSize: number;
  /**
   * Most records a bulk write by filter (`updatePeople(filter:)`, …) may
   * change; a filter matching more is refused before any write (`BFF_MAX_BULK_RECORDS`).
   */
  maxBulkRecords: number;
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
  /**
   * Most upstream requests an operation may actually make, retries included;
   * past it nothing more is sent and the remaining fields fail with
   * COST_ACTUAL_TOO_EXPENSIVE (`BFF_MAX_OPERATION_REQUESTS`, default the cost limit; 0 means none).
   */
  maxOperationRequests: number;
  /** Logs: pino level (`BFF_LOG_LEVEL`) and format (`BFF_LOG_FORMAT`; undefined → pretty on a TTY, JSON lines otherwise). */
  log: { level: LogLevel; format: 'json' | 'pretty' | undefined };
  /** Serve Prometheus metrics at `/metrics` (`BFF_METRICS`). */
  metrics: boolean;
  /** How long `/ready` reuses its last check of Twenty, ms (`BFF_READY_CACHE_MS`). */
  readyCacheMs: number;
  /** The schema of each workspace, built from its data model (`BFF_WORKSPACE_SCHEMA*`). */
  workspaceSchema: WorkspaceSchemaConfig;
  /** Live updates: subscriptions over WebSocket and Server-Sent Events (`BFF_SUBSCRIPTIONS*`). */
  subscriptions: SubscriptionsConfig;
}

/** Live updates and their bounds. */
export interface SubscriptionsConfig {
  /** false → no WebSocket or event stream is served, and no change is published (`BFF_SUBSCRIPTIONS`). */
  enabled: boolean;
  /** Most subscriptions (and WebSocket connections) this process holds at once (`BFF_MAX_SUBSCRIPTIONS`). */
  maxSubscriptions: number;
  /** Most subscriptions one WebSocket connection holds (`BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION`). */
  maxPerConnection: number;
}

/** Levels of `BFF_LOG_LEVEL`, from the loudest to silence. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Thrown for an environment value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env` (normally `process.env`). Throws
 * ConfigError naming the variable for any value it cannot use.
 */
/** Per-workspace schemas: custom objects and fields typed, refreshed as the data model changes. */
export interface WorkspaceSchemaConfig {
  /** false → every workspace is served the standard model's schema (custom fields only in `customFields`). */
  enabled: boolean;
  /** How long a workspace's schema is served before its data model is read again (0: every operation). */
  refreshMs: number;
  /** Most schemas kept in memory; workspaces with the same data model share one. */
  maxSchemas: number;
}

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
      relationFilters: relationFilters(env),
    },
    defaultPageSize: integer(env, 'BFF_DEFAULT_PAGE_SIZE', 20, 1, 10_000),
    maxPageSize: integer(env, 'BFF_MAX_PAGE_SIZE', 500, 1, 10_000),
    relationBatchMaxRows: integer(env, 'BFF_RELATION_BATCH_MAX_ROWS', 1000, 0, 100_000),
    relationFilterMaxRows: integer(env, 'BFF_RELATION_FILTER_MAX_ROWS', 200, 1, 100_000),
    batchHoldMs: integer(env, 'BFF_BATCH_HOLD_MS', 50, 0, 60_000),
    // 1,000 records are 5 pages of 200 (17 of 60): what one aggregate may
    // cost on an older Twenty, inside BFF_MAX_OPERATION_COST's 100.
    aggregateMaxRecords: integer(env, 'BFF_AGGREGATE_MAX_RECORDS', 1000, 1, 100_000),
    maxQueryDepth: integer(env, 'BFF_MAX_QUERY_DEPTH', 12, 2, 100),
    maxAliases: integer(env, 'BFF_MAX_ALIASES', 30, 1, 1000),
    introspection: boolean(env, 'BFF_INTROSPECTION', true),
    graphiql: boolean(env, 'BFF_GRAPHIQL', true),
    tracing: { endpoint: optionalHttpUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'), serviceName: optional(env, 'OTEL_SERVICE_NAME') ?? 'twenty-bff' },
    corsOrigins: corsOrigins(env),
    auth: {
      allowAnonymous: optionalBoolean(env, 'BFF_ALLOW_ANONYMOUS'),
      clientTokens: clientTokens(env),
      jwt: jwtConfig(env),
    },
    maxBodyBytes: integer(env, 'BFF_MAX_BODY_BYTES', 100 * 1024, 1024, 100 * 1024 * 1024),
    maxOperationChars: integer(env, 'BFF_MAX_OPERATION_CHARS', 20_000, 100, 10_000_000),
    shutdownGraceMs: integer(env, 'BFF_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    sandboxSeed: integer(env, 'SANDBOX_SEED', 42, 0, 2 ** 31 - 1),
    readOnly: boolean(env, 'BFF_READ_ONLY', false),
    maxBatchSize: integer(env, 'BFF_MAX_BATCH_SIZE', 500, 1, 10_000),
    // Twenty's own MUTATION_MAXIMUM_AFFECTED_RECORDS default (contract §6.3).
    maxBulkRecords: integer(env, 'BFF_MAX_BULK_RECORDS', 100, 1, 10_000),
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
    // The estimate is an upper bound, so with the same number as the hard
    // cap only a wrong estimate (or retries) can reach it.
    maxOperationRequests: integer(env, 'BFF_MAX_OPERATION_REQUESTS', integer(env, 'BFF_MAX_OPERATION_COST', 100, 0, 1_000_000), 0, 1_000_000),
    log: { level: oneOf(env, 'BFF_LOG_LEVEL', LOG_LEVELS) ?? 'info', format: oneOf(env, 'BFF_LOG_FORMAT', ['json', 'pretty'] as const) },
    metrics: boolean(env, 'BFF_METRICS', true),
    readyCacheMs: integer(env, 'BFF_READY_CACHE_MS', 5_000, 0, 3_600_000),
    workspaceSchema: {
      enabled: boolean(env, 'BFF_WORKSPACE_SCHEMA', true),
      refreshMs: integer(env, 'BFF_SCHEMA_REFRESH_MS', 60_000, 0, 86_400_000),
      maxSchemas: integer(env, 'BFF_MAX_WORKSPACE_SCHEMAS', 20, 1, 1_000),
    },
    subscriptions: {
      enabled: boolean(env, 'BFF_SUBSCRIPTIONS', true),
      maxSubscriptions: integer(env, 'BFF_MAX_SUBSCRIPTIONS', 1_000, 1, 1_000_000),
      maxPerConnection: integer(env, 'BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
    },
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

function oneOf<T extends string>(env: Record<string, string | undefined>, name: string, values: readonly T[]): T | undefined {
  const text = optional(env, name)?.toLowerCase();
  if (text === undefined) {
    return undefined;
  }
  if (!(values as readonly string[]).includes(text)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}; got "${text}".`);
  }
  return text as T;
}

function relationFilters(env: Record<string, string | undefined>): TwentyConfig['relationFilters'] {
  const text = optional(env, 'TWENTY_RELATION_FILTERS');
  const value = (['auto', 'oneHop', 'twoStep'] as const).find((candidate) => candidate.toLowerCase() === text?.toLowerCase());
  if (text !== undefined && value === undefined) {
    throw new ConfigError(`TWENTY_RELATION_FILTERS must be one of auto, oneHop, twoStep; got "${text}".`);
  }
  return value ?? 'auto';
}

function boolean(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  return optionalBoolean(env, name) ?? fallback;
}

function optionalBoolean(env: Record<string, string | undefined>, name: string): boolean | undefined {
  const text = optional(env, name)?.toLowerCase();
  if (text === undefined) {
    return undefined;
  }
  if (['true', '1', 'yes', 'on'].includes(text)) {
    return true;
  }
  if (['false', '0', 'no', 'off'].includes(text)) {
    return false;
  }
  throw new ConfigError(`${name} must be true or false; got "${text}".`);
}

// A set but empty variable means "no CORS headers", as BFF_CORS_ORIGIN did;
// BFF_CORS_ORIGIN (one value) is still read when BFF_CORS_ORIGINS is unset.
function corsOrigins(env: Record<string, string | undefined>): string[] | undefined {
  const name = env['BFF_CORS_ORIGINS'] !== undefined ? 'BFF_CORS_ORIGINS' : 'BFF_CORS_ORIGIN';
  const text = env[name];
  if (text === undefined) {
    return undefined;
  }
  const origins = text.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  if (origins.includes('*')) {
    if (origins.length > 1) {
      throw new ConfigError(`${name}: "*" allows every origin and cannot be listed with others.`);
    }
    return origins;
  }
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // Browsers send the origin serialised exactly so: scheme, host, port, no slash.
    if (parsed?.origin !== origin) {
      throw new ConfigError(`${name}: "${origin}" is not an origin such as https://app.example.com (scheme, host and port only).`);
    }
  }
  return origins;
}

/** Shortest static client token accepted: shorter ones can be guessed. */
export const MIN_CLIENT_TOKEN_LENGTH = 16;

function clientTokens(env: Record<string, string | undefined>): string[] {
  const tokens = (optional(env, 'BFF_CLIENT_TOKENS') ?? '').split(',').map((token) => token.trim()).filter((token) => token !== '');
  for (const token of tokens) {
    if (token.length < MIN_CLIENT_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) {
      throw new ConfigError(
        `BFF_CLIENT_TOKENS: every token must be at least ${MIN_CLIENT_TOKEN_LENGTH} visible ASCII characters without spaces or commas (such as the output of "openssl rand -hex 32").`,
      );
    }
  }
  return tokens;
}

function jwtConfig(env: Record<string, string | undefined>): JwtConfig | undefined {
  const jwksUrl = optional(env, 'BFF_JWT_JWKS_URL');
  const issuer = optional(env, 'BFF_JWT_ISSUER');
  const audience = optional(env, 'BFF_JWT_AUDIENCE');
  if (jwksUrl === undefined) {
    if (issuer !== undefined || audience !== undefined) {
      throw new ConfigError('BFF_JWT_ISSUER and BFF_JWT_AUDIENCE need BFF_JWT_JWKS_URL, where the signing keys are published.');
    }
    return undefined;
  }
  assertHttpUrl('BFF_JWT_JWKS_URL', jwksUrl);
  // Without both, a token the same identity provider issued for another
  // application, or another provider's, would be accepted.
  if (issuer === undefined || audience === undefined) {
    throw new ConfigError('BFF_JWT_JWKS_URL needs BFF_JWT_ISSUER and BFF_JWT_AUDIENCE: the iss and aud every accepted token must carry.');
  }
  return { jwksUrl, issuer, audience };
}

function optionalHttpUrl(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined) {
    assertHttpUrl(name, value);
  }
  return value;
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
