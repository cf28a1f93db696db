import { randomUUID } from 'node:crypto';
import { createServer as createNodeServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

import { HeaderMap } from '@apollo/server';

import { ErrorCode } from '../errors/ErrorCode.js';
import type { BffServer, OperationLogEntry } from '../server.js';
import { applyCors } from './applyCors.js';
import { chooseEncoding, COMPRESS_MIN_BYTES, compress } from './compression.js';
import { readBody, sendJson } from './httpMessages.js';
import type { CallerAuthenticator } from './authenticateCaller.js';
import type { Logger } from './logger.js';
import { type BffMetrics, METRICS_PATH } from './metrics.js';
import { READY_PATH, type Readiness } from './readiness.js';
import { SUBSCRIPTION_STREAM_PATH, type SubscriptionServer } from './subscriptionServer.js';
import { handleTwentyWebhook, TWENTY_WEBHOOK_PATH, type TwentyWebhookHandlerOptions } from './twentyWebhook.js';

/** Paths the HTTP server answers. */
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

/** Request header naming the client application, used as the caller when present (Apollo Client sends it). */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

/** Request and response header carrying the request id of the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's request id is echoed and logged: only short plain tokens are
// kept, so a header cannot forge log lines or carry a secret of any length.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// A caller names a share of the rate budget: a long made-up name must not
// cost memory wherever callers are counted.
const MAX_CALLER_LENGTH = 100;

/** How the HTTP layer treats requests. */
export interface HttpServerOptions {
  /** `'*'` or the exact origins allowed by CORS. */
  corsOrigins: '*' | readonly string[];
  /** Largest request body accepted; a larger one is answered 413 BAD_REQUEST. */
  maxBodyBytes: number;
  /** Longest operation text accepted, checked before Apollo parses or caches it; a longer one is answered 400 BAD_REQUEST. */
  maxOperationChars: number;
  /** Checks the caller's credential before any GraphQL work (not for GraphiQL's page). */
  authenticate: CallerAuthenticator;
  /** Twenty's signed webhook deliveries at /webhooks/twenty (verified with its own secret, not the caller auth). */
  webhook?: TwentyWebhookHandlerOptions;
  /** Where unhandled errors are logged. */
  logger: Logger;
  /**
   * Receives requests to /graphql refused before Apollo ran an operation
   * (body or operation too long, invalid JSON, CSRF, caller authentication);
   * operations that ran are logged by the server's plugin.
   */
  logOperation?: (entry: OperationLogEntry) => void;
  /** Served at /metrics, and counts the GraphQL requests in flight; none → /metrics is not served. */
  metrics?: BffMetrics;
  /** Answers /ready; none → /ready answers ready as /health does. */
  ready?: () => Promise<Readiness>;
  /** Subscriptions over WebSocket at /graphql and Server-Sent Events at /graphql/stream; none → neither is served. */
  subscriptions?: SubscriptionServer;
}

/**
 * Serves `bff` over node:http: GraphQL (and GraphiQL for browsers) at
 * /graphql, subscriptions over WebSocket there and over Server-Sent Events at
 * /graphql/stream when `subscriptions` is given, a liveness check at /health, a readiness check at /ready,
 * Prometheus metrics at /metrics when `metrics` is given, Twenty's webhooks at /webhooks/twenty
 * when `webhook` is given, a redirect from /. Bodies and
 * operation texts over their limits are refused before Apollo sees them. Each GraphQL
 * request's context gets an AbortSignal that aborts when the client goes
 * away before its answer is complete. Call `bff.start()` first.
 */
export function createHttpServer(bff: BffServer, options: HttpServerOptions): Server {
  const server = createNodeServer((request, response) => {
    handle(bff, options, request, response).catch((error: unknown) => {
      // Name, message and stack only, as formatError: an error's own
      // properties may hold request options, headers or keys.
      options.logger.error(
        error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { detail: String(error) },
        'unhandled HTTP error',
      );
      if (!response.headersSent) {
        sendError(response, 500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
      } else {
        response.end();
      }
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === GRAPHQL_PATH && options.subscriptions) {
      options.subscriptions.handleUpgrade(request, socket, head);
      return;
    }
    socket.end(`HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nWebSocket subscriptions are served at ${GRAPHQL_PATH}.`);
  });
  return server;
}

async function handle(bff: BffServer, options: HttpServerOptions, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (applyCors(request, response, options.corsOrigins)) {
    return;
  }
  if (url.pathname === HEALTH_PATH) {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  if (url.pathname === READY_PATH) {
    const readiness = options.ready ? await options.ready() : { status: 200, body: { status: 'ready' } };
    sendJson(response, readiness.status, readiness.body);
    return;
  }
  if (url.pathname === METRICS_PATH && options.metrics !== undefined) {
    const { registry } = options.metrics;
    response.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
    return;
  }
  if (url.pathname === SUBSCRIPTION_STREAM_PATH && options.subscriptions !== undefined) {
    await options.subscriptions.handleStream(request, response);
    return;
  }
  if (url.pathname === TWENTY_WEBHOOK_PATH && options.webhook !== undefined) {
    await handleTwentyWebhook(request, response, options.webhook);
    return;
  }
  const asset = bff.graphiql?.assets.get(url.pathname);
  if (asset) {
    // A content-hashed name never changes meaning: cached for good.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.setHeader('Content-Type', asset.contentType);
    await sendBody(request, response, asset.body, asset);
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(302, { Location: GRAPHQL_PATH }).end();
    return;
  }
  if (url.pathname !== GRAPHQL_PATH) {
    sendJson(response, 404, { error: `Not found. GraphQL is served at ${GRAPHQL_PATH}.` });
    return;
  }
  const requestId = saneRequestId(request.headers[REQUEST_ID_HEADER]) ?? randomUUID();
  response.setHeader(REQUEST_ID_HEADER, requestId);
  options.metrics?.operationsInFlight.inc();
  try {
    await handleGraphQL(bff, options, request, response, url, requestId);
  } finally {
    options.metrics?.operationsInFlight.dec();
  }
}

async function handleGraphQL(bff: BffServer, options: HttpServerOptions, request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) {
  const startedAt = performance.now();
  const clientName = headerValue(request.headers[CLIENT_NAME_HEADER])?.trim().slice(0, MAX_CALLER_LENGTH) || null;
  const refused = (operationName: string | null, errorCodes: string[]) =>
    options.logOperation?.(refusalEntry({ requestId, clientName, operationName, errorCodes, durationMs: Math.round(performance.now() - startedAt) }));
  // Not on the request's 'close': that fires once its body has been read.
  const cancellation = new AbortController();
  response.once('close', () => {
    if (!response.writableEnded) {
      cancellation.abort(new Error('The client closed the connection before the answer was complete.'));
    }
  });
  const body = (await readBody(request, options.maxBodyBytes))?.toString('utf8');
  if (body === undefined) {
    // The rest of the body is not read: the connection cannot serve another request.
    response.shouldKeepAlive = false;
    sendError(response, 413, `The request body is larger than ${options.maxBodyBytes} bytes (BFF_MAX_BODY_BYTES).`, ErrorCode.BAD_REQUEST);
    refused(null, [ErrorCode.BAD_REQUEST]);
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  let parsedBody: unknown = body;
  if (body !== '' && headers.get('content-type')?.includes('application/json')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      sendError(response, 400, 'The request body is not valid JSON.', ErrorCode.BAD_REQUEST);
      refused(null, [ErrorCode.BAD_REQUEST]);
      return;
    }
  }
  const operationName = operationNameOf(request.method, parsedBody, url);
  const operation = operationTextOf(request.method, parsedBody, url);
  if (operation !== undefined && operation.length > options.maxOperationChars) {
    sendError(
      response,
      400,
      `The operation is ${operation.length} characters long; this server accepts at most ${options.maxOperationChars} (BFF_MAX_OPERATION_CHARS).`,
      ErrorCode.BAD_REQUEST,
    );
    refused(operationName, [ErrorCode.BAD_REQUEST]);
    return;
  }
  const caller = (clientName || request.socket.remoteAddress || 'unknown').slice(0, MAX_CALLER_LENGTH);
  let contextBuilt = false;
  // Authenticated once, before anything costs: only then is the caller's
  // workspace schema looked up (which may read its data model from Twenty).
  const authenticated = options.authenticate(headers.get('authorization')).then(
    () => undefined,
    (error: unknown) => error,
  );
  const served = (await authenticated) === undefined && carriesOperation(request.method, url) ? await bff.schemaFor(headers) : bff.standard;
  const result = await served.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
    // Apollo builds the context only for GraphQL requests, not for GraphiQL's
    // page, and answers a failure here with its code and HTTP status (401).
    context: async () => {
      const refusal = await authenticated;
      if (refusal !== undefined) {
        throw refusal;
      }
      contextBuilt = true;
      return served.createContext(headers, { signal: cancellation.signal, caller, requestId, clientName });
    },
  });
  for (const [name, value] of result.headers) {
    response.setHeader(name, value);
  }
  response.statusCode = result.status ?? 200;
  // Refusals before the context (CSRF prevention, authentication) never
  // reach Apollo's request pipeline, so its plugins do not log them.
  if (!contextBuilt && response.statusCode >= 400) {
    refused(operationName, result.body.kind === 'complete' ? errorCodesOf(result.body.string) : []);
  }
  if (result.body.kind === 'complete') {
    await sendBody(request, response, Buffer.from(result.body.string));
    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    response.write(chunk);
  }
  response.end();
}

// A POST, or a GET with an operation (not GraphiQL's page): what runs on the caller's workspace schema.
function carriesOperation(method: string | undefined, url: URL): boolean {
  return method === 'POST' || url.searchParams.has('query') || url.searchParams.has('extensions');
}

// Where Apollo reads the operation text: a POST body's `query`, or a GET's
// `query` parameter. (A persisted query's hash stands for a text that was
// checked when it was registered.)
function operationTextOf(method: string | undefined, body: unknown, url: URL): string | undefined {
  if (method === 'GET') {
    return url.searchParams.get('query') ?? undefined;
  }
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
  return typeof query === 'string' ? query : undefined;
}

function operationNameOf(method: string | undefined, body: unknown, url: URL): string | null {
  const name = method === 'GET' ? url.searchParams.get('operationName') : typeof body === 'object' && body !== null ? (body as { operationName?: unknown }).operationName : undefined;
  return typeof name === 'string' && name !== '' ? name.slice(0, MAX_CALLER_LENGTH) : null;
}

function saneRequestId(value: string | string[] | undefined): string | undefined {
  const text = headerValue(value)?.trim();
  return text !== undefined && SANE_REQUEST_ID.test(text) ? text : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function errorCodesOf(body: string): string[] {
  try {
    const errors = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
    return errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
  } catch {
    return [];
  }
}

function refusalEntry(fields: Pick<OperationLogEntry, 'requestId' | 'clientName' | 'operationName' | 'errorCodes' | 'durationMs'>): OperationLogEntry {
  return {
    ...fields,
    outcome: 'error',
    upstreamRequests: 0,
    cacheHits: 0,
    cacheMisses: 0,
    staleHits: 0,
    coalesced: 0,
    budgetWaitMs: 0,
    estimatedCost: null,
    clientGone: false,
  };
}

function sendError(response: ServerResponse, status: number, message: string, code: ErrorCode) {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

// Compressed (brotli or gzip, as the client accepts) once it is worth it: a
// board's JSON shrinks to about a quarter, GraphiQL's scripts to a fifth.
// A static file's compressed forms, made once per encoding.
const compressedForms = new WeakMap<object, Map<string, Promise<Buffer>>>();

async function sendBody(request: IncomingMessage, response: ServerResponse, body: Buffer, staticFile?: object): Promise<void> {
  const vary = response.getHeader('vary');
  response.setHeader('Vary', vary === undefined ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`);
  const encoding = body.length >= COMPRESS_MIN_BYTES ? chooseEncoding(request.headers['accept-encoding']) : undefined;
  if (encoding === undefined) {
    response.end(body);
    return;
  }
  let compressed: Promise<Buffer>;
  if (staticFile) {
    const forms = compressedForms.get(staticFile) ?? new Map<string, Promise<Buffer>>();
    compressedForms.set(staticFile, forms);
    compressed = forms.get(encoding) ?? compress(body, encoding);
    forms.set(encoding, compressed);
  } else {
    compressed = compress(body, encoding);
  }
  response.setHeader('Content-Encoding', encoding);
  response.end(await compressed);
}
