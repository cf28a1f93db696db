import { describe, expect, it } from 'vitest';

import { changedFieldsOf, toRecordEvent } from '../recordEvents.js';

const person = { id: 'p-1', nameSingular: 'person' };
const before = { id: 'a', jobTitle: 'CTO', city: 'Paris', name: { firstName: 'Ada', lastName: 'L' }, updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };

describe('toRecordEvent', () => {
  it('carries the new record of a create and the old one of a destroy, without updatedFields', () => {
    expect(toRecordEvent(person, 'created', undefined, before)).toEqual({ action: 'created', object: person, record: before });
    expect(toRecordEvent(person, 'destroyed', before, undefined)).toEqual({ action: 'destroyed', object: person, record: before });
  });

  it('lists the changed fields of an update, a soft delete and a restore', () => {
    const after = { ...before, jobTitle: 'CEO', name: { firstName: 'Ada', lastName: 'Lovelace' }, updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(toRecordEvent(person, 'updated', before, after)).toEqual({ action: 'updated', object: person, record: after, updatedFields: ['jobTitle', 'name'] });
    const deleted = { ...before, deletedAt: '2026-02-01T00:00:00.000Z' };
    expect(toRecordEvent(person, 'deleted', before, deleted)).toEqual({ action: 'deleted', object: person, record: deleted, updatedFields: ['deletedAt'] });
    expect(toRecordEvent(person, 'restored', deleted, before)).toEqual({ action: 'restored', object: person, record: before, updatedFields: ['deletedAt'] });
  });

  it('gives no event for an update that only moved updatedAt, as Twenty emits none', () => {
    expect(toRecordEvent(person, 'updated', before, { ...before, updatedAt: '2026-02-01T00:00:00.000Z' })).toBeUndefined();
  });
});

describe('changedFieldsOf', () => {
  it('compares composite values deeply and ignores searchVector', () => {
    expect(changedFieldsOf({ id: 'a', name: { firstName: 'A' }, searchVector: 'x' }, { id: 'a', name: { firstName: 'A' }, searchVector: 'y' })).toEqual([]);
    expect(changedFieldsOf({ id: 'a', city: null }, { id: 'a', city: '' })).toEqual(['city']);
  });
});
