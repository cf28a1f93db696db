import { LRUCache } from 'lru-cache';

import type { RecordChangeEvent } from '../twenty/recordChange.js';

/** Decides which changes to deliver when one write can be seen twice. */
export interface ChangeDeduplicator {
  /** False when `change` is the second sighting of a write already delivered. */
  admit(change: RecordChangeEvent): boolean;
}

/** Bounds of what a deduplicator remembers. */
export interface ChangeDeduplicatorOptions {
  /** Most writes remembered (the oldest are forgotten first). */
  maxEntries: number;
  /** How long a write's first sighting waits for its second. */
  ttlMs: number;
}

/**
 * A write sent through twenty-bff is seen as its mutation and, when Twenty's
 * webhook is configured, again as the webhook Twenty sends for it, in either
 * order (Twenty queues its webhook jobs). Each sighting from one source is
 * paired with one from the other: the first is delivered, its pair is not.
 * Writes are told apart by audience, object, id, operation and, for updates,
 * the record's `updatedAt`. A mutation that changed nothing has no webhook
 * (Twenty emits no event then): its entry waits `ttlMs` and is forgotten.
 * When the versions differ, or the pair comes later than `ttlMs`, both are
 * delivered: subscribers must accept a change twice, never miss one.
 */
export function createChangeDeduplicator(options: ChangeDeduplicatorOptions): ChangeDeduplicator {
  // Positive: mutation sightings waiting for their webhook; negative: the reverse.
  const unmatched = new LRUCache<string, number>({ max: Math.max(1, options.maxEntries), ttl: Math.max(1, options.ttlMs) });
  return {
    admit(change) {
      const key = JSON.stringify([
        change.audience,
        change.object,
        change.recordId.toLowerCase(),
        change.operation,
        change.operation === 'updated' ? change.version : null,
      ]);
      const step = change.source === 'mutation' ? 1 : -1;
      const count = unmatched.get(key) ?? 0;
      const next = count + step;
      if (next === 0) {
        unmatched.delete(key);
      } else {
        unmatched.set(key, next);
      }
      // Its pair was delivered already when the other source is ahead.
      return Math.sign(count) !== -step;
    },
  };
}
