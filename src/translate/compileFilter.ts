import { UserInputError } from '../errors/UserInputError.js';
import { isDeepStrictEqual } from 'node:util';

import {
  parseTwentyFilter,
  type TwentyComparator,
  type TwentyFilterLeaf,
  type TwentyFilterNode,
  TwentyFilterSyntaxError,
} from '../twenty/filterGrammar.js';
import { assertUnreachable } from '../utils/assertUnreachable.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import type { ObjectFilterSpecs, RelationFilterSpec, ScalarKind } from './fieldSpecs.js';
import { type ArgumentPath, badUserInput, printArgumentPath } from './userInputError.js';

/** A value an operator compares with, as GraphQL coerced it. */
export type FilterScalar = string | number | boolean;

/** One scalar field's conditions, e.g. `{ eq: 'Paris' }` or `{ in: ['A', 'B'], neq: 'C' }`. */
export type OperatorInput = {
  readonly [operator: string]: FilterScalar | ReadonlyArray<FilterScalar> | null | undefined;
};

/** One composite field's conditions by sub-field, e.g. `{ lastName: { eq: 'Doe' } }`. */
export type CompositeFilterInput = { readonly [subField: string]: OperatorInput | null | undefined };

/**
 * A `<Type>Filter` argument: field conditions plus `and`, `or` and `not`.
 * Sibling fields, and several operators in one field, all mean AND.
 */
export interface FilterInput {
  readonly and?: ReadonlyArray<FilterInput> | null;
  readonly or?: ReadonlyArray<FilterInput> | null;
  readonly not?: FilterInput | null;
  readonly [field: string]:
    | OperatorInput
    | CompositeFilterInput
    | FilterInput
    | ReadonlyArray<FilterInput>
    | null
    | undefined;
}

type Operator =
  | 'eq'
  | 'neq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'in'
  | 'containsAny'
  | 'is'
  | 'like'
  | 'ilike'
  | 'contains'
  | 'containsInsensitive'
  | 'startsWith'
  | 'endsWith';

// The operators of the SDL's scalar filter inputs (schema/common.graphql),
// a subset of what Twenty allows per field type (contract §3.2).
const OPERATORS: Readonly<Record<ScalarKind, readonly Operator[]>> = {
  text: ['eq', 'neq', 'in', 'is', 'like', 'ilike', 'contains', 'containsInsensitive', 'startsWith', 'endsWith'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  boolean: ['eq', 'is'],
  dateTime: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'is'],
  uuid: ['eq', 'neq', 'in', 'is'],
  select: ['eq', 'neq', 'in', 'is'],
  // Of Twenty's MULTI_SELECT operators only containsAny and is are REST
  // comparators (contract §3.1 step 6, §3.2); it refuses eq, neq and in on them.
  multiSelect: ['containsAny', 'is'],
};

const EXPECTED_VALUE: Readonly<Record<ScalarKind, string>> = {
  text: 'a string',
  number: 'a finite number',
  boolean: 'a boolean',
  dateTime: 'a date-time string',
  uuid: 'a UUID',
  select: 'a string',
  multiSelect: 'a string',
};

// Free-form values go between quotes, which Twenty strips once (contract
// §3.1 step 8) so a value that itself starts or ends with a quote survives.
// Either quote kind may open and close, and the choice decides which of
// Twenty's quote toggles the value leaves set; bare is the last resort.
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['"', "'"],
  ["'", '"'],
  ['', ''],
];

interface LeafCondition {
  kind: 'leaf';
  path: string[];
  comparator: Exclude<TwentyComparator, 'in' | 'containsAny'>;
  value: string;
  /** Free-form text goes between quotes; numbers, booleans, UUIDs and `is` stay bare. */
  quoted: boolean;
  at: ArgumentPath;
}

/** `in`, or `containsAny` (array overlap), with a non-empty list. */
interface ListCondition {
  kind: 'list';
  path: string[];
  comparator: 'in' | 'containsAny';
  values: string[];
  quoted: boolean;
  at: ArgumentPath;
}

/**
 * A relation filter before it is given a form: `is` for a many-to-one
 * relation (the related record exists and meets `inner`), `some`/`none` for
 * a one-to-many one. `inner` holds conditions on the target, relation-free.
 */
interface RelationCondition {
  kind: 'relation';
  field: string;
  spec: RelationFilterSpec;
  quantifier: 'is' | 'some' | 'none';
  inner: Condition[];
  at: ArgumentPath;
}

type Condition =
  | LeafCondition
  | ListCondition
  | RelationCondition
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition };

/** Where a condition sits: inside a relation filter (no other may nest), under a `not`. */
interface Scope {
  inRelation: boolean;
  underNot: boolean;
}

const TOP_SCOPE: Scope = { inRelation: false, underNot: false };
const RELATION_SCOPE: Scope = { inRelation: true, underNot: false };

/** A condition written in Twenty's syntax; `openAt` names the value that leaves a quote or bracket state set. */
interface Printed {
  text: string;
  node: TwentyFilterNode;
  openAt: ArgumentPath | undefined;
}

/**
 * The most `and`/`or`/`not` levels a filter may nest. Compiling and proving a
 * filter recurse once per level, so a filter nested 1,500 deep would
 * overflow the stack; 32 is far more than any real query needs.
 */
export const MAX_FILTER_NESTING = 32;

/**
 * The longest compiled filter accepted, counted percent-encoded
 * (`encodeURIComponent`). Twenty or a proxy in front of it answers 414/431
 * to a longer URL; this leaves room for the up to 60 ids (about 2,300
 * encoded characters) a relation loader adds beside a client filter.
 */
export const MAX_FILTER_URL_LENGTH = 4_000;

/**
 * Compiles a GraphQL filter into Twenty's `filter` query value, e.g.
 * `and(city[eq]:"Paris",name.lastName[in]:["A","B"])`, or undefined when it
 * sets no condition. Every string is parsed back with Twenty's grammar and
 * must mean exactly the input; mistakes, values the grammar cannot carry,
 * nesting deeper than MAX_FILTER_NESTING, input larger than
 * MAX_FILTER_INPUT_SIZE (checked first, before any compiling) and filters
 * longer than MAX_FILTER_URL_LENGTH throw BAD_USER_INPUT. `or: []`, `in: []`
 * and `containsAny: []` match nothing: they compile to `id[is]:NULL`, false
 * for every record. Relation filters are written in Twenty's one-hop form
 * (newest Twenty only); one that has no such form throws BAD_USER_INPUT:
 * callers that can read first use planFilterOrThrow.
 */
export function compileFilterOrThrow(
  input: FilterInput | null | undefined,
  fields: ObjectFilterSpecs,
  argumentPath: ArgumentPath,
): string | undefined {
  const compiled = planFilterOrThrow(input, fields, argumentPath);
  if (compiled.oneHop === null) {
    throw badUserInput(
      `The relation filter at "${printArgumentPath(argumentPath)}" has no one-hop form in Twenty's filter syntax: it needs a two-step read.`,
      argumentPath,
    );
  }
  return compiled.oneHop;
}

/**
 * One read of a two-step relation filter: the ids (`collect: 'id'`) or the
 * join column values (`collect: 'companyId'`) of the `plural` records
 * matching `filter` (undefined: every record; MATCHES_NOTHING: none).
 */
export interface RelationRead {
  /** The relation field and where its filter sits in the arguments, for messages. */
  field: string;
  at: ArgumentPath;
  cardinality: RelationFilterSpec['cardinality'];
  plural: string;
  filter: string | undefined;
  collect: string;
}

/** A filter whose relation conditions are applied by reading first: `reads`, then `finish` with their values. */
export interface FilterPlan {
  /** The reads to run first, any order; empty when `finish([])` needs none. */
  readonly reads: readonly RelationRead[];
  /**
   * The filter text once `values[i]` holds what `reads[i]` collected (UUIDs,
   * deduplicated): each relation condition becomes an `in` list of them.
   * Throws BAD_USER_INPUT when the result is longer than MAX_FILTER_URL_LENGTH.
   */
  finish(values: ReadonlyArray<readonly string[]>): string | undefined;
}

/** A filter in both forms a relation condition can take (see planFilterOrThrow). */
export interface CompiledFilter {
  /**
   * The filter with every relation condition applied by Twenty itself, one
   * hop deep (`company.name[eq]:"Acme"`, newest Twenty only); null when one
   * of them has no such form (`some` of several conditions on one record).
   * Without relation conditions, the filter's only form.
   */
  oneHop: string | undefined | null;
  /** The form for any Twenty: relation conditions read first (no reads without them). */
  twoStep: FilterPlan;
  /** The relation fields the filter looks through; empty without relation conditions. */
  relationFields: readonly string[];
}

/**
 * Compiles a GraphQL filter (see compileFilterOrThrow) whose relation filters
 * may need the related records read first. A many-to-one condition (`company:
 * {…}`) means the related record exists and meets the conditions; `some` and
 * `none` of a one-to-many one, that at least one or no related record does.
 * Throws BAD_USER_INPUT as compileFilterOrThrow does, and for a relation
 * filter inside another one, or a many-to-one filter under `not` (Twenty
 * answers "unknown" rather than false for a record whose related value is
 * missing, and the two forms would tell those apart).
 */
export function planFilterOrThrow(
  input: FilterInput | null | undefined,
  fields: ObjectFilterSpecs,
  argumentPath: ArgumentPath,
): CompiledFilter {
  if (input === null || input === undefined) {
    return withoutRelations(undefined);
  }
  assertFilterWithinLimitsOrThrow(input, argumentPath);
  const conditions = toConditions(input, fields, argumentPath, TOP_SCOPE);
  const relations = conditions.flatMap(relationConditionsIn);
  if (relations.length === 0 || conditions.some(isNever)) {
    return withoutRelations(textOf(conditions, argumentPath), relations);
  }
  const hop = conditions.map(toOneHop);
  const oneHop = hop.every((condition): condition is Condition => condition !== undefined)
    ? textOf(
        hop.flatMap((condition) => (condition.kind === 'and' ? condition.items : [condition])),
        argumentPath,
      )
    : null;
  const reads: RelationRead[] = [];
  const slots = new Map<RelationCondition, number>();
  for (const relation of relations) {
    const read = readOf(relation);
    if (read !== undefined) {
      slots.set(relation, reads.length);
      reads.push(read);
    }
  }
  return {
    oneHop,
    relationFields: [...new Set(relations.map((relation) => relation.field))],
    twoStep: {
      reads,
      finish(values) {
        invariant(values.length === reads.length, 'a two-step filter was given values for other reads');
        const substituted = conditions.map((condition) => substitute(condition, (relation) => values[slots.get(relation) ?? -1]));
        return textOf(substituted, argumentPath);
      },
    },
  };
}

function withoutRelations(text: string | undefined, relations: readonly RelationCondition[] = []): CompiledFilter {
  return {
    oneHop: text,
    twoStep: { reads: [], finish: () => text },
    relationFields: [...new Set(relations.map((relation) => relation.field))],
  };
}

// The proven text of top-level conditions: undefined without any,
// MATCHES_NOTHING when one of them is false for every record.
function textOf(conditions: Condition[], argumentPath: ArgumentPath): string | undefined {
  if (conditions.length === 0) {
    return undefined;
  }
  if (conditions.some(isNever)) {
    return MATCHES_NOTHING;
  }
  const printed = printGroup('and', conditions.map(print));
  // Twenty's filter grammar has no escape syntax (contract §3.3): a quote,
  // bracket or parenthesis inside a value can re-shape the whole filter. The
  // arrangement above avoids that; this proves it on the final string.
  if (!readsBackAs(printed.text, printed.node)) {
    throw badUserInput(
      `The filter at "${printArgumentPath(argumentPath)}" cannot be expressed exactly in Twenty's filter syntax.`,
      argumentPath,
    );
  }
  const length = encodeURIComponent(printed.text).length;
  if (length > MAX_FILTER_URL_LENGTH) {
    throw badUserInput(
      `The filter at "${printArgumentPath(argumentPath)}" is ${length} characters long once URL-encoded; Twenty's URLs carry at most ${MAX_FILTER_URL_LENGTH}: split the request into several with smaller filters.`,
      argumentPath,
    );
  }
  return printed.text;
}

/**
 * The most characters of field names, operators and values a filter may hold
 * before it is compiled, each object and list item counting one more. Each of
 * them reaches the compiled filter at least once (only conditions that vanish,
 * such as `{}` or `in: []`, do not), and percent-encoding only lengthens it,
 * so a larger filter would be refused after compiling anyway: refusing it
 * first costs almost nothing, where compiling and proving a large one would
 * freeze the event loop.
 */
export const MAX_FILTER_INPUT_SIZE = MAX_FILTER_URL_LENGTH;

/**
 * Refuses a filter, as given or as a raw variable value, larger than
 * MAX_FILTER_INPUT_SIZE or nested deeper than `maxNesting` levels of and, or
 * and not, with BAD_USER_INPUT at `argumentPath`. Iterative, and it stops at
 * the first limit passed, so a refused filter costs little however large it is.
 */
export function assertFilterWithinLimitsOrThrow(input: unknown, argumentPath: ArgumentPath, maxNesting: number = MAX_FILTER_NESTING): void {
  let size = 0;
  const tooLarge = () =>
    badUserInput(
      `The filter at "${printArgumentPath(argumentPath)}" holds more than ${MAX_FILTER_INPUT_SIZE} characters of fields, operators and values; Twenty's URLs carry at most ${MAX_FILTER_URL_LENGTH}: split the request into several with smaller filters.`,
      argumentPath,
    );
  const pending: Array<{ node: unknown; at: ArgumentPath; depth: number }> = [{ node: input, at: argumentPath, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, at, depth } = next;
    size += typeof node === 'string' ? node.length : typeof node === 'object' && node !== null ? 1 : String(node).length;
    if (size > MAX_FILTER_INPUT_SIZE) {
      throw tooLarge();
    }
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    if (Array.isArray(node)) {
      size += node.length;
      if (size > MAX_FILTER_INPUT_SIZE) {
        throw tooLarge();
      }
      node.forEach((item, index) => pending.push({ node: item, at: [...at, index], depth }));
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      size += key.length;
      if (value === null || value === undefined) {
        continue;
      }
      const here = [...at, key];
      const logical = key === 'and' || key === 'or' || key === 'not';
      if (logical && depth === maxNesting) {
        throw badUserInput(
          `Expected at most ${maxNesting} nested levels of and, or and not in the filter at "${printArgumentPath(argumentPath)}", found more at "${printArgumentPath(here)}".`,
          here,
        );
      }
      pending.push({ node: value, at: here, depth: logical ? depth + 1 : depth });
    }
  }
}

function toConditions(input: unknown, fields: ObjectFilterSpecs, at: ArgumentPath, scope: Scope): Condition[] {
  const conditions: Condition[] = [];
  for (const [key, value, here] of definedEntries(input, at, nullInput)) {
    if (key === 'and') {
      conditions.push(...listAt(value, here).flatMap((item, index) => toConditions(item, fields, [...here, index], scope)));
    } else if (key === 'or') {
      const alternatives = listAt(value, here).map((item, index) => toConditions(item, fields, [...here, index], scope));
      // An alternative without conditions is always true, and so is the or.
      if (!alternatives.some((alternative) => alternative.length === 0)) {
        conditions.push(
          alternatives.length === 0 ? never(here) : { kind: 'or', items: alternatives.map(allOf) },
        );
      }
    } else if (key === 'not') {
      const negated = toConditions(value, fields, here, { ...scope, underNot: true });
      conditions.push(negated.length === 0 ? never(here) : { kind: 'not', item: allOf(negated) });
    } else {
      conditions.push(...fieldConditions(key, value, fields, here, scope));
    }
  }
  return conditions;
}

function fieldConditions(field: string, input: unknown, fields: ObjectFilterSpecs, at: ArgumentPath, scope: Scope): Condition[] {
  const spec = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (spec === undefined) {
    throw badUserInput(`Unknown filter field "${field}" at "${printArgumentPath(at)}".`, at);
  }
  if (spec.kind === 'relation') {
    return relationConditions(field, spec, input, at, scope);
  }
  if (spec.kind !== 'composite') {
    return operatorConditions([field], spec.kind, input, at);
  }
  return definedEntries(input, at, nullInput).flatMap(([subField, operators, here]) => {
    const kind = Object.hasOwn(spec.subFields, subField) ? spec.subFields[subField] : undefined;
    if (kind === undefined) {
      throw badUserInput(`Unknown sub-field "${subField}" of "${field}" at "${printArgumentPath(here)}".`, here);
    }
    return operatorConditions([field, subField], kind, operators, here);
  });
}

// ---------------------------------------------------------------------------
// Relation filters (contract §3.2: Twenty's one-hop traversal, newest only)
// ---------------------------------------------------------------------------

function relationConditions(field: string, spec: RelationFilterSpec, input: unknown, at: ArgumentPath, scope: Scope): Condition[] {
  if (scope.inRelation) {
    throw badUserInput(
      `Relation filters reach one relation deep, as Twenty's do: "${field}" at "${printArgumentPath(at)}" is inside another relation filter.`,
      at,
    );
  }
  const targetFields = spec.target.filterFields;
  if (spec.cardinality === 'manyToOne') {
    if (scope.underNot) {
      throw badUserInput(
        `The relation filter at "${printArgumentPath(at)}" cannot be under "not": Twenty reads a condition on a missing related value as unknown, which "not" keeps unknown. Negate inside it ("${field}: { not: … }"), or test "${spec.joinColumn}" for a missing ${field}.`,
        at,
      );
    }
    return relationCondition(field, spec, 'is', toConditions(input, targetFields, at, RELATION_SCOPE), at);
  }
  return definedEntries(input, at, nullInput).flatMap(([quantifier, value, here]) => {
    if (quantifier !== 'some' && quantifier !== 'none') {
      throw badUserInput(`Unknown relation condition "${quantifier}" at "${printArgumentPath(here)}": use some or none.`, here);
    }
    return relationCondition(field, spec, quantifier, toConditions(value, targetFields, here, RELATION_SCOPE), here);
  });
}

// A relation condition whose own conditions are known false is itself known:
// false for `is` and `some`, true (no condition) for `none`.
function relationCondition(field: string, spec: RelationFilterSpec, quantifier: RelationCondition['quantifier'], inner: Condition[], at: ArgumentPath): Condition[] {
  if (inner.some(isNever)) {
    return quantifier === 'none' ? [] : [never(at)];
  }
  return [{ kind: 'relation', field, spec, quantifier, inner, at }];
}

function relationConditionsIn(condition: Condition): RelationCondition[] {
  switch (condition.kind) {
    case 'relation':
      return [condition];
    case 'and':
    case 'or':
      return condition.items.flatMap(relationConditionsIn);
    case 'not':
      return relationConditionsIn(condition.item);
    default:
      return [];
  }
}

// `condition` with every relation condition in Twenty's one-hop form, or
// undefined when one has none.
function toOneHop(condition: Condition): Condition | undefined {
  switch (condition.kind) {
    case 'relation':
      return relationOneHop(condition);
    case 'and':
    case 'or': {
      const items = condition.items.map(toOneHop);
      return items.every((item): item is Condition => item !== undefined) ? { kind: condition.kind, items } : undefined;
    }
    case 'not': {
      const item = toOneHop(condition.item);
      return item === undefined ? undefined : { kind: 'not', item };
    }
    default:
      return condition;
  }
}

// Many-to-one: Twenty joins the related record (a missing one reads as a row
// of NULLs), so `company.id[is]:NOT_NULL` makes "there is one" explicit.
// One-to-many: each leaf is its own EXISTS, so `some` has a one-hop form only
// when its conditions are one leaf or an or() of leaves (EXISTS distributes
// over OR, not over AND), and `none` is its negation.
function relationOneHop(relation: RelationCondition): Condition | undefined {
  const exists = inRelation(relation, idIs(relation.at, 'NOT_NULL'));
  if (relation.quantifier === 'is') {
    return allOf([exists, ...relation.inner.map((condition) => inRelation(relation, condition))]);
  }
  const [only] = relation.inner;
  const some =
    relation.inner.length === 0 ? exists : relation.inner.length === 1 && only !== undefined && isAnyOfLeaves(only) ? inRelation(relation, only) : undefined;
  return some === undefined || relation.quantifier === 'some' ? some : { kind: 'not', item: some };
}

function isAnyOfLeaves(condition: Condition): boolean {
  return condition.kind === 'leaf' || condition.kind === 'list' || (condition.kind === 'or' && condition.items.every(isAnyOfLeaves));
}

// `condition` (on the relation's target) read through the relation: every path gets its name in front.
function inRelation(relation: RelationCondition, condition: Condition): Condition {
  switch (condition.kind) {
    case 'leaf':
    case 'list':
      return { ...condition, path: [relation.field, ...condition.path] };
    case 'and':
    case 'or':
      return { kind: condition.kind, items: condition.items.map((item) => inRelation(relation, item)) };
    case 'not':
      return { kind: 'not', item: inRelation(relation, condition.item) };
    case 'relation':
      throw new Error(`The relation condition on "${condition.field}" is inside another one.`);
    default:
      return assertUnreachable(condition);
  }
}

function idIs(at: ArgumentPath, value: 'NULL' | 'NOT_NULL'): LeafCondition {
  return { kind: 'leaf', path: ['id'], comparator: 'is', value, quoted: false, at };
}

// The read a relation condition needs first: the ids of the related records
// that meet it (many-to-one), or the join column of the children that do
// (one-to-many). "There is a related record" needs no read.
function readOf(relation: RelationCondition): RelationRead | undefined {
  const { spec, inner, at, field } = relation;
  if (spec.cardinality === 'manyToOne') {
    return inner.length === 0 ? undefined : { field, at, cardinality: spec.cardinality, plural: spec.target.plural, filter: textOf(inner, at), collect: 'id' };
  }
  // Children without a parent would only use up the read's row cap.
  const hasParent: LeafCondition = { kind: 'leaf', path: [spec.joinColumn], comparator: 'is', value: 'NOT_NULL', quoted: false, at };
  return { field, at, cardinality: spec.cardinality, plural: spec.target.plural, filter: textOf([...inner, hasParent], at), collect: spec.joinColumn };
}

// `condition` with each relation condition replaced by an `in` list of what
// its read collected (`valuesOf` gives undefined for a relation without a read).
function substitute(condition: Condition, valuesOf: (relation: RelationCondition) => readonly string[] | undefined): Condition {
  switch (condition.kind) {
    case 'relation': {
      const { spec, at } = condition;
      const values = valuesOf(condition);
      if (values === undefined) {
        return { kind: 'leaf', path: [spec.joinColumn], comparator: 'is', value: 'NOT_NULL', quoted: false, at };
      }
      const path = spec.cardinality === 'manyToOne' ? [spec.joinColumn] : ['id'];
      const matching: Condition = values.length === 0 ? never(at) : { kind: 'list', path, comparator: 'in', values: [...values], quoted: false, at };
      return condition.quantifier === 'none' ? { kind: 'not', item: matching } : matching;
    }
    case 'and':
    case 'or':
      return { kind: condition.kind, items: condition.items.map((item) => substitute(item, valuesOf)) };
    case 'not':
      return { kind: 'not', item: substitute(condition.item, valuesOf) };
    default:
      return condition;
  }
}

function operatorConditions(path: string[], kind: ScalarKind, input: unknown, at: ArgumentPath): Condition[] {
  return definedEntries(input, at, nullOperator).map(([operator, value, here]) => {
    const allowed = OPERATORS[kind];
    if (!allowed.some((candidate) => candidate === operator)) {
      throw badUserInput(
        `Unknown operator "${operator}" at "${printArgumentPath(here)}": a ${kind} field takes ${allowed.join(', ')}.`,
        here,
      );
    }
    return operatorCondition(path, kind, operator as Operator, value, here);
  });
}

function operatorCondition(path: string[], kind: ScalarKind, operator: Operator, value: unknown, at: ArgumentPath): Condition {
  const leaf = (comparator: LeafCondition['comparator'], text: string, quoted: boolean): LeafCondition => ({
    kind: 'leaf',
    path,
    comparator,
    value: text,
    quoted,
    at,
  });
  const quoted = kind === 'text' || kind === 'select' || kind === 'multiSelect' || kind === 'dateTime';
  switch (operator) {
    case 'is':
      if (value !== 'NULL' && value !== 'NOT_NULL') {
        throw badUserInput(`Expected NULL or NOT_NULL at "${printArgumentPath(at)}", found ${show(value)}.`, at);
      }
      return leaf('is', value, false);
    case 'in': {
      const values = listAt(value, at).map((item, index) => scalarText(kind, item, [...at, index]));
      return values.length === 0 ? never(at) : { kind: 'list', path, comparator: 'in', values, quoted, at };
    }
    case 'containsAny': {
      const values = listAt(value, at).map((item, index) => containsAnyText(kind, item, [...at, index]));
      return values.length === 0 ? never(at) : { kind: 'list', path, comparator: 'containsAny', values, quoted, at };
    }
    // `like` takes the pattern as given (contract §3.2) since G2; G2 made
    // `startsWith` case-sensitive where G1 used ILIKE, so every substring
    // test is a `like` with the value's own wildcards escaped: exact on G2
    // and G3 (G1 also wrapped like values in %…%, see README).
    case 'contains':
      return leaf('like', `%${escapeLike(scalarText(kind, value, at))}%`, true);
    case 'containsInsensitive':
      return leaf('ilike', `%${escapeLike(scalarText(kind, value, at))}%`, true);
    case 'startsWith':
      return leaf('like', `${escapeLike(scalarText(kind, value, at))}%`, true);
    case 'endsWith':
      return leaf('like', `%${escapeLike(scalarText(kind, value, at))}`, true);
    case 'like':
    case 'ilike':
      return leaf(operator, likePatternOrThrow(scalarText(kind, value, at), at), quoted);
    case 'eq':
    case 'neq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return leaf(operator, scalarText(kind, value, at), quoted);
    default:
      return assertUnreachable(operator);
  }
}

function scalarText(kind: ScalarKind, value: unknown, at: ArgumentPath): string {
  switch (kind) {
    case 'text':
    case 'select':
    case 'multiSelect':
    case 'dateTime':
      if (typeof value === 'string') {
        // A URL carries UTF-8 only: URLSearchParams would send a lone
        // surrogate as U+FFFD, a condition other than the one asked for.
        if (/\p{Surrogate}/u.test(value)) {
          throw badUserInput(`Expected a string of Unicode characters at "${printArgumentPath(at)}", found ${show(value)}, which holds a lone surrogate.`, at);
        }
        return value;
      }
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) {
        return String(value);
      }
      break;
    case 'boolean':
      if (typeof value === 'boolean') {
        return String(value);
      }
      break;
    case 'uuid':
      if (isUuid(value)) {
        return value.toLowerCase();
      }
      break;
    default:
      return assertUnreachable(kind);
  }
  throw badUserInput(`Expected ${EXPECTED_VALUE[kind]} at "${printArgumentPath(at)}", found ${show(value)}.`, at);
}

// Twenty splits a containsAny list on every comma (contract §3.3 item 5) and,
// unlike `in`, it has no one-value operator to fall back on, so a value with
// a comma cannot be sent at all.
function containsAnyText(kind: ScalarKind, value: unknown, at: ArgumentPath): string {
  const text = scalarText(kind, value, at);
  if (text.includes(',')) {
    throw badUserInput(
      `The value at "${printArgumentPath(at)}" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry a comma in a containsAny value.`,
      at,
    );
  }
  return text;
}

// Postgres refuses a pattern ending in an unpaired backslash, its LIKE escape
// character ("LIKE pattern must not end with escape character", contract §3.2).
function likePatternOrThrow(pattern: string, at: ArgumentPath): string {
  const trailingBackslashes = pattern.length - pattern.replace(/\\+$/, '').length;
  if (trailingBackslashes % 2 === 1) {
    throw badUserInput(
      `Expected a LIKE pattern at "${printArgumentPath(at)}" that does not end with an unpaired escape character "\\", found ${show(pattern)}: write "\\\\" to match a backslash.`,
      at,
    );
  }
  return pattern;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The compiled filter of a condition no record meets (`in: []`,
 * `containsAny: []`, `or: []`, or such a condition beside others): callers
 * may answer it without asking Twenty.
 */
export const MATCHES_NOTHING = 'and(id[is]:NULL)';

function isNever(condition: Condition): boolean {
  return condition.kind === 'leaf' && condition.path.join('.') === 'id' && condition.comparator === 'is' && condition.value === 'NULL';
}

// No record has a null id, so this condition is false for every record.
function never(at: ArgumentPath): LeafCondition {
  return { kind: 'leaf', path: ['id'], comparator: 'is', value: 'NULL', quoted: false, at };
}

function allOf(conditions: Condition[]): Condition {
  const [only] = conditions;
  return conditions.length === 1 && only !== undefined ? only : { kind: 'and', items: conditions };
}

function definedEntries(
  input: unknown,
  at: ArgumentPath,
  onNull: (at: ArgumentPath) => UserInputError,
): Array<[string, unknown, ArgumentPath]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badUserInput(`Expected an input object at "${printArgumentPath(at)}", found ${show(input)}.`, at);
  }
  const entries: Array<[string, unknown, ArgumentPath]> = [];
  for (const [key, value] of Object.entries(input)) {
    const here = [...at, key];
    if (value === null) {
      throw onNull(here);
    }
    if (value !== undefined) {
      entries.push([key, value, here]);
    }
  }
  return entries;
}

function listAt(value: unknown, at: ArgumentPath): unknown[] {
  if (!Array.isArray(value)) {
    throw badUserInput(`Expected a list at "${printArgumentPath(at)}", found ${show(value)}.`, at);
  }
  return value;
}

function nullInput(at: ArgumentPath): UserInputError {
  return badUserInput(`Expected a value at "${printArgumentPath(at)}", found null: leave it out to add no condition.`, at);
}

function nullOperator(at: ArgumentPath): UserInputError {
  return badUserInput(
    `Expected a value at "${printArgumentPath(at)}", found null: to test for a missing value use "is: NULL" or "is: NOT_NULL".`,
    at,
  );
}

function show(value: unknown): string {
  return typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value);
}

function print(condition: Condition): Printed {
  switch (condition.kind) {
    case 'relation':
      // Relation conditions are given a form (toOneHop, substitute) first.
      throw new Error(`The relation condition on "${condition.field}" was printed before it was given a form.`);
    case 'leaf':
      return printLeaf(condition);
    case 'list':
      return printList(condition);
    case 'not': {
      const item = print(condition.item);
      return { text: `not(${item.text})`, node: { kind: 'not', item: item.node }, openAt: item.openAt };
    }
    case 'and':
    case 'or':
      return printGroup(condition.kind, condition.items.map(print));
    default:
      return assertUnreachable(condition);
  }
}

function printLeaf(leaf: LeafCondition): Printed {
  const { value } = leaf;
  const node: TwentyFilterLeaf = { kind: 'leaf', path: leaf.path, comparator: leaf.comparator, value };
  const prefix = `${leaf.path.join('.')}[${leaf.comparator}]:`;
  return printQuotedOrThrow(leaf, node, (open, close) => `${prefix}${open}${value}${close}`);
}

// The first way of quoting `value` Twenty reads back as `node` (see
// firstCarrying), or BAD_USER_INPUT at `at` when none does.
function printQuotedOrThrow(
  { value, quoted, at }: { value: string; quoted: boolean; at: ArgumentPath },
  node: TwentyFilterLeaf,
  text: (open: string, close: string) => string,
): Printed {
  const pairs = quoted ? QUOTE_PAIRS : [['', ''] as const];
  const printed = firstCarrying(
    pairs.map(([open, close]) => text(open, close)),
    node,
    at,
  );
  if (printed === undefined) {
    throw badUserInput(
      `The value at "${printArgumentPath(at)}" cannot be sent to Twenty exactly: Twenty's filter syntax has no escapes and cannot carry ${obstacleIn(value)}.`,
      at,
    );
  }
  return printed;
}

// Twenty splits an `in` or `containsAny` list on every comma and its brackets
// and quotes toggle the splitter's states (contract §3.1 steps 4 and 8): a
// list it would misread is sent as the equivalent or() of its values each on
// its own, `eq` for `in` and a one-value list for `containsAny` (an array
// overlaps a list when it overlaps one of its values; a NULL field makes
// both forms unknown, as SQL's three-valued logic reads them).
function printList(list: ListCondition): Printed {
  const { values, comparator } = list;
  const path = list.path.join('.');
  const node: TwentyFilterLeaf = { kind: 'leaf', path: list.path, comparator, value: values };
  const items = values.map((value) => (list.quoted ? `"${value}"` : value)).join(',');
  const asList = firstCarrying([`${path}[${comparator}]:[${items}]`], node, list.at);
  if (asList !== undefined && asList.openAt === undefined) {
    return asList;
  }
  const alternative = (value: string, index: number): Printed => {
    const at = [...list.at, index];
    if (comparator === 'in') {
      return printLeaf({ kind: 'leaf', path: list.path, comparator: 'eq', value, quoted: list.quoted, at });
    }
    const one: TwentyFilterLeaf = { kind: 'leaf', path: list.path, comparator, value: [value] };
    return printQuotedOrThrow({ value, quoted: list.quoted, at }, one, (open, close) => `${path}[${comparator}]:[${open}${value}${close}]`);
  };
  let asAlternatives: Printed;
  try {
    asAlternatives = printGroup('or', values.map(alternative));
  } catch (error) {
    if (asList !== undefined && error instanceof UserInputError) {
      return asList;
    }
    throw error;
  }
  return asAlternatives.openAt === undefined || asList === undefined ? asAlternatives : asList;
}

function printGroup(kind: 'and' | 'or', items: Printed[]): Printed {
  const open = items.filter((item) => item.openAt !== undefined);
  const [first, second] = open.map((item) => item.openAt);
  if (first !== undefined && second !== undefined) {
    throw badUserInput(
      `The values at "${printArgumentPath(first)}" and "${printArgumentPath(second)}" cannot be sent to Twenty together: each holds an unmatched quote or bracket, and Twenty's filter syntax, which has no escapes, carries only one such value per list of conditions.`,
      second,
    );
  }
  // Twenty's splitter keeps its quote and bracket states across commas
  // (contract §3.3 items 2-3): an item that leaves one set swallows every
  // later sibling, so it goes last. and/or are commutative.
  const ordered = [...items.filter((item) => item.openAt === undefined), ...open];
  return {
    text: `${kind}(${ordered.map((item) => item.text).join(',')})`,
    node: { kind, items: ordered.map((item) => item.node) },
    openAt: first,
  };
}

const PROBE = 'id[is]:NULL';
const PROBE_NODE: TwentyFilterLeaf = { kind: 'leaf', path: ['id'], comparator: 'is', value: 'NULL' };

// The first text Twenty reads as exactly `node` even with a sibling after it
// (so it may go anywhere); else the first it reads right when last.
function firstCarrying(texts: string[], node: TwentyFilterNode, at: ArgumentPath): Printed | undefined {
  let lastOnly: Printed | undefined;
  for (const text of texts) {
    if (readsBackAs(`and(${text},${PROBE})`, { kind: 'and', items: [node, PROBE_NODE] })) {
      return { text, node, openAt: undefined };
    }
    if (lastOnly === undefined && readsBackAs(`and(${text})`, { kind: 'and', items: [node] })) {
      lastOnly = { text, node, openAt: at };
    }
  }
  return lastOnly;
}

function readsBackAs(text: string, expected: TwentyFilterNode): boolean {
  try {
    return isDeepStrictEqual(parseTwentyFilter(text), expected);
  } catch (error) {
    if (error instanceof TwentyFilterSyntaxError) {
      return false;
    }
    throw error;
  }
}

function obstacleIn(value: string): string {
  if (/[\n\r\u2028\u2029]/.test(value)) {
    return 'a line break';
  }
  let depth = 0;
  for (const character of value) {
    depth += character === '(' ? 1 : character === ')' ? -1 : 0;
    if (depth < 0) {
      break;
    }
  }
  return depth === 0 ? 'this arrangement of quotes, brackets and parentheses' : 'unbalanced parentheses';
}
