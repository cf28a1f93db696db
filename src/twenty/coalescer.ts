import { randomBytes } from 'node:crypto';

import type { Redis } from 'ioredis';

import { type RedisLink, toRedisKeyPart } from './redisLink.js';

/** Turns a fetched value into text for callers on other replicas, and back. */
export interface Serializer<T> {
  serialize(value: T): string;
  deserialize(text: string): T;
}

/** Options of one `run`. */
export interface CoalescerRunOptions<T> {
  /** Aborting it rejects this caller's promise at once with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** How the value travels to other replicas; default JSON. */
  serializer?: Serializer<T> | undefined;
}

/** Shares one fetch among concurrent callers with the same key. */
export interface Coalescer {
  /**
   * Runs `fetch` once for concurrent callers with the same `key` (which must
   * already include the credential scope); the others get the same value or the
   * same error, with `shared: true`. The fetch's signal aborts only when every
   * caller has aborted. With Redis, callers on other replicas wait for the
   * fetching replica's value (up to `waitMs`) instead of fetching too.
   */
  run<T>(key: string, fetch: (signal: AbortSignal) => Promise<T>, options?: CoalescerRunOptions<T>): Promise<{ value: T; shared: boolean }>;
  /** Stops listening to Redis; waiting callers fetch for themselves. Does not close the link. */
  close(): Promise<void>;
}

/** Where the coalescer shares fetches. */
export interface CoalescerOptions {
  /** Shares fetches across replicas when given. */
  redis?: RedisLink | undefined;
  /** Prefix of every Redis key and channel; default `twenty-bff:`. */
  keyPrefix?: string;
  /** Longest a replica waits for another replica's fetch before fetching itself; default 5000. */
  waitMs?: number;
}

interface Flight {
  promise: Promise<{ value: unknown; fetchedHere: boolean }>;
  controller: AbortController;
  callers: number;
}

interface Waiter {
  /** Reads the published result; `notified` when its notification arrived. */
  check(notified: boolean): void;
  finish(text: string | undefined): void;
}

const jsonSerializer: Serializer<unknown> = { serialize: (value) => JSON.stringify(value), deserialize: (text) => JSON.parse(text) };

// Stores the outcome for waiters, releases the lease if it is still ours, and
// wakes the waiters: one round trip, and no waiter can miss the outcome
// (they subscribe before reading the result key).
const PUBLISH_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;

// What waiters read when the fetch failed: they fetch for themselves.
const FAILED = 'failed';

/**
 * Creates a coalescer: a map of in-flight fetches in this process and, with
 * Redis, a lease per key (`SET NX PX`) so one replica fetches while the others
 * wait for its published value. It never throws Redis errors.
 */
export function createCoalescer(options: CoalescerOptions = {}): Coalescer {
  const { redis } = options;
  const waitMs = options.waitMs ?? 5000;
  const prefix = `${options.keyPrefix ?? 'twenty-bff:'}coalesce:`;
  const channel = `${prefix}done`;
  const flights = new Map<string, Flight>();
  const waiters = new Map<string, Set<Waiter>>();

  const unsubscribe = redis?.subscribe(channel, (id) => {
    for (const waiter of waiters.get(id) ?? []) {
      waiter.check(true);
    }
  });

  const publish = (id: string, token: string, payload: string) => {
    const client = redis?.usable();
    client
      ?.eval(PUBLISH_SCRIPT, 2, `${prefix}result:${id}`, `${prefix}lease:${id}`, payload, Math.max(waitMs, 1000), token, channel, id)
      .catch((error: unknown) => redis?.failed(error));
  };

  const waitForResult = (id: string, signal: AbortSignal) =>
    new Promise<string | undefined>((resolve) => {
      if (signal.aborted) {
        resolve(undefined);
        return;
      }
      const registered = waiters.get(id) ?? new Set<Waiter>();
      waiters.set(id, registered);
      const waiter: Waiter = {
        check(notified) {
          const client = redis?.usable();
          if (!client) {
            waiter.finish(undefined);
            return;
          }
          client.get(`${prefix}result:${id}`).then(
            (text) => {
              if (text !== null) {
                waiter.finish(text.startsWith('ok:') ? text.slice(3) : undefined);
              } else if (notified) {
                waiter.finish(undefined);
              }
            },
            (error: unknown) => {
              redis?.failed(error);
              waiter.finish(undefined);
            },
          );
        },
        finish(text) {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          registered.delete(waiter);
          if (registered.size === 0 && waiters.get(id) === registered) {
            waiters.delete(id);
          }
          resolve(text);
        },
      };
      const onAbort = () => waiter.finish(undefined);
      const timer = setTimeout(() => waiter.finish(undefined), waitMs);
      signal.addEventListener('abort', onAbort, { once: true });
      registered.add(waiter);
      // Registered first: a result published from now on wakes this waiter,
      // and one published before is read here.
      waiter.check(false);
    });

  const fetchAcrossReplicas = async <T>(
    key: string,
    fetch: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
    serializer: Serializer<T>,
  ): Promise<{ value: T; fetchedHere: boolean }> => {
    const client = redis?.usable();
    if (!client) {
      return { value: await fetch(signal), fetchedHere: true };
    }
    const id = toRedisKeyPart(`key:${key}`);
    const token = randomBytes(9).toString('base64url');
    const leased = await takeLease(client, `${prefix}lease:${id}`, token);
    if (leased) {
      return { value: await fetchAndPublish(id, token, fetch, signal, serializer), fetchedHere: true };
    }
    const text = await waitForResult(id, signal);
    if (text !== undefined) {
      try {
        return { value: serializer.deserialize(text), fetchedHere: false };
      } catch {
        // An unreadable value is fetched again below.
      }
    }
    signal.throwIfAborted();
    return { value: await fetch(signal), fetchedHere: true };
  };

  // True when this replica should fetch: it holds the lease, or Redis failed.
  const takeLease = async (client: Redis, leaseKey: string, token: string): Promise<boolean> => {
    try {
      return (await client.set(leaseKey, token, 'PX', waitMs, 'NX')) === 'OK';
    } catch (error) {
      redis?.failed(error);
      return true;
    }
  };

  const fetchAndPublish = async <T>(
    id: string,
    token: string,
    fetch: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
    serializer: Serializer<T>,
  ): Promise<T> => {
    let value: T;
    try {
      value = await fetch(signal);
    } catch (error) {
      publish(id, token, FAILED);
      throw error;
    }
    let payload = FAILED;
    try {
      payload = `ok:${serializer.serialize(value)}`;
    } catch {
      // Waiters on other replicas fetch for themselves.
    }
    publish(id, token, payload);
    return value;
  };

  return {
    async run<T>(key: string, fetch: (signal: AbortSignal) => Promise<T>, runOptions: CoalescerRunOptions<T> = {}) {
      const { signal } = runOptions;
      signal?.throwIfAborted();
      let flight = flights.get(key);
      const joined = flight !== undefined;
      if (!flight) {
        const controller = new AbortController();
        const serializer = runOptions.serializer ?? (jsonSerializer as Serializer<T>);
        const started: Flight = {
          controller,
          callers: 0,
          promise: fetchAcrossReplicas(key, fetch, controller.signal, serializer).finally(() => {
            if (flights.get(key) === started) {
              flights.delete(key);
            }
          }),
        };
        // Every caller may have left (aborted); the outcome then has no reader.
        started.promise.catch(() => {});
        flights.set(key, started);
        flight = started;
      }
      const result = await follow(flight, signal, () => {
        if (flights.get(key) === flight) {
          flights.delete(key);
        }
      });
      return { value: result.value as T, shared: joined || !result.fetchedHere };
    },

    async close() {
      unsubscribe?.();
      for (const registered of [...waiters.values()]) {
        for (const waiter of [...registered]) {
          waiter.finish(undefined);
        }
      }
    },
  };
}

// One caller's view of a flight: its own promise rejects as soon as its own
// signal aborts; the shared fetch is aborted only when the last caller leaves.
function follow(flight: Flight, signal: AbortSignal | undefined, onAbandoned: () => void): Promise<{ value: unknown; fetchedHere: boolean }> {
  flight.callers += 1;
  if (!signal) {
    return flight.promise;
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      flight.callers -= 1;
      if (flight.callers === 0) {
        onAbandoned();
        flight.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
