import { domainToASCII } from 'node:url';
import { inspect } from 'node:util';

import { assertUnreachable } from '../utils/assertUnreachable.js';
import { parseIsoDateTime } from '../utils/isoDateTime.js';
import { isUuid } from './ids.js';
import { type CompositeSubFieldKind, compositeSubFields, defaultRecordValue, recordKeyOf } from './standardObjects.js';
import { type Actor, badRequest, type FieldMetadata, type ObjectMetadata, type SandboxRecord } from './types.js';
import { isPlainObject } from '../utils/isPlainObject.js';

/** A validated write body: record keys (field names, join columns) to normalised values. */
export type RecordPatch = Record<string, unknown>;

/** What a write needs besides the body: the clock, the writer and the object's current records (for `position`). */
export interface WriteContext {
  now: Date;
  actor: Actor;
  existing: readonly SandboxRecord[];
}

/** One value of a unique field, for duplicate checks and upsert matching (contract §4.7). */
export interface UniqueValue {
  field: FieldMetadata;
  value: string;
}

// Contract §5.2 (newest actor.composite-type.ts).
const ACTOR_SOURCES = new Set(['EMAIL', 'CALENDAR', 'WORKFLOW', 'AGENT', 'API', 'IMPORT', 'MANUAL', 'SYSTEM', 'WEBHOOK', 'APPLICATION']);

// Twenty's getWorkspaceSchemaName: `workspace_` + the workspace id in base 36.

/**
 * Validates a create or update body against `object`'s active fields and
 * returns it as a record patch: join columns kept, links and emails
 * normalised, date-times as UTC ISO strings. Throws 400 with Twenty's data-arg
 * messages for an unknown key, a wrong type, an impossible date, a value
 * outside a SELECT's options or a null in a NOT NULL field (contract §1.1, §2.1, §5, §6.2).
 */
export function toRecordPatchOrThrow(object: ObjectMetadata, body: unknown): RecordPatch {
  if (!isPlainObject(body)) {
    throw badRequest(`Invalid record data ${inspect(body)} for object ${object.nameSingular}: expected a JSON object`);
  }
  const patch: RecordPatch = {};
  for (const [key, value] of Object.entries(body)) {
    const field = writableFieldOf(object, key);
    if (field.type === 'RELATION' && key === field.name) {
      const joinColumn = relationNameWriteOrThrow(field, key, value);
      patch[joinColumn] = null;
      continue;
    }
    // An explicit NULL reaches the NOT NULL column even where it has a
    // default; Twenty answers Postgres's own message with a 400 (contract §6.2).
    if (value === null && !field.isNullable) {
      throw badRequest(`null value in column "${key}" of relation "${tableNameOf(object)}" violates not-null constraint`);
    }
    patch[key] = validateValueOrThrow(object, field, key, value);
  }
  return patch;
}

/**
 * Returns the Postgres table of `object` in its workspace schema, as Twenty's
 * computeTableName names it: the singular name, `_`-prefixed for a custom object.
 */
export function tableNameOf(object: ObjectMetadata): string {
  return object.isCustom ? `_${object.nameSingular}` : object.nameSingular;
}

function writableFieldOf(object: ObjectMetadata, key: string): FieldMetadata {
  const active = object.fields.filter((field) => field.isActive && field.type !== 'TS_VECTOR');
  const field =
    active.find((candidate) => recordKeyOf(candidate) === key) ??
    active.find((candidate) => candidate.type === 'RELATION' && candidate.name === key);
  if (field === undefined) {
    throw badRequest(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
  }
  return field;
}

// A relation is written through its join column; by name Twenty only takes
// connect/disconnect operations, and null as "disconnect".
function relationNameWriteOrThrow(field: FieldMetadata, key: string, value: unknown): string {
  const joinColumn = recordKeyOf(field);
  if (joinColumn === null) {
    throw badRequest(`One-to-many relation ${key} field does not support write operations.`);
  }
  if (value !== null) {
    throw badRequest(`Relation "${key}" requires connect or disconnect operation`);
  }
  return joinColumn;
}

function validateValueOrThrow(object: ObjectMetadata, field: FieldMetadata, key: string, value: unknown): unknown {
  switch (field.type) {
    case 'UUID':
    case 'RELATION':
      return uuidOrThrow(value, key);
    case 'TEXT':
      return textOrThrow(value, key);
    case 'NUMBER':
      return numberOrThrow(value, key);
    case 'NUMERIC':
      return numericOrThrow(value, key);
    case 'POSITION':
      if (value === 'first' || value === 'last' || (typeof value === 'number' && Number.isFinite(value))) {
        return value;
      }
      throw badRequest(`Invalid position value ${inspect(value)} for field "${key}"`);
    case 'BOOLEAN':
      if (value === null || typeof value === 'boolean') {
        return value;
      }
      throw badRequest(`Invalid boolean value ${inspect(value)} for field "${key}"`);
    case 'DATE_TIME':
      return dateTimeOrThrow(value, key);
    case 'DATE':
      return dateOrThrow(value, key);
    case 'SELECT':
    case 'RATING':
      return textOrThrow(value, key) === null ? null : optionOrThrow(field, value as string);
    case 'MULTI_SELECT':
      return stringArrayOrThrow(value, key)?.map((item) => optionOrThrow(field, item)) ?? null;
    case 'ARRAY':
      return stringArrayOrThrow(value, key);
    case 'RAW_JSON':
      return rawJsonOrThrow(value, key);
    case 'FULL_NAME':
    case 'EMAILS':
    case 'PHONES':
    case 'LINKS':
    case 'CURRENCY':
    case 'ADDRESS':
    case 'ACTOR':
    case 'RICH_TEXT_V2':
      return compositeOrThrow(field, key, value);
    case 'TS_VECTOR':
      throw badRequest(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    default:
      return assertUnreachable(field.type, `unknown field type of ${key}`);
  }
}

function uuidOrThrow(value: unknown, key: string): string | null {
  if (value === null || isUuid(value)) {
    return value;
  }
  throw badRequest(`Invalid UUID value ${inspect(value)} for field "${key}"`);
}

function textOrThrow(value: unknown, key: string): string | null {
  if (value === null || typeof value === 'string') {
    return value;
  }
  throw badRequest(`Invalid string value ${inspect(value)} for text field "${key}"`);
}

function numberOrThrow(value: unknown, key: string): number | null {
  if (value === null || (typeof value === 'number' && Number.isFinite(value))) {
    return value;
  }
  throw badRequest(`Invalid number value ${inspect(value)} for field "${key}"`);
}

// NUMERIC columns (amountMicros too) also take numeric strings, as Postgres does.
function numericOrThrow(value: unknown, key: string): number | string | null {
  if (value === null || (typeof value === 'number' && Number.isFinite(value))) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return value;
  }
  throw badRequest(`Invalid numeric value ${inspect(value)} for field "${key}"`);
}

// Postgres refuses an impossible day or time (2026-02-30, 24:00) where
// Date.parse would roll it over. A date-time without a zone is UTC, the
// session zone of Twenty's Postgres, whatever the sandbox machine's zone.
function dateTimeOrThrow(value: unknown, key: string): string | null {
  if (value === null) {
    return null;
  }
  const time = typeof value === 'string' ? parseIsoDateTime(value) : undefined;
  if (time === undefined) {
    throw badRequest(`Invalid value ${inspect(value)} for date-time field "${key}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`);
  }
  return new Date(time).toISOString();
}

function dateOrThrow(value: unknown, key: string): string | null {
  if (value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDateTime(value) !== undefined)) {
    return value;
  }
  throw badRequest(`Invalid value ${inspect(value)} for date field "${key}". Expected format: 'YYYY-MM-DD'`);
}

function stringArrayOrThrow(value: unknown, key: string): string[] | null {
  if (value === null || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
    return value;
  }
  throw badRequest(`Invalid array value ${inspect(value)} for field "${key}"`);
}

function rawJsonOrThrow(value: unknown, key: string): unknown {
  if (value === null || typeof value === 'object') {
    return value;
  }
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      // Falls through to the error below.
    }
  }
  throw badRequest(`Invalid object value ${inspect(value)} for field "${key}"`);
}

// Newest Twenty checks SELECT and MULTI_SELECT values against the field's
// options before writing (contract §9); G1 let Postgres refuse them with its
// enum error (§5.3), which the BFF reads alike (a 400).
function optionOrThrow(field: FieldMetadata, value: string): string {
  if (field.options !== null && !field.options.some((option) => option.value === value)) {
    throw badRequest(`Invalid value '${value}' for field "${field.name}"`);
  }
  return value;
}

function compositeOrThrow(field: FieldMetadata, key: string, value: unknown): Record<string, unknown> | null {
  if (value === null) {
    return null;
  }
  if (!isPlainObject(value)) {
    throw badRequest(`Invalid object value ${inspect(value)} for field "${key}"`);
  }
  const subFields = compositeSubFields(field.type) ?? {};
  const result: Record<string, unknown> = {};
  for (const [subField, subValue] of Object.entries(value)) {
    const kind = subFields[subField];
    if (kind === undefined) {
      throw badRequest(`Invalid subfield ${subField} for ${field.type.toLowerCase().replaceAll('_', ' ')} field "${key}"`);
    }
    result[subField] = subValueOrThrow(kind, subValue, `${key}.${subField}`);
  }
  return normalizeComposite(field, result);
}

function subValueOrThrow(kind: CompositeSubFieldKind, value: unknown, key: string): unknown {
  switch (kind) {
    case 'TEXT':
      return textOrThrow(value, key);
    case 'NUMBER':
      return numberOrThrow(value, key);
    case 'NUMERIC':
      return numericOrThrow(value, key);
    case 'UUID':
      return uuidOrThrow(value, key);
    case 'SELECT':
      if (value === null || (typeof value === 'string' && ACTOR_SOURCES.has(value))) {
        return value;
      }
      throw badRequest(`Invalid value ${inspect(value)} for field "${key}"`);
    case 'RAW_JSON':
    case 'ARRAY':
      if (value === null || typeof value === 'object') {
        return value;
      }
      throw badRequest(`Invalid object value ${inspect(value)} for field "${key}"`);
    default:
      return assertUnreachable(kind, `unknown sub-field kind of ${key}`);
  }
}

// Contract §2.1: links lose a trailing slash, emails are canonicalised.
function normalizeComposite(field: FieldMetadata, value: Record<string, unknown>): Record<string, unknown> {
  if (field.type === 'LINKS') {
    return {
      ...value,
      ...(typeof value['primaryLinkUrl'] === 'string' ? { primaryLinkUrl: normalizeLinkUrl(value['primaryLinkUrl']) } : {}),
      ...(Array.isArray(value['secondaryLinks'])
        ? { secondaryLinks: value['secondaryLinks'].map((link: unknown) => normalizeSecondaryLink(link)) }
        : {}),
    };
  }
  if (field.type === 'EMAILS') {
    return {
      ...value,
      ...(typeof value['primaryEmail'] === 'string' ? { primaryEmail: canonicalEmail(value['primaryEmail']) } : {}),
      ...(Array.isArray(value['additionalEmails'])
        ? { additionalEmails: value['additionalEmails'].map((email: unknown) => (typeof email === 'string' ? canonicalEmail(email) : email)) }
        : {}),
    };
  }
  return value;
}

function normalizeSecondaryLink(link: unknown): unknown {
  if (isPlainObject(link) && typeof link['url'] === 'string') {
    return { ...link, url: normalizeLinkUrl(link['url']) };
  }
  return link;
}

/**
 * Returns a link URL as Twenty stores it: scheme and host lower-cased, one
 * trailing slash removed (`https://Test.com/` → `https://test.com`). Never throws.
 */
export function normalizeLinkUrl(url: string): string {
  const match = /^([a-z][a-z\d+.-]*:\/\/)?([^/?#]*)([\s\S]*)$/i.exec(url);
  const origin = `${match?.[1] ?? ''}${match?.[2] ?? ''}`.toLowerCase();
  return `${origin}${match?.[3] ?? ''}`.replace(/\/$/, '');
}

/**
 * Returns an email as Twenty stores it: lower-cased, full-width dots and a
 * trailing dot fixed, IDN domain punycoded (`X@💩。LA.` → `x@xn--ls8h.la`,
 * contract §2.1). Never throws; a domain Node cannot encode is kept as given.
 */
export function canonicalEmail(email: string): string {
  const lower = email.toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at === -1) {
    return lower;
  }
  const domain = lower
    .slice(at + 1)
    .replace(/[。．｡]/g, '.')
    .replace(/\.+$/, '');
  const ascii = domainToASCII(domain);
  return `${lower.slice(0, at)}@${ascii === '' ? domain : ascii}`;
}

/**
 * Returns a new depth-0 record of `object` from a validated patch: omitted
 * fields get their defaults, composite fields are completed sub-field by
 * sub-field, `createdBy` comes from the writer unless the patch gives one
 * (its sub-fields win), `updatedBy` is the writer and `position` follows
 * Twenty's "first" placement (contract §2.1, §5.1).
 */
export function createRecord(object: ObjectMetadata, patch: RecordPatch, context: WriteContext): SandboxRecord {
  const record: Record<string, unknown> = {};
  for (const field of object.fields) {
    const key = recordKeyOf(field);
    if (key !== null) {
      record[key] = mergeValue(field, defaultRecordValue(field, context.now), patch[key]);
    }
  }
  stampWriter(record, context);
  if ('createdBy' in record) {
    record['createdBy'] = { ...actorValue(context.actor), ...(isPlainObject(patch['createdBy']) ? patch['createdBy'] : {}) };
  }
  // Only a POSITION field is placed; favorite's NUMBER position keeps its default.
  if (object.fields.some((field) => field.name === 'position' && field.type === 'POSITION')) {
    record['position'] = positionOf(patch['position'], context.existing);
  }
  return record as SandboxRecord;
}

/**
 * Returns `stored` with a validated patch applied: composite fields merge
 * sub-field by sub-field, the id never changes, `updatedAt`/`updatedBy`
 * record the write. Returns a new object; `stored` is left untouched.
 */
export function updateRecord(object: ObjectMetadata, stored: SandboxRecord, patch: RecordPatch, context: WriteContext): SandboxRecord {
  const record: Record<string, unknown> = { ...stored };
  for (const field of object.fields) {
    const key = recordKeyOf(field);
    if (key !== null && key !== 'id' && key in patch) {
      record[key] = mergeValue(field, stored[key] ?? defaultRecordValue(field, context.now), patch[key]);
    }
  }
  if ('position' in patch) {
    record['position'] = positionOf(patch['position'], context.existing);
  }
  stampWriter(record, context);
  return record as SandboxRecord;
}

function stampWriter(record: Record<string, unknown>, context: WriteContext): void {
  if ('updatedAt' in record) {
    record['updatedAt'] = context.now.toISOString();
  }
  if ('updatedBy' in record) {
    record['updatedBy'] = actorValue(context.actor);
  }
}

function mergeValue(field: FieldMetadata, base: unknown, value: unknown): unknown {
  if (value === undefined) {
    return base;
  }
  if (compositeSubFields(field.type) === undefined) {
    return structuredClone(value);
  }
  // A composite is one column per sub-field in Twenty: a partial value only
  // sets the sub-fields it names, and null resets the whole value.
  return value === null ? defaultRecordValue(field) : { ...(isPlainObject(base) ? base : {}), ...structuredClone(value as object) };
}

function actorValue(actor: Actor): Record<string, unknown> {
  return { source: actor.source, workspaceMemberId: actor.workspaceMemberId, name: actor.name, context: structuredClone(actor.context) };
}

/**
 * Twenty's RecordPositionService: a number is kept; `last` goes after the
 * highest position, anything else (omitted, `first`) before the lowest, and
 * an empty object starts at 0 ("first") or 2 ("last").
 */
function positionOf(value: unknown, existing: readonly SandboxRecord[]): number {
  if (typeof value === 'number') {
    return value;
  }
  const positions = existing.map((record) => record['position']).filter((position): position is number => typeof position === 'number');
  if (value === 'last') {
    return (positions.length > 0 ? Math.max(...positions) : 1) + 1;
  }
  return (positions.length > 0 ? Math.min(...positions) : 1) - 1;
}

/**
 * Returns the values `record` holds in `object`'s unique fields other than
 * `id` (`emails.primaryEmail`, `domainName.primaryLinkUrl`, unique scalars),
 * skipping empty ones, which never conflict.
 */
export function uniqueValuesOf(object: ObjectMetadata, record: SandboxRecord): UniqueValue[] {
  const values: UniqueValue[] = [];
  for (const field of object.fields) {
    if (!field.isUnique || !field.isActive || field.name === 'id') {
      continue;
    }
    const raw = record[field.name];
    const value = isPlainObject(raw) ? raw[PRIMARY_SUB_FIELDS[field.type] ?? ''] : raw;
    if (value !== null && value !== undefined && value !== '') {
      values.push({ field, value: typeof value === 'string' ? value : JSON.stringify(value) });
    }
  }
  return values;
}

// The sub-field a unique composite is unique on (Twenty's unique indexes).
const PRIMARY_SUB_FIELDS: Partial<Record<FieldMetadata['type'], string>> = {
  EMAILS: 'primaryEmail',
  LINKS: 'primaryLinkUrl',
  PHONES: 'primaryPhoneNumber',
};

