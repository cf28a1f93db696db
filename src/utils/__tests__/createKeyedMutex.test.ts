import { describe, expect, it } from 'vitest';

import { createKeyedMutex } from '../createKeyedMutex.js';

/** A promise and its resolver, to finish tasks in a chosen order. */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('createKeyedMutex', () => {
  it('runs tasks of one key one after the other, in call order', async () => {
    const mutex = createKeyedMutex();
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const runs = gates.map((gate, index) =>
      mutex.run('pair', async () => {
        log.push(`start ${index}`);
        await gate.promise;
        log.push(`end ${index}`);
        return index;
      }),
    );
    await Promise.resolve();
    gates[2]?.resolve();
    gates[1]?.resolve();
    gates[0]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs tasks of different keys side by side', async () => {
    const mutex = createKeyedMutex();
    const gate = deferred();
    const log: string[] = [];
    const first = mutex.run('a', async () => {
      log.push('a starts');
      await gate.promise;
      log.push('a ends');
    });
    const second = mutex.run('b', async () => {
      log.push('b runs');
    });
    await second;
    gate.resolve();
    await first;
    expect(log).toEqual(['a starts', 'b runs', 'a ends']);
  });

  it('runs the next task after one that failed, and passes the failure to its caller only', async () => {
    const mutex = createKeyedMutex();
    const failed = mutex.run('pair', async () => {
      throw new Error('boom');
    });
    const next = mutex.run('pair', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });

  it('forgets a key once its queue is empty', async () => {
    const mutex = createKeyedMutex();
    await Promise.all([mutex.run('a', async () => 1), mutex.run('b', async () => 2), mutex.run('a', async () => 3)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mutex.size).toBe(0);
  });
});
