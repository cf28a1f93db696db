import { ApolloServer, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';

import type { Config } from './config.js';
import { type Context, createContextFactory, createDataModelReader, type UpstreamTarget, upstreamAuthorizationOf } from './context.js';
import { createUpstreamCostModel, type UpstreamCostModel } from './cost/estimateUpstreamCost.js';
import { createFormatError, formatError } from './errors/formatError.js';
import { createArgumentChecks, createResolvers } from './resolvers/index.js';
import type { ArgumentChecks } from './resolvers/argumentChecks.js';
import type { MutationOptions } from './resolvers/mutations.js';
import { createObjectRegistry } from './schema/objectRegistry.js';
import { loadBaseTypeDefs, loadTypeDefs } from './schema/loadTypeDefs.js';
import { argumentChecksPlugin } from './server/argumentChecksPlugin.js';
import { costLimitPlugin } from './server/costLimitPlugin.js';
import { createDocumentStore } from './server/documentStore.js';
import { readExampleOperations } from './server/exampleOperations.js';
import { buildGraphiqlPage, type GraphiqlPage, graphiqlLandingPagePlugin } from './server/graphiqlLandingPage.js';
import { noSubscriptionsRule } from './server/noSubscriptionsRule.js';
import type { Logger } from './server/logger.js';
import type { Tracing } from './server/tracing.js';
import type { TwentyWebhookEvent } from './server/twentyWebhook.js';
import { createWorkspaceSchemas } from './server/workspaceSchemas.js';
import type { TwentyRequestEvent } from './twenty/createRestTransport.js';
import { createRouteSupport, type RouteSupport } from './twenty/routeSupport.js';
import type { WrittenRecordChange } from './twenty/recordChange.js';
import { scopeOf, type UpstreamGateway, type UpstreamUsage } from './twenty/upstreamGateway.js';
import { createKeyedMutex } from './utils/createKeyedMutex.js';

/** The query GraphiQL opens with, before the README's examples. */
export const EXAMPLE_QUERY = /* GraphQL */ `# Welcome to twenty-bff. Press the play button
# to run this query; the other tabs hold the
# README's examples. Does this server want a
# credential? Open Headers below and add
# {"Authorization": "Bearer <token or Twenty key>"}
# (GraphiQL keeps it between reloads).
query People {
  people(
    first: 5
    filter: { city: { eq: "Paris" } }
    orderBy: [{ name: { lastName: AscNullsLast } }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        name { firstName lastName }
        emails { primaryEmail }
        jobTitle
      }
    }
  }
}
`;

// graphql-armor throws its rejections by default, which Apollo answers as an
// internal error; reported through the validation context they become
// GRAPHQL_VALIDATION_FAILED like any other invalid operation.
const REPORT_AS_VALIDATION_ERROR = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** Most tokens an operation document may have (graphql-js `maxTokens`). */
export const MAX_DOCUMENT_TOKENS = 4_000;

/** Request header that asks for the operation's upstream cost in `extensions.upstream`. */
export const UPSTREAM_COST_HEADER = 'x-upstream-cost';

/**
 * What is logged of every operation, including those refused before they ran
 * (never a credential, a header other than the client name, a filter value or variables).
 */
export interface OperationLogEntry {
  /** The caller's `x-request-id` when it is a sane token, else one of ours; sent back as `x-request-id`. */
  requestId: string;
  operationName: string | null;
  /** The `apollographql-client-name` header, when sent. */
  clientName: string | null;
  /** `ok`: no error; `partial`: errors beside data; `error`: errors and no data. */
  outcome: 'ok' | 'partial' | 'error';
  upstreamRequests: number;
  cacheHits: number;
  cacheMisses: number;
  staleHits: number;
  coalesced: number;
  budgetWaitMs: number;
  /** The upper bound of upstream requests estimated before it ran; null when it never got that far. */
  estimatedCost: number | null;
  durationMs: number;
  /** Error codes of the answer, in order. */
  errorCodes: string[];
  /** The client went away before the answer: a write it sent still ran, and this is its outcome. */
  clientGone: boolean;
}

/** One schema ready to serve: the standard one, or a workspace's, built from its data model. */
export interface ServedSchema {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  createContext: ReturnType<typeof createContextFactory>;
  /** What the Apollo plugins check before an operation runs, for operations served outside Apollo (subscriptions). */
  costModel: UpstreamCostModel;
  argumentChecks: ArgumentChecks;
}

/** What `createServer` builds; nothing listens yet. */
export interface BffServer {
  /** The schema of the standard data model (committed SDL): served until a workspace's is read. */
  standard: ServedSchema;
  /**
   * The schema that serves a request with these headers: its workspace's,
   * built from its data model (read on first use and again every
   * `BFF_SCHEMA_REFRESH_MS`), or the standard one when
   * `BFF_WORKSPACE_SCHEMA=false`, before any credential, or while the data
   * model cannot be read.
   */
  schemaFor(headers: { get(name: string): string | undefined }): Promise<ServedSchema>;
  /** Starts the standard schema's Apollo server; call before serving. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Makes the shared cache forget what a verified Twenty webhook event
   * changed (every credential's copy), and the schemas their data model
   * when it was a metadata change.
   */
  invalidateFor(event: TwentyWebhookEvent): Promise<void>;
  /** The GraphiQL page and its files, unless `BFF_GRAPHIQL=false`. */
  graphiql: GraphiqlPage | undefined;
}

/** Options that are not configuration: logging of operations, the process-wide upstream gateway. */
export interface ServerOptions {
  logOperation?: (entry: OperationLogEntry) => void;
  /** Where unexpected errors are logged; none → stderr. */
  logger?: Logger;
  /** Called after every upstream attempt of every operation (metrics). */
  onUpstreamRequest?: (event: TwentyRequestEvent) => void;
  /** Cache, coalescing and rate budget shared by every operation; none → every request is sent. */
  gateway?: UpstreamGateway;
  /** OpenTelemetry spans of operations and their upstream requests; none → no tracing. */
  tracing?: Tracing;
  /** Told of every successful record write, with the `Authorization` it was sent with (live updates). */
  onRecordsChanged?: (authorization: string, changes: readonly WrittenRecordChange[]) => void;
}

/**
 * Builds the standard schema and its Apollo server over `upstream`, and the
 * schemas of the workspaces it serves as they are met. Never listens:
 * `main.ts` (or a test) serves it over HTTP. Throws at boot when a schema
 * field lacks its resolver.
 */
export function createServer(config: Config, upstream: UpstreamTarget, options: ServerOptions = {}): BffServer {
  const baseTypeDefs = loadBaseTypeDefs();
  const mutationOptions: MutationOptions = {
    readOnly: config.readOnly,
    // Twenty's batch maximum is the same constant as its page cap (contract §4.2, §6.4).
    batchSize: config.twenty.pageCap,
    maxBatchSize: config.maxBatchSize,
    maxBulkRecords: config.maxBulkRecords,
    // One for the process, whichever schema an operation runs on.
    attachLocks: createKeyedMutex(),
  };
  // Built once: the welcome query, then the README's examples, as tabs.
  const graphiql = config.graphiql ? buildGraphiqlPage([EXAMPLE_QUERY, ...readExampleOperations()]) : undefined;
  // What each workspace's Twenty serves of the optional routes and filter
  // forms (groupBy, one-hop relation filters), whichever schema serves it; a
  // Twenty upgrade is noticed within ROUTE_MEMORY_MS.
  const routeSupport = createRouteSupport({ ttlMs: ROUTE_MEMORY_MS, maxWorkspaces: ROUTE_MEMORY_WORKSPACES });
  const serve = (typeDefs: string[], enumValues: Record<string, Record<string, string>>): ServedSchema =>
    createServedSchema(config, upstream, options, {
      typeDefs,
      enumValues,
      mutationOptions,
      graphiql,
      onDataModelChanged: (key) => workspaces?.invalidate(key),
      routeSupport,
    });
  const standard = serve(loadTypeDefs(), {});
  const readDataModel = createDataModelReader(config, upstream, options, baseTypeDefs);
  const workspaces = config.workspaceSchema.enabled
    ? createWorkspaceSchemas<ServedSchema>({
        fallback: standard,
        read: readDataModel,
        async build(sdl) {
          const served = serve(sdl.typeDefs, sdl.enumValues);
          await served.apollo.start();
          return served;
        },
        refreshMs: config.workspaceSchema.refreshMs,
        retryMs: Math.min(config.workspaceSchema.refreshMs, SCHEMA_RETRY_MS),
        maxSchemas: config.workspaceSchema.maxSchemas,
        onRead: (report) =>
          report.outcome === 'failed'
            ? options.logger?.warn({ workspace: report.workspace, err: report.error }, 'workspace data model could not be read: serving the schema before')
            : options.logger?.info(report, 'workspace data model read'),
      })
    : undefined;
  const pluralOf = new Map([...createObjectRegistry(standard.schema).values()].map((descriptor) => [descriptor.singular, descriptor.plural]));
  return {
    standard,
    graphiql,
    async schemaFor(headers) {
      const authorization = upstreamAuthorizationOf(upstream, headers);
      if (workspaces === undefined || authorization === undefined) {
        return standard;
      }
      return workspaces.get(scopeOf(upstream.baseUrl, authorization, config.twenty.headers), authorization);
    },
    start: () => standard.apollo.start(),
    stop: () => standard.apollo.stop(),
    async invalidateFor(event) {
      // A webhook names its workspace, not our credential, so every
      // credential's copy goes. Created and updated records change their own
      // object's lists; deletes cascade and metadata changes reach anything.
      const plural = pluralOf.get(event.objectNameSingular);
      const changesOthers = event.metadata === true || plural === undefined || !['created', 'updated'].includes(event.operation);
      await options.gateway?.invalidate('*', changesOthers ? 'all' : [plural]);
      if (event.metadata === true) {
        workspaces?.invalidateAll();
      }
    },
  };
}

// After a failed read of a data model, the next one waits at least this long.
const SCHEMA_RETRY_MS = 5_000;
// How long a finding about a workspace's routes holds: releases change
// rarely, and one request an hour re-checks an old one.
const ROUTE_MEMORY_MS = 3_600_000;
const ROUTE_MEMORY_WORKSPACES = 10_000;

interface ServedSchemaParts {
  typeDefs: string[];
  enumValues: Record<string, Record<string, string>>;
  mutationOptions: MutationOptions;
  graphiql: GraphiqlPage | undefined;
  onDataModelChanged: (workspaceKey: string) => void;
  routeSupport: RouteSupport;
}

function createServedSchema(config: Config, upstream: UpstreamTarget, options: ServerOptions, parts: ServedSchemaParts): ServedSchema {
  const { typeDefs, mutationOptions, graphiql } = parts;
  const registry = createObjectRegistry(makeExecutableSchema({ typeDefs }));
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [
      ...createResolvers(registry, mutationOptions, typeDefs, { maxRecords: config.aggregateMaxRecords, pageCap: config.twenty.pageCap }),
      parts.enumValues,
    ],
    resolverValidationOptions: { requireResolversForArgs: 'error', requireResolversForResolveType: 'error' },
  });
  const costModel = createUpstreamCostModel(
    schema,
    registry,
    {
      pageCap: config.twenty.pageCap,
      paging: { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize },
      relationBatchMaxRows: config.relationBatchMaxRows,
      batchSize: mutationOptions.batchSize,
      maxBulkRecords: mutationOptions.maxBulkRecords,
      relationFilterMaxRows: config.relationFilterMaxRows,
      aggregateMaxRecords: config.aggregateMaxRecords,
    },
    typeDefs,
  );
  const argumentChecks = createArgumentChecks(registry, mutationOptions, typeDefs);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    formatError: options.logger ? createFormatError((report) => options.logger?.error(report, 'unexpected error')) : formatError,
    includeStacktraceInErrorResponses: false,
    // graphql-js parses recursively: a literal nested ~1,500 levels deep (a
    // few KB) overflows the stack. 4,000 tokens is far beyond any screen's
    // query and stops that in the lexer with a clean GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    // Sized by what a parsed document really holds, its source text included.
    documentStore: createDocumentStore(),
    // main.ts handles SIGTERM/SIGINT: Apollo's own handler would stop the
    // server under requests in flight and re-raise the signal (exit 143).
    stopOnTerminationSignals: false,
    validationRules: [
      noSubscriptionsRule,
      maxDepthRule({ n: config.maxQueryDepth, ignoreIntrospection: true, ...REPORT_AS_VALIDATION_ERROR }),
      maxAliasesRule({ n: config.maxAliases, ...REPORT_AS_VALIDATION_ERROR }),
    ],
    plugins: [
      graphiql ? graphiqlLandingPagePlugin(graphiql) : ApolloServerPluginLandingPageDisabled(),
      // Listed before the cost limit: Apollo runs both hooks together and
      // answers with the first listed one's error, so bad input is reported as
      // such, whatever the operation's cost.
      argumentChecksPlugin(argumentChecks),
      costLimitPlugin(costModel, config.maxOperationCost),
      upstreamCostPlugin(options),
      ...(options.tracing ? [tracingPlugin(options.tracing)] : []),
    ],
  });
  return {
    apollo,
    schema,
    createContext: createContextFactory(config, upstream, registry, {
      gateway: options.gateway,
      onRequest: options.onUpstreamRequest,
      onDataModelChanged: parts.onDataModelChanged,
      routeSupport: parts.routeSupport,
      onRecordsChanged: options.onRecordsChanged,
    }),
    costModel,
    argumentChecks,
  };
}

// Upstream calls are what Twenty rate-limits (about 100 a minute per
// workspace), so every operation's cost is logged, and returned when asked
// (with its estimate, absent when the operation never resolved) — or whenever
// a read was answered from an expired cache entry, which a client must be told.
// One span per operation (a child of the caller's `traceparent`), and one per
// upstream attempt under it, whose `traceparent` goes on to Twenty.
function tracingPlugin(tracing: Tracing): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const span = tracing.startOperation(request.http?.headers);
      contextValue.upstreamTracing.onSend = (attempt) => tracing.sendUpstream(span, attempt);
      return {
        async didResolveOperation({ operation, operationName }) {
          span.updateName(`graphql ${operation?.operation ?? 'operation'} ${operationName ?? 'anonymous'}`);
          span.setAttributes({ 'graphql.operation.name': operationName ?? '', 'graphql.operation.type': operation?.operation ?? '' });
        },
        async willSendResponse({ response }) {
          const codes = errorCodesOf(response.body);
          if (codes.length > 0) {
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
  };
}

// The `extensions.code` of each error of an answer, in order (logs, metrics, spans).
function errorCodesOf(body: GraphQLResponse['body']): string[] {
  return body.kind === 'single' ? (body.singleResult.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'UNKNOWN')) : [];
}

function upstreamCostPlugin(options: ServerOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const startedAt = performance.now();
      const report = request.http?.headers.get(UPSTREAM_COST_HEADER) === '1';
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const usage = contextValue.upstreamUsage;
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errorCodes = errorCodesOf(response.body);
          options.logOperation?.({
            requestId: contextValue.requestId,
            // Apollo names the operation once it is resolved; before that (an
            // invalid document), the name the client sent stands for it.
            operationName: operationName ?? request.operationName?.slice(0, 100) ?? null,
            clientName: contextValue.clientName,
            outcome: errorCodes.length === 0 ? 'ok' : single?.data == null ? 'error' : 'partial',
            upstreamRequests: usage.requests,
            cacheHits: usage.cacheHits,
            cacheMisses: usage.cacheMisses,
            staleHits: usage.staleHits,
            coalesced: usage.coalesced,
            budgetWaitMs: Math.round(usage.budgetWaitMs),
            estimatedCost: usage.estimated ?? null,
            durationMs: Math.round(performance.now() - startedAt),
            errorCodes,
            clientGone: contextValue.signal.aborted,
          });
          if ((report || usage.staleHits > 0) && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              // cacheMisses is for metrics; clients were promised the other fields.
              upstream: { ...withoutCacheMisses(usage), budgetWaitMs: Math.round(usage.budgetWaitMs) },
            };
          }
        },
      };
    },
  };
}

function withoutCacheMisses({ cacheMisses: _, ...reported }: UpstreamUsage): Omit<UpstreamUsage, 'cacheMisses'> {
  return reported;
}
