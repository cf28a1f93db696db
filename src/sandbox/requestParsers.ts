/**
 * Twenty's REST input parsers (`input-request-parsers/*` in twenty-server,
 * contract §1.1, §1.3, §4), each reproducing what Twenty accepts, what it
 * silently ignores and the 400 it answers. Values are query parameters as the
 * HTTP layer decodes them: a string, or an array for a repeated key.
 */
import { isUuid } from './ids.js';
import { badRequest, type OrderByItem } from './types.js';

/** A query parameter as decoded: absent, once, or repeated. */
export type QueryValue = string | string[] | undefined;

/** Where a core `/rest/...` path points (parse-core-path.utils.ts). */
export interface CoreRoute {
  /** The object's name as written in the path (plural expected; resolved later). */
  object: string;
  id?: string | undefined;
  /** `/rest/batch/{objects}`. */
  batch?: boolean | undefined;
  /** G3 `PATCH /rest/{objects}[/{id}]/restore`. */
  restore?: boolean | undefined;
  /** `duplicates`, `groupBy` or `merge`. */
  suffix?: string | undefined;
}

const ORDER_DIRECTIONS: ReadonlySet<string> = new Set(['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast']);
const PATH_SUFFIXES: ReadonlySet<string> = new Set(['duplicates', 'groupBy', 'merge']);
// twenty-shared QUERY_DEFAULT_LIMIT_RECORDS (contract §4.2).
const DEFAULT_LIMIT = 60;

/**
 * Reads `/rest/{objects}`, `/rest/{objects}/{id}`, `/rest/batch/{objects}`,
 * the suffix routes and (PATCH only) the G3 restore paths. Throws Twenty's
 * 400 for an empty or too long path and for an id that is not a UUID.
 */
export function parseCorePath(method: string, path: string): CoreRoute {
  const segments = path.replace(/^\/rest/, '').split('/').filter(Boolean);
  // Twenty treats a trailing `restore` as special for PATCH only: another verb
  // would read it as an id, and DELETE would destroy the record (contract §1.1).
  const isRestore = method === 'PATCH' && segments[segments.length - 1] === 'restore';
  const [first, second] = segments;
  if (first === undefined || segments.length > (isRestore ? 3 : 2)) {
    throw badRequest(
      `Query path '${path}' invalid. Valid examples: /rest/companies/id or /rest/companies or /rest/batch/companies`,
    );
  }
  if (second === undefined) {
    return { object: first };
  }
  if (first === 'batch') {
    return { object: second, batch: true };
  }
  if (PATH_SUFFIXES.has(second)) {
    return { object: first, suffix: second };
  }
  if (isRestore) {
    const id = segments.length === 3 ? second : undefined;
    return { object: first, id: id === undefined ? undefined : uuidOrThrow(id), restore: true };
  }
  return { object: first, id: uuidOrThrow(second) };
}

/** The `filter` value when it is one string; a missing, repeated or bracketed key is no filter (contract §3.1 step 1). */
export function readFilterParam(value: QueryValue): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * `limit`: 60 when absent or empty; a value that is not a non-negative number
 * → 400; above `maxLimit` clamped silently (contract §4.2). Fractions pass, as in Twenty.
 */
export function parseLimit(value: QueryValue, maxLimit: number): number {
  if (value === undefined || value === '') {
    return Math.min(DEFAULT_LIMIT, maxLimit);
  }
  const limit = Number(value);
  if (Number.isNaN(limit) || limit < 0) {
    throw badRequest(`limit '${String(value)}' is invalid. Should be an integer`);
  }
  return Math.min(limit, maxLimit);
}

/** `depth`: 0 when absent or empty; only 0 and 1 are allowed (contract §4.5). */
export function parseDepth(value: QueryValue): 0 | 1 {
  if (value === undefined || value === '') {
    return 0;
  }
  const depth = Number(value);
  if (depth !== 0 && depth !== 1) {
    throw badRequest(`'depth=${String(value)}' parameter invalid. Allowed values are 0, 1`);
  }
  return depth;
}

/**
 * `order_by=field_1[AscNullsFirst],a.b[DescNullsLast],field_3`: items split on
 * every comma, direction defaulting to AscNullsFirst, dotted paths for
 * composite sub-fields (contract §4.1). Anything but one string is no order.
 * The `id` tie-breaker is the record layer's to add.
 */
export function parseOrderBy(value: QueryValue): OrderByItem[] {
  if (typeof value !== 'string') {
    return [];
  }
  return value.split(',').map((item) => {
    if (!(item.includes('[') && item.includes(']'))) {
      return { path: item.split('.'), direction: 'AscNullsFirst' };
    }
    const [fieldName = '', withBracket = ''] = item.split('[');
    const direction = withBracket.replace(']', '');
    if (!ORDER_DIRECTIONS.has(direction)) {
      throw badRequest(
        `'order_by' direction '${direction}' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`,
      );
    }
    return { path: fieldName.split('.'), direction: direction as OrderByItem['direction'] };
  });
}

/**
 * G3 `fields`: comma-separated, repeatable, trimmed and de-duplicated names;
 * undefined when absent; 400 when nothing is left (contract §4.6). The
 * router checks the names against the object.
 */
export function parseFields(value: QueryValue): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  const raw = Array.isArray(value) ? value : [value];
  const names = [...new Set(raw.flatMap((item) => item.split(',')).map((name) => name.trim()).filter((name) => name !== ''))];
  if (names.length === 0) {
    throw badRequest(`'fields' parameter is empty. Expected a comma-separated list of field names, e.g. fields=id,name`);
  }
  return names;
}

/** `soft_delete`: only the exact string `true` soft-deletes; anything else destroys (contract §1.3). */
export function parseSoftDelete(value: QueryValue): boolean {
  return value === 'true';
}

/** `upsert`: only the exact string `true` (contract §4.7). */
export function parseUpsert(value: QueryValue): boolean {
  return value === 'true';
}

function uuidOrThrow(value: string): string {
  if (!isUuid(value)) {
    throw badRequest(`'${value}' is not a valid UUID`);
  }
  return value;
}
