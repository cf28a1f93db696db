import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request headers browser clients send: Apollo Client, GraphiQL, tracing, and twenty-bff's own. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-apollo-operation-name',
  'apollo-require-preflight',
  'traceparent',
  'baggage',
  'x-upstream-cost',
];

/**
 * Sets the CORS headers of a response for `origins` (`'*'` or an exact list)
 * and answers a preflight (OPTIONS): 204 for an allowed origin, 403 otherwise.
 * An allowed origin is reflected with `Vary: Origin`; a refused one gets no
 * CORS header, so the browser withholds the answer. Returns true when the
 * response has been sent.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, origins: '*' | readonly string[]): boolean {
  const origin = request.headers.origin;
  let allowed: boolean;
  if (origins === '*') {
    response.setHeader('Access-Control-Allow-Origin', '*');
    allowed = true;
  } else {
    // The answer depends on Origin, so a shared cache must not serve it to another origin.
    response.setHeader('Vary', 'Origin');
    allowed = origin !== undefined && origins.includes(origin);
    if (allowed) {
      response.setHeader('Access-Control-Allow-Origin', origin as string);
    }
  }
  if (request.method !== 'OPTIONS') {
    return false;
  }
  if (!allowed) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Origin not allowed.');
    return true;
  }
  response
    .writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    })
    .end();
  return true;
}
