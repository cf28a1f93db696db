import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { startRedisServer, type TestRedisServer } from '../../../test/utils/startRedisServer.js';
import { type Coalescer, createCoalescer } from '../coalescer.js';
import { connectRedis, type RedisLink, toRedisKeyPart } from '../redisLink.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

/** A fetch that records its calls and their signals, and settles when the test says. */
function controlledFetch<T>() {
  const calls: { signal: AbortSignal; result: Deferred<T> }[] = [];
  const fetch = vi.fn((signal: AbortSignal) => {
    const result = deferred<T>();
    calls.push({ signal, result });
    return result.promise;
  });
  return { fetch, calls };
}

/** Calls `start` (replica B's runs) and resolves once B has found the lease taken, so it waits for A. */
async function startAfterLeaseRefused<R>(link: RedisLink, start: () => R): Promise<{ started: R }> {
  const leaseAttempts = vi.spyOn(link.client, 'set');
  try {
    const started = start();
    await vi.waitFor(() => expect(leaseAttempts).toHaveBeenCalledTimes(1));
    expect(await leaseAttempts.mock.results[0]?.value).toBeNull();
    return { started };
  } finally {
    leaseAttempts.mockRestore();
  }
}

async function waitUntilUp(...links: RedisLink[]): Promise<void> {
  await vi.waitFor(() => expect(links.map((link) => link.isUp)).toEqual(links.map(() => true)), { timeout: 15_000, interval: 20 });
}

describe('createCoalescer', () => {
  describe('in one process', () => {
    it('runs one fetch for ten concurrent callers with the same key and gives them its value', async () => {
      const coalescer = createCoalescer();
      const { fetch, calls } = controlledFetch<string>();
      const runs = Array.from({ length: 10 }, () => coalescer.run('scope|/rest/people', fetch));
      const other = coalescer.run('scope|/rest/companies', fetch);
      await vi.waitFor(() => expect(calls).toHaveLength(2));
      calls[0]?.result.resolve('people');
      calls[1]?.result.resolve('companies');
      expect(await Promise.all(runs)).toEqual([{ value: 'people', shared: false }, ...Array(9).fill({ value: 'people', shared: true })]);
      expect(await other).toEqual({ value: 'companies', shared: false });
      expect(fetch).toHaveBeenCalledTimes(2);
    });

    it('fetches again once the previous fetch has settled', async () => {
      const coalescer = createCoalescer();
      let count = 0;
      const fetch = async () => (count += 1);
      expect(await coalescer.run('key', fetch)).toEqual({ value: 1, shared: false });
      expect(await coalescer.run('key', fetch)).toEqual({ value: 2, shared: false });
    });

    it('gives every caller the same error', async () => {
      const coalescer = createCoalescer();
      const { fetch, calls } = controlledFetch<string>();
      const runs = Array.from({ length: 10 }, () => coalescer.run('key', fetch));
      await vi.waitFor(() => expect(calls).toHaveLength(1));
      const failure = new Error('upstream said 500');
      calls[0]?.result.reject(failure);
      const outcomes = await Promise.allSettled(runs);
      expect(outcomes.every((outcome) => outcome.status === 'rejected' && outcome.reason === failure)).toBe(true);
      expect(fetch).toHaveBeenCalledTimes(1);
    });

    it('rejects an aborting caller at once and keeps the fetch running for the others', async () => {
      const coalescer = createCoalescer();
      const { fetch, calls } = controlledFetch<string>();
      const first = new AbortController();
      const second = new AbortController();
      const leaving = coalescer.run('key', fetch, { signal: first.signal });
      const staying = coalescer.run('key', fetch, { signal: second.signal });
      const withoutSignal = coalescer.run('key', fetch);
      await vi.waitFor(() => expect(calls).toHaveLength(1));
      first.abort(new Error('client went away'));
      await expect(leaving).rejects.toThrow('client went away');
      expect(calls[0]?.signal.aborted).toBe(false);
      calls[0]?.result.resolve('page');
      expect(await staying).toEqual({ value: 'page', shared: true });
      expect(await withoutSignal).toEqual({ value: 'page', shared: true });
    });

    it('aborts the fetch when every caller has aborted, and starts a new one for the next caller', async () => {
      const coalescer = createCoalescer();
      const { fetch, calls } = controlledFetch<string>();
      const controllers = [new AbortController(), new AbortController()];
      const runs = controllers.map((controller) => coalescer.run('key', fetch, { signal: controller.signal }));
      await vi.waitFor(() => expect(calls).toHaveLength(1));
      controllers[0]?.abort(new Error('first left'));
      expect(calls[0]?.signal.aborted).toBe(false);
      controllers[1]?.abort(new Error('second left'));
      expect(calls[0]?.signal.aborted).toBe(true);
      expect(calls[0]?.signal.reason).toEqual(new Error('second left'));
      await expect(runs[0]).rejects.toThrow('first left');
      await expect(runs[1]).rejects.toThrow('second left');

      const next = coalescer.run('key', fetch);
      await vi.waitFor(() => expect(calls).toHaveLength(2));
      calls[1]?.result.resolve('fresh');
      expect(await next).toEqual({ value: 'fresh', shared: false });
    });

    it('refuses a caller whose signal has already aborted without fetching', async () => {
      const coalescer = createCoalescer();
      const fetch = vi.fn(async () => 'never');
      await expect(coalescer.run('key', fetch, { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
      expect(fetch).not.toHaveBeenCalled();
    });
  });

  describe('across replicas through Redis', () => {
    const prefix = `test-${randomBytes(6).toString('hex')}:`;
    let linkA: RedisLink;
    let linkB: RedisLink;
    let inspector: Redis;
    let replicaA: Coalescer;
    let replicaB: Coalescer;

    beforeAll(async () => {
      linkA = connectRedis('redis://127.0.0.1:6379');
      linkB = connectRedis('redis://127.0.0.1:6379');
      inspector = new Redis('redis://127.0.0.1:6379');
      await waitUntilUp(linkA, linkB);
      replicaA = createCoalescer({ redis: linkA, keyPrefix: prefix });
      replicaB = createCoalescer({ redis: linkB, keyPrefix: prefix });
    });

    afterAll(async () => {
      await Promise.all([replicaA.close(), replicaB.close()]);
      const keys = await inspector.keys(`${prefix}*`);
      if (keys.length > 0) {
        await inspector.del(keys);
      }
      await Promise.all([linkA.close(), linkB.close(), inspector.quit()]);
    });

    /** Starts B's callers once A holds the lease, and lets A's fetch finish only after B found it taken. */
    async function runOnBoth<T>(key: string, fetchA: ReturnType<typeof controlledFetch<T>>, fetchB: (signal: AbortSignal) => Promise<T>) {
      const runsA = Array.from({ length: 5 }, () => replicaA.run(key, fetchA.fetch));
      await vi.waitFor(() => expect(fetchA.calls).toHaveLength(1));
      const { started: runsB } = await startAfterLeaseRefused(linkB, () => Array.from({ length: 5 }, () => replicaB.run(key, fetchB)));
      return { runsA, runsB };
    }

    it('runs one fetch for callers on two replicas', async () => {
      const fetchA = controlledFetch<{ status: number; body: string }>();
      const fetchB = vi.fn(async () => ({ status: 200, body: 'fetched by B' }));
      const { runsA, runsB } = await runOnBoth('scope|/rest/people?limit=5', fetchA, fetchB);
      fetchA.calls[0]?.result.resolve({ status: 200, body: 'fetched by A' });
      const value = { status: 200, body: 'fetched by A' };
      expect(await Promise.all(runsA)).toEqual([{ value, shared: false }, ...Array(4).fill({ value, shared: true })]);
      expect(await Promise.all(runsB)).toEqual(Array(5).fill({ value, shared: true }));
      expect(fetchB).not.toHaveBeenCalled();
    });

    it('uses the given serializer to carry the value to the other replica', async () => {
      const serializer = { serialize: (value: Date) => value.toISOString(), deserialize: (text: string) => new Date(text) };
      const moment = new Date('2026-01-02T03:04:05.000Z');
      const fetchA = vi.fn(async () => moment);
      const fetchB = vi.fn(async () => new Date(0));
      const holder = controlledFetch<void>();
      const running = replicaA.run('scope|dates', async (signal) => {
        await holder.fetch(signal);
        return fetchA();
      }, { serializer });
      await vi.waitFor(() => expect(holder.calls).toHaveLength(1));
      const { started: onB } = await startAfterLeaseRefused(linkB, () => replicaB.run('scope|dates', fetchB, { serializer }));
      holder.calls[0]?.result.resolve();
      expect((await running).value).toBe(moment);
      expect(await onB).toEqual({ value: moment, shared: true });
      expect(fetchB).not.toHaveBeenCalled();
    });

    it('shares an error in its own process only: the other replica fetches for itself', async () => {
      const fetchA = controlledFetch<string>();
      const fetchB = vi.fn(async () => 'fetched by B');
      const { runsA, runsB } = await runOnBoth('scope|/rest/companies', fetchA, fetchB);
      const failure = new Error('upstream said 503');
      fetchA.calls[0]?.result.reject(failure);
      const outcomesA = await Promise.allSettled(runsA);
      expect(outcomesA.every((outcome) => outcome.status === 'rejected' && outcome.reason === failure)).toBe(true);
      expect(await Promise.all(runsB)).toEqual([{ value: 'fetched by B', shared: false }, ...Array(4).fill({ value: 'fetched by B', shared: true })]);
      expect(fetchB).toHaveBeenCalledTimes(1);
    });

    it('fetches for itself when the replica holding the lease never answers within waitMs', async () => {
      const impatient = createCoalescer({ redis: linkB, keyPrefix: prefix, waitMs: 100 });
      const key = 'scope|/rest/notes';
      await inspector.set(`${prefix}coalesce:lease:${toRedisKeyPart(`key:${key}`)}`, 'a replica that died', 'PX', 60_000);
      const fetch = vi.fn(async () => 'fetched after waiting');
      expect(await impatient.run(key, fetch)).toEqual({ value: 'fetched after waiting', shared: false });
      expect(fetch).toHaveBeenCalledTimes(1);
      await impatient.close();
    });
  });

  describe('when Redis goes away', () => {
    let server: TestRedisServer;
    const prefix = `test-${randomBytes(6).toString('hex')}:`;

    beforeAll(async () => {
      server = await startRedisServer();
    });

    afterAll(async () => {
      await server.stop();
    });

    it('coalesces in its own process, logs one warning, and shares across replicas again once Redis is back', async () => {
      const logs: string[] = [];
      const linkA = connectRedis(server.url, { log: (level) => logs.push(level) });
      const linkB = connectRedis(server.url);
      const replicaA = createCoalescer({ redis: linkA, keyPrefix: prefix });
      const replicaB = createCoalescer({ redis: linkB, keyPrefix: prefix });
      try {
        await waitUntilUp(linkA, linkB);
        await server.stop();
        await vi.waitFor(() => expect(linkA.isUp).toBe(false));

        const during = controlledFetch<string>();
        const runs = Array.from({ length: 10 }, () => replicaA.run('scope|/rest/people', during.fetch));
        await vi.waitFor(() => expect(during.calls).toHaveLength(1));
        during.calls[0]?.result.resolve('local');
        expect((await Promise.all(runs)).map(({ value }) => value)).toEqual(Array(10).fill('local'));
        expect(logs).toEqual(['warn']);

        await server.start();
        await waitUntilUp(linkA, linkB);
        expect(logs).toEqual(['warn', 'info']);
        const after = controlledFetch<string>();
        const onA = replicaA.run('scope|/rest/people', after.fetch);
        await vi.waitFor(() => expect(after.calls).toHaveLength(1));
        const fetchB = vi.fn(async () => 'fetched by B');
        const { started: onB } = await startAfterLeaseRefused(linkB, () => replicaB.run('scope|/rest/people', fetchB));
        after.calls[0]?.result.resolve('shared again');
        expect(await onA).toEqual({ value: 'shared again', shared: false });
        expect(await onB).toEqual({ value: 'shared again', shared: true });
        expect(fetchB).not.toHaveBeenCalled();
      } finally {
        await Promise.all([replicaA.close(), replicaB.close()]);
        await Promise.all([linkA.close(), linkB.close()]);
      }
    });
  });
});
