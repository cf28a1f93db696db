import { isPlainObject } from '../utils/isPlainObject.js';
import { redact, type Secrets } from './redact.js';
import type { TwentyFieldMetadata, TwentyGroup, TwentyObjectMetadata, TwentyPage, TwentyPageInfo, TwentyRecord } from './types.js';

// Readers of Twenty's response bodies (contract §2, §6.2, §6.3): every
// envelope variant of every release, and nothing else.

const MAX_MESSAGES = 10;
const MAX_MESSAGE_LENGTH = 1000;

/** A body that does not have the shape the operation expects (contract §2). */
export class EnvelopeError extends Error {
  override name = 'EnvelopeError';
}

/** A plain object with a string `id`. */
export function isRecord(value: unknown): value is TwentyRecord {
  return isPlainObject(value) && typeof value['id'] === 'string';
}

/** JSON.parse that reports failure instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The groupBy route's bare array of groups, each with its `groupByDimensionValues` array (contract §2.1). */
export function readGroups(body: unknown): TwentyGroup[] {
  if (!Array.isArray(body)) {
    throw new EnvelopeError('the body is not a JSON array of groups');
  }
  for (const group of body) {
    if (!isPlainObject(group) || !Array.isArray(group['groupByDimensionValues'])) {
      throw new EnvelopeError('a group has no groupByDimensionValues array');
    }
  }
  return body as TwentyGroup[];
}

function readRows(rows: unknown[]): TwentyRecord[] {
  for (const row of rows) {
    if (!isRecord(row)) {
      throw new EnvelopeError('a listed row has no string id');
    }
  }
  return rows as TwentyRecord[];
}

// Contract §2: rows sit in `data[plural]` (core), `data.objects`/`data.fields`
// (legacy metadata), `data` itself (new metadata), or under another single
// array key (`data.createPeople`); pageInfo and totalCount beside `data` or
// inside it; the legacy `/rest/webhooks` alias answers a bare array (§1.4).
export function readPage(body: unknown, key: string): TwentyPage<TwentyRecord> {
  return readListing(body, key).page;
}

/**
 * A page, and whether its pageInfo said hasPreviousPage: findMany reads a
 * missing one as false (the tolerant reading), findPages as unknown.
 */
export interface Listing {
  page: TwentyPage<TwentyRecord>;
  saysHasPreviousPage: boolean;
}

export function readListing(body: unknown, key: string): Listing {
  if (Array.isArray(body)) {
    const records = readRows(body);
    return { page: { records, totalCount: records.length, pageInfo: readPageInfo(undefined) }, saysHasPreviousPage: false };
  }
  if (!isPlainObject(body)) {
    throw new EnvelopeError('the body is not a JSON object');
  }
  const data = body['data'];
  let rows: unknown[] | undefined;
  if (Array.isArray(data)) {
    rows = data;
  } else if (isPlainObject(data)) {
    const keyed = data[key];
    if (Array.isArray(keyed)) {
      rows = keyed;
    } else {
      const arrays = Object.values(data).filter((value): value is unknown[] => Array.isArray(value));
      rows = arrays.length === 1 ? arrays[0] : undefined;
    }
  }
  if (rows === undefined) {
    throw new EnvelopeError(`no list of rows under "data" (expected data.${key} or an array)`);
  }
  const inside = isPlainObject(data) ? data : {};
  const pageInfo = body['pageInfo'] ?? inside['pageInfo'];
  return {
    page: {
      records: readRows(rows),
      pageInfo: readPageInfo(pageInfo),
      totalCount: readTotalCount(body['totalCount'] ?? inside['totalCount']),
    },
    saysHasPreviousPage: isPlainObject(pageInfo) && typeof pageInfo['hasPreviousPage'] === 'boolean',
  };
}

/**
 * `listing` holding at most `limit` rows: an upstream that ignores `limit`
 * must not pass every row it sent on. Forward, the first rows are kept and
 * hasNextPage is set; backward (`ending_before`), the last rows and
 * hasPreviousPage. The cursor at the cut comes from `cursorOf`, since the
 * upstream's own points past the rows dropped.
 */
export function limitListing(listing: Listing, limit: number, direction: 'forward' | 'backward', cursorOf: (record: TwentyRecord) => string): Listing {
  const { records, pageInfo, totalCount } = listing.page;
  if (records.length <= limit) {
    return listing;
  }
  const kept = direction === 'forward' ? records.slice(0, limit) : records.slice(records.length - limit);
  const first = kept[0];
  const last = kept[kept.length - 1];
  return {
    page: {
      records: kept,
      totalCount,
      pageInfo:
        direction === 'forward'
          ? { ...pageInfo, hasNextPage: true, startCursor: first === undefined ? null : pageInfo.startCursor, endCursor: last === undefined ? null : cursorOf(last) }
          : { ...pageInfo, hasPreviousPage: true, startCursor: first === undefined ? null : cursorOf(first), endCursor: last === undefined ? null : pageInfo.endCursor },
    },
    saysHasPreviousPage: direction === 'backward' || listing.saysHasPreviousPage,
  };
}

function readPageInfo(value: unknown): TwentyPageInfo {
  if (value === undefined || value === null) {
    return { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
  }
  if (!isPlainObject(value)) {
    throw new EnvelopeError('pageInfo is not an object');
  }
  // A proxy in front of Twenty may omit hasPreviousPage (read as false).
  return {
    hasNextPage: value['hasNextPage'] === true,
    hasPreviousPage: value['hasPreviousPage'] === true,
    startCursor: readCursor(value['startCursor']),
    endCursor: readCursor(value['endCursor']),
  };
}

function readCursor(value: unknown): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== 'string') {
    throw new EnvelopeError('a pageInfo cursor is not a string');
  }
  return value;
}

function readTotalCount(value: unknown): number {
  // G1 omitted totalCount when it was 0 (contract §2.1).
  if (value === undefined || value === null) {
    return 0;
  }
  const count = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new EnvelopeError('totalCount is not a non-negative integer');
  }
  return count;
}

// Contract §2.1/§2.2: one record is the bare body (new metadata envelope),
// `data` itself, or the single record under `data.{singular}`,
// `data.create{Singular}`, `data.updateOneObject`, …. Null when Twenty says
// `data.{singular}: null`.
export function readRecord(body: unknown): TwentyRecord | null {
  if (isRecord(body)) {
    return body;
  }
  if (!isPlainObject(body)) {
    throw new EnvelopeError(body === undefined ? 'the body is empty' : 'the body is not a JSON object');
  }
  const data = body['data'];
  if (isRecord(data)) {
    return data;
  }
  if (!isPlainObject(data)) {
    throw new EnvelopeError('no record under "data"');
  }
  const values = Object.values(data);
  const records = values.filter(isRecord);
  if (records.length === 1 && records[0] !== undefined) {
    return records[0];
  }
  if (values.length === 1 && values[0] === null) {
    return null;
  }
  throw new EnvelopeError('no single record under "data"');
}

export function requireRecord(body: unknown): TwentyRecord {
  const record = readRecord(body);
  if (record === null) {
    throw new EnvelopeError('the record is null');
  }
  return record;
}

export function asObjectMetadata(record: TwentyRecord): TwentyObjectMetadata {
  if (typeof record['nameSingular'] !== 'string' || typeof record['namePlural'] !== 'string') {
    throw new EnvelopeError('an object has no nameSingular/namePlural');
  }
  return record as TwentyObjectMetadata;
}

export function asFieldMetadata(record: TwentyRecord): TwentyFieldMetadata {
  if (typeof record['name'] !== 'string' || typeof record['type'] !== 'string') {
    throw new EnvelopeError('a field has no name/type');
  }
  return record as TwentyFieldMetadata;
}

/**
 * Whether an error status came with a body `readErrorBody` can read (contract
 * §6.2: Twenty's, Nest's default, a proxy's JSON error). An HTML page, an
 * empty body or JSON of another shape did not come from a Twenty REST API.
 */
export function isTwentyErrorBody(body: unknown): boolean {
  if (!isPlainObject(body)) {
    return false;
  }
  const error = body['error'];
  return (
    typeof body['statusCode'] === 'number' ||
    Array.isArray(body['messages']) ||
    typeof body['message'] === 'string' ||
    Array.isArray(body['message']) ||
    typeof error === 'string' ||
    (isPlainObject(error) && typeof error['message'] === 'string')
  );
}

// Contract §6.2: `{statusCode, error, messages[]}`; Nest's default
// `{message}` and a proxy's `{error: {message}}` are read too.
export function readErrorBody(body: unknown, secrets: Secrets): { messages: string[]; upstreamError?: string } {
  if (!isPlainObject(body)) {
    return { messages: [] };
  }
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  let messages = strings(body['messages']);
  if (messages.length === 0) {
    messages = strings(body['message']);
  }
  const error = body['error'];
  if (messages.length === 0 && isPlainObject(error)) {
    messages = strings(error['message']);
  }
  const clean = (text: string) => redact(text, secrets).slice(0, MAX_MESSAGE_LENGTH);
  return {
    messages: messages.slice(0, MAX_MESSAGES).map(clean),
    ...(typeof error === 'string' ? { upstreamError: clean(error) } : {}),
  };
}


// Seconds or an HTTP date (RFC 9110 §10.2.3); G3 also puts retryAfterSeconds
// in the body (contract §6.3). G2 sends neither: undefined, no retry.
export function readRetryAfterMs(header: string | undefined, body: { ok: true; value: unknown } | { ok: false }): number | undefined {
  const text = header?.trim();
  if (text !== undefined && text !== '') {
    if (/^\d+$/.test(text)) {
      return Number(text) * 1000;
    }
    const date = Date.parse(text);
    if (!Number.isNaN(date)) {
      return Math.max(0, date - Date.now());
    }
  }
  if (body.ok && isPlainObject(body.value)) {
    const seconds = body.value['retryAfterSeconds'];
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) {
      return seconds * 1000;
    }
  }
  return undefined;
}
