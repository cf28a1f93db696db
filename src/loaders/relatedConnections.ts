import DataLoader from 'dataloader';

import type { TwentyClient, TwentyFindManyQuery } from '../twenty/createTwentyClient.js';
import {
  andFilter,
  type CompiledConnection,
  type ConnectionTarget,
  type RecordConnection,
  sliceConnection,
} from '../translate/compileConnection.js';
import { MATCHES_NOTHING } from '../translate/compileFilter.js';
import type { TwentyRecord } from '../twenty/types.js';
import { invariant } from '../utils/invariant.js';
import { isUuid } from '../utils/isUuid.js';
import { fetchConnection } from './fetchConnection.js';

/** One-to-many: the `child` rows whose `foreignKey` join column holds the parent's id (`people.companyId`). */
export interface ForeignKeyRelation {
  kind: 'foreignKey';
  child: ConnectionTarget;
  foreignKey: string;
}

/**
 * Through a target object: the `child` records named by `joinColumn` on the
 * `through` rows whose `foreignKey` holds the parent's id (a company's notes:
 * `noteTargets.companyId` → `noteTargets.noteId` → `notes`).
 */
export interface ThroughRelation {
  kind: 'through';
  child: ConnectionTarget;
  through: string;
  foreignKey: string;
  joinColumn: string;
}

/** A relation whose value for one parent is a connection. */
export type ChildRelation = ForeignKeyRelation | ThroughRelation;

/** Bounds of the batched reads. */
export interface RelationLimits {
  /** Largest `limit` the upstream honours. */
  pageCap: number;
  /** Largest `[in]` list sent (ids travel in the URL). */
  idsPerRequest: number;
  /** Most rows one batched read may fetch before each parent is read on its own. */
  maxRows: number;
}

/**
 * Creates the loader of one relation with one set of compiled arguments,
 * keyed by parent id. Parents loaded in the same tick share one upstream
 * request series (`foreignKey[in]:[…]`, at most `pageCap` parents each),
 * whose rows are sliced per parent; with a cursor, a single parent, or more
 * rows than the limits allow, each parent gets its own request.
 */
export function createRelatedConnectionLoader(
  twenty: TwentyClient,
  relation: ChildRelation,
  compiled: CompiledConnection,
  limits: RelationLimits,
  schedule: (dispatch: () => void) => void,
): DataLoader<string, RecordConnection> {
  const perParent = (parentIds: readonly string[]) =>
    Promise.all(parentIds.map((parentId) => loadOneParent(twenty, relation, compiled, limits, parentId)));
  return new DataLoader<string, RecordConnection>(
    async (parentIds) => {
      // Ids go into filters unquoted; they come from Twenty records.
      invariant(parentIds.every(isUuid), `relation ${relationKey(relation)} received a non-UUID parent id`);
      // A cursor belongs to one parent's list; one parent costs the same
      // either way, and its own request gives Twenty's exact totalCount.
      if (compiled.filter === MATCHES_NOTHING) {
        return parentIds.map(() => sliceConnection([], compiled));
      }
      if (compiled.plan.cursor !== undefined || parentIds.length === 1) {
        return perParent(parentIds);
      }
      const batched =
        relation.kind === 'foreignKey'
          ? await loadByForeignKey(twenty, relation, compiled, limits, parentIds)
          : await loadThrough(twenty, relation, compiled, limits, parentIds);
      return batched ?? perParent(parentIds);
    },
    { maxBatchSize: limits.idsPerRequest, batchScheduleFn: schedule },
  );
}

/** A stable text naming a relation, for cache keys and messages. */
export function relationKey(relation: ChildRelation): string {
  return relation.kind === 'foreignKey'
    ? `${relation.child.plural}.${relation.foreignKey}`
    : `${relation.through}.${relation.foreignKey}.${relation.joinColumn}>${relation.child.plural}`;
}

async function loadByForeignKey(
  twenty: TwentyClient,
  relation: ForeignKeyRelation,
  compiled: CompiledConnection,
  limits: RelationLimits,
  parentIds: readonly string[],
): Promise<RecordConnection[] | undefined> {
  const rows = await readAllRows(
    twenty,
    relation.child.plural,
    {
      filter: andFilter(`${relation.foreignKey}[in]:[${parentIds.join(',')}]`, compiled.filter),
      ...orderByQuery(compiled),
    },
    limits.pageCap,
    giveUpPast(limits, parentIds.length * requestsPerParentPage(compiled, limits)),
  );
  if (rows === undefined) {
    return undefined;
  }
  // Rows arrive in the requested order, so each parent's group keeps it.
  const byParent = groupBy(rows, (row) => stringValue(row[relation.foreignKey]));
  return parentIds.map((parentId) => sliceConnection(byParent.get(parentId) ?? [], compiled));
}

async function loadThrough(
  twenty: TwentyClient,
  relation: ThroughRelation,
  compiled: CompiledConnection,
  limits: RelationLimits,
  parentIds: readonly string[],
): Promise<RecordConnection[] | undefined> {
  const targets = await readAllRows(
    twenty,
    relation.through,
    { filter: `${relation.foreignKey}[in]:[${parentIds.join(',')}]` },
    limits.pageCap,
    // Per parent: its targets, then its children.
    giveUpPast(limits, parentIds.length * (1 + requestsPerParentPage(compiled, limits))),
  );
  if (targets === undefined) {
    return undefined;
  }
  const childIdsByParent = new Map(parentIds.map((parentId) => [parentId, childIdsOf(targets, relation, parentId)]));
  const allChildIds = [...new Set([...childIdsByParent.values()].flat())];
  if (allChildIds.length > limits.idsPerRequest) {
    // One `id[in]` list per page cap would give one ordered list per chunk,
    // and Twenty's order (collation, null placement) cannot be merged here.
    return Promise.all(
      parentIds.map((parentId) => loadThroughChildren(twenty, relation, compiled, limits, parentId, childIdsByParent.get(parentId) ?? [])),
    );
  }
  const children =
    allChildIds.length === 0
      ? []
      : await readAllRows(
          twenty,
          relation.child.plural,
          { filter: andFilter(`id[in]:[${allChildIds.join(',')}]`, compiled.filter), ...orderByQuery(compiled) },
          limits.pageCap,
        );
  return parentIds.map((parentId) => {
    const mine = new Set(childIdsByParent.get(parentId));
    return sliceConnection(
      children.filter((child) => mine.has(child.id)),
      compiled,
    );
  });
}

async function loadOneParent(
  twenty: TwentyClient,
  relation: ChildRelation,
  compiled: CompiledConnection,
  limits: RelationLimits,
  parentId: string,
): Promise<RecordConnection> {
  if (relation.kind === 'foreignKey') {
    return fetchConnection(twenty, relation.child.plural, {
      ...compiled,
      filter: andFilter(`${relation.foreignKey}[eq]:${parentId}`, compiled.filter),
    });
  }
  // One page of targets tells whether the ids fit in one request; past that,
  // reading every target page would only be thrown away.
  const targets = await twenty.findMany(relation.through, { filter: `${relation.foreignKey}[eq]:${parentId}`, limit: limits.pageCap });
  const childIds = targets.pageInfo.hasNextPage ? undefined : childIdsOf(targets.records, relation, parentId);
  return loadThroughChildren(twenty, relation, compiled, limits, parentId, childIds);
}

async function loadThroughChildren(
  twenty: TwentyClient,
  relation: ThroughRelation,
  compiled: CompiledConnection,
  limits: RelationLimits,
  parentId: string,
  /** The children's ids, or undefined when there are more targets than one page. */
  childIds: readonly string[] | undefined,
): Promise<RecordConnection> {
  if (childIds?.length === 0) {
    return sliceConnection([], compiled);
  }
  // Past idsPerRequest an id list would make the URL too long for proxies in
  // front of Twenty; the one-hop relation filter (contract §3.2, newest
  // Twenty only) selects the same children without listing them.
  const condition =
    childIds !== undefined && childIds.length <= limits.idsPerRequest
      ? `id[in]:[${childIds.join(',')}]`
      : `${relation.through}.${relation.foreignKey}[eq]:${parentId}`;
  return fetchConnection(twenty, relation.child.plural, { ...compiled, filter: andFilter(condition, compiled.filter) });
}

type RowQuery = Pick<TwentyFindManyQuery, 'filter' | 'orderBy'>;

// Reads every row of a query, following pages. With `giveUp`, it is asked
// after the first page (which tells the total) whether the rest is worth
// reading; undefined means it was not.
function readAllRows(twenty: TwentyClient, plural: string, query: RowQuery, pageCap: number): Promise<TwentyRecord[]>;
function readAllRows(
  twenty: TwentyClient,
  plural: string,
  query: RowQuery,
  pageCap: number,
  giveUp: (totalCount: number, remainingRequests: number) => boolean,
): Promise<TwentyRecord[] | undefined>;
async function readAllRows(
  twenty: TwentyClient,
  plural: string,
  query: RowQuery,
  pageCap: number,
  giveUp?: (totalCount: number, remainingRequests: number) => boolean,
): Promise<TwentyRecord[] | undefined> {
  const first = await twenty.findMany(plural, { ...query, limit: pageCap });
  const remaining = first.totalCount - first.records.length;
  if (!first.pageInfo.hasNextPage || remaining <= 0 || first.pageInfo.endCursor === null) {
    return first.records;
  }
  if (giveUp?.(first.totalCount, Math.ceil(remaining / pageCap))) {
    return undefined;
  }
  const rest = await twenty.findPages(plural, {
    ...query,
    direction: 'forward',
    cursor: first.pageInfo.endCursor,
    count: remaining,
  });
  return [...first.records, ...rest.records];
}

// Batching stops paying when the rows pass `maxRows` or the remaining pages
// cost more requests than reading each parent on its own.
function giveUpPast(limits: RelationLimits, perParentRequests: number) {
  return (totalCount: number, remainingRequests: number) =>
    totalCount > limits.maxRows || remainingRequests > perParentRequests;
}

function requestsPerParentPage(compiled: CompiledConnection, limits: RelationLimits): number {
  return Math.max(1, Math.ceil(compiled.plan.count / limits.pageCap));
}

function orderByQuery(compiled: CompiledConnection): Pick<TwentyFindManyQuery, 'orderBy'> {
  return compiled.orderBy.text === undefined ? {} : { orderBy: compiled.orderBy.text };
}

function childIdsOf(targets: readonly TwentyRecord[], relation: ThroughRelation, parentId: string): string[] {
  const ids = targets
    .filter((target) => target[relation.foreignKey] === parentId)
    .map((target) => stringValue(target[relation.joinColumn]))
    .filter((id): id is string => id !== undefined && isUuid(id));
  return [...new Set(ids)];
}

function groupBy(rows: readonly TwentyRecord[], keyOf: (row: TwentyRecord) => string | undefined): Map<string, TwentyRecord[]> {
  const groups = new Map<string, TwentyRecord[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) {
      continue;
    }
    const group = groups.get(key);
    if (group) {
      group.push(row);
    } else {
      groups.set(key, [row]);
    }
  }
  return groups;
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
