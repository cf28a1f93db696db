/**
 * Twenty's REST `filter` grammar (contract §3.1), reproduced exactly, quirks
 * included: quote and bracket states are toggles with no escapes, parentheses
 * are counted inside quotes, `in` values are split on every comma. Shared by
 * the sandbox (to read filters) and by the BFF's translation (to prove every
 * filter string it sends means what it should).
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

// The same regular expressions as Twenty's parse-filter.util.ts and
// parse-base-filter.util.ts: no flags, so `.` does not match a line break.
const CONJUNCTION = /^(or|and|not)\((.+)\)$/;
const LEAF = /^(.+)\[(.+)\]:(.+)$/;
const ARRAY_COMPARATORS: ReadonlySet<string> = new Set(['in', 'containsAny']);
const COMPARATORS: ReadonlySet<string> = new Set(TWENTY_COMPARATORS);

/**
 * Parses a `filter` query value the way Twenty does. The top level is wrapped
 * in and(...) unless it already is a conjunction. Throws
 * TwentyFilterSyntaxError with Twenty's exact message for what Twenty rejects.
 */
export function parseTwentyFilter(text: string): TwentyFilterNode {
  checkParenthesisBalance(text);
  return parseNode(CONJUNCTION.test(text) ? text : `and(${text})`);
}

/**
 * Splits the content of a conjunction the way Twenty's parseFilterContent
 * does: on commas at parenthesis depth 1 outside brackets and quotes, where
 * every `[`/`]`, `"` and `'` flips its state and characters at depth 0 are dropped.
 */
export function splitConjunctionContent(conjunction: string): string[] {
  let inBrackets = false;
  let inDoubleQuotes = false;
  let inSingleQuotes = false;
  let depth = 0;
  const items: string[] = [];
  let current = '';
  for (const c of conjunction) {
    let keep = depth >= 1;
    if (c === '(') {
      depth += 1;
    }
    if (c === ')') {
      depth -= 1;
      keep = depth >= 1;
    }
    if (c === '[' || c === ']') {
      inBrackets = !inBrackets;
    }
    if (c === '"') {
      inDoubleQuotes = !inDoubleQuotes;
    }
    if (c === "'") {
      inSingleQuotes = !inSingleQuotes;
    }
    if (c === ',' && depth === 1 && !inBrackets && !inDoubleQuotes && !inSingleQuotes) {
      items.push(current);
      current = '';
      keep = false;
    }
    if (keep) {
      current += c;
    }
  }
  items.push(current);
  return items;
}

// check-filter-query.util.ts: counts over the whole raw string, quotes ignored.
function checkParenthesisBalance(text: string): void {
  const diff = countOf(text, '(') - countOf(text, ')');
  if (diff === 0) {
    return;
  }
  const count = Math.abs(diff);
  const hint = `${count} ${diff > 0 ? 'close' : 'open'} bracket${count > 1 ? 's are' : ' is'}`;
  throw new TwentyFilterSyntaxError(`'filter' invalid. ${hint} missing in the query`);
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (const c of text) {
    if (c === character) {
      count += 1;
    }
  }
  return count;
}

function parseNode(text: string): TwentyFilterNode {
  const match = CONJUNCTION.exec(text);
  if (!match) {
    return parseLeaf(text);
  }
  const items = splitConjunctionContent(text).map(parseNode);
  const conjunction = match[1] as 'and' | 'or' | 'not';
  if (conjunction !== 'not') {
    return { kind: conjunction, items };
  }
  const [item] = items;
  if (items.length > 1 || item === undefined) {
    throw new TwentyFilterSyntaxError(
      `'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)`,
    );
  }
  return { kind: 'not', item };
}

// parse-base-filter.util.ts, character loop included: the path ends at the
// first `[`, the comparator at the next `]`, and the value starts after the
// first `:` seen outside the comparator (so it may hold `:` and `]`).
function parseLeaf(text: string): TwentyFilterLeaf {
  if (!LEAF.test(text)) {
    throw new TwentyFilterSyntaxError(`'filter' invalid for '${text}'. eg: price[gte]:10`);
  }
  let fields = '';
  let comparator = '';
  let value = '';
  let fillFields = true;
  let fillComparator = false;
  let fillValue = false;
  for (const c of text) {
    if (fillValue) {
      value += c;
    }
    if (c === ']' && !fillValue) {
      fillComparator = false;
    }
    if (c === ':' && !fillComparator) {
      fillValue = true;
    }
    if (fillComparator) {
      comparator += c;
    }
    if (c === '[' && fillFields) {
      fillFields = false;
      fillComparator = true;
    }
    if (fillFields) {
      fields += c;
    }
  }
  if (!COMPARATORS.has(comparator)) {
    throw new TwentyFilterSyntaxError(
      `'filter' invalid for '${text}', comparator ${comparator} not in ${TWENTY_COMPARATORS.join(', ')}`,
    );
  }
  return {
    kind: 'leaf',
    path: fields.split('.'),
    comparator: comparator as TwentyComparator,
    value: formatValue(value, comparator),
  };
}

// format-field-values.util.ts with no field type (G2/G3 parse before the
// field is known): arrays split on every comma, `is` untouched, otherwise one
// surrounding pair of quotes of either kind stripped.
function formatValue(value: string, comparator: string): string | string[] {
  if (ARRAY_COMPARATORS.has(comparator)) {
    if (value[0] !== '[' || value[value.length - 1] !== ']') {
      throw new TwentyFilterSyntaxError(
        `'filter' invalid for '${comparator}' operator. Received '${value}' but array value expected eg: 'field[${comparator}]:[value_1,value_2]'`,
      );
    }
    return value.substring(1, value.length - 1).split(',').map(stripQuotes);
  }
  return comparator === 'is' ? value : stripQuotes(value);
}

function stripQuotes(value: string): string {
  const isQuote = (c: string | undefined) => c === '"' || c === "'";
  return isQuote(value[0]) && isQuote(value.charAt(value.length - 1)) ? value.substring(1, value.length - 1) : value;
}
