import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

import type { GraphQLResponse } from './startTestBff.js';

/** One subscription seen from a client: its answers one at a time. */
export interface ClientSubscription<TData = Record<string, unknown>> {
  /** The next answer; rejects with what the client reports when the subscription fails or ends. */
  next(): Promise<GraphQLResponse<TData>>;
  /** Completes the subscription and closes the client. */
  close(): Promise<void>;
}

/** What one subscription sends: the operation and its variables. */
export interface SubscribeParams {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * Subscribes with graphql-ws's own client over a real WebSocket to the
 * GraphQL endpoint `graphqlUrl` (http:// is turned into ws://), sending
 * `connectionParams` in connection_init. No retries: a refusal is final.
 */
export function subscribeOverWebSocket<TData = Record<string, unknown>>(
  graphqlUrl: string,
  params: SubscribeParams,
  connectionParams: Record<string, unknown> = {},
): ClientSubscription<TData> {
  const client = createWsClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  const iterator = client.iterate<TData>(params);
  return wrap(iterator, async () => {
    await iterator.return?.();
    await client.dispose();
  });
}

/**
 * Subscribes with graphql-sse's own client (distinct connections mode) to
 * `<origin>/graphql/stream`, sending `headers` with the request.
 */
export function subscribeOverSse<TData = Record<string, unknown>>(
  graphqlUrl: string,
  params: SubscribeParams,
  headers: Record<string, string> = {},
): ClientSubscription<TData> {
  const client = createSseClient({ url: `${graphqlUrl}/stream`, headers, retryAttempts: 0, singleConnection: false });
  const iterator = client.iterate<TData>(params);
  return wrap(iterator, async () => {
    await iterator.return?.();
    client.dispose();
  });
}

function wrap<TData>(iterator: AsyncIterableIterator<unknown>, close: () => Promise<void>): ClientSubscription<TData> {
  return {
    async next() {
      const result = await iterator.next();
      if (result.done) {
        throw new Error('The subscription completed.');
      }
      return result.value as GraphQLResponse<TData>;
    },
    close,
  };
}
