import { describe, expect, it } from 'vitest';

import { loadConfig } from '../config.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      twenty: {
        apiUrl: undefined,
        apiKey: undefined,
        headers: {},
        pageCap: 60,
        timeoutMs: 10_000,
        retryLimit: 2,
        maxRetryAfterMs: 5_000,
        rateLimit: 100,
        rateWindowMs: 60_000,
        maxResponseBytes: 10_485_760,
        relationFilters: 'auto',
      },
      defaultPageSize: 20,
      maxPageSize: 500,
      relationBatchMaxRows: 1000,
      relationFilterMaxRows: 200,
      batchHoldMs: 50,
      aggregateMaxRecords: 1000,
      maxQueryDepth: 12,
      maxAliases: 30,
      introspection: true,
      graphiql: true,
      tracing: { endpoint: undefined, serviceName: 'twenty-bff' },
      corsOrigins: undefined,
      auth: { allowAnonymous: undefined, clientTokens: [], jwt: undefined },
      maxBodyBytes: 102_400,
      maxOperationChars: 20_000,
      shutdownGraceMs: 10_000,
      sandboxSeed: 42,
      readOnly: false,
      maxBatchSize: 500,
      maxBulkRecords: 100,
      cache: { ttlMs: 5_000, metadataTtlMs: 60_000, staleMs: 60_000, maxBytes: 67_108_864 },
      twentyWebhookSecret: undefined,
      rateWaitMs: 10_000,
      redisUrl: undefined,
      redisKeyPrefix: 'twenty-bff:',
      maxOperationCost: 100,
      maxOperationRequests: 100,
      log: { level: 'info', format: undefined },
      metrics: true,
      readyCacheMs: 5_000,
      workspaceSchema: { enabled: true, refreshMs: 60_000, maxSchemas: 20 },
      subscriptions: { enabled: true, maxSubscriptions: 1_000, maxPerConnection: 20 },
    });
  });

  it('reads the most records an aggregate may read without the groupBy route', () => {
    expect(loadConfig({ BFF_AGGREGATE_MAX_RECORDS: '250' }).aggregateMaxRecords).toBe(250);
    expect(() => loadConfig({ BFF_AGGREGATE_MAX_RECORDS: '0' })).toThrow(/BFF_AGGREGATE_MAX_RECORDS/);
  });

  it('reads the live updates switch and bounds', () => {
    const config = loadConfig({ BFF_SUBSCRIPTIONS: 'false', BFF_MAX_SUBSCRIPTIONS: '50', BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5' });
    expect(config.subscriptions).toEqual({ enabled: false, maxSubscriptions: 50, maxPerConnection: 5 });
    expect(() => loadConfig({ BFF_MAX_SUBSCRIPTIONS: '0' })).toThrow('BFF_MAX_SUBSCRIPTIONS');
  });

  it('reads the log level and format, metrics switch and readiness cache', () => {
    const config = loadConfig({ BFF_LOG_LEVEL: 'Debug', BFF_LOG_FORMAT: 'pretty', BFF_METRICS: 'false', BFF_READY_CACHE_MS: '0' });
    expect([config.log, config.metrics, config.readyCacheMs]).toEqual([{ level: 'debug', format: 'pretty' }, false, 0]);
  });

  it('reads the cache settings, 0 turning the cache off', () => {
    expect(
      loadConfig({ BFF_CACHE_TTL_MS: '0', BFF_CACHE_METADATA_TTL_MS: '300000', BFF_CACHE_STALE_MS: '0', BFF_CACHE_MAX_BYTES: '1048576' }).cache,
    ).toEqual({ ttlMs: 0, metadataTtlMs: 300_000, staleMs: 0, maxBytes: 1_048_576 });
  });

  it('reads the Twenty webhook secret, and treats an empty one as unset', () => {
    expect(loadConfig({ TWENTY_WEBHOOK_SECRET: ' 9f86d081884c7d65 ' }).twentyWebhookSecret).toBe('9f86d081884c7d65');
    expect(loadConfig({ TWENTY_WEBHOOK_SECRET: '' }).twentyWebhookSecret).toBeUndefined();
  });

  it('reads the rate budget and where it is shared', () => {
    const config = loadConfig({
      TWENTY_RATE_LIMIT: '50',
      TWENTY_RATE_WINDOW_MS: '30000',
      BFF_RATE_WAIT_MS: '2500',
      REDIS_URL: 'redis://:secret@redis.internal:6380/2',
    });
    expect([config.twenty.rateLimit, config.twenty.rateWindowMs, config.rateWaitMs, config.redisUrl]).toEqual([
      50,
      30_000,
      2_500,
      'redis://:secret@redis.internal:6380/2',
    ]);
    expect(loadConfig({ TWENTY_RATE_LIMIT: '0' }).twenty.rateLimit).toBe(0);
  });

  it('reads the operation cost limit, 0 meaning no limit', () => {
    expect(loadConfig({ BFF_MAX_OPERATION_COST: '250' }).maxOperationCost).toBe(250);
    expect(loadConfig({ BFF_MAX_OPERATION_COST: '0' }).maxOperationCost).toBe(0);
    // The hard cap follows the cost limit unless set on its own.
    expect(loadConfig({ BFF_MAX_OPERATION_COST: '250' }).maxOperationRequests).toBe(250);
    expect(loadConfig({ BFF_MAX_OPERATION_COST: '0', BFF_MAX_OPERATION_REQUESTS: '7' }).maxOperationRequests).toBe(7);
  });

  it('keeps a proxy path prefix and drops a trailing /rest', () => {
    expect(loadConfig({ TWENTY_API_URL: 'https://gateway.example/twenty/rest/' }).twenty.apiUrl).toBe('https://gateway.example/twenty');
  });

  it('reads extra headers as JSON or Name: value pairs', () => {
    expect(loadConfig({ TWENTY_EXTRA_HEADERS: '{"Maton-Connection":"abc"}' }).twenty.headers).toEqual({ 'Maton-Connection': 'abc' });
    expect(loadConfig({ TWENTY_EXTRA_HEADERS: 'A: 1; B: two' }).twenty.headers).toEqual({ A: '1', B: 'two' });
  });

  it('reads TWENTY_MAX_RESPONSE_BYTES', () => {
    expect(loadConfig({ TWENTY_MAX_RESPONSE_BYTES: '2048' }).twenty.maxResponseBytes).toBe(2048);
  });

  it('reads TWENTY_RELATION_FILTERS in any case, and BFF_RELATION_FILTER_MAX_ROWS', () => {
    expect(loadConfig({ TWENTY_RELATION_FILTERS: 'twostep', BFF_RELATION_FILTER_MAX_ROWS: '50' })).toMatchObject({
      twenty: { relationFilters: 'twoStep' },
      relationFilterMaxRows: 50,
    });
    expect(() => loadConfig({ TWENTY_RELATION_FILTERS: 'sometimes' })).toThrow('TWENTY_RELATION_FILTERS must be one of auto, oneHop, twoStep; got "sometimes".');
  });

  it.each([
    [{}, undefined],
    [{ BFF_CORS_ORIGINS: '' }, []],
    [{ BFF_CORS_ORIGINS: '*' }, ['*']],
    [{ BFF_CORS_ORIGINS: 'https://app.example, http://localhost:3000' }, ['https://app.example', 'http://localhost:3000']],
    // The former single-valued variable is read when the new one is unset.
    [{ BFF_CORS_ORIGIN: 'https://old.example' }, ['https://old.example']],
    [{ BFF_CORS_ORIGIN: '' }, []],
    [{ BFF_CORS_ORIGINS: 'https://new.example', BFF_CORS_ORIGIN: 'https://old.example' }, ['https://new.example']],
  ])('reads the CORS origins of %j', (env, origins) => {
    expect(loadConfig(env).corsOrigins).toEqual(origins);
  });

  it('reads client authentication', () => {
    const env = {
      BFF_ALLOW_ANONYMOUS: 'false',
      BFF_CLIENT_TOKENS: ' web-0123456789abcdef , mobile-0123456789abcdef ',
      BFF_JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json',
      BFF_JWT_ISSUER: 'https://id.example/',
      BFF_JWT_AUDIENCE: 'twenty-bff',
    };
    expect(loadConfig(env).auth).toEqual({
      allowAnonymous: false,
      clientTokens: ['web-0123456789abcdef', 'mobile-0123456789abcdef'],
      jwt: { jwksUrl: 'https://id.example/.well-known/jwks.json', issuer: 'https://id.example/', audience: 'twenty-bff' },
    });
  });

  it('reads the request limits and the shutdown grace', () => {
    const config = loadConfig({ BFF_MAX_BODY_BYTES: '2048', BFF_MAX_OPERATION_CHARS: '500', BFF_SHUTDOWN_GRACE_MS: '0' });
    expect([config.maxBodyBytes, config.maxOperationChars, config.shutdownGraceMs]).toEqual([2048, 500, 0]);
  });

  it.each([
    [{ TWENTY_API_URL: 'ftp://x' }, 'TWENTY_API_URL must be an http(s) URL; got "ftp://x".'],
    [{ TWENTY_API_URL: 'http://bob:hunter2@127.0.0.1:3000' }, 'TWENTY_API_URL must not contain a user name or password; put the API key in TWENTY_API_KEY.'],
    [{ TWENTY_PAGE_CAP: '0' }, 'TWENTY_PAGE_CAP must be an integer from 1 to 1000; got "0".'],
    [{ BFF_MAX_OPERATION_COST: '-1' }, 'BFF_MAX_OPERATION_COST must be an integer from 0 to 1000000; got "-1".'],
    [{ BFF_MAX_BULK_RECORDS: '0' }, 'BFF_MAX_BULK_RECORDS must be an integer from 1 to 10000; got "0".'],
    [{ BFF_READ_ONLY: 'maybe' }, 'BFF_READ_ONLY must be true or false; got "maybe".'],
    [{ BFF_LOG_LEVEL: 'verbose' }, 'BFF_LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent; got "verbose".'],
    [{ BFF_LOG_FORMAT: 'xml' }, 'BFF_LOG_FORMAT must be one of json, pretty; got "xml".'],
    [{ BFF_METRICS: 'sometimes' }, 'BFF_METRICS must be true or false; got "sometimes".'],
    [{ BFF_READY_CACHE_MS: '-5' }, 'BFF_READY_CACHE_MS must be an integer from 0 to 3600000; got "-5".'],
    [{ BFF_CACHE_TTL_MS: '-1' }, 'BFF_CACHE_TTL_MS must be an integer from 0 to 86400000; got "-1".'],
    [{ BFF_CACHE_MAX_BYTES: '100' }, 'BFF_CACHE_MAX_BYTES must be an integer from 1024 to 17179869184; got "100".'],
    [{ TWENTY_RATE_LIMIT: '-1' }, 'TWENTY_RATE_LIMIT must be an integer from 0 to 1000000; got "-1".'],
    [{ TWENTY_RATE_WINDOW_MS: '0' }, 'TWENTY_RATE_WINDOW_MS must be an integer from 1 to 86400000; got "0".'],
    [{ BFF_RATE_WAIT_MS: '1.5' }, 'BFF_RATE_WAIT_MS must be an integer from 0 to 600000; got "1.5".'],
    [{ REDIS_URL: 'http://:secret@cache:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379.'],
    [{ TWENTY_MAX_RESPONSE_BYTES: '1023' }, 'TWENTY_MAX_RESPONSE_BYTES must be an integer from 1024 to 1073741824; got "1023".'],
    [{ TWENTY_EXTRA_HEADERS: '{"Authorization":"x"}' }, 'TWENTY_EXTRA_HEADERS must not set Authorization; use TWENTY_API_KEY.'],
    [
      { TWENTY_EXTRA_HEADERS: '{"X-Conn":"a\\nb"}' },
      'TWENTY_EXTRA_HEADERS: the value of "X-Conn" holds a character a header cannot carry (such as a line break).',
    ],
    [{ BFF_CORS_ORIGINS: '*, https://app.example' }, 'BFF_CORS_ORIGINS: "*" allows every origin and cannot be listed with others.'],
    [{ BFF_CORS_ORIGINS: 'https://app.example/' }, 'BFF_CORS_ORIGINS: "https://app.example/" is not an origin such as https://app.example.com (scheme, host and port only).'],
    [{ BFF_CORS_ORIGIN: 'app.example' }, 'BFF_CORS_ORIGIN: "app.example" is not an origin such as https://app.example.com (scheme, host and port only).'],
    [
      { BFF_CLIENT_TOKENS: 'short' },
      'BFF_CLIENT_TOKENS: every token must be at least 16 visible ASCII characters without spaces or commas (such as the output of "openssl rand -hex 32").',
    ],
    [{ BFF_ALLOW_ANONYMOUS: 'sometimes' }, 'BFF_ALLOW_ANONYMOUS must be true or false; got "sometimes".'],
    [{ BFF_JWT_JWKS_URL: 'https://id.example/jwks.json', BFF_JWT_ISSUER: 'https://id.example/' }, 'BFF_JWT_JWKS_URL needs BFF_JWT_ISSUER and BFF_JWT_AUDIENCE: the iss and aud every accepted token must carry.'],
    [{ BFF_JWT_AUDIENCE: 'twenty-bff' }, 'BFF_JWT_ISSUER and BFF_JWT_AUDIENCE need BFF_JWT_JWKS_URL, where the signing keys are published.'],
    [{ BFF_MAX_BODY_BYTES: '10' }, 'BFF_MAX_BODY_BYTES must be an integer from 1024 to 104857600; got "10".'],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
