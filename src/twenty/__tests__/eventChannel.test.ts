import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startRedisServer, type TestRedisServer } from '../../../test/utils/startRedisServer.js';
import { createEventChannel, type EventChannel } from '../eventChannel.js';

const SHARED_REDIS = 'redis://127.0.0.1:6379';

function collect(channel: EventChannel, topic: string) {
  const received: string[] = [];
  let wake: (() => void) | undefined;
  const subscription = channel.subscribe(topic, (message) => {
    received.push(message);
    wake?.();
  });
  return {
    received,
    subscription,
    async count(count: number) {
      while (received.length < count) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

describe('createEventChannel in memory', () => {
  it('delivers to the subscribers of a topic only, until they close', async () => {
    const channel = await createEventChannel({ keyPrefix: 'test:' });
    const one = collect(channel, 'one');
    const two = collect(channel, 'two');
    await channel.publish('one', 'a');
    await channel.publish('two', 'b');
    one.subscription.close();
    await channel.publish('one', 'c');
    expect([one.received, two.received, channel.shared]).toEqual([['a'], ['b'], false]);
    await channel.close();
  });
});

describe('createEventChannel on Redis', () => {
  const keyPrefix = `twenty-bff-test:channel:${randomBytes(6).toString('hex')}:`;

  it('delivers a message published on one replica to the subscribers of every replica, once each', async () => {
    const [a, b] = await Promise.all([createEventChannel({ redisUrl: SHARED_REDIS, keyPrefix }), createEventChannel({ redisUrl: SHARED_REDIS, keyPrefix })]);
    const onA = collect(a, 'workspace');
    const onB = collect(b, 'workspace');
    const elsewhere = collect(b, 'other-workspace');
    await Promise.all([onA.subscription.ready, onB.subscription.ready, elsewhere.subscription.ready]);
    await a.publish('workspace', 'first');
    await b.publish('workspace', 'second');
    await Promise.all([onA.count(2), onB.count(2)]);
    // Another deployment's prefix is another channel.
    const foreign = await createEventChannel({ redisUrl: SHARED_REDIS, keyPrefix: `${keyPrefix}other:` });
    await foreign.publish('workspace', 'foreign');
    await a.publish('workspace', 'third');
    await Promise.all([onA.count(3), onB.count(3)]);
    expect([onA.received, onB.received, elsewhere.received, a.shared]).toEqual([['first', 'second', 'third'], ['first', 'second', 'third'], [], true]);
    await Promise.all([a.close(), b.close(), foreign.close()]);
  });
});

describe('createEventChannel when Redis is away', () => {
  let redis: TestRedisServer;

  beforeAll(async () => {
    redis = await startRedisServer();
  });

  afterAll(async () => {
    await redis.stop();
  });

  it("still delivers to this process's subscribers", async () => {
    const channel = await createEventChannel({ redisUrl: redis.url, keyPrefix: 'test:' });
    const local = collect(channel, 'workspace');
    await local.subscription.ready;
    await redis.stop();
    await channel.publish('workspace', 'while down');
    expect(local.received).toEqual(['while down']);
    await channel.close();
  });
});
