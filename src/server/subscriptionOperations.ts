import { randomUUID } from 'node:crypto';

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

import { type Context, type UpstreamTarget, upstreamAuthorizationOf } from '../context.js';
import { estimateUpstreamCost } from '../cost/estimateUpstreamCost.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { LiveRoot } from '../resolvers/subscriptions.js';
import { MAX_DOCUMENT_TOKENS, type ServedSchema } from '../server.js';
import type { RecordChangeEvent, RecordChangeFilter } from '../twenty/recordChange.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import { assertArgumentsOrThrow } from './argumentChecksPlugin.js';
import type { LiveAudiences } from './liveAudience.js';
import type { Logger } from './logger.js';
import type { RecordChangeHub, RecordChangeStream } from './recordChangeHub.js';

/** A subscriber's connection (graphql-ws) or request (graphql-sse), as its subscriptions see it. */
export interface SubscriberSession {
  /** The headers its subscriptions run with (the connection's, overridden by connection_init). */
  headers: { get(name: string): string | undefined };
  /** Who is asking (client name or address), for fair shares of the rate budget. */
  caller: string;
  clientName: string | null;
  transport: 'graphql-ws' | 'graphql-sse';
  /** Subscriptions of this session open now, and the most it may hold. */
  open: number;
  maxOpen: number;
}

/** One subscribe request: the GraphQL-over-HTTP parameters both protocols carry. */
export interface SubscribeRequest {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

/** Limits of subscription operations: those of HTTP operations (see Config), per change for the cost. */
export interface SubscriptionLimits {
  maxOperationChars: number;
  maxQueryDepth: number;
  maxAliases: number;
  /** Most upstream requests one change may be estimated to cost; 0: no limit. */
  maxOperationCost: number;
}

/** What prepared subscriptions run with. */
export interface SubscriptionRuntime {
  schemaFor(headers: SubscriberSession['headers']): Promise<ServedSchema>;
  upstream: UpstreamTarget;
  hub: RecordChangeHub;
  audiences: LiveAudiences;
  limits: SubscriptionLimits;
  logger: Logger;
}

/** Request header asking for each change's upstream cost in `extensions.upstream` (as on HTTP). */
const UPSTREAM_COST_HEADER = 'x-upstream-cost';

/**
 * The execution arguments of a prepared subscription: its `contextValue` is
 * the subscription itself, which `runSubscription` reads.
 */
export type PreparedSubscription = ExecutionArgs & { contextValue: SubscriptionRun };

/** What a prepared subscription holds until it runs. */
export interface SubscriptionRun {
  readonly served: ServedSchema;
  readonly session: SubscriberSession;
  readonly audience: string;
  readonly estimatedCost: number;
}

/**
 * Checks one subscribe request as Apollo checks an HTTP operation, in the
 * same order and with the same codes: room for it, its length, parse,
 * validation on the subscriber's own workspace schema (subscriptions only,
 * depth and aliases), argument checks, the upstream cost of one change, then
 * the subscriber's audience (which may ask Twenty about its key). Returns the
 * execution arguments, or the errors to answer with; nothing is subscribed yet.
 */
export async function prepareSubscription(
  runtime: SubscriptionRuntime,
  session: SubscriberSession,
  request: SubscribeRequest,
): Promise<PreparedSubscription | readonly GraphQLError[]> {
  try {
    if (session.open >= session.maxOpen) {
      throw coded(`A connection holds at most ${session.maxOpen} subscriptions (BFF_MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one first.`, ErrorCode.TOO_MANY_SUBSCRIPTIONS);
    }
    if (!runtime.hub.hasRoom()) {
      throw coded('twenty-bff serves as many subscriptions as it may (BFF_MAX_SUBSCRIPTIONS), or is shutting down; try again later.', ErrorCode.TOO_MANY_SUBSCRIPTIONS);
    }
    const { query } = request;
    if (typeof query !== 'string' || query === '') {
      throw coded('A subscription needs a non-empty `query`.', ErrorCode.BAD_REQUEST);
    }
    if (query.length > runtime.limits.maxOperationChars) {
      throw coded(
        `The operation is ${query.length} characters long; this server accepts at most ${runtime.limits.maxOperationChars} (BFF_MAX_OPERATION_CHARS).`,
        ErrorCode.BAD_REQUEST,
      );
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS });
    } catch (error) {
      throw coded(error instanceof Error ? error.message : String(error), ErrorCode.GRAPHQL_PARSE_FAILED);
    }
    const served = await runtime.schemaFor(session.headers);
    const validationErrors = validate(served.schema, document, [...specifiedRules, onlySubscriptionsRule, ...shapeRules(runtime.limits)]);
    if (validationErrors.length > 0) {
      return validationErrors.map((error) => withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED));
    }
    const operationName = request.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      throw coded(operationName ? `Unknown operation named "${operationName}".` : 'Several operations are sent: name the one to run with `operationName`.', ErrorCode.OPERATION_RESOLUTION_FAILURE);
    }
    const variables = isPlainObject(request.variables) ? request.variables : {};
    const checkContext = served.createContext(session.headers, { signal: new AbortController().signal, caller: session.caller, clientName: session.clientName });
    assertArgumentsOrThrow({ schema: served.schema, document, operation, variables, checks: served.argumentChecks, context: checkContext });
    const estimate = estimateUpstreamCost(served.costModel, document, operationName, variables);
    const maxCost = runtime.limits.maxOperationCost;
    if (maxCost > 0 && estimate.total > maxCost) {
      throw new GraphQLError(
        `Each change delivered to this subscription could make up to ${estimate.total} upstream requests to Twenty, more than the ${maxCost} allowed ` +
          '(BFF_MAX_OPERATION_COST); nothing was subscribed. Select less under `record` (fewer nested connections, a smaller `first`).',
        { extensions: { code: ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE, estimatedCost: estimate.total, maxCost } },
      );
    }
    const authorization = upstreamAuthorizationOf(runtime.upstream, session.headers);
    if (!authorization) {
      throw coded('No Twenty API key: send "Authorization: Bearer <your Twenty API key>" or set TWENTY_API_KEY on the server.', ErrorCode.UNAUTHENTICATED);
    }
    const audience = await runtime.audiences.ofSubscriber(authorization);
    return {
      schema: served.schema,
      document,
      operationName,
      variableValues: variables,
      contextValue: { served, session, audience, estimatedCost: estimate.total },
    };
  } catch (error) {
    if (error instanceof GraphQLError) {
      return [error];
    }
    throw error;
  }
}

/**
 * Runs a prepared subscription: opens its stream of changes on the hub (its
 * root field's `subscribe`, through graphql-js), then executes the operation
 * once per change with a context of its own (fresh loaders, so a record is
 * read as it is now; its own upstream usage, reported in
 * `extensions.upstream` when the session sent `x-upstream-cost: 1`). Returning
 * the iterator ends the stream at once, and aborts reads in flight.
 */
export async function runSubscription(runtime: SubscriptionRuntime, args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult, void, undefined> | ExecutionResult> {
  const run = args.contextValue as SubscriptionRun;
  const { served, session, audience } = run;
  const cancellation = new AbortController();
  const subscriptionId = randomUUID();
  const startedAt = performance.now();
  let delivered = 0;
  let upstreamRequests = 0;
  let stream: RecordChangeStream | undefined;
  const root: LiveRoot = {
    recordChanges(filter: RecordChangeFilter) {
      stream = runtime.hub.subscribe(audience, filter);
      session.open += 1;
      return stream;
    },
  };
  const contextOfChange = (): Context =>
    served.createContext(session.headers, { signal: cancellation.signal, caller: session.caller, requestId: randomUUID(), clientName: session.clientName });
  const created = await createSourceEventStream({ ...args, rootValue: root, contextValue: contextOfChange() });
  if (!isAsyncIterator(created)) {
    return created as ExecutionResult;
  }
  const source = created;
  const reportCost = session.headers.get(UPSTREAM_COST_HEADER) === '1';
  const log = { subscriptionId, operationName: args.operationName ?? null, clientName: session.clientName, transport: session.transport };
  runtime.logger.info({ ...log, estimatedCost: run.estimatedCost }, 'subscription started');
  let ended = false;
  const end = async () => {
    if (ended) {
      return;
    }
    ended = true;
    cancellation.abort(new Error('The subscription ended.'));
    session.open -= 1;
    await source.return?.();
    runtime.logger.info({ ...log, delivered, upstreamRequests, durationMs: Math.round(performance.now() - startedAt) }, 'subscription ended');
  };
  const results: AsyncGenerator<ExecutionResult, void, undefined> = {
    async next() {
      const next = ended ? { done: true as const, value: undefined } : await source.next().catch(async (error: unknown) => {
        await end();
        throw error;
      });
      if (next.done) {
        await end();
        return { done: true, value: undefined };
      }
      const context = contextOfChange();
      const result = await execute({ ...args, rootValue: next.value as RecordChangeEvent, contextValue: context });
      delivered += 1;
      upstreamRequests += context.upstreamUsage.requests;
      if (reportCost) {
        const { cacheMisses: _, ...usage } = context.upstreamUsage;
        result.extensions = { ...result.extensions, upstream: { ...usage, estimated: run.estimatedCost, budgetWaitMs: Math.round(usage.budgetWaitMs) } };
      }
      return { done: false, value: result };
    },
    async return() {
      await end();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}

/**
 * Formats one answer of a subscription with the server's `formatError` (the
 * same mapping as HTTP answers: Twenty failures to codes, unknown errors
 * masked), leaving its data and extensions.
 */
export function formatResult(
  result: ExecutionResult,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): { data?: unknown; errors?: GraphQLFormattedError[]; extensions?: Record<string, unknown> } {
  return {
    ...(result.data === undefined ? {} : { data: result.data }),
    ...(result.errors ? { errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : {}),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}

// Queries and mutations go over HTTP, where the cost limit, the upstream
// report and the operation log apply: the streaming protocols carry
// subscriptions only.
const onlySubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(new GraphQLError(`Only subscriptions are served here; send a ${node.operation} as an HTTP POST to /graphql.`, { nodes: node }));
    }
  },
});

// graphql-armor reports through the validation context, as on HTTP (server.ts).
function shapeRules(limits: SubscriptionLimits): ValidationRule[] {
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
  };
  return [maxDepthRule({ n: limits.maxQueryDepth, ignoreIntrospection: true, ...report }), maxAliasesRule({ n: limits.maxAliases, ...report })];
}

function coded(message: string, code: ErrorCode): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> & AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value && typeof (value as { next?: unknown }).next === 'function';
}
