import type { TwentyFieldMetadata } from '../twenty/types.js';
import { parseIsoDateTime } from '../utils/isoDateTime.js';
import { isUuid } from '../utils/isUuid.js';
import { type ArgumentPath, badUserInput, printArgumentPath } from './userInputError.js';
import { isPlainObject } from '../utils/isPlainObject.js';

/** What the write translation needs to know about one object, derived from the SDL. */
export interface WritableObject {
  /** GraphQL type name, for messages: `Company`. */
  typeName: string;
  /** Fields the GraphQL type declares: a custom value may not use these names. */
  typedFields: ReadonlySet<string>;
  /** Typed fields holding a workspace-editable select value, checked against metadata. */
  selectFields: ReadonlySet<string>;
  /** Typed CURRENCY fields, whose input may give `amount` in units instead of `amountMicros`. */
  currencyFields: ReadonlySet<string>;
}

/** One value whose check needs the workspace's field metadata. */
export interface MetadataCheck {
  /** The key in the REST body, e.g. `stage` or a custom field's name. */
  key: string;
  path: ArgumentPath;
}

/** A record input as Twenty's REST body, plus the values still to check against metadata. */
export interface CompiledRecordInput {
  body: Record<string, unknown>;
  metadataChecks: MetadataCheck[];
}

/** A GraphQL record input: typed fields, and custom values under `customFields`. */
export type RecordInput = Readonly<Record<string, unknown>>;

/** One chunk of a create-many: the bodies to send and their positions in the input list. */
export interface BatchChunk<T> {
  indexes: number[];
  items: T[];
}

/** The three kinds of record a note or task can be attached to. */
export type TargetField = 'personId' | 'companyId' | 'opportunityId';

/** The GraphQL `RecordTargetInput`: exactly one of its ids should be set. */
export type RecordTargetInput = Readonly<Partial<Record<TargetField, string | null>>>;

/** The record a note or task target points at. */
export interface RecordTarget {
  field: TargetField;
  id: string;
}

const TARGET_FIELDS: readonly TargetField[] = ['personId', 'companyId', 'opportunityId'];
/** The input key that holds custom field values (`data: { customFields: { tier: "GOLD" } }`). */
export const CUSTOM_FIELDS = 'customFields';
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const OPTION_VALUE = /^[A-Z0-9_]+$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PRINTED_VALUE = 80;

// Field types a field can be created with through this API. RELATION and
// MORPH_RELATION need Twenty's relation payload, which the input does not carry.
const CREATABLE_FIELD_TYPES = [
  'TEXT',
  'NUMBER',
  'NUMERIC',
  'BOOLEAN',
  'DATE_TIME',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
  'RATING',
  'UUID',
  'RAW_JSON',
  'ARRAY',
  'FULL_NAME',
  'EMAILS',
  'PHONES',
  'LINKS',
  'CURRENCY',
  'ADDRESS',
  'RICH_TEXT_V2',
  'RELATION',
] as const;
const RELATION_TYPES = ['MANY_TO_ONE', 'ONE_TO_MANY'] as const;
const TYPES_WITH_OPTIONS = new Set(['SELECT', 'MULTI_SELECT', 'RATING']);
// Twenty stores TEXT and SELECT defaults as SQL-quoted strings (contract §5:
// `'NEW'`), and MULTI_SELECT ones as a list of them.
const QUOTED_DEFAULT_TYPES = new Set(['TEXT', 'SELECT']);

// Contract §5.2 (twenty-shared CompositeFieldTypeSubFields).
const COMPOSITE_SUB_FIELDS: Readonly<Record<string, readonly string[]>> = {
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail', 'additionalEmails'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode', 'additionalPhones'],
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel', 'secondaryLinks'],
  CURRENCY: ['amountMicros', 'currencyCode'],
  ADDRESS: [
    'addressStreet1',
    'addressStreet2',
    'addressCity',
    'addressState',
    'addressCountry',
    'addressPostcode',
    'addressLat',
    'addressLng',
  ],
  ACTOR: ['source', 'workspaceMemberId', 'name', 'context'],
  RICH_TEXT_V2: ['blocknote', 'markdown'],
};

/**
 * Compiles a create or update input into Twenty's REST body: typed fields as
 * given, custom values merged in by name. Refuses a custom value named like a
 * typed field, a `customFields` that is not an object, and an update that
 * changes nothing. Select and custom values are listed for `assertMetadataValuesOrThrow`.
 */
export function compileRecordInputOrThrow(
  input: RecordInput,
  object: WritableObject,
  mode: 'create' | 'update',
  path: ArgumentPath,
): CompiledRecordInput {
  const body: Record<string, unknown> = {};
  const metadataChecks: MetadataCheck[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === CUSTOM_FIELDS) {
      continue;
    }
    body[key] = object.currencyFields.has(key) ? currencyOrThrow(value, [...path, key]) : value;
    if (object.selectFields.has(key)) {
      metadataChecks.push({ key, path: [...path, key] });
    }
  }
  const custom = input[CUSTOM_FIELDS];
  if (custom !== undefined && custom !== null) {
    const customPath = [...path, CUSTOM_FIELDS];
    if (!isPlainObject(custom)) {
      throw badUserInput(`Expected an object of custom field values at "${printArgumentPath(customPath)}", got ${printValue(custom)}.`, customPath);
    }
    for (const [key, value] of Object.entries(custom)) {
      const valuePath = [...customPath, key];
      if (object.typedFields.has(key) || key === 'id') {
        throw badUserInput(`"${key}" is a field of ${object.typeName}, not a custom field, at "${printArgumentPath(valuePath)}".`, valuePath);
      }
      body[key] = value;
      metadataChecks.push({ key, path: valuePath });
    }
  }
  assertChangesSomethingOrThrow(body, mode, path);
  return { body, metadataChecks };
}

/** Twenty stores money as micros: amount × 1,000,000 (contract §5.2). */
export const MICROS_PER_UNIT = 1_000_000;

// CurrencyInput takes `amount` (currency units) or `amountMicros`, the only
// one Twenty stores (contract §5.2): units are converted, both is ambiguous.
function currencyOrThrow(value: unknown, path: ArgumentPath): unknown {
  if (!isPlainObject(value) || value['amount'] === undefined) {
    return value;
  }
  const { amount, ...rest } = value;
  if (rest['amountMicros'] !== undefined) {
    throw badUserInput(`Expected either "amount" or "amountMicros" at "${printArgumentPath(path)}", got both.`, path);
  }
  return { ...rest, amountMicros: typeof amount === 'number' ? Math.round(amount * MICROS_PER_UNIT) : amount };
}

/**
 * Checks the values that depend on the workspace's data model against the
 * object's field metadata: select values against the field's options, custom
 * values against their field's type and nullability. Throws BAD_USER_INPUT for
 * a value Twenty would refuse, or a key that is not a writable field.
 */
export function assertMetadataValuesOrThrow(
  compiled: CompiledRecordInput,
  object: WritableObject,
  fields: readonly TwentyFieldMetadata[],
): void {
  for (const { key, path } of compiled.metadataChecks) {
    const field = fields.find((candidate) => candidate.isActive !== false && writableKeyOf(candidate) === key);
    if (field === undefined) {
      throw badUserInput(`${object.typeName} has no writable field "${key}" in this workspace, at "${printArgumentPath(path)}".`, path);
    }
    const expected = expectedValueOf(field, compiled.body[key]);
    if (expected !== undefined) {
      throw badUserInput(`Expected ${expected} at "${printArgumentPath(path)}", got ${printValue(compiled.body[key])}.`, path);
    }
  }
}

/** Refuses a create-many list that is empty or longer than `max`. */
export function assertBatchSizeOrThrow(count: number, max: number, path: ArgumentPath): void {
  if (count < 1 || count > max) {
    throw badUserInput(`Expected 1 to ${max} records at "${printArgumentPath(path)}", got ${count}.`, path);
  }
}

/**
 * Splits `items` into chunks of at most `size`, in order, each with the
 * positions of its items in `items`.
 */
export function toBatchChunks<T>(items: readonly T[], size: number): BatchChunk<T>[] {
  const chunks: BatchChunk<T>[] = [];
  for (let start = 0; start < items.length; start += size) {
    const indexes = Array.from({ length: Math.min(size, items.length - start) }, (_, offset) => start + offset);
    chunks.push({ indexes, items: items.slice(start, start + size) });
  }
  return chunks;
}

/** Returns the one record a target input names; refuses none or several. */
export function compileTargetOrThrow(target: RecordTargetInput, path: ArgumentPath): RecordTarget {
  const given = TARGET_FIELDS.filter((field) => typeof target[field] === 'string');
  const [field] = given;
  if (given.length !== 1 || field === undefined) {
    throw badUserInput(
      `Expected exactly one of ${TARGET_FIELDS.join(', ')} at "${printArgumentPath(path)}", got ${given.length === 0 ? 'none' : given.join(', ')}.`,
      path,
    );
  }
  return { field, id: target[field] as string };
}

/**
 * Compiles a custom object's input into Twenty's metadata body. Refuses names
 * that are not camelCase, equal singular and plural names, blank labels and an
 * update that changes nothing.
 */
export function compileObjectInputOrThrow(input: RecordInput, mode: 'create' | 'update', path: ArgumentPath): Record<string, unknown> {
  const body = definedEntries(input);
  for (const key of ['nameSingular', 'namePlural'] as const) {
    assertCamelCaseOrThrow(body[key], [...path, key]);
  }
  for (const key of ['labelSingular', 'labelPlural'] as const) {
    assertNotBlankOrThrow(body[key], [...path, key]);
  }
  if (body['nameSingular'] !== undefined && body['nameSingular'] === body['namePlural']) {
    const pluralPath = [...path, 'namePlural'];
    throw badUserInput(`Expected a plural name different from the singular one at "${printArgumentPath(pluralPath)}", got ${printValue(body['namePlural'])}.`, pluralPath);
  }
  assertChangesSomethingOrThrow(body, mode, path);
  return body;
}

// A RELATION field is created with its other side (contract §1.4; Twenty's
// `relationCreationPayload`): which kind, and the object and label of the inverse field.
function assertRelationPayloadOrThrow(type: unknown, payload: unknown, path: ArgumentPath): void {
  if (type !== 'RELATION') {
    if (payload !== undefined && payload !== null) {
      throw badUserInput(`Expected no relationCreationPayload at "${printArgumentPath(path)}" for a ${String(type)} field.`, path);
    }
    return;
  }
  if (payload === undefined || payload === null) {
    throw badUserInput(`Expected a relationCreationPayload at "${printArgumentPath(path)}" for a RELATION field.`, path);
  }
  const relation = payload as Record<string, unknown>;
  if (!(RELATION_TYPES as readonly unknown[]).includes(relation['type'])) {
    const typePath = [...path, 'type'];
    throw badUserInput(`Expected one of ${RELATION_TYPES.join(', ')} at "${printArgumentPath(typePath)}", got ${printValue(relation['type'])}.`, typePath);
  }
  assertNotBlankOrThrow(relation['targetFieldLabel'], [...path, 'targetFieldLabel']);
}

/**
 * Compiles a custom field's input into Twenty's metadata body: checks the
 * name, the type, the options (required for SELECT and MULTI_SELECT, upper
 * case and unique) and a select default (one of the options), and SQL-quotes
 * TEXT and SELECT defaults as Twenty stores them.
 */
export function compileFieldInputOrThrow(input: RecordInput, mode: 'create' | 'update', path: ArgumentPath): Record<string, unknown> {
  const body = definedEntries(input);
  assertCamelCaseOrThrow(body['name'], [...path, 'name']);
  assertNotBlankOrThrow(body['label'], [...path, 'label']);
  const type = body['type'];
  if (type !== undefined && !(CREATABLE_FIELD_TYPES as readonly unknown[]).includes(type)) {
    const typePath = [...path, 'type'];
    throw badUserInput(`Expected one of ${CREATABLE_FIELD_TYPES.join(', ')} at "${printArgumentPath(typePath)}", got ${printValue(type)}.`, typePath);
  }
  assertRelationPayloadOrThrow(type, body['relationCreationPayload'], [...path, 'relationCreationPayload']);
  const options = body['options'];
  const optionsPath = [...path, 'options'];
  if (Array.isArray(options)) {
    body['options'] = compileOptionsOrThrow(options, optionsPath);
  }
  if (typeof type === 'string') {
    if (TYPES_WITH_OPTIONS.has(type) && type !== 'RATING' && !(Array.isArray(options) && options.length > 0)) {
      throw badUserInput(`Expected at least one option at "${printArgumentPath(optionsPath)}" for a ${type} field, got none.`, optionsPath);
    }
    if (!TYPES_WITH_OPTIONS.has(type) && options !== undefined && options !== null) {
      throw badUserInput(`Expected no options at "${printArgumentPath(optionsPath)}" for a ${type} field.`, optionsPath);
    }
    const defaultValue = body['defaultValue'];
    if (type === 'SELECT' && defaultValue !== undefined && defaultValue !== null) {
      const values = (body['options'] as Array<{ value: string }>).map((option) => option.value);
      if (!values.includes(defaultValue as string)) {
        const defaultPath = [...path, 'defaultValue'];
        throw badUserInput(`Expected one of ${values.join(', ')} at "${printArgumentPath(defaultPath)}", got ${printValue(defaultValue)}.`, defaultPath);
      }
    }
    if (QUOTED_DEFAULT_TYPES.has(type) && typeof defaultValue === 'string') {
      body['defaultValue'] = `'${defaultValue}'`;
    }
    if (type === 'MULTI_SELECT' && Array.isArray(defaultValue)) {
      body['defaultValue'] = defaultValue.map((value) => (typeof value === 'string' ? `'${value}'` : value));
    }
  }
  assertChangesSomethingOrThrow(body, mode, path);
  return body;
}

function compileOptionsOrThrow(options: readonly unknown[], path: ArgumentPath): Array<Record<string, unknown>> {
  const seen = new Set<string>();
  return options.map((option, index) => {
    const record = option as Record<string, unknown>;
    const valuePath = [...path, index, 'value'];
    const value = record['value'];
    if (typeof value !== 'string' || !OPTION_VALUE.test(value)) {
      throw badUserInput(`Expected upper case letters, digits and underscores at "${printArgumentPath(valuePath)}", got ${printValue(value)}.`, valuePath);
    }
    if (seen.has(value)) {
      throw badUserInput(`Expected a value no other option has at "${printArgumentPath(valuePath)}", got ${printValue(value)}.`, valuePath);
    }
    seen.add(value);
    assertNotBlankOrThrow(record['label'], [...path, index, 'label']);
    return { ...definedEntries(record), position: record['position'] ?? index };
  });
}

// The body key a field's value is written under: its name, or the join
// column of a MANY_TO_ONE relation (contract §4.5). ONE_TO_MANY relations,
// system fields and unknown relation shapes are not writable here.
function writableKeyOf(field: TwentyFieldMetadata): string | undefined {
  if (field.isSystem === true) {
    return undefined;
  }
  if (field.type !== 'RELATION') {
    return field.name;
  }
  const settings = field.settings ?? {};
  const relationType = settings['relationType'] ?? field.relation?.type;
  if (relationType !== 'MANY_TO_ONE') {
    return undefined;
  }
  const joinColumn = settings['joinColumnName'];
  return typeof joinColumn === 'string' ? joinColumn : `${field.name}Id`;
}

// What the field accepts, when `value` is not it; undefined when it is.
function expectedValueOf(field: TwentyFieldMetadata, value: unknown): string | undefined {
  const options = (field.options ?? []).map((option) => option.value);
  if (value === null) {
    if (field.isNullable !== false) {
      return undefined;
    }
    return field.type === 'SELECT' ? `one of ${options.join(', ')}` : 'a value (the field cannot be null)';
  }
  switch (field.type) {
    case 'TEXT':
      return typeof value === 'string' ? undefined : 'a string';
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'DATE_TIME':
      return typeof value === 'string' && parseIsoDateTime(value) !== undefined ? undefined : 'an ISO-8601 date-time on a real calendar day';
    case 'DATE':
      return typeof value === 'string' && DATE_ONLY.test(value) && parseIsoDateTime(value) !== undefined
        ? undefined
        : 'an ISO-8601 date (YYYY-MM-DD) on a real calendar day';
    case 'UUID':
    case 'RELATION':
      return isUuid(value) ? undefined : 'a UUID';
    case 'SELECT':
    case 'RATING':
      return typeof value === 'string' && options.includes(value) ? undefined : `one of ${options.join(', ')}`;
    case 'MULTI_SELECT':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && options.includes(item))
        ? undefined
        : `a list of ${options.join(', ')}`;
    case 'ARRAY':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : 'a list of strings';
    default: {
      const subFields = COMPOSITE_SUB_FIELDS[field.type];
      if (subFields === undefined) {
        // RAW_JSON, and field types newer than this list: Twenty checks them.
        return undefined;
      }
      return isPlainObject(value) && Object.keys(value).every((key) => subFields.includes(key))
        ? undefined
        : `an object with some of ${subFields.join(', ')}`;
    }
  }
}

function assertCamelCaseOrThrow(value: unknown, path: ArgumentPath): void {
  if (value !== undefined && (typeof value !== 'string' || !CAMEL_CASE.test(value))) {
    throw badUserInput(`Expected a camelCase name such as "invoiceLine" at "${printArgumentPath(path)}", got ${printValue(value)}.`, path);
  }
}

function assertNotBlankOrThrow(value: unknown, path: ArgumentPath): void {
  if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
    throw badUserInput(`Expected a non-blank text at "${printArgumentPath(path)}", got ${printValue(value)}.`, path);
  }
}

function assertChangesSomethingOrThrow(body: Record<string, unknown>, mode: 'create' | 'update', path: ArgumentPath): void {
  if (mode === 'update' && Object.keys(body).length === 0) {
    throw badUserInput(`Expected at least one field to change at "${printArgumentPath(path)}", got none.`, path);
  }
}

function definedEntries(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}


function printValue(value: unknown): string {
  const printed = JSON.stringify(value) ?? String(value);
  return printed.length > MAX_PRINTED_VALUE ? `${printed.slice(0, MAX_PRINTED_VALUE)}…` : printed;
}
