import type { Resolvers } from '../__generated__/resolvers.js';
import type { Context } from '../context.js';
import type { ObjectRegistry } from '../schema/objectRegistry.js';
import { readSearchTargets } from '../schema/searchTargets.js';
import { SEARCH_RECORD_UNION } from '../schema/searchSdl.js';
import { compileSearchOrThrow, type SearchArgs } from '../translate/compileSearch.js';
import { rankSearchHits, type SearchHitValue, type SearchPage } from '../translate/rankSearchHits.js';
import type { ArgumentCheck } from './argumentChecks.js';

/** What `Query.search` returns (schema/search.graphql `SearchResult`). */
export interface SearchResultValue {
  hits: SearchHitValue[];
  totalCount: number;
  counts: Array<{ objectName: string; totalCount: number }>;
}

// The GraphQL type of each record a search returned, for the union's
// __resolveType, which sees the record alone. Records of one object are only
// ever of its type, so a record met twice (a shared cache entry) agrees.
const typeOfRecord = new WeakMap<object, string>();

/**
 * `Query.search` over the objects the SDL marks `@searchable`: one filtered
 * read of SEARCH_CANDIDATES records per object, all sent at once, ranked and
 * merged (translate/compileSearch.ts, rankSearchHits.ts). A failed read fails
 * the whole field, with that read's error. Also resolves `SearchRecord`.
 */
export function createSearchResolvers(registry: ObjectRegistry, typeDefs: readonly string[]): Resolvers {
  const targets = readSearchTargets(typeDefs, registry);
  const search = async (_parent: unknown, args: SearchArgs, context: Context): Promise<SearchResultValue> => {
    const plan = compileSearchOrThrow(args, targets);
    const pages = await Promise.all(
      plan.requests.map(async (request): Promise<SearchPage> => {
        const page = await context.twenty.findPages(request.target.plural, {
          filter: request.filter,
          ...(request.orderBy === undefined ? {} : { orderBy: request.orderBy }),
          direction: 'forward',
          count: request.count,
        });
        return { request, records: page.records, totalCount: page.totalCount };
      }),
    );
    const hits = rankSearchHits(plan, pages);
    for (const hit of hits) {
      typeOfRecord.set(hit.record, hit.typeName);
    }
    return {
      hits,
      totalCount: pages.reduce((sum, page) => sum + page.totalCount, 0),
      counts: pages.map((page) => ({ objectName: page.request.target.objectName, totalCount: page.totalCount })),
    };
  };
  return {
    Query: { search },
    // The union exists when some object is searchable (schema/searchSdl.ts).
    ...(targets.length > 0 ? { [SEARCH_RECORD_UNION]: { __resolveType: (record: object) => typeOfRecord.get(record) ?? null } } : {}),
  } as Resolvers;
}

/** The pre-execution check of `search`'s arguments: BAD_USER_INPUT before any upstream call. */
export function searchArgumentChecks(registry: ObjectRegistry, typeDefs: readonly string[]): Map<string, ArgumentCheck> {
  const targets = readSearchTargets(typeDefs, registry);
  return new Map([['Query.search', (args: Record<string, unknown>) => void compileSearchOrThrow(args, targets)]]);
}
