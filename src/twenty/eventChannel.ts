import { connectRedis, type RedisLink, type RedisLog, toRedisKeyPart, whenRedisReady } from './redisLink.js';

/** A topic's subscription on an EventChannel. */
export interface ChannelSubscription {
  /** Resolves once messages published from now on are received (Redis: SUBSCRIBE acknowledged). */
  readonly ready: Promise<void>;
  close(): void;
}

/**
 * Publish/subscribe of text messages by topic: in this process, or across
 * every replica sharing a Redis. A message reaches each subscriber of its
 * topic once, wherever it was published.
 */
export interface EventChannel {
  /** Sends `message` to every subscriber of `topic`; never throws. */
  publish(topic: string, message: string): Promise<void>;
  /** Calls `handler` with every message of `topic` until `close()`. */
  subscribe(topic: string, handler: (message: string) => void): ChannelSubscription;
  /** Whether messages travel through Redis (true) or stay in this process. */
  readonly shared: boolean;
  /** Stops delivering and, with Redis, quits its connections. */
  close(): Promise<void>;
}

/** Where an EventChannel carries its messages. */
export interface EventChannelOptions {
  /** Redis shared by the replicas; undefined keeps messages in this process. */
  redisUrl?: string | undefined;
  /** Prefix of every Redis channel (`BFF_REDIS_PREFIX`). */
  keyPrefix: string;
  log?: RedisLog;
}

/**
 * Creates the channel: in memory without `redisUrl`, else on Redis pub/sub
 * (its own two connections, waited for briefly at start). While Redis is
 * unusable a message is delivered to this process's subscribers only: the
 * other replicas miss it, as they would miss a cache invalidation.
 */
export async function createEventChannel(options: EventChannelOptions): Promise<EventChannel> {
  const local = createLocalTopics();
  if (!options.redisUrl) {
    return {
      shared: false,
      async publish(topic, message) {
        local.deliver(topic, message);
      },
      subscribe(topic, handler) {
        return { ready: Promise.resolve(), close: local.add(topic, handler) };
      },
      async close() {
        local.clear();
      },
    };
  }
  const link = connectRedis(options.redisUrl, { log: options.log ?? (() => {}) });
  await whenRedisReady(link);
  return createRedisChannel(link, options.keyPrefix, local);
}


/**
 * The channel over an existing link (tests share one); `close()` closes the
 * link too.
 */
export function createRedisChannel(link: RedisLink, keyPrefix: string, local = createLocalTopics()): EventChannel {
  const redisChannelOf = (topic: string) => `${keyPrefix}live:${toRedisKeyPart(topic)}`;
  return {
    shared: true,
    async publish(topic, message) {
      const client = link.usable();
      if (client) {
        try {
          // Our own subscriber connection hears it too: that is how local
          // subscribers receive it, once.
          await client.publish(redisChannelOf(topic), message);
          return;
        } catch (error) {
          link.failed(error);
        }
      }
      local.deliver(topic, message);
    },
    subscribe(topic, handler) {
      const channel = redisChannelOf(topic);
      const removeLocal = local.add(topic, handler);
      const unsubscribe = link.subscribe(channel, handler);
      // SUBSCRIBE is idempotent: this one only tells when the link's is in
      // effect (commands on one connection are answered in order). While Redis
      // is away it waits for the reconnection, which re-subscribes.
      const ready = link.subscriber.subscribe(channel).then(
        () => undefined,
        () => undefined,
      );
      let closed = false;
      return {
        ready,
        close() {
          if (!closed) {
            closed = true;
            removeLocal();
            unsubscribe();
          }
        },
      };
    },
    async close() {
      local.clear();
      await link.close();
    },
  };
}

interface LocalTopics {
  add(topic: string, handler: (message: string) => void): () => void;
  deliver(topic: string, message: string): void;
  clear(): void;
}

function createLocalTopics(): LocalTopics {
  const handlers = new Map<string, Set<(message: string) => void>>();
  return {
    add(topic, handler) {
      const set = handlers.get(topic) ?? new Set();
      handlers.set(topic, set);
      set.add(handler);
      return () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(topic) === set) {
          handlers.delete(topic);
        }
      };
    },
    deliver(topic, message) {
      for (const handler of [...(handlers.get(topic) ?? [])]) {
        handler(message);
      }
    },
    clear() {
      handlers.clear();
    },
  };
}
