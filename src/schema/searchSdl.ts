/**
 * The generated part of `search` (schema/search.graphql): which objects are
 * searched, on which fields, and the union of their record types. Twenty's
 * REST API has no search route (its search is a GraphQL query over a
 * `searchVector` column), so twenty-bff searches with filters on the fields
 * Twenty's own search indexes; this file names them per object.
 */

/** What the search SDL reads of a field's metadata (a subset of buildWorkspaceSdl's FieldMeta). */
export interface SearchFieldMeta {
  id: string;
  name: string;
  type: string;
  isActive?: boolean;
}

/** What the search SDL reads of an object's metadata (a subset of buildWorkspaceSdl's ObjectMeta). */
export interface SearchObjectMeta {
  nameSingular: string;
  isCustom?: boolean;
  /** Twenty's flag (newer releases); an object that says false is not searched. */
  isSearchable?: boolean;
  labelIdentifierFieldMetadataId?: string | null;
  fields?: readonly SearchFieldMeta[];
}

/** The union of the searchable record types, the type of `SearchHit.record`. */
export const SEARCH_RECORD_UNION = 'SearchRecord';

/** Type names the search SDL generates, which no object type may take. */
export const SEARCH_GENERATED_TYPE_NAMES: readonly string[] = [SEARCH_RECORD_UNION];

// The standard objects Twenty's search covers (SEARCH_FIELDS_FOR_* of its
// workspace entities): the label field, then the other fields searched. Twenty
// also indexes a person's jobTitle; the search asked of twenty-bff covers
// names, e-mails and phones only.
const STANDARD_SEARCH: Readonly<Record<string, { label: string; others: readonly string[] }>> = {
  person: { label: 'name', others: ['emails', 'phones'] },
  company: { label: 'name', others: ['domainName'] },
  opportunity: { label: 'name', others: [] },
  note: { label: 'title', others: [] },
  task: { label: 'title', others: [] },
};

// The text a filter can compare, per field type: its sub-field paths (REST
// `ilike` works on TEXT columns and composite TEXT sub-fields only).
const SEARCHED_PATHS: Readonly<Record<string, (name: string) => string[]>> = {
  TEXT: (name) => [name],
  FULL_NAME: (name) => [`${name}.firstName`, `${name}.lastName`],
  EMAILS: (name) => [`${name}.primaryEmail`],
  PHONES: (name) => [`${name}.primaryPhoneNumber`],
  LINKS: (name) => [`${name}.primaryLinkUrl`],
};

// Label identifier types a label can be read from: text, or a full name.
const LABEL_TYPES = new Set(['TEXT', 'FULL_NAME']);

/** The searched fields of one object: label paths first, then the others. */
export interface SearchFields {
  label: string[];
  fields: string[];
}

/**
 * The search fields of an object: the five standard objects Twenty's search
 * covers, and every custom object through its label identifier field (or a
 * TEXT field named `name`, Twenty's default). Undefined for any other object,
 * one that says `isSearchable: false`, and a custom object whose label field
 * is neither text nor a full name (a number or a date cannot be matched with
 * `ilike`).
 */
export function searchFieldsOf(object: SearchObjectMeta): SearchFields | undefined {
  const standard = object.isCustom === true ? undefined : STANDARD_SEARCH[object.nameSingular];
  if (object.isSearchable === false || (standard === undefined && object.isCustom !== true)) {
    return undefined;
  }
  const fields = (object.fields ?? []).filter((field) => field.isActive !== false);
  const byName = (name: string | undefined) => fields.find((field) => field.name === name);
  const identified = fields.find((field) => field.id === object.labelIdentifierFieldMetadataId);
  const labelField = [identified, byName(standard?.label ?? 'name')].find((field) => field !== undefined && LABEL_TYPES.has(field.type));
  if (labelField === undefined) {
    return undefined;
  }
  const label = pathsOf(labelField);
  const others = (standard?.others ?? []).flatMap((name) => {
    const field = byName(name);
    return field ? pathsOf(field) : [];
  });
  return { label, fields: [...label, ...others] };
}

/**
 * The generated search SDL of the exposed objects: `@searchable` on each
 * searchable type, the union of those types and `SearchHit.record`. Empty
 * when no object is searchable (`search` then finds nothing and hits have no
 * `record`).
 */
export function searchSdl(objects: readonly SearchObjectMeta[], typeNameOf: (nameSingular: string) => string): string {
  const searchable = objects
    .map((object) => ({ typeName: typeNameOf(object.nameSingular), fields: searchFieldsOf(object) }))
    .filter((entry): entry is { typeName: string; fields: SearchFields } => entry.fields !== undefined)
    .sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0));
  if (searchable.length === 0) {
    return '';
  }
  const list = (paths: readonly string[]) => `[${paths.map((path) => JSON.stringify(path)).join(', ')}]`;
  return [
    ...searchable.map(({ typeName, fields }) => `extend type ${typeName} @searchable(label: ${list(fields.label)}, fields: ${list(fields.fields)})`),
    '',
    `"""\nA record found by \`search\`: one of the searchable record types.\n"""\nunion ${SEARCH_RECORD_UNION} = ${searchable.map(({ typeName }) => typeName).join(' | ')}`,
    '',
    `extend type SearchHit {\n  """\n  The record found, with all its fields and relations.\n  """\n  record: ${SEARCH_RECORD_UNION}!\n}`,
    '',
  ].join('\n');
}

function pathsOf(field: SearchFieldMeta): string[] {
  return SEARCHED_PATHS[field.type]?.(field.name) ?? [];
}
