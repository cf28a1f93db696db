interface Entry {
  lane: Map<string, unknown[]>;
  caller: string;
}

/**
 * A queue served by priority, then round-robin across callers, then first in
 * first out within a caller: one caller with many items cannot starve one
 * with a single item. Lane 0 is served before lane 1, and so on.
 */
export class FairQueue<T> {
  // Each lane maps caller → its items; the Map's order is the round-robin
  // order, and a served caller goes to its back.
  private readonly lanes: Array<Map<string, T[]>>;
  private readonly entries = new Map<T, Entry>();

  constructor(laneCount: number) {
    this.lanes = Array.from({ length: laneCount }, () => new Map<string, T[]>());
  }

  /** Items queued. */
  get size(): number {
    return this.entries.size;
  }

  /** Queues `item` (each item at most once) for `caller` in `lane`. */
  push(lane: number, caller: string, item: T): void {
    const callers = this.lanes[lane];
    if (callers === undefined || this.entries.has(item)) {
      throw new RangeError(`FairQueue: no lane ${lane}, or the item is already queued.`);
    }
    const items = callers.get(caller);
    if (items === undefined) {
      callers.set(caller, [item]);
    } else {
      items.push(item);
    }
    this.entries.set(item, { lane: callers as Map<string, unknown[]>, caller });
  }

  /** Takes the item whose turn it is, and sends its caller to the back of the round. */
  shift(): T | undefined {
    for (const callers of this.lanes) {
      for (const [caller, items] of callers) {
        const item = items.shift();
        callers.delete(caller);
        if (items.length > 0) {
          callers.set(caller, items);
        }
        if (item !== undefined) {
          this.entries.delete(item);
        }
        return item;
      }
    }
    return undefined;
  }

  /** Takes `item` out wherever it is, without changing anyone's turn; false if it is not queued. */
  remove(item: T): boolean {
    const entry = this.entries.get(item);
    if (entry === undefined) {
      return false;
    }
    this.entries.delete(item);
    const items = entry.lane.get(entry.caller) ?? [];
    items.splice(items.indexOf(item), 1);
    if (items.length === 0) {
      entry.lane.delete(entry.caller);
    }
    return true;
  }

  /** Every item in the order `shift` would hand them out if nothing else arrived. */
  order(): T[] {
    const order: T[] = [];
    for (const callers of this.lanes) {
      const queues = [...callers.values()];
      for (let round = 0; order.length < this.size && queues.some((items) => round < items.length); round += 1) {
        for (const items of queues) {
          const item = items[round];
          if (item !== undefined) {
            order.push(item);
          }
        }
      }
    }
    return order;
  }
}
