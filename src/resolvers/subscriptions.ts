import type { GraphQLResolveInfo } from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import { CUSTOM_FIELDS } from '../translate/recordInput.js';
import { badUserInput } from '../translate/userInputError.js';
import type { RecordChangeEvent, RecordChangeFilter, WrittenRecordChange } from '../twenty/recordChange.js';
import type { TwentyRecord } from '../twenty/types.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import type { ArgumentCheck } from './argumentChecks.js';

/**
 * The root value a subscription's source stream is created with (see
 * server/subscriptionServer.ts): the changes of the subscriber's audience,
 * already scoped to its credential, filtered as asked.
 */
export interface LiveRoot {
  recordChanges(filter: RecordChangeFilter): AsyncIterable<RecordChangeEvent>;
}

/** Most record ids one `recordChanged` may name. */
export const MAX_SUBSCRIBED_IDS = 1_000;

// The record's GraphQL type, told to ChangedRecord.__resolveType (records are
// the REST shapes, which do not say which object they are).
const typeNames = new WeakMap<object, string>();

/**
 * Resolvers of live updates: `Subscription.recordChanged` (its source is the
 * root value's stream), RecordChangeEvent's enums, its `record` read by id with the
 * event's own loaders, and the ChangedRecord union's type.
 */
export function createSubscriptionResolvers(registry: ObjectRegistry): Resolvers {
  const bySingular = descriptorsBySingular(registry);
  return {
    Subscription: {
      recordChanged: {
        subscribe: (root, args) => (root as unknown as LiveRoot).recordChanges({ objects: args.objects ?? null, ids: args.ids ?? null }),
        resolve: (change: RecordChangeEvent) => change,
      },
    },
    RecordChange: {
      operation: (change) => toEnumValue(change.operation),
      source: (change) => toEnumValue(change.source),
      record: async (change, _args, context) => {
        const descriptor = bySingular.get(change.object);
        // A record in the trash is not returned by id (contract §1.3), and a destroyed one is gone.
        if (!descriptor || change.operation === 'deleted' || change.operation === 'destroyed') {
          return null;
        }
        const record = await context.loaders.recordById(descriptor.plural).load(change.recordId);
        if (record === null) {
          return null;
        }
        typeNames.set(record, descriptor.typeName);
        return record as never;
      },
    },
    ChangedRecord: {
      __resolveType: (record) => (typeNames.get(record) ?? null) as never,
    },
  };
}

/** The check of `recordChanged`'s arguments: known object names, at most MAX_SUBSCRIBED_IDS ids. */
export function subscriptionArgumentChecks(registry: ObjectRegistry): Map<string, ArgumentCheck> {
  const bySingular = descriptorsBySingular(registry);
  const known = [...bySingular.keys()].sort();
  return new Map([
    [
      'Subscription.recordChanged',
      (args) => {
        const objects = (args['objects'] as string[] | null | undefined) ?? [];
        objects.forEach((name, index) => {
          if (!bySingular.has(name)) {
            throw badUserInput(`"${name.slice(0, 100)}" is not an object of this workspace; expected one of: ${known.join(', ')}.`, ['objects', index]);
          }
        });
        const ids = (args['ids'] as string[] | null | undefined) ?? [];
        if (ids.length > MAX_SUBSCRIBED_IDS) {
          throw badUserInput(`At most ${MAX_SUBSCRIBED_IDS} ids can be followed by one subscription; ${ids.length} were given.`, ['ids']);
        }
      },
    ],
  ]);
}

type FieldResolver = (parent: unknown, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps the record mutations so that each successful write tells the
 * context what it changed (published to the writer's workspace): creates,
 * updates (with the fields written), deletes, destroys, restores, bulk writes
 * by filter, board moves and merges, and the
 * target rows a detach destroys. A failed write tells nothing; an attach
 * neither, since it may have found its link rather than made it.
 */
export function withRecordChanges(resolvers: Resolvers, registry: ObjectRegistry): Resolvers {
  const mutation = { ...(resolvers.Mutation as Record<string, FieldResolver> | undefined) };
  const wrap = (name: string, changesOf: (result: unknown, args: Record<string, unknown>) => WrittenRecordChange[]) => {
    const resolve = mutation[name];
    if (!resolve) {
      return;
    }
    mutation[name] = async (parent, args, context, info) => {
      const result = await resolve(parent, args, context, info);
      context.recordsChanged(changesOf(result, args));
      return result;
    };
  };
  for (const descriptor of registry.values()) {
    if (!descriptor.writable) {
      continue;
    }
    const { singular: object, typeName, plural } = descriptor;
    const change = (operation: WrittenRecordChange['operation'], id: unknown, record?: unknown, updatedFields: string[] | null = null): WrittenRecordChange[] =>
      typeof id === 'string' ? [{ object, recordId: id, operation, updatedFields, version: versionOf(record) }] : [];
    wrap(`create${typeName}`, (result) => change('created', recordOf(result)?.id, result));
    wrap(`create${plural.charAt(0).toUpperCase()}${plural.slice(1)}`, (result) =>
      (isPlainObject(result) && Array.isArray(result['records']) ? result['records'] : []).flatMap((record: unknown) => change('created', recordOf(record)?.id, record)),
    );
    wrap(`update${typeName}`, (result, args) => change('updated', args['id'], result, writtenFields(args['data'])));
    wrap(`delete${typeName}`, (_result, args) => change('deleted', args['id'], undefined, ['deletedAt']));
    wrap(`destroy${typeName}`, (_result, args) => change('destroyed', args['id']));
    wrap(`restore${typeName}`, (result, args) => change('restored', args['id'], result, ['deletedAt']));
    // Bulk writes by filter (bulkWrites.ts) name what they changed, a failed chunk aside.
    const Plural = plural.charAt(0).toUpperCase() + plural.slice(1);
    const each = (operation: WrittenRecordChange['operation'], updatedFields: string[] | null) => (result: unknown) =>
      (isPlainObject(result) && Array.isArray(result['ids']) ? result['ids'] : []).flatMap((id: unknown) => change(operation, id, undefined, updatedFields));
    wrap(`update${Plural}`, (result, args) => each('updated', writtenFields(args['data']))(result));
    wrap(`delete${Plural}`, each('deleted', ['deletedAt']));
    wrap(`restore${Plural}`, each('restored', ['deletedAt']));
    wrap(`destroy${Plural}`, each('destroyed', null));
    wrap(`move${typeName}`, (result, args) => change('updated', args['id'], result, ['position']));
    // A merge keeps one record (updated) and destroys the others; a dry run changes nothing.
    wrap(`merge${Plural}`, (result, args) => {
      const kept = recordOf(result)?.id;
      if (args['dryRun'] === true || typeof kept !== 'string') {
        return [];
      }
      const others = (Array.isArray(args['ids']) ? args['ids'] : []).filter((id: unknown) => id !== kept);
      return [...change('updated', kept, result), ...others.flatMap((id: unknown) => change('destroyed', id))];
    });
  }
  for (const [owner, targets] of [
    ['notes', 'noteTargets'],
    ['tasks', 'taskTargets'],
  ] as const) {
    const ownerType = registry.get(owner)?.typeName;
    const target = registry.get(targets)?.singular;
    if (ownerType !== undefined && target !== undefined) {
      wrap(`detach${ownerType}`, (result) =>
        (Array.isArray(result) ? result : []).flatMap((row: unknown) => {
          const id = recordOf(row)?.id;
          return typeof id === 'string' ? [{ object: target, recordId: id, operation: 'destroyed' as const, updatedFields: null, version: null }] : [];
        }),
      );
    }
  }
  return { ...resolvers, Mutation: mutation } as Resolvers;
}

function descriptorsBySingular(registry: ObjectRegistry): Map<string, ObjectDescriptor> {
  return new Map([...registry.values()].map((descriptor) => [descriptor.singular, descriptor]));
}

function toEnumValue(value: string): never {
  return value.toUpperCase() as never;
}

function recordOf(value: unknown): TwentyRecord | undefined {
  return isPlainObject(value) && typeof value['id'] === 'string' ? (value as TwentyRecord) : undefined;
}

// The record's `updatedAt` after the write: what Twenty's webhook for the same write carries.
function versionOf(record: unknown): string | null {
  const updatedAt = recordOf(record)?.['updatedAt'];
  return typeof updatedAt === 'string' ? updatedAt : null;
}

// The fields an update wrote: its input's keys, custom fields by their own names.
function writtenFields(data: unknown): string[] | null {
  if (!isPlainObject(data)) {
    return null;
  }
  return Object.entries(data).flatMap(([key, value]) => {
    if (value === undefined) {
      return [];
    }
    return key === CUSTOM_FIELDS && isPlainObject(value) ? Object.keys(value) : [key];
  });
}
