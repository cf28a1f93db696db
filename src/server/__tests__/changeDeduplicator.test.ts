import { describe, expect, it } from 'vitest';

import type { RecordChangeEvent } from '../../twenty/recordChange.js';
import { createChangeDeduplicator } from '../changeDeduplicator.js';

const ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

function change(source: RecordChangeEvent['source'], overrides: Partial<RecordChangeEvent> = {}): RecordChangeEvent {
  return {
    audience: 'workspace-a',
    object: 'company',
    recordId: ID,
    operation: 'updated',
    updatedFields: ['name'],
    source,
    version: '2026-01-05T09:00:00.000Z',
    receivedAt: '2026-01-05T09:00:00.100Z',
    ...overrides,
  };
}

describe('createChangeDeduplicator', () => {
  it.each([
    ['mutation first', ['mutation', 'webhook'], [true, false]],
    ['webhook first', ['webhook', 'mutation'], [true, false]],
    ['two mutations, then their webhooks', ['mutation', 'mutation', 'webhook', 'webhook'], [true, true, false, false]],
    ['a webhook of a write made elsewhere, twice', ['webhook', 'webhook'], [true, true]],
  ] as const)('pairs each sighting with one of the other source: %s', (_name, sources, admitted) => {
    const deduplicator = createChangeDeduplicator({ maxEntries: 100, ttlMs: 60_000 });
    expect(sources.map((source) => deduplicator.admit(change(source)))).toEqual(admitted);
  });

  it('tells writes apart by audience, object, id, operation, and the version of an update', () => {
    const deduplicator = createChangeDeduplicator({ maxEntries: 100, ttlMs: 60_000 });
    expect(deduplicator.admit(change('mutation'))).toBe(true);
    expect(
      [
        change('webhook', { audience: 'workspace-b' }),
        change('webhook', { object: 'person' }),
        change('webhook', { recordId: '1f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' }),
        change('webhook', { operation: 'deleted' }),
        change('webhook', { version: '2026-01-05T09:00:01.000Z' }),
      ].map((other) => deduplicator.admit(other)),
    ).toEqual([true, true, true, true, true]);
    // The same write, its id in capitals: paired.
    expect(deduplicator.admit(change('webhook', { recordId: ID.toUpperCase() }))).toBe(false);
  });

  it('pairs a create, delete, restore or destroy whatever the versions say (they happen once per step)', () => {
    const deduplicator = createChangeDeduplicator({ maxEntries: 100, ttlMs: 60_000 });
    for (const operation of ['created', 'deleted', 'restored', 'destroyed'] as const) {
      expect(deduplicator.admit(change('mutation', { operation, version: null }))).toBe(true);
      expect(deduplicator.admit(change('webhook', { operation, version: '2026-01-05T09:00:00.000Z' }))).toBe(false);
    }
  });

  it('forgets the oldest writes past maxEntries: their pair is delivered again, never a change lost', () => {
    const deduplicator = createChangeDeduplicator({ maxEntries: 1, ttlMs: 60_000 });
    expect(deduplicator.admit(change('mutation'))).toBe(true);
    expect(deduplicator.admit(change('mutation', { object: 'person' }))).toBe(true);
    expect(deduplicator.admit(change('webhook'))).toBe(true);
  });
});
