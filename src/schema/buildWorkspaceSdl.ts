import { SEARCH_GENERATED_TYPE_NAMES, searchSdl } from './searchSdl.js';
import { bulkWriteMutationNames, bulkWriteQueryNames, bulkWriteSdl } from './bulkWriteSdl.js';
import { manyToOneFilterLines, oneToManyFilterLines, relationFilterInputSdl, relationFilterTypeNames } from './relationFilterSdl.js';
import { aggregateNamesOf, aggregateSdl } from './aggregateSdl.js';
import { changedRecordSdl } from './changedRecordSdl.js';

/**
 * The SDL of a workspace's records, generated from its data model (Twenty's
 * `/rest/metadata/objects`): per active object its type, connection,
 * by-id query, filter and orderBy inputs, write inputs and mutations, select
 * options as enums and relations as `@relation` fields. The hand-written SDL
 * (scalars, composites, shared filters, metadata, attach/detach) completes it.
 */
export interface WorkspaceSdl {
  sdl: string;
  /**
   * GraphQL name → Twenty option value, per enum: the resolvers that make an
   * enum read and write the workspace's real option values, even those that
   * are not valid GraphQL names (`in progress` is served as `in_progress`).
   */
  enumValues: Record<string, Record<string, string>>;
  /** What could not be exposed and why (a name taken, a relation without its other side). */
  warnings: string[];
}

/** What the generation needs besides the metadata. */
export interface BuildOptions {
  /** Type and root field names of the hand-written SDL, which generated names must not take. */
  reservedTypeNames: ReadonlySet<string>;
  reservedQueryFields: ReadonlySet<string>;
  reservedMutationFields: ReadonlySet<string>;
}

/**
 * What the generation reads of a field's metadata: the part every Twenty
 * release returns (and the standard model, src/model/, has).
 */
export interface FieldMeta {
  id: string;
  name: string;
  /** FieldType such as TEXT or RELATION; an unknown type is served as JSON. */
  type: string;
  description?: string | null;
  isActive?: boolean;
  options?: ReadonlyArray<{ value: string; label?: string | null }> | null;
  settings?: Readonly<Record<string, unknown>> | null;
  relation?: {
    type: string;
    targetObjectMetadata?: { nameSingular?: string };
    targetFieldMetadata?: { id: string; name?: string };
  } | null;
}

/** What the generation reads of an object's metadata, fields inline. */
export interface ObjectMeta {
  nameSingular: string;
  namePlural: string;
  labelSingular?: string | null;
  labelPlural?: string | null;
  description?: string | null;
  isCustom?: boolean;
  isActive?: boolean;
  isSystem?: boolean;
  isRemote?: boolean;
  /** Twenty's flag (newer releases): false keeps the object out of `search`. */
  isSearchable?: boolean;
  labelIdentifierFieldMetadataId?: string | null;
  fields?: readonly FieldMeta[];
}

type Field = FieldMeta;

/** A composite field type's GraphQL output type, and its filter, orderBy and input types where it has them. */
interface CompositeTypes {
  output: string;
  filter?: string;
  orderBy?: string;
  input?: string;
}

// Contract §5.2: Twenty's composite field types, as common.graphql and mutations.graphql declare them.
const COMPOSITES: Readonly<Record<string, CompositeTypes>> = {
  FULL_NAME: { output: 'FullName', filter: 'FullNameFilter', orderBy: 'FullNameOrderBy', input: 'FullNameInput' },
  EMAILS: { output: 'Emails', filter: 'EmailsFilter', orderBy: 'EmailsOrderBy', input: 'EmailsInput' },
  PHONES: { output: 'Phones', filter: 'PhonesFilter', orderBy: 'PhonesOrderBy', input: 'PhonesInput' },
  LINKS: { output: 'Links', filter: 'LinksFilter', orderBy: 'LinksOrderBy', input: 'LinksInput' },
  CURRENCY: { output: 'Currency', filter: 'CurrencyFilter', orderBy: 'CurrencyOrderBy', input: 'CurrencyInput' },
  ADDRESS: { output: 'Address', filter: 'AddressFilter', orderBy: 'AddressOrderBy', input: 'AddressInput' },
  ACTOR: { output: 'Actor', filter: 'ActorFilter', orderBy: 'ActorOrderBy' },
  RICH_TEXT_V2: { output: 'RichText', input: 'RichTextInput' },
};

/** Scalar field types: output (and input) type, and filter input; undefined filter → not filterable. */
const SCALARS: Readonly<Record<string, { type: string; filter?: string; orderable: boolean }>> = {
  UUID: { type: 'UUID', filter: 'UUIDFilter', orderable: true },
  TEXT: { type: 'String', filter: 'StringFilter', orderable: true },
  RICH_TEXT: { type: 'String', orderable: false },
  NUMBER: { type: 'Float', filter: 'FloatFilter', orderable: true },
  NUMERIC: { type: 'Float', filter: 'FloatFilter', orderable: true },
  POSITION: { type: 'Float', filter: 'FloatFilter', orderable: true },
  BOOLEAN: { type: 'Boolean', filter: 'BooleanFilter', orderable: true },
  DATE_TIME: { type: 'DateTime', filter: 'DateTimeFilter', orderable: true },
  DATE: { type: 'DateTime', filter: 'DateTimeFilter', orderable: true },
  RAW_JSON: { type: 'JSON', orderable: false },
  FILES: { type: 'JSON', orderable: false },
  ARRAY: { type: '[String!]', orderable: false },
};

const ENUM_TYPES = new Set(['SELECT', 'RATING', 'MULTI_SELECT']);

// Fields Twenty maintains itself: readable, never part of a write input.
const READ_ONLY_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy', 'searchVector']);

// Notes and tasks reach records through target rows: a record with `noteTargets`
// also gets `notes` (and `tasks`), read through them in one batched step.
const THROUGH_RELATIONS = [
  { junction: 'noteTarget', junctionField: 'note', name: 'notes' },
  { junction: 'taskTarget', junctionField: 'task', name: 'tasks' },
] as const;

// Names of today's curated schema that differ from Twenty's, kept as aliases.
const CURATED_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  note: { targets: 'noteTargets' },
  task: { targets: 'taskTargets' },
};

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const CONNECTION_ARGS = (type: string) => `(filter: ${type}Filter, orderBy: [${type}OrderBy!], first: Int, after: String)`;

/**
 * Generates the records' SDL of a workspace from its objects' metadata.
 * Pure and deterministic: the same metadata gives the same text. Inactive
 * objects and fields are left out; an object whose names would clash with
 * the hand-written SDL or another object is left out with a warning.
 */
export function buildWorkspaceSdl(objects: readonly ObjectMeta[], options: BuildOptions): WorkspaceSdl {
  const warnings: string[] = [];
  const enumValues: Record<string, Record<string, string>> = {};
  const active = objects.filter((object) => object.isActive !== false && object.isRemote !== true);
  const exposed = selectExposed(active, { ...options, reservedTypeNames: new Set([...options.reservedTypeNames, ...SEARCH_GENERATED_TYPE_NAMES]) }, warnings);
  const bySingular = new Map(exposed.map((object) => [object.nameSingular, object]));
  const blocks: string[] = [];
  for (const object of [...exposed].sort((a, b) => compare(a.nameSingular, b.nameSingular))) {
    blocks.push(objectSdl(object, bySingular, enumValues, warnings));
  }
  blocks.push(...[searchSdl(exposed, typeNameOf)].filter((block) => block !== ''));
  blocks.push(changedRecordSdl([...exposed].sort((a, b) => compare(a.nameSingular, b.nameSingular)).map((object) => typeNameOf(object.nameSingular))));
  return { sdl: `${GENERATED_HEADER}\n${blocks.join('\n')}`, enumValues, warnings };
}

/** The first lines of the generated file. */
export const GENERATED_HEADER = `# Generated from the workspace's data model by src/schema/buildWorkspaceSdl.ts: do not edit.
# The committed copy (the standard model, src/model/standardObjects.ts) is rewritten by \`npm run codegen\`.
`;

/** Capitalizes the first letter, as Twenty names its GraphQL types (`company` → `Company`). */
export function typeNameOf(nameSingular: string): string {
  return nameSingular.charAt(0).toUpperCase() + nameSingular.slice(1);
}

/** The enum of a SELECT, MULTI_SELECT or RATING field, named as Twenty's GraphQL API names it. */
export function enumNameOf(object: ObjectMeta, field: Field): string {
  return `${typeNameOf(object.nameSingular)}${typeNameOf(field.name)}Enum`;
}

function namesOf(object: ObjectMeta): { types: string[]; queries: string[]; mutations: string[] } {
  const type = typeNameOf(object.nameSingular);
  const plural = typeNameOf(object.namePlural);
  const enums = activeFields(object)
    .filter((field) => ENUM_TYPES.has(field.type))
    .flatMap((field) => [enumNameOf(object, field), `${enumNameOf(object, field)}Filter`, `${enumNameOf(object, field)}ListFilter`]);
  const aggregates = aggregateNamesOf(type, object.namePlural);
  return {
    types: [type, `${type}Edge`, `${type}Connection`, `${type}Filter`, `${type}OrderBy`, `Create${type}Input`, `Update${type}Input`, `Create${plural}Payload`, ...relationFilterTypeNames(type), ...enums, ...aggregates.types],
    queries: [object.namePlural, object.nameSingular, ...bulkWriteQueryNames(object), ...aggregates.queries],
    mutations: ['create', 'update', 'delete', 'destroy', 'restore'].map((verb) => `${verb}${type}`).concat(`create${plural}`, ...bulkWriteMutationNames(object)),
  };
}

function selectExposed(objects: readonly ObjectMeta[], options: BuildOptions, warnings: string[]): ObjectMeta[] {
  const taken = { types: new Set(options.reservedTypeNames), queries: new Set(options.reservedQueryFields), mutations: new Set(options.reservedMutationFields) };
  const exposed: ObjectMeta[] = [];
  for (const object of [...objects].sort((a, b) => Number(a.isCustom === true) - Number(b.isCustom === true) || compare(a.nameSingular, b.nameSingular))) {
    if (!GRAPHQL_NAME.test(object.nameSingular) || !GRAPHQL_NAME.test(object.namePlural) || object.nameSingular === object.namePlural) {
      warnings.push(`Object ${object.nameSingular}/${object.namePlural}: its names are not usable as GraphQL names; it is not exposed.`);
      continue;
    }
    const names = namesOf(object);
    const clash = [
      ...names.types.filter((name) => taken.types.has(name)),
      ...names.queries.filter((name) => taken.queries.has(name)),
      ...names.mutations.filter((name) => taken.mutations.has(name)),
    ];
    if (clash.length > 0) {
      warnings.push(`Object ${object.nameSingular}: the name${clash.length > 1 ? 's' : ''} ${clash.join(', ')} ${clash.length > 1 ? 'are' : 'is'} taken; it is not exposed.`);
      continue;
    }
    names.types.forEach((name) => taken.types.add(name));
    names.queries.forEach((name) => taken.queries.add(name));
    names.mutations.forEach((name) => taken.mutations.add(name));
    exposed.push(object);
  }
  return exposed;
}

function activeFields(object: ObjectMeta): Field[] {
  return (object.fields ?? []).filter((field) => field.isActive !== false && GRAPHQL_NAME.test(field.name) && field.name !== 'customFields');
}

/** A MANY_TO_ONE relation's join column (`companyId`), as Twenty names it. */
function joinColumnOf(field: Field): string {
  const settings = field.settings ?? {};
  return typeof settings['joinColumnName'] === 'string' ? settings['joinColumnName'] : `${field.name}Id`;
}

function relationTypeOf(field: Field): string | undefined {
  const fromSettings = field.settings?.['relationType'];
  return typeof fromSettings === 'string' ? fromSettings : field.relation?.type;
}

interface RelationEnds {
  target: ObjectMeta;
  /** The field on the other side (`company` for `company.people`). */
  inverse: Field | undefined;
}

function relationEndsOf(field: Field, bySingular: ReadonlyMap<string, ObjectMeta>): RelationEnds | undefined {
  const targetName = field.relation?.targetObjectMetadata?.nameSingular;
  const target = targetName === undefined ? undefined : bySingular.get(targetName);
  if (target === undefined) {
    return undefined;
  }
  const inverseName = field.relation?.targetFieldMetadata?.name;
  const inverseId = field.relation?.targetFieldMetadata?.id;
  const inverse = activeFields(target).find((candidate) => candidate.id === inverseId || candidate.name === inverseName);
  return { target, inverse };
}

interface Lines {
  type: string[];
  filter: string[];
  orderBy: string[];
  input: string[];
  relations: string[];
}

function objectSdl(object: ObjectMeta, bySingular: ReadonlyMap<string, ObjectMeta>, enumValues: Record<string, Record<string, string>>, warnings: string[]): string {
  const type = typeNameOf(object.nameSingular);
  const plural = typeNameOf(object.namePlural);
  const lines: Lines = { type: ['  id: UUID!'], filter: ['  id: UUIDFilter'], orderBy: ['  id: OrderByDirection'], input: [], relations: [] };
  const enums: string[] = [];
  const taken = new Set(activeFields(object).map((field) => field.name));
  for (const field of activeFields(object)) {
    if (field.name === 'id') {
      continue;
    }
    if (field.type === 'RELATION') {
      relationLines(object, field, bySingular, lines, taken, warnings);
    } else if (ENUM_TYPES.has(field.type)) {
      enums.push(enumLines(object, field, lines, enumValues));
    } else {
      valueLines(field, lines);
    }
  }
  throughLines(object, bySingular, lines, taken);
  aliasLines(object, bySingular, lines, taken);
  const writable = object.isCustom === true || object.isSystem !== true;
  const description = `${object.description || object.labelSingular || type} (Twenty object \`${object.nameSingular}\`, REST \`/rest/${object.namePlural}\`).`;
  const blocks = [
    `${doc(description, '')}type ${type} {\n${lines.type.join('\n')}\n${doc("The record's values that this schema has no field for yet (fields added since the schema was read), keyed by Twenty field name.", '  ')}  customFields: JSON\n}`,
    `type ${type}Edge {\n  cursor: String!\n  node: ${type}!\n}`,
    `type ${type}Connection {\n  edges: [${type}Edge!]!\n  pageInfo: PageInfo!\n${doc('Number of records matching the filter, ignoring pagination.', '  ')}  totalCount: Int!\n}`,
    `${doc(`Conditions on ${type} records. Sibling fields are combined with AND.`, '')}input ${type}Filter {\n${lines.filter.join('\n')}\n  and: [${type}Filter!]\n  or: [${type}Filter!]\n  not: ${type}Filter\n}`,
    relationFilterInputSdl(type),
    `${doc('One sort key: set exactly one field. Ties are broken by `id`.', '')}input ${type}OrderBy {\n${lines.orderBy.join('\n')}\n}`,
    `extend type Query {\n${doc(`${type} records as a Relay connection: \`first\`/\`after\` pages forward, \`last\`/\`before\` backward, \`last\` alone gives the final records.`, '  ')}  ${object.namePlural}(\n    filter: ${type}Filter\n    orderBy: [${type}OrderBy!]\n    first: Int\n    after: String\n    last: Int\n    before: String\n  ): ${type}Connection\n${doc(`One ${type} by id, or null when it does not exist (or is in the trash).`, '  ')}  ${object.nameSingular}(id: UUID!): ${type}\n}`,
    ...(lines.relations.length > 0 ? [`extend type ${type} {\n${lines.relations.join('\n')}\n}`] : []),
    ...enums,
    ...(writable ? writeSdl(object, type, plural, lines.input) : []),
    ...bulkWriteSdl(object),
    aggregateSdl(
      {
        typeName: type,
        plural: object.namePlural,
        fields: activeFields(object).filter((field) => field.name !== 'customFields'),
        enumNameOf: (field) => enumNameOf(object, field),
        joinColumnOf: (field) => (relationTypeOf(field) === 'MANY_TO_ONE' ? joinColumnOf(field) : undefined),
        targetTypeOf: (field) => {
          const target = relationTypeOf(field) === 'MANY_TO_ONE' ? relationEndsOf(field, bySingular)?.target : undefined;
          return target === undefined ? undefined : typeNameOf(target.nameSingular);
        },
      },
      warnings,
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function valueLines(field: Field, lines: Lines): void {
  const composite = COMPOSITES[field.type];
  const scalar = SCALARS[field.type];
  if (composite === undefined && scalar === undefined) {
    // TS_VECTOR and MORPH_RELATION have no value a client reads; a type
    // newer than this code is served as JSON rather than hidden.
    if (field.type === 'TS_VECTOR' || field.type === 'MORPH_RELATION') {
      return;
    }
  }
  const output = composite?.output ?? scalar?.type ?? 'JSON';
  lines.type.push(`${doc(field.description, '  ')}  ${field.name}: ${output}`);
  const filter = composite?.filter ?? scalar?.filter;
  if (filter) {
    lines.filter.push(`  ${field.name}: ${filter}`);
  }
  const orderBy = composite ? composite.orderBy : scalar?.orderable ? 'OrderByDirection' : undefined;
  if (orderBy) {
    lines.orderBy.push(`  ${field.name}: ${orderBy}`);
  }
  const input = composite ? composite.input : output;
  if (input && !READ_ONLY_FIELDS.has(field.name)) {
    lines.input.push(`  ${field.name}: ${input}`);
  }
}

function enumLines(object: ObjectMeta, field: Field, lines: Lines, enumValues: Record<string, Record<string, string>>): string {
  const name = enumNameOf(object, field);
  const values = enumValueNames((field.options ?? []).map((option) => option.value));
  enumValues[name] = Object.fromEntries(values.map(([graphqlName, value]) => [graphqlName, value]));
  const multi = field.type === 'MULTI_SELECT';
  lines.type.push(`${doc(field.description, '  ')}  ${field.name}: ${multi ? `[${name}!]` : name}`);
  lines.filter.push(`  ${field.name}: ${name}${multi ? 'ListFilter' : 'Filter'}`);
  if (!multi) {
    lines.orderBy.push(`  ${field.name}: OrderByDirection`);
  }
  if (!READ_ONLY_FIELDS.has(field.name)) {
    lines.input.push(`  ${field.name}: ${multi ? `[${name}!]` : name}`);
  }
  const options = field.options ?? [];
  const body =
    values.length === 0
      ? // An enum needs a value: a field without options can only be empty.
        `${doc('The field has no options yet.', '  ')}  _NO_OPTIONS`
      : values
          .map(([graphqlName, value]) => {
            const label = options.find((option) => option.value === value)?.label;
            const note = graphqlName === value ? label : `Twenty value \`${value}\`${label ? ` (${label})` : ''}`;
            return `${note ? doc(note, '  ') : ''}  ${graphqlName}`;
          })
          .join('\n');
  if (values.length === 0) {
    enumValues[name] = { _NO_OPTIONS: '' };
  }
  const filter = multi
    ? `input ${name}ListFilter {\n${doc('Records holding any of these options. An empty list matches nothing.', '  ')}  containsAny: [${name}!]\n  is: FilterIs\n}`
    : `input ${name}Filter {\n  eq: ${name}\n  neq: ${name}\n${doc('Any of these options. An empty list matches nothing.', '  ')}  in: [${name}!]\n  is: FilterIs\n}`;
  return `${doc(`Options of ${typeNameOf(object.nameSingular)}.${field.name} in this workspace.`, '')}enum ${name} {\n${body}\n}\n\n${filter}`;
}

/**
 * GraphQL names for option values: the value itself when it is a valid
 * enum value name, otherwise the value with every other character replaced
 * by `_` (prefixed by `_` when it starts with a digit), made unique.
 */
export function enumValueNames(values: readonly string[]): Array<[graphqlName: string, value: string]> {
  const used = new Set(values.filter((value) => isEnumValueName(value)));
  const names: Array<[string, string]> = [];
  for (const value of values) {
    if (isEnumValueName(value)) {
      names.push([value, value]);
      continue;
    }
    let base = value.replace(/[^_0-9A-Za-z]/g, '_');
    if (!/^[_A-Za-z]/.test(base)) {
      base = `_${base}`;
    }
    let candidate = isEnumValueName(base) ? base : `${base}_`;
    for (let suffix = 2; used.has(candidate); suffix += 1) {
      candidate = `${base}_${suffix}`;
    }
    used.add(candidate);
    names.push([candidate, value]);
  }
  return names;
}

function isEnumValueName(value: string): boolean {
  return GRAPHQL_NAME.test(value) && value !== 'true' && value !== 'false' && value !== 'null';
}

function relationLines(object: ObjectMeta, field: Field, bySingular: ReadonlyMap<string, ObjectMeta>, lines: Lines, taken: Set<string>, warnings: string[]): void {
  const relationType = relationTypeOf(field);
  const ends = relationEndsOf(field, bySingular);
  if (relationType === 'MANY_TO_ONE') {
    const joinColumn = joinColumnOf(field);
    if (!taken.has(joinColumn)) {
      taken.add(joinColumn);
      lines.type.push(`  ${joinColumn}: UUID`);
      lines.filter.push(`  ${joinColumn}: UUIDFilter`);
      lines.orderBy.push(`  ${joinColumn}: OrderByDirection`);
      lines.input.push(`  ${joinColumn}: UUID`);
    }
    if (ends === undefined) {
      warnings.push(`${object.nameSingular}.${field.name}: its target object is not exposed; only ${joinColumn} is.`);
      return;
    }
    lines.relations.push(`${doc(field.description, '  ')}  ${field.name}: ${typeNameOf(ends.target.nameSingular)} @relation(joinColumn: "${joinColumn}")`);
    lines.filter.push(...manyToOneFilterLines(field.name, typeNameOf(ends.target.nameSingular)));
    return;
  }
  if (relationType === 'ONE_TO_MANY') {
    if (ends === undefined || ends.inverse === undefined) {
      warnings.push(`${object.nameSingular}.${field.name}: its target object or inverse field is not exposed; the relation is left out.`);
      return;
    }
    const target = typeNameOf(ends.target.nameSingular);
    lines.relations.push(
      `${doc(field.description, '  ')}  ${field.name}${CONNECTION_ARGS(target)}: ${target}Connection @relation(foreignKey: "${joinColumnOf(ends.inverse)}")`,
    );
    lines.filter.push(...oneToManyFilterLines(field.name, target));
  }
}

function throughLines(object: ObjectMeta, bySingular: ReadonlyMap<string, ObjectMeta>, lines: Lines, taken: Set<string>): void {
  for (const through of THROUGH_RELATIONS) {
    const junction = bySingular.get(through.junction);
    const targetField = junction && activeFields(junction).find((field) => field.name === through.junctionField && relationTypeOf(field) === 'MANY_TO_ONE');
    const target = targetField && relationEndsOf(targetField, bySingular)?.target;
    if (junction === undefined || targetField === undefined || target === undefined || taken.has(through.name)) {
      continue;
    }
    const toJunction = activeFields(object).find((field) => {
      if (field.type !== 'RELATION' || relationTypeOf(field) !== 'ONE_TO_MANY') {
        return false;
      }
      const ends = relationEndsOf(field, bySingular);
      return ends?.target === junction && ends.inverse !== undefined && ends.inverse.name !== through.junctionField;
    });
    const inverse = toJunction && relationEndsOf(toJunction, bySingular)?.inverse;
    if (inverse === undefined) {
      continue;
    }
    taken.add(through.name);
    const type = typeNameOf(target.nameSingular);
    lines.relations.push(
      `${doc(`${typeNameOf(target.namePlural)} attached to this record (through ${junction.namePlural}).`, '  ')}  ${through.name}${CONNECTION_ARGS(type)}: ${type}Connection\n    @relation(through: "${junction.namePlural}", foreignKey: "${joinColumnOf(inverse)}", joinColumn: "${joinColumnOf(targetField)}")`,
    );
  }
}

function aliasLines(object: ObjectMeta, bySingular: ReadonlyMap<string, ObjectMeta>, lines: Lines, taken: Set<string>): void {
  for (const [alias, name] of Object.entries(CURATED_ALIASES[object.nameSingular] ?? {})) {
    const field = activeFields(object).find((candidate) => candidate.name === name);
    const ends = field && relationEndsOf(field, bySingular);
    if (taken.has(alias) || ends?.inverse === undefined) {
      continue;
    }
    taken.add(alias);
    const target = typeNameOf(ends.target.nameSingular);
    lines.relations.push(`${doc(`Same as \`${name}\`.`, '  ')}  ${alias}${CONNECTION_ARGS(target)}: ${target}Connection @relation(foreignKey: "${joinColumnOf(ends.inverse)}")`);
  }
}

function writeSdl(object: ObjectMeta, type: string, plural: string, inputLines: string[]): string[] {
  const label = object.labelSingular || type;
  const customFields = `${doc("Values of fields this schema has no input field for yet, keyed by Twenty field name; checked against the workspace's metadata.", '  ')}  customFields: JSON`;
  return [
    `input Create${type}Input {\n${doc('Optional id chosen by the client, so that retrying an unclear create cannot make a duplicate.', '  ')}  id: UUID\n${inputLines.join('\n')}${inputLines.length > 0 ? '\n' : ''}${customFields}\n}`,
    `input Update${type}Input {\n${inputLines.join('\n')}${inputLines.length > 0 ? '\n' : ''}${customFields}\n}`,
    `type Create${plural}Payload {\n${doc('One entry per input, in input order; null where its chunk failed.', '  ')}  records: [${type}]!\n${doc('One entry per failed chunk; empty when every record was created.', '  ')}  failures: [BatchFailure!]!\n}`,
    `extend type Mutation {
${doc(`Creates a ${label} record. Without \`data.id\`, twenty-bff gives it a new UUID, so its own retries are safe; give \`data.id\` to make your retries safe too.`, '  ')}  create${type}(data: Create${type}Input!): ${type}
${doc(`Creates ${object.labelPlural || plural} through Twenty's batch endpoint, in chunks of at most the upstream batch size.`, '  ')}  create${plural}(data: [Create${type}Input!]!): Create${plural}Payload
${doc('Changes the fields given in `data`; an explicit null clears a field.', '  ')}  update${type}(id: UUID!, data: Update${type}Input!): ${type}
${doc(`Moves a ${label} record to the trash (soft delete); \`restore${type}\` brings it back.`, '  ')}  delete${type}(id: UUID!): DeletedRecord
${doc(`Deletes a ${label} record permanently.`, '  ')}  destroy${type}(id: UUID!): DeletedRecord
${doc(`Brings a ${label} record back from the trash.`, '  ')}  restore${type}(id: UUID!): ${type}
}`,
  ];
}

function doc(text: string | null | undefined, indent: string): string {
  const clean = text?.trim();
  if (!clean) {
    return '';
  }
  // Block strings end at `"""`; nothing else needs escaping.
  return `${indent}"""\n${indent}${clean.replaceAll('"""', '\\"""').replace(/\n/g, `\n${indent}`)}\n${indent}"""\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
