import { createServer as createNodeServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { HeaderMap } from '@apollo/server';

import { ErrorCode } from '../errors/ErrorCode.js';
import type { BffServer } from '../server.js';
import { applyCors } from './applyCors.js';
import { readBody, sendJson } from './httpMessages.js';
import type { CallerAuthenticator } from './authenticateCaller.js';
import { handleTwentyWebhook, TWENTY_WEBHOOK_PATH, type TwentyWebhookHandlerOptions } from './twentyWebhook.js';

/** Paths the HTTP server answers. */
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

/** Request header naming the client application, used as the caller when present (Apollo Client sends it). */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

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
}

/**
 * Serves `bff` over node:http: GraphQL (and GraphiQL for browsers) at
 * /graphql, a health check at /health, Twenty's webhooks at /webhooks/twenty
 * when `webhook` is given, a redirect from /. Bodies and
 * operation texts over their limits are refused before Apollo sees them. Each GraphQL
 * request's context gets an AbortSignal that aborts when the client goes
 * away before its answer is complete. Call `bff.apollo.start()` first.
 */
export function createHttpServer(bff: BffServer, options: HttpServerOptions): Server {
  return createNodeServer((request, response) => {
    handle(bff, options, request, response).catch((error: unknown) => {
      console.error('twenty-bff: unhandled HTTP error', error);
      if (!response.headersSent) {
        sendError(response, 500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
      } else {
        response.end();
      }
    });
  });
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
  if (url.pathname === TWENTY_WEBHOOK_PATH && options.webhook !== undefined) {
    await handleTwentyWebhook(request, response, options.webhook);
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
      return;
    }
  }
  const operation = operationTextOf(request.method, parsedBody, url);
  if (operation !== undefined && operation.length > options.maxOperationChars) {
    sendError(
      response,
      400,
      `The operation is ${operation.length} characters long; this server accepts at most ${options.maxOperationChars} (BFF_MAX_OPERATION_CHARS).`,
      ErrorCode.BAD_REQUEST,
    );
    return;
  }
  const caller = (headers.get(CLIENT_NAME_HEADER)?.trim() || request.socket.remoteAddress || 'unknown').slice(0, MAX_CALLER_LENGTH);
  const result = await bff.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
    // Apollo builds the context only for GraphQL requests, not for GraphiQL's
    // page, and answers a failure here with its code and HTTP status (401).
    context: async () => {
      await options.authenticate(headers.get('authorization'));
      return bff.createContext(headers, { signal: cancellation.signal, caller });
    },
  });
  for (const [name, value] of result.headers) {
    response.setHeader(name, value);
  }
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    response.write(chunk);
  }
  response.end();
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

function sendError(response: ServerResponse, status: number, message: string, code: ErrorCode) {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

