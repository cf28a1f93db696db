import { type ConstDirectiveNode, Kind, parse, type TypeNode } from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import type { ConnectionArgs } from '../loaders/loadConnection.js';
import type { ChildRelation } from '../loaders/relatedConnections.js';
import { loadTypeDefs } from '../schema/loadTypeDefs.js';
import { CONNECTION_SUFFIX, type ObjectDescriptor, type ObjectRegistry } from '../schema/objectRegistry.js';
import type { TwentyRecord } from '../twenty/types.js';
import { type ArgumentCheck, connectionCheck } from './argumentChecks.js';

/** A relation field of the SDL, as its `@relation` directive describes it. */
export type RelationField =
  | { typeName: string; fieldName: string; kind: 'manyToOne'; targetPlural: string; joinColumn: string }
  | { typeName: string; fieldName: string; kind: 'connection'; relation: ChildRelation };

type FieldResolver = (parent: TwentyRecord, args: Record<string, unknown>, context: Context) => unknown;


/**
 * Reads every field carrying `@relation` in `typeDefs` and resolves its ends
 * through `registry`. Throws when a directive does not fit its field (a
 * schema bug, caught at boot).
 */
export function readRelationFields(typeDefs: readonly string[], registry: ObjectRegistry): RelationField[] {
  const byTypeName = new Map([...registry.values()].map((descriptor) => [descriptor.typeName, descriptor]));
  const fields: RelationField[] = [];
  for (const document of typeDefs.map((text) => parse(text))) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) {
        continue;
      }
      for (const field of definition.fields ?? []) {
        const directive = field.directives?.find((candidate) => candidate.name.value === 'relation');
        if (directive) {
          const where = `${definition.name.value}.${field.name.value}`;
          fields.push(toRelationField(definition.name.value, field.name.value, namedType(field.type), directive, byTypeName, where));
        }
      }
    }
  }
  return fields;
}

/**
 * Resolvers of every `@relation` field of the SDL: many-to-one fields load
 * the record their join column names through `recordById`; connection fields
 * go through `relatedConnection`, batched across the parents of one level.
 */
export function createRelationResolvers(registry: ObjectRegistry, typeDefs: readonly string[] = loadTypeDefs()): Resolvers {
  const types: Record<string, Record<string, FieldResolver>> = {};
  for (const field of readRelationFields(typeDefs, registry)) {
    const resolvers = (types[field.typeName] ??= {});
    if (field.kind === 'manyToOne') {
      const { targetPlural, joinColumn } = field;
      resolvers[field.fieldName] = (parent, _args, { loaders }) => {
        const id = parent[joinColumn];
        return typeof id === 'string' ? loaders.recordById(targetPlural).load(id) : null;
      };
    } else {
      const { relation } = field;
      resolvers[field.fieldName] = (parent, args, { loaders }) =>
        loaders.relatedConnection(relation, args as ConnectionArgs, parent.id);
    }
  }
  return types as Resolvers;
}

/** The pre-execution checks of every nested connection's arguments. */
export function relationArgumentChecks(registry: ObjectRegistry, typeDefs: readonly string[] = loadTypeDefs()): Map<string, ArgumentCheck> {
  const checks = new Map<string, ArgumentCheck>();
  for (const field of readRelationFields(typeDefs, registry)) {
    if (field.kind === 'connection') {
      checks.set(`${field.typeName}.${field.fieldName}`, connectionCheck(field.relation.child));
    }
  }
  return checks;
}

function toRelationField(
  typeName: string,
  fieldName: string,
  returned: string,
  directive: ConstDirectiveNode,
  byTypeName: ReadonlyMap<string, ObjectDescriptor>,
  where: string,
): RelationField {
  const { joinColumn, foreignKey, through } = directiveArguments(directive, where);
  const isConnection = returned.endsWith(CONNECTION_SUFFIX);
  const target = byTypeName.get(isConnection ? returned.slice(0, -CONNECTION_SUFFIX.length) : returned);
  if (!target) {
    throw new Error(`${where}: @relation needs a return type listed by a Query connection field; got ${returned}.`);
  }
  if (!isConnection) {
    if (joinColumn === undefined || foreignKey !== undefined || through !== undefined) {
      throw new Error(`${where}: a many-to-one @relation takes joinColumn only.`);
    }
    return { typeName, fieldName, kind: 'manyToOne', targetPlural: target.plural, joinColumn };
  }
  if (foreignKey === undefined) {
    throw new Error(`${where}: a connection @relation needs foreignKey.`);
  }
  if (through === undefined) {
    if (joinColumn !== undefined) {
      throw new Error(`${where}: joinColumn on a connection @relation needs through.`);
    }
    return { typeName, fieldName, kind: 'connection', relation: { kind: 'foreignKey', child: target, foreignKey } };
  }
  if (joinColumn === undefined) {
    throw new Error(`${where}: a @relation through ${through} needs joinColumn.`);
  }
  return { typeName, fieldName, kind: 'connection', relation: { kind: 'through', child: target, through, foreignKey, joinColumn } };
}

function directiveArguments(directive: ConstDirectiveNode, where: string): Partial<Record<'joinColumn' | 'foreignKey' | 'through', string>> {
  const values: Partial<Record<'joinColumn' | 'foreignKey' | 'through', string>> = {};
  for (const argument of directive.arguments ?? []) {
    const name = argument.name.value;
    if ((name !== 'joinColumn' && name !== 'foreignKey' && name !== 'through') || argument.value.kind !== Kind.STRING) {
      throw new Error(`${where}: @relation(${name}) must be one of joinColumn, foreignKey, through, as a string.`);
    }
    values[name] = argument.value.value;
  }
  return values;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
