import { type FieldDefinitionNode, type InputValueDefinitionNode, Kind, parse, type TypeNode } from 'graphql';

import type { AggregateDefinition } from '../model/groupBy.js';
import type { AggregateFieldSpec, GroupByTarget, GroupFieldSpec, GroupKeyKind } from '../translate/compileGroupBy.js';
import { aggregateFieldsOf, COMPOSITE_OUTPUT_TYPES } from './aggregateSdl.js';
import type { ObjectRegistry } from './objectRegistry.js';

/** What the BFF knows of one object's aggregates and groupBy, read back from the SDL. */
export interface AggregateDescriptor extends GroupByTarget {
  typeName: string;
  /** Whether the SDL has `<plural>GroupBy` (an object with no groupable field has only `<plural>Aggregate`). */
  hasGroupBy: boolean;
  /** Twenty's definition of each aggregate asked for, by Twenty name: to compute them from records. */
  definitions: ReadonlyMap<string, AggregateDefinition>;
}

/** Descriptors keyed by REST plural name, for the objects whose SDL has `<Type>Aggregate`. */
export type AggregateRegistry = ReadonlyMap<string, AggregateDescriptor>;

interface FieldShape {
  type: string;
  list: boolean;
  /** `@relation(joinColumn: …)` on the field. */
  joinColumn?: string;
}

// The SDL's output types of Twenty's field types (buildWorkspaceSdl.ts),
// read back as the type whose aggregates they have.
const TYPE_OF_OUTPUT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(COMPOSITE_OUTPUT_TYPES).map(([twenty, output]) => [output, twenty])),
  Float: 'NUMBER',
  Boolean: 'BOOLEAN',
  String: 'TEXT',
  UUID: 'UUID',
  // A DATE reads like a DATE_TIME; src/model/groupBy.ts tells its values apart.
  DateTime: 'DATE_TIME',
  JSON: 'RAW_JSON',
};

const KEY_KINDS: Readonly<Record<string, GroupKeyKind>> = { String: 'text', Boolean: 'boolean', Float: 'float', UUID: 'uuid' };
const OUTPUTS: Readonly<Record<string, AggregateFieldSpec['output']>> = { Int: 'int', Float: 'float', DateTime: 'dateTime' };

const cache = new WeakMap<readonly string[], WeakMap<ObjectRegistry, AggregateRegistry>>();

/**
 * Reads every object's `<Type>Aggregate`, `<Type>GroupByInput` and
 * `<Type>GroupKey` from `typeDefs` (as aggregateSdl.ts generates them): how
 * each aggregate field is asked of Twenty, how each group field is grouped
 * and typed, and Twenty's definitions to compute the same from records. Read
 * once per schema. Throws when a field does not follow the generator (a bug,
 * caught at boot).
 */
export function readAggregateRegistry(typeDefs: readonly string[], registry: ObjectRegistry): AggregateRegistry {
  const cached = cache.get(typeDefs)?.get(registry);
  if (cached !== undefined) {
    return cached;
  }
  const objectFields = new Map<string, Map<string, FieldShape>>();
  const inputFields = new Map<string, Map<string, FieldShape>>();
  const enums = new Set<string>();
  for (const definition of typeDefs.flatMap((text) => parse(text).definitions)) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.add(definition.name.value);
    } else if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      addFields(objectFields, definition.name.value, definition.fields ?? []);
    } else if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      addFields(inputFields, definition.name.value, definition.fields ?? []);
    }
  }
  const descriptors = new Map<string, AggregateDescriptor>();
  const recordTypes = new Set([...registry.values()].map(({ typeName }) => typeName));
  for (const descriptor of registry.values()) {
    const { typeName, plural } = descriptor;
    const aggregateType = objectFields.get(`${typeName}Aggregate`);
    if (aggregateType === undefined) {
      continue;
    }
    const fields = [...(objectFields.get(typeName) ?? new Map<string, FieldShape>())]
      .filter(([name, shape]) => name !== 'customFields' && !recordTypes.has(shape.type) && !shape.type.endsWith('Connection'))
      .map(([name, shape]) => ({ name, type: twentyTypeOf(shape, enums) }));
    const available = aggregateFieldsOf(fields);
    const aggregateFields = new Map<string, AggregateFieldSpec>();
    const definitions = new Map<string, AggregateDefinition>();
    for (const [name, shape] of aggregateType) {
      const aggregate = available.get(name);
      const output = OUTPUTS[shape.type];
      if (aggregate === undefined || output === undefined) {
        throw new Error(`${typeName}Aggregate.${name} is not an aggregate of ${typeName}'s fields.`);
      }
      aggregateFields.set(name, { twentyName: aggregate.twentyName, output, inUnits: aggregate.inUnits });
      definitions.set(aggregate.twentyName, aggregate.definition);
    }
    const groupInput = inputFields.get(`${typeName}GroupByInput`);
    const groupFields = new Map<string, GroupFieldSpec>();
    if (groupInput !== undefined) {
      const keys = objectFields.get(`${typeName}GroupKey`) ?? new Map<string, FieldShape>();
      const relationOf = new Map(
        [...keys, ...(objectFields.get(typeName) ?? [])].flatMap(([name, shape]) => (shape.joinColumn === undefined ? [] : [[shape.joinColumn, name] as const])),
      );
      for (const [name, shape] of groupInput) {
        const keyType = keys.get(name)?.type ?? '';
        const keyKind: GroupKeyKind | undefined = shape.type === 'GroupByDateInput' ? 'date' : enums.has(keyType) ? 'enum' : KEY_KINDS[keyType];
        if (keyKind === undefined) {
          throw new Error(`${typeName}GroupByInput.${name} has no key field of a known type in ${typeName}GroupKey.`);
        }
        const relation = relationOf.get(name);
        groupFields.set(name, { name, keyKind, ...(relation === undefined ? {} : { relation }) });
      }
    }
    descriptors.set(plural, {
      plural,
      typeName,
      filterFields: descriptor.filterFields,
      orderFields: descriptor.orderFields,
      aggregateFields,
      groupFields,
      hasGroupBy: groupInput !== undefined,
      definitions,
    });
  }
  const byRegistry = cache.get(typeDefs) ?? new WeakMap<ObjectRegistry, AggregateRegistry>();
  byRegistry.set(registry, descriptors);
  cache.set(typeDefs, byRegistry);
  return descriptors;
}

function addFields(target: Map<string, Map<string, FieldShape>>, typeName: string, fields: ReadonlyArray<FieldDefinitionNode | InputValueDefinitionNode>): void {
  const shapes = target.get(typeName) ?? new Map<string, FieldShape>();
  for (const field of fields) {
    const shape: FieldShape = { type: namedType(field.type), list: isList(field.type) };
    const relation = field.directives?.find((directive) => directive.name.value === 'relation');
    const joinColumn = relation?.arguments?.find((argument) => argument.name.value === 'joinColumn')?.value;
    if (joinColumn?.kind === Kind.STRING) {
      shape.joinColumn = joinColumn.value;
    }
    shapes.set(field.name.value, shape);
  }
  target.set(typeName, shapes);
}

function twentyTypeOf(shape: FieldShape, enums: ReadonlySet<string>): string {
  if (enums.has(shape.type)) {
    return shape.list ? 'MULTI_SELECT' : 'SELECT';
  }
  if (shape.list) {
    return 'ARRAY';
  }
  return TYPE_OF_OUTPUT[shape.type] ?? 'RAW_JSON';
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function isList(type: TypeNode): boolean {
  return type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));
}
