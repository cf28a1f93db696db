import { GraphQLError, Kind, parse } from 'graphql';

import type { Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { toGraphQLError } from '../errors/formatError.js';
import { MAX_DUPLICATE_LOOKUPS, MOVE_MAX_RENUMBERED } from '../schema/bulkWriteSdl.js';
import type { ObjectDescriptor, ObjectRegistry } from '../schema/objectRegistry.js';
import { andFilter } from '../translate/compileConnection.js';
import { compileFilterOrThrow, type FilterInput, MATCHES_NOTHING } from '../translate/compileFilter.js';
import { type CompiledRecordInput, compileRecordInputOrThrow, type RecordInput } from '../translate/recordInput.js';
import { type ArgumentPath, badUserInput } from '../translate/userInputError.js';
import { MAX_IDS_PER_REQUEST } from '../loaders/createLoaders.js';
import { recordCursor } from '../twenty/recordCursor.js';
import { TwentyApiError } from '../twenty/TwentyApiError.js';
import type { TwentyPage, TwentyRecord } from '../twenty/types.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import type { ArgumentCheck } from './argumentChecks.js';
import { assertMetadataOrThrow, type MutationOptions, readOnlyError, writableObjectOf } from './mutations.js';

type FieldResolver = (parent: unknown, args: Record<string, unknown>, context: Context) => unknown;

/** The four writes by filter, by the verb that names them (`updatePeople`, `deletePeople`, …). */
type BulkVerb = 'update' | 'delete' | 'restore' | 'destroy';

/** What a bulk write answers (`BulkWriteResult`). */
interface BulkWriteResult {
  count: number;
  ids: string[];
  failure: BulkWriteFailure | null;
}

interface BulkWriteFailure {
  ids: string[];
  code: string;
  message: string;
  writeOutcome: string;
  mayHaveApplied: boolean;
  upstreamStatus: number | null;
}

/** A bulk write's arguments, checked and compiled; `filter` MATCHES_NOTHING needs no upstream call. */
interface CompiledBulkWrite {
  filter: string;
  data?: CompiledRecordInput;
}

/** A move's arguments, checked. */
interface CompiledMove {
  id: string;
  after: string | undefined;
  before: string | undefined;
}

const VERBS: readonly BulkVerb[] = ['update', 'delete', 'restore', 'destroy'];
// Contract §1.3: the trash is read only by a filter naming deletedAt.
const IN_TRASH = 'deletedAt[is]:NOT_NULL';
const ANY_STATE = 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)';
// Twenty orders by `id` after the given keys (contract §4.1): this is board order.
const POSITION_ORDER = 'position[AscNullsFirst]';

/**
 * Returns the resolvers of the bulk writes by filter, board moves, merges
 * (Mutation) and duplicates (Query) that the schema of `typeDefs` declares
 * (bulkWriteSdl.ts). Each checks its arguments before any upstream call;
 * with `readOnly`, every mutation refuses with FORBIDDEN instead.
 */
export function createBulkWriteResolvers(registry: ObjectRegistry, options: MutationOptions, typeDefs: readonly string[]): Resolvers {
  const { query: queryNames, mutation: mutationNames } = rootFieldNames(typeDefs);
  const mutation: Record<string, FieldResolver> = {};
  const query: Record<string, FieldResolver> = {};
  for (const descriptor of registry.values()) {
    const plural = capitalize(descriptor.plural);
    for (const verb of VERBS) {
      if (mutationNames.has(`${verb}${plural}`)) {
        mutation[`${verb}${plural}`] = (_parent, args, context) => bulkWrite(context, descriptor, verb, compileBulkWrite(descriptor, verb, args), options);
      }
    }
    if (mutationNames.has(`move${descriptor.typeName}`)) {
      mutation[`move${descriptor.typeName}`] = (_parent, args, context) => move(context, descriptor, compileMove(args));
    }
    if (mutationNames.has(`merge${plural}`)) {
      mutation[`merge${plural}`] = (_parent, args, context) => {
        compileMerge(args);
        return context.twenty.mergeMany(descriptor.plural, {
          ids: args['ids'] as string[],
          conflictPriorityIndex: args['conflictPriorityIndex'] as number,
          dryRun: args['dryRun'] === true,
        });
      };
    }
    if (queryNames.has(`${descriptor.singular}Duplicates`)) {
      query[`${descriptor.singular}Duplicates`] = (_parent, args, context) => duplicates(context, descriptor, args);
    }
  }
  if (options.readOnly) {
    for (const name of Object.keys(mutation)) {
      mutation[name] = () => {
        throw readOnlyError(name);
      };
    }
  }
  return { ...(Object.keys(mutation).length > 0 ? { Mutation: mutation } : {}), ...(Object.keys(query).length > 0 ? { Query: query } : {}) } as Resolvers;
}

/**
 * The pre-execution checks of those fields (argumentChecksPlugin): the same
 * compilation each resolver starts with, or the read-only refusal.
 */
export function bulkWriteArgumentChecks(registry: ObjectRegistry, options: MutationOptions, typeDefs: readonly string[]): Map<string, ArgumentCheck> {
  const { query: queryNames, mutation: mutationNames } = rootFieldNames(typeDefs);
  const checks = new Map<string, ArgumentCheck>();
  const mutationCheck = (name: string, compile: (args: Record<string, unknown>) => unknown) => {
    if (mutationNames.has(name)) {
      checks.set(`Mutation.${name}`, (args) => {
        if (options.readOnly) {
          throw readOnlyError(name);
        }
        compile(args);
      });
    }
  };
  for (const descriptor of registry.values()) {
    const plural = capitalize(descriptor.plural);
    for (const verb of VERBS) {
      mutationCheck(`${verb}${plural}`, (args) => compileBulkWrite(descriptor, verb, args));
    }
    mutationCheck(`move${descriptor.typeName}`, compileMove);
    mutationCheck(`merge${plural}`, compileMerge);
    if (queryNames.has(`${descriptor.singular}Duplicates`)) {
      checks.set(`Query.${descriptor.singular}Duplicates`, (args) => compileDuplicates(descriptor, args));
    }
  }
  return checks;
}

// ---------------------------------------------------------------------------
// Bulk writes by filter
// ---------------------------------------------------------------------------

/**
 * Refuses a missing or empty filter (one that sets no condition would change
 * every record) and compiles it and, for an update, `data`. Throws BAD_USER_INPUT.
 */
function compileBulkWrite(descriptor: ObjectDescriptor, verb: BulkVerb, args: Record<string, unknown>): CompiledBulkWrite {
  const filter = compileFilterOrThrow(args['filter'] as FilterInput | null | undefined, descriptor.filterFields, ['filter']);
  if (filter === undefined) {
    throw badUserInput(
      `Expected a filter with at least one condition at "filter": ${verb}${capitalize(descriptor.plural)} would otherwise change every ${descriptor.typeName} record.`,
      ['filter'],
    );
  }
  if (verb !== 'update') {
    return { filter };
  }
  return { filter, data: compileRecordInputOrThrow(args['data'] as RecordInput, writableObjectOf(descriptor), 'update', ['data']) };
}

/**
 * Reads the ids the filter matches (at most `maxBulkRecords`, else nothing is
 * written), then writes them by id in requests of at most 60; stops at the
 * first request that fails. Nothing written → that request's error; part
 * written → the result with a `failure`.
 */
async function bulkWrite(context: Context, descriptor: ObjectDescriptor, verb: BulkVerb, compiled: CompiledBulkWrite, options: MutationOptions): Promise<BulkWriteResult> {
  const { plural } = descriptor;
  if (compiled.filter === MATCHES_NOTHING) {
    return { count: 0, ids: [], failure: null };
  }
  if (compiled.data !== undefined) {
    await assertMetadataOrThrow(context, plural, writableObjectOf(descriptor), [compiled.data]);
  }
  // What each write reaches (contract §1.3): an update or soft delete live
  // records, a restore those in the trash, a destroy both.
  const readFilter = verb === 'restore' ? andFilter(IN_TRASH, compiled.filter) : verb === 'destroy' ? andFilter(ANY_STATE, compiled.filter) : compiled.filter;
  const ids = await matchingIdsOrThrow(context, descriptor, verb, readFilter, options);
  const written: string[] = [];
  const batches = chunks(ids, MAX_IDS_PER_REQUEST);
  for (const [index, batch] of batches.entries()) {
    try {
      written.push(...(await writeBatch(context, plural, verb, batch, compiled)));
    } catch (error) {
      if (index === 0 || !(error instanceof TwentyApiError)) {
        throw error;
      }
      const mapped = toGraphQLError(error);
      return {
        count: written.length,
        ids: written,
        failure: {
          ids: batches.slice(index).flat(),
          code: mapped.extensions.code ?? ErrorCode.UPSTREAM_ERROR,
          message: mapped.message,
          writeOutcome: error.writeOutcome ?? 'UNKNOWN',
          mayHaveApplied: error.mayHaveApplied,
          upstreamStatus: error.status ?? null,
        },
      };
    }
  }
  return { count: written.length, ids: written, failure: null };
}

async function writeBatch(context: Context, plural: string, verb: BulkVerb, ids: string[], compiled: CompiledBulkWrite): Promise<string[]> {
  switch (verb) {
    case 'update': {
      invariant(compiled.data !== undefined, 'an update by filter has no data');
      return (await context.twenty.updateMany(plural, ids, compiled.data.body)).map(({ id }) => id);
    }
    case 'delete':
    case 'destroy':
      return context.twenty.deleteMany(plural, ids, { soft: verb === 'delete' });
    case 'restore':
      return (await context.twenty.restoreMany(plural, ids)).map(({ id }) => id);
  }
}

// The first page says how many match: more than the cap, and nothing is
// written; otherwise the remaining pages follow.
async function matchingIdsOrThrow(context: Context, descriptor: ObjectDescriptor, verb: BulkVerb, filter: string, options: MutationOptions): Promise<string[]> {
  const { plural } = descriptor;
  const max = options.maxBulkRecords;
  const first = await context.twenty.findMany(plural, { filter, limit: Math.min(max, options.batchSize) });
  if (first.totalCount > max) {
    throw new GraphQLError(
      `The filter matches ${first.totalCount} ${descriptor.typeName} records, more than the ${max} a bulk write may change (BFF_MAX_BULK_RECORDS): nothing was written. Narrow the filter, or write in several steps.`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath: 'filter', writeOutcome: 'NOT_APPLIED' } },
    );
  }
  const records = [...first.records];
  const cursor = first.pageInfo.endCursor;
  const left = Math.min(first.totalCount, max) - records.length;
  if (first.pageInfo.hasNextPage && cursor !== null && left > 0) {
    const rest = await context.twenty.findPages(plural, { filter, direction: 'forward', cursor, count: left });
    records.push(...rest.records);
  }
  // The same id twice (a page boundary moved by a concurrent write) is written once.
  const ids = [...new Set(records.map(({ id }) => id))];
  invariant(ids.every(isUuid), `${verb}${capitalize(plural)} read a non-UUID id`);
  return ids;
}

// ---------------------------------------------------------------------------
// Board moves
// ---------------------------------------------------------------------------

function compileMove(args: Record<string, unknown>): CompiledMove {
  const id = args['id'] as string;
  const after = (args['after'] as string | null | undefined) ?? undefined;
  const before = (args['before'] as string | null | undefined) ?? undefined;
  if (after === undefined && before === undefined) {
    throw badUserInput('Expected "after", "before" or both: the records the moved record goes between.', ['after']);
  }
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  if (same(id, after) || same(id, before)) {
    throw badUserInput(`A record cannot be moved next to itself: "${same(id, after) ? 'after' : 'before'}" is the moved record's id.`, [same(id, after) ? 'after' : 'before']);
  }
  if (same(after, before)) {
    throw badUserInput('Expected two different records at "after" and "before".', ['before']);
  }
  return { id, after, before };
}

/**
 * Gives the record a position between its new neighbours: their midpoint;
 * after the last one +1, before the first one −1. Neighbours that share a
 * position leave no room between them: the records from the upper neighbour
 * on that share it (at most MOVE_MAX_RENUMBERED) are spread up to the next
 * position, last one first so the order is right after every write.
 */
async function move(context: Context, descriptor: ObjectDescriptor, compiled: CompiledMove): Promise<TwentyRecord> {
  const { plural, typeName } = descriptor;
  const { id } = compiled;
  const wanted = [id, compiled.after, compiled.before].filter((value): value is string => value !== undefined);
  const found = await context.twenty.findMany(plural, { filter: `id[in]:[${wanted.join(',')}]`, limit: wanted.length });
  const recordOf = (wantedId: string | undefined, argument: string): TwentyRecord | undefined => {
    if (wantedId === undefined) {
      return undefined;
    }
    const record = found.records.find((candidate) => candidate.id === wantedId.toLowerCase());
    if (record === undefined) {
      throw new GraphQLError(`${typeName} ${wantedId} (at "${argument}") does not exist, or is in the trash: nothing was moved.`, {
        extensions: { code: ErrorCode.NOT_FOUND, argumentPath: argument, writeOutcome: 'NOT_APPLIED' },
      });
    }
    positionOrThrow(record, typeName, argument);
    return record;
  };
  recordOf(id, 'id');
  let lower = recordOf(compiled.after, 'after');
  let upper = recordOf(compiled.before, 'before');
  // Records other than the moved one, in board order (position, then id).
  const others = `id[neq]:${id}`;
  if (lower !== undefined && upper === undefined) {
    const next = await context.twenty.findMany(plural, { filter: others, orderBy: POSITION_ORDER, startingAfter: recordCursor(lower, ['position']), limit: 1 });
    upper = next.records[0];
  } else if (upper !== undefined && lower === undefined) {
    const previous = await context.twenty.findMany(plural, { filter: others, orderBy: POSITION_ORDER, endingBefore: recordCursor(upper, ['position']), limit: 1 });
    lower = previous.records[previous.records.length - 1];
  }
  const low = lower === undefined ? undefined : positionOrThrow(lower, typeName, 'after');
  const high = upper === undefined ? undefined : positionOrThrow(upper, typeName, 'before');
  if (low === undefined || high === undefined) {
    // The first or the last place: one step beyond the only neighbour.
    return context.twenty.updateOne(plural, id, { position: low === undefined ? (high ?? 0) - 1 : low + 1 });
  }
  invariant(lower !== undefined && upper !== undefined, 'a move between two positions has both neighbours');
  if (low > high || (low === high && lower.id > upper.id)) {
    throw badUserInput(
      `${typeName} ${lower.id} does not come before ${upper.id} in position order (${low}, ${high}): give the records the moved one goes between, as the list shows them.`,
      ['before'],
    );
  }
  const middle = low + (high - low) / 2;
  if (low < high) {
    if (middle > low && middle < high) {
      return context.twenty.updateOne(plural, id, { position: middle });
    }
    throw noRoomError(typeName, low, high);
  }
  return renumberAndMove(context, descriptor, id, lower, low);
}

// `lower` and the records after it share `position`: they move up, into the
// room below the next position, and the moved record takes the first place.
async function renumberAndMove(context: Context, descriptor: ObjectDescriptor, id: string, lower: TwentyRecord, position: number): Promise<TwentyRecord> {
  const { plural, typeName } = descriptor;
  const others = `id[neq]:${id}`;
  const tied = await context.twenty.findMany(plural, {
    filter: `and(${others},position[eq]:${position})`,
    orderBy: POSITION_ORDER,
    startingAfter: recordCursor(lower, ['position']),
    limit: MOVE_MAX_RENUMBERED + 1,
  });
  if (tied.records.length > MOVE_MAX_RENUMBERED) {
    throw new GraphQLError(
      `More than ${MOVE_MAX_RENUMBERED} ${typeName} records share position ${position} after ${lower.id}: a move renumbers at most ${MOVE_MAX_RENUMBERED} records, and nothing was moved. Give these records distinct positions first (update${typeName} with \`position\`).`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath: 'before', writeOutcome: 'NOT_APPLIED' } },
    );
  }
  const next = await context.twenty.findMany(plural, { filter: `and(${others},position[gt]:${position})`, orderBy: POSITION_ORDER, limit: 1 });
  const nextPosition = next.records[0]?.['position'];
  const ceiling = typeof nextPosition === 'number' ? nextPosition : position + tied.records.length + 2;
  const step = (ceiling - position) / (tied.records.length + 2);
  const places = tied.records.map((_record, index) => position + step * (index + 2));
  if (!(position + step > position) || places.some((place, index) => !(place < ceiling) || (index > 0 && !(place > (places[index - 1] ?? place))))) {
    throw noRoomError(typeName, position, ceiling);
  }
  const renumbered: string[] = [];
  try {
    for (let index = tied.records.length - 1; index >= 0; index -= 1) {
      const record = tied.records[index];
      invariant(record !== undefined, 'a tied record is missing');
      await context.twenty.updateOne(plural, record.id, { position: places[index] });
      renumbered.push(record.id);
    }
    return await context.twenty.updateOne(plural, id, { position: position + step });
  } catch (error) {
    if (!(error instanceof TwentyApiError) || renumbered.length === 0) {
      throw error;
    }
    // The writeOutcome is the failed write's; the ones before it happened,
    // and left the board in its old order.
    const mapped = toGraphQLError(error);
    throw new GraphQLError(`${mapped.message} Before it, ${renumbered.length} ${typeName} records sharing its neighbours' position were moved up, in the same order: ${renumbered.join(', ')}.`, {
      extensions: { ...mapped.extensions, renumbered },
    });
  }
}

function positionOrThrow(record: TwentyRecord, typeName: string, argument: string): number {
  const position = record['position'];
  if (typeof position !== 'number' || !Number.isFinite(position)) {
    throw new GraphQLError(`${typeName} ${record.id} (at "${argument}") has no position: nothing was moved.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath: argument, writeOutcome: 'NOT_APPLIED' },
    });
  }
  return position;
}

function noRoomError(typeName: string, low: number, high: number): GraphQLError {
  return new GraphQLError(
    `No position is left between ${low} and ${high}: nothing was moved. Give the ${typeName} records around them positions further apart first (update${typeName} with \`position\`).`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentPath: 'before', writeOutcome: 'NOT_APPLIED' } },
  );
}

// ---------------------------------------------------------------------------
// Merge and duplicates
// ---------------------------------------------------------------------------

// MUTATION_MAX_MERGE_RECORDS; Twenty's own checks, made before any call.
const MAX_MERGE_RECORDS = 9;

function compileMerge(args: Record<string, unknown>): void {
  const ids = (args['ids'] as string[]).map((value) => value.toLowerCase());
  if (ids.length < 2 || ids.length > MAX_MERGE_RECORDS) {
    throw badUserInput(`Expected 2 to ${MAX_MERGE_RECORDS} records at "ids", got ${ids.length}.`, ['ids']);
  }
  const repeated = ids.findIndex((value, index) => ids.indexOf(value) !== index);
  if (repeated !== -1) {
    throw badUserInput(`Expected different records at "ids": ${ids[repeated] ?? ''} is given twice.`, ['ids', repeated]);
  }
  const index = args['conflictPriorityIndex'] as number;
  if (index < 0 || index >= ids.length) {
    throw badUserInput(`Expected a position in "ids" (0 to ${ids.length - 1}) at "conflictPriorityIndex", got ${index}.`, ['conflictPriorityIndex']);
  }
}

type DuplicatesLookup = { ids: string[] } | { data: Array<Record<string, unknown>> };

function compileDuplicates(descriptor: ObjectDescriptor, args: Record<string, unknown>): DuplicatesLookup {
  const ids = args['ids'] as string[] | null | undefined;
  const data = args['data'] as RecordInput[] | null | undefined;
  if ((ids === null || ids === undefined) === (data === null || data === undefined)) {
    throw badUserInput('Expected either "ids" or "data", not both and not neither.', [ids === null || ids === undefined ? 'ids' : 'data']);
  }
  const path: ArgumentPath = [ids ? 'ids' : 'data'];
  const count = (ids ?? data ?? []).length;
  if ((data && count === 0) || count > MAX_DUPLICATE_LOOKUPS) {
    throw badUserInput(`Expected ${data ? 1 : 0} to ${MAX_DUPLICATE_LOOKUPS} records at "${path[0] ?? ''}", got ${count}.`, path);
  }
  if (ids) {
    return { ids };
  }
  const object = writableObjectOf(descriptor);
  return { data: (data ?? []).map((input, index) => compileRecordInputOrThrow(input, object, 'create', ['data', index]).body) };
}

async function duplicates(context: Context, descriptor: ObjectDescriptor, args: Record<string, unknown>) {
  const lookup = compileDuplicates(descriptor, args);
  if ('ids' in lookup && lookup.ids.length === 0) {
    return [];
  }
  const pages = await context.twenty.findDuplicates(descriptor.plural, lookup);
  return pages.map(toConnection);
}

// Twenty orders duplicates by id: its cursors hold the id alone (contract §4.3).
function toConnection(page: TwentyPage<TwentyRecord>) {
  return {
    edges: page.records.map((node) => ({ node, cursor: recordCursor(node, []) })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}

// ---------------------------------------------------------------------------

/** The Query and Mutation field names `typeDefs` declare. */
function rootFieldNames(typeDefs: readonly string[]): { query: Set<string>; mutation: Set<string> } {
  const names = { query: new Set<string>(), mutation: new Set<string>() };
  for (const definition of typeDefs.flatMap((source) => parse(source).definitions)) {
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && (definition.name.value === 'Query' || definition.name.value === 'Mutation')) {
      const set = definition.name.value === 'Query' ? names.query : names.mutation;
      definition.fields?.forEach((field) => set.add(field.name.value));
    }
  }
  return names;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
