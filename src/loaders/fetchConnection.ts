import { MATCHES_NOTHING } from '../translate/compileFilter.js';
import { reverseOrderBy } from '../translate/compileOrderBy.js';
import { type CompiledConnection, type RecordConnection, sliceConnection } from '../translate/compileConnection.js';
import { toConnection } from '../translate/pagination.js';
import type { TwentyClient } from '../twenty/createTwentyClient.js';
import type { TwentyRecord } from '../twenty/types.js';
import { invariant } from '../utils/invariant.js';

/**
 * Reads the connection `compiled` describes from `plural`, following as many
 * upstream pages as the plan's count needs.
 */
export async function fetchConnection(twenty: TwentyClient, plural: string, compiled: CompiledConnection): Promise<RecordConnection> {
  invariant(compiled.relations === undefined, `fetchConnection(${plural}) was given a relation filter before it took a form`);
  const { filter, orderBy, plan } = compiled;
  if (filter === MATCHES_NOTHING) {
    // Known empty without asking: upstream calls are what Twenty rate-limits.
    return sliceConnection([], compiled);
  }
  if (!plan.tail) {
    const page = await twenty.findPages(plural, {
      ...(filter === undefined ? {} : { filter }),
      ...(orderBy.text === undefined ? {} : { orderBy: orderBy.text }),
      direction: plan.direction,
      ...(plan.cursor === undefined ? {} : { cursor: plan.cursor }),
      count: plan.count,
    });
    return toConnection<TwentyRecord>(page, plan, orderBy);
  }
  // `last` without `before`: Twenty can only page backward from a cursor, so
  // read the reversed order forward and turn the rows around (contract §4.3).
  const reversedOrder = reverseOrderBy(orderBy.items).text;
  const reversed = await twenty.findPages(plural, {
    ...(filter === undefined ? {} : { filter }),
    ...(reversedOrder === undefined ? {} : { orderBy: reversedOrder }),
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
