import { getNamedType, type GraphQLInputObjectType, type GraphQLSchema, isInputObjectType, isObjectType, Kind } from 'graphql';

import type { FilterFieldSpec, RelationFilterSpec } from '../translate/fieldSpecs.js';
import type { ObjectDescriptor } from './objectRegistry.js';
import { RELATION_FILTER_SUFFIX } from './relationFilterSdl.js';

/**
 * Whether a filter input type is a relation's: another object's
 * `<Type>Filter` (it has `and`/`or`/`not`) or a `<Type>RelationFilter`
 * (`some`/`none`). Composite and scalar filter inputs are neither.
 */
export function isRelationFilterInput(input: GraphQLInputObjectType): boolean {
  const fields = input.getFields();
  return 'and' in fields || ('some' in fields && 'none' in fields);
}

/**
 * Adds to every descriptor's `filterFields` its relation filters, read from
 * the schema: a `<Type>Filter` field typed with another object's
 * `<Target>Filter` is many-to-one (join column from the object field's
 * `@relation(joinColumn)`), one typed `<Target>RelationFilter` is
 * one-to-many (`@relation(foreignKey)`). Each spec points at its target's
 * own table, so the tables reference each other. Throws when the SDL breaks
 * these conventions (a bug, caught at boot).
 */
export function addRelationFilterSpecs(schema: GraphQLSchema, registry: ReadonlyMap<string, ObjectDescriptor>): void {
  const byTypeName = new Map([...registry.values()].map((descriptor) => [descriptor.typeName, descriptor]));
  for (const descriptor of registry.values()) {
    const input = schema.getType(`${descriptor.typeName}Filter`);
    const objectType = schema.getType(descriptor.typeName);
    if (!isInputObjectType(input) || !isObjectType(objectType)) {
      continue;
    }
    for (const field of Object.values(input.getFields())) {
      const named = getNamedType(field.type);
      if (!isInputObjectType(named) || !isRelationFilterInput(named) || ['and', 'or', 'not'].includes(field.name)) {
        continue;
      }
      const where = `${input.name}.${field.name}`;
      const oneToMany = named.name.endsWith(RELATION_FILTER_SUFFIX);
      const targetName = named.name.slice(0, -(oneToMany ? RELATION_FILTER_SUFFIX : 'Filter').length);
      const target = byTypeName.get(targetName);
      const directive = objectType.getFields()[field.name]?.astNode?.directives?.find((candidate) => candidate.name.value === 'relation');
      const argument = (name: string) => {
        const value = directive?.arguments?.find((candidate) => candidate.name.value === name)?.value;
        return value?.kind === Kind.STRING ? value.value : undefined;
      };
      const joinColumn = argument(oneToMany ? 'foreignKey' : 'joinColumn');
      if (target === undefined || joinColumn === undefined || argument('through') !== undefined) {
        throw new Error(`${where}: a relation filter needs ${descriptor.typeName}.${field.name} to be a @relation field to ${targetName} without through.`);
      }
      const spec: RelationFilterSpec = {
        kind: 'relation',
        cardinality: oneToMany ? 'oneToMany' : 'manyToOne',
        joinColumn,
        target: { plural: target.plural, filterFields: target.filterFields },
      };
      // The tables reference each other (person.company → companies,
      // company.people → people), so they are completed in place.
      (descriptor.filterFields as Record<string, FilterFieldSpec>)[field.name] = spec;
    }
  }
}
