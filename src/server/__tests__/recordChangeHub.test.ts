import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createEventChannel, type EventChannel } from '../../twenty/eventChannel.js';
import type { RecordChangeEvent } from '../../twenty/recordChange.js';
import { createChangeDeduplicator } from '../changeDeduplicator.js';
import { createRecordChangeHub, type RecordChangeHub } from '../recordChangeHub.js';

const PERSON = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f01';
const COMPANY = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f02';

function change(overrides: Partial<RecordChangeEvent> = {}): RecordChangeEvent {
  return {
    audience: 'workspace-a',
    object: 'person',
    recordId: PERSON,
    operation: 'updated',
    updatedFields: ['jobTitle'],
    source: 'mutation',
    version: null,
    receivedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

describe('createRecordChangeHub', () => {
  let channel: EventChannel;
  let hub: RecordChangeHub;

  beforeEach(async () => {
    channel = await createEventChannel({ keyPrefix: 'test:' });
    hub = createRecordChangeHub({ channel, maxSubscriptions: 3, maxPending: 2 });
  });

  afterEach(async () => {
    await hub.close();
    await channel.close();
  });

  it("delivers a change to its audience's streams that want it, in order, and to no other", async () => {
    const all = hub.subscribe('workspace-a', { objects: null, ids: null });
    const companies = hub.subscribe('workspace-a', { objects: ['company'], ids: null });
    const otherWorkspace = hub.subscribe('workspace-b', { objects: null, ids: null });
    await hub.publish(change());
    await hub.publish(change({ object: 'company', recordId: COMPANY.toUpperCase(), operation: 'created' }));
    await hub.publish(change({ audience: 'workspace-b', operation: 'deleted' }));
    expect((await all.next()).value).toMatchObject({ object: 'person', operation: 'updated' });
    expect((await all.next()).value).toMatchObject({ object: 'company', operation: 'created' });
    expect((await companies.next()).value).toMatchObject({ object: 'company' });
    expect((await otherWorkspace.next()).value).toMatchObject({ audience: 'workspace-b', operation: 'deleted' });
  });

  it('keeps the ids asked for, whatever their case', async () => {
    const followed = hub.subscribe('workspace-a', { objects: null, ids: [COMPANY.toUpperCase()] });
    await hub.publish(change());
    await hub.publish(change({ object: 'company', recordId: COMPANY }));
    expect((await followed.next()).value).toMatchObject({ recordId: COMPANY });
  });

  it('ends a waiting stream at once when it is returned, and frees its place', async () => {
    const stream = hub.subscribe('workspace-a', { objects: null, ids: null });
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(hub.size).toBe(0);
    await hub.whenAtMost(0);
  });

  it('refuses a subscription past maxSubscriptions with TOO_MANY_SUBSCRIPTIONS, and takes one again once a place is free', async () => {
    const streams = [1, 2, 3].map(() => hub.subscribe('workspace-a', { objects: null, ids: null }));
    await hub.whenReady(3);
    expect(hub.hasRoom()).toBe(false);
    expect(() => hub.subscribe('workspace-a', { objects: null, ids: null })).toThrow(
      expect.objectContaining({ message: 'twenty-bff serves at most 3 subscriptions at once (BFF_MAX_SUBSCRIPTIONS); try again later.', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }),
    );
    await streams[0]?.return();
    expect(hub.hasRoom()).toBe(true);
  });

  it('ends a stream that falls more than maxPending changes behind with SUBSCRIPTION_BEHIND, after what it had', async () => {
    const slow = hub.subscribe('workspace-a', { objects: null, ids: null });
    for (const operation of ['created', 'updated', 'deleted'] as const) {
      await hub.publish(change({ operation }));
    }
    await expect(slow.next()).rejects.toMatchObject({
      message: 'This subscription fell more than 2 changes behind and was ended: subscribe again, then read again what is shown.',
      extensions: { code: 'SUBSCRIPTION_BEHIND' },
    });
    expect(await slow.next()).toEqual({ done: true, value: undefined });
    expect(hub.size).toBe(0);
  });

  it('drops the second sighting of a write when given a deduplicator', async () => {
    const deduplicating = createRecordChangeHub({ channel, maxSubscriptions: 1, maxPending: 10, deduplicator: createChangeDeduplicator({ maxEntries: 10, ttlMs: 60_000 }) });
    const stream = deduplicating.subscribe('workspace-a', { objects: null, ids: null });
    await deduplicating.publish(change({ source: 'webhook' }));
    await deduplicating.publish(change({ source: 'mutation' }));
    await deduplicating.publish(change({ source: 'mutation', operation: 'deleted' }));
    expect([(await stream.next()).value, (await stream.next()).value]).toMatchObject([{ operation: 'updated', source: 'webhook' }, { operation: 'deleted' }]);
    await deduplicating.close();
  });

  it('completes every stream on close and refuses new ones', async () => {
    const stream = hub.subscribe('workspace-a', { objects: null, ids: null });
    const waiting = stream.next();
    await hub.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(() => hub.subscribe('workspace-a', { objects: null, ids: null })).toThrow(expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }));
  });

  it('drops a message that is not a change of its topic', async () => {
    const stream = hub.subscribe('workspace-a', { objects: null, ids: null });
    await channel.publish('workspace-a', JSON.stringify(change({ audience: 'workspace-b' })));
    await channel.publish('workspace-a', 'not json');
    await hub.publish(change({ operation: 'restored' }));
    expect((await stream.next()).value).toMatchObject({ audience: 'workspace-a', operation: 'restored' });
  });
});
