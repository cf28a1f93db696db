import DataLoader from 'dataloader';

import type { TwentyClient } from '../twenty/createTwentyClient.js';
import type { TwentyRecord } from '../twenty/types.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';

/** Per-request loaders. Never share them between requests or credentials. */
export interface Loaders {
  /** Records of one object by id; null for an id Twenty does not have (or has in the trash). */
  recordById(plural: string): DataLoader<string, TwentyRecord | null>;
}

/**
 * Creates the loaders of one request. Loads of the same object in one tick
 * become one upstream request per `pageCap` ids; identical ids are fetched once.
 */
export function createLoaders(twenty: TwentyClient, pageCap: number): Loaders {
  const byPlural = new Map<string, DataLoader<string, TwentyRecord | null>>();
  return {
    recordById(plural) {
      let loader = byPlural.get(plural);
      if (!loader) {
        loader = createRecordByIdLoader(twenty, plural, pageCap);
        byPlural.set(plural, loader);
      }
      return loader;
    },
  };
}

function createRecordByIdLoader(twenty: TwentyClient, plural: string, pageCap: number) {
  return new DataLoader<string, TwentyRecord | null>(
    async (ids) => {
      // Ids go into the filter unquoted. They come from Twenty records or from
      // arguments the UUID scalar already checked, so anything else is our bug.
      invariant(ids.every(isUuid), `recordById(${plural}) received a non-UUID id`);
      const page = await twenty.findMany(plural, { filter: `id[in]:[${ids.join(',')}]`, limit: ids.length });
      const byId = new Map(page.records.map((record) => [record.id, record]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    // Twenty clamps `limit` silently (contract §4.2): a batch larger than the
    // page cap would lose rows without an error.
    { maxBatchSize: pageCap },
  );
}
