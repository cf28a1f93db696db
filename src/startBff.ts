import type { AddressInfo } from 'node:net';

import type { Config } from './config.js';
import type { UpstreamTarget } from './context.js';
import type { RunningSandbox } from './sandbox/types.js';
import { createFormatError } from './errors/formatError.js';
import { createServer, type OperationLogEntry, type ServerOptions } from './server.js';
import { createCallerAuthenticator } from './server/authenticateCaller.js';
import { type CallerPolicy, resolveCallerPolicy, type UpstreamMode } from './server/callerPolicy.js';
import { createHttpServer, GRAPHQL_PATH } from './server/createHttpServer.js';
import { createGracefulShutdown, type ShutdownReport } from './server/gracefulShutdown.js';
import { createLogger, type Logger } from './server/logger.js';
import { type BffMetrics, createMetrics, observeSubscriptions } from './server/metrics.js';
import { createLiveUpdates, type LiveUpdates } from './server/liveUpdates.js';
import { createReadinessCheck } from './server/readiness.js';
import { createSubscriptionServer, type SubscriptionServer } from './server/subscriptionServer.js';
import type { TwentyWebhookEvent } from './server/twentyWebhook.js';
import { createSharedGateway } from './twenty/createSharedGateway.js';
import { scopeOf } from './twenty/upstreamGateway.js';
import { createTracing } from './server/tracing.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

// How long a readiness probe waits for the rate budget before the last answer stands.
const PROBE_BUDGET_WAIT_MS = 1000;

/** A listening twenty-bff. */
export interface RunningBff {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The in-process sandbox, when no Twenty was configured. */
  sandbox: RunningSandbox | undefined;
  /** Who may call, decided at start (for the start log). */
  policy: CallerPolicy;
  /** The logger of this server (the one given, or built from `config.log`). */
  logger: Logger;
  /** Its Prometheus registry and metrics; undefined when `BFF_METRICS=false`. */
  metrics: BffMetrics | undefined;
  /** Live updates; undefined when `BFF_SUBSCRIPTIONS=false`. */
  liveUpdates: RunningLiveUpdates | undefined;
  /**
   * Stops accepting connections, lets requests in flight finish within
   * `config.shutdownGraceMs`, then stops Apollo and the sandbox.
   */
  close(): Promise<ShutdownReport>;
}

/** What a running server tells of its subscriptions. */
export interface RunningLiveUpdates {
  /** Subscriptions open now. */
  readonly subscriptions: number;
  /** Resolves once at least `count` subscriptions receive changes (their channel is subscribed). */
  whenSubscribed(count: number): Promise<void>;
  /** Resolves once at most `count` subscriptions are open. */
  whenAtMost(count: number): Promise<void>;
  /** Whether changes travel between replicas through Redis. */
  readonly shared: boolean;
}

/** Options of startBff besides the configuration. */
export interface StartBffOptions extends ServerOptions {
  /** Twenty to call instead of the configured one (tests). */
  upstream?: UpstreamTarget;
  /**
   * Called with every verified Twenty webhook event (`POST /webhooks/twenty`,
   * on when `TWENTY_WEBHOOK_SECRET` is set) after the shared cache forgot what
   * it changed, before it is answered 200; by default the event is logged.
   */
  onWebhookEvent?: (event: TwentyWebhookEvent) => Promise<void>;
  /** Where spans go instead of `OTEL_EXPORTER_OTLP_ENDPOINT` (tests). */
  spanExporter?: SpanExporter;
}

/**
 * Starts twenty-bff over HTTP. With no `TWENTY_API_URL` (and no explicit
 * `upstream`) it first starts the sandbox in-process, seeded, and uses its
 * key. Throws ConfigError when the caller policy is unsafe or inconsistent
 * (see `resolveCallerPolicy`), and the listen error (EADDRINUSE…) after
 * releasing what it started.
 */
export async function startBff(config: Config, options: StartBffOptions = {}): Promise<RunningBff> {
  const policy = resolveCallerPolicy(upstreamModeOf(config, options.upstream), config.auth, config.corsOrigins, config.host);
  let sandbox: RunningSandbox | undefined;
  let upstream = options.upstream;
  if (!upstream) {
    if (config.twenty.apiUrl) {
      upstream = { baseUrl: config.twenty.apiUrl, apiKey: config.twenty.apiKey };
    } else {
      // Loaded only when used: a deployment in front of a real Twenty never loads the emulator.
      const { startSandbox } = await import('./sandbox/index.js');
      sandbox = await startSandbox({ seed: config.sandboxSeed });
      upstream = { baseUrl: sandbox.url, apiKey: sandbox.apiKey };
    }
  }
  const logger = options.logger ?? createLogger(config);
  const metrics = config.metrics ? createMetrics() : undefined;
  // A given `logOperation` replaces the default log line; metrics count every operation either way.
  const logOperation = options.logOperation ?? ((entry: OperationLogEntry) => logger.info(entry, 'operation'));
  const observeAndLog = (entry: OperationLogEntry) => {
    metrics?.observeOperation(entry);
    logOperation(entry);
  };
  const gateway = await createSharedGateway({
    cache: config.cache,
    rateLimit: config.twenty.rateLimit,
    rateWindowMs: config.twenty.rateWindowMs,
    rateWaitMs: config.rateWaitMs,
    redisUrl: config.redisUrl,
    redisKeyPrefix: config.redisKeyPrefix,
    log: (level, message) => logger[level](message),
  });
  const tracing = createTracing({ endpoint: config.tracing.endpoint, serviceName: config.tracing.serviceName, exporter: options.spanExporter });
  const live: LiveUpdates | undefined = config.subscriptions.enabled
    ? await createLiveUpdates(config, upstream, { gateway, logger, ...(metrics ? { onUpstreamRequest: metrics.observeUpstreamRequest } : {}) })
    : undefined;
  const bff = createServer(config, upstream, {
    ...options,
    gateway,
    ...(tracing ? { tracing } : {}),
    logger,
    logOperation: observeAndLog,
    ...(metrics ? { onUpstreamRequest: metrics.observeUpstreamRequest } : {}),
    ...(live ? { onRecordsChanged: live.publishWrites } : {}),
  });
  await bff.start();
  if (metrics && live) {
    observeSubscriptions(metrics, () => live.hub.size);
  }
  const authenticate = createCallerAuthenticator(policy, logger);
  const subscriptions: SubscriptionServer | undefined = live
    ? createSubscriptionServer({
        schemaFor: (headers) => bff.schemaFor(headers),
        upstream,
        hub: live.hub,
        audiences: live.audiences,
        limits: {
          maxOperationChars: config.maxOperationChars,
          maxQueryDepth: config.maxQueryDepth,
          maxAliases: config.maxAliases,
          maxOperationCost: config.maxOperationCost,
        },
        logger,
        authenticate,
        corsOrigins: policy.corsOrigins,
        maxPerConnection: config.subscriptions.maxPerConnection,
        maxConnections: config.subscriptions.maxSubscriptions,
        maxMessageBytes: config.maxBodyBytes,
        formatError: createFormatError((report) => logger.error(report, 'unexpected error')),
      })
    : undefined;
  const onWebhookEvent =
    options.onWebhookEvent ??
    (async (event: TwentyWebhookEvent) => logger.info({ eventName: event.eventName, recordId: event.recordId }, 'Twenty webhook'));
  const probeAuthorization = upstream.apiKey ? `Bearer ${upstream.apiKey}` : undefined;
  const http = createHttpServer(bff, {
    corsOrigins: policy.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    maxOperationChars: config.maxOperationChars,
    authenticate,
    logger,
    logOperation: observeAndLog,
    ...(metrics ? { metrics } : {}),
    ready: createReadinessCheck({
      baseUrl: upstream.baseUrl,
      authorization: probeAuthorization,
      // Without a key Twenty counts nothing against a workspace.
      ...(probeAuthorization
        ? { spendToken: () => gateway.spendToken(scopeOf(upstream.baseUrl, probeAuthorization, config.twenty.headers), 'readiness', PROBE_BUDGET_WAIT_MS) }
        : {}),
      headers: config.twenty.headers,
      timeoutMs: config.twenty.timeoutMs,
      cacheMs: config.readyCacheMs,
      ...(metrics ? { onRequest: metrics.observeUpstreamRequest } : {}),
    }),
    webhook: {
      secret: config.twentyWebhookSecret,
      logger,
      onEvent: async (event) => {
        await bff.invalidateFor(event);
        // After the cache forgot it: a subscriber reading the record reads it anew.
        await live?.publishWebhook(event);
        await onWebhookEvent(event);
      },
    },
    ...(subscriptions ? { subscriptions } : {}),
  });
  const shutdown = createGracefulShutdown(http);
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await live?.close();
    await bff.stop();
    await gateway.close();
    await sandbox?.close();
    throw error;
  }
  const { port } = http.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`,
    sandbox,
    policy,
    logger,
    metrics,
    liveUpdates: live && {
      get subscriptions() {
        return live.hub.size;
      },
      whenSubscribed: (count) => live.hub.whenReady(count),
      whenAtMost: (count) => live.hub.whenAtMost(count),
      shared: live.shared,
    },
    async close() {
      // Subscriptions first: an event stream is a request that never ends by itself.
      await subscriptions?.close();
      const report = await shutdown(config.shutdownGraceMs);
      await live?.close();
      await bff.stop();
      await gateway.close();
      await tracing?.shutdown();
      await sandbox?.close();
      return report;
    },
  };
}

function upstreamModeOf(config: Config, upstream: UpstreamTarget | undefined): UpstreamMode {
  if (!upstream && !config.twenty.apiUrl) {
    return 'sandbox';
  }
  return (upstream ? upstream.apiKey : config.twenty.apiKey) ? 'serverKey' : 'passthrough';
}
