import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

import { type ExecutionArgs, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createHandler as createSseHandler, type Request as SseRequest, type Response as SseResponse } from 'graphql-sse';
import { CloseCode, type ConnectionInitMessage, handleProtocols, makeServer } from 'graphql-ws';
import { type WebSocket, WebSocketServer } from 'ws';

import { ErrorCode } from '../errors/ErrorCode.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import type { CallerAuthenticator } from './authenticateCaller.js';
import { readBody, sendJson } from './httpMessages.js';
import {
  formatResult,
  prepareSubscription,
  runSubscription,
  type SubscriberSession,
  type SubscribeRequest,
  type SubscriptionRuntime,
} from './subscriptionOperations.js';

/** Where Server-Sent Events subscriptions are served (graphql-sse's distinct connections mode). */
export const SUBSCRIPTION_STREAM_PATH = '/graphql/stream';

/** What the streaming transports need besides the subscription runtime. */
export interface SubscriptionServerOptions extends SubscriptionRuntime {
  /** The caller check of HTTP requests: run once per WebSocket connection, and once per event stream. */
  authenticate: CallerAuthenticator;
  /** Origins allowed to open a WebSocket from a browser (CORS does not cover WebSocket). */
  corsOrigins: '*' | readonly string[];
  /** Most subscriptions one WebSocket connection may hold. */
  maxPerConnection: number;
  /** Most WebSocket connections open at once. */
  maxConnections: number;
  /** Largest WebSocket message and SSE request body. */
  maxMessageBytes: number;
  /** The server's `formatError` (as Apollo's). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Interval of WebSocket pings; a connection that misses one pong is cut. Default 12 s. */
  keepAliveMs?: number;
}

/** Live updates over WebSocket and Server-Sent Events. */
export interface SubscriptionServer {
  /** Takes an HTTP upgrade of the GraphQL path: graphql-ws (`graphql-transport-ws`). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Answers a request to SUBSCRIPTION_STREAM_PATH: graphql-sse. */
  handleStream(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** WebSocket connections open now. */
  readonly connections: number;
  /** Ends every subscription (completed), closes every WebSocket (1001) and refuses new ones. */
  close(): Promise<void>;
}

// Headers a connection_init payload may set (browsers cannot set headers on a WebSocket).
const INIT_HEADERS = ['authorization', 'apollographql-client-name', 'x-upstream-cost'];
// A caller names a share of the rate budget: bounded, as on HTTP.
const MAX_CALLER_LENGTH = 100;
// How long clients have to answer the close handshake on shutdown.
const CLOSE_HANDSHAKE_MS = 1_000;
// RFC 6455: a close frame's reason is at most 123 bytes.
const MAX_CLOSE_REASON_BYTES = 123;

interface ConnectionExtra {
  socket: WebSocket;
  request: IncomingMessage;
  session?: SubscriberSession;
}

/**
 * Serves subscriptions on the HTTP server's GraphQL path over WebSocket and at
 * SUBSCRIPTION_STREAM_PATH over Server-Sent Events. Both authenticate the
 * caller as HTTP does (a WebSocket with its `connection_init` payload's
 * `Authorization`, or its upgrade request's), refuse a browser origin CORS
 * would refuse, and run each subscription with `prepareSubscription` and
 * `runSubscription`.
 */
export function createSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  let closing = false;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, handleProtocols: (protocols) => handleProtocols(protocols) });
  const format = (result: Parameters<typeof formatResult>[0]) => formatResult(result, options.formatError);
  const run = (args: ExecutionArgs) => runSubscription(options, args);

  const graphqlWs = makeServer<ConnectionInitMessage['payload'], ConnectionExtra>({
    connectionInitWaitTimeout: 3_000,
    async onConnect(context) {
      const { request, socket } = context.extra;
      const params = isPlainObject(context.connectionParams) ? context.connectionParams : {};
      const headers = headersOf(request, params);
      try {
        await options.authenticate(headers.get('authorization'));
      } catch (error) {
        socket.close(CloseCode.Forbidden, closeReason(error instanceof Error ? error.message : 'Forbidden'));
        return false;
      }
      context.extra.session = sessionOf(headers, request, 'graphql-ws', options.maxPerConnection);
      return true;
    },
    async onSubscribe(context, _id, payload) {
      const session = context.extra.session;
      // graphql-ws refuses a subscribe before the connection is acknowledged (4401).
      if (!session || closing) {
        return [shuttingDown()];
      }
      return prepareSubscription(options, session, payload);
    },
    subscribe: run,
    onNext: (_context, _id, _payload, _args, result) => format(result) as never,
    onError: (_context, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
  });

  const keepAliveMs = options.keepAliveMs ?? 12_000;
  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      options.logger.warn({ detail: error.message }, 'WebSocket error');
      socket.terminate();
    });
    let pongWait: NodeJS.Timeout | undefined;
    const pinger = setInterval(() => {
      if (socket.readyState === socket.OPEN) {
        pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
        socket.once('pong', () => clearTimeout(pongWait));
        socket.ping();
      }
    }, keepAliveMs);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) {
              resolve();
              return;
            }
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer) => {
            handle(data.toString('utf8')).catch((error: unknown) => {
              options.logger.error({ detail: error instanceof Error ? error.message : String(error) }, 'unexpected error on a WebSocket');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(pinger);
      closed(code, reason.toString('utf8')).catch((error: unknown) =>
        options.logger.error({ detail: error instanceof Error ? error.message : String(error) }, 'unexpected error closing a WebSocket'),
      );
    });
  });

  const sse = createSseHandler<IncomingMessage, undefined>({
    // Distinct connections only: one subscription per request. The single
    // connection mode keeps a reservation per token until it is used, which
    // anyone could pile up.
    async authenticate(request) {
      try {
        await options.authenticate(request.headers.get('authorization') ?? undefined);
        return null;
      } catch (error) {
        const message = error instanceof Error ? error.message : 'Unauthenticated';
        const code = isPlainObject((error as { extensions?: unknown }).extensions) ? (error as { extensions: { code?: unknown } }).extensions.code : undefined;
        const status = code === ErrorCode.UNAUTHENTICATED ? 401 : 503;
        return jsonResponse(status, { errors: [{ message, extensions: { code: code ?? ErrorCode.UNAUTHENTICATED } }] }, status === 401 ? { 'www-authenticate': 'Bearer realm="twenty-bff"' } : {});
      }
    },
    async onSubscribe(request, params) {
      const headers = { get: (name: string) => request.headers.get(name) ?? undefined };
      const session = sessionOf(headers, request.raw, 'graphql-sse', 1);
      const prepared = closing ? [shuttingDown()] : await prepareSubscription(options, session, params as SubscribeRequest);
      // Refusals travel in the stream, as graphql-sse reports validation
      // errors: one `next` with the errors (and no data), then `complete`.
      return Array.isArray(prepared) ? (singleResult({ errors: prepared }) as never) : (prepared as never);
    },
    subscribe: run as never,
    onNext: (_context, _request, result) => format(result as Parameters<typeof formatResult>[0]) as never,
  });

  return {
    get connections() {
      return sockets.clients.size;
    },
    handleUpgrade(request, socket, head) {
      const refusal = closing
        ? { status: 503, text: 'twenty-bff is shutting down.' }
        : !originAllowed(request.headers.origin, options.corsOrigins)
          ? { status: 403, text: 'Origin not allowed.' }
          : !options.hub.hasRoom() || sockets.clients.size >= options.maxConnections
            ? { status: 503, text: 'Too many connections (BFF_MAX_SUBSCRIPTIONS).' }
            : undefined;
      if (refusal) {
        socket.end(`HTTP/1.1 ${refusal.status} ${refusal.status === 403 ? 'Forbidden' : 'Service Unavailable'}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${refusal.text}`);
        return;
      }
      sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
    },
    async handleStream(request, response) {
      // graphql-sse tells an event stream by this exact Accept value; browsers
      // and clients may list others beside it.
      const accept = String(request.headers.accept ?? '').includes('text/event-stream') ? 'text/event-stream' : String(request.headers.accept ?? '*/*');
      if (accept !== 'text/event-stream') {
        sendJson(response, 406, {
          errors: [{ message: `${SUBSCRIPTION_STREAM_PATH} serves Server-Sent Events: send "Accept: text/event-stream" (graphql-sse's client does).`, extensions: { code: ErrorCode.BAD_REQUEST } }],
        });
        return;
      }
      const sseRequest: SseRequest<IncomingMessage, undefined> = {
        method: request.method ?? 'GET',
        url: request.url ?? SUBSCRIPTION_STREAM_PATH,
        headers: { get: (name) => (name.toLowerCase() === 'accept' ? accept : headerValue(request.headers[name.toLowerCase()])) },
        body: async () => {
          const body = await readBody(request, options.maxMessageBytes);
          if (body === undefined) {
            throw new Error('body too large');
          }
          return body.toString('utf8');
        },
        raw: request,
        context: undefined,
      };
      const [body, init] = await sse(sseRequest);
      response.writeHead(init.status, init.statusText, init.headers);
      if (!body || typeof body === 'string') {
        response.end(body ?? undefined);
        return;
      }
      const stop = () => void body.return(undefined);
      response.once('close', stop);
      for await (const chunk of body) {
        if (!response.writable) {
          break;
        }
        response.write(chunk);
      }
      response.off('close', stop);
      response.end();
    },
    async close() {
      closing = true;
      await options.hub.close();
      // The streams' `complete` messages are queued on their sockets within
      // this turn: closing after it, a client hears them before the close.
      await new Promise((resolve) => setImmediate(resolve));
      for (const socket of sockets.clients) {
        socket.close(1001, 'twenty-bff is shutting down');
      }
      const closed = new Promise<void>((resolve) => sockets.close(() => resolve()));
      // A client that does not answer the close handshake is cut.
      const cut = setTimeout(() => sockets.clients.forEach((socket) => socket.terminate()), CLOSE_HANDSHAKE_MS);
      await closed;
      clearTimeout(cut);
    },
  };
}

function sessionOf(headers: SubscriberSession['headers'], request: IncomingMessage, transport: SubscriberSession['transport'], maxOpen: number): SubscriberSession {
  const clientName = headers.get('apollographql-client-name')?.trim().slice(0, MAX_CALLER_LENGTH) || null;
  return {
    headers,
    caller: (clientName || request.socket.remoteAddress || 'unknown').slice(0, MAX_CALLER_LENGTH),
    clientName,
    transport,
    open: 0,
    maxOpen,
  };
}

// The upgrade request's headers, with what connection_init sets in their
// place (as top-level keys, any case, or under `headers`).
function headersOf(request: IncomingMessage, params: Record<string, unknown>): SubscriberSession['headers'] {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) {
    const text = headerValue(value);
    if (text !== undefined) {
      headers.set(name.toLowerCase(), text);
    }
  }
  const nested = isPlainObject(params['headers']) ? params['headers'] : {};
  for (const source of [nested, params]) {
    for (const [name, value] of Object.entries(source)) {
      if (typeof value === 'string' && INIT_HEADERS.includes(name.toLowerCase())) {
        headers.set(name.toLowerCase(), value);
      }
    }
  }
  return { get: (name) => headers.get(name.toLowerCase()) };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

// A browser always sends Origin on a WebSocket; other clients usually do not.
function originAllowed(origin: string | undefined, allowed: '*' | readonly string[]): boolean {
  return origin === undefined || allowed === '*' || allowed.includes(origin);
}

function closeReason(message: string): string {
  let reason = message;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON_BYTES) {
    reason = reason.slice(0, -2);
  }
  return reason;
}

function shuttingDown(): GraphQLError {
  return new GraphQLError('twenty-bff is shutting down: subscribe again in a moment.', { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } });
}

async function* singleResult<T>(result: T): AsyncGenerator<T, void, undefined> {
  yield result;
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SseResponse {
  return [JSON.stringify(body), { status, statusText: status === 401 ? 'Unauthorized' : 'Service Unavailable', headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }];
}
