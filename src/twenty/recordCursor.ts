import type { TwentyRecord } from './types.js';

/**
 * The cursor Twenty gives `record` when sorting by the top-level fields
 * `keys` (its `encodeCursor`, contract §4.3): base64 of JSON holding each
 * key's value, whole composites included, then `id`.
 */
export function recordCursor(record: TwentyRecord, keys: readonly string[]): string {
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    // Twenty's records always hold every field; a reader that drops nulls
    // (a proxy) must not make our own cursor lose a key we later require.
    values[key] = record[key] ?? null;
  }
  values['id'] = record.id;
  return Buffer.from(JSON.stringify(values)).toString('base64');
}

/**
 * The top-level fields an `order_by` value sorts by, in order and once each:
 * `amount.amountMicros[DescNullsLast],name[AscNullsFirst]` → `['amount', 'name']`.
 */
export function orderByKeys(orderBy: string | undefined): string[] {
  if (orderBy === undefined || orderBy.trim() === '') {
    return [];
  }
  // Contract §4.1: items split on every comma, `field.sub[Direction]` or `field`.
  const keys = orderBy.split(',').map((item) => item.trim().replace(/\[[^\]]*\]$/, '').split('.')[0] ?? '');
  return [...new Set(keys.filter((key) => key !== ''))];
}
