import type { TwentyPage, TwentyRecord } from '../twenty/types.js';
import type { CompiledOrderBy } from './compileOrderBy.js';
import { assertCursorOrThrow, encodeCursor } from './cursor.js';
import { type ArgumentPath, badUserInput, printArgumentPath } from './userInputError.js';

/** Relay connection arguments; null means absent, as in GraphQL. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Page sizes of the GraphQL API: used without first/last, and the largest allowed. */
export interface PageSizeLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/**
 * How to read one connection page from Twenty: `count` rows from `cursor` in
 * `direction`, or with `tail` the last `count` rows (read as the first rows
 * of the reversed order, since Twenty pages backward only from a cursor).
 */
export interface PagePlan {
  tail: boolean;
  direction: 'forward' | 'backward';
  cursor?: string;
  count: number;
}

/** One Relay edge: the record and Twenty's own cursor for it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** Relay page information. */
export interface ConnectionPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection as the SDL's `<Type>Connection` declares it. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: ConnectionPageInfo;
  totalCount: number;
}

/**
 * Plans the Twenty read for first/after/last/before (Relay over contract
 * §4.3); neither first nor last means `first: defaultPageSize`. Throws
 * BAD_USER_INPUT for conflicting arguments, a count that is negative, not an
 * integer or above maxPageSize, and a cursor not issued for this orderBy.
 */
export function toPagePlan(
  args: PageArgs,
  paging: PageSizeLimits,
  orderBy: CompiledOrderBy,
  argumentPath: ArgumentPath,
): PagePlan {
  const at = (name: string) => [...argumentPath, name];
  const { first, after, last, before } = {
    first: args.first ?? undefined,
    after: args.after ?? undefined,
    last: args.last ?? undefined,
    before: args.before ?? undefined,
  };
  refuseTogether(first, 'first', last, 'last', at);
  refuseTogether(after, 'after', before, 'before', at);
  refuseTogether(first, 'first', before, 'before', at);
  refuseTogether(last, 'last', after, 'after', at);
  const backward = last !== undefined || before !== undefined;
  const count = countOrThrow(backward ? last : first, paging, at(backward ? 'last' : 'first'));
  if (!backward) {
    return after === undefined
      ? { tail: false, direction: 'forward', count }
      : { tail: false, direction: 'forward', cursor: assertCursorOrThrow(after, orderBy.items, at('after')), count };
  }
  return before === undefined
    ? { tail: true, direction: 'backward', count }
    : { tail: false, direction: 'backward', cursor: assertCursorOrThrow(before, orderBy.items, at('before')), count };
}

/**
 * Turns the Twenty page read for `plan` into a Relay connection: one edge per
 * record with Twenty's cursor under `orderBy`, honest pageInfo for the
 * direction read, and Twenty's totalCount. In tail mode `page` holds the rows
 * in final order and `pageInfo.hasNextPage` says whether more rows preceded them.
 */
export function toConnection<T extends TwentyRecord>(
  page: TwentyPage<T>,
  plan: PagePlan,
  orderBy: CompiledOrderBy,
): Connection<T> {
  const edges = page.records.map((node) => ({ cursor: encodeCursor(node, orderBy.items), node }));
  // Twenty reports only the direction it read (contract §4.3: hasPreviousPage
  // is false on every forward page): the other side is known from the cursor.
  const pageInfo = plan.tail
    ? { hasNextPage: false, hasPreviousPage: page.pageInfo.hasNextPage }
    : plan.direction === 'forward'
      ? { hasNextPage: page.pageInfo.hasNextPage, hasPreviousPage: plan.cursor !== undefined }
      : { hasNextPage: plan.cursor !== undefined, hasPreviousPage: page.pageInfo.hasPreviousPage };
  return {
    edges,
    pageInfo: {
      ...pageInfo,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

function refuseTogether(
  one: unknown,
  oneName: string,
  other: unknown,
  otherName: string,
  at: (name: string) => ArgumentPath,
): void {
  if (one !== undefined && other !== undefined) {
    throw badUserInput(
      `"${printArgumentPath(at(otherName))}" cannot be used with "${printArgumentPath(at(oneName))}": page forward with first/after or backward with last/before.`,
      at(otherName),
    );
  }
}

function countOrThrow(count: number | undefined, paging: PageSizeLimits, at: ArgumentPath): number {
  if (count === undefined) {
    return paging.defaultPageSize;
  }
  if (!Number.isInteger(count) || count < 0) {
    throw badUserInput(`"${printArgumentPath(at)}" must be a non-negative integer, found ${count}.`, at);
  }
  if (count > paging.maxPageSize) {
    throw badUserInput(`"${printArgumentPath(at)}" must be at most ${paging.maxPageSize}, found ${count}.`, at);
  }
  return count;
}
