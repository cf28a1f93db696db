import type { QueryResolvers, Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { fetchConnection } from '../loaders/fetchConnection.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import { compileConnectionOnce, type ConnectionArgs } from '../translate/compileConnection.js';
import type { TwentyRecord } from '../twenty/types.js';
import { type ArgumentCheck, connectionCheck } from './argumentChecks.js';

type FieldResolver = (parent: TwentyRecord, args: Record<string, unknown>, context: Context) => unknown;

/**
 * Resolvers shared by every Twenty object, one set per registry entry (so per
 * Query connection field in the SDL): the list connection, get-by-id, and the
 * `customFields` JSON of values the schema does not declare.
 */
export function createRecordResolvers(registry: ObjectRegistry): Resolvers {
  const query: Record<string, FieldResolver> = {};
  const types: Record<string, Record<string, FieldResolver>> = {};
  for (const descriptor of registry.values()) {
    query[descriptor.plural] = (_parent, args, context) =>
      // A relation filter is applied as the workspace takes it; a workspace
      // not known yet is asked in one hop first (src/loaders/relationFilters.ts).
      context.loaders.relationFilters.read(
        compileConnectionOnce(context.compilations, descriptor, args as ConnectionArgs, context.paging),
        (ready) => fetchConnection(context.twenty, descriptor.plural, ready),
        { probe: true },
      );
    query[descriptor.singular] = (_parent, args, context) =>
      context.loaders.recordById(descriptor.plural).load(args['id'] as string);
    types[descriptor.typeName] = { customFields: (record) => customFields(record, descriptor) };
  }
  return { Query: query as QueryResolvers, ...types } as Resolvers;
}

/** The pre-execution checks of every Query list connection's arguments. */
export function recordArgumentChecks(registry: ObjectRegistry): Map<string, ArgumentCheck> {
  return new Map([...registry.values()].map((descriptor) => [`Query.${descriptor.plural}`, connectionCheck(descriptor)]));
}

// Twenty returns every field of the object at depth 0, custom ones included;
// those the typed schema does not declare are handed over as one JSON object.
function customFields(record: TwentyRecord, descriptor: ObjectDescriptor): Record<string, unknown> {
  const custom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!descriptor.knownFields.has(key)) {
      custom[key] = value;
    }
  }
  return custom;
}
