import { type AggregateDefinition, computeGroups, type DimensionValueType, type GroupDimension } from '../model/groupBy.js';
import { MATCHES_NOTHING } from '../translate/compileFilter.js';
import type { CompiledGroupBy, GroupKeyKind } from '../translate/compileGroupBy.js';
import type { TwentyClient } from '../twenty/createTwentyClient.js';
import { TwentyApiError } from '../twenty/TwentyApiError.js';
import type { TwentyGroup, TwentyRecord } from '../twenty/types.js';

/** What a groupBy needs besides its compiled arguments when Twenty has no groupBy route. */
export interface GroupByFallback {
  /** Twenty's definition of each aggregate, by Twenty name. */
  definitions: ReadonlyMap<string, AggregateDefinition>;
  /** Most records read to compute it (`BFF_AGGREGATE_MAX_RECORDS`). */
  maxRecords: number;
  /** Largest `limit` the upstream honours. */
  pageCap: number;
}

/** Groups in Twenty's wire format, where they came from, and what they cost. */
export interface GroupByOutcome {
  groups: TwentyGroup[];
  source: 'GROUP_BY_ROUTE' | 'RECORDS';
  /** Client calls made (each one request; the transport's retries not counted). */
  upstreamRequests: number;
  recordsRead: number;
}

/**
 * The most requests a groupBy makes without Twenty's route: pages of
 * `pageCap` records up to `maxRecords` (at least one, which tells how many
 * match). The cost estimate counts the same.
 */
export function fallbackPages(maxRecords: number, pageCap: number): number {
  return Math.max(1, Math.ceil(maxRecords / pageCap));
}

/**
 * Answers a compiled groupBy with one `GET /rest/{plural}/groupBy`; on a
 * Twenty without that route (known, or told by its answer), reads the
 * matching records and computes the same groups with Twenty's rules
 * (src/model/groupBy.ts), one more group than `limit` either way. A filter
 * that matches nothing is answered without asking. Rejects with a
 * TwentyApiError of kind `cost` (COST_ACTUAL_TOO_EXPENSIVE) when more than
 * `maxRecords` records match, after reading how many.
 */
export async function fetchGroupBy(twenty: TwentyClient, plural: string, compiled: CompiledGroupBy, fallback: GroupByFallback): Promise<GroupByOutcome> {
  if (compiled.filter === MATCHES_NOTHING) {
    return { groups: computeLocally([], compiled, fallback), source: 'RECORDS', upstreamRequests: 0, recordsRead: 0 };
  }
  const answer = await twenty.groupBy(plural, compiled.params);
  if (answer.served) {
    return { groups: answer.groups, source: 'GROUP_BY_ROUTE', upstreamRequests: 1, recordsRead: 0 };
  }
  const { records, requests } = await readMatches(twenty, plural, compiled, fallback);
  return {
    groups: computeLocally(records, compiled, fallback),
    source: 'RECORDS',
    upstreamRequests: (answer.asked ? 1 : 0) + requests,
    recordsRead: records.length,
  };
}

// Every matching record, page after page, in the order of the groups'
// records (by id without one): the first page says how many match, and more
// than maxRecords is refused before reading on.
async function readMatches(
  twenty: TwentyClient,
  plural: string,
  compiled: CompiledGroupBy,
  fallback: GroupByFallback,
): Promise<{ records: TwentyRecord[]; requests: number }> {
  const maxPages = fallbackPages(fallback.maxRecords, fallback.pageCap);
  const orderBy = compiled.records?.orderBy;
  const withFilter = {
    ...(compiled.filter === undefined ? {} : { filter: compiled.filter }),
    ...(orderBy === undefined ? {} : { orderBy }),
  };
  let page = await twenty.findMany(plural, { ...withFilter, limit: fallback.pageCap });
  let requests = 1;
  if (page.totalCount > fallback.maxRecords) {
    throw new TwentyApiError({
      kind: 'cost',
      method: 'GET',
      path: `/rest/${plural}`,
      detail:
        `this Twenty has no groupBy route, and computing the groups means reading the ${page.totalCount} matching ${plural} ` +
        `(${Math.ceil(page.totalCount / fallback.pageCap)} requests), more than the ${fallback.maxRecords} records BFF_AGGREGATE_MAX_RECORDS allows; ` +
        'narrow the filter, or upgrade Twenty',
    });
  }
  const records = [...page.records];
  const seen = new Set<string>();
  while (page.pageInfo.hasNextPage && requests < maxPages && page.records.length > 0) {
    const cursor = page.pageInfo.endCursor;
    // A cursor that does not move would read the same page forever.
    if (cursor === null || seen.has(cursor)) {
      break;
    }
    seen.add(cursor);
    page = await twenty.findMany(plural, { ...withFilter, limit: fallback.pageCap, startingAfter: cursor });
    requests += 1;
    records.push(...page.records);
  }
  return { records, requests };
}

function computeLocally(records: readonly TwentyRecord[], compiled: CompiledGroupBy, fallback: GroupByFallback): TwentyGroup[] {
  const dimensions: GroupDimension[] = compiled.dimensions.map((dimension) => ({
    read: (record) => record[dimension.field.name],
    valueType: VALUE_TYPES[dimension.field.keyKind],
    ...(dimension.granularity === undefined ? {} : { granularity: dimension.granularity as GroupDimension['granularity'] & string }),
    ...(dimension.timeZone === undefined ? {} : { timeZone: dimension.timeZone }),
    ...(dimension.weekStartDay === undefined ? {} : { weekStartDay: dimension.weekStartDay as GroupDimension['weekStartDay'] & string }),
  }));
  const aggregates = new Map<string, AggregateDefinition>();
  for (const name of compiled.aggregates) {
    const definition = fallback.definitions.get(name);
    if (definition !== undefined) {
      aggregates.set(name, definition);
    }
  }
  // Records were read in the order of each group's sample.
  const arrival = new Map(records.map((record, index) => [record, index]));
  // The order and the cut compileGroupBy asks Twenty for: values ascending,
  // empty ones last, one group more than the client's limit.
  return computeGroups(records, {
    dimensions,
    aggregates,
    orderBy: dimensions.map((_dimension, index) => ({ dimension: index, direction: 'AscNullsLast' as const })),
    limit: compiled.limit + 1,
    ...(compiled.records === undefined
      ? {}
      : { recordsSample: { compare: (a: TwentyRecord, b: TwentyRecord) => (arrival.get(a) ?? 0) - (arrival.get(b) ?? 0), project: (record: TwentyRecord) => record } }),
  });
}

// The Postgres type of each kind of group key, which decides its value and order.
const VALUE_TYPES: Readonly<Record<GroupKeyKind, DimensionValueType>> = {
  enum: 'text',
  text: 'text',
  boolean: 'boolean',
  float: 'float',
  uuid: 'uuid',
  date: 'timestamptz',
};
