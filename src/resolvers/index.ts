import type { Resolvers } from '../__generated__/resolvers.js';
import type { ObjectRegistry } from '../schema/objectRegistry.js';
import { compositeResolvers } from './composites.js';
import { metadataResolvers } from './metadata.js';
import { createMutationResolvers, type MutationOptions } from './mutations.js';
import { createRecordResolvers } from './records.js';
import { createRelationResolvers } from './relations.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from './scalars.js';

/** All resolvers, merged: scalars, the per-object record resolvers, composites, metadata, mutations. */
export function createResolvers(registry: ObjectRegistry, mutationOptions: MutationOptions): Resolvers[] {
  return [
    { DateTime: DateTimeScalar, UUID: UUIDScalar, JSON: JSONScalar, Query: { ping: () => true } },
    createRecordResolvers(registry),
    createRelationResolvers(registry),
    compositeResolvers,
    metadataResolvers,
    createMutationResolvers(registry, mutationOptions),
  ];
}
