import { invariant } from '../utils/invariant.js';
import { isPlainObject } from '../utils/isPlainObject.js';
import { isUuid } from '../utils/isUuid.js';
import type { HttpMethod, UpstreamCall } from './createRestTransport.js';
import { EnvelopeError, isRecord, readPage, requireRecord } from './envelopes.js';
import { TwentyApiError } from './TwentyApiError.js';
import type { TwentyPage, TwentyRecord } from './types.js';
import type { WritePlan } from './writeOutcome.js';

/** What `findDuplicates` looks for: stored records by id, or records not written yet. */
export type DuplicatesRequest = { ids: readonly string[] } | { data: ReadonlyArray<Record<string, unknown>> };

/** The arguments of Twenty's merge (contract §1.1): the records, which one wins conflicts, whether to write. */
export interface MergeRequest {
  ids: readonly string[];
  conflictPriorityIndex: number;
  dryRun: boolean;
}

/**
 * Twenty's routes for many records at once (G2+, contract §1.1, §2.1). The
 * bulk writes take ids, not a filter: a write of known rows can be repeated
 * after an unclear attempt and still say exactly which rows it changed.
 * Failures are TwentyApiErrors with an exact `writeOutcome`, as for the
 * single-record writes.
 */
export interface TwentyBulkClient {
  /**
   * `PATCH /rest/{plural}?filter=id[in]:[…]`: applies `data` to the live
   * records among `ids` (at most 60) and returns them as written.
   */
  updateMany(plural: string, ids: readonly string[], data: Record<string, unknown>): Promise<TwentyRecord[]>;
  /**
   * `DELETE /rest/{plural}?filter=id[in]:[…]`, soft (`soft_delete=true`:
   * live records go to the trash) or destroying (trashed ones too). Returns
   * the ids that it moved to the trash or destroyed.
   */
  deleteMany(plural: string, ids: readonly string[], options: { soft: boolean }): Promise<string[]>;
  /**
   * `PATCH /rest/{plural}/restore?filter=id[in]:[…]` (G3), or G2's
   * `/rest/restore/{plural}`: brings the records among `ids` back from the
   * trash and returns them.
   */
  restoreMany(plural: string, ids: readonly string[]): Promise<TwentyRecord[]>;
  /**
   * `POST /rest/{plural}/duplicates`: for each stored record of `ids` that
   * Twenty finds (in the trash or unknown: no entry), or each `data` item,
   * the live records it duplicates (at most 200 each) and their total. A read.
   */
  findDuplicates(plural: string, request: DuplicatesRequest): Promise<Array<TwentyPage<TwentyRecord>>>;
  /**
   * `PATCH /rest/{plural}/merge`: the record at `conflictPriorityIndex` with
   * the others' values and relations merged in, the others destroyed; with
   * `dryRun`, what it would be (under a new id), nothing written.
   */
  mergeMany(plural: string, request: MergeRequest): Promise<TwentyRecord>;
}

/** What the bulk methods use of the client they belong to (createTwentyClient). */
export interface BulkClientParts {
  /** One call, never retried unless a GET. */
  requireResult<T>(call: UpstreamCall<T>): Promise<T>;
  /** Runs a write plan to a known outcome (runWrite with the client's retry settings). */
  settle<T>(method: HttpMethod, segments: string[], plan: WritePlan<T>): Promise<T>;
  /** Every row of a filter (for the read-backs). */
  findPages(plural: string, query: { filter: string; direction: 'forward'; count: number }): Promise<TwentyPage<TwentyRecord>>;
}

/** Most ids one bulk write names (they travel in the URL, as a loader's do). */
export const MAX_IDS_PER_BULK_WRITE = 60;

const DEPTH_0 = { depth: '0' } as const;
// Contract §1.3: a filter naming deletedAt reaches the trash; these reach it only, or everything.
const IN_TRASH = 'deletedAt[is]:NOT_NULL';
const ANY_STATE = 'or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)';

/** Creates the bulk methods over a client's `parts`. */
export function createBulkMethods(parts: BulkClientParts): TwentyBulkClient {
  const { requireResult, settle, findPages } = parts;

  // Ids go into the filter unquoted: they were read from Twenty or checked
  // by the UUID scalar, so anything else is our bug.
  const idFilter = (ids: readonly string[]): string => {
    invariant(ids.length > 0 && ids.length <= MAX_IDS_PER_BULK_WRITE && ids.every(isUuid), 'a bulk write received no ids, too many, or a non-UUID');
    return `id[in]:[${ids.join(',')}]`;
  };
  const rowsIn = async (plural: string, ids: readonly string[], state: string): Promise<TwentyRecord[]> =>
    (await findPages(plural, { filter: `and(${state},${idFilter(ids)})`, direction: 'forward', count: ids.length })).records;

  /**
   * One bulk write of known rows. A repeat after an unclear attempt answers
   * only the rows still left to change (a soft delete finds the rest already
   * in the trash), so its answer is replaced by `changed`, what a read finds
   * changed; `changed` also settles an outcome no answer told (none → NOT_APPLIED).
   */
  function bulkWrite<T extends unknown[]>(call: UpstreamCall<T>, changed: () => Promise<T>): Promise<T> {
    let attempts = 0;
    return settle(call.method, call.segments, {
      attempt: async () => {
        attempts += 1;
        const answered = await requireResult(call);
        return attempts === 1 ? answered : changed();
      },
      readBack: async () => {
        const rows = await changed();
        return rows.length === 0 ? null : rows;
      },
    });
  }

  function deleteMany(plural: string, ids: readonly string[], { soft }: { soft: boolean }): Promise<string[]> {
    return bulkWrite(
      {
        method: 'DELETE',
        segments: [plural],
        searchParams: new URLSearchParams({ filter: idFilter(ids), ...(soft ? { soft_delete: 'true' } : {}) }),
        // Contract §2.1: `data.delete{Plural}: [{id}…]`, for a destroy too.
        read: (body) => readPage(body, '').records.map(({ id }) => id),
      },
      // Soft: the ids now in the trash; destroy: those no longer anywhere.
      async () => {
        if (soft) {
          return (await rowsIn(plural, ids, IN_TRASH)).map(({ id }) => id);
        }
        const left = new Set((await rowsIn(plural, ids, ANY_STATE)).map(({ id }) => id));
        return ids.filter((id) => !left.has(id));
      },
    );
  }

  async function restoreMany(plural: string, ids: readonly string[]): Promise<TwentyRecord[]> {
    const restore = (segments: string[]) =>
      bulkWrite(
        { method: 'PATCH', segments, searchParams: new URLSearchParams({ filter: idFilter(ids), ...DEPTH_0 }), read: (body) => readPage(body, '').records },
        () => rowsIn(plural, ids, 'deletedAt[is]:NULL'),
      );
    try {
      return await restore([plural, 'restore']);
    } catch (error) {
      // G2 reads `restore` as an id here (400 `'restore' is not a valid UUID`)
      // and restores at `/rest/restore/{plural}` (contract §1.1, §9): nothing ran.
      if (!(error instanceof TwentyApiError && error.status === 400 && error.messages.some((message) => message.startsWith("'restore' is not a valid UUID")))) {
        throw error;
      }
    }
    return restore(['restore', plural]);
  }

  return {
    updateMany: (plural, ids, data) =>
      // The same patch applied twice leaves the same rows: a repeat's answer
      // is exact, and no read can tell an unclear one (no read-back).
      settle('PATCH', [plural], {
        attempt: () =>
          requireResult({
            method: 'PATCH',
            segments: [plural],
            json: data,
            searchParams: new URLSearchParams({ filter: idFilter(ids), ...DEPTH_0 }),
            read: (body) => readPage(body, '').records,
          }),
      }),
    deleteMany,
    restoreMany,
    async findDuplicates(plural, request) {
      const json = 'ids' in request ? { ids: request.ids } : { data: request.data };
      try {
        return await requireResult({ method: 'POST', segments: [plural, 'duplicates'], json, searchParams: new URLSearchParams(DEPTH_0), read: readDuplicates });
      } catch (error) {
        // A read sent as a POST: its failure changed nothing worth reporting as a write.
        throw error instanceof TwentyApiError ? asReadFailure(error) : error;
      }
    },
    mergeMany(plural, request) {
      const call: UpstreamCall<TwentyRecord> = {
        method: 'PATCH',
        segments: [plural, 'merge'],
        json: { ids: request.ids, conflictPriorityIndex: request.conflictPriorityIndex, dryRun: request.dryRun },
        searchParams: new URLSearchParams(DEPTH_0),
        read: requireRecord,
      };
      if (request.dryRun) {
        return settle(call.method, call.segments, { attempt: () => requireResult(call) });
      }
      const keptId = request.ids[request.conflictPriorityIndex];
      invariant(keptId !== undefined, 'a merge names no kept record');
      return settle(call.method, call.segments, {
        attempt: () => requireResult(call),
        // A repeat of a merge that landed finds the others gone (404): merged
        // when the kept record is live and the others are nowhere, trash included.
        readBack: async () => {
          const left = await rowsIn(plural, request.ids, ANY_STATE);
          const kept = left.find((record) => record.id === keptId);
          const merged = left.length === 1 && kept !== undefined && (kept['deletedAt'] === null || kept['deletedAt'] === undefined);
          return merged ? kept : null;
        },
      });
    },
  };
}

// Contract §2.1: `{data: [{<singular>Duplicates: [...], totalCount, pageInfo}, …]}`.
function readDuplicates(body: unknown): Array<TwentyPage<TwentyRecord>> {
  const data = isPlainObject(body) ? body['data'] : undefined;
  if (!Array.isArray(data)) {
    throw new EnvelopeError('no list of duplicate lookups under "data"');
  }
  return data.map((entry: unknown) => {
    if (!isPlainObject(entry)) {
      throw new EnvelopeError('a duplicate lookup is not an object');
    }
    const lists = Object.entries(entry).filter(([key, value]) => key.endsWith('Duplicates') && Array.isArray(value));
    const records = lists.length === 1 ? (lists[0]?.[1] as unknown[]) : undefined;
    if (records === undefined || !records.every(isRecord)) {
      throw new EnvelopeError('a duplicate lookup has no single list of records');
    }
    const pageInfo = isPlainObject(entry['pageInfo']) ? entry['pageInfo'] : {};
    return {
      records,
      totalCount: typeof entry['totalCount'] === 'number' ? entry['totalCount'] : records.length,
      pageInfo: {
        hasNextPage: pageInfo['hasNextPage'] === true,
        hasPreviousPage: pageInfo['hasPreviousPage'] === true,
        startCursor: typeof pageInfo['startCursor'] === 'string' ? pageInfo['startCursor'] : null,
        endCursor: typeof pageInfo['endCursor'] === 'string' ? pageInfo['endCursor'] : null,
      },
    };
  });
}

function asReadFailure(error: TwentyApiError): TwentyApiError {
  return new TwentyApiError({
    kind: error.kind,
    method: error.method,
    path: error.path,
    messages: error.messages,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.upstreamError === undefined ? {} : { upstreamError: error.upstreamError }),
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    ...(error.detail === undefined ? {} : { detail: error.detail }),
  });
}
