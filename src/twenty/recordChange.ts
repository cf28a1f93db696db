import { isPlainObject } from '../utils/isPlainObject.js';
import { isUuid } from '../utils/isUuid.js';

/** What happened to a record: the actions of Twenty's database events and webhooks (docs/twenty-webhooks.md §2). */
export type RecordOperation = 'created' | 'updated' | 'deleted' | 'restored' | 'destroyed';

/** Every RecordOperation, in Twenty's order. */
export const RECORD_OPERATIONS: readonly RecordOperation[] = ['created', 'updated', 'deleted', 'restored', 'destroyed'];

/** Where twenty-bff learned of a change: a mutation it sent, or a Twenty webhook delivery. */
export type RecordChangeSource = 'mutation' | 'webhook';

/**
 * One change of one record, as it travels between replicas: plain data, the
 * same in memory and on the Redis channel.
 */
export interface RecordChangeEvent {
  /**
   * Who may see it: a hash naming one Twenty workspace (or one credential
   * when its workspace is unknown), see `server/liveAudience.ts`.
   */
  audience: string;
  /** The object's singular name, as Twenty's webhooks name it (`person`). */
  object: string;
  recordId: string;
  operation: RecordOperation;
  /** Fields whose values changed, when known. */
  updatedFields: string[] | null;
  source: RecordChangeSource;
  /**
   * The record's `updatedAt` after the change, when known: with the rest it
   * tells one update from another, so a write seen both as a mutation and as
   * its webhook is delivered once.
   */
  version: string | null;
  /** When twenty-bff learned of it (ISO). */
  receivedAt: string;
}

/** A change as a write through twenty-bff reports it: the rest is added where it is published. */
export type WrittenRecordChange = Pick<RecordChangeEvent, 'object' | 'recordId' | 'operation' | 'updatedFields' | 'version'>;

/** Which changes one subscriber wants; null: any. */
export interface RecordChangeFilter {
  /** Singular object names (`person`). */
  objects: readonly string[] | null;
  ids: readonly string[] | null;
}

// A change names a handful of fields; anything far larger did not come from us.
const MAX_UPDATED_FIELDS = 1_000;
const MAX_TEXT_LENGTH = 200;

/** The JSON text of `change` on the channel. */
export function encodeRecordChange(change: RecordChangeEvent): string {
  return JSON.stringify(change);
}

/**
 * Reads a change back from the channel's text; undefined for anything that
 * is not one (another version's message, or a foreign publisher on the same
 * Redis): such a message is dropped, never delivered half-read.
 */
export function decodeRecordChange(text: string): RecordChangeEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) {
    return undefined;
  }
  const { audience, object, recordId, operation, updatedFields, source, version, receivedAt } = value;
  if (
    !isShortText(audience) ||
    !isShortText(object) ||
    typeof recordId !== 'string' ||
    !isUuid(recordId) ||
    !RECORD_OPERATIONS.includes(operation as RecordOperation) ||
    (source !== 'mutation' && source !== 'webhook') ||
    !(version === null || isShortText(version)) ||
    !isShortText(receivedAt) ||
    !(updatedFields === null || (Array.isArray(updatedFields) && updatedFields.length <= MAX_UPDATED_FIELDS && updatedFields.every(isShortText)))
  ) {
    return undefined;
  }
  return {
    audience,
    object,
    recordId,
    operation: operation as RecordOperation,
    updatedFields: updatedFields as string[] | null,
    source,
    version,
    receivedAt,
  };
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH;
}
