/**
 * Twenty's REST `filter` grammar (contract §3.1), reproduced exactly, quirks
 * included. Shared by the sandbox (to read filters) and by the BFF's
 * translation (to prove every filter string it sends).
 *
 * INTERFACE STUB — the implementation is being written; keep these exported
 * names and types.
 */

/** A parsed filter: what Twenty's parser yields, as a tree. */
export type TwentyFilterNode =
  | { kind: 'and' | 'or'; items: TwentyFilterNode[] }
  | { kind: 'not'; item: TwentyFilterNode }
  | TwentyFilterLeaf;

/**
 * One condition. `path` is the dotted field path split on '.'
 * (`name.firstName` → ['name', 'firstName']); `value` is the formatted value
 * exactly as Twenty's `formatFieldValue` leaves it: a string for scalar
 * comparators (one surrounding quote pair stripped), a string array for
 * `in`/`containsAny` (split on every comma, each element quote-stripped, not
 * trimmed).
 */
export interface TwentyFilterLeaf {
  kind: 'leaf';
  path: string[];
  comparator: TwentyComparator;
  value: string | string[];
}

/** Comparators Twenty's REST parser accepts (contract §3.1 step 6). */
export const TWENTY_COMPARATORS = [
  'eq',
  'neq',
  'in',
  'containsAny',
  'is',
  'gt',
  'gte',
  'lt',
  'lte',
  'startsWith',
  'endsWith',
  'like',
  'ilike',
] as const;

export type TwentyComparator = (typeof TWENTY_COMPARATORS)[number];

/** Thrown for a filter Twenty answers with 400; `message` is Twenty's text. */
export class TwentyFilterSyntaxError extends Error {
  override name = 'TwentyFilterSyntaxError';
}

/**
 * Parses a `filter` query value the way Twenty does. The top level is wrapped
 * in and(...) unless it already is a conjunction. Throws
 * TwentyFilterSyntaxError with Twenty's exact message for what Twenty rejects.
 */
export function parseTwentyFilter(text: string): TwentyFilterNode {
  throw new TwentyFilterSyntaxError(`not implemented yet: ${text}`);
}
