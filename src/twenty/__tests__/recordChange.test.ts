import { describe, expect, it } from 'vitest';

import { decodeRecordChange, encodeRecordChange, type RecordChangeEvent } from '../recordChange.js';

const CHANGE: RecordChangeEvent = {
  audience: 'abc123',
  object: 'person',
  recordId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f',
  operation: 'updated',
  updatedFields: ['jobTitle'],
  source: 'webhook',
  version: '2026-01-05T09:00:00.000Z',
  receivedAt: '2026-01-05T09:00:00.100Z',
};

describe('decodeRecordChange', () => {
  it('reads back what encodeRecordChange wrote', () => {
    expect(decodeRecordChange(encodeRecordChange(CHANGE))).toEqual(CHANGE);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '[]'],
    ['an unknown operation', JSON.stringify({ ...CHANGE, operation: 'upserted' })],
    ['an id that is not a UUID', JSON.stringify({ ...CHANGE, recordId: 'x' })],
    ['an unknown source', JSON.stringify({ ...CHANGE, source: 'cron' })],
    ['no audience', JSON.stringify({ ...CHANGE, audience: '' })],
    ['fields that are not names', JSON.stringify({ ...CHANGE, updatedFields: [1] })],
    ['an object name far too long', JSON.stringify({ ...CHANGE, object: 'x'.repeat(201) })],
  ])('drops %s', (_name, text) => {
    expect(decodeRecordChange(text)).toBeUndefined();
  });
});
