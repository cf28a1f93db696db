import { randomUUID } from 'node:crypto';

import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import { sleep } from '../utils/sleep.js';
import { createRestTransport, DEFAULT_BACKOFF_MS, type HttpMethod, type RestTransportConfig } from './createRestTransport.js';
import { createBulkMethods, type TwentyBulkClient } from './bulkClient.js';
import { TwentyApiError } from './TwentyApiError.js';
import {
  asFieldMetadata,
  asObjectMetadata,
  limitListing,
  readGroups,
  type Listing,
  readListing,
  readPage,
  readRecord,
  requireRecord,
} from './envelopes.js';
import { orderByKeys, recordCursor } from './recordCursor.js';
import type { RouteSupport } from './routeSupport.js';
import type { TwentyFieldMetadata, TwentyGroup, TwentyObjectMetadata, TwentyPage, TwentyRecord } from './types.js';
import { scopeOf } from './upstreamGateway.js';
import { runWrite, type WritePlan } from './writeOutcome.js';

/** The transport's settings, and the page size Twenty honours. */
export interface TwentyClientConfig extends RestTransportConfig {
  /** Largest `limit` the upstream honours (contract §4.2: 60 in the docs, 200 in newest Twenty). */
  pageCap: number;
  /** What is known of the routes each workspace serves (shared by every client of the process); none: nothing is remembered. */
  routeSupport?: RouteSupport;
}

/** Arguments of one `GET /rest/{plural}` (contract §4). */
export interface TwentyFindManyQuery {
  filter?: string;
  orderBy?: string;
  /** At most the client's `pageCap`. */
  limit?: number;
  startingAfter?: string;
  endingBefore?: string;
}

/** What the groupBy route answered: its groups, or that this Twenty has none. */
export type TwentyGroupByAnswer = { served: true; groups: TwentyGroup[] } | { served: false; asked: boolean };

/** Arguments of a multi-page read: `count` rows from `cursor` in `direction`. */
export interface TwentyFindPagesQuery {
  filter?: string;
  orderBy?: string;
  direction: 'forward' | 'backward';
  /** Forward: rows after this cursor; backward: rows before it. */
  cursor?: string;
  count: number;
}

/**
 * The only code that speaks HTTP to Twenty. Every failure is thrown as a
 * TwentyApiError, a write's with its exact `writeOutcome`. Reads are retried
 * on 5xx, timeouts, network errors and 429; writes too, made safe to repeat
 * (creates carry an id of ours) and settled by reading back (writeOutcome.ts).
 */
export interface TwentyClient extends TwentyBulkClient {
  /** Upstream HTTP requests made so far, retries included. */
  readonly requestCount: number;
  /** One `GET /rest/{plural}`; `limit` must not exceed `pageCap`. */
  findMany(plural: string, query?: TwentyFindManyQuery): Promise<TwentyPage<TwentyRecord>>;
  /** `count` rows following upstream pages of at most `pageCap` rows, with as few requests as possible. */
  findPages(plural: string, query: TwentyFindPagesQuery): Promise<TwentyPage<TwentyRecord>>;
  /** `GET /rest/{plural}/{id}`; null when Twenty answers 404. */
  findOne(plural: string, id: string): Promise<TwentyRecord | null>;
  /**
   * `GET /rest/{plural}/groupBy` with `params` (Twenty's G2+ route, contract
   * §1.1): its groups, or `served: false` when this Twenty has no such route,
   * which is remembered for the workspace so that it is not asked again for a
   * while (`asked` tells whether a request went out to learn it).
   */
  groupBy(plural: string, params: URLSearchParams): Promise<TwentyGroupByAnswer>;
  /**
   * `POST /rest/{plural}`, with a new UUID as `id` when `data` has none, so a
   * retry cannot make a second record. With `existingIsResult`, a record that
   * already has that id is the answer (one link per pair, however many callers).
   */
  createOne(plural: string, data: Record<string, unknown>, options?: { existingIsResult?: boolean }): Promise<TwentyRecord>;
  /** `POST /rest/batch/{plural}`; all or nothing, order kept; ids added as in createOne. */
  createMany(plural: string, data: ReadonlyArray<Record<string, unknown>>): Promise<TwentyRecord[]>;
  /** `PATCH /rest/{plural}/{id}`. */
  updateOne(plural: string, id: string, data: Record<string, unknown>): Promise<TwentyRecord>;
  /** `DELETE /rest/{plural}/{id}`: destroy, or soft delete (`soft_delete=true`, contract §1.3). */
  deleteOne(plural: string, id: string, options: { soft: boolean }): Promise<TwentyRecord>;
  /** `PATCH /rest/{plural}/{id}/restore` (G3, contract §1.1). */
  restoreOne(plural: string, id: string): Promise<TwentyRecord>;
  /** Every object of the workspace, following metadata pages. */
  listObjects(): Promise<TwentyObjectMetadata[]>;
  /** One object with its fields; null when Twenty answers 404. */
  getObject(id: string): Promise<TwentyObjectMetadata | null>;
  /** Every field of the workspace, following metadata pages. */
  listFields(): Promise<TwentyFieldMetadata[]>;
  /** Every saved view of the workspace (`/rest/metadata/views`), following pages. */
  listViews(): Promise<TwentyRecord[]>;
  /** One field; null when Twenty answers 404. */
  getField(id: string): Promise<TwentyFieldMetadata | null>;
  createObject(data: Record<string, unknown>): Promise<TwentyObjectMetadata>;
  updateObject(id: string, data: Record<string, unknown>): Promise<TwentyObjectMetadata>;
  /** Twenty requires the object to be deactivated first (contract §1.4). */
  deleteObject(id: string): Promise<TwentyRecord>;
  createField(data: Record<string, unknown>): Promise<TwentyFieldMetadata>;
  updateField(id: string, data: Record<string, unknown>): Promise<TwentyFieldMetadata>;
  deleteField(id: string): Promise<TwentyRecord>;
}

// Record reads and writes ask for depth 0 explicitly: G1 defaulted to 1 (even
// 2), embedding every relation in every row (contract §4.5).
const DEPTH_0 = { depth: '0' } as const;
// A guard against an upstream that keeps answering hasNextPage with cursors
// that do not advance; no legitimate metadata listing needs this many pages.
const MAX_METADATA_PAGES = 100;

/**
 * Creates a client for one workspace and one credential. Build one per
 * request (its `requestCount` is that request's upstream cost); it holds no
 * cache. Its methods reject with TwentyApiError for every upstream failure;
 * it throws only for our own bugs (a page cap or `limit` out of range).
 */
export function createTwentyClient(config: TwentyClientConfig): TwentyClient {
  invariant(Number.isInteger(config.pageCap) && config.pageCap > 0, 'pageCap must be a positive integer');
  const transport = createRestTransport(config);
  const { request, requireResult, forgetWrittenReads } = transport;
  async function findMany(plural: string, query: TwentyFindManyQuery = {}): Promise<TwentyPage<TwentyRecord>> {
    return (await findListing(plural, query)).page;
  }

  async function findListing(plural: string, query: TwentyFindManyQuery): Promise<Listing> {
    if (query.limit !== undefined) {
      invariant(
        Number.isInteger(query.limit) && query.limit >= 0 && query.limit <= config.pageCap,
        `findMany(${plural}) limit ${query.limit} is not an integer from 0 to the page cap ${config.pageCap}`,
      );
    }
    const listing = await requireResult({
      method: 'GET',
      segments: [plural],
      searchParams: toSearchParams(query),
      read: (body) => readListing(body, plural),
    });
    if (query.limit === undefined) {
      return listing;
    }
    const keys = orderByKeys(query.orderBy);
    return limitListing(listing, query.limit, query.endingBefore === undefined ? 'forward' : 'backward', (record) => recordCursor(record, keys));
  }

  async function findPages(plural: string, query: TwentyFindPagesQuery): Promise<TwentyPage<TwentyRecord>> {
    invariant(Number.isInteger(query.count) && query.count >= 0, `findPages(${plural}) count must be a non-negative integer`);
    const forward = query.direction === 'forward';
    let records: TwentyRecord[] = [];
    let cursor = query.cursor;
    let first: TwentyPage<TwentyRecord> | undefined;
    let last: TwentyPage<TwentyRecord> | undefined;
    let firstNonEmpty: TwentyPage<TwentyRecord> | undefined;
    let lastNonEmpty: TwentyPage<TwentyRecord> | undefined;
    let lastHasPrevious = false;
    for (;;) {
      const limit = Math.min(query.count - records.length, config.pageCap);
      const { page: chunk, saysHasPreviousPage } = await findListing(plural, {
        ...(query.filter === undefined ? {} : { filter: query.filter }),
        ...(query.orderBy === undefined ? {} : { orderBy: query.orderBy }),
        limit,
        ...(cursor === undefined ? {} : forward ? { startingAfter: cursor } : { endingBefore: cursor }),
      });
      first ??= chunk;
      last = chunk;
      if (chunk.records.length > 0) {
        firstNonEmpty ??= chunk;
        lastNonEmpty = chunk;
      }
      records = forward ? [...records, ...chunk.records] : [...chunk.records, ...records];
      // A proxy may drop hasPreviousPage (seed 000): then a full backward chunk
      // means there may be more, and at worst one empty page is read.
      lastHasPrevious = saysHasPreviousPage ? chunk.pageInfo.hasPreviousPage : limit > 0 && chunk.records.length >= limit;
      // Contract §4.3: follow endCursor while hasNextPage (forward), startCursor
      // while hasPreviousPage (backward). A cursor that does not move would loop.
      const more = forward ? chunk.pageInfo.hasNextPage : lastHasPrevious;
      const next = forward ? chunk.pageInfo.endCursor : chunk.pageInfo.startCursor;
      if (records.length >= query.count || !more || chunk.records.length === 0 || next === null || next === cursor) {
        break;
      }
      cursor = next;
    }
    // Forward: the first chunk holds the first rows; backward: the last one fetched does.
    const earliest = forward ? firstNonEmpty : lastNonEmpty;
    const latest = forward ? lastNonEmpty : firstNonEmpty;
    return {
      records,
      totalCount: first.totalCount,
      pageInfo: {
        hasNextPage: forward ? last.pageInfo.hasNextPage : false,
        hasPreviousPage: forward ? false : lastHasPrevious,
        startCursor: earliest?.pageInfo.startCursor ?? null,
        endCursor: latest?.pageInfo.endCursor ?? null,
      },
    };
  }

  // One item by id; null when Twenty answers 404 or `data.{key}: null`.
  async function getOne<T>(segments: string[], as: (record: TwentyRecord) => T, searchParams?: URLSearchParams): Promise<T | null> {
    const result = await request({
      method: 'GET',
      segments,
      ...(searchParams ? { searchParams } : {}),
      notFoundAsNull: true,
      read: (body) => {
        const record = readRecord(body);
        return record === null ? null : as(record);
      },
    });
    return result ?? null;
  }

  async function listAll(collection: 'objects' | 'fields' | 'views'): Promise<TwentyRecord[]> {
    const rows: TwentyRecord[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_METADATA_PAGES; page += 1) {
      const searchParams = new URLSearchParams({ limit: String(config.pageCap) });
      if (cursor !== undefined) {
        searchParams.set('starting_after', cursor);
      }
      const result = await requireResult({
        method: 'GET',
        segments: ['metadata', collection],
        searchParams,
        read: (body) => readPage(body, collection),
      });
      rows.push(...result.records);
      const next = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage || result.records.length === 0 || next === null || next === cursor) {
        break;
      }
      cursor = next;
    }
    return rows;
  }

  const retryOptions = {
    limit: config.retry.limit,
    maxRetryAfterMs: config.retry.maxRetryAfterMs,
    backoffMs: config.retry.backoffMs ?? DEFAULT_BACKOFF_MS,
    sleep,
  };

  // A write plan run to a known outcome. The gateway keeps cached reads after
  // a write refused with a 4xx, and a 429 may follow a write that ran: a
  // read-back must see Twenty as it is now.
  const settle = <T>(method: HttpMethod, segments: string[], plan: WritePlan<T>): Promise<T> => {
    const { readBack } = plan;
    return runWrite(
      {
        ...plan,
        ...(readBack === undefined
          ? {}
          : {
              readBack: async () => {
                await forgetWrittenReads(method, segments);
                return readBack();
              },
            }),
      },
      retryOptions,
    );
  };

  // One write, retried and settled by runWrite; `plan` adds its read-back.
  const write = <T>(
    method: HttpMethod,
    segments: string[],
    json: unknown,
    read: (body: unknown) => T,
    searchParams?: URLSearchParams,
    plan: Omit<WritePlan<T>, 'attempt'> = {},
  ): Promise<T> =>
    settle(method, segments, {
      ...plan,
      attempt: () => requireResult({ method, segments, json, read, ...(searchParams ? { searchParams } : {}) }),
    });

  // Ids go into filters unquoted: they are ours (randomUUID) or were checked
  // by the UUID scalar, so anything else is our bug.
  const idFilter = (ids: readonly string[]): string => {
    invariant(ids.every(isUuid), 'a read-back received a non-UUID id');
    return ids.length === 1 ? `id[eq]:${ids[0]}` : `id[in]:[${ids.join(',')}]`;
  };

  const withId = (data: Record<string, unknown>): Record<string, unknown> & { id: string } =>
    typeof data['id'] === 'string' ? (data as Record<string, unknown> & { id: string }) : { id: randomUUID(), ...data };

  function createOne(plural: string, data: Record<string, unknown>, options: { existingIsResult?: boolean } = {}): Promise<TwentyRecord> {
    const body = withId(data);
    return write('POST', [plural], body, requireRecord, new URLSearchParams(DEPTH_0), {
      readBack: () => getOne([plural, body.id], (record) => record, new URLSearchParams(DEPTH_0)),
      ...(options.existingIsResult ? { existingIsResult: true } : {}),
    });
  }

  function createMany(plural: string, data: ReadonlyArray<Record<string, unknown>>): Promise<TwentyRecord[]> {
    const bodies = data.map(withId);
    const ids = bodies.map(({ id }) => id);
    return write('POST', ['batch', plural], bodies, (body) => readPage(body, plural).records, new URLSearchParams(DEPTH_0), {
      // A batch is one transaction (all or nothing): every record or none.
      readBack: async () => {
        const found = await findPages(plural, { filter: idFilter(ids), direction: 'forward', count: ids.length });
        if (found.records.length === 0) {
          return null;
        }
        const byId = new Map(found.records.map((record) => [record.id, record]));
        const records = ids.map((id) => byId.get(id));
        invariant(records.every((record) => record !== undefined), `only part of a batch of ${plural} exists after its create`);
        return records as TwentyRecord[];
      },
    });
  }

  // Contract §1.3: a soft-deleted record is only found by a filter naming
  // deletedAt; this one finds it live or in the trash.
  const findAnyState = async (plural: string, id: string, state: 'trash' | 'any'): Promise<boolean> => {
    const deletedAt = state === 'trash' ? 'deletedAt[is]:NOT_NULL' : 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)';
    const page = await findMany(plural, { filter: `${idFilter([id])},${deletedAt}`, limit: 1 });
    return page.records.length > 0;
  };

  function deleteOne(plural: string, id: string, { soft }: { soft: boolean }): Promise<TwentyRecord> {
    return write(
      'DELETE',
      [plural, id],
      undefined,
      // Contract §2.1: the answer holds only the id; tolerate an empty body.
      (body) => (body === undefined ? { id } : requireRecord(body)),
      soft ? new URLSearchParams({ soft_delete: 'true' }) : undefined,
      // Soft: done when the record is in the trash; destroy: when it is gone.
      { readBack: async () => ((await findAnyState(plural, id, soft ? 'trash' : 'any')) === soft ? { id } : null) },
    );
  }

  // G3 restores at `/{plural}/{id}/restore`; G2 refuses that path with its
  // "Query path … invalid" 400 (nothing ran) and restores through
  // `/restore/{plural}?filter=` instead (contract §1.1). Restoring twice
  // restores once, so no read-back is needed.
  async function restoreOne(plural: string, id: string): Promise<TwentyRecord> {
    try {
      return await write('PATCH', [plural, id, 'restore'], undefined, requireRecord, new URLSearchParams(DEPTH_0));
    } catch (error) {
      if (!(error instanceof TwentyApiError && error.status === 400 && error.messages.some((message) => message.startsWith('Query path')))) {
        throw error;
      }
    }
    const restored = await write('PATCH', ['restore', plural], undefined, (body) => readPage(body, plural).records, new URLSearchParams({ filter: idFilter([id]), ...DEPTH_0 }));
    const [record] = restored;
    if (record === undefined) {
      throw new TwentyApiError({ kind: 'http', status: 404, method: 'PATCH', path: `/rest/restore/${plural}`, messages: ['Record not found'], writeOutcome: 'NOT_APPLIED' });
    }
    return record;
  }

  async function groupBy(plural: string, params: URLSearchParams): Promise<TwentyGroupByAnswer> {
    const scope = config.operation?.scope ?? scopeOf(config.baseUrl, config.authorization, config.headers);
    if (config.routeSupport?.known(scope).groupBy === false) {
      return { served: false, asked: false };
    }
    try {
      const groups = await requireResult({ method: 'GET', segments: [plural, 'groupBy'], searchParams: params, read: readGroups });
      config.routeSupport?.remember(scope, 'groupBy', true);
      return { served: true, groups };
    } catch (error) {
      if (isMissingGroupByRoute(error)) {
        config.routeSupport?.remember(scope, 'groupBy', false);
        return { served: false, asked: true };
      }
      throw error;
    }
  }

  const getObject = (id: string) => getOne(['metadata', 'objects', id], asObjectMetadata);
  const getField = (id: string) => getOne(['metadata', 'fields', id], asFieldMetadata);
  const readMetadata = <T>(body: unknown, read: (record: TwentyRecord) => T) => read(requireRecord(body));
  const deleted = (get: (id: string) => Promise<unknown>, id: string) => async () => ((await get(id)) === null ? { id } : null);

  return {
    get requestCount() {
      return transport.requestCount;
    },
    ...createBulkMethods({ requireResult, settle, findPages }),
    findMany,
    findPages,
    findOne: (plural, id) => getOne([plural, id], (record) => record, new URLSearchParams(DEPTH_0)),
    groupBy,
    createOne,
    createMany,
    updateOne: (plural, id, data) => write('PATCH', [plural, id], data, requireRecord, new URLSearchParams(DEPTH_0)),
    deleteOne,
    restoreOne,
    listObjects: async () => (await listAll('objects')).map(asObjectMetadata),
    getObject,
    listFields: async () => (await listAll('fields')).map(asFieldMetadata),
    listViews: () => listAll('views'),
    getField,
    // Metadata creates carry no id of ours (the server assigns it), but names
    // are unique in a workspace (an object's, a field's in its object): the
    // name finds what a lost create left.
    createObject: (data) =>
      write('POST', ['metadata', 'objects'], data, (body) => readMetadata(body, asObjectMetadata), undefined, {
        readBack: async () => (await listAll('objects')).map(asObjectMetadata).find((object) => object.nameSingular === data['nameSingular']) ?? null,
      }),
    updateObject: (id, data) => write('PATCH', ['metadata', 'objects', id], data, (body) => readMetadata(body, asObjectMetadata)),
    deleteObject: (id) =>
      write('DELETE', ['metadata', 'objects', id], undefined, (body) => (body === undefined ? { id } : requireRecord(body)), undefined, {
        readBack: deleted(getObject, id),
      }),
    createField: (data) =>
      write('POST', ['metadata', 'fields'], data, (body) => readMetadata(body, asFieldMetadata), undefined, {
        readBack: async () => {
          const objectId = data['objectMetadataId'];
          const object = typeof objectId === 'string' ? await getObject(objectId) : null;
          const field = object?.fields?.find((candidate) => candidate.name === data['name']);
          return field === undefined ? null : asFieldMetadata(field as unknown as TwentyRecord);
        },
      }),
    updateField: (id, data) => write('PATCH', ['metadata', 'fields', id], data, (body) => readMetadata(body, asFieldMetadata)),
    deleteField: (id) =>
      write('DELETE', ['metadata', 'fields', id], undefined, (body) => (body === undefined ? { id } : requireRecord(body)), undefined, {
        readBack: deleted(getField, id),
      }),
  };
}

/**
 * Whether Twenty's answer to `GET /rest/{plural}/groupBy` says it has no such
 * route: releases before it read `groupBy` as a record id (400 `'groupBy' is
 * not a valid UUID`, or Postgres's uuid syntax error in older G1), and a
 * gateway or an unknown route answers 404. A 400 about the arguments (an
 * unknown field, a missing time zone) is the route refusing them, not absent.
 */
export function isMissingGroupByRoute(error: unknown): boolean {
  if (!(error instanceof TwentyApiError) || error.kind !== 'http') {
    return false;
  }
  if (error.status === 404) {
    return true;
  }
  return (
    error.status === 400 &&
    error.messages.some((message) => /'groupBy' is not a valid UUID|uuid: "groupBy"|^Query path '[^']*groupBy[^']*' invalid/.test(message))
  );
}

function toSearchParams(query: TwentyFindManyQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.filter !== undefined && query.filter !== '') {
    params.set('filter', query.filter);
  }
  if (query.orderBy !== undefined && query.orderBy !== '') {
    params.set('order_by', query.orderBy);
  }
  if (query.limit !== undefined) {
    params.set('limit', String(query.limit));
  }
  if (query.startingAfter !== undefined) {
    params.set('starting_after', query.startingAfter);
  }
  if (query.endingBefore !== undefined) {
    params.set('ending_before', query.endingBefore);
  }
  params.set('depth', '0');
  return params;
}
