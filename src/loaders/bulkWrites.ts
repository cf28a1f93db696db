import type { TwentyBulkClient } from '../twenty/bulkClient.js';
import type { TwentyRecord } from '../twenty/types.js';

/** What the request's loaders learn from a write (createLoaders). */
export interface WriteObservers {
  prime(plural: string, records: readonly TwentyRecord[]): void;
  /** `outcome`: the record written, null when gone, undefined when unknown. */
  afterWrite(plural: string, id: string | undefined, outcome?: TwentyRecord | null): void;
  written(plural: string, record: TwentyRecord): TwentyRecord;
}

/**
 * The bulk methods of `twenty`, telling the loaders what they changed: rows
 * written are primed, rows deleted or merged away read as gone, and after a
 * failure every row named is forgotten (it may have changed).
 */
export function bulkWrites(twenty: TwentyBulkClient, { prime, afterWrite, written }: WriteObservers): TwentyBulkClient {
  const settle = async <T>(plural: string, ids: readonly string[], run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      ids.forEach((id) => afterWrite(plural, id));
      afterWrite(plural, undefined);
      throw error;
    }
  };
  return {
    updateMany: (plural, ids, data) =>
      settle(plural, ids, async () => {
        const records = await twenty.updateMany(plural, ids, data);
        records.forEach((record) => written(plural, record));
        return records;
      }),
    deleteMany: (plural, ids, options) =>
      settle(plural, ids, async () => {
        const gone = await twenty.deleteMany(plural, ids, options);
        gone.forEach((id) => afterWrite(plural, id, null));
        return gone;
      }),
    restoreMany: (plural, ids) =>
      settle(plural, ids, async () => {
        const records = await twenty.restoreMany(plural, ids);
        records.forEach((record) => written(plural, record));
        return records;
      }),
    async findDuplicates(plural, request) {
      const pages = await twenty.findDuplicates(plural, request);
      pages.forEach((page) => prime(plural, page.records));
      return pages;
    },
    mergeMany: (plural, request) =>
      request.dryRun
        ? twenty.mergeMany(plural, request)
        : settle(plural, request.ids, async () => {
            const kept = await twenty.mergeMany(plural, request);
            request.ids.filter((id) => id !== kept.id).forEach((id) => afterWrite(plural, id, null));
            return written(plural, kept);
          }),
  };
}
