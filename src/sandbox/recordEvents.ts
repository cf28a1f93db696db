import { isDeepStrictEqual } from 'node:util';

import type { ObjectMetadata, RecordAction, RecordEvent, SandboxRecord } from './types.js';

// objectRecordChangedValues leaves these out of a diff: updatedAt changes on
// every write and searchVector is derived (docs/twenty-webhooks.md).
const IGNORED_IN_DIFF = new Set(['updatedAt', 'searchVector']);

/**
 * Returns the event Twenty emits for one record write, from the depth-0
 * record before and after it: `created` carries `after`, `destroyed` carries
 * `before`, and `updated`/`deleted`/`restored` carry `after` with the fields
 * whose values changed. Returns undefined when such a write changed nothing,
 * as Twenty then emits no event (formatTwentyOrmEventToDatabaseBatchEvent).
 */
export function toRecordEvent(
  object: Pick<ObjectMetadata, 'id' | 'nameSingular'>,
  action: RecordAction,
  before: SandboxRecord | undefined,
  after: SandboxRecord | undefined,
): RecordEvent | undefined {
  const reference = { id: object.id, nameSingular: object.nameSingular };
  switch (action) {
    case 'created':
      return after === undefined ? undefined : { action, object: reference, record: after };
    case 'destroyed':
      return before === undefined ? undefined : { action, object: reference, record: before };
    case 'updated':
    case 'deleted':
    case 'restored': {
      if (before === undefined || after === undefined) {
        return undefined;
      }
      const updatedFields = changedFieldsOf(before, after);
      return updatedFields.length === 0 ? undefined : { action, object: reference, record: after, updatedFields };
    }
  }
}

/** The keys of `after` whose values differ from `before`'s, in `after`'s key order, updatedAt and searchVector left out. */
export function changedFieldsOf(before: SandboxRecord, after: SandboxRecord): string[] {
  return Object.keys(after).filter((key) => !IGNORED_IN_DIFF.has(key) && !isDeepStrictEqual(before[key], after[key]));
}
