import { describe, expect, it } from 'vitest';

import {
  compareInOrder,
  compileOrderOrThrow,
  decodeCursorOrThrow,
  encodeCursor,
  paginateRecords,
  type RecordOrder,
  sortRecords,
} from '../recordOrder.js';
import { createStandardObjects } from '../standardObjects.js';
import { type ObjectMetadata, type OrderByItem, type SandboxRecord, SandboxHttpError } from '../types.js';

function personObject(): ObjectMetadata {
  const person = createStandardObjects().find((object) => object.nameSingular === 'person');
  if (person === undefined) {
    throw new Error('no person object');
  }
  return person;
}

const person = personObject();

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function aPerson(n: number, values: Record<string, unknown>): SandboxRecord {
  return { id: id(n), ...values };
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof SandboxHttpError ? [error.statusCode, error.messages] : error;
  }
  throw new Error('expected an error');
}

const orderOf = (...items: OrderByItem[]): RecordOrder => compileOrderOrThrow(person, items);

describe('compileOrderOrThrow', () => {
  it('orders by id ascending when no order is given', () => {
    expect(orderOf()).toEqual([{ path: ['id'], key: 'id', direction: 'AscNullsFirst', kind: 'uuid' }]);
  });

  it('appends the id tie-breaker and keeps composite sub-field paths under their top-level key', () => {
    expect(orderOf({ path: ['name', 'lastName'], direction: 'DescNullsLast' }, { path: ['companyId'], direction: 'AscNullsLast' })).toEqual([
      { path: ['name', 'lastName'], key: 'name', direction: 'DescNullsLast', kind: 'text' },
      { path: ['companyId'], key: 'companyId', direction: 'AscNullsLast', kind: 'uuid' },
      { path: ['id'], key: 'id', direction: 'AscNullsFirst', kind: 'uuid' },
    ]);
  });

  it('adds no tie-breaker when id is already ordered', () => {
    expect(orderOf({ path: ['id'], direction: 'DescNullsFirst' }, { path: ['position'], direction: 'AscNullsFirst' })).toEqual([
      { path: ['id'], key: 'id', direction: 'DescNullsFirst', kind: 'uuid' },
      { path: ['position'], key: 'position', direction: 'AscNullsFirst', kind: 'number' },
    ]);
  });

  it.each([
    [['salary'], 'Object person doesn\'t have any "salary" field.'],
    [['company'], 'Object person doesn\'t have any "company" field.'],
    [['city', 'zip'], 'Object person doesn\'t have any "city.zip" field.'],
    [['name', 'middleName'], 'Sub field "middleName" not found for composite type: FULL_NAME'],
    [
      ['name'],
      'Composite field "name" of object person cannot be ordered as a whole. Order by one of its sub-fields: name.firstName, name.lastName',
    ],
  ])('refuses the path %j with 400', (path, message) => {
    expect(errorOf(() => orderOf({ path, direction: 'AscNullsFirst' }))).toEqual([400, [message]]);
  });

  it('refuses a deactivated field', () => {
    const withInactiveCity: ObjectMetadata = {
      ...person,
      fields: person.fields.map((field) => (field.name === 'city' ? { ...field, isActive: false } : field)),
    };
    expect(errorOf(() => compileOrderOrThrow(withInactiveCity, [{ path: ['city'], direction: 'AscNullsFirst' }]))).toEqual([
      400,
      ['Object person doesn\'t have any "city" field.'],
    ]);
  });
});

describe('sortRecords', () => {
  const records = [aPerson(1, { position: 2 }), aPerson(2, { position: null }), aPerson(3, { position: 1 }), aPerson(4, { position: 2 })];

  it.each([
    ['AscNullsFirst', [2, 3, 1, 4]],
    ['AscNullsLast', [3, 1, 4, 2]],
    ['DescNullsFirst', [2, 1, 4, 3]],
    ['DescNullsLast', [1, 4, 3, 2]],
  ] as const)('places nulls and breaks ties by id for %s', (direction, expected) => {
    const sorted = sortRecords(records, orderOf({ path: ['position'], direction }));
    expect(sorted.map((record) => record.id)).toEqual(expected.map(id));
  });

  it('orders by a composite sub-field by code units, numbers numerically and dates chronologically', () => {
    const people = [
      aPerson(1, { name: { firstName: 'b', lastName: 'Zeta' }, createdAt: '2026-01-02T00:00:00.000Z', position: 10 }),
      aPerson(2, { name: { firstName: 'a', lastName: 'alpha' }, createdAt: '2026-01-01T00:00:00.000Z', position: 9 }),
      aPerson(3, { name: { firstName: 'c', lastName: 'Beta' }, createdAt: '2025-12-31T00:00:00.000Z', position: -1 }),
    ];
    const ids = (order: RecordOrder) => sortRecords(people, order).map((record) => record.id);
    expect(ids(orderOf({ path: ['name', 'lastName'], direction: 'AscNullsFirst' }))).toEqual([id(3), id(1), id(2)]);
    expect(ids(orderOf({ path: ['createdAt'], direction: 'AscNullsFirst' }))).toEqual([id(3), id(2), id(1)]);
    expect(ids(orderOf({ path: ['position'], direction: 'DescNullsLast' }))).toEqual([id(1), id(2), id(3)]);
  });

  it('leaves its input untouched', () => {
    const input = [aPerson(2, {}), aPerson(1, {})];
    sortRecords(input, orderOf());
    expect(input.map((record) => record.id)).toEqual([id(2), id(1)]);
  });
});

describe('compareInOrder', () => {
  it('compares a record with a decoded cursor by the cursor values', () => {
    const order = orderOf({ path: ['position'], direction: 'AscNullsFirst' });
    expect(compareInOrder(order, aPerson(2, { position: 1 }), { position: 1, id: id(1) })).toBeGreaterThan(0);
    expect(compareInOrder(order, aPerson(2, { position: 1 }), { position: 1, id: id(2) })).toBe(0);
    expect(compareInOrder(order, aPerson(2, { position: 0 }), { position: 1, id: id(1) })).toBeLessThan(0);
  });
});

describe('encodeCursor', () => {
  it("encodes Twenty's cursor: the top-level value of every order key, then id", () => {
    const record = aPerson(7, { name: { firstName: 'A', lastName: 'B' }, position: 3 });
    const cursor = encodeCursor(record, orderOf({ path: ['name', 'lastName'], direction: 'AscNullsFirst' }));
    expect(Buffer.from(cursor, 'base64').toString('utf8')).toBe(`{"name":{"firstName":"A","lastName":"B"},"id":"${id(7)}"}`);
    expect(encodeCursor(record, orderOf())).toBe(Buffer.from(`{"id":"${id(7)}"}`).toString('base64'));
  });
});

describe('decodeCursorOrThrow', () => {
  it('decodes what encodeCursor produced', () => {
    const cursor = encodeCursor(aPerson(1, { position: 2 }), orderOf({ path: ['position'], direction: 'AscNullsFirst' }));
    expect(decodeCursorOrThrow(cursor)).toEqual({ position: 2, id: id(1) });
  });

  it.each(['invalid-cursor', Buffer.from('[1,2]').toString('base64'), Buffer.from('42').toString('base64')])(
    'refuses %s with 400 Invalid cursor',
    (cursor) => {
      expect(errorOf(() => decodeCursorOrThrow(cursor))).toEqual([400, [`Invalid cursor: ${cursor}`]]);
    },
  );
});

describe('paginateRecords', () => {
  const order = orderOf({ path: ['position'], direction: 'AscNullsFirst' });
  const sorted = sortRecords([0, 1, 2, 3].map((position) => aPerson(position + 1, { position })), order);
  const cursorOf = (n: number): string => encodeCursor(sorted[n - 1] ?? aPerson(0, {}), order);
  const page = (request: Parameters<typeof paginateRecords>[2]) => {
    const result = paginateRecords(sorted, order, request);
    return { ids: result.records.map((record) => record.id), pageInfo: result.pageInfo };
  };

  it('returns the first page with hasNextPage and the cursors of its ends', () => {
    expect(page({ limit: 3 })).toEqual({
      ids: [id(1), id(2), id(3)],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursorOf(1), endCursor: cursorOf(3) },
    });
  });

  it('pages forward strictly after starting_after, never with hasPreviousPage', () => {
    expect(page({ limit: 2, startingAfter: cursorOf(2) })).toEqual({
      ids: [id(3), id(4)],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: cursorOf(3), endCursor: cursorOf(4) },
    });
  });

  it('pages backward strictly before ending_before, in ascending order', () => {
    expect(page({ limit: 2, endingBefore: cursorOf(4) })).toEqual({
      ids: [id(2), id(3)],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: cursorOf(2), endCursor: cursorOf(3) },
    });
    expect(page({ limit: 5, endingBefore: cursorOf(2) }).ids).toEqual([id(1)]);
    expect(page({ limit: 5, endingBefore: cursorOf(2) }).pageInfo.hasPreviousPage).toBe(false);
  });

  it('answers limit 0 with no rows, null cursors and hasNextPage', () => {
    expect(page({ limit: 0 })).toEqual({
      ids: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('keeps keyset semantics when the cursor row is gone', () => {
    const withoutThird = sorted.filter((record) => record.id !== id(3));
    const result = paginateRecords(withoutThird, order, { limit: 5, startingAfter: cursorOf(3) });
    expect(result.records.map((record) => record.id)).toEqual([id(4)]);
  });

  it('refuses both cursors at once', () => {
    expect(errorOf(() => page({ limit: 1, startingAfter: cursorOf(1), endingBefore: cursorOf(4) }))).toEqual([
      400,
      ['Cannot provide both before and after'],
    ]);
  });
});
