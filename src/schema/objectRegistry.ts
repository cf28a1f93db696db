import {
  type GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';

import type { FieldSpec, ObjectFieldSpecs, ObjectFilterSpecs, ScalarKind } from '../translate/fieldSpecs.js';
import { addRelationFilterSpecs, isRelationFilterInput } from './relationFilterSpecs.js';

/** What the BFF knows about one Twenty object, derived from the SDL. */
export interface ObjectDescriptor {
  /** GraphQL type name, e.g. `Company`. */
  typeName: string;
  /** REST plural name and Query list field, e.g. `companies`. */
  plural: string;
  /** Query get-by-id field, e.g. `company`. */
  singular: string;
  /** Filterable fields by kind, from `<Type>Filter`: values, and relations (src/schema/relationFilterSpecs.ts). */
  filterFields: ObjectFilterSpecs;
  /** Orderable fields, from `<Type>OrderBy`. */
  orderFields: ObjectFieldSpecs;
  /** Names of the fields the GraphQL type declares: everything else is a custom field. */
  knownFields: ReadonlySet<string>;
  /** Whether the schema has its writes (`create<Type>`, …): objects Twenty fills itself are read-only. */
  writable: boolean;
}

/** Descriptors keyed by REST plural name. */
export type ObjectRegistry = ReadonlyMap<string, ObjectDescriptor>;

// The SDL's filter input types map one-to-one onto comparator kinds, so the
// translation's field table is read from the schema instead of written twice.
const SCALAR_FILTER_KINDS: Readonly<Record<string, ScalarKind>> = {
  StringFilter: 'text',
  FloatFilter: 'number',
  BooleanFilter: 'boolean',
  DateTimeFilter: 'dateTime',
  UUIDFilter: 'uuid',
  SelectFilter: 'select',
};

/** The suffix of every `<Type>Connection` type of the SDL. */
export const CONNECTION_SUFFIX = 'Connection';

/**
 * Builds the registry from the schema: every Query field returning an
 * `XConnection` is an object whose REST plural is the field name. Throws when
 * the SDL breaks the conventions this relies on (a bug, caught at boot).
 */
export function createObjectRegistry(schema: GraphQLSchema): ObjectRegistry {
  const query = schema.getQueryType();
  if (!query) {
    throw new Error('The schema has no Query type.');
  }
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const registry = new Map<string, ObjectDescriptor>();
  for (const field of Object.values(query.getFields())) {
    const returned = getNamedType(field.type);
    // A list of connections (`personDuplicates`) is not an object's list field.
    if (!returned.name.endsWith(CONNECTION_SUFFIX) || isListType(getNullableType(field.type))) {
      continue;
    }
    const typeName = returned.name.slice(0, -CONNECTION_SUFFIX.length);
    const objectType = schema.getType(typeName);
    const singularField = Object.values(query.getFields()).find(
      (candidate) => getNamedType(candidate.type).name === typeName && candidate.args.some((arg) => arg.name === 'id'),
    );
    if (!isObjectType(objectType) || !singularField) {
      throw new Error(`Query.${field.name} returns ${returned.name} but ${typeName} has no get-by-id query field.`);
    }
    registry.set(field.name, {
      typeName,
      plural: field.name,
      singular: singularField.name,
      filterFields: readSpecs(schema, `${typeName}Filter`, filterSpec),
      orderFields: readSpecs(schema, `${typeName}OrderBy`, orderSpec),
      knownFields: new Set(Object.keys(objectType.getFields())),
      writable: `create${typeName}` in mutations,
    });
  }
  addRelationFilterSpecs(schema, registry);
  return registry;
}

function readSpecs(
  schema: GraphQLSchema,
  inputName: string,
  toSpec: (typeName: string, input: GraphQLInputObjectType | undefined, where: string) => FieldSpec | undefined,
): ObjectFieldSpecs {
  const input = schema.getType(inputName);
  if (!isInputObjectType(input)) {
    throw new Error(`The schema has no input type ${inputName}.`);
  }
  const specs: Record<string, FieldSpec> = {};
  for (const field of Object.values(input.getFields())) {
    const named = getNamedType(field.type);
    const spec = toSpec(named.name, isInputObjectType(named) ? named : undefined, `${inputName}.${field.name}`);
    if (spec) {
      specs[field.name] = spec;
    }
  }
  return specs;
}

function filterSpec(typeName: string, input: GraphQLInputObjectType | undefined, where: string): FieldSpec | undefined {
  if (input && isRelationFilterInput(input)) {
    return undefined;
  }
  const scalar = SCALAR_FILTER_KINDS[typeName] ?? (input && enumFilterKind(input));
  if (scalar) {
    return { kind: scalar };
  }
  if (where.endsWith('.and') || where.endsWith('.or') || where.endsWith('.not')) {
    return undefined;
  }
  if (!input) {
    throw new Error(`${where}: ${typeName} is not a filter input type.`);
  }
  const subFields: Record<string, ScalarKind> = {};
  for (const subField of Object.values(input.getFields())) {
    const kind = SCALAR_FILTER_KINDS[getNamedType(subField.type).name];
    if (!kind) {
      throw new Error(`${where}.${subField.name}: composite filters may only hold scalar filters.`);
    }
    subFields[subField.name] = kind;
  }
  return { kind: 'composite', subFields };
}

// The filter of a select field compares its enum (`eq`); that of a
// multi-select field holds any of a list (`containsAny`).
function enumFilterKind(input: GraphQLInputObjectType): ScalarKind | undefined {
  const fields = input.getFields();
  if (fields['eq'] && isEnumType(getNamedType(fields['eq'].type))) {
    return 'select';
  }
  if (fields['containsAny'] && isEnumType(getNamedType(fields['containsAny'].type))) {
    return 'multiSelect';
  }
  return undefined;
}

function orderSpec(typeName: string, input: GraphQLInputObjectType | undefined, where: string): FieldSpec {
  if (typeName === 'OrderByDirection') {
    return { kind: 'text' };
  }
  if (!input) {
    throw new Error(`${where}: ${typeName} is not an order-by input type.`);
  }
  const subFields: Record<string, ScalarKind> = {};
  for (const subField of Object.values(input.getFields())) {
    const named = getNamedType(subField.type);
    if (!isEnumType(named)) {
      throw new Error(`${where}.${subField.name}: composite order-by inputs may only hold directions.`);
    }
    subFields[subField.name] = 'text';
  }
  return { kind: 'composite', subFields };
}
