import { createHash } from 'node:crypto';

import { Redis, type RedisOptions } from 'ioredis';

/** Where the shared-state modules report Redis outages and recoveries. */
export type RedisLog = (level: 'warn' | 'info', message: string) => void;

/**
 * A Redis connection pair shared by the response cache and the coalescer, with
 * one view of whether Redis is usable. While it is not, callers work locally;
 * one warning is logged per outage and one info line when Redis is back.
 */
export interface RedisLink {
  /** Commands (GET/SET/MGET/EVAL/PUBLISH). */
  readonly client: Redis;
  /** Subscriptions only (a subscribed RESP2 connection cannot run commands). */
  readonly subscriber: Redis;
  /** True while commands may be sent. */
  readonly isUp: boolean;
  /** The command client when Redis is usable now; undefined while it is down, so callers fall back at once. */
  usable(): Redis | undefined;
  /** Reports a failed command: Redis counts as down until its client is ready again. */
  failed(error: unknown): void;
  /**
   * Calls `listener` synchronously each time Redis becomes usable after having
   * been down (or not yet connected), before any command goes through it. Returns a remover.
   */
  onRecovered(listener: () => void): () => void;
  /** Calls `handler` with every message of `channel`. Returns the unsubscribe function. */
  subscribe(channel: string, handler: (message: string) => void): () => void;
  /** Detaches from the clients; quits them when the link created them (`connectRedis`). */
  close(): Promise<void>;
}

/**
 * Client options that make commands fail fast while Redis is away instead of
 * queueing behind a reconnect: no offline queue, no resend, a command timeout.
 */
export function failFastRedisOptions(commandTimeoutMs = 1000): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2000,
    // Reconnect quickly but never stop trying: the link logs the outage once.
    retryStrategy: (times) => Math.min(times * 100, 2000),
  };
}

/**
 * Opens a command connection and a subscriber connection to `url` (fail-fast
 * options) and returns the link that owns them; `close()` quits both.
 */
export function connectRedis(url: string, options: { log?: RedisLog; commandTimeoutMs?: number } = {}): RedisLink {
  const client = new Redis(url, failFastRedisOptions(options.commandTimeoutMs));
  // The subscriber may queue: SUBSCRIBE issued before it connects is sent once
  // it does, and ioredis re-subscribes after every reconnect.
  const subscriber = new Redis(url, { ...failFastRedisOptions(), enableOfflineQueue: true, commandTimeout: undefined });
  return createRedisLink({ client, subscriber, log: options.log, ownsClients: true });
}

/**
 * Wraps existing clients (created with `failFastRedisOptions()`) in a link.
 * `close()` quits them only when `ownsClients` is true.
 */
export function createRedisLink(options: {
  client: Redis;
  subscriber: Redis;
  log?: RedisLog | undefined;
  ownsClients?: boolean;
}): RedisLink {
  const { client, subscriber } = options;
  const log = options.log ?? (() => {});
  // 'starting' is down without having warned: the first connection is not a recovery worth an info line.
  let state: 'starting' | 'up' | 'down' = client.status === 'ready' ? 'up' : 'starting';
  let downSince = 0;
  let probing = false;
  const recoveredListeners = new Set<() => void>();
  const handlers = new Map<string, Set<(message: string) => void>>();

  const markDown = (error: unknown) => {
    if (state === 'down') {
      return;
    }
    state = 'down';
    downSince = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    log('warn', `Redis is unavailable (${reason}); caching and coalescing locally until it returns.`);
  };
  const markUp = () => {
    if (state === 'up') {
      return;
    }
    const wasDown = state === 'down';
    state = 'up';
    for (const listener of recoveredListeners) {
      listener();
    }
    if (wasDown) {
      log('info', 'Redis is back; dropped the local cache and resumed sharing through Redis.');
    }
  };

  const onReady = () => markUp();
  const onClose = () => markDown(new Error('connection closed'));
  const onError = (error: unknown) => markDown(error);
  // Without an 'error' listener ioredis prints every reconnect failure.
  const ignoreError = () => {};
  const onMessage = (channel: string, message: string) => {
    for (const handler of handlers.get(channel) ?? []) {
      handler(message);
    }
  };
  client.on('ready', onReady);
  client.on('close', onClose);
  client.on('error', onError);
  subscriber.on('error', ignoreError);
  subscriber.on('message', onMessage);

  return {
    client,
    subscriber,
    get isUp() {
      return state === 'up' && client.status === 'ready';
    },
    usable() {
      if (client.status !== 'ready') {
        return undefined;
      }
      // A command that failed on a connection ioredis still calls ready (a
      // timeout) brings no new 'ready' event: a PING, at most once a second,
      // tells when Redis answers again, without a warning per failed probe.
      if (state === 'down' && !probing && Date.now() - downSince >= 1000) {
        probing = true;
        client
          .ping()
          .then(markUp, () => {
            downSince = Date.now();
          })
          .finally(() => {
            probing = false;
          });
      }
      return state === 'up' ? client : undefined;
    },
    failed(error) {
      markDown(error);
    },
    onRecovered(listener) {
      recoveredListeners.add(listener);
      return () => recoveredListeners.delete(listener);
    },
    subscribe(channel, handler) {
      let channelHandlers = handlers.get(channel);
      if (!channelHandlers) {
        channelHandlers = new Set();
        handlers.set(channel, channelHandlers);
        subscriber.subscribe(channel).catch(() => {
          // Without the subscription, waiters time out and fetch for themselves.
        });
      }
      channelHandlers.add(handler);
      return () => {
        channelHandlers.delete(handler);
        if (channelHandlers.size === 0 && handlers.get(channel) === channelHandlers) {
          handlers.delete(channel);
          subscriber.unsubscribe(channel).catch(() => {});
        }
      };
    },
    async close() {
      client.off('ready', onReady);
      client.off('close', onClose);
      subscriber.off('message', onMessage);
      recoveredListeners.clear();
      handlers.clear();
      if (options.ownsClients) {
        // The 'error' listeners stay: a closing connection may still report one.
        client.off('error', onError).on('error', ignoreError);
        await Promise.all([client, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())));
        return;
      }
      client.off('error', onError);
      subscriber.off('error', ignoreError);
    },
  };
}

/**
 * A Redis key segment for `text`: short identifier-like text (a tag, a scope
 * hash) as is, anything else as `#` + its SHA-256 (base64url), so long keys and
 * URLs never appear in Redis key names.
 */
export function toRedisKeyPart(text: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(text) ? text : `#${createHash('sha256').update(text).digest('base64url')}`;
}

// How long a start waits for Redis before going on locally (it catches up when Redis answers).
const REDIS_CONNECT_WAIT_MS = 2000;

/** Resolves once the link is ready, or after REDIS_CONNECT_WAIT_MS, whichever comes first; never rejects. */
export async function whenRedisReady(link: RedisLink): Promise<void> {
  if (link.client.status === 'ready') {
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, REDIS_CONNECT_WAIT_MS);
    timer.unref();
    link.client.once('ready', done);
    function done() {
      clearTimeout(timer);
      link.client.off('ready', done);
      resolve();
    }
  });
}
