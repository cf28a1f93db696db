import { describe, expect, it } from 'vitest';

import { FairQueue } from '../FairQueue.js';

function drain(queue: FairQueue<string>): string[] {
  const served: string[] = [];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    served.push(item);
  }
  return served;
}

describe('FairQueue', () => {
  it('serves lane 0 first, then callers in turn, each first in first out', () => {
    const queue = new FairQueue<string>(2);
    queue.push(1, 'heavy', 'heavy-read1');
    queue.push(1, 'heavy', 'heavy-read2');
    queue.push(1, 'heavy', 'heavy-read3');
    queue.push(1, 'light', 'light-read1');
    queue.push(0, 'light', 'light-write1');
    queue.push(0, 'heavy', 'heavy-write1');
    queue.push(0, 'light', 'light-write2');
    const expected = ['light-write1', 'heavy-write1', 'light-write2', 'heavy-read1', 'light-read1', 'heavy-read2', 'heavy-read3'];
    expect(queue.order()).toEqual(expected);
    expect(drain(queue)).toEqual(expected);
    expect(queue.size).toBe(0);
  });

  it('lets a newcomer join the round at its end, right after the caller just served', () => {
    const queue = new FairQueue<string>(1);
    queue.push(0, 'heavy', 'heavy1');
    queue.push(0, 'heavy', 'heavy2');
    queue.push(0, 'heavy', 'heavy3');
    expect(queue.shift()).toBe('heavy1');
    queue.push(0, 'light', 'light1');
    expect(queue.order()).toEqual(['heavy2', 'light1', 'heavy3']);
    expect(drain(queue)).toEqual(['heavy2', 'light1', 'heavy3']);
  });

  it('removes an item without changing anyone’s turn', () => {
    const queue = new FairQueue<string>(1);
    queue.push(0, 'a', 'a1');
    queue.push(0, 'b', 'b1');
    queue.push(0, 'a', 'a2');
    expect(queue.remove('a1')).toBe(true);
    expect(queue.remove('a1')).toBe(false);
    expect(queue.order()).toEqual(['a2', 'b1']);
    expect(queue.remove('b1')).toBe(true);
    expect(drain(queue)).toEqual(['a2']);
  });

  it('refuses an item queued twice', () => {
    const queue = new FairQueue<string>(1);
    queue.push(0, 'a', 'a1');
    expect(() => queue.push(0, 'b', 'a1')).toThrow('FairQueue: no lane 0, or the item is already queued.');
  });
});
