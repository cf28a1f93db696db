import { pino } from 'pino';

import { type Config, loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RequestLogEntry, RunningSandbox, SandboxOptions } from '../../src/sandbox/types.js';
import { type RunningLiveUpdates, startBff, type StartBffOptions } from '../../src/startBff.js';
import { postOperation } from './postOperation.js';

/** A GraphQL response as the HTTP endpoint returns it. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/** A sandbox and a twenty-bff over it, both on random ports, talking HTTP. */
export interface TestBff {
  sandbox: RunningSandbox;
  url: string;
  /** POSTs an operation and returns the whole response (data and errors). */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** POSTs an operation and returns `data`; fails the test on any GraphQL error. */
  data<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TData>;
  /** The server's live updates (subscriptions), unless `BFF_SUBSCRIPTIONS=false`. */
  liveUpdates: RunningLiveUpdates | undefined;
  /** The sandbox's log since the last `resetRequests()`: what Twenty received. */
  upstream(): RequestLogEntry[];
  resetRequests(): void;
  close(): Promise<void>;
}

/** Configuration a test changes; `twenty` and `cache` are merged into the test defaults. */
export type TestBffConfig = Partial<Omit<Config, 'twenty' | 'cache' | 'workspaceSchema' | 'subscriptions'>> & {
  twenty?: Partial<Config['twenty']>;
  cache?: Partial<Config['cache']>;
  workspaceSchema?: Partial<Config['workspaceSchema']>;
  subscriptions?: Partial<Config['subscriptions']>;
};

/** How the test twenty-bff reaches the sandbox. */
export interface TestBffOptions {
  /** No server-side key: each caller's own Authorization header is passed through. */
  passThroughAuthorization?: boolean;
  /** Receives the Twenty webhook events twenty-bff verified (set `twentyWebhookSecret` in the config). */
  onWebhookEvent?: StartBffOptions['onWebhookEvent'];
  /** Receives the server's log lines; silent by default. */
  logger?: StartBffOptions['logger'];
}

/**
 * Starts the sandbox with `sandboxOptions` and twenty-bff pointing at it with
 * the sandbox's key. `config` overrides the defaults (page cap 60, as Twenty's
 * docs say, against a sandbox that allows 200 like newest Twenty).
 */
export async function startTestBff(
  sandboxOptions: SandboxOptions = {},
  config: TestBffConfig = {},
  options: TestBffOptions = {},
): Promise<TestBff> {
  const sandbox = await startSandbox(sandboxOptions);
  const base = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0' });
  const bff = await startBff(
    // Relation batches wait for every sibling call (batchHoldMs far above any
    // answer time): upstream counts stay exact however loaded the machine is.
    // The shared cache and the rate budget are off unless a test turns them
    // on: each test asserts the upstream requests of its own operations.
    // With the sandbox's key on the server, callers need no credential of
    // their own unless a test configures `auth` (test/operations/auth.test.ts).
    {
      ...base,
      port: 0,
      host: '127.0.0.1',
      batchHoldMs: 60_000,
      ...config,
      cache: { ...base.cache, ...config.cache },
      twenty: { ...base.twenty, ...config.twenty },
      subscriptions: { ...base.subscriptions, ...config.subscriptions },
      auth: config.auth ?? { ...base.auth, allowAnonymous: true },
      // The workspace's schema is read once, below, and kept for the test
      // file's length; tests of its refresh set their own interval.
      workspaceSchema: { ...base.workspaceSchema, refreshMs: 3_600_000, ...config.workspaceSchema },
    },
    {
      upstream: { baseUrl: sandbox.url, apiKey: options.passThroughAuthorization ? undefined : sandbox.apiKey },
      ...(options.onWebhookEvent === undefined ? {} : { onWebhookEvent: options.onWebhookEvent }),
      logger: options.logger ?? pino({ level: 'silent' }),
    },
  );
  const execute = <TData,>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postOperation<TData>(bff.url, query, variables, headers);
  // The first operation of a workspace reads its data model: done here (as a
  // caller holding the sandbox's key, in passthrough), so each test's request
  // log holds its own calls only.
  if (config.workspaceSchema?.enabled !== false) {
    await execute('{ ping }', undefined, options.passThroughAuthorization ? { authorization: `Bearer ${sandbox.apiKey}` } : {});
  }
  sandbox.requests.length = 0;
  return {
    sandbox,
    url: bff.url,
    liveUpdates: bff.liveUpdates,
    execute,
    async data<TData>(query: string, variables?: Record<string, unknown>) {
      const result = await execute<TData>(query, variables);
      if (result.errors?.length) {
        throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data as TData;
    },
    upstream: () => [...sandbox.requests],
    resetRequests: () => {
      sandbox.requests.length = 0;
    },
    async close() {
      await bff.close();
      await sandbox.close();
    },
  };
}
