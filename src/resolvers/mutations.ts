import { GraphQLError } from 'graphql';

import type { MutationResolvers, Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { toGraphQLError } from '../errors/formatError.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import type { FilterFieldSpec } from '../translate/fieldSpecs.js';
import {
  assertBatchSizeOrThrow,
  assertMetadataValuesOrThrow,
  type CompiledRecordInput,
  compileRecordInputOrThrow,
  compileTargetOrThrow,
  type RecordInput,
  type RecordTarget,
  type RecordTargetInput,
  toBatchChunks,
  type WritableObject,
} from '../translate/recordInput.js';
import { TwentyApiError, type WriteOutcome } from '../twenty/TwentyApiError.js';
import type { TwentyRecord } from '../twenty/types.js';
import { isDuplicateError } from '../twenty/writeOutcome.js';
import type { KeyedMutex } from '../utils/createKeyedMutex.js';
import { deterministicUuid } from '../utils/deterministicUuid.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import type { ArgumentCheck } from './argumentChecks.js';
import { metadataMutationCompilers, metadataMutationResolvers, workspaceFieldsOf } from './mutationMetadata.js';

/** What the mutation resolvers take from the configuration. */
export interface MutationOptions {
  /** Refuse every mutation with FORBIDDEN. */
  readOnly: boolean;
  /** Most records one `POST /rest/batch/{objects}` carries (contract §6.4). */
  batchSize: number;
  /** Most records one create-many accepts. */
  maxBatchSize: number;
  /** Most records a bulk write by filter may change (`BFF_MAX_BULK_RECORDS`). */
  maxBulkRecords: number;
  /**
   * Serializes attaches of one pair across every request (and every schema)
   * this process serves, so the later ones find the first one's link.
   */
  attachLocks: KeyedMutex;
}

/** One failed chunk of a create-many, as `BatchFailure` in the schema. */
interface BatchFailure {
  indexes: number[];
  code: string;
  message: string;
  mayHaveApplied: boolean;
  writeOutcome: WriteOutcome;
  upstreamStatus: number | null;
}

type FieldResolver = (parent: unknown, args: Record<string, unknown>, context: Context) => unknown;

// Notes and tasks reach records through target rows (contract §5.3).
const TARGETED_OBJECTS = [
  { plural: 'notes', targets: 'noteTargets', key: 'noteId' },
  { plural: 'tasks', targets: 'taskTargets', key: 'taskId' },
] as const;

/**
 * Returns the Mutation resolvers: create, create-many, update, delete (soft),
 * destroy and restore per writable object, attach/detach of notes and tasks,
 * and metadata writes. Each validates its input before any upstream call;
 * the request's client updates its loaders with what was written. With
 * `readOnly`, every one refuses with FORBIDDEN instead.
 */
export function createMutationResolvers(registry: ObjectRegistry, options: MutationOptions): Resolvers {
  const mutation: Record<string, FieldResolver> = {
    ...(metadataMutationResolvers as Record<string, FieldResolver>),
  };
  for (const descriptor of writableObjects(registry)) {
    Object.assign(mutation, recordMutations(descriptor, options));
  }
  for (const targeted of TARGETED_OBJECTS) {
    const typeName = descriptorOf(registry, targeted.plural).typeName;
    mutation[`attach${typeName}`] = (_parent, args, context) =>
      attach(context, options.attachLocks, targeted, args[targeted.key] as string, compileTarget(args));
    mutation[`detach${typeName}`] = (_parent, args, context) =>
      detach(context, typeName, targeted, args[targeted.key] as string, compileTarget(args));
  }
  if (options.readOnly) {
    for (const name of Object.keys(mutation)) {
      mutation[name] = () => {
        throw readOnlyError(name);
      };
    }
  }
  return { Mutation: mutation as MutationResolvers };
}

/**
 * The pre-execution checks of every mutation (see argumentChecksPlugin): the
 * same pure compilation its resolver starts with, or the read-only refusal,
 * so a bad input anywhere in an operation stops it before its first write.
 */
export function mutationArgumentChecks(registry: ObjectRegistry, options: MutationOptions): Map<string, ArgumentCheck> {
  const compilers = mutationCompilers(registry, options);
  const names = Object.keys(createMutationResolvers(registry, options).Mutation ?? {});
  return new Map(
    names.map((name): [string, ArgumentCheck] => [
      `Mutation.${name}`,
      (args) => {
        if (options.readOnly) {
          throw readOnlyError(name);
        }
        compilers[name]?.(args);
      },
    ]),
  );
}

type Compile = (args: Record<string, unknown>) => unknown;

// What each mutation checks before calling Twenty, by field name.
function mutationCompilers(registry: ObjectRegistry, options: MutationOptions): Record<string, Compile> {
  const compilers: Record<string, Compile> = {};
  for (const descriptor of writableObjects(registry)) {
    const object = writableObjectOf(descriptor);
    compilers[`create${descriptor.typeName}`] = (args) => compileCreate(object, args);
    compilers[`create${capitalize(descriptor.plural)}`] = (args) => compileCreateMany(object, args, options);
    compilers[`update${descriptor.typeName}`] = (args) => compileUpdate(object, args);
  }
  for (const targeted of TARGETED_OBJECTS) {
    const typeName = descriptorOf(registry, targeted.plural).typeName;
    compilers[`attach${typeName}`] = compileTarget;
    compilers[`detach${typeName}`] = compileTarget;
  }
  return { ...compilers, ...metadataMutationCompilers };
}

/** The FORBIDDEN refusal of the mutation `name` under BFF_READ_ONLY. */
export function readOnlyError(name: string): GraphQLError {
  return new GraphQLError(`twenty-bff is read-only (BFF_READ_ONLY): the mutation "${name}" was refused, nothing was sent to Twenty.`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

function compileCreate(object: WritableObject, args: Record<string, unknown>): CompiledRecordInput {
  return compileRecordInputOrThrow(args['data'] as RecordInput, object, 'create', ['data']);
}

function compileCreateMany(object: WritableObject, args: Record<string, unknown>, options: MutationOptions): CompiledRecordInput[] {
  const data = args['data'] as RecordInput[];
  assertBatchSizeOrThrow(data.length, options.maxBatchSize, ['data']);
  return data.map((input, index) => compileRecordInputOrThrow(input, object, 'create', ['data', index]));
}

function compileUpdate(object: WritableObject, args: Record<string, unknown>): CompiledRecordInput {
  return compileRecordInputOrThrow(args['data'] as RecordInput, object, 'update', ['data']);
}

function compileTarget(args: Record<string, unknown>): RecordTarget {
  return compileTargetOrThrow(args['target'] as RecordTargetInput, ['target']);
}

/** What the write translation needs of `descriptor`'s object. */
export function writableObjectOf(descriptor: ObjectDescriptor): WritableObject {
  return {
    typeName: descriptor.typeName,
    typedFields: descriptor.knownFields,
    selectFields: fieldsWhere(descriptor, (spec) => spec.kind === 'select' || spec.kind === 'multiSelect'),
    currencyFields: fieldsWhere(descriptor, (spec) => spec.kind === 'composite' && 'amountMicros' in spec.subFields),
  };
}

function fieldsWhere(descriptor: ObjectDescriptor, test: (spec: FilterFieldSpec) => boolean): Set<string> {
  return new Set(
    Object.entries(descriptor.filterFields)
      .filter(([, spec]) => test(spec))
      .map(([name]) => name),
  );
}

// The objects whose writes the schema declares; every mutation name and input
// derives from their registry entry (`createCompany`, `createCompanies`, …).
function writableObjects(registry: ObjectRegistry): ObjectDescriptor[] {
  return [...registry.values()].filter((descriptor) => descriptor.writable);
}

function descriptorOf(registry: ObjectRegistry, plural: string): ObjectDescriptor {
  const descriptor = registry.get(plural);
  invariant(descriptor !== undefined, `the schema has no Query.${plural} connection to derive its mutations from`);
  return descriptor;
}

function recordMutations(descriptor: ObjectDescriptor, options: MutationOptions): Record<string, FieldResolver> {
  const { plural, typeName } = descriptor;
  const object = writableObjectOf(descriptor);
  // Twenty answers a delete with the id only (contract §2.1).
  const remove =
    (soft: boolean): FieldResolver =>
    async (_parent, args, context) => {
      const id = args['id'] as string;
      await context.twenty.deleteOne(plural, id, { soft });
      return { id };
    };
  return {
    [`create${typeName}`]: async (_parent, args, context) => {
      const compiled = compileCreate(object, args);
      await assertMetadataOrThrow(context, plural, object, [compiled]);
      return context.twenty.createOne(plural, compiled.body);
    },
    [`create${capitalize(plural)}`]: async (_parent, args, context) => {
      const compiled = compileCreateMany(object, args, options);
      await assertMetadataOrThrow(context, plural, object, compiled);
      const records: Array<TwentyRecord | null> = compiled.map(() => null);
      const failures: BatchFailure[] = [];
      // One chunk after the other, each on its own: a chunk that fails does
      // not undo or stop the others, and its failure names its input indexes.
      for (const chunk of toBatchChunks(compiled.map(({ body }) => body), options.batchSize)) {
        try {
          const created = await context.twenty.createMany(plural, chunk.items);
          if (created.length !== chunk.items.length) {
            throw new TwentyApiError({
              kind: 'malformed',
              status: 201,
              method: 'POST',
              path: `/rest/batch/${plural}`,
              detail: `${created.length} records answered for ${chunk.items.length} sent`,
              // A 201 to a batch: Twenty stored it (all or nothing).
              writeOutcome: 'APPLIED',
            });
          }
          chunk.indexes.forEach((inputIndex, position) => {
            records[inputIndex] = created[position] ?? null;
          });
        } catch (error) {
          if (!(error instanceof TwentyApiError)) {
            throw error;
          }
          failures.push(toBatchFailure(error, chunk.indexes));
        }
      }
      return { records, failures };
    },
    [`update${typeName}`]: async (_parent, args, context) => {
      const compiled = compileUpdate(object, args);
      await assertMetadataOrThrow(context, plural, object, [compiled]);
      return context.twenty.updateOne(plural, args['id'] as string, compiled.body);
    },
    [`delete${typeName}`]: remove(true),
    [`destroy${typeName}`]: remove(false),
    [`restore${typeName}`]: (_parent, args, context) => context.twenty.restoreOne(plural, args['id'] as string),
  };
}

/**
 * Checks select and custom values of `compiled` against the workspace's
 * metadata; only inputs that carry one cost the metadata read.
 */
export async function assertMetadataOrThrow(
  context: Context,
  plural: string,
  object: WritableObject,
  compiled: readonly CompiledRecordInput[],
): Promise<void> {
  if (compiled.every((input) => input.metadataChecks.length === 0)) {
    return;
  }
  const fields = await workspaceFieldsOf(context, plural);
  for (const input of compiled) {
    assertMetadataValuesOrThrow(input, object, fields);
  }
}

function toBatchFailure(error: TwentyApiError, indexes: number[]): BatchFailure {
  const mapped = toGraphQLError(error);
  return {
    indexes,
    code: mapped.extensions.code ?? ErrorCode.UPSTREAM_ERROR,
    message: mapped.message,
    mayHaveApplied: error.mayHaveApplied,
    writeOutcome: error.writeOutcome ?? 'UNKNOWN',
    upstreamStatus: error.status ?? null,
  };
}

interface TargetedObject {
  targets: string;
  key: string;
}

// Ids go into the filter unquoted: the UUID scalar checked them, so anything
// else is our bug.
function targetFilter(targeted: TargetedObject, ownerId: string, target: RecordTarget): string {
  invariant(isUuid(ownerId) && isUuid(target.id), `${targeted.targets} filter received a non-UUID id`);
  return `${targeted.key}[eq]:${ownerId},${target.field}[eq]:${target.id}`;
}

// One link per pair. Within this process, attaches of a pair take turns and
// each looks for the link first. Across processes, the link's id derives from
// the pair, so a second create is refused as a duplicate and the link it
// names is the answer.
async function attach(
  context: Context,
  locks: KeyedMutex,
  targeted: TargetedObject,
  ownerId: string,
  target: RecordTarget,
): Promise<TwentyRecord> {
  const pair = [targeted.targets, ownerId.toLowerCase(), target.field, target.id.toLowerCase()];
  return locks.run(pair.join(':'), async () => {
    const existing = await context.twenty.findMany(targeted.targets, { filter: targetFilter(targeted, ownerId, target), limit: 1 });
    if (existing.records[0] !== undefined) {
      return existing.records[0];
    }
    const link = { [targeted.key]: ownerId, [target.field]: target.id };
    try {
      return await context.twenty.createOne(targeted.targets, { id: deterministicUuid('twenty-bff-link', ...pair), ...link }, { existingIsResult: true });
    } catch (error) {
      // The pair's id is taken by a row no live read returns (a link in the
      // trash): this link gets an id of its own.
      if (isDuplicateError(error) && error.writeOutcome === 'NOT_APPLIED') {
        return context.twenty.createOne(targeted.targets, link);
      }
      throw error;
    }
  });
}

async function detach(
  context: Context,
  typeName: string,
  targeted: TargetedObject,
  ownerId: string,
  target: RecordTarget,
): Promise<Array<{ id: string }>> {
  const rows = await context.twenty.findPages(targeted.targets, {
    filter: targetFilter(targeted, ownerId, target),
    direction: 'forward',
    count: Number.MAX_SAFE_INTEGER,
  });
  if (rows.records.length === 0) {
    throw new GraphQLError(`${typeName} ${ownerId} is not attached to ${target.field.slice(0, -'Id'.length)} ${target.id}.`, {
      extensions: { code: ErrorCode.NOT_FOUND, writeOutcome: 'NOT_APPLIED' },
    });
  }
  const detached: Array<{ id: string }> = [];
  for (const row of rows.records) {
    await context.twenty.deleteOne(targeted.targets, row.id, { soft: false });
    detached.push({ id: row.id });
  }
  return detached;
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
