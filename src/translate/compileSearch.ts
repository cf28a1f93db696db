import { UserInputError } from '../errors/UserInputError.js';
import { compileFilterOrThrow, type FilterInput } from './compileFilter.js';
import { compileOrderBy } from './compileOrderBy.js';
import type { ObjectFieldSpecs, ObjectFilterSpecs } from './fieldSpecs.js';
import { badUserInput, printArgumentPath } from './userInputError.js';

/** One searchable object, as the schema's `@searchable` directive and the object registry describe it. */
export interface SearchTarget {
  /** Twenty's object name (`person`), as `objects` and `SearchHit.objectName` spell it. */
  objectName: string;
  /** GraphQL type name, e.g. `Person`. */
  typeName: string;
  /** REST plural, e.g. `people`. */
  plural: string;
  /** Field paths whose values, joined by a space, make the label (`name.firstName`, `name.lastName`). */
  labelPaths: ReadonlyArray<readonly string[]>;
  /** Every field path searched, the label's first. */
  fieldPaths: ReadonlyArray<readonly string[]>;
  filterFields: ObjectFilterSpecs;
  orderFields: ObjectFieldSpecs;
}

/** The arguments of `Query.search`, as GraphQL coerced them. */
export interface SearchArgs {
  query?: unknown;
  objects?: unknown;
  first?: unknown;
}

/** One upstream read of a search: the candidates of one object. */
export interface SearchRequest {
  target: SearchTarget;
  /** Twenty's `filter` value: every word in one of the searched fields. */
  filter: string;
  /** Twenty's `order_by` value, most recently updated first; undefined for Twenty's default. */
  orderBy: string | undefined;
  /** Candidates to read (SEARCH_CANDIDATES). */
  count: number;
}

/** A compiled search: what to read, and what the ranking needs. */
export interface SearchPlan {
  /** The query as ranked: the words, joined by one space. */
  query: string;
  words: readonly string[];
  /** How many hits to return. */
  first: number;
  /** One per object searched, in the order searched. */
  requests: readonly SearchRequest[];
}

/** `first` when left out. */
export const SEARCH_DEFAULT_FIRST = 10;
/** The largest `first`. */
export const SEARCH_MAX_FIRST = 50;
/**
 * Candidates read per object: one upstream page under Twenty's documented
 * page size (contract §4.2), ranked by twenty-bff. More matches than this
 * leave the older ones (by `updatedAt`) unranked.
 */
export const SEARCH_CANDIDATES = 60;
/** The longest query, in UTF-16 code units once trimmed. */
export const MAX_SEARCH_QUERY_LENGTH = 100;
/** The most words a query may hold: each adds a condition per field searched to every filter. */
export const MAX_SEARCH_WORDS = 5;

// Characters Twenty's filter grammar reads as structure (contract §3.3:
// quotes and brackets flip states, parentheses are counted) and their
// typographic cousins. At a word's edges they are punctuation and dropped;
// inside a word (O'Brien) the pattern takes `_`, LIKE's any-character, so
// O'Brien also finds O’Brien.
const WILDCARD_CHARACTERS = /['"()[\]‘’“”]/u;
const EDGE_PUNCTUATION = /^['"()[\]‘’“”,;:!?.]+|['"()[\]‘’“”,;:!?.]+$/gu;

/**
 * Compiles the arguments of `search` into one filtered read per object, each
 * filter built and proven by compileFilterOrThrow: every word of the query
 * must be in one of the object's searched fields (`ilike`, case-insensitive),
 * as typed or, for an accented word, without its accents. Throws
 * BAD_USER_INPUT (before any upstream call) for an empty or too long query,
 * more than MAX_SEARCH_WORDS words, an unknown or empty `objects`, or a
 * `first` outside 1..SEARCH_MAX_FIRST.
 */
export function compileSearchOrThrow(args: SearchArgs, targets: readonly SearchTarget[]): SearchPlan {
  const words = wordsOrThrow(args.query);
  const searched = targetsOrThrow(args.objects, targets);
  const first = firstOrThrow(args.first);
  const requests = searched.map((target) => ({
    target,
    filter: searchFilterOrThrow(target, words),
    orderBy: 'updatedAt' in target.orderFields ? compileOrderBy([{ updatedAt: 'DescNullsLast' }], target.orderFields, ['query']).text : undefined,
    count: SEARCH_CANDIDATES,
  }));
  return { query: words.join(' '), words, first, requests };
}

/** Without diacritics (`Zoë` → `Zoe`), in NFC. Letters that do not decompose (ł, ø) stay. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

function wordsOrThrow(query: unknown): string[] {
  const at = ['query'];
  if (typeof query !== 'string') {
    throw badUserInput(`Expected a string at "query", found ${JSON.stringify(query)}.`, at);
  }
  const text = query.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (/\p{Surrogate}/u.test(text)) {
    throw badUserInput('Expected a string of Unicode characters at "query": it holds a lone surrogate, which a URL cannot carry.', at);
  }
  if (text.length > MAX_SEARCH_QUERY_LENGTH) {
    throw badUserInput(`Expected at most ${MAX_SEARCH_QUERY_LENGTH} characters at "query", found ${text.length}.`, at);
  }
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of text.split(' ').map((part) => part.replace(EDGE_PUNCTUATION, ''))) {
    const key = word.toLowerCase();
    if (word !== '' && !seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  if (words.length === 0) {
    throw badUserInput(
      `Expected something to search for at "query", found ${JSON.stringify(query)}: give at least one word with a letter, digit or symbol other than quotes, brackets and punctuation.`,
      at,
    );
  }
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(`Expected at most ${MAX_SEARCH_WORDS} words at "query", found ${words.length}.`, at);
  }
  return words;
}

function targetsOrThrow(objects: unknown, targets: readonly SearchTarget[]): SearchTarget[] {
  if (objects === undefined || objects === null) {
    return [...targets];
  }
  if (!Array.isArray(objects) || objects.length === 0) {
    throw badUserInput('Expected at least one object name at "objects": leave it out to search every searchable object.', ['objects']);
  }
  const searched: SearchTarget[] = [];
  objects.forEach((name: unknown, index) => {
    const target = targets.find((candidate) => candidate.objectName === name);
    if (target === undefined) {
      const at = ['objects', index];
      throw badUserInput(
        `Unknown object ${JSON.stringify(name)} at "${printArgumentPath(at)}": the searchable objects are ${targets.map((candidate) => candidate.objectName).join(', ') || 'none'}.`,
        at,
      );
    }
    if (!searched.includes(target)) {
      searched.push(target);
    }
  });
  return searched;
}

function firstOrThrow(first: unknown): number {
  if (first === undefined || first === null) {
    return SEARCH_DEFAULT_FIRST;
  }
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > SEARCH_MAX_FIRST) {
    throw badUserInput(`Expected an integer from 1 to ${SEARCH_MAX_FIRST} at "first", found ${JSON.stringify(first)}.`, ['first']);
  }
  return first;
}

// and(or(<field> ilike %word%, …), …): every word in some searched field.
function searchFilterOrThrow(target: SearchTarget, words: readonly string[]): string {
  const input: FilterInput = {
    and: words.map((word) => ({
      or: target.fieldPaths.flatMap((path) => patternsOf(word).map((pattern) => nested(path, { ilike: pattern }))),
    })),
  };
  try {
    const filter = compileFilterOrThrow(input, target.filterFields, ['query']);
    if (filter === undefined) {
      throw new Error(`search of ${target.objectName} compiled to no filter`);
    }
    return filter;
  } catch (error) {
    if (error instanceof UserInputError) {
      // The words hold no character the grammar cannot carry (see
      // WILDCARD_CHARACTERS), so only the URL length limit is left.
      throw badUserInput(
        `The search text at "query" makes a filter on ${target.objectName} longer than Twenty's URLs carry: use fewer or shorter words.`,
        ['query'],
      );
    }
    throw error;
  }
}

// The ILIKE patterns of a word: as typed, and without accents when that
// differs (Twenty's REST filters have no unaccent, contract §3.2: a plain
// word cannot find an accented value, but an accented one finds both).
function patternsOf(word: string): string[] {
  const plain = withoutAccents(word);
  return [...new Set([word, plain])].map((variant) => `%${[...variant].map(patternCharacter).join('')}%`);
}

function patternCharacter(character: string): string {
  if (WILDCARD_CHARACTERS.test(character)) {
    return '_';
  }
  // LIKE's own wildcards and its escape character, matched literally.
  return character === '%' || character === '_' || character === '\\' ? `\\${character}` : character;
}

function nested(path: readonly string[], leaf: Record<string, string>): FilterInput {
  return path.reduceRight<Record<string, unknown>>((inner, segment) => ({ [segment]: inner }), leaf) as FilterInput;
}
