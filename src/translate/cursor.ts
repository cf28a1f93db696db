import { recordCursor } from '../twenty/recordCursor.js';
import type { TwentyRecord } from '../twenty/types.js';
import { isUuid } from '../utils/isUuid.js';
import type { OrderByItem } from './compileOrderBy.js';
import { type ArgumentPath, badUserInput, printArgumentPath } from './userInputError.js';

/**
 * The cursor Twenty itself gives `record` under this order (its
 * `encodeCursor`, contract §4.3): base64 of JSON holding each sort key's
 * top-level field value, whole composites included, then `id`.
 */
export function encodeCursor(record: TwentyRecord, items: readonly OrderByItem[]): string {
  return recordCursor(record, cursorKeys(items));
}

/**
 * Returns `cursor` when it is one this order could have produced: canonical
 * base64 of a JSON object with a UUID `id` whose other keys are exactly the
 * order's top-level keys. Throws BAD_USER_INPUT at `argumentPath` otherwise,
 * since a cursor of another order would silently select the wrong rows.
 */
export function assertCursorOrThrow(cursor: string, items: readonly OrderByItem[], argumentPath: ArgumentPath): string {
  const where = printArgumentPath(argumentPath);
  const decoded = decode(cursor);
  if (decoded === undefined) {
    throw badUserInput(`"${where}" is not a cursor of this connection: expected base64-encoded JSON.`, argumentPath);
  }
  if (!isUuid(decoded['id'])) {
    throw badUserInput(`"${where}" is not a cursor of this connection: it holds no record id.`, argumentPath);
  }
  const expected = [...cursorKeys(items).filter((key) => key !== 'id'), 'id'];
  const actual = Object.keys(decoded);
  if (actual.length !== expected.length || !expected.every((key) => Object.hasOwn(decoded, key))) {
    throw badUserInput(
      `"${where}" is a cursor for another orderBy: it holds ${actual.join(', ')} where this orderBy needs ${expected.join(', ')}.`,
      argumentPath,
    );
  }
  return cursor;
}

function cursorKeys(items: readonly OrderByItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.path.slice(0, 1)))];
}

function decode(cursor: string): Record<string, unknown> | undefined {
  const bytes = Buffer.from(cursor, 'base64');
  // Node skips characters outside the alphabet: re-encoding tells a real
  // base64 string from one that merely decodes to something.
  if (cursor === '' || bytes.toString('base64') !== cursor) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
