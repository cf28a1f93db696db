/**
 * Filter semantics of the sandbox: turns a parsed Twenty `filter` into a
 * predicate over stored records, validating it the way Twenty's common layer
 * does (contract §3.2) and evaluating it the way Postgres would.
 */
import { inspect } from 'node:util';

import type { TwentyComparator, TwentyFilterNode } from '../twenty/filterGrammar.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from './ids.js';
import { canonicalEmail } from './recordWrites.js';
import { compositeSubFields, recordKeyOf } from './standardObjects.js';
import {
  badRequest,
  type FieldMetadata,
  type FieldType,
  type ObjectMetadata,
  type RelationSettings,
  type SandboxRecord,
  type SelectOption,
} from './types.js';

/** What a filter may look at besides the record itself: other objects and their live records. */
export interface FilterScope {
  objectBySingular(nameSingular: string): ObjectMetadata | undefined;
  /** Records of an object that are not soft-deleted. */
  liveRecords(namePlural: string): readonly SandboxRecord[];
  /**
   * Whether a relation name may lead a path one hop into the related object
   * (`company.name[eq]:Acme`, newest Twenty; the default); false answers as
   * the releases before it (contract §3.2, §9).
   */
  relationTraversal?: boolean;
}

/** A compiled filter. */
export interface RecordFilter {
  matches(record: SandboxRecord): boolean;
  /** The filter mentions deletedAt somewhere: soft-deleted rows are included (contract §1.3). */
  includesDeleted: boolean;
}

/**
 * Validates a parsed filter against `object` and compiles it into a predicate.
 * Throws a 400 SandboxHttpError with Twenty's text for an unknown field or
 * sub-field, a comparator the field type does not allow, or an invalid value.
 */
export function compileRecordFilter(filter: TwentyFilterNode, object: ObjectMetadata, scope: FilterScope): RecordFilter {
  const condition = compileNode(filter, { object, scope, depth: 0 });
  return {
    matches: (record) => condition(record) === true,
    includesDeleted: mentionsDeletedAt(filter),
  };
}

// ---------------------------------------------------------------------------
// Boolean structure, in SQL's three-valued logic: a comparison with NULL is
// unknown (null), and NOT unknown stays unknown, so `not(city[eq]:x)` does not
// match a person without a city, as in Postgres.
// ---------------------------------------------------------------------------

type Truth = boolean | null;
type Row = Readonly<Record<string, unknown>>;
type Condition = (row: Row) => Truth;

interface CompileContext {
  object: ObjectMetadata;
  scope: FilterScope;
  /** Relation hops already taken. */
  depth: number;
}

function and3(left: Truth, right: Truth): Truth {
  if (left === false || right === false) {
    return false;
  }
  return left === null || right === null ? null : true;
}

function or3(left: Truth, right: Truth): Truth {
  if (left === true || right === true) {
    return true;
  }
  return left === null || right === null ? null : false;
}

function compileNode(node: TwentyFilterNode, context: CompileContext): Condition {
  switch (node.kind) {
    case 'and': {
      const items = node.items.map((item) => compileNode(item, context));
      return (row) => items.reduce<Truth>((truth, item) => (truth === false ? false : and3(truth, item(row))), true);
    }
    case 'or': {
      const items = node.items.map((item) => compileNode(item, context));
      return (row) => items.reduce<Truth>((truth, item) => (truth === true ? true : or3(truth, item(row))), false);
    }
    case 'not': {
      const item = compileNode(node.item, context);
      return (row) => {
        const truth = item(row);
        return truth === null ? null : !truth;
      };
    }
    case 'leaf':
      return compileLeaf({ segments: node.path, comparator: node.comparator, value: node.value }, context);
  }
}

function mentionsDeletedAt(node: TwentyFilterNode): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.some(mentionsDeletedAt);
    case 'not':
      return mentionsDeletedAt(node.item);
    case 'leaf':
      return node.path.includes('deletedAt');
  }
}

// ---------------------------------------------------------------------------
// Keys: fields, join columns, composite sub-fields, relation hops (§3.2)
// ---------------------------------------------------------------------------

/**
 * A leaf still to be resolved. Twenty nests `a.b.c[op]:v` into
 * `{a: {b: {c: {op: v}}}}` and reads the first key below a field as its
 * sub-field (composites) or its operator (scalars), so the next "key" is
 * `segments[0]`, or the comparator once the segments are used up.
 */
interface PendingLeaf {
  segments: readonly string[];
  comparator: TwentyComparator;
  value: string | string[];
}

// MAX_RELATION_FILTER_DEPTH in Twenty's filter-arg processor.
const MAX_RELATION_DEPTH = 1;

interface FieldIndex {
  byName: Map<string, FieldMetadata>;
  byJoinColumn: Map<string, FieldMetadata>;
}

function indexFields(object: ObjectMetadata): FieldIndex {
  const active = object.fields.filter((field) => field.isActive);
  const byJoinColumn = new Map<string, FieldMetadata>();
  for (const field of active) {
    if (field.type === 'RELATION' && relationTypeOf(field) === 'MANY_TO_ONE') {
      const joinColumn = recordKeyOf(field);
      if (joinColumn !== null) {
        byJoinColumn.set(joinColumn, field);
      }
    }
  }
  return { byName: new Map(active.map((field) => [field.name, field])), byJoinColumn };
}

function relationTypeOf(field: FieldMetadata): RelationSettings['relationType'] | undefined {
  const settings = field.settings as Partial<RelationSettings> | null;
  return settings?.relationType ?? field.relation?.type;
}

function headOf(leaf: PendingLeaf): { key: string; rest: PendingLeaf } {
  const [key = leaf.comparator, ...segments] = leaf.segments;
  return { key, rest: { ...leaf, segments } };
}

function compileLeaf(leaf: PendingLeaf, context: CompileContext): Condition {
  invariant(leaf.segments.length > 0, 'a filter leaf has an empty field path');
  const { key, rest } = headOf(leaf);
  const fields = indexFields(context.object);
  const byName = fields.byName.get(key);
  if (byName?.type === 'RELATION' && !fields.byJoinColumn.has(key)) {
    if (context.scope.relationTraversal === false) {
      // The filter-arg processor of the releases before traversal.
      throw relationTypeOf(byName) === 'MANY_TO_ONE' ? useJoinColumnInstead(key) : badRequest(`Cannot filter by relation field "${key}"`);
    }
    return compileRelationHop(byName, rest, context);
  }
  const field = byName ?? fields.byJoinColumn.get(key);
  if (field === undefined) {
    throw badRequest(`Object ${context.object.nameSingular} doesn't have any "${key}" field.`);
  }
  const subFields = compositeSubFields(field.type);
  if (subFields === undefined) {
    return compileComparison(
      { name: key, type: field.type, options: field.options, nullEquivalence: NULL_EQUIVALENCE.get(field.type), read: (row) => row[key] },
      rest,
    );
  }
  const { key: subKey, rest: subLeaf } = headOf(rest);
  const subKind = Object.hasOwn(subFields, subKey) ? subFields[subKey] : undefined;
  if (subKind === undefined) {
    throw badRequest(`Sub field "${subKey}" not found for composite type: ${field.type}`);
  }
  const operatorLeaf = field.type === 'EMAILS' && subKey === 'primaryEmail' ? withCanonicalEmails(subLeaf) : subLeaf;
  // Twenty validates a sub-field as a field of the sub-field's type that keeps
  // the parent's metadata, options included (none for composites).
  return compileComparison(
    {
      name: `${field.name}.${subKey}`,
      type: subKind,
      options: field.options,
      nullEquivalence: NULL_EQUIVALENCE.get(`${field.type}.${subKey}`),
      read: (row) => {
        const composite = row[field.name];
        return composite !== null && typeof composite === 'object' ? (composite as Row)[subKey] : null;
      },
    },
    operatorLeaf,
  );
}

/**
 * Newest Twenty compares e-mails as it stores them (contract §2.1, §9;
 * normalizeExactEmailsFilterValue): the non-empty values of `eq`, `neq` and
 * `in` on `emails.primaryEmail` are canonicalised (lower-cased, IDN domain
 * punycoded) before the comparison, and before the text `NULL` would be read
 * as null. Other comparators take the value as given.
 */
function withCanonicalEmails(leaf: PendingLeaf): PendingLeaf {
  if (leaf.segments.length > 0 || !['eq', 'neq', 'in'].includes(leaf.comparator)) {
    return leaf;
  }
  const canonical = (value: string) => (value === '' ? value : canonicalEmail(value));
  return { ...leaf, value: Array.isArray(leaf.value) ? leaf.value.map(canonical) : canonical(leaf.value) };
}

function useJoinColumnInstead(key: string): Error {
  return badRequest(`Cannot filter by relation field "${key}": use "${key}Id" instead`);
}

/**
 * `company.name[eq]:Acme` on people (the related company must match, LEFT
 * JOIN) and `people.city[eq]:Paris` on companies (EXISTS a matching person),
 * one hop deep (contract §3.2).
 */
function compileRelationHop(field: FieldMetadata, leaf: PendingLeaf, context: CompileContext): Condition {
  const key = field.name;
  const relationType = relationTypeOf(field);
  if (relationType === undefined) {
    throw badRequest(`Cannot filter by relation field "${key}"`);
  }
  const targetName = field.relation?.targetObjectMetadata.nameSingular;
  const target = targetName === undefined ? undefined : context.scope.objectBySingular(targetName);
  if (target === undefined) {
    throw useJoinColumnInstead(key);
  }
  // Twenty only treats the value as a traversal when its first key names a
  // field of the target; `company[eq]:<id>` gets the join-column hint instead.
  const targetFields = indexFields(target);
  const next = leaf.segments[0];
  if (next === undefined || !(targetFields.byName.has(next) || targetFields.byJoinColumn.has(next))) {
    throw useJoinColumnInstead(key);
  }
  if (context.depth >= MAX_RELATION_DEPTH) {
    throw badRequest(`Relation filter nesting deeper than ${MAX_RELATION_DEPTH} hop is not supported`);
  }
  const inner = compileLeaf(leaf, { object: target, scope: context.scope, depth: context.depth + 1 });
  const { scope } = context;
  if (relationType === 'MANY_TO_ONE') {
    const joinColumn = recordKeyOf(field) ?? `${key}Id`;
    return (row) => {
      const id = row[joinColumn];
      const related = id === null || id === undefined ? undefined : scope.liveRecords(target.namePlural).find((record) => record.id === id);
      // A LEFT JOIN without a partner row reads every column as NULL.
      return inner(related ?? NULL_ROW);
    };
  }
  const inverseName = field.relation?.targetFieldMetadata.name;
  const inverse = inverseName === undefined ? undefined : targetFields.byName.get(inverseName);
  const inverseJoinColumn = inverse === undefined ? null : recordKeyOf(inverse);
  if (inverseJoinColumn === null) {
    throw badRequest(`Cannot filter by relation field "${key}"`);
  }
  return (row) => scope.liveRecords(target.namePlural).some((record) => record[inverseJoinColumn] === row.id && inner(record) === true);
}

const NULL_ROW: Row = Object.freeze({});

// ---------------------------------------------------------------------------
// Operators and values (§3.2)
// ---------------------------------------------------------------------------

/** The field (or composite sub-field) a comparison reads, as Twenty types it. */
interface LeafTarget {
  /** As Twenty names it in messages: `city`, `companyId`, `name.firstName`. */
  name: string;
  type: FieldType;
  options: SelectOption[] | null;
  nullEquivalence: NullEquivalence | undefined;
  read(row: Row): unknown;
}

// The newest filter-operators constant, in the order Twenty lists them in its
// "Allowed operators" message (filter-arg-processor snapshot). It is wider than
// the older list in contract §3.2: TEXT/UUID/DATE also take gt…lte, DATE takes in.
const NUMBER_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'];
const ENUM_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'containsAny', 'is', 'isEmptyArray'];
const JSON_OPERATORS = ['is', 'like'];
const COMPOSITE_OPERATORS = ['eq', 'neq', 'is'];
const OPERATORS: Record<FieldType, readonly string[]> = {
  TEXT: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is', 'like', 'ilike', 'startsWith', 'endsWith'],
  NUMBER: NUMBER_OPERATORS,
  NUMERIC: NUMBER_OPERATORS,
  POSITION: NUMBER_OPERATORS,
  BOOLEAN: ['eq', 'is'],
  DATE: NUMBER_OPERATORS,
  DATE_TIME: NUMBER_OPERATORS,
  UUID: NUMBER_OPERATORS,
  RELATION: NUMBER_OPERATORS,
  SELECT: ENUM_OPERATORS,
  RATING: ENUM_OPERATORS,
  MULTI_SELECT: ['containsAny', 'containsExactly', 'is', 'isEmptyArray'],
  ARRAY: ['containsIlike', 'is', 'isEmptyArray'],
  RAW_JSON: JSON_OPERATORS,
  TS_VECTOR: COMPOSITE_OPERATORS,
  FULL_NAME: COMPOSITE_OPERATORS,
  EMAILS: COMPOSITE_OPERATORS,
  PHONES: COMPOSITE_OPERATORS,
  LINKS: COMPOSITE_OPERATORS,
  CURRENCY: COMPOSITE_OPERATORS,
  ADDRESS: COMPOSITE_OPERATORS,
  ACTOR: COMPOSITE_OPERATORS,
  RICH_TEXT_V2: COMPOSITE_OPERATORS,
};

/**
 * Twenty's "null equivalence" (findPostgresDefaultNullEquivalentValue): for
 * these columns an unset value may be stored as '' (text) or an empty array,
 * so a filter value of '', [] or 'NULL' also matches NULL, and `is NULL` also
 * matches the empty value. Keyed by type, or `TYPE.subField` for composites.
 */
type NullEquivalence = 'text' | 'array';
const NULL_EQUIVALENCE = new Map<string, NullEquivalence>([
  ['TEXT', 'text'],
  ['MULTI_SELECT', 'array'],
  ['ARRAY', 'array'],
  ['ACTOR.name', 'text'],
  ['ADDRESS.addressStreet1', 'text'],
  ['ADDRESS.addressStreet2', 'text'],
  ['ADDRESS.addressCity', 'text'],
  ['ADDRESS.addressState', 'text'],
  ['ADDRESS.addressPostcode', 'text'],
  ['ADDRESS.addressCountry', 'text'],
  ['EMAILS.primaryEmail', 'text'],
  ['EMAILS.additionalEmails', 'array'],
  ['LINKS.primaryLinkUrl', 'text'],
  ['LINKS.primaryLinkLabel', 'text'],
  ['LINKS.secondaryLinks', 'array'],
  ['PHONES.primaryPhoneNumber', 'text'],
  ['PHONES.primaryPhoneCountryCode', 'text'],
  ['PHONES.primaryPhoneCallingCode', 'text'],
  ['PHONES.additionalPhones', 'array'],
  ['RICH_TEXT_V2.markdown', 'text'],
  ['FULL_NAME.firstName', 'text'],
  ['FULL_NAME.lastName', 'text'],
]);

function isNullEquivalentOperand(equivalence: NullEquivalence | undefined, operand: unknown): boolean {
  if (equivalence === undefined) {
    return false;
  }
  return operand === 'NULL' || (equivalence === 'text' ? operand === '' : Array.isArray(operand) && operand.length === 0);
}

function isNullEquivalentStored(equivalence: NullEquivalence, stored: unknown): boolean {
  return equivalence === 'text' ? stored === '' : Array.isArray(stored) && stored.length === 0;
}

function isNull(stored: unknown): boolean {
  return stored === null || stored === undefined;
}

/** `{b: {op: v}}` for the rest of a path below the operator key, for messages about it. */
function nestedOperand(leaf: PendingLeaf): unknown {
  return leaf.segments.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), { [leaf.comparator]: leaf.value });
}

function compileComparison(target: LeafTarget, leaf: PendingLeaf): Condition {
  const { key: operator, rest } = headOf(leaf);
  const allowed = OPERATORS[target.type];
  if (!allowed.includes(operator)) {
    throw badRequest(
      `Operator "${operator}" is not valid for field "${target.name}" of type ${target.type} - Allowed operators: ${allowed.join(', ')}`,
    );
  }
  // A path that goes on below the operator (`city.eq.x[eq]:1`) hands Twenty an
  // object as the operand; its validators reject most of those.
  const operand = leaf.segments.length === 0 ? leaf.value : nestedOperand(rest);
  const nullEquivalent = isNullEquivalentOperand(target.nullEquivalence, operand);
  const { read } = target;
  switch (operator) {
    case 'is': {
      if (operand !== 'NULL' && operand !== 'NOT_NULL') {
        throw badRequest(`Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"`);
      }
      if (operand === 'NOT_NULL') {
        return (row) => !isNull(read(row));
      }
      const equivalence = nullEquivalent ? target.nullEquivalence : undefined;
      return (row) => {
        const stored = read(row);
        return isNull(stored) || (equivalence !== undefined && isNullEquivalentStored(equivalence, stored));
      };
    }
    case 'in':
    case 'containsAny': {
      if (!Array.isArray(operand)) {
        throw badRequest(`Filter operator "${operator}" requires an array value for field ${target.name}`);
      }
      return operator === 'in' ? compileIn(target, operand) : compileContainsAny(target, operand);
    }
    case 'like':
    case 'ilike':
    case 'startsWith':
    case 'endsWith': {
      if (typeof operand !== 'string') {
        throw badRequest(`Filter operator "${operator}" requires a string value for field "${target.name}", got ${typeof operand}`);
      }
      const test = compileTextTest(operator, operand);
      const orNull = nullEquivalent && (operator === 'like' || operator === 'ilike');
      return (row) => {
        const stored = read(row);
        const truth = isNull(stored) ? null : test(toSqlText(stored));
        return orNull ? or3(truth, isNull(stored)) : truth;
      };
    }
    case 'eq':
    case 'neq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const expected = coerceOperand(target, operand);
      const holds = ORDER_TESTS[operator];
      return (row) => {
        const stored = read(row);
        const order = compare(toComparable(target, stored), expected);
        const truth = order === null ? null : holds(order);
        // `= v OR IS NULL`, `!= v AND IS NOT NULL` (compute-where-condition-parts).
        if (nullEquivalent && operator === 'eq') {
          return or3(truth, isNull(stored));
        }
        if (nullEquivalent && operator === 'neq') {
          return and3(truth, !isNull(stored));
        }
        return truth;
      };
    }
    default:
      // isEmptyArray, containsExactly, containsIlike: not REST comparators, only
      // reachable as a path segment, whose operand is then an object.
      throw invalidFilterValue(target);
  }
}

const ORDER_TESTS: Record<'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte', (order: number) => boolean> = {
  eq: (order) => order === 0,
  neq: (order) => order !== 0,
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
};

function compileIn(target: LeafTarget, items: readonly unknown[]): Condition {
  const expected = items.map((item) => coerceOperand(target, item));
  return (row) => {
    const stored = toComparable(target, target.read(row));
    return stored === null ? null : expected.some((item) => compare(stored, item) === 0);
  };
}

function compileContainsAny(target: LeafTarget, items: readonly unknown[]): Condition {
  const wanted = new Set(items.map(String));
  return (row) => {
    const stored = target.read(row);
    if (isNull(stored)) {
      return null;
    }
    // `"field"::text[] && ARRAY[…]`; a scalar enum reads as a one-element array.
    const elements = Array.isArray(stored) ? stored : [stored];
    return elements.some((element) => wanted.has(String(element)));
  };
}

function invalidFilterValue(target: LeafTarget): Error {
  return badRequest(`Invalid filter value for field "${target.name}"`);
}

// ---------------------------------------------------------------------------
// Values: Twenty's validate-and-transform-value-by-field-type, then a
// comparable form (numbers, instants, option ranks or plain strings).
// ---------------------------------------------------------------------------

type Comparable = number | string | boolean;

function coerceOperand(target: LeafTarget, operand: unknown): Comparable {
  const { name } = target;
  switch (target.type) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION': {
      const number = typeof operand === 'string' ? Number.parseFloat(operand) : operand;
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        throw badRequest(`Invalid number value ${inspect(number)} for field "${name}"`);
      }
      return number;
    }
    case 'BOOLEAN': {
      if (operand !== 'true' && operand !== 'false') {
        throw badRequest(`Invalid boolean value ${inspect(operand)} for field "${name}"`);
      }
      return operand === 'true';
    }
    case 'UUID':
    case 'RELATION': {
      if (!isUuid(operand)) {
        throw badRequest(`Invalid UUID value ${inspect(operand)} for field "${name}"`);
      }
      return operand.toLowerCase();
    }
    case 'DATE_TIME': {
      const instant = typeof operand === 'string' ? parseTwentyDate(operand) : undefined;
      if (instant === undefined) {
        throw badRequest(`Invalid value ${inspect(operand)} for date-time field "${name}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`);
      }
      return instant.epochMilliseconds;
    }
    case 'DATE': {
      const instant = typeof operand === 'string' ? parseTwentyDate(operand) : undefined;
      if (instant === undefined) {
        throw badRequest(`Invalid value ${inspect(operand)} for date field "${name}". Expected format: 'YYYY-MM-DD'`);
      }
      return instant.epochDay;
    }
    case 'SELECT':
    case 'MULTI_SELECT': {
      if (typeof operand !== 'string') {
        throw badRequest(`Invalid select value for field "${name}": expected string, got ${typeof operand}`);
      }
      const values = (target.options ?? []).map((option) => option.value);
      if (values.length > 0 && !values.includes(operand)) {
        throw badRequest(`Invalid select value "${operand}" for field "${name}". Valid options: ${values.join(', ')}`);
      }
      return enumRank(target, operand);
    }
    case 'RATING':
      // Twenty does not check RATING values against the options.
      if (typeof operand !== 'string') {
        throw invalidFilterValue(target);
      }
      return enumRank(target, operand);
    default:
      if (typeof operand !== 'string') {
        throw invalidFilterValue(target);
      }
      return operand;
  }
}

/** An enum compares by its option's position, like a Postgres enum. */
function enumRank(target: LeafTarget, value: string): Comparable {
  const rank = (target.options ?? []).findIndex((option) => option.value === value);
  return rank === -1 ? value : rank;
}

function toComparable(target: LeafTarget, stored: unknown): Comparable | null {
  if (isNull(stored)) {
    return null;
  }
  switch (target.type) {
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION': {
      // CURRENCY amountMicros may be stored as a numeric string.
      const number = typeof stored === 'string' ? Number(stored) : stored;
      return typeof number === 'number' && Number.isFinite(number) ? number : null;
    }
    case 'BOOLEAN':
      return typeof stored === 'boolean' ? stored : null;
    case 'UUID':
    case 'RELATION':
      return typeof stored === 'string' ? stored.toLowerCase() : null;
    case 'DATE_TIME':
    case 'DATE': {
      const milliseconds = typeof stored === 'string' ? Date.parse(stored) : Number.NaN;
      if (Number.isNaN(milliseconds)) {
        return null;
      }
      return target.type === 'DATE' ? Math.floor(milliseconds / MILLISECONDS_PER_DAY) : milliseconds;
    }
    case 'SELECT':
    case 'MULTI_SELECT':
    case 'RATING':
      return typeof stored === 'string' ? enumRank(target, stored) : null;
    default:
      return typeof stored === 'string' ? stored : toSqlText(stored);
  }
}

/** -1, 0 or 1; null (SQL unknown) when either side is NULL or they are not comparable. */
function compare(left: Comparable | null, right: Comparable): number | null {
  if (left === null || typeof left !== typeof right) {
    return null;
  }
  // Strings compare by UTF-16 code unit, numbers numerically, false < true.
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `"field"::text`: strings as they are, anything else as Postgres prints jsonb. */
function toSqlText(stored: unknown): string {
  return typeof stored === 'string' ? stored : jsonbText(stored);
}

function jsonbText(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(jsonbText).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    // jsonb keeps object keys ordered by length, then bytewise.
    const entries = Object.entries(value).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${jsonbText(entry)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// ---------------------------------------------------------------------------
// Text operators
// ---------------------------------------------------------------------------

function compileTextTest(operator: 'like' | 'ilike' | 'startsWith' | 'endsWith', operand: string): (text: string) => boolean {
  switch (operator) {
    case 'like':
    case 'ilike': {
      const pattern = likeToRegExp(operand, operator === 'ilike');
      return (text) => pattern.test(text);
    }
    case 'startsWith':
      return (text) => text.startsWith(operand);
    case 'endsWith':
      return (text) => text.endsWith(operand);
  }
}

const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * SQL LIKE as a whole-string RegExp: `%` is any run, `_` one character, a
 * backslash makes the next character literal (contract §3.3: Twenty passes
 * the value as given, wildcards included).
 */
function likeToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  let escaping = false;
  for (const character of pattern) {
    if (escaping) {
      source += character.replace(REGEXP_SYNTAX, '\\$&');
      escaping = false;
    } else if (character === '\\') {
      escaping = true;
    } else if (character === '%') {
      source += '.*';
    } else if (character === '_') {
      source += '.';
    } else {
      source += character.replace(REGEXP_SYNTAX, '\\$&');
    }
  }
  if (escaping) {
    throw badRequest('LIKE pattern must not end with escape character');
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'isu' : 'su');
}

// ---------------------------------------------------------------------------
// Dates: Twenty accepts a value when date-fns `parse` reads it with one of
// ACCEPTED_DATE_TIME_FORMATS; Postgres then reads it as an instant.
// ---------------------------------------------------------------------------

const MILLISECONDS_PER_DAY = 86_400_000;

const ACCEPTED_DATE_FORMATS = [
  "yyyy-MM-dd'T'HH:mm:ss.SSSX",
  "yyyy-MM-dd'T'HH:mm:ssX",
  "yyyy-MM-dd'T'HH:mm:ss.SSSxxx",
  "yyyy-MM-dd'T'HH:mm:ssxxx",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
  "yyyy-MM-dd'T'HH:mm:ss",
  'yyyy-MM-dd HH:mm:ss.SSS',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd',
  'yyyyMMdd',
  'yyyy.MM.dd',
  'yyyy/MM/dd',
  'MM-dd-yyyy',
  'MM/dd/yyyy',
  'MM.dd.yyyy',
  'MMMM d, yyyy',
  'MMM d, yyyy',
  'd MMMM yyyy',
  'd MMM yyyy',
  'dd-MMM-yyyy',
  'yyyy-MMM-dd',
];

// date-fns reads `yyyy` as up to four digits, `MM`/`dd`/`HH`… as up to two and
// `SSS` as up to three, so a fourth fraction digit makes a value invalid.
const DATE_TOKENS: Readonly<Record<string, string>> = {
  yyyy: '(?<year>\\d{1,4})',
  MMMM: '(?<monthName>[A-Za-z]+)',
  MMM: '(?<monthName>[A-Za-z]+)',
  MM: '(?<month>\\d{1,2})',
  dd: '(?<day>\\d{1,2})',
  d: '(?<day>\\d{1,2})',
  HH: '(?<hour>\\d{1,2})',
  mm: '(?<minute>\\d{1,2})',
  ss: '(?<second>\\d{1,2})',
  SSS: '(?<fraction>\\d{1,3})',
  X: '(?<zone>Z|[+-]\\d{2}(?:\\d{2})?)',
  xxx: '(?<zone>Z|[+-]\\d{2}:\\d{2})',
};

const DATE_FORMAT_PATTERNS = ACCEPTED_DATE_FORMATS.map((format) => {
  const source = (format.match(/'[^']*'|yyyy|MMMM|MMM|MM|dd|d|HH|mm|ss|SSS|xxx|X|./g) ?? [])
    .map((token) => DATE_TOKENS[token] ?? token.replaceAll("'", '').replace(REGEXP_SYNTAX, '\\$&'))
    .join('');
  return new RegExp(`^${source}\\s*$`);
});

// date-fns' English month names: wide, abbreviated, and narrow (first match wins).
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index =
    lower.length === 1
      ? MONTH_NAMES.findIndex((month) => month.startsWith(lower))
      : MONTH_NAMES.findIndex((month) => month === lower || month.slice(0, 3) === lower);
  return index === -1 ? undefined : index + 1;
}

interface ParsedDate {
  epochMilliseconds: number;
  /** The calendar day as written (time and zone ignored), as Postgres casts text to `date`. */
  epochDay: number;
}

function parseTwentyDate(text: string): ParsedDate | undefined {
  for (const pattern of DATE_FORMAT_PATTERNS) {
    const groups = pattern.exec(text)?.groups;
    const parsed = groups === undefined ? undefined : toParsedDate(groups);
    if (parsed !== undefined) {
      return parsed;
    }
  }
  return undefined;
}

function toParsedDate(groups: Record<string, string | undefined>): ParsedDate | undefined {
  const number = (value: string | undefined): number => (value === undefined ? 0 : Number(value));
  const year = number(groups.year);
  const month = groups.monthName === undefined ? number(groups.month) : monthFromName(groups.monthName);
  const day = number(groups.day);
  const [hour, minute, second] = [number(groups.hour), number(groups.minute), number(groups.second)];
  const validDay = month !== undefined && year >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!validDay || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const epochDay = date.getTime() / MILLISECONDS_PER_DAY;
  // `.1` is 100 ms for Postgres, whatever date-fns made of it while validating.
  const milliseconds = Number((groups.fraction ?? '').padEnd(3, '0'));
  // Without a zone Postgres uses the session's, which is UTC for Twenty.
  const epochMilliseconds = date.setUTCHours(hour, minute, second, milliseconds) - zoneOffsetMilliseconds(groups.zone);
  return { epochMilliseconds, epochDay };
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function zoneOffsetMilliseconds(zone: string | undefined): number {
  const match = zone === undefined ? null : /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (match === null) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}
