import { createServer as createNodeServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { HeaderMap } from '@apollo/server';

import type { BffServer } from '../server.js';
import { handleTwentyWebhook, TWENTY_WEBHOOK_PATH, type TwentyWebhookHandlerOptions } from './twentyWebhook.js';

/** Paths the HTTP server answers. */
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

const MAX_BODY_BYTES = 1_000_000;

/**
 * Serves `bff` over node:http: GraphQL (and GraphiQL for browsers) at
 * /graphql, a health check at /health, Twenty's webhooks at /webhooks/twenty
 * when `webhook` is given, a redirect from /. Call
 * `bff.apollo.start()` first.
 */
export function createHttpServer(bff: BffServer, options: { corsOrigin: string; webhook?: TwentyWebhookHandlerOptions }): Server {
  return createNodeServer((request, response) => {
    handle(bff, options, request, response).catch((error: unknown) => {
      console.error('twenty-bff: unhandled HTTP error', error);
      if (!response.headersSent) {
        sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      } else {
        response.end();
      }
    });
  });
}

async function handle(bff: BffServer, options: { corsOrigin: string; webhook?: TwentyWebhookHandlerOptions }, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (options.corsOrigin !== '') {
    response.setHeader('Access-Control-Allow-Origin', options.corsOrigin);
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Apollo-Require-Preflight, X-Upstream-Cost');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
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
  const body = await readBody(request);
  if (body === undefined) {
    sendJson(response, 413, { errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
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
      sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  const result = await bff.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
    context: async () => bff.createContext(headers),
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

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
