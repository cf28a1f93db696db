import type { Resolvers } from '../__generated__/resolvers.js';
import type { ObjectRegistry } from '../schema/objectRegistry.js';
import { aggregateArgumentChecks, type AggregateOptions, createAggregateResolvers } from './aggregates.js';
import { compositeResolvers } from './composites.js';
import { metadataArgumentChecks, metadataResolvers } from './metadata.js';
import type { ArgumentChecks } from './argumentChecks.js';
import { bulkWriteArgumentChecks, createBulkWriteResolvers } from './bulkWrites.js';
import { createMutationResolvers, mutationArgumentChecks, type MutationOptions } from './mutations.js';
import { createRecordResolvers, recordArgumentChecks } from './records.js';
import { createRelationResolvers, relationArgumentChecks } from './relations.js';
import { createSubscriptionResolvers, subscriptionArgumentChecks, withRecordChanges } from './subscriptions.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from './scalars.js';
import { createSearchResolvers, searchArgumentChecks } from './search.js';

/** All resolvers, merged: scalars, the per-object record resolvers, composites, metadata, mutations (which report what they changed), search, bulk writes, aggregates, subscriptions. */
export function createResolvers(
  registry: ObjectRegistry,
  mutationOptions: MutationOptions,
  typeDefs: readonly string[],
  aggregateOptions: AggregateOptions,
): Resolvers[] {
  return [
    { DateTime: DateTimeScalar, UUID: UUIDScalar, JSON: JSONScalar, Query: { ping: () => true } },
    createRecordResolvers(registry),
    createRelationResolvers(registry, typeDefs),
    compositeResolvers,
    metadataResolvers,
    withRecordChanges(createMutationResolvers(registry, mutationOptions), registry),
    createSearchResolvers(registry, typeDefs),
    withRecordChanges(createBulkWriteResolvers(registry, mutationOptions, typeDefs), registry),
    createAggregateResolvers(registry, typeDefs, aggregateOptions),
    createSubscriptionResolvers(registry),
  ];
}

/**
 * The argument checks of every field that has them, by schema coordinate:
 * list and nested connections, and mutations. Run over a whole operation
 * before it executes (server/argumentChecksPlugin.ts).
 */
export function createArgumentChecks(registry: ObjectRegistry, mutationOptions: MutationOptions, typeDefs: readonly string[]): ArgumentChecks {
  return new Map([
    ...recordArgumentChecks(registry),
    ...relationArgumentChecks(registry, typeDefs),
    ...metadataArgumentChecks(),
    ...mutationArgumentChecks(registry, mutationOptions),
    ...searchArgumentChecks(registry, typeDefs),
    ...bulkWriteArgumentChecks(registry, mutationOptions, typeDefs),
    ...aggregateArgumentChecks(registry, typeDefs),
    ...subscriptionArgumentChecks(registry),
  ]);
}
