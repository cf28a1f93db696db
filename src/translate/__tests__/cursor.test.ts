import { describe, expect, it } from 'vitest';

import type { OrderByItem } from '../compileOrderBy.js';
import { assertCursorOrThrow, encodeCursor } from '../cursor.js';
import { thrownError } from './thrownError.js';

const ID = '0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001';
const record = {
  id: ID,
  createdAt: '2026-01-05T09:00:00.000Z',
  name: { firstName: 'Ann', lastName: 'Lee' },
  city: 'Paris',
  jobTitle: 'CEO',
};
const byCreatedAtThenLastName: OrderByItem[] = [
  { path: ['createdAt'], direction: 'DescNullsLast' },
  { path: ['name', 'lastName'], direction: 'AscNullsFirst' },
];
const base64 = (json: string) => Buffer.from(json).toString('base64');

describe('encodeCursor', () => {
  it('encodes each top-level sort key, whole composites included, then id', () => {
    const cursor = encodeCursor(record, byCreatedAtThenLastName);
    expect(cursor).toBe(
      'eyJjcmVhdGVkQXQiOiIyMDI2LTAxLTA1VDA5OjAwOjAwLjAwMFoiLCJuYW1lIjp7ImZpcnN0TmFtZSI6IkFubiIsImxhc3ROYW1lIjoiTGVlIn0sImlkIjoiMGI1YzRiZDMtOWYxZS00ZjU4LTlhNGItNWNmM2I2YzFkMDAxIn0=',
    );
    expect(Buffer.from(cursor, 'base64').toString('utf8')).toBe(
      `{"createdAt":"2026-01-05T09:00:00.000Z","name":{"firstName":"Ann","lastName":"Lee"},"id":"${ID}"}`,
    );
  });

  it('encodes only the id under Twenty default order', () => {
    expect(encodeCursor(record, [])).toBe('eyJpZCI6IjBiNWM0YmQzLTlmMWUtNGY1OC05YTRiLTVjZjNiNmMxZDAwMSJ9');
  });

  it('keeps id where the order puts it, as Twenty does', () => {
    const cursor = encodeCursor(record, [
      { path: ['id'], direction: 'DescNullsLast' },
      { path: ['city'], direction: 'AscNullsFirst' },
    ]);
    expect(cursor).toBe('eyJpZCI6IjBiNWM0YmQzLTlmMWUtNGY1OC05YTRiLTVjZjNiNmMxZDAwMSIsImNpdHkiOiJQYXJpcyJ9');
  });

  it('names a composite once when two of its sub-fields are sort keys', () => {
    const cursor = encodeCursor(record, [
      { path: ['name', 'lastName'], direction: 'AscNullsFirst' },
      { path: ['name', 'firstName'], direction: 'AscNullsFirst' },
    ]);
    expect(Buffer.from(cursor, 'base64').toString('utf8')).toBe(
      `{"name":{"firstName":"Ann","lastName":"Lee"},"id":"${ID}"}`,
    );
  });
});

describe('assertCursorOrThrow', () => {
  it('returns a cursor issued for the same order', () => {
    const cursor = encodeCursor(record, byCreatedAtThenLastName);
    expect(assertCursorOrThrow(cursor, byCreatedAtThenLastName, ['after'])).toBe(cursor);
    expect(assertCursorOrThrow(cursor, byCreatedAtThenLastName.toReversed(), ['after'])).toBe(cursor);
  });

  it('returns a cursor Twenty issued with its keys in another order', () => {
    const cursor = base64(`{"id":"${ID}","name":null,"createdAt":null}`);
    expect(assertCursorOrThrow(cursor, byCreatedAtThenLastName, ['before'])).toBe(cursor);
  });

  it.each([
    ['text that is not base64', 'not a cursor!', '"after" is not a cursor of this connection: expected base64-encoded JSON.'],
    ['an empty string', '', '"after" is not a cursor of this connection: expected base64-encoded JSON.'],
    [
      'base64 without its padding',
      'eyJpZCI6IjBiNWM0YmQzLTlmMWUtNGY1OC05YTRiLTVjZjNiNmMxZDAwMSIsImNpdHkiOiJQYXJpcyJ9'.slice(0, -2),
      '"after" is not a cursor of this connection: expected base64-encoded JSON.',
    ],
    ['base64 of text that is not JSON', base64('hello'), '"after" is not a cursor of this connection: expected base64-encoded JSON.'],
    ['base64 of a JSON array', base64(`["${ID}"]`), '"after" is not a cursor of this connection: expected base64-encoded JSON.'],
    ['a cursor without id', base64('{"createdAt":null,"name":null}'), '"after" is not a cursor of this connection: it holds no record id.'],
    [
      'a cursor whose id is not a UUID',
      base64('{"createdAt":null,"name":null,"id":"1"}'),
      '"after" is not a cursor of this connection: it holds no record id.',
    ],
    [
      'a cursor of the default order',
      base64(`{"id":"${ID}"}`),
      '"after" is a cursor for another orderBy: it holds id where this orderBy needs createdAt, name, id.',
    ],
    [
      'a cursor of another order',
      base64(`{"createdAt":null,"city":"Paris","id":"${ID}"}`),
      '"after" is a cursor for another orderBy: it holds createdAt, city, id where this orderBy needs createdAt, name, id.',
    ],
    [
      'a cursor with an extra key',
      base64(`{"createdAt":null,"name":null,"city":"Paris","id":"${ID}"}`),
      '"after" is a cursor for another orderBy: it holds createdAt, name, city, id where this orderBy needs createdAt, name, id.',
    ],
  ])('refuses %s', (_name, cursor, message) => {
    expect(thrownError(() => assertCursorOrThrow(cursor, byCreatedAtThenLastName, ['after']))).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'after' },
    });
  });
});
