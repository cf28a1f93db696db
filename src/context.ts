import { randomUUID } from 'node:crypto';

import { GraphQLError } from 'graphql';

import type { Config } from './config.js';
import { createLoaders, type Loaders, type RequestUpstream } from './loaders/createLoaders.js';
import { type RelationFilterSupport, relationFilterSupportOf } from './loaders/relationFilters.js';
import type { ConnectionCompilations, PagingOptions } from './translate/compileConnection.js';
import { workspaceSdlOf } from './schema/loadTypeDefs.js';
import type { ObjectRegistry } from './schema/objectRegistry.js';
import type { DataModelSdl } from './server/workspaceSchemas.js';
import type { RestTransportConfig, TwentyRequestEvent } from './twenty/createRestTransport.js';
import { createTwentyClient, type TwentyClient } from './twenty/createTwentyClient.js';
import { createRouteSupport, type KnownRoutes, type RouteSupport } from './twenty/routeSupport.js';
import type { WrittenRecordChange } from './twenty/recordChange.js';
import { createUpstreamUsage, type OperationUpstream, scopeOf, type UpstreamGateway, type UpstreamUsage } from './twenty/upstreamGateway.js';
import { bearerToken } from './utils/bearerToken.js';

/** What every resolver receives. Built per request; nothing in it is shared between requests. */
export interface Context {
  /** The Twenty client of this request; throws UNAUTHENTICATED when there is no credential. */
  readonly twenty: TwentyClient;
  readonly loaders: Loaders;
  readonly registry: ObjectRegistry;
  readonly paging: PagingOptions;
  /** Connection arguments compiled in this request, shared by the argument checks, resolvers and loaders. */
  readonly compilations: ConnectionCompilations;
  /** What this operation has spent upstream so far: requests (retries included), cache hits, coalesced reads, budget waits. */
  readonly upstreamUsage: UpstreamUsage;
  /** Aborts when the client goes away before its answer is complete (never on shutdown). */
  readonly signal: AbortSignal;
  /**
   * Who is asking, for fair shares of the upstream rate budget: the
   * `apollographql-client-name` header when sent, else the remote address.
   */
  readonly caller: string;
  /** The request id the HTTP layer chose (see `OperationLogEntry.requestId`). */
  readonly requestId: string;
  /** The `apollographql-client-name` header, when sent (for logs). */
  readonly clientName: string | null;
  /**
   * Set by the tracing plugin once the operation's span exists: what every
   * upstream attempt of the operation calls as it is sent.
   */
  readonly upstreamTracing: { onSend?: RestTransportConfig['onSend'] };
  /** Called after a metadata write: the next operation of this workspace runs on its new data model. */
  readonly dataModelChanged: () => void;
  /** Twenty's base URL (TWENTY_API_URL or the sandbox's), for links such as attachments' file URLs. */
  readonly twentyUrl: string;
  /** Whether this workspace's Twenty applies relation filters itself (configured, learned, or not known yet). */
  readonly relationFilterSupport: RelationFilterSupport;
  /** What is known of the optional routes this caller's Twenty serves (the cost estimate reads it). */
  readonly knownRoutes: () => KnownRoutes;
  /** Called after a successful record write with what it changed: published to the writer's subscribers (live updates). */
  readonly recordsChanged: (changes: readonly WrittenRecordChange[]) => void;
}

/** What the HTTP layer knows of a request besides its headers. */
export interface RequestInfo {
  signal: AbortSignal;
  caller: string;
  /** Defaults to a new UUID. */
  requestId?: string;
  clientName?: string | null;
}

/** Where the per-request clients point: the configured Twenty, or the in-process sandbox. */
export interface UpstreamTarget {
  baseUrl: string;
  /** Server-side key; undefined → pass the caller's Authorization header through. */
  apiKey: string | undefined;
}

/** What a context factory shares with the rest of the process; each is optional. */
export interface ContextHooks {
  /** Cache, coalescing and rate budget of every upstream request. */
  gateway?: UpstreamGateway | undefined;
  /** Told of every upstream attempt (metrics). */
  onRequest?: ((event: TwentyRequestEvent) => void) | undefined;
  /** Told of a metadata write, with the workspace's scope: its schema is read again. */
  onDataModelChanged?: (workspaceKey: string) => void;
  /** What each workspace's Twenty serves (groupBy route, one-hop relation filters). */
  routeSupport?: RouteSupport;
  /** Told of every successful record write (live updates). */
  onRecordsChanged?: ((authorization: string, changes: readonly WrittenRecordChange[]) => void) | undefined;
}

/**
 * Returns the function that builds a request's context from its headers,
 * its cancellation signal and its caller. With
 * no server-side key the caller's own `Authorization: Bearer …` header is
 * used, so each caller reaches its own workspace.
 */
export function createContextFactory(config: Config, upstream: UpstreamTarget, registry: ObjectRegistry, hooks: ContextHooks = {}) {
  const { gateway, onRequest, onDataModelChanged, onRecordsChanged } = hooks;
  const routeSupport = hooks.routeSupport ?? createRouteSupport({ ttlMs: 3_600_000, maxWorkspaces: 1 });
  const paging: PagingOptions = { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize };
  const clientOf = createClientFactory(config, upstream, gateway, onRequest, routeSupport);
  return (headers: { get(name: string): string | undefined }, request: RequestInfo): Context => {
    const authorization = upstreamAuthorizationOf(upstream, headers);
    const usage = createUpstreamUsage();
    const upstreamTracing: { onSend?: RestTransportConfig['onSend'] } = {};
    let upstreamOfRequest: RequestUpstream | undefined;
    const compilations: ConnectionCompilations = new Map();
    // The workspace's key for caches and memories, computed once per request;
    // without a credential nothing reaches Twenty, so it is moot then.
    const scope = scopeOf(upstream.baseUrl, authorization ?? '', config.twenty.headers);
    const relationFilterSupport = relationFilterSupportOf(config.twenty.relationFilters, routeSupport, scope);
    const connect = (): RequestUpstream => {
      if (!authorization) {
        throw new GraphQLError(
          'No Twenty API key: send "Authorization: Bearer <your Twenty API key>" or set TWENTY_API_KEY on the server.',
          { extensions: { code: 'UNAUTHENTICATED' } },
        );
      }
      // One client and one set of loaders per request: cached records never
      // cross requests, and so never cross credentials.
      upstreamOfRequest ??= createLoaders(
        clientOf(authorization, {
          caller: request.caller,
          signal: request.signal,
          usage,
          maxRequests: config.maxOperationRequests > 0 ? config.maxOperationRequests : Number.POSITIVE_INFINITY,
          onSend: (attempt) => upstreamTracing.onSend?.(attempt),
        }),
        {
          pageCap: config.twenty.pageCap,
          paging,
          relationBatchMaxRows: config.relationBatchMaxRows,
          batchHoldMs: config.batchHoldMs,
          compilations,
          relationFilters: { support: relationFilterSupport, maxRows: config.relationFilterMaxRows },
        },
      );
      return upstreamOfRequest;
    };
    const dataModelChanged = () => {
      if (authorization) {
        onDataModelChanged?.(scope);
      }
    };
    const knownRoutes = (): KnownRoutes => (authorization ? routeSupport.known(scope) : {});
    const recordsChanged = (changes: readonly WrittenRecordChange[]) => {
      if (authorization && changes.length > 0) {
        onRecordsChanged?.(authorization, changes);
      }
    };
    return new RequestContext(
      { connect },
      registry,
      paging,
      compilations,
      usage,
      request.signal,
      request.caller,
      request.requestId ?? randomUUID(),
      request.clientName ?? null,
      upstreamTracing,
      dataModelChanged,
      upstream.baseUrl,
      relationFilterSupport,
      knownRoutes,
      recordsChanged,
    );
  };
}

/**
 * The `Authorization` header sent to Twenty for a request: the server-side
 * key, or else the caller's own `Bearer` token (passthrough); undefined
 * when there is neither.
 */
export function upstreamAuthorizationOf(upstream: UpstreamTarget, headers: { get(name: string): string | undefined }): string | undefined {
  if (upstream.apiKey) {
    return `Bearer ${upstream.apiKey}`;
  }
  const callerKey = bearerToken(headers.get('authorization'));
  return callerKey ? `Bearer ${callerKey}` : undefined;
}

interface ClientUse {
  caller: string;
  signal?: AbortSignal | undefined;
  usage: UpstreamUsage;
  maxRequests: number;
  onSend?: RestTransportConfig['onSend'];
}

// Every Twenty client of the process: same target, limits, gateway, metrics and route memory.
function createClientFactory(
  config: Config,
  upstream: UpstreamTarget,
  gateway?: UpstreamGateway,
  onRequest?: (event: TwentyRequestEvent) => void,
  routeSupport?: RouteSupport,
) {
  return (authorization: string, use: ClientUse): TwentyClient =>
    createTwentyClient({
      baseUrl: upstream.baseUrl,
      authorization,
      headers: config.twenty.headers,
      timeoutMs: config.twenty.timeoutMs,
      pageCap: config.twenty.pageCap,
      retry: { limit: config.twenty.retryLimit, maxRetryAfterMs: config.twenty.maxRetryAfterMs },
      maxResponseBytes: config.twenty.maxResponseBytes,
      ...(gateway ? { gateway } : {}),
      ...(routeSupport ? { routeSupport } : {}),
      ...(onRequest ? { onRequest } : {}),
      ...(use.onSend ? { onSend: use.onSend } : {}),
      operation: {
        scope: scopeOf(upstream.baseUrl, authorization, config.twenty.headers),
        caller: use.caller,
        signal: use.signal,
        usage: use.usage,
        maxRequests: use.maxRequests,
      } satisfies OperationUpstream,
    });
}

// Reading a data model is one metadata listing (more only past 1,000 objects).
const DATA_MODEL_MAX_REQUESTS = 10;

/**
 * Returns the function that reads a workspace's data model through the
 * gateway (so it spends the workspace's rate budget like any request) and
 * turns it into the SDL of its records.
 */
export function createDataModelReader(
  config: Config,
  upstream: UpstreamTarget,
  options: { gateway?: UpstreamGateway; onUpstreamRequest?: (event: TwentyRequestEvent) => void },
  baseTypeDefs: readonly string[],
): (authorization: string) => Promise<DataModelSdl> {
  const clientOf = createClientFactory(config, upstream, options.gateway, options.onUpstreamRequest);
  return async (authorization) => {
    const client = clientOf(authorization, { caller: 'data model', usage: createUpstreamUsage(), maxRequests: DATA_MODEL_MAX_REQUESTS });
    const { sdl, enumValues, warnings } = workspaceSdlOf(await client.listObjects(), baseTypeDefs);
    return { typeDefs: [...baseTypeDefs, sdl], enumValues, warnings };
  };
}

// Apollo Server copies the context object once per operation (own enumerable
// properties onto an object of the same prototype). Getters on the prototype
// survive that copy without running, so an operation that never touches
// Twenty (`ping`, introspection) works without a credential, and the copy
// shares the request's one client and usage through `upstream` and
// `upstreamUsage`.
class RequestContext implements Context {
  constructor(
    readonly upstream: { connect(): RequestUpstream },
    readonly registry: ObjectRegistry,
    readonly paging: PagingOptions,
    readonly compilations: ConnectionCompilations,
    readonly upstreamUsage: UpstreamUsage,
    readonly signal: AbortSignal,
    readonly caller: string,
    readonly requestId: string,
    readonly clientName: string | null,
    readonly upstreamTracing: { onSend?: RestTransportConfig['onSend'] },
    readonly dataModelChanged: () => void,
    readonly twentyUrl: string,
    readonly relationFilterSupport: RelationFilterSupport,
    readonly knownRoutes: () => KnownRoutes,
    readonly recordsChanged: (changes: readonly WrittenRecordChange[]) => void,
  ) {}

  get twenty(): TwentyClient {
    return this.upstream.connect().twenty;
  }

  get loaders(): Loaders {
    return this.upstream.connect().loaders;
  }
}
