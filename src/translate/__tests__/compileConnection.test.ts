import { describe, expect, it } from 'vitest';

import { compileFilterOrThrow } from '../compileFilter.js';
import { parseTwentyFilter } from '../../twenty/filterGrammar.js';
import { andFilter, compileConnection, sliceConnection } from '../compileConnection.js';

const PEOPLE = {
  plural: 'people',
  filterFields: { city: { kind: 'text' }, name: { kind: 'composite', subFields: { lastName: 'text' } } },
  orderFields: { city: { kind: 'text' } },
} as const;
const ACME = '00000000-0000-4000-8000-000100000001';
const GLOBEX = '00000000-0000-4000-8000-000100000002';

describe('andFilter', () => {
  it('returns the condition alone when there is no client filter', () => {
    expect(andFilter(`companyId[eq]:${ACME}`, undefined)).toBe(`companyId[eq]:${ACME}`);
  });

  it('keeps both conditions intact around a value with an apostrophe', () => {
    const filter = compileFilterOrThrow({ name: { lastName: { eq: "O'Brien" } }, city: { eq: 'Paris' } }, PEOPLE.filterFields, ['filter']);
    expect(filter).toBeDefined();
    expect(parseTwentyFilter(andFilter(`companyId[in]:[${ACME},${GLOBEX}]`, filter))).toEqual({
      kind: 'and',
      items: [{ kind: 'leaf', path: ['companyId'], comparator: 'in', value: [ACME, GLOBEX] }, parseTwentyFilter(filter ?? '')],
    });
  });
});

describe('sliceConnection', () => {
  it('gives the first rows with the total and hasNextPage of all of them', () => {
    const compiled = compileConnection(PEOPLE, { first: 1, orderBy: [{ city: 'AscNullsLast' }] }, { defaultPageSize: 20, maxPageSize: 100 });
    const rows = [
      { id: ACME, city: 'Lyon' },
      { id: GLOBEX, city: 'Paris' },
    ];
    const cursor = Buffer.from(JSON.stringify({ city: 'Lyon', id: ACME })).toString('base64');
    expect(sliceConnection(rows, compiled)).toEqual({
      edges: [{ cursor, node: rows[0] }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursor, endCursor: cursor },
      totalCount: 2,
    });
  });
});
