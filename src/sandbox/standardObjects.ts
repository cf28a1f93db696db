import { randomUUID } from 'node:crypto';

import type { Actor, FieldMetadata, FieldType, RelationSettings } from './types.js';

/** The ACTOR default of `createdBy`/`updatedBy` (contract §5.1), as a record value. */
export const SYSTEM_ACTOR: Readonly<Actor> = Object.freeze({
  source: 'MANUAL',
  workspaceMemberId: null,
  name: 'System',
  context: {},
});

/** The value kind of one composite sub-field, for filter validation. */
export type CompositeSubFieldKind = 'TEXT' | 'NUMBER' | 'NUMERIC' | 'UUID' | 'RAW_JSON' | 'ARRAY' | 'SELECT';

// Contract §5.2 (twenty-shared CompositeFieldTypeSubFields): the kinds follow
// Twenty's composite type definitions (array-ish sub-fields are RAW_JSON there).
const COMPOSITE_SUB_FIELDS: Partial<Record<FieldType, Record<string, CompositeSubFieldKind>>> = {
  FULL_NAME: { firstName: 'TEXT', lastName: 'TEXT' },
  EMAILS: { primaryEmail: 'TEXT', additionalEmails: 'RAW_JSON' },
  PHONES: {
    primaryPhoneNumber: 'TEXT',
    primaryPhoneCountryCode: 'TEXT',
    primaryPhoneCallingCode: 'TEXT',
    additionalPhones: 'RAW_JSON',
  },
  LINKS: { primaryLinkUrl: 'TEXT', primaryLinkLabel: 'TEXT', secondaryLinks: 'RAW_JSON' },
  CURRENCY: { amountMicros: 'NUMERIC', currencyCode: 'TEXT' },
  ADDRESS: {
    addressStreet1: 'TEXT',
    addressStreet2: 'TEXT',
    addressCity: 'TEXT',
    addressState: 'TEXT',
    addressCountry: 'TEXT',
    addressPostcode: 'TEXT',
    addressLat: 'NUMERIC',
    addressLng: 'NUMERIC',
  },
  ACTOR: { source: 'SELECT', workspaceMemberId: 'UUID', name: 'TEXT', context: 'RAW_JSON' },
  RICH_TEXT_V2: { blocknote: 'TEXT', markdown: 'TEXT' },
};

/**
 * Returns the sub-fields of a composite field type and each one's value kind
 * (contract §5.2), e.g. CURRENCY → `{amountMicros: 'NUMERIC', currencyCode: 'TEXT'}`.
 * Returns undefined for a type that is not composite.
 */
export function compositeSubFields(type: FieldType): Record<string, CompositeSubFieldKind> | undefined {
  const subFields = COMPOSITE_SUB_FIELDS[type];
  return subFields === undefined ? undefined : { ...subFields };
}

/**
 * Returns the value a record gets at depth 0 for `field` when a create omits
 * it, derived from the field's metadata `defaultValue` (`'now'` becomes `now`,
 * `'uuid'` a fresh UUID). ONE_TO_MANY relations have no record key and give
 * undefined; a MANY_TO_ONE gives the null of its join column (see recordKeyOf).
 */
export function defaultRecordValue(field: FieldMetadata, now: Date = new Date()): unknown {
  switch (field.type) {
    case 'RELATION':
      return relationTypeOf(field) === 'MANY_TO_ONE' ? null : undefined;
    case 'TEXT':
      return typeof field.defaultValue === 'string' ? unquote(field.defaultValue) : '';
    case 'BOOLEAN':
      return typeof field.defaultValue === 'boolean' ? field.defaultValue : null;
    case 'NUMBER':
    case 'NUMERIC':
    case 'RATING':
      return fromMetadataDefault(field.defaultValue, now);
    case 'POSITION':
      return typeof field.defaultValue === 'number' ? field.defaultValue : 0;
    case 'SELECT':
      return typeof field.defaultValue === 'string' ? unquote(field.defaultValue) : null;
    case 'UUID':
    case 'DATE_TIME':
    case 'DATE':
      return fromMetadataDefault(field.defaultValue, now);
    case 'ACTOR':
      return { ...SYSTEM_ACTOR, context: {} };
    case 'FULL_NAME':
    case 'EMAILS':
    case 'PHONES':
    case 'LINKS':
    case 'CURRENCY':
    case 'ADDRESS':
    case 'RICH_TEXT_V2':
      return compositeDefault(field.type, field.defaultValue, now);
    case 'MULTI_SELECT':
      // Each value is SQL-quoted in the metadata, like a SELECT default.
      return Array.isArray(field.defaultValue) ? field.defaultValue.map((value: unknown) => (typeof value === 'string' ? unquote(value) : value)) : null;
    case 'ARRAY':
    case 'RAW_JSON':
    case 'TS_VECTOR':
      return fromMetadataDefault(field.defaultValue, now);
  }
}

/**
 * Returns the key a field occupies in a depth-0 record: the field name, the
 * join column (`companyId`) for a MANY_TO_ONE relation, or null for a
 * ONE_TO_MANY relation, which only appears at depth 1.
 */
export function recordKeyOf(field: FieldMetadata): string | null {
  if (field.type !== 'RELATION') {
    return field.name;
  }
  if (relationTypeOf(field) !== 'MANY_TO_ONE') {
    return null;
  }
  const settings = field.settings as Partial<RelationSettings> | null;
  return settings?.joinColumnName ?? `${field.name}Id`;
}

function relationTypeOf(field: FieldMetadata): 'MANY_TO_ONE' | 'ONE_TO_MANY' | undefined {
  const settings = field.settings as Partial<RelationSettings> | null;
  return settings?.relationType ?? field.relation?.type;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : value;
}

function fromMetadataDefault(value: unknown, now: Date): unknown {
  if (value === undefined || value === null) {
    return null;
  }
  if (value === 'now') {
    return now.toISOString();
  }
  if (value === 'uuid') {
    return randomUUID();
  }
  if (typeof value === 'string') {
    return unquote(value);
  }
  return structuredClone(value);
}

function compositeDefault(type: FieldType, metadataDefault: unknown, now: Date): Record<string, unknown> {
  const subFields = COMPOSITE_SUB_FIELDS[type] ?? {};
  const given =
    metadataDefault !== null && typeof metadataDefault === 'object'
      ? (metadataDefault as Record<string, unknown>)
      : {};
  const value: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(subFields)) {
    const fromMetadata = given[name];
    if (fromMetadata !== undefined && fromMetadata !== null) {
      value[name] = fromMetadataDefault(fromMetadata, now);
    } else {
      // Unset text sub-fields read back as "" (contract §2.1), everything else
      // as null; a rich-text body stays {blocknote: null, markdown: null}.
      value[name] = kind === 'TEXT' && type !== 'RICH_TEXT_V2' ? '' : null;
    }
  }
  return value;
}

export { createStandardObjects, standardFieldId, standardObjectId } from '../model/standardObjects.js';
