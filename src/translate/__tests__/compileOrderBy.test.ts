import { describe, expect, it } from 'vitest';

import { compileOrderBy, type OrderByInput, reverseOrderBy } from '../compileOrderBy.js';
import type { ObjectFieldSpecs } from '../fieldSpecs.js';
import { thrownError } from './thrownError.js';

// As createObjectRegistry reads `PersonOrderBy`: directions are 'text', composites list their sub-fields.
const personOrderFields: ObjectFieldSpecs = {
  id: { kind: 'text' },
  name: { kind: 'composite', subFields: { firstName: 'text', lastName: 'text' } },
  city: { kind: 'text' },
  createdAt: { kind: 'text' },
  position: { kind: 'text' },
  // Never in a generated `XOrderBy`; listed to prove it is refused anyway.
  tags: { kind: 'multiSelect' },
  links: { kind: 'composite', subFields: { primaryLinkUrl: 'text', labels: 'multiSelect' } },
};

const compile = (items: OrderByInput[] | undefined) => compileOrderBy(items, personOrderFields, ['orderBy']);

describe('compileOrderBy', () => {
  it('compiles fields and composite sub-fields in order', () => {
    expect(compile([{ createdAt: 'DescNullsLast' }, { name: { lastName: 'AscNullsFirst' } }])).toEqual({
      text: 'createdAt[DescNullsLast],name.lastName[AscNullsFirst]',
      items: [
        { path: ['createdAt'], direction: 'DescNullsLast' },
        { path: ['name', 'lastName'], direction: 'AscNullsFirst' },
      ],
    });
  });

  it('compiles no orderBy to no order_by, leaving Twenty its id order', () => {
    expect(compile(undefined)).toEqual({ text: undefined, items: [] });
    expect(compile([])).toEqual({ text: undefined, items: [] });
  });

  it('ignores null fields next to the one that is set', () => {
    expect(compile([{ city: null, position: 'AscNullsLast' }])).toEqual({
      text: 'position[AscNullsLast]',
      items: [{ path: ['position'], direction: 'AscNullsLast' }],
    });
  });

  it('orders by two sub-fields of one composite', () => {
    expect(compile([{ name: { lastName: 'AscNullsLast' } }, { name: { firstName: 'AscNullsLast' } }]).text).toBe(
      'name.lastName[AscNullsLast],name.firstName[AscNullsLast]',
    );
  });

  it.each<[string, OrderByInput, string, string]>([
    [
      'an item setting two fields',
      { city: 'AscNullsFirst', createdAt: 'DescNullsLast' },
      'Each orderBy item sets exactly one field; "orderBy[1]" sets city, createdAt.',
      'orderBy[1]',
    ],
    ['an item setting no field', {}, 'Each orderBy item sets exactly one field; "orderBy[1]" sets none.', 'orderBy[1]'],
    [
      'a composite item setting two sub-fields',
      { name: { firstName: 'AscNullsFirst', lastName: 'AscNullsFirst' } },
      'Each orderBy item sets exactly one sub-field; "orderBy[1]" sets firstName, lastName.',
      'orderBy[1]',
    ],
    [
      'a composite item setting no sub-field',
      { name: {} },
      'Each orderBy item sets exactly one sub-field; "orderBy[1]" sets none.',
      'orderBy[1]',
    ],
    [
      'a whole composite',
      { name: 'AscNullsFirst' },
      '"orderBy[1].name" is a composite field: order by one of its sub-fields.',
      'orderBy[1].name',
    ],
    ['an unknown field', { nickname: 'AscNullsFirst' }, 'Unknown orderBy field "nickname" at "orderBy[1].nickname".', 'orderBy[1].nickname'],
    [
      'an unknown sub-field',
      { name: { middleName: 'AscNullsFirst' } },
      'Unknown orderBy sub-field "middleName" of "name" at "orderBy[1].name.middleName".',
      'orderBy[1].name.middleName',
    ],
    ['a multiSelect field', { tags: 'AscNullsFirst' }, 'Unknown orderBy field "tags" at "orderBy[1].tags".', 'orderBy[1].tags'],
    [
      'a multiSelect sub-field',
      { links: { labels: 'AscNullsFirst' } },
      'Unknown orderBy sub-field "labels" of "links" at "orderBy[1].links.labels".',
      'orderBy[1].links.labels',
    ],
    [
      'an unknown direction',
      { city: 'Asc' as 'AscNullsFirst' },
      'Expected one of AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast at "orderBy[1].city", found "Asc".',
      'orderBy[1].city',
    ],
    [
      'a key ordered twice',
      { position: 'DescNullsLast' },
      '"orderBy[1]" orders by position a second time.',
      'orderBy[1]',
    ],
  ])('refuses %s', (_name, item, message, argumentPath) => {
    expect(thrownError(() => compile([{ position: 'AscNullsFirst' }, item]))).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', argumentPath },
    });
  });
});

describe('reverseOrderBy', () => {
  it('flips every direction and makes the implicit id tie-breaker explicit', () => {
    const { items } = compile([
      { createdAt: 'DescNullsLast' },
      { name: { lastName: 'AscNullsFirst' } },
      { city: 'AscNullsLast' },
      { position: 'DescNullsFirst' },
    ]);
    expect(reverseOrderBy(items)).toEqual({
      text: 'createdAt[AscNullsFirst],name.lastName[DescNullsLast],city[DescNullsFirst],position[AscNullsLast],id[DescNullsLast]',
      items: [
        { path: ['createdAt'], direction: 'AscNullsFirst' },
        { path: ['name', 'lastName'], direction: 'DescNullsLast' },
        { path: ['city'], direction: 'DescNullsFirst' },
        { path: ['position'], direction: 'AscNullsLast' },
        { path: ['id'], direction: 'DescNullsLast' },
      ],
    });
  });

  it('reverses Twenty default order as id descending', () => {
    expect(reverseOrderBy([]).text).toBe('id[DescNullsLast]');
  });

  it('adds no tie-breaker when id is ordered', () => {
    const { items } = compile([{ id: 'DescNullsLast' }, { city: 'AscNullsFirst' }]);
    expect(reverseOrderBy(items).text).toBe('id[AscNullsFirst],city[DescNullsLast]');
  });

  it('gives back the original order when applied twice to an order with id', () => {
    const once = reverseOrderBy(compile([{ createdAt: 'AscNullsLast' }]).items);
    expect(reverseOrderBy(once.items).text).toBe('createdAt[AscNullsLast],id[AscNullsFirst]');
  });
});
