import type { TwentyClient } from '../twenty/createTwentyClient.js';
import type { TwentyRecord } from '../twenty/types.js';
import { compileFilterOrThrow, type FilterInput } from '../translate/compileFilter.js';
import { compileOrderBy, type OrderByInput, reverseOrderBy } from '../translate/compileOrderBy.js';
import type { ObjectFieldSpecs } from '../translate/fieldSpecs.js';
import { toConnection, toPagePlan } from '../translate/pagination.js';

/** Connection arguments as GraphQL passes them. */
export interface ConnectionArgs {
  filter?: FilterInput | null;
  orderBy?: ReadonlyArray<OrderByInput> | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Page-size limits of the GraphQL API. */
export interface PagingOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

/** The object a connection lists: its REST plural and filter/order field tables. */
export interface ConnectionTarget {
  plural: string;
  filterFields: ObjectFieldSpecs;
  orderFields: ObjectFieldSpecs;
}

/**
 * Answers a Relay connection over one Twenty object: validates and compiles
 * every argument first (BAD_USER_INPUT before any upstream call), then reads
 * as many upstream pages as `first`/`last` need.
 */
export async function loadConnection(
  twenty: TwentyClient,
  target: ConnectionTarget,
  args: ConnectionArgs,
  paging: PagingOptions,
) {
  const filter = compileFilterOrThrow(args.filter, target.filterFields, ['filter']);
  const orderBy = compileOrderBy(args.orderBy ? [...args.orderBy] : undefined, target.orderFields, ['orderBy']);
  const plan = toPagePlan(args, paging, orderBy, []);
  if (!plan.tail) {
    const page = await twenty.findPages(target.plural, {
      filter,
      orderBy: orderBy.text,
      direction: plan.direction,
      cursor: plan.cursor,
      count: plan.count,
    });
    return toConnection<TwentyRecord>(page, plan, orderBy);
  }
  // `last` without `before`: Twenty can only page backward from a cursor, so
  // read the reversed order forward and turn the rows around (contract §4.3).
  const reversed = await twenty.findPages(target.plural, {
    filter,
    orderBy: reverseOrderBy(orderBy.items).text,
    direction: 'forward',
    count: plan.count,
  });
  return toConnection<TwentyRecord>(
    {
      records: [...reversed.records].reverse(),
      totalCount: reversed.totalCount,
      pageInfo: {
        ...reversed.pageInfo,
        startCursor: reversed.pageInfo.endCursor,
        endCursor: reversed.pageInfo.startCursor,
      },
    },
    plan,
    orderBy,
  );
}
