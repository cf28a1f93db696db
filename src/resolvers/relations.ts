import {
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  type TypeNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import type { ConnectionArgs } from '../translate/compileConnection.js';
import { type BatchFeeders, byIdLoaderKey, connectionLoaderKey } from '../loaders/createLoaders.js';
import type { ChildRelation } from '../loaders/relatedConnections.js';
import { CONNECTION_SUFFIX, type ObjectDescriptor, type ObjectRegistry } from '../schema/objectRegistry.js';
import type { TwentyRecord } from '../twenty/types.js';
import { type ArgumentCheck, connectionCheck } from './argumentChecks.js';

/** A relation field of the SDL, as its `@relation` directive describes it. */
export type RelationField =
  | { typeName: string; fieldName: string; kind: 'manyToOne'; targetPlural: string; joinColumn: string }
  | { typeName: string; fieldName: string; kind: 'connection'; relation: ChildRelation };

type FieldResolver = (parent: TwentyRecord, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => unknown;

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
export function createRelationResolvers(registry: ObjectRegistry, typeDefs: readonly string[]): Resolvers {
  const relationFields = readRelationFields(typeDefs, registry);
  const feedersOf = createFeedersOf(relationFields, registry);
  const types: Record<string, Record<string, FieldResolver>> = {};
  for (const field of relationFields) {
    const resolvers = (types[field.typeName] ??= {});
    if (field.kind === 'manyToOne') {
      const { targetPlural, joinColumn } = field;
      resolvers[field.fieldName] = (parent, _args, { loaders }, info) => {
        const id = parent[joinColumn];
        if (typeof id !== 'string') {
          return null;
        }
        loaders.useFeeders(feedersOf(info));
        return loaders.recordById(targetPlural).load(id);
      };
    } else {
      const { relation } = field;
      resolvers[field.fieldName] = (parent, args, { loaders }, info) => {
        loaders.useFeeders(feedersOf(info));
        return loaders.relatedConnection(relation, args as ConnectionArgs, parent.id);
      };
    }
  }
  return types as Resolvers;
}

/**
 * Returns the function that reads an operation's batch plan: for every
 * relation field the operation selects (in any fragment), the plural of the
 * type it is selected on feeds that relation's loader. Computed once per
 * parsed operation (Apollo reuses parsed documents).
 */
function createFeedersOf(relationFields: readonly RelationField[], registry: ObjectRegistry) {
  const loaderOf = new Map(
    relationFields.map((field) => [
      `${field.typeName}.${field.fieldName}`,
      field.kind === 'manyToOne' ? byIdLoaderKey(field.targetPlural) : connectionLoaderKey(field.relation),
    ]),
  );
  const pluralOf = new Map([...registry.values()].map((descriptor) => [descriptor.typeName, descriptor.plural]));
  const plans = new WeakMap<OperationDefinitionNode, BatchFeeders>();
  return (info: GraphQLResolveInfo): BatchFeeders => {
    let plan = plans.get(info.operation);
    if (!plan) {
      const feeders = new Map<string, Set<string>>();
      const typeInfo = new TypeInfo(info.schema);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType()?.name;
            const loaderKey = parent === undefined ? undefined : loaderOf.get(`${parent}.${node.name.value}`);
            const plural = parent === undefined ? undefined : pluralOf.get(parent);
            if (loaderKey !== undefined && plural !== undefined) {
              let plurals = feeders.get(loaderKey);
              if (!plurals) {
                plurals = new Set();
                feeders.set(loaderKey, plurals);
              }
              plurals.add(plural);
            }
          },
        }),
      );
      plan = feeders;
      plans.set(info.operation, plan);
    }
    return plan;
  };
}

/** The pre-execution checks of every nested connection's arguments. */
export function relationArgumentChecks(registry: ObjectRegistry, typeDefs: readonly string[]): Map<string, ArgumentCheck> {
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
