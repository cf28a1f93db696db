import DataLoader from 'dataloader';

import {
  type CompiledConnection,
  compileConnectionOnce,
  type ConnectionArgs,
  type ConnectionCompilations,
  type PagingOptions,
  type RecordConnection,
} from '../translate/compileConnection.js';
import type { TwentyClient } from '../twenty/createTwentyClient.js';
import { createRouteSupport } from '../twenty/routeSupport.js';
import type { TwentyObjectMetadata, TwentyRecord } from '../twenty/types.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import { bulkWrites } from './bulkWrites.js';
import { type ChildRelation, createRelatedConnectionLoader, relationKey } from './relatedConnections.js';
import { createRelationFilterRuntime, type RelationFilterRuntime, type RelationFilterSupport, relationFilterSupportOf } from './relationFilters.js';

/** Per-request loaders. Never share them between requests or credentials. */
export interface Loaders {
  /** Records of one object by id; null for an id Twenty does not have (or has in the trash). */
  recordById(plural: string): DataLoader<string, TwentyRecord | null>;
  /**
   * The connection of `relation` under one parent. Compiles `args` first
   * (BAD_USER_INPUT before any upstream call); loads with the same relation
   * and arguments in one tick are batched, identical ones fetched once.
   */
  relatedConnection(relation: ChildRelation, args: ConnectionArgs, parentId: string): Promise<RecordConnection>;
  /**
   * The workspace's objects with their fields, read once per request (and
   * again after a metadata write, so a field created a moment ago is known).
   */
  workspaceObjects(): Promise<TwentyObjectMetadata[]>;
  /**
   * Tells the loaders which upstream calls can feed which batch (the first
   * plan given wins); without one, a batch waits for every call in flight.
   */
  useFeeders(feeders: BatchFeeders): void;
  /** Applies relation filters (one hop, or two-step reads made once per request). */
  readonly relationFilters: RelationFilterRuntime;
}

/**
 * Most ids one upstream request lists (`id[in]:[…]`, `companyId[in]:[…]`).
 * They travel in the URL: 60 UUIDs are about 2,400 characters encoded, which
 * proxies accept, whatever the page cap (newest Twenty allows 200).
 */
export const MAX_IDS_PER_REQUEST = 60;

/** What the loaders of a request need to know. */
export interface LoaderOptions {
  /** Largest `limit` the upstream honours. */
  pageCap: number;
  paging: PagingOptions;
  /** Most rows one batched nested-connection read may fetch (config `relationBatchMaxRows`). */
  relationBatchMaxRows: number;
  /** Longest a batch waits for the request's upstream calls in flight (config `batchHoldMs`). */
  batchHoldMs: number;
  /** The request's compiled connection arguments, shared with the argument checks. */
  compilations: ConnectionCompilations;
  /**
   * The workspace's relation filters, and the most related rows a one-to-many
   * one's first step may read; default: learned within these loaders, 200 rows.
   */
  relationFilters?: { support: RelationFilterSupport; maxRows: number };
}

/** The Twenty client and loaders of one request, wired together. */
export interface RequestUpstream {
  /** Use this client: every record it reads primes `recordById`; every write clears what it may have changed. */
  twenty: TwentyClient;
  loaders: Loaders;
}

/**
 * Creates the loaders of one request over `twenty`, and the client to use
 * beside them. Loads of the same object made before the request's upstream
 * calls in flight have answered become one upstream request per 60 ids;
 * identical loads are fetched once.
 */
export function createLoaders(twenty: TwentyClient, options: LoaderOptions): RequestUpstream {
  const idsPerRequest = Math.min(options.pageCap, MAX_IDS_PER_REQUEST);
  const inFlight = createInFlightTracker(options.batchHoldMs);
  const byPlural = new Map<string, DataLoader<string, TwentyRecord | null>>();
  const connections = new Map<string, DataLoader<string, RecordConnection>>();
  let objects: Promise<TwentyObjectMetadata[]> | undefined;
  const forgetMetadata = () => {
    objects = undefined;
  };
  const recordById = (plural: string) => {
    let loader = byPlural.get(plural);
    if (!loader) {
      loader = createRecordByIdLoader(client, plural, idsPerRequest, inFlight.schedule(byIdLoaderKey(plural)));
      byPlural.set(plural, loader);
    }
    return loader;
  };
  const prime = (plural: string, records: readonly TwentyRecord[]) => {
    for (const record of records) {
      // A list whose filter mentions deletedAt returns trashed rows, which a
      // read by id does not (contract §1.3).
      if (record.deletedAt === null || record.deletedAt === undefined) {
        recordById(plural).prime(record.id, record);
      }
    }
  };
  // `outcome` is the record written, null when it is gone, undefined when the
  // write failed and may or may not have happened: then nothing is assumed.
  const afterWrite = (plural: string, id: string | undefined, outcome?: TwentyRecord | null) => {
    // Any cached connection may now list other rows.
    connections.clear();
    if (id === undefined) {
      return;
    }
    const loader = recordById(plural).clear(id);
    if (outcome === null) {
      loader.prime(id, null);
    } else if (outcome !== undefined) {
      prime(plural, [outcome]);
    }
  };
  const client = createPrimingClient(inFlight.wrap(twenty), prime, afterWrite, forgetMetadata);
  const { support, maxRows } = options.relationFilters ?? { support: relationFilterSupportOf('auto', createRouteSupport({ ttlMs: 1, maxWorkspaces: 1 }), ''), maxRows: 200 };
  const relationFilters = createRelationFilterRuntime(client, support, { pageCap: options.pageCap, maxIds: idsPerRequest, maxRows });
  const connectionLoader = (relation: ChildRelation, compiled: CompiledConnection) => {
    const key = JSON.stringify([
      relationKey(relation),
      compiled.filter ?? null,
      compiled.orderBy.text ?? null,
      compiled.plan.count,
      compiled.plan.cursor ?? null,
    ]);
    let loader = connections.get(key);
    if (!loader) {
      loader = createRelatedConnectionLoader(
        client,
        relation,
        compiled,
        { pageCap: options.pageCap, idsPerRequest, maxRows: options.relationBatchMaxRows },
        inFlight.schedule(connectionLoaderKey(relation)),
      );
      connections.set(key, loader);
    }
    return loader;
  };
  const loaders: Loaders = {
    relationFilters,
    recordById,
    useFeeders: inFlight.useFeeders,
    workspaceObjects() {
      objects ??= client.listObjects().catch((error: unknown) => {
        forgetMetadata();
        throw error;
      });
      return objects;
    },
    relatedConnection(relation, args, parentId) {
      // Every parent of a level brings the same arguments: compiled once.
      const compiled = compileConnectionOnce(options.compilations, relation.child, args, options.paging);
      // Nested connections take first/after only, so the plan is a forward one
      // and the key below names it fully.
      invariant(compiled.plan.direction === 'forward' && !compiled.plan.tail, 'a nested connection was asked to page backward');
      if (compiled.relations === undefined) {
        return connectionLoader(relation, compiled).load(parentId);
      }
      // Every parent brings the same compiled arguments, so the two-step
      // reads are made once, and the parents then share one batch again.
      // Nested lists never probe: an auto workspace not known yet reads in two steps.
      return relationFilters.read(compiled, (ready) => connectionLoader(relation, ready).load(parentId), { probe: false });
    },
  };
  return { twenty: client, loaders };
}

/** When a loader's collected keys are sent upstream (DataLoader's `batchScheduleFn`). */
export type BatchSchedule = (dispatch: () => void) => void;

/**
 * The operation's relation plan: for each loader (`loaderKey`), the REST
 * plurals whose records, once they arrive, can add keys to it (the types that
 * select a relation served by that loader).
 */
export type BatchFeeders = ReadonlyMap<string, ReadonlySet<string>>;

/** The key of the records-by-id loader of `plural` in BatchFeeders. */
export function byIdLoaderKey(plural: string): string {
  return `byId:${plural}`;
}

/** The key of a relation's connection loader in BatchFeeders. */
export function connectionLoaderKey(relation: ChildRelation): string {
  return `connection:${relationKey(relation)}`;
}

// Client methods that read or write one object's records; the others read or
// write metadata, which feeds no loader.
const RECORD_METHODS = new Set([
  'findMany',
  'findPages',
  'findOne',
  'groupBy',
  'createOne',
  'createMany',
  'updateOne',
  'deleteOne',
  'restoreOne',
  'updateMany',
  'deleteMany',
  'restoreMany',
  'findDuplicates',
  'mergeMany',
]);

interface InFlightTracker {
  wrap(twenty: TwentyClient): TwentyClient;
  /** The schedule of the loader `loaderKey`. */
  schedule(loaderKey: string): BatchSchedule;
  useFeeders(feeders: BatchFeeders): void;
}

/**
 * Counts the request's upstream calls in flight by the plural they read. A
 * loader dispatches once no call that can feed it is in flight (every call,
 * when the operation's plan is unknown), or after `holdMs`: sibling fields
 * whose parents arrive from different upstream calls (two aliased lists, a
 * board's columns) then share one batch per relation instead of one each,
 * since upstream calls are what Twenty rate-limits, while a batch that
 * nothing in flight can join is sent at once.
 */
function createInFlightTracker(holdMs: number): InFlightTracker {
  const counts = new Map<string, number>();
  let feeders: BatchFeeders | undefined;
  let waiting: Array<{ ready: () => boolean; resolve: () => void }> = [];
  const feedsNothingInFlight = (loaderKey: string) => {
    const plurals = feeders?.get(loaderKey);
    if (feeders === undefined) {
      return counts.size === 0;
    }
    return plurals === undefined || [...plurals].every((plural) => !counts.has(plural));
  };
  const settle = (plural: string) => {
    const left = (counts.get(plural) ?? 1) - 1;
    if (left === 0) {
      counts.delete(plural);
    } else {
      counts.set(plural, left);
    }
    const still: typeof waiting = [];
    for (const waiter of waiting) {
      if (waiter.ready()) {
        waiter.resolve();
      } else {
        still.push(waiter);
      }
    }
    waiting = still;
  };
  const whenReady = (loaderKey: string) =>
    new Promise<void>((resolve) => {
      const ready = () => feedsNothingInFlight(loaderKey);
      if (ready()) {
        resolve();
      } else {
        waiting.push({ ready, resolve });
      }
    });
  return {
    wrap(twenty) {
      const tracked = { ...twenty } as Record<string, unknown>;
      for (const [name, value] of Object.entries(twenty)) {
        if (typeof value === 'function') {
          tracked[name] = (...args: unknown[]) => {
            const plural = RECORD_METHODS.has(name) && typeof args[0] === 'string' ? args[0] : 'metadata';
            counts.set(plural, (counts.get(plural) ?? 0) + 1);
            return (value as (...args: unknown[]) => Promise<unknown>)(...args).finally(() => settle(plural));
          };
        }
      }
      return Object.defineProperty(tracked, 'requestCount', { get: () => twenty.requestCount }) as unknown as TwentyClient;
    },
    useFeeders(plan) {
      feeders ??= plan;
    },
    // setImmediate lets the resolvers that an answer just woke queue their
    // loads before the batch closes.
    schedule: (loaderKey) => (dispatch) =>
      setImmediate(() => {
        let sent = false;
        const send = () => {
          if (!sent) {
            sent = true;
            clearTimeout(timer);
            setImmediate(dispatch);
          }
        };
        const timer = setTimeout(send, holdMs);
        void whenReady(loaderKey).then(send);
      }),
  };
}

function createRecordByIdLoader(twenty: TwentyClient, plural: string, idsPerRequest: number, schedule: BatchSchedule) {
  return new DataLoader<string, TwentyRecord | null>(
    async (ids) => {
      // Ids go into the filter unquoted. They come from Twenty records or from
      // arguments the UUID scalar already checked, so anything else is our bug.
      invariant(ids.every(isUuid), `recordById(${plural}) received a non-UUID id`);
      // Twenty clamps `limit` silently (contract §4.2): should its cap be
      // lower than configured, following the pages still finds every row.
      const page = await twenty.findPages(plural, { filter: `id[in]:[${ids.join(',')}]`, direction: 'forward', count: ids.length });
      const byId = new Map(page.records.map((record) => [record.id, record]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: idsPerRequest, batchScheduleFn: schedule },
  );
}

// Wraps the client so the loaders see every record the request reads or
// writes, whoever made the call: a list's rows make later loads by id free,
// and a failed write forgets what it may have changed.
function createPrimingClient(
  twenty: TwentyClient,
  prime: (plural: string, records: readonly TwentyRecord[]) => void,
  afterWrite: (plural: string, id: string | undefined, outcome?: TwentyRecord | null) => void,
  forgetMetadata: () => void,
): TwentyClient {
  // A metadata write, even a failed one (it may have happened), changes what
  // the next read of the data model must see.
  const metadataWrite =
    <A extends unknown[], T>(run: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> =>
      run(...args).finally(forgetMetadata);
  const write = async <T>(plural: string, id: string | undefined, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      afterWrite(plural, id);
      throw error;
    }
  };
  const written = (plural: string, record: TwentyRecord) => {
    afterWrite(plural, record.id, record);
    return record;
  };
  const idOf = (data: Record<string, unknown>) => (typeof data['id'] === 'string' ? data['id'] : undefined);
  return {
    ...twenty,
    get requestCount() {
      return twenty.requestCount;
    },
    async findMany(plural, query) {
      const page = await twenty.findMany(plural, query);
      prime(plural, page.records);
      return page;
    },
    async findPages(plural, query) {
      const page = await twenty.findPages(plural, query);
      prime(plural, page.records);
      return page;
    },
    async findOne(plural, id) {
      const record = await twenty.findOne(plural, id);
      prime(plural, record ? [record] : []);
      return record;
    },
    createOne: (plural, data, options) => write(plural, idOf(data), async () => written(plural, await twenty.createOne(plural, data, options))),
    createMany: (plural, data) =>
      write(plural, undefined, async () => {
        const records = await twenty.createMany(plural, data);
        records.forEach((record) => written(plural, record));
        return records;
      }),
    updateOne: (plural, id, data) => write(plural, id, async () => written(plural, await twenty.updateOne(plural, id, data))),
    deleteOne: (plural, id, options) =>
      write(plural, id, async () => {
        const result = await twenty.deleteOne(plural, id, options);
        // Soft-deleted or destroyed, a read by id no longer finds it (contract §1.3).
        afterWrite(plural, id, null);
        return result;
      }),
    restoreOne: (plural, id) => write(plural, id, async () => written(plural, await twenty.restoreOne(plural, id))),
    ...bulkWrites(twenty, { prime, afterWrite, written }),
    createObject: metadataWrite(twenty.createObject),
    updateObject: metadataWrite(twenty.updateObject),
    deleteObject: metadataWrite(twenty.deleteObject),
    createField: metadataWrite(twenty.createField),
    updateField: metadataWrite(twenty.updateField),
    deleteField: metadataWrite(twenty.deleteField),
  };
}
