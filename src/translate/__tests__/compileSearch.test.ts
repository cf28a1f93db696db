import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../../schema/loadTypeDefs.js';
import { createObjectRegistry } from '../../schema/objectRegistry.js';
import { readSearchTargets } from '../../schema/searchTargets.js';
import { parseTwentyFilter, type TwentyFilterNode } from '../../twenty/filterGrammar.js';
import { MAX_FILTER_URL_LENGTH } from '../compileFilter.js';
import {
  compileSearchOrThrow,
  MAX_SEARCH_QUERY_LENGTH,
  SEARCH_CANDIDATES,
  SEARCH_DEFAULT_FIRST,
  type SearchTarget,
  withoutAccents,
} from '../compileSearch.js';
import { thrownError } from './thrownError.js';

// The standard model's search targets, as the committed SDL declares them.
const TYPE_DEFS = loadTypeDefs();
const TARGETS = readSearchTargets(TYPE_DEFS, createObjectRegistry(makeExecutableSchema({ typeDefs: TYPE_DEFS })));
const target = (objectName: string): SearchTarget => TARGETS.find((candidate) => candidate.objectName === objectName) as SearchTarget;

const leaf = (path: string, value: string): TwentyFilterNode => ({ kind: 'leaf', path: path.split('.'), comparator: 'ilike', value });
const or = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'or', items });
const and = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'and', items });
const PERSON_FIELDS = ['name.firstName', 'name.lastName', 'emails.primaryEmail', 'phones.primaryPhoneNumber'];

function filterOf(query: string, objectName: string): string {
  const plan = compileSearchOrThrow({ query, objects: [objectName] }, TARGETS);
  return plan.requests[0]?.filter ?? '';
}

describe('compileSearchOrThrow', () => {
  it('searches the five standard objects in Twenty\'s priority order, on the fields Twenty indexes', () => {
    expect(TARGETS.map(({ objectName, plural, typeName, labelPaths, fieldPaths }) => [objectName, plural, typeName, labelPaths, fieldPaths])).toEqual([
      ['person', 'people', 'Person', [['name', 'firstName'], ['name', 'lastName']], PERSON_FIELDS.map((path) => path.split('.'))],
      ['company', 'companies', 'Company', [['name']], [['name'], ['domainName', 'primaryLinkUrl']]],
      ['opportunity', 'opportunities', 'Opportunity', [['name']], [['name']]],
      ['note', 'notes', 'Note', [['title']], [['title']]],
      ['task', 'tasks', 'Task', [['title']], [['title']]],
    ]);
  });

  it('reads SEARCH_CANDIDATES of every object, most recently updated first, in one filter each', () => {
    const plan = compileSearchOrThrow({ query: '  Haruto   Schmidt ' }, TARGETS);
    expect(plan.query).toBe('Haruto Schmidt');
    expect(plan.first).toBe(SEARCH_DEFAULT_FIRST);
    expect(plan.requests.map(({ target: { plural }, filter, orderBy, count }) => [plural, filter, orderBy, count])).toEqual([
      [
        'people',
        'and(or(name.firstName[ilike]:"%Haruto%",name.lastName[ilike]:"%Haruto%",emails.primaryEmail[ilike]:"%Haruto%",phones.primaryPhoneNumber[ilike]:"%Haruto%"),' +
          'or(name.firstName[ilike]:"%Schmidt%",name.lastName[ilike]:"%Schmidt%",emails.primaryEmail[ilike]:"%Schmidt%",phones.primaryPhoneNumber[ilike]:"%Schmidt%"))',
        'updatedAt[DescNullsLast]',
        SEARCH_CANDIDATES,
      ],
      [
        'companies',
        'and(or(name[ilike]:"%Haruto%",domainName.primaryLinkUrl[ilike]:"%Haruto%"),or(name[ilike]:"%Schmidt%",domainName.primaryLinkUrl[ilike]:"%Schmidt%"))',
        'updatedAt[DescNullsLast]',
        60,
      ],
      ['opportunities', 'and(or(name[ilike]:"%Haruto%"),or(name[ilike]:"%Schmidt%"))', 'updatedAt[DescNullsLast]', 60],
      ['notes', 'and(or(title[ilike]:"%Haruto%"),or(title[ilike]:"%Schmidt%"))', 'updatedAt[DescNullsLast]', 60],
      ['tasks', 'and(or(title[ilike]:"%Haruto%"),or(title[ilike]:"%Schmidt%"))', 'updatedAt[DescNullsLast]', 60],
    ]);
  });

  it('searches the objects asked, once each, in the order asked', () => {
    const plan = compileSearchOrThrow({ query: 'acme', objects: ['task', 'company', 'task'], first: 3 }, TARGETS);
    expect(plan.requests.map((request) => request.target.objectName)).toEqual(['task', 'company']);
    expect(plan.first).toBe(3);
  });

  it.each([
    ['an accented word as typed and without accents', 'Zoë', [leaf('title', '%Zoë%'), leaf('title', '%Zoe%')]],
    ['a decomposed accent in its composed form', 'Zoe\u0308', [leaf('title', '%Zoë%'), leaf('title', '%Zoe%')]],
    ['LIKE wildcards and the escape character literally', '50%_\\x', [leaf('title', '%50\\%\\_\\\\x%')]],
    ['an apostrophe inside a word as any one character', "O'Brien", [leaf('title', '%O_Brien%')]],
    ['a typographic apostrophe the same way', 'O’Brien', [leaf('title', '%O_Brien%')]],
    ['brackets, parentheses and quotes inside a word the same way', 'a(b)c[d]e"f', [leaf('title', '%a_b_c_d_e_f%')]],
    ['a comma inside a word as itself', 'a,b', [leaf('title', '%a,b%')]],
  ])('matches %s', (_title, query, leaves) => {
    expect(parseTwentyFilter(filterOf(query, 'note'))).toEqual(and(or(...leaves)));
  });

  it('drops quotes, brackets and punctuation at the edges of words, and repeated words', () => {
    const plan = compileSearchOrThrow({ query: '"Acme" (Holdings), acme [x]', objects: ['company'] }, TARGETS);
    expect(plan.words).toEqual(['Acme', 'Holdings', 'x']);
    expect(plan.query).toBe('Acme Holdings x');
  });

  it('carries every word of a hostile query exactly, whatever Twenty\'s grammar makes of quotes', () => {
    const filter = filterOf('x",id[is]:NOT_NULL,name[eq]:"y O\'Brien', 'person');
    expect(parseTwentyFilter(filter)).toEqual(
      and(
        or(...PERSON_FIELDS.map((path) => leaf(path, '%x_,id_is_:NOT\\_NULL,name_eq_:_y%'))),
        or(...PERSON_FIELDS.map((path) => leaf(path, '%O_Brien%'))),
      ),
    );
  });

  it('compiles the longest query of the most words over people within Twenty\'s URL length', () => {
    const words = Array.from({ length: 5 }, (_, index) => `${String(index)}${'x'.repeat(18)}`).join(' ');
    expect(words.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY_LENGTH);
    expect(encodeURIComponent(filterOf(words, 'person')).length).toBeLessThanOrEqual(MAX_FILTER_URL_LENGTH);
  });

  it.each([
    ['an empty query', { query: '   ' }, 'query', 'Expected something to search for at "query", found "   ": give at least one word with a letter, digit or symbol other than quotes, brackets and punctuation.'],
    ['a query of punctuation only', { query: '"" () ,' }, 'query', 'Expected something to search for at "query", found "\\"\\" () ,": give at least one word with a letter, digit or symbol other than quotes, brackets and punctuation.'],
    ['a query too long', { query: 'x'.repeat(101) }, 'query', 'Expected at most 100 characters at "query", found 101.'],
    ['more than five words', { query: 'a b c d e f' }, 'query', 'Expected at most 5 words at "query", found 6.'],
    ['a lone surrogate', { query: 'a\uD800' }, 'query', 'Expected a string of Unicode characters at "query": it holds a lone surrogate, which a URL cannot carry.'],
    ['no object', { query: 'a', objects: [] }, 'objects', 'Expected at least one object name at "objects": leave it out to search every searchable object.'],
    [
      'an unknown object',
      { query: 'a', objects: ['person', 'people'] },
      'objects[1]',
      'Unknown object "people" at "objects[1]": the searchable objects are person, company, opportunity, note, task.',
    ],
    ['first: 0', { query: 'a', first: 0 }, 'first', 'Expected an integer from 1 to 50 at "first", found 0.'],
    ['first: 51', { query: 'a', first: 51 }, 'first', 'Expected an integer from 1 to 50 at "first", found 51.'],
  ])('refuses %s with BAD_USER_INPUT', (_title, args, argumentPath, message) => {
    expect(thrownError(() => compileSearchOrThrow(args, TARGETS))).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', argumentPath } });
  });

  it('refuses a query whose filter would be longer than Twenty\'s URLs carry', () => {
    // Five accented words over people: each word twice (with and without accents) in four fields.
    const query = Array.from({ length: 5 }, (_, index) => `${String(index)}${'ệ'.repeat(18)}`).join(' ');
    expect(thrownError(() => compileSearchOrThrow({ query, objects: ['person'] }, TARGETS))).toEqual({
      message: 'The search text at "query" makes a filter on person longer than Twenty\'s URLs carry: use fewer or shorter words.',
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'query' },
    });
    expect(compileSearchOrThrow({ query, objects: ['note'] }, TARGETS).requests).toHaveLength(1);
  });

  it('leaves a target without updatedAt in Twenty\'s default order', () => {
    const plain: SearchTarget = { ...target('note'), orderFields: {} };
    expect(compileSearchOrThrow({ query: 'a' }, [plain]).requests[0]?.orderBy).toBeUndefined();
  });
});

describe('withoutAccents', () => {
  it.each([
    ['Zoë Müller', 'Zoe Muller'],
    ['François Lefèvre', 'Francois Lefevre'],
    ['Łódź', 'Łodz'],
    ['山田', '山田'],
  ])('turns %s into %s', (text, expected) => {
    expect(withoutAccents(text)).toBe(expected);
  });
});
