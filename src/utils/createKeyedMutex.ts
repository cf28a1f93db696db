/** Runs tasks one at a time per key; see createKeyedMutex. */
export interface KeyedMutex {
  /** Runs `task` once every task queued before it under `key` has settled; resolves or rejects as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Keys with a task running or queued (for tests: it drops back to 0). */
  readonly size: number;
}

/**
 * Creates a mutex per key, within one process: tasks under the same key run
 * in call order, one after the other; tasks under different keys run freely.
 * A key is forgotten once its queue is empty, so the map never grows.
 */
export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      // A failed task must not fail the ones queued after it.
      const result = previous.then(task, task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) {
          tails.delete(key);
        }
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}
