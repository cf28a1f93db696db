import { describe, expect, it } from 'vitest';

import { UserInputError } from '../../errors/UserInputError.js';
import { MATCHES_NOTHING } from '../compileFilter.js';
import { compileGroupBy, type GroupByTarget, toAggregateResult, toGroupResults } from '../compileGroupBy.js';

const TARGET: GroupByTarget = {
  plural: 'opportunities',
  filterFields: { stage: { kind: 'select' }, id: { kind: 'uuid' } },
  orderFields: { name: { kind: 'text' }, amount: { kind: 'composite', subFields: { amountMicros: 'text' } } },
  aggregateFields: new Map([
    ['totalCount', { twentyName: 'totalCount', output: 'int', inUnits: false }],
    ['countEmptyAmount', { twentyName: 'countEmptyAmount', output: 'int', inUnits: false }],
    ['percentageEmptyAmount', { twentyName: 'percentageEmptyAmount', output: 'float', inUnits: false }],
    ['sumAmountAmountMicros', { twentyName: 'sumAmountAmountMicros', output: 'float', inUnits: false }],
    ['sumAmountAmount', { twentyName: 'sumAmountAmountMicros', output: 'float', inUnits: true }],
    ['minCloseDate', { twentyName: 'minCloseDate', output: 'dateTime', inUnits: false }],
  ]),
  groupFields: new Map([
    ['stage', { name: 'stage', keyKind: 'enum' }],
    ['closeDate', { name: 'closeDate', keyKind: 'date' }],
    ['companyId', { name: 'companyId', keyKind: 'uuid', relation: 'company' }],
    ['won', { name: 'won', keyKind: 'boolean' }],
    ['probability', { name: 'probability', keyKind: 'float' }],
  ]),
};

function paramsOf(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params);
}

describe('compileGroupBy', () => {
  it('asks for the groups in Twenty’s order, one more than the limit, and only the figures selected', () => {
    const compiled = compileGroupBy(TARGET, { groupBy: [{ stage: true }, { companyId: true }], filter: { stage: { neq: 'NEW' } }, limit: 10 }, {
      aggregates: ['sumAmountAmount', 'totalCount', '__typename', 'sumAmountAmountMicros'],
    });
    expect(compiled.aggregates).toEqual(['totalCount', 'sumAmountAmountMicros']);
    expect(paramsOf(compiled.params)).toEqual({
      group_by: '[{"stage":true},{"company":{"id":true}}]',
      aggregate: '["totalCount","sumAmountAmountMicros"]',
      order_by: '[{"stage":"AscNullsLast"},{"company":{"id":"AscNullsLast"}}]',
      filter: 'and(stage[neq]:"NEW")',
      limit: '11',
    });
  });

  it.each([
    [{ granularity: 'MONTH', timeZone: 'Europe/Paris' }, { granularity: 'MONTH', timeZone: 'Europe/Paris' }],
    [{ granularity: 'WEEK', weekStartDay: 'SUNDAY' }, { granularity: 'WEEK', timeZone: 'UTC', weekStartDay: 'SUNDAY' }],
    // Cyclic buckets and NONE read no zone: none is sent.
    [{ granularity: 'DAY_OF_THE_WEEK', timeZone: 'Europe/Paris' }, { granularity: 'DAY_OF_THE_WEEK' }],
    [{ granularity: 'NONE' }, { granularity: 'NONE' }],
  ])('groups a date by %j', (input, sent) => {
    const compiled = compileGroupBy(TARGET, { groupBy: [{ closeDate: input }] }, { aggregates: [] });
    expect(JSON.parse(compiled.params.get('group_by') ?? '')).toEqual([{ closeDate: sent }]);
    expect(JSON.parse(compiled.params.get('order_by') ?? '')).toEqual([{ closeDate: { orderBy: 'AscNullsLast', granularity: input.granularity } }]);
  });

  it('asks for each group’s records in the order given, when they are selected', () => {
    const args = { groupBy: [{ stage: true }], orderByForRecords: [{ amount: { amountMicros: 'DescNullsLast' as const } }] };
    expect(paramsOf(compileGroupBy(TARGET, args, { aggregates: [], records: true }).params)).toEqual({
      group_by: '[{"stage":true}]',
      order_by: '[{"stage":"AscNullsLast"}]',
      include_records_sample: 'true',
      order_by_for_records: 'amount.amountMicros[DescNullsLast]',
      limit: '51',
    });
    expect(compileGroupBy(TARGET, args, { aggregates: [] }).params.has('include_records_sample')).toBe(false);
  });

  it('asks for one group, unordered and uncut, without groupBy entries', () => {
    expect(paramsOf(compileGroupBy(TARGET, {}, { aggregates: ['totalCount'] }).params)).toEqual({ group_by: '[]', aggregate: '["totalCount"]' });
  });

  it('keeps a filter that matches nothing, for the loader to answer without asking', () => {
    expect(compileGroupBy(TARGET, { filter: { id: { in: [] } } }, { aggregates: [] }).filter).toBe(MATCHES_NOTHING);
  });

  it.each([
    [{ groupBy: [{ stage: true, won: true }] }, 'groupBy[0]', 'Expected exactly one field set in each groupBy entry (Twenty groups by one field per entry), got stage, won.'],
    [{ groupBy: [{ stage: null }] }, 'groupBy[0]', 'Expected exactly one field set in each groupBy entry (Twenty groups by one field per entry), got none.'],
    [{ groupBy: [{ amount: true }] }, 'groupBy[0].amount', 'Cannot group by "amount".'],
    [
      { groupBy: [{ closeDate: { granularity: 'DAY', timeZone: 'Europe/Atlantis' } }] },
      'groupBy[0].closeDate.timeZone',
      'Expected an IANA time zone such as "Europe/Paris", got "Europe/Atlantis".',
    ],
    [{ limit: 0 }, 'limit', 'Expected a limit from 1 to 100, got 0.'],
    [{ limit: 101 }, 'limit', 'Expected a limit from 1 to 100, got 101.'],
    [{ orderByForRecords: [{ stage: 'AscNullsFirst' as const }] }, 'orderByForRecords[0].stage', expect.stringContaining('stage')],
  ])('refuses %j', (args, argumentPath, message) => {
    let thrown: unknown;
    try {
      compileGroupBy(TARGET, args, { aggregates: [] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserInputError);
    expect([(thrown as UserInputError).message, (thrown as UserInputError).extensions.argumentPath]).toEqual([message, argumentPath]);
  });
});

describe('toGroupResults', () => {
  it('reads Twenty’s groups: text and typed keys, counts and numeric strings as numbers, micros in units', () => {
    const compiled = compileGroupBy(TARGET, { groupBy: [{ stage: true }, { won: true }, { probability: true }] }, {
      aggregates: ['totalCount', 'sumAmountAmount'],
    });
    const groups = toGroupResults(
      [
        { groupByDimensionValues: ['NEW', true, 0.5], totalCount: '3', sumAmountAmountMicros: '2500000' },
        { groupByDimensionValues: [null, false, null], totalCount: '1', sumAmountAmountMicros: null },
      ],
      compiled,
      TARGET,
    );
    expect(groups).toEqual([
      {
        groupByDimensionValues: ['NEW', 'true', '0.5'],
        key: { stage: 'NEW', won: true, probability: 0.5 },
        aggregate: { totalCount: 3, sumAmountAmountMicros: 2_500_000, sumAmountAmount: 2.5 },
        records: [],
      },
      {
        groupByDimensionValues: [null, 'false', null],
        key: { stage: null, won: false, probability: null },
        aggregate: { totalCount: 1, sumAmountAmountMicros: null, sumAmountAmount: null },
        records: [],
      },
    ]);
  });
});

describe('toAggregateResult', () => {
  it('reads percentages and dates, and a missing totalCount as 0', () => {
    expect(toAggregateResult({ groupByDimensionValues: [], percentageEmptyAmount: '0.25000000000000000000', minCloseDate: '2025-02-05T08:00:00.000Z', totalCount: null }, TARGET)).toEqual({
      totalCount: 0,
      percentageEmptyAmount: 0.25,
      minCloseDate: '2025-02-05T08:00:00.000Z',
    });
  });
});
