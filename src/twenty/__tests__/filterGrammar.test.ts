import { describe, expect, it } from 'vitest';

import { parseTwentyFilter, splitConjunctionContent, type TwentyFilterNode } from '../filterGrammar.js';

const leaf = (path: string, comparator: string, value: string | string[]): TwentyFilterNode =>
  ({ kind: 'leaf', path: path.split('.'), comparator, value }) as TwentyFilterNode;
const and = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'and', items });
const or = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'or', items });

describe('parseTwentyFilter', () => {
  // Contract §8.2: Twenty's own parser unit tests.
  it('keeps values as strings inside an explicit and', () => {
    expect(parseTwentyFilter('and(fieldNumber[eq]:1,fieldNumber[eq]:2)')).toEqual(
      and(leaf('fieldNumber', 'eq', '1'), leaf('fieldNumber', 'eq', '2')),
    );
  });

  it('wraps a top level without conjunction in and(...)', () => {
    expect(parseTwentyFilter('a[eq]:1,b[eq]:2')).toEqual(and(leaf('a', 'eq', '1'), leaf('b', 'eq', '2')));
    expect(parseTwentyFilter('city[eq]:"Paris"')).toEqual(and(leaf('city', 'eq', 'Paris')));
  });

  it('nests or and and', () => {
    expect(parseTwentyFilter('or(a[eq]:1,and(b[gt]:2,c[lt]:3))')).toEqual(
      or(leaf('a', 'eq', '1'), and(leaf('b', 'gt', '2'), leaf('c', 'lt', '3'))),
    );
  });

  it('reads not as one item, not an array', () => {
    expect(parseTwentyFilter('not(id[is]:NULL)')).toEqual({ kind: 'not', item: leaf('id', 'is', 'NULL') });
  });

  it('refuses not with more than one condition', () => {
    expect(() => parseTwentyFilter('not(a[eq]:1,b[eq]:2)')).toThrow(
      "'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)",
    );
  });

  it('keeps a comma inside a quoted value', () => {
    expect(parseTwentyFilter('fieldText[gt]:"val,ue"')).toEqual(and(leaf('fieldText', 'gt', 'val,ue')));
    expect(parseTwentyFilter("fieldText[gt]:'val,ue'")).toEqual(and(leaf('fieldText', 'gt', 'val,ue')));
  });

  it('passes like patterns and is values through', () => {
    expect(parseTwentyFilter('fieldText[ilike]:"%val%"')).toEqual(and(leaf('fieldText', 'ilike', '%val%')));
    expect(parseTwentyFilter('fieldText[is]:NULL')).toEqual(and(leaf('fieldText', 'is', 'NULL')));
    expect(parseTwentyFilter('fieldText[is]:"NULL"')).toEqual(and(leaf('fieldText', 'is', '"NULL"')));
  });

  it('splits dotted paths', () => {
    expect(parseTwentyFilter('name.firstName[eq]:Ann')).toEqual(and(leaf('name.firstName', 'eq', 'Ann')));
  });

  it('lets a value hold colons and closing brackets', () => {
    expect(parseTwentyFilter('fieldNumber[gt]:valStart]:[valEnd')).toEqual(and(leaf('fieldNumber', 'gt', 'valStart]:[valEnd')));
    expect(parseTwentyFilter("createdAt[gte]:'2020-01-01T00:00:00.000Z'")).toEqual(
      and(leaf('createdAt', 'gte', '2020-01-01T00:00:00.000Z')),
    );
  });

  it('splits in and containsAny on every comma, strips each quote pair and does not trim', () => {
    expect(parseTwentyFilter('companyId[in]:["a","b"]')).toEqual(and(leaf('companyId', 'in', ['a', 'b'])));
    expect(parseTwentyFilter('tags[containsAny]:[a, b]')).toEqual(and(leaf('tags', 'containsAny', ['a', ' b'])));
    expect(parseTwentyFilter('x[in]:["a,b"]')).toEqual(and(leaf('x', 'in', ['"a', 'b"'])));
    expect(parseTwentyFilter('x[in]:[]')).toEqual(and(leaf('x', 'in', [''])));
  });

  it('refuses an in value that is not bracketed', () => {
    expect(() => parseTwentyFilter('x[in]:a,b')).toThrow(
      "'filter' invalid for 'in' operator. Received 'a' but array value expected eg: 'field[in]:[value_1,value_2]'",
    );
  });

  it('strips quotes of different kinds and only one pair', () => {
    expect(parseTwentyFilter(`x[eq]:"a'`)).toEqual(and(leaf('x', 'eq', 'a')));
    expect(parseTwentyFilter('x[eq]:""a""')).toEqual(and(leaf('x', 'eq', '"a"')));
  });

  it('refuses an unknown comparator with the whitelist', () => {
    expect(() => parseTwentyFilter('x[regex]:a')).toThrow(
      "'filter' invalid for 'x[regex]:a', comparator regex not in eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike",
    );
  });

  it('refuses a malformed leaf with the example', () => {
    expect(() => parseTwentyFilter('justtext')).toThrow("'filter' invalid for 'justtext'. eg: price[gte]:10");
    expect(() => parseTwentyFilter('x[eq]:')).toThrow("'filter' invalid for 'x[eq]:'. eg: price[gte]:10");
    expect(() => parseTwentyFilter('')).toThrow("'filter' invalid for 'and()'. eg: price[gte]:10");
  });

  it('counts parentheses over the raw string, quotes ignored', () => {
    expect(() => parseTwentyFilter('name[eq]:"a(b"')).toThrow("'filter' invalid. 1 close bracket is missing in the query");
    expect(() => parseTwentyFilter('name[eq]:"a))"')).toThrow("'filter' invalid. 2 open brackets are missing in the query");
    expect(parseTwentyFilter('name[eq]:"(a)"')).toEqual(and(leaf('name', 'eq', '(a)')));
  });

  // Contract §3.3: the hazards a client must guard against.
  it('lets a double quote in a value inject sibling conditions', () => {
    expect(parseTwentyFilter('or(name[eq]:"x",id[is]:NOT_NULL,name[eq]:"y")')).toEqual(
      or(leaf('name', 'eq', 'x'), leaf('id', 'is', 'NOT_NULL'), leaf('name', 'eq', 'y')),
    );
  });

  it("collapses later conditions after an apostrophe, but reads O'Brien alone or last", () => {
    expect(parseTwentyFilter(`and(name.lastName[eq]:"O'Brien",city[eq]:"X")`)).toEqual(
      and(leaf('name.lastName', 'eq', `O'Brien",city[eq]:"X`)),
    );
    expect(parseTwentyFilter(`name.lastName[eq]:"O'Brien"`)).toEqual(and(leaf('name.lastName', 'eq', "O'Brien")));
    expect(parseTwentyFilter(`and(city[eq]:"X",name.lastName[eq]:"O'Brien")`)).toEqual(
      and(leaf('city', 'eq', 'X'), leaf('name.lastName', 'eq', "O'Brien")),
    );
  });

  it('lets brackets in a value swallow the separators after it', () => {
    expect(parseTwentyFilter('and(title[eq]:"[draft",city[eq]:X)')).toEqual(and(leaf('title', 'eq', '"[draft",city[eq]:X')));
  });

  it('drops what stands between two top-level groups and glues their contents', () => {
    // Characters at depth 0 (`,and`) are dropped, and no separator is seen.
    expect(parseTwentyFilter('or(a[eq]:1),and(b[eq]:2)')).toEqual(or(leaf('a', 'eq', '1b[eq]:2')));
  });

  it('does not read a line break as part of a conjunction', () => {
    expect(() => parseTwentyFilter('a[eq]:x\ny')).toThrow("'filter' invalid for 'and(a[eq]:x\ny)'. eg: price[gte]:10");
  });
});

describe('splitConjunctionContent', () => {
  it('splits on depth-1 commas outside quotes and brackets', () => {
    expect(splitConjunctionContent('and(a[in]:[1,2],b[eq]:"x,y",or(c[eq]:1,d[eq]:2))')).toEqual([
      'a[in]:[1,2]',
      'b[eq]:"x,y"',
      'or(c[eq]:1,d[eq]:2)',
    ]);
  });
});
