import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSandbox } from '../../sandbox/index.js';
import type { RunningSandbox } from '../../sandbox/types.js';
import { createTwentyClient, type TwentyClient } from '../../twenty/createTwentyClient.js';
import { parseTwentyFilter, type TwentyFilterNode } from '../../twenty/filterGrammar.js';
import {
  compileFilterOrThrow,
  type FilterInput,
  MATCHES_NOTHING,
  MAX_FILTER_INPUT_SIZE,
  MAX_FILTER_NESTING,
  MAX_FILTER_URL_LENGTH,
} from '../compileFilter.js';
import type { ObjectFieldSpecs } from '../fieldSpecs.js';
import { thrownError } from './thrownError.js';

const personFields: ObjectFieldSpecs = {
  id: { kind: 'uuid' },
  name: { kind: 'composite', subFields: { firstName: 'text', lastName: 'text' } },
  city: { kind: 'text' },
  jobTitle: { kind: 'text' },
  companyId: { kind: 'uuid' },
  createdAt: { kind: 'dateTime' },
  position: { kind: 'number' },
  stage: { kind: 'select' },
  idealCustomerProfile: { kind: 'boolean' },
  tags: { kind: 'multiSelect' },
};

const leaf = (path: string, comparator: string, value: string | string[]): TwentyFilterNode =>
  ({ kind: 'leaf', path: path.split('.'), comparator, value }) as TwentyFilterNode;
const and = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'and', items });
const or = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'or', items });
const not = (item: TwentyFilterNode): TwentyFilterNode => ({ kind: 'not', item });
const NEVER = leaf('id', 'is', 'NULL');

const HOSTILE = 'x",id[is]:NOT_NULL,name[eq]:"y';
const UUID = '0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001';

const compile = (filter: FilterInput | null | undefined) => compileFilterOrThrow(filter, personFields, ['filter']);

/** `levels` nested `not`s, or `and: [ … ]` lists of one item, around `city: { eq: 'A' }`. */
function nested(key: 'not' | 'and', levels: number): FilterInput {
  let filter: FilterInput = { city: { eq: 'A' } };
  for (let level = 0; level < levels; level += 1) {
    filter = key === 'not' ? { not: filter } : { and: [filter] };
  }
  return filter;
}

/** 450 distinct lower-case UUIDs. */
const MANY_IDS = Array.from({ length: 450 }, (_, index) => `${UUID.slice(0, -3)}${String(index).padStart(3, '0')}`);

describe('compileFilterOrThrow', () => {
  // Each row: the GraphQL filter, the exact string sent, and the condition
  // tree Twenty's grammar reads from that string (the proof).
  it.each<[string, FilterInput, string, TwentyFilterNode]>([
    [
      'sibling fields and a composite sub-field',
      { city: { eq: 'Paris' }, name: { lastName: { in: ['A', 'B'] } } },
      'and(city[eq]:"Paris",name.lastName[in]:["A","B"])',
      and(leaf('city', 'eq', 'Paris'), leaf('name.lastName', 'in', ['A', 'B'])),
    ],
    [
      'several operators of one field',
      { position: { gte: 1, lt: 2.5 } },
      'and(position[gte]:1,position[lt]:2.5)',
      and(leaf('position', 'gte', '1'), leaf('position', 'lt', '2.5')),
    ],
    [
      'numbers, booleans, upper-case UUIDs, dates and select values',
      {
        position: { in: [-1, 1e21] },
        idealCustomerProfile: { eq: false },
        companyId: { neq: UUID.toUpperCase() },
        id: { in: [UUID] },
        createdAt: { gte: '2026-01-05T09:00:00.000Z' },
        stage: { in: ['NEW', 'MEETING'] },
      },
      `and(position[in]:[-1,1e+21],idealCustomerProfile[eq]:false,companyId[neq]:${UUID},id[in]:[${UUID}],createdAt[gte]:"2026-01-05T09:00:00.000Z",stage[in]:["NEW","MEETING"])`,
      and(
        leaf('position', 'in', ['-1', '1e+21']),
        leaf('idealCustomerProfile', 'eq', 'false'),
        leaf('companyId', 'neq', UUID),
        leaf('id', 'in', [UUID]),
        leaf('createdAt', 'gte', '2026-01-05T09:00:00.000Z'),
        leaf('stage', 'in', ['NEW', 'MEETING']),
      ),
    ],
    [
      'is NULL and NOT_NULL',
      { city: { is: 'NULL' }, name: { firstName: { is: 'NOT_NULL' } } },
      'and(city[is]:NULL,name.firstName[is]:NOT_NULL)',
      and(leaf('city', 'is', 'NULL'), leaf('name.firstName', 'is', 'NOT_NULL')),
    ],
    [
      'and lists merged into their parent',
      { and: [{ city: { eq: 'A' } }, { and: [{ jobTitle: { neq: 'B' } }] }], position: { gt: 0 } },
      'and(city[eq]:"A",jobTitle[neq]:"B",position[gt]:0)',
      and(leaf('city', 'eq', 'A'), leaf('jobTitle', 'neq', 'B'), leaf('position', 'gt', '0')),
    ],
    [
      'or of alternatives and not',
      {
        or: [{ city: { eq: 'A' } }, { jobTitle: { eq: 'B' }, position: { lte: 3 } }],
        not: { idealCustomerProfile: { eq: true } },
      },
      'and(or(city[eq]:"A",and(jobTitle[eq]:"B",position[lte]:3)),not(idealCustomerProfile[eq]:true))',
      and(
        or(leaf('city', 'eq', 'A'), and(leaf('jobTitle', 'eq', 'B'), leaf('position', 'lte', '3'))),
        not(leaf('idealCustomerProfile', 'eq', 'true')),
      ),
    ],
    [
      'not of several conditions',
      { not: { city: { eq: 'A' }, jobTitle: { eq: 'B' } } },
      'and(not(and(city[eq]:"A",jobTitle[eq]:"B")))',
      and(not(and(leaf('city', 'eq', 'A'), leaf('jobTitle', 'eq', 'B')))),
    ],
    [
      'substring operators as like patterns with the wildcards escaped',
      {
        city: { contains: '50%_off' },
        jobTitle: { containsInsensitive: 'a\\b' },
        name: { firstName: { startsWith: 'Jo_' }, lastName: { endsWith: '%son' } },
      },
      'and(city[like]:"%50\\%\\_off%",jobTitle[ilike]:"%a\\\\b%",name.firstName[like]:"Jo\\_%",name.lastName[like]:"%\\%son")',
      and(
        leaf('city', 'like', '%50\\%\\_off%'),
        leaf('jobTitle', 'ilike', '%a\\\\b%'),
        leaf('name.firstName', 'like', 'Jo\\_%'),
        leaf('name.lastName', 'like', '%\\%son'),
      ),
    ],
    [
      'like and ilike patterns as given',
      { city: { like: 'P%r_s' }, jobTitle: { ilike: '%CEO%' } },
      'and(city[like]:"P%r_s",jobTitle[ilike]:"%CEO%")',
      and(leaf('city', 'like', 'P%r_s'), leaf('jobTitle', 'ilike', '%CEO%')),
    ],
    [
      'an apostrophe alone',
      { name: { lastName: { eq: "O'Brien" } } },
      `and(name.lastName[eq]:"O'Brien")`,
      and(leaf('name.lastName', 'eq', "O'Brien")),
    ],
    [
      'an apostrophe next to other conditions, moved last',
      { name: { lastName: { eq: "O'Brien" } }, city: { eq: 'Paris' }, position: { gt: 1 } },
      `and(city[eq]:"Paris",position[gt]:1,name.lastName[eq]:"O'Brien")`,
      and(leaf('city', 'eq', 'Paris'), leaf('position', 'gt', '1'), leaf('name.lastName', 'eq', "O'Brien")),
    ],
    [
      'an apostrophe inside an or that is not last, moved last at both levels',
      { or: [{ name: { lastName: { eq: "O'Brien" } } }, { city: { eq: 'Cork' } }], jobTitle: { eq: 'CEO' } },
      `and(jobTitle[eq]:"CEO",or(city[eq]:"Cork",name.lastName[eq]:"O'Brien"))`,
      and(leaf('jobTitle', 'eq', 'CEO'), or(leaf('city', 'eq', 'Cork'), leaf('name.lastName', 'eq', "O'Brien"))),
    ],
    [
      'a value that tries to close its quotes and add conditions',
      { city: { eq: HOSTILE }, jobTitle: { eq: 'CEO' } },
      `and(city[eq]:'${HOSTILE}',jobTitle[eq]:"CEO")`,
      and(leaf('city', 'eq', HOSTILE), leaf('jobTitle', 'eq', 'CEO')),
    ],
    [
      'the same value inside an or',
      { or: [{ city: { eq: HOSTILE } }, { jobTitle: { eq: 'CEO' } }] },
      `and(or(city[eq]:'${HOSTILE}',jobTitle[eq]:"CEO"))`,
      and(or(leaf('city', 'eq', HOSTILE), leaf('jobTitle', 'eq', 'CEO'))),
    ],
    [
      'an unmatched bracket, moved last',
      { city: { eq: 'a]b' }, jobTitle: { eq: 'CEO' } },
      'and(jobTitle[eq]:"CEO",city[eq]:"a]b")',
      and(leaf('jobTitle', 'eq', 'CEO'), leaf('city', 'eq', 'a]b')),
    ],
    [
      'matched brackets in place',
      { city: { eq: '[draft]' }, jobTitle: { eq: 'CEO' } },
      'and(city[eq]:"[draft]",jobTitle[eq]:"CEO")',
      and(leaf('city', 'eq', '[draft]'), leaf('jobTitle', 'eq', 'CEO')),
    ],
    [
      'balanced parentheses',
      { city: { eq: 'Paris (FR)' }, jobTitle: { eq: 'CEO' } },
      'and(city[eq]:"Paris (FR)",jobTitle[eq]:"CEO")',
      and(leaf('city', 'eq', 'Paris (FR)'), leaf('jobTitle', 'eq', 'CEO')),
    ],
    [
      'an in list with a comma rewritten as or(eq)',
      { city: { in: ['a,b', 'c'] }, jobTitle: { eq: 'CEO' } },
      'and(or(city[eq]:"a,b",city[eq]:"c"),jobTitle[eq]:"CEO")',
      and(or(leaf('city', 'eq', 'a,b'), leaf('city', 'eq', 'c')), leaf('jobTitle', 'eq', 'CEO')),
    ],
    [
      'an in list with an unmatched bracket rewritten as or(eq), moved last',
      { city: { in: ['a]b', 'c,d'] }, jobTitle: { eq: 'CEO' } },
      'and(jobTitle[eq]:"CEO",or(city[eq]:"c,d",city[eq]:"a]b"))',
      and(leaf('jobTitle', 'eq', 'CEO'), or(leaf('city', 'eq', 'c,d'), leaf('city', 'eq', 'a]b'))),
    ],
    [
      'an in list whose apostrophes pair up kept as a list',
      { name: { lastName: { in: ["O'Brien", "D'Arcy"] } }, city: { eq: 'Cork' } },
      `and(name.lastName[in]:["O'Brien","D'Arcy"],city[eq]:"Cork")`,
      and(leaf('name.lastName', 'in', ["O'Brien", "D'Arcy"]), leaf('city', 'eq', 'Cork')),
    ],
    [
      'unicode',
      { city: { eq: 'Zürich 東京 🎉' } },
      'and(city[eq]:"Zürich 東京 🎉")',
      and(leaf('city', 'eq', 'Zürich 東京 🎉')),
    ],
    [
      'empty strings',
      { city: { eq: '' }, jobTitle: { in: [''] } },
      'and(city[eq]:"",jobTitle[in]:[""])',
      and(leaf('city', 'eq', ''), leaf('jobTitle', 'in', [''])),
    ],
    [
      'a value in quotes, quotes kept',
      { city: { eq: '"quoted"' }, jobTitle: { eq: "'single'" } },
      `and(city[eq]:""quoted"",jobTitle[eq]:"'single'")`,
      and(leaf('city', 'eq', '"quoted"'), leaf('jobTitle', 'eq', "'single'")),
    ],
    [
      'one quote of each kind, balanced with mixed outer quotes',
      { city: { eq: `'"` }, jobTitle: { eq: 'CEO' } },
      `and(city[eq]:"'"',jobTitle[eq]:"CEO")`,
      and(leaf('city', 'eq', `'"`), leaf('jobTitle', 'eq', 'CEO')),
    ],
    [
      'a lone double quote, moved last',
      { city: { eq: '"' }, jobTitle: { eq: 'CEO' } },
      'and(jobTitle[eq]:"CEO",city[eq]:""")',
      and(leaf('jobTitle', 'eq', 'CEO'), leaf('city', 'eq', '"')),
    ],
    [
      'or: [] and in: [] beside another condition as the one condition no record meets',
      { or: [], city: { in: [] }, jobTitle: { eq: 'CEO' } },
      'and(id[is]:NULL)',
      and(NEVER),
    ],
    [
      'not of nothing as a condition no record meets',
      { not: {} },
      'and(id[is]:NULL)',
      and(NEVER),
    ],
    [
      'an in: [] inside not as a condition every record meets',
      { not: { city: { in: [] } } },
      'and(not(id[is]:NULL))',
      and(not(NEVER)),
    ],
    [
      'multi-select containsAny, quoted like in, and is',
      { tags: { containsAny: ['VIP', 'PARTNER'] }, or: [{ tags: { is: 'NULL' } }, { tags: { is: 'NOT_NULL' } }] },
      'and(tags[containsAny]:["VIP","PARTNER"],or(tags[is]:NULL,tags[is]:NOT_NULL))',
      and(leaf('tags', 'containsAny', ['VIP', 'PARTNER']), or(leaf('tags', 'is', 'NULL'), leaf('tags', 'is', 'NOT_NULL'))),
    ],
    [
      'a containsAny of one value inside not',
      { not: { tags: { containsAny: ['VIP'] } }, city: { eq: 'Paris' } },
      'and(not(tags[containsAny]:["VIP"]),city[eq]:"Paris")',
      and(not(leaf('tags', 'containsAny', ['VIP'])), leaf('city', 'eq', 'Paris')),
    ],
    [
      'containsAny: [] beside another condition as the one condition no record meets',
      { tags: { containsAny: [] }, city: { eq: 'Paris' } },
      'and(id[is]:NULL)',
      and(NEVER),
    ],
    [
      'a containsAny: [] inside not as a condition every record meets',
      { not: { tags: { containsAny: [] } } },
      'and(not(id[is]:NULL))',
      and(not(NEVER)),
    ],
    [
      'a containsAny list whose apostrophes pair up, brackets, quotes and empty strings kept as a list',
      { tags: { containsAny: ["O'Brien", "D'Arcy", '[draft]', '"quoted"', ''] }, city: { eq: 'Cork' } },
      `and(tags[containsAny]:["O'Brien","D'Arcy","[draft]",""quoted"",""],city[eq]:"Cork")`,
      and(leaf('tags', 'containsAny', ["O'Brien", "D'Arcy", '[draft]', '"quoted"', '']), leaf('city', 'eq', 'Cork')),
    ],
    [
      'a containsAny list with an apostrophe, moved last',
      { tags: { containsAny: ["O'Brien", 'VIP'] }, city: { eq: 'Cork' } },
      `and(city[eq]:"Cork",tags[containsAny]:["O'Brien","VIP"])`,
      and(leaf('city', 'eq', 'Cork'), leaf('tags', 'containsAny', ["O'Brien", 'VIP'])),
    ],
    [
      'a containsAny list with an unmatched bracket rewritten as or of one-value lists, moved last',
      { tags: { containsAny: ['a]b', 'VIP'] }, city: { eq: 'Cork' } },
      'and(city[eq]:"Cork",or(tags[containsAny]:["VIP"],tags[containsAny]:["a]b"]))',
      and(leaf('city', 'eq', 'Cork'), or(leaf('tags', 'containsAny', ['VIP']), leaf('tags', 'containsAny', ['a]b']))),
    ],
    [
      'one quote of each kind in a containsAny list, balanced with mixed outer quotes',
      { tags: { containsAny: [`'"`, 'VIP'] }, city: { eq: 'Cork' } },
      `and(or(tags[containsAny]:["'"'],tags[containsAny]:["VIP"]),city[eq]:"Cork")`,
      and(or(leaf('tags', 'containsAny', [`'"`]), leaf('tags', 'containsAny', ['VIP'])), leaf('city', 'eq', 'Cork')),
    ],
  ])('compiles %s', (_name, filter, text, tree) => {
    expect(compile(filter)).toBe(text);
    expect(parseTwentyFilter(text)).toEqual(tree);
  });

  it.each<[string, FilterInput | null | undefined]>([
    ['no filter', undefined],
    ['a null filter', null],
    ['an empty filter', {}],
    ['an empty and', { and: [] }],
    ['empty field inputs', { city: {}, name: {}, and: [{}] }],
    ['an or with an empty alternative', { or: [{}, { city: { eq: 'A' } }] }],
  ])('compiles %s to no filter', (_name, filter) => {
    expect(compile(filter)).toBeUndefined();
  });

  it.each<[string, FilterInput, string, string]>([
    [
      'an opening parenthesis',
      { city: { eq: '(' } },
      `The value at "filter.city.eq" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      'filter.city.eq',
    ],
    [
      'a closing parenthesis',
      { jobTitle: { eq: 'CEO' }, city: { contains: ')' } },
      `The value at "filter.city.contains" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      'filter.city.contains',
    ],
    [
      'parentheses in the wrong order',
      { city: { eq: ')(' } },
      `The value at "filter.city.eq" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      'filter.city.eq',
    ],
    [
      'a line break',
      { city: { eq: 'a\nb' } },
      `The value at "filter.city.eq" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry a line break.`,
      'filter.city.eq',
    ],
    [
      'a parenthesis in an in list',
      { city: { in: ['a', '('] } },
      `The value at "filter.city.in[1]" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      'filter.city.in[1]',
    ],
    [
      'two apostrophes in sibling conditions',
      { city: { eq: "O'Brien" }, jobTitle: { eq: "D'Arcy" } },
      `The values at "filter.city.eq" and "filter.jobTitle.eq" cannot be sent to Twenty together: each holds an unmatched quote or bracket, and Twenty's filter syntax, which has no escapes, carries only one such value per list of conditions.`,
      'filter.jobTitle.eq',
    ],
    [
      'an apostrophe and an unmatched bracket in or alternatives',
      { or: [{ name: { lastName: { eq: "O'Brien" } } }, { city: { eq: 'a]b' } }] },
      `The values at "filter.or[0].name.lastName.eq" and "filter.or[1].city.eq" cannot be sent to Twenty together: each holds an unmatched quote or bracket, and Twenty's filter syntax, which has no escapes, carries only one such value per list of conditions.`,
      'filter.or[1].city.eq',
    ],
    [
      'an explicit null operator value',
      { city: { eq: null } },
      'Expected a value at "filter.city.eq", found null: to test for a missing value use "is: NULL" or "is: NOT_NULL".',
      'filter.city.eq',
    ],
    [
      'an explicit null field',
      { and: [{ city: null }] },
      'Expected a value at "filter.and[0].city", found null: leave it out to add no condition.',
      'filter.and[0].city',
    ],
    [
      'an explicit null not',
      { not: null },
      'Expected a value at "filter.not", found null: leave it out to add no condition.',
      'filter.not',
    ],
    [
      'an unknown field',
      { nickname: { eq: 'Bob' } } as FilterInput,
      'Unknown filter field "nickname" at "filter.nickname".',
      'filter.nickname',
    ],
    [
      'an unknown sub-field',
      { name: { middleName: { eq: 'Q' } } },
      'Unknown sub-field "middleName" of "name" at "filter.name.middleName".',
      'filter.name.middleName',
    ],
    [
      'an operator the field kind does not take',
      { or: [{ idealCustomerProfile: { neq: true } }] },
      'Unknown operator "neq" at "filter.or[0].idealCustomerProfile.neq": a boolean field takes eq, is.',
      'filter.or[0].idealCustomerProfile.neq',
    ],
    [
      'a value of the wrong type',
      { city: { eq: 3 } },
      'Expected a string at "filter.city.eq", found 3.',
      'filter.city.eq',
    ],
    [
      'a non-finite number',
      { position: { in: [1, Number.POSITIVE_INFINITY] } },
      'Expected a finite number at "filter.position.in[1]", found Infinity.',
      'filter.position.in[1]',
    ],
    [
      'a malformed UUID',
      { companyId: { eq: `${UUID}",id[is]:NOT_NULL` } },
      `Expected a UUID at "filter.companyId.eq", found "${UUID}\\",id[is]:NOT_NULL".`,
      'filter.companyId.eq',
    ],
    [
      'a like pattern ending with an escape character',
      { city: { like: 'C:\\' } },
      'Expected a LIKE pattern at "filter.city.like" that does not end with an unpaired escape character "\\", found "C:\\\\": write "\\\\" to match a backslash.',
      'filter.city.like',
    ],
    [
      'an ilike pattern ending with three escape characters',
      { or: [{ jobTitle: { ilike: '%a\\\\\\' } }] },
      'Expected a LIKE pattern at "filter.or[0].jobTitle.ilike" that does not end with an unpaired escape character "\\", found "%a\\\\\\\\\\\\": write "\\\\" to match a backslash.',
      'filter.or[0].jobTitle.ilike',
    ],
    [
      'a lone surrogate, which a URL cannot carry',
      { city: { in: ['a', 'b\uD800'] } },
      'Expected a string of Unicode characters at "filter.city.in[1]", found "b\\ud800", which holds a lone surrogate.',
      'filter.city.in[1]',
    ],
    [
      `more than ${MAX_FILTER_NESTING} nested not`,
      nested('not', 1500),
      `Expected at most 32 nested levels of and, or and not in the filter at "filter", found more at "filter${'.not'.repeat(33)}".`,
      `filter${'.not'.repeat(33)}`,
    ],
    [
      `more than ${MAX_FILTER_NESTING} nested and`,
      nested('and', 1500),
      `Expected at most 32 nested levels of and, or and not in the filter at "filter", found more at "filter${'.and[0]'.repeat(32)}.and".`,
      `filter${'.and[0]'.repeat(32)}.and`,
    ],
    [
      'one level too many, mixing or, and and not',
      { city: { eq: 'A' }, or: [{ city: { eq: 'B' } }, { and: [nested('not', 31)] }] },
      `Expected at most 32 nested levels of and, or and not in the filter at "filter", found more at "filter.or[1].and[0]${'.not'.repeat(31)}".`,
      `filter.or[1].and[0]${'.not'.repeat(31)}`,
    ],
    [
      'an in list of 105 ids, too long for a URL',
      { id: { in: MANY_IDS.slice(0, 105) } },
      `The filter at "filter" is 4116 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
      'filter',
    ],
    [
      'a value too long for a URL',
      { city: { eq: 'x'.repeat(3_990) } },
      `The filter at "filter" is 4016 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
      'filter',
    ],
    [
      'an is value other than NULL and NOT_NULL',
      { city: { is: 'EMPTY' } },
      'Expected NULL or NOT_NULL at "filter.city.is", found "EMPTY".',
      'filter.city.is',
    ],
    [
      'eq on a multi-select field',
      { tags: { eq: 'VIP' } },
      'Unknown operator "eq" at "filter.tags.eq": a multiSelect field takes containsAny, is.',
      'filter.tags.eq',
    ],
    [
      'neq on a multi-select field',
      { tags: { neq: 'VIP' } },
      'Unknown operator "neq" at "filter.tags.neq": a multiSelect field takes containsAny, is.',
      'filter.tags.neq',
    ],
    [
      'in on a multi-select field',
      { tags: { in: ['VIP'] } },
      'Unknown operator "in" at "filter.tags.in": a multiSelect field takes containsAny, is.',
      'filter.tags.in',
    ],
    [
      'containsAny on a select field',
      { stage: { containsAny: ['NEW'] } },
      'Unknown operator "containsAny" at "filter.stage.containsAny": a select field takes eq, neq, in, is.',
      'filter.stage.containsAny',
    ],
    [
      'containsAny on a text field',
      { city: { containsAny: ['Paris'] } },
      'Unknown operator "containsAny" at "filter.city.containsAny": a text field takes eq, neq, in, is, like, ilike, contains, containsInsensitive, startsWith, endsWith.',
      'filter.city.containsAny',
    ],
    [
      'a containsAny value that is not a list',
      { tags: { containsAny: 'VIP' } },
      'Expected a list at "filter.tags.containsAny", found "VIP".',
      'filter.tags.containsAny',
    ],
    [
      'a containsAny item that is not a string',
      { tags: { containsAny: ['VIP', 3] } },
      'Expected a string at "filter.tags.containsAny[1]", found 3.',
      'filter.tags.containsAny[1]',
    ],
    [
      'a null containsAny',
      { tags: { containsAny: null } },
      'Expected a value at "filter.tags.containsAny", found null: to test for a missing value use "is: NULL" or "is: NOT_NULL".',
      'filter.tags.containsAny',
    ],
    [
      'a multi-select is value other than NULL and NOT_NULL',
      { tags: { is: 'EMPTY' } },
      'Expected NULL or NOT_NULL at "filter.tags.is", found "EMPTY".',
      'filter.tags.is',
    ],
    [
      'a comma in a containsAny value',
      { tags: { containsAny: ['VIP', 'a,b'] } },
      `The value at "filter.tags.containsAny[1]" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry a comma in a containsAny value.`,
      'filter.tags.containsAny[1]',
    ],
    [
      'a containsAny value that tries to close its quotes and add conditions',
      { tags: { containsAny: ['x"],id[is]:NOT_NULL,tags[containsAny]:["y'] } },
      `The value at "filter.tags.containsAny[0]" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry a comma in a containsAny value.`,
      'filter.tags.containsAny[0]',
    ],
    [
      'a parenthesis in a containsAny list',
      { tags: { containsAny: ['VIP', '('] } },
      `The value at "filter.tags.containsAny[1]" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      'filter.tags.containsAny[1]',
    ],
    [
      'a line break in a containsAny list',
      { tags: { containsAny: ['a\nb'] } },
      `The value at "filter.tags.containsAny[0]" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry a line break.`,
      'filter.tags.containsAny[0]',
    ],
    [
      'two unmatched brackets in one containsAny list',
      { tags: { containsAny: ['a]b', 'c]d'] } },
      `The values at "filter.tags.containsAny[0]" and "filter.tags.containsAny[1]" cannot be sent to Twenty together: each holds an unmatched quote or bracket, and Twenty's filter syntax, which has no escapes, carries only one such value per list of conditions.`,
      'filter.tags.containsAny[1]',
    ],
    [
      'an apostrophe in a containsAny list beside another',
      { tags: { containsAny: ["O'Brien"] }, city: { eq: "D'Arcy" } },
      `The values at "filter.tags.containsAny" and "filter.city.eq" cannot be sent to Twenty together: each holds an unmatched quote or bracket, and Twenty's filter syntax, which has no escapes, carries only one such value per list of conditions.`,
      'filter.city.eq',
    ],
    [
      'a lone surrogate in a containsAny list',
      { tags: { containsAny: ['b\uD800'] } },
      'Expected a string of Unicode characters at "filter.tags.containsAny[0]", found "b\\ud800", which holds a lone surrogate.',
      'filter.tags.containsAny[0]',
    ],
  ])('refuses %s', (_name, filter, message, argumentPath) => {
    expect(thrownError(() => compile(filter))).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', argumentPath },
    });
  });

  const TOO_LARGE = `The filter at "filter" holds more than ${MAX_FILTER_INPUT_SIZE} characters of fields, operators and values; Twenty's URLs carry at most ${MAX_FILTER_URL_LENGTH}: split the request into several with smaller filters.`;

  it.each<[string, FilterInput]>([
    // Each of these would fail compiling for another reason (an unbalanced
    // parenthesis Twenty cannot carry, an unknown field, a null), so the size
    // message proves the refusal came before any compiling or parsing back.
    ['a 900 KB value Twenty cannot carry', { city: { eq: `(${'x'.repeat(900_000)}` } }],
    ['a 900 KB in list beside an unknown field', { nope: { eq: 'a' }, city: { in: Array.from({ length: 90_000 }, (_, index) => `v${index}xxxx`) } }],
    ['100,000 empty alternatives and a null', { or: Array.from({ length: 100_000 }, () => ({})), city: null }],
  ])('refuses %s by its size before compiling it', (_name, filter) => {
    expect(thrownError(() => compile(filter))).toEqual({ message: TOO_LARGE, extensions: { code: 'BAD_USER_INPUT', argumentPath: 'filter' } });
  });

  it('compiles a filter just within the input size, and refuses one character more', () => {
    // 1 (filter) + 4 (city) + 1 + 2 (eq) + the value = MAX_FILTER_INPUT_SIZE
    const within = { city: { eq: 'x'.repeat(MAX_FILTER_INPUT_SIZE - 8) } };
    expect(thrownError(() => compile(within)).message).toMatch(/is \d+ characters long once URL-encoded/);
    expect(thrownError(() => compile({ city: { eq: 'x'.repeat(MAX_FILTER_INPUT_SIZE - 7) } })).message).toBe(TOO_LARGE);
    expect(compile({ city: { eq: 'x'.repeat(100) } })).toBe(`and(city[eq]:"${'x'.repeat(100)}")`);
  });

  it('accepts like patterns ending with an escaped backslash or an escaped wildcard', () => {
    expect(compile({ city: { like: 'C:\\\\' }, jobTitle: { ilike: '100\\%' } })).toBe('and(city[like]:"C:\\\\",jobTitle[ilike]:"100\\%")');
  });

  it(`accepts ${MAX_FILTER_NESTING} nested levels of and, or and not`, () => {
    expect(compile(nested('not', MAX_FILTER_NESTING))).toBe(`and(${'not('.repeat(32)}city[eq]:"A"${')'.repeat(33)}`);
    expect(compile(nested('and', MAX_FILTER_NESTING))).toBe('and(city[eq]:"A")');
  });

  it(`accepts a filter of exactly ${MAX_FILTER_URL_LENGTH} characters once URL-encoded`, () => {
    // `and(city%5Beq%5D%3A%22` and `%22)` add 26 encoded characters to the value.
    const value = 'x'.repeat(MAX_FILTER_URL_LENGTH - 26);
    expect(compile({ city: { eq: value } })).toBe(`and(city[eq]:"${value}")`);
    expect(thrownError(() => compile({ city: { eq: `${value}x` } }))).toEqual({
      message: `The filter at "filter" is 4001 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'filter' },
    });
  });

  it('roots error paths at the given argument path', () => {
    expect(thrownError(() => compileFilterOrThrow({ city: { eq: '(' } }, personFields, ['where', 2]))).toEqual({
      message: `The value at "where[2].city.eq" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry unbalanced parentheses.`,
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'where[2].city.eq' },
    });
  });
});

describe('compileFilterOrThrow against the sandbox', () => {
  // Companies by number and the options their custom MULTI_SELECT field `tags`
  // holds: every filter below leaves some of them out.
  const companyId = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
  const TAGS: ReadonlyArray<readonly string[] | null> = [
    ['VIP'],
    ['PARTNER', 'LEAD'],
    [],
    null,
    ["O'Brien"],
    ['[draft]', 'VIP'],
    ['a]b', 'LEAD'],
    [`'"`],
  ];
  const OPTIONS = ['VIP', 'PARTNER', 'LEAD', "O'Brien", '[draft]', 'a]b', `'"`];
  const companyFields: ObjectFieldSpecs = { id: { kind: 'uuid' }, name: { kind: 'text' }, tags: { kind: 'multiSelect' } };

  let sandbox: RunningSandbox;
  let twenty: TwentyClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ demoData: false });
    twenty = createTwentyClient({
      baseUrl: sandbox.url,
      authorization: `Bearer ${sandbox.apiKey}`,
      timeoutMs: 5_000,
      pageCap: 60,
      retry: { limit: 0, maxRetryAfterMs: 0 },
    });
    const companies = sandbox.workspace.listObjects().find((object) => object.namePlural === 'companies');
    await twenty.createField({
      objectMetadataId: companies?.id,
      type: 'MULTI_SELECT',
      name: 'tags',
      label: 'Tags',
      options: OPTIONS.map((value) => ({ value, label: value })),
    });
    await twenty.createMany(
      'companies',
      TAGS.map((tags, index) => ({ id: companyId(index + 1), name: `Company ${index + 1}`, tags })),
    );
  });

  afterAll(async () => {
    await sandbox.close();
  });

  // Each row: the filter, the exact string sent, and the companies Twenty
  // (here the sandbox's evaluator) answers, by number.
  it.each<[string, FilterInput, string, number[]]>([
    ['containsAny', { tags: { containsAny: ['VIP', 'LEAD'] } }, 'and(tags[containsAny]:["VIP","LEAD"])', [1, 2, 6, 7]],
    [
      'containsAny with an apostrophe beside another condition',
      { tags: { containsAny: ["O'Brien", 'PARTNER'] }, name: { neq: 'Company 2' } },
      `and(name[neq]:"Company 2",tags[containsAny]:["O'Brien","PARTNER"])`,
      [5],
    ],
    [
      'containsAny with brackets, sent as or of one-value lists',
      { tags: { containsAny: ['a]b', '[draft]'] } },
      'and(or(tags[containsAny]:["[draft]"],tags[containsAny]:["a]b"]))',
      [6, 7],
    ],
    [
      'containsAny with one quote of each kind',
      { tags: { containsAny: [`'"`, 'PARTNER'] } },
      `and(or(tags[containsAny]:["'"'],tags[containsAny]:["PARTNER"]))`,
      [2, 8],
    ],
    ['not containsAny, which leaves out a NULL field', { not: { tags: { containsAny: ['VIP'] } } }, 'and(not(tags[containsAny]:["VIP"]))', [2, 3, 5, 7, 8]],
    ['is NULL, which also matches no options', { tags: { is: 'NULL' } }, 'and(tags[is]:NULL)', [3, 4]],
    ['is NOT_NULL', { tags: { is: 'NOT_NULL' } }, 'and(tags[is]:NOT_NULL)', [1, 2, 3, 5, 6, 7, 8]],
    ['containsAny: []', { tags: { containsAny: [] } }, MATCHES_NOTHING, []],
  ])('selects exactly the right records for %s', async (_name, filter, text, expected) => {
    const compiled = compileFilterOrThrow(filter, companyFields, ['filter']);
    expect(compiled).toBe(text);
    sandbox.requests.length = 0;
    const page = await twenty.findMany('companies', { filter: text, limit: 60 });
    expect(page.records.map((record) => record.id)).toEqual(expected.map(companyId));
    expect(sandbox.requests.map((request) => [request.method, request.path, request.query['filter'], request.status])).toEqual([
      ['GET', '/rest/companies', text, 200],
    ]);
  });
});
