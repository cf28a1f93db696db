import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RequestLogEntry } from '../../src/sandbox/types.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const COST_HEADER = { 'x-upstream-cost': '1' };

// The pipeline board: a column per stage with its count and total.
const BOARD = /* GraphQL */ `
  query Board {
    opportunitiesGroupBy(groupBy: [{ stage: true }]) {
      groups {
        groupByDimensionValues
        key { stage }
        aggregate { totalCount sumAmountAmount sumAmountAmountMicros avgAmountAmount countEmptyAmount percentageNotEmptyAmount }
      }
      hasMore
      report { source upstreamRequests recordsRead }
    }
    opportunitiesAggregate { totalCount sumAmountAmount countEmptyCloseDate minCloseDate maxCloseDate }
  }
`;

interface Group {
  groupByDimensionValues: Array<string | null>;
  key: Record<string, unknown>;
  aggregate: Record<string, number | string | null>;
}

interface BoardData {
  opportunitiesGroupBy: { groups: Group[]; hasMore: boolean; report: { source: string; upstreamRequests: number; recordsRead: number } };
  opportunitiesAggregate: Record<string, number | string | null>;
}

// The demo workspace's 80 opportunities by stage (seed 42), amounts in dollars.
const STAGE_TOTALS = [
  { stage: 'CUSTOMER', count: 19, sum: 4_917_100, empty: 0 },
  { stage: 'MEETING', count: 12, sum: 1_885_900, empty: 3 },
  { stage: 'NEW', count: 16, sum: 2_721_700, empty: 4 },
  { stage: 'PROPOSAL', count: 19, sum: 3_179_400, empty: 2 },
  { stage: 'SCREENING', count: 14, sum: 3_684_500, empty: 0 },
];

const BOARD_GROUPS = STAGE_TOTALS.map(({ stage, count, sum, empty }) => ({
  groupByDimensionValues: [stage],
  key: { stage },
  aggregate: {
    totalCount: count,
    sumAmountAmount: sum,
    sumAmountAmountMicros: sum * 1_000_000,
    avgAmountAmount: expect.closeTo(sum / (count - empty), 6),
    countEmptyAmount: empty,
    percentageNotEmptyAmount: expect.closeTo((count - empty) / count, 12),
  },
}));

const BOARD_QUERY_PARAMS = {
  group_by: '[{"stage":true}]',
  aggregate: '["totalCount","countEmptyAmount","percentageNotEmptyAmount","sumAmountAmountMicros","avgAmountAmountMicros"]',
  order_by: '[{"stage":"AscNullsLast"}]',
  limit: '51',
};

// The demo opportunities as the sandbox stores them, read without a request.
function opportunityRecords(bff: TestBff): Array<Record<string, unknown>> {
  return bff.sandbox.workspace.findMany('opportunities', { orderBy: [], limit: 10_000, depth: 0 }).records;
}

function requestsOf(log: RequestLogEntry[]) {
  return log.map(({ method, path, query, status }) => ({ method, path, query, status }));
}

describe('aggregates and groupBy on a Twenty with the groupBy route', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('answers the pipeline board with the stage totals, in one request per field', async () => {
    const result = await bff.execute<BoardData>(BOARD, undefined, COST_HEADER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.opportunitiesGroupBy).toEqual({
      groups: BOARD_GROUPS,
      hasMore: false,
      report: { source: 'GROUP_BY_ROUTE', upstreamRequests: 1, recordsRead: 0 },
    });
    const closeDates = opportunityRecords(bff)
      .map((record) => record['closeDate'])
      .filter((date): date is string => typeof date === 'string')
      .sort();
    expect(result.data?.opportunitiesAggregate).toEqual({
      totalCount: 80,
      sumAmountAmount: 16_388_600,
      countEmptyCloseDate: 80 - closeDates.length,
      minCloseDate: closeDates[0],
      maxCloseDate: closeDates[closeDates.length - 1],
    });
    expect(closeDates.length).toBe(75);
    expect(requestsOf(bff.upstream())).toEqual([
      { method: 'GET', path: '/rest/opportunities/groupBy', query: BOARD_QUERY_PARAMS, status: 200 },
      {
        method: 'GET',
        path: '/rest/opportunities/groupBy',
        query: { group_by: '[]', aggregate: '["totalCount","sumAmountAmountMicros","countEmptyCloseDate","minCloseDate","maxCloseDate"]' },
        status: 200,
      },
    ]);
  });

  it('says the same as the records do', async () => {
    const records = opportunityRecords(bff);
    const byStage = new Map<string, { count: number; sum: number; empty: number }>();
    for (const record of records) {
      const totals = byStage.get(String(record['stage'])) ?? { count: 0, sum: 0, empty: 0 };
      const micros = (record['amount'] as { amountMicros: number | null }).amountMicros;
      byStage.set(String(record['stage']), { count: totals.count + 1, sum: totals.sum + (micros ?? 0) / 1_000_000, empty: totals.empty + (micros === null ? 1 : 0) });
    }
    expect([...byStage].map(([stage, totals]) => ({ stage, ...totals })).sort((a, b) => (a.stage < b.stage ? -1 : 1))).toEqual(STAGE_TOTALS);
  });

  it('narrows the groups with the filter and groups close dates by month in a time zone', async () => {
    bff.resetRequests();
    const data = await bff.data<{ opportunitiesGroupBy: { groups: Group[]; hasMore: boolean } }>(/* GraphQL */ `{
      opportunitiesGroupBy(
        groupBy: [{ closeDate: { granularity: MONTH, timeZone: "America/New_York" } }]
        filter: { stage: { in: [NEW, MEETING] } }
        limit: 3
      ) { groups { key { closeDate } aggregate { totalCount } } hasMore }
    }`);
    // The same months, read from the records with Intl's own calendar in New York.
    const months = new Map<string, number>();
    for (const record of opportunityRecords(bff).filter((candidate) => ['NEW', 'MEETING'].includes(String(candidate['stage'])))) {
      const date = record['closeDate'];
      const month = typeof date === 'string' ? `${new Date(date).toLocaleDateString('en-CA', { timeZone: 'America/New_York' }).slice(0, 7)}-01` : 'none';
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const expected = [...months].filter(([month]) => month !== 'none').sort(([a], [b]) => (a < b ? -1 : 1));
    expect(expected.length).toBeGreaterThan(3);
    expect(data.opportunitiesGroupBy).toEqual({
      groups: expected.slice(0, 3).map(([closeDate, totalCount]) => ({ key: { closeDate }, aggregate: { totalCount } })),
      hasMore: true,
    });
    expect(data.opportunitiesGroupBy.groups.map(({ key }) => key['closeDate'])).toEqual(['2025-11-01', '2025-12-01', '2026-01-01']);
    expect(requestsOf(bff.upstream())).toEqual([
      {
        method: 'GET',
        path: '/rest/opportunities/groupBy',
        query: {
          group_by: '[{"closeDate":{"granularity":"MONTH","timeZone":"America/New_York"}}]',
          aggregate: '["totalCount"]',
          order_by: '[{"closeDate":{"orderBy":"AscNullsLast","granularity":"MONTH"}}]',
          filter: 'and(stage[in]:["NEW","MEETING"])',
          limit: '4',
        },
        status: 200,
      },
    ]);
  });

  it('groups by a relation and loads the related records of every group in one request', async () => {
    bff.resetRequests();
    const data = await bff.data<{ opportunitiesGroupBy: { groups: Group[] } }>(/* GraphQL */ `{
      opportunitiesGroupBy(groupBy: [{ companyId: true }], filter: { stage: { eq: CUSTOMER } }, limit: 4) {
        groups { key { companyId company { name } } aggregate { totalCount sumAmountAmount } }
      }
    }`);
    const groups = data.opportunitiesGroupBy.groups;
    expect(groups).toHaveLength(4);
    expect(groups.every((group) => typeof (group.key['company'] as { name: string }).name === 'string')).toBe(true);
    expect(bff.upstream().map(({ path }) => path)).toEqual(['/rest/opportunities/groupBy', '/rest/companies']);
    expect(bff.upstream()[1]?.query['filter']).toBe(`id[in]:[${groups.map((group) => group.key['companyId']).join(',')}]`);
  });

  it('brings each column’s first cards with the board, largest first, and their companies in one more request', async () => {
    bff.resetRequests();
    const data = await bff.data<{ opportunitiesGroupBy: { groups: Array<{ key: { stage: string }; records: Array<{ name: string; amount: { amountMicros: number | null }; company: { name: string } | null }> }> } }>(/* GraphQL */ `{
      opportunitiesGroupBy(groupBy: [{ stage: true }], orderByForRecords: [{ amount: { amountMicros: DescNullsLast } }]) {
        groups { key { stage } records { name amount { amountMicros } company { name } } }
      }
    }`);
    const micros = (record: Record<string, unknown>) => (record['amount'] as { amountMicros: number | null }).amountMicros;
    const expected = STAGE_TOTALS.map(({ stage }) =>
      opportunityRecords(bff)
        .filter((record) => record['stage'] === stage)
        .sort((a, b) => (micros(b) ?? -1) - (micros(a) ?? -1) || (String(a['id']) < String(b['id']) ? -1 : 1))
        .slice(0, 10)
        .map((record) => [record['name'], micros(record)]),
    );
    expect(data.opportunitiesGroupBy.groups.map(({ records }) => records.map(({ name, amount }) => [name, amount.amountMicros]))).toEqual(expected);
    expect(data.opportunitiesGroupBy.groups.flatMap(({ records }) => records).filter((record) => record.company !== null).length).toBeGreaterThan(40);
    expect(requestsOf(bff.upstream()).map(({ path, query }) => [path, query['include_records_sample'], query['order_by_for_records']])).toEqual([
      ['/rest/opportunities/groupBy', 'true', 'amount.amountMicros[DescNullsLast]'],
      ['/rest/companies', undefined, undefined],
    ]);
  });

  it('asks nothing for a filter that matches nothing', async () => {
    bff.resetRequests();
    const data = await bff.data(/* GraphQL */ `{
      opportunitiesAggregate(filter: { stage: { in: [] } }) { totalCount sumAmountAmount }
      opportunitiesGroupBy(groupBy: [{ stage: true }], filter: { id: { in: [] } }) { groups { key { stage } } report { source upstreamRequests recordsRead } }
    }`);
    expect(data).toEqual({
      opportunitiesAggregate: { totalCount: 0, sumAmountAmount: null },
      opportunitiesGroupBy: { groups: [], report: { source: 'RECORDS', upstreamRequests: 0, recordsRead: 0 } },
    });
    expect(bff.upstream()).toEqual([]);
  });

  it.each([
    ['two fields in one entry', '{ opportunitiesGroupBy(groupBy: [{ stage: true, companyId: true }]) { hasMore } }', 'groupBy[0]', 'Expected exactly one field set in each groupBy entry (Twenty groups by one field per entry), got stage, companyId.'],
    ['an empty entry', '{ opportunitiesGroupBy(groupBy: [{}]) { hasMore } }', 'groupBy[0]', 'Expected exactly one field set in each groupBy entry (Twenty groups by one field per entry), got none.'],
    [
      'an unknown time zone',
      '{ opportunitiesGroupBy(groupBy: [{ closeDate: { granularity: DAY, timeZone: "Mars/Olympus" } }]) { hasMore } }',
      'groupBy[0].closeDate.timeZone',
      'Expected an IANA time zone such as "Europe/Paris", got "Mars/Olympus".',
    ],
    ['a limit above 100', '{ opportunitiesGroupBy(groupBy: [{ stage: true }], limit: 101) { hasMore } }', 'limit', 'Expected a limit from 1 to 100, got 101.'],
  ])('refuses %s before any upstream request', async (_title, query, argumentPath, message) => {
    bff.resetRequests();
    const result = await bff.execute(query);
    expect(result.errors?.map(({ message: text, extensions }) => ({ text, code: extensions?.['code'], argumentPath: extensions?.['argumentPath'] }))).toEqual([
      { text: message, code: 'BAD_USER_INPUT', argumentPath },
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('reports a refusal of the route as the route’s, without computing from records', async () => {
    bff.resetRequests();
    bff.sandbox.faults.inject({ status: 400, messages: ['Unidentified field in groupBy: stage'], times: 1, match: { pathPrefix: '/rest/opportunities/groupBy' } });
    const result = await bff.execute('{ opportunitiesGroupBy(groupBy: [{ stage: true }]) { hasMore } }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'Twenty rejected the request: Unidentified field in groupBy: stage',
      extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, method: 'GET', path: '/rest/opportunities/groupBy' } },
    });
    expect(bff.upstream().map(({ path }) => path)).toEqual(['/rest/opportunities/groupBy']);
  });
});

describe('aggregates and groupBy on a Twenty without the groupBy route', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ groupByRoute: false });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('reads the records in pages and computes the same board, then remembers the route is absent', async () => {
    const first = await bff.execute<BoardData>('query Board { opportunitiesGroupBy(groupBy: [{ stage: true }]) { groups { groupByDimensionValues key { stage } aggregate { totalCount sumAmountAmount sumAmountAmountMicros avgAmountAmount countEmptyAmount percentageNotEmptyAmount } } hasMore report { source upstreamRequests recordsRead } } }', undefined, COST_HEADER);
    expect(first.errors).toBeUndefined();
    expect(first.data?.opportunitiesGroupBy).toEqual({
      groups: BOARD_GROUPS,
      hasMore: false,
      report: { source: 'RECORDS', upstreamRequests: 3, recordsRead: 80 },
    });
    // Unknown route: the route, or 1,000 records in pages of 60.
    expect(first.extensions?.['upstream']).toMatchObject({ requests: 3, estimated: 1 + 17 });
    const log = requestsOf(bff.upstream());
    expect(log).toEqual([
      { method: 'GET', path: '/rest/opportunities/groupBy', query: BOARD_QUERY_PARAMS, status: 400 },
      { method: 'GET', path: '/rest/opportunities', query: { limit: '60', depth: '0' }, status: 200 },
      { method: 'GET', path: '/rest/opportunities', query: { limit: '60', starting_after: expect.any(String), depth: '0' }, status: 200 },
    ]);

    bff.resetRequests();
    const second = await bff.execute<BoardData>('{ opportunitiesAggregate { totalCount sumAmountAmount } }', undefined, COST_HEADER);
    expect(second.data?.opportunitiesAggregate).toEqual({ totalCount: 80, sumAmountAmount: 16_388_600 });
    expect(second.extensions?.['upstream']).toMatchObject({ requests: 2, estimated: 17 });
    expect(bff.upstream().map(({ path }) => path)).toEqual(['/rest/opportunities', '/rest/opportunities']);
  });

  it('computes what the route computes, group for group', async () => {
    const query = /* GraphQL */ `{
      opportunitiesGroupBy(
        groupBy: [{ closeDate: { granularity: WEEK, timeZone: "Europe/Paris", weekStartDay: SUNDAY } }, { stage: true }]
        orderByForRecords: [{ name: DescNullsFirst }]
        limit: 100
      ) {
        groups { groupByDimensionValues key { closeDate stage } records { id name } aggregate {
          totalCount countEmptyName countUniqueValuesName percentageEmptyAmount minAmountAmountMicros maxAmountAmount avgAmountAmountMicros minCloseDate maxUpdatedAt countNotEmptyCreatedBy
        } }
        hasMore
      }
      companiesAggregate(filter: { employees: { gte: 100 } }) { totalCount sumEmployees avgEmployees minEmployees maxEmployees countTrueIdealCustomerProfile countFalseIdealCustomerProfile sumAnnualRecurringRevenueAmount }
    }`;
    const withRoute = await startTestBff();
    try {
      const computed = await bff.data(query);
      const answered = await withRoute.data(query);
      expect(computed).toEqual(answered);
      expect((computed as { opportunitiesGroupBy: { groups: unknown[] } }).opportunitiesGroupBy.groups.length).toBeGreaterThan(20);
    } finally {
      await withRoute.close();
    }
  });

  it('refuses with COST_ACTUAL_TOO_EXPENSIVE when more records match than it may read', async () => {
    const strict = await startTestBff({ groupByRoute: false }, { aggregateMaxRecords: 50 });
    try {
      const result = await strict.execute('{ opportunitiesGroupBy(groupBy: [{ stage: true }]) { hasMore } }');
      expect(result.errors?.[0]).toMatchObject({
        message:
          'Not sent to Twenty: this Twenty has no groupBy route, and computing the groups means reading the 80 matching opportunities (2 requests), ' +
          'more than the 50 records BFF_AGGREGATE_MAX_RECORDS allows; narrow the filter, or upgrade Twenty. Ask for fewer records or relations.',
        extensions: { code: 'COST_ACTUAL_TOO_EXPENSIVE' },
      });
      expect(strict.upstream().map(({ path, status }) => [path, status])).toEqual([
        ['/rest/opportunities/groupBy', 400],
        ['/rest/opportunities', 200],
      ]);
      const narrow = await strict.data<{ opportunitiesAggregate: { totalCount: number } }>('{ opportunitiesAggregate(filter: { stage: { eq: NEW } }) { totalCount } }');
      expect(narrow.opportunitiesAggregate.totalCount).toBe(16);
    } finally {
      await strict.close();
    }
  });
});

describe('a groupBy route answered 404 (a gateway without it)', () => {
  it('computes from the records', async () => {
    const bff = await startTestBff({ faults: [{ status: 404, messages: ['Cannot GET /rest/opportunities/groupBy'], error: 'NotFoundException', match: { pathPrefix: '/rest/opportunities/groupBy' } }] });
    try {
      const data = await bff.data<{ opportunitiesGroupBy: { groups: Group[]; report: unknown } }>(
        '{ opportunitiesGroupBy(groupBy: [{ stage: true }]) { groups { key { stage } aggregate { totalCount } } report { source upstreamRequests recordsRead } } }',
      );
      expect(data.opportunitiesGroupBy.groups.map(({ key, aggregate }) => [key['stage'], aggregate['totalCount']])).toEqual(
        STAGE_TOTALS.map(({ stage, count }) => [stage, count]),
      );
      expect(data.opportunitiesGroupBy.report).toEqual({ source: 'RECORDS', upstreamRequests: 3, recordsRead: 80 });
    } finally {
      await bff.close();
    }
  });
});
