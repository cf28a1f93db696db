import { describe, expect, it } from 'vitest';

import {
  type AggregateDefinition,
  aggregateOf,
  availableAggregations,
  computeGroups,
  dateBucketOf,
  type GroupDimension,
  isGroupableField,
} from '../groupBy.js';

const OPPORTUNITY_FIELDS = [
  { name: 'name', type: 'TEXT' },
  { name: 'amount', type: 'CURRENCY' },
  { name: 'closeDate', type: 'DATE_TIME' },
  { name: 'stage', type: 'SELECT' },
  { name: 'company', type: 'RELATION' },
  { name: 'probability', type: 'NUMBER' },
  { name: 'won', type: 'BOOLEAN' },
];

describe('availableAggregations', () => {
  it('names the aggregates as Twenty does, relations left out', () => {
    expect([...availableAggregations(OPPORTUNITY_FIELDS).keys()]).toEqual([
      'totalCount',
      ...['Name', 'Amount', 'CloseDate', 'Stage', 'Probability', 'Won'].flatMap((name) => {
        const counts = ['countUniqueValues', 'countEmpty', 'countNotEmpty', 'percentageEmpty', 'percentageNotEmpty'].map((op) => `${op}${name}`);
        switch (name) {
          case 'Amount':
            return [...counts, 'minAmountAmountMicros', 'maxAmountAmountMicros', 'sumAmountAmountMicros', 'avgAmountAmountMicros'];
          case 'CloseDate':
            return [...counts, 'minCloseDate', 'maxCloseDate'];
          case 'Probability':
            return [...counts, 'minProbability', 'maxProbability', 'avgProbability', 'sumProbability'];
          case 'Won':
            return [...counts, 'countTrueWon', 'countFalseWon'];
          default:
            return counts;
        }
      }),
    ]);
  });

  it('reads currency sums from amountMicros and tells empty currencies by both sub-fields', () => {
    const aggregations = availableAggregations(OPPORTUNITY_FIELDS);
    expect(aggregations.get('sumAmountAmountMicros')).toEqual({
      operation: 'SUM',
      field: 'amount',
      subFields: ['amountMicros', 'currencyCode'],
      numericSubField: 'amountMicros',
      valueType: 'numeric',
    });
    expect(aggregations.get('countEmptyName')).toEqual({ operation: 'COUNT_EMPTY', field: 'name' });
  });
});

describe('aggregateOf', () => {
  const aggregations = availableAggregations(OPPORTUNITY_FIELDS);
  const of = (name: string, records: Array<Record<string, unknown>>) => {
    const definition = aggregations.get(name);
    if (definition === undefined) {
      throw new Error(name);
    }
    return aggregateOf(definition, records);
  };
  const records = [
    { id: 'a', name: 'A', amount: { amountMicros: 1_000_000, currencyCode: 'USD' }, probability: 0.5, won: true, closeDate: '2025-02-05T08:00:00.000Z' },
    { id: 'b', name: '', amount: { amountMicros: null, currencyCode: '' }, probability: null, won: false, closeDate: null },
    // Twenty concatenates amountMicros and currencyCode: a code alone is not empty.
    { id: 'c', name: 'A', amount: { amountMicros: null, currencyCode: 'EUR' }, probability: 1.25, won: null, closeDate: '2024-12-31T23:00:00Z' },
  ];

  it.each([
    ['totalCount', '3'],
    ['countEmptyName', '1'],
    ['countNotEmptyName', '2'],
    ['countUniqueValuesName', '1'],
    ['percentageEmptyName', '0.33333333333333333333'],
    ['percentageNotEmptyName', '0.66666666666666666667'],
    ['countEmptyAmount', '1'],
    ['sumAmountAmountMicros', '1000000'],
    ['avgAmountAmountMicros', '1000000.000000000000'],
    ['minAmountAmountMicros', '1000000'],
    ['sumProbability', 1.75],
    ['avgProbability', 0.875],
    ['maxProbability', 1.25],
    ['countTrueWon', '1'],
    ['countFalseWon', '1'],
    ['minCloseDate', '2024-12-31T23:00:00.000Z'],
    ['maxCloseDate', '2025-02-05T08:00:00.000Z'],
  ])('computes %s as Twenty answers it', (name, expected) => {
    expect(of(name, records)).toEqual(expected);
  });

  it('answers null for counts over no record, but 0 for totalCount', () => {
    expect([of('totalCount', []), of('countEmptyName', []), of('percentageEmptyName', []), of('sumAmountAmountMicros', [])]).toEqual([
      '0',
      null,
      null,
      null,
    ]);
  });

  it('answers null for a sum of empty values', () => {
    expect(of('sumAmountAmountMicros', [records[1] ?? {}])).toBeNull();
  });
});

describe('dateBucketOf', () => {
  // Tuesday 2025-03-04 03:30 UTC is still Monday 2025-03-03 in New York.
  const instant = '2025-03-04T03:30:00.000Z';

  it.each([
    ['DAY', 'UTC', undefined, '2025-03-04'],
    ['DAY', 'America/New_York', undefined, '2025-03-03'],
    ['WEEK', 'UTC', undefined, '2025-03-03'],
    ['WEEK', 'UTC', 'SUNDAY', '2025-03-02'],
    ['WEEK', 'UTC', 'SATURDAY', '2025-03-01'],
    ['WEEK', 'America/New_York', undefined, '2025-03-03'],
    ['MONTH', 'Asia/Tokyo', undefined, '2025-03-01'],
    ['QUARTER', 'UTC', undefined, '2025-01-01'],
    ['YEAR', 'UTC', undefined, '2025-01-01'],
    // Cyclic buckets use the database session's zone (UTC), whatever was asked.
    ['DAY_OF_THE_WEEK', 'America/New_York', undefined, 'Tuesday'],
    ['MONTH_OF_THE_YEAR', 'UTC', undefined, 'March'],
    ['QUARTER_OF_THE_YEAR', 'UTC', undefined, 'Q1'],
  ] as const)('puts a timestamp in its %s bucket in %s (week from %s)', (granularity, timeZone, weekStartDay, expected) => {
    expect(dateBucketOf(instant, 'timestamptz', granularity, timeZone, weekStartDay)).toBe(expected);
  });

  it('ignores time zones for DATE fields', () => {
    expect(dateBucketOf('2025-03-04', 'date', 'DAY', 'America/New_York', undefined)).toBe('2025-03-04');
    expect(dateBucketOf('2025-03-09', 'date', 'WEEK', undefined, 'SUNDAY')).toBe('2025-03-09');
  });

  it('answers null for an unreadable date', () => {
    expect(dateBucketOf('soon', 'timestamptz', 'DAY', 'UTC', undefined)).toBeNull();
  });
});

describe('computeGroups', () => {
  const aggregations = availableAggregations(OPPORTUNITY_FIELDS);
  const stage: GroupDimension = { read: (record) => record['stage'], valueType: 'text' };
  const pick = (...names: string[]) =>
    new Map(names.map((name): [string, AggregateDefinition] => [name, aggregations.get(name) ?? { operation: 'COUNT', field: 'id' }]));
  const opportunities = [
    { id: '1', stage: 'NEW', amount: { amountMicros: 3_000_000, currencyCode: 'USD' }, closeDate: '2025-02-05T08:00:00Z', tags: ['a', 'b'] },
    { id: '2', stage: 'NEW', amount: { amountMicros: 1_000_000, currencyCode: 'USD' }, closeDate: '2025-02-06T08:00:00Z', tags: [] },
    { id: '3', stage: 'MEETING', amount: { amountMicros: 5_000_000, currencyCode: 'USD' }, closeDate: '2025-02-06T08:00:00Z', tags: ['a'] },
    { id: '4', stage: null, amount: { amountMicros: null, currencyCode: '' }, closeDate: null, tags: null },
  ];

  it('groups by value, dimensions ascending with nulls last when no order is asked', () => {
    expect(computeGroups(opportunities, { dimensions: [stage], aggregates: pick('totalCount', 'sumAmountAmountMicros'), orderBy: [], limit: 50 })).toEqual([
      { groupByDimensionValues: ['MEETING'], totalCount: '1', sumAmountAmountMicros: '5000000' },
      { groupByDimensionValues: ['NEW'], totalCount: '2', sumAmountAmountMicros: '4000000' },
      { groupByDimensionValues: [null], totalCount: '1', sumAmountAmountMicros: null },
    ]);
  });

  it('orders by an aggregate and cuts at the limit', () => {
    const sum = aggregations.get('sumAmountAmountMicros');
    if (sum === undefined) {
      throw new Error('sum');
    }
    const groups = computeGroups(opportunities, {
      dimensions: [stage],
      aggregates: pick('totalCount'),
      orderBy: [{ aggregate: sum, direction: 'DescNullsLast' }],
      limit: 2,
    });
    expect(groups.map((group) => group.groupByDimensionValues)).toEqual([['MEETING'], ['NEW']]);
  });

  it('crosses dimensions, days of the week in week order', () => {
    const day: GroupDimension = { read: (record) => record['closeDate'], valueType: 'timestamptz', granularity: 'DAY_OF_THE_WEEK' };
    const groups = computeGroups(opportunities, {
      dimensions: [day, stage],
      aggregates: pick('totalCount'),
      orderBy: [{ dimension: 0, direction: 'AscNullsFirst' }],
      limit: 50,
    });
    expect(groups.map((group) => [...group.groupByDimensionValues, group['totalCount']])).toEqual([
      [null, null, '1'],
      ['Wednesday', 'NEW', '1'],
      ['Thursday', 'NEW', '1'],
      ['Thursday', 'MEETING', '1'],
    ]);
  });

  it('unnests arrays, an empty or missing array as one null', () => {
    const tags: GroupDimension = { read: (record) => record['tags'], valueType: 'text', unnest: true };
    const groups = computeGroups(opportunities, { dimensions: [tags], aggregates: pick('totalCount'), orderBy: [], limit: 50 });
    expect(groups.map((group) => [...group.groupByDimensionValues, group['totalCount']])).toEqual([
      ['a', '2'],
      ['b', '1'],
      [null, '2'],
    ]);
  });

  it('answers one group over every record without dimensions, even over none', () => {
    expect(computeGroups([], { dimensions: [], aggregates: pick('totalCount', 'countEmptyName'), orderBy: [], limit: 50 })).toEqual([
      { groupByDimensionValues: [], totalCount: '0', countEmptyName: null },
    ]);
  });

  it('adds each group’s first records in the sample order', () => {
    const groups = computeGroups(opportunities, {
      dimensions: [stage],
      aggregates: new Map(),
      orderBy: [],
      limit: 1,
      recordsSample: { compare: (a, b) => (a.id < b.id ? 1 : -1), project: (record) => ({ id: record.id }) },
    });
    expect(groups).toEqual([{ groupByDimensionValues: ['MEETING'], records: [{ id: '3' }] }]);
  });
});

describe('isGroupableField', () => {
  it.each([
    [{ name: 'stage', type: 'SELECT' }, true],
    [{ name: 'createdAt', type: 'DATE_TIME', isSystem: true }, true],
    [{ name: 'deletedAt', type: 'DATE_TIME', isSystem: true }, false],
    [{ name: 'position', type: 'POSITION', isSystem: true }, false],
    [{ name: 'data', type: 'RAW_JSON' }, false],
    [{ name: 'searchVector', type: 'TS_VECTOR' }, false],
  ])('tells whether Twenty groups by %j', (field, expected) => {
    expect(isGroupableField(field)).toBe(expected);
  });
});
