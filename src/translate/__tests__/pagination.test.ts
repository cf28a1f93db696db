import { describe, expect, it } from 'vitest';

import type { TwentyPage, TwentyRecord } from '../../twenty/types.js';
import type { CompiledOrderBy } from '../compileOrderBy.js';
import { encodeCursor } from '../cursor.js';
import { type PageArgs, type PagePlan, toConnection, toPagePlan } from '../pagination.js';
import { thrownError } from './thrownError.js';

const paging = { defaultPageSize: 20, maxPageSize: 100 };
const byCity: CompiledOrderBy = { text: 'city[AscNullsFirst]', items: [{ path: ['city'], direction: 'AscNullsFirst' }] };
const ANN: TwentyRecord = { id: '0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001', city: 'Lyon', jobTitle: 'CEO' };
const BOB: TwentyRecord = { id: '0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d002', city: 'Nice', jobTitle: 'CTO' };
const ANN_CURSOR = encodeCursor(ANN, byCity.items);
const BOB_CURSOR = encodeCursor(BOB, byCity.items);
const OTHER_ORDER_CURSOR = encodeCursor(ANN, []);

const plan = (args: PageArgs) => toPagePlan(args, paging, byCity, []);

describe('toPagePlan', () => {
  it.each<[string, PageArgs, PagePlan]>([
    ['no arguments as the default page from the start', {}, { tail: false, direction: 'forward', count: 20 }],
    ['null arguments as absent', { first: null, after: null, last: null, before: null }, { tail: false, direction: 'forward', count: 20 }],
    ['first', { first: 5 }, { tail: false, direction: 'forward', count: 5 }],
    ['first: 0', { first: 0 }, { tail: false, direction: 'forward', count: 0 }],
    ['first up to maxPageSize', { first: 100 }, { tail: false, direction: 'forward', count: 100 }],
    ['first after a cursor', { first: 2, after: ANN_CURSOR }, { tail: false, direction: 'forward', cursor: ANN_CURSOR, count: 2 }],
    ['after alone with the default size', { after: ANN_CURSOR }, { tail: false, direction: 'forward', cursor: ANN_CURSOR, count: 20 }],
    ['last alone as the tail', { last: 3 }, { tail: true, direction: 'backward', count: 3 }],
    ['last before a cursor', { last: 3, before: BOB_CURSOR }, { tail: false, direction: 'backward', cursor: BOB_CURSOR, count: 3 }],
    ['before alone with the default size', { before: BOB_CURSOR }, { tail: false, direction: 'backward', cursor: BOB_CURSOR, count: 20 }],
  ])('plans %s', (_name, args, expected) => {
    expect(plan(args)).toEqual(expected);
  });

  it.each<[string, PageArgs, string, string]>([
    [
      'first with last',
      { first: 1, last: 1 },
      '"last" cannot be used with "first": page forward with first/after or backward with last/before.',
      'last',
    ],
    [
      'after with before',
      { after: ANN_CURSOR, before: BOB_CURSOR },
      '"before" cannot be used with "after": page forward with first/after or backward with last/before.',
      'before',
    ],
    [
      'first with before',
      { first: 1, before: BOB_CURSOR },
      '"before" cannot be used with "first": page forward with first/after or backward with last/before.',
      'before',
    ],
    [
      'last with after',
      { last: 1, after: ANN_CURSOR },
      '"after" cannot be used with "last": page forward with first/after or backward with last/before.',
      'after',
    ],
    ['a negative first', { first: -1 }, '"first" must be a non-negative integer, found -1.', 'first'],
    ['a fractional last', { last: 2.5 }, '"last" must be a non-negative integer, found 2.5.', 'last'],
    ['first above maxPageSize', { first: 101 }, '"first" must be at most 100, found 101.', 'first'],
    ['last above maxPageSize', { last: 500, before: BOB_CURSOR }, '"last" must be at most 100, found 500.', 'last'],
    ['a malformed after', { after: 'abc' }, '"after" is not a cursor of this connection: expected base64-encoded JSON.', 'after'],
    [
      'a before issued for another orderBy',
      { last: 2, before: OTHER_ORDER_CURSOR },
      '"before" is a cursor for another orderBy: it holds id where this orderBy needs city, id.',
      'before',
    ],
  ])('refuses %s', (_name, args, message, argumentPath) => {
    expect(thrownError(() => plan(args))).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', argumentPath } });
  });

  it('roots error paths at the given argument path', () => {
    expect(thrownError(() => toPagePlan({ first: -1 }, paging, byCity, ['people']))).toEqual({
      message: '"people.first" must be a non-negative integer, found -1.',
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'people.first' },
    });
  });
});

describe('toConnection', () => {
  const page = (records: TwentyRecord[], hasNextPage: boolean, hasPreviousPage: boolean): TwentyPage<TwentyRecord> => ({
    records,
    totalCount: 7,
    // Twenty's own cursors are not used: every edge gets one for the requested order.
    pageInfo: { hasNextPage, hasPreviousPage, startCursor: 'upstream-start', endCursor: 'upstream-end' },
  });
  const edges = [
    { cursor: ANN_CURSOR, node: ANN },
    { cursor: BOB_CURSOR, node: BOB },
  ];

  it('reports a forward page from the start: next from Twenty, no previous', () => {
    expect(toConnection(page([ANN, BOB], true, false), plan({ first: 2 }), byCity)).toEqual({
      edges,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: ANN_CURSOR, endCursor: BOB_CURSOR },
      totalCount: 7,
    });
  });

  it('reports a forward page after a cursor as having a previous page', () => {
    expect(toConnection(page([ANN, BOB], false, false), plan({ first: 2, after: ANN_CURSOR }), byCity)).toEqual({
      edges,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: ANN_CURSOR, endCursor: BOB_CURSOR },
      totalCount: 7,
    });
  });

  it('reports a backward page: previous from Twenty, next because of the before cursor', () => {
    expect(toConnection(page([ANN, BOB], false, true), plan({ last: 2, before: BOB_CURSOR }), byCity)).toEqual({
      edges,
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: ANN_CURSOR, endCursor: BOB_CURSOR },
      totalCount: 7,
    });
  });

  it('reports a tail page: previous when the reversed read had more, never next', () => {
    expect(toConnection(page([ANN, BOB], true, false), plan({ last: 2 }), byCity)).toEqual({
      edges,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: ANN_CURSOR, endCursor: BOB_CURSOR },
      totalCount: 7,
    });
    expect(toConnection(page([ANN, BOB], false, false), plan({ last: 2 }), byCity).pageInfo.hasPreviousPage).toBe(false);
  });

  it('reports an empty page with null cursors', () => {
    expect(toConnection(page([], false, false), plan({}), byCity)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 7,
    });
  });
});
