import { compositeSubFields, recordKeyOf } from './standardObjects.js';
import {
  badRequest,
  type FieldMetadata,
  type FieldType,
  type ObjectMetadata,
  type OrderByItem,
  type PageInfo,
  type SandboxRecord,
} from './types.js';

/** How values of one order key compare. */
export type SortKind = 'number' | 'date' | 'boolean' | 'text' | 'uuid' | 'json';

/**
 * One validated `order_by` item: the value path inside a record
 * (`['name', 'lastName']`), the top-level record key its cursor carries
 * (`name`), the direction and how its values compare.
 */
export interface RecordOrderItem {
  path: string[];
  key: string;
  direction: OrderByItem['direction'];
  kind: SortKind;
}

/** A complete record order: the caller's items plus the `id` tie-breaker. */
export type RecordOrder = readonly RecordOrderItem[];

/** A page of sorted records and Twenty's pageInfo for it. */
export interface RecordPage {
  records: SandboxRecord[];
  pageInfo: PageInfo;
}

/** Where a page starts: at most one cursor, and the page size. */
export interface PageRequest {
  limit: number;
  startingAfter?: string | undefined;
  endingBefore?: string | undefined;
}

const ID_ORDER: RecordOrderItem = { path: ['id'], key: 'id', direction: 'AscNullsFirst', kind: 'uuid' };

/**
 * Validates parsed `order_by` items against `object`'s active fields and
 * returns the complete order, `id AscNullsFirst` appended unless id is
 * already ordered (contract §4.1). Throws 400 for an unknown field, a whole
 * composite field or an unknown sub-field.
 */
export function compileOrderOrThrow(object: ObjectMetadata, orderBy: readonly OrderByItem[]): RecordOrder {
  const items = orderBy.map((item) => compileItem(object, item));
  return items.some((item) => item.key === 'id') ? items : [...items, ID_ORDER];
}

function compileItem(object: ObjectMetadata, item: OrderByItem): RecordOrderItem {
  const [key = '', ...subPath] = item.path;
  const field = object.fields.find((candidate) => candidate.isActive && recordKeyOf(candidate) === key);
  if (field === undefined || (subPath.length > 0 && compositeSubFields(field.type) === undefined)) {
    throw badRequest(`Object ${object.nameSingular} doesn't have any "${item.path.join('.')}" field.`);
  }
  const subFields = compositeSubFields(field.type);
  if (subFields === undefined) {
    return { path: [key], key, direction: item.direction, kind: sortKindOf(field) };
  }
  const [subField] = subPath;
  if (subField === undefined) {
    // Twenty orders composites column by column, so the whole value has no order (contract §4.1).
    throw badRequest(
      `Composite field "${key}" of object ${object.nameSingular} cannot be ordered as a whole. Order by one of its sub-fields: ${Object.keys(subFields)
        .map((name) => `${key}.${name}`)
        .join(', ')}`,
    );
  }
  const subKind = subFields[subField];
  if (subKind === undefined || subPath.length > 1) {
    throw badRequest(`Sub field "${subPath.join('.')}" not found for composite type: ${field.type}`);
  }
  return { path: [key, subField], key, direction: item.direction, kind: SORT_KINDS[subKind] ?? 'json' };
}

const SORT_KINDS: Partial<Record<FieldType, SortKind>> = {
  NUMBER: 'number',
  NUMERIC: 'number',
  POSITION: 'number',
  DATE_TIME: 'date',
  DATE: 'date',
  BOOLEAN: 'boolean',
  TEXT: 'text',
  SELECT: 'text',
  RATING: 'text',
  UUID: 'uuid',
  RELATION: 'uuid',
};

function sortKindOf(field: FieldMetadata): SortKind {
  return SORT_KINDS[field.type] ?? 'json';
}

// Text compares by code units, as Postgres does under the "C" collation: a
// total, locale-independent order, which keyset pagination needs (contract §4.3).
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNonNull(kind: SortKind, a: unknown, b: unknown): number {
  switch (kind) {
    case 'number':
      // NUMERIC values (amountMicros) may be numeric strings.
      return Number(a) - Number(b) || compareCodeUnits(String(a), String(b));
    case 'date':
      return Date.parse(String(a)) - Date.parse(String(b)) || compareCodeUnits(String(a), String(b));
    case 'boolean':
      return Number(a === true) - Number(b === true);
    case 'text':
      return compareCodeUnits(String(a), String(b));
    case 'uuid':
      return compareCodeUnits(String(a).toLowerCase(), String(b).toLowerCase());
    case 'json':
      return compareCodeUnits(JSON.stringify(a), JSON.stringify(b));
  }
}

function valueAt(source: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = source;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') {
      return null;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value ?? null;
}

function compareItem(item: RecordOrderItem, a: Record<string, unknown>, b: Record<string, unknown>): number {
  const left = valueAt(a, item.path);
  const right = valueAt(b, item.path);
  if (left === null || right === null) {
    if (left === right) {
      return 0;
    }
    const nullsFirst = item.direction.endsWith('NullsFirst');
    return (left === null) === nullsFirst ? -1 : 1;
  }
  const comparison = compareNonNull(item.kind, left, right);
  return item.direction.startsWith('Desc') ? -comparison : comparison;
}

/**
 * Compares two records, or a record and a decoded cursor, in `order`: negative
 * when `a` comes first. Nulls go first or last as each direction says,
 * whatever the ascending/descending part.
 */
export function compareInOrder(order: RecordOrder, a: Record<string, unknown>, b: Record<string, unknown>): number {
  for (const item of order) {
    const comparison = compareItem(item, a, b);
    if (comparison !== 0) {
      return comparison;
    }
  }
  return 0;
}

/** Returns a sorted copy of `records`; never throws. */
export function sortRecords(records: readonly SandboxRecord[], order: RecordOrder): SandboxRecord[] {
  return [...records].sort((a, b) => compareInOrder(order, a, b));
}

/**
 * Returns the cursor of `record` exactly as Twenty's `encodeCursor` builds it
 * (contract §4.3): base64 of JSON with the TOP-LEVEL value of every order key,
 * in order, then `id`, e.g. `{"name":{"firstName":"A","lastName":"B"},"id":"…"}`.
 */
export function encodeCursor(record: SandboxRecord, order: RecordOrder): string {
  const values: Record<string, unknown> = {};
  for (const item of order) {
    values[item.key] = record[item.key];
  }
  return Buffer.from(JSON.stringify({ ...values, id: record.id })).toString('base64');
}

/** Decodes a cursor made by encodeCursor; 400 `Invalid cursor: <cursor>` when it is not base64 JSON of an object. */
export function decodeCursorOrThrow(cursor: string): Record<string, unknown> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    throw badRequest(`Invalid cursor: ${cursor}`);
  }
  if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) {
    throw badRequest(`Invalid cursor: ${cursor}`);
  }
  return decoded as Record<string, unknown>;
}

/**
 * Decodes a cursor and checks it was made for `order`, as newest Twenty does
 * (contract §9; validateCursorMatchesOrderByOrThrow): 400 when it lacks the
 * value of an order key (composite keys by sub-field, nested or under a
 * legacy dotted key), or holds a key the order does not sort by.
 */
export function cursorOfOrderOrThrow(cursor: string, order: RecordOrder): Record<string, unknown> {
  const position = decodeCursorOrThrow(cursor);
  for (const item of order) {
    const [key = '', subField] = item.path;
    if (subField === undefined) {
      if (position[key] === undefined) {
        throw cursorOrderMismatch(key);
      }
      continue;
    }
    // Raw JSON sub-fields carry no keyset condition, and need no value.
    if (item.kind === 'json') {
      continue;
    }
    const nested = position[key];
    const hasNested = nested !== null && typeof nested === 'object' && (nested as Record<string, unknown>)[subField] !== undefined;
    if (!hasNested && position[`${key}.${subField}`] === undefined) {
      throw cursorOrderMismatch(`${key}.${subField}`);
    }
  }
  const keys = new Set(order.flatMap((item) => [item.key, item.path.join('.')]));
  if (Object.keys(position).some((key) => !keys.has(key))) {
    throw badRequest('Invalid cursor');
  }
  return position;
}

function cursorOrderMismatch(field: string): Error {
  return badRequest(
    `Cursor is missing the value for orderBy field "${field}": it was encoded for a different orderBy. Restart pagination without a cursor.`,
  );
}

/**
 * Cuts one keyset page out of `sorted` (already in `order`): rows strictly
 * after `startingAfter` or strictly before `endingBefore`, at most `limit`,
 * backward pages still ascending. hasNextPage only on forward pages and
 * hasPreviousPage only on backward pages (contract §4.3). 400 for both cursors,
 * an undecodable one, or one made for another order.
 */
export function paginateRecords(sorted: readonly SandboxRecord[], order: RecordOrder, request: PageRequest): RecordPage {
  if (request.startingAfter !== undefined && request.endingBefore !== undefined) {
    throw badRequest('Cannot provide both before and after');
  }
  if (request.endingBefore !== undefined) {
    const position = cursorOfOrderOrThrow(request.endingBefore, order);
    const before = sorted.filter((record) => compareInOrder(order, record, position) < 0);
    const records = before.slice(Math.max(0, before.length - request.limit));
    return { records, pageInfo: pageInfoOf(records, order, false, before.length > request.limit) };
  }
  const position = request.startingAfter === undefined ? undefined : cursorOfOrderOrThrow(request.startingAfter, order);
  const after = position === undefined ? sorted : sorted.filter((record) => compareInOrder(order, record, position) > 0);
  const records = after.slice(0, request.limit);
  return { records, pageInfo: pageInfoOf(records, order, after.length > request.limit, false) };
}

function pageInfoOf(records: readonly SandboxRecord[], order: RecordOrder, hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  const first = records[0];
  const last = records[records.length - 1];
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: first === undefined ? null : encodeCursor(first, order),
    endCursor: last === undefined ? null : encodeCursor(last, order),
  };
}
