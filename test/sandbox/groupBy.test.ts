import { beforeAll, describe, expect, it } from 'vitest';

import { sandboxes } from './fixtures.js';
import { type ErrorBody, query, restClient } from './restClient.js';

const start = sandboxes();

const COMPANY_1 = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const COMPANY_2 = '4a0f5b2e-6d1c-4c8e-9b7a-000000000002';
const opportunityId = (n: number) => `5b1a6c3f-7e2d-4d9f-8c8b-${String(n).padStart(12, '0')}`;

// Twenty's rest-api-core-group-by integration fixture: four opportunities
// created in 2020, closing on a Wednesday (1) and Thursdays (2, 3, 4).
function groupByWorkspace() {
  const opportunity = (n: number, stage: string, closeDate: string, companyId: string) => ({
    id: opportunityId(n),
    name: `Opportunity ${n}`,
    stage,
    amount: { amountMicros: n * 1_000_000_000_000, currencyCode: 'USD' },
    companyId,
    closeDate,
    createdAt: '2020-02-05T08:00:00.000Z',
  });
  return {
    demoData: false,
    records: {
      companies: [
        { id: COMPANY_1, name: 'Company 1', employees: 10, createdAt: '2020-02-05T08:00:00.000Z' },
        { id: COMPANY_2, name: 'Company 2', employees: 20, createdAt: '2020-02-05T08:00:00.000Z' },
      ],
      opportunities: [
        opportunity(1, 'NEW', '2025-02-05T08:00:00.000Z', COMPANY_1),
        opportunity(2, 'NEW', '2025-02-06T08:00:00.000Z', COMPANY_1),
        opportunity(3, 'NEW', '2025-02-06T08:00:00.000Z', COMPANY_2),
        opportunity(4, 'SCREENING', '2025-02-06T08:00:00.000Z', COMPANY_2),
        // Outside the 2020 filter, and without an amount.
        { id: opportunityId(5), name: 'Opportunity 5', stage: 'MEETING', amount: { amountMicros: null, currencyCode: '' }, companyId: null },
      ],
    },
  };
}

const FILTER_2020 = "createdAt[gte]:'2020-01-01T00:00:00.000Z',createdAt[lte]:'2020-03-03T23:59:59.999Z'";
const BY_DAY_AND_STAGE = JSON.stringify([{ closeDate: { granularity: 'DAY_OF_THE_WEEK' } }, { stage: true }]);

type Group = Record<string, unknown> & { groupByDimensionValues: unknown[]; records?: Array<Record<string, unknown>> };

describe('GET /rest/{objects}/groupBy', () => {
  let rest: ReturnType<typeof restClient>;
  const groupBy = (params: Record<string, string | number>) => rest.get<Group[]>(`/rest/opportunities/groupBy?${query(params)}`);

  beforeAll(async () => {
    rest = restClient(await start(groupByWorkspace()));
  });

  it('groups by day of the week and stage with records, as Twenty’s own test expects', async () => {
    const answer = await groupBy({
      group_by: BY_DAY_AND_STAGE,
      aggregate: '["maxAmountAmountMicros"]',
      filter: FILTER_2020,
      include_records_sample: 'true',
      limit: 10,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.map(({ records, ...group }) => ({ ...group, records: records?.map((record) => [record['name'], record['stage'], record['companyId']]) }))).toEqual([
      { groupByDimensionValues: ['Wednesday', 'NEW'], maxAmountAmountMicros: '1000000000000', records: [['Opportunity 1', 'NEW', COMPANY_1]] },
      {
        groupByDimensionValues: ['Thursday', 'NEW'],
        maxAmountAmountMicros: '3000000000000',
        records: [
          ['Opportunity 2', 'NEW', COMPANY_1],
          ['Opportunity 3', 'NEW', COMPANY_2],
        ],
      },
      { groupByDimensionValues: ['Thursday', 'SCREENING'], maxAmountAmountMicros: '4000000000000', records: [['Opportunity 4', 'SCREENING', COMPANY_2]] },
    ]);
  });

  it('narrows the groups with the filter', async () => {
    const answer = await groupBy({ group_by: BY_DAY_AND_STAGE, filter: `${FILTER_2020},stage[eq]:'NEW'` });
    expect(answer.body).toEqual([{ groupByDimensionValues: ['Wednesday', 'NEW'] }, { groupByDimensionValues: ['Thursday', 'NEW'] }]);
  });

  it.each([
    ['AscNullsFirst', ['Opportunity 2', 'Opportunity 3']],
    ['DescNullsFirst', ['Opportunity 3', 'Opportunity 2']],
  ])('sorts each group’s records by order_by_for_records name[%s]', async (direction, names) => {
    const answer = await groupBy({
      group_by: BY_DAY_AND_STAGE,
      filter: FILTER_2020,
      order_by_for_records: `name[${direction}]`,
      include_records_sample: 'true',
    });
    const thursdayNew = answer.body.find((group) => group.groupByDimensionValues.join() === 'Thursday,NEW');
    expect(thursdayNew?.records?.map((record) => record['name'])).toEqual(names);
  });

  it('answers pipeline totals per stage: counts as strings, numeric sums as Postgres prints them, null for no amount', async () => {
    const answer = await groupBy({
      group_by: '[{"stage":true}]',
      aggregate: '["totalCount","sumAmountAmountMicros","avgAmountAmountMicros","countEmptyAmount","percentageNotEmptyAmount"]',
      order_by: '[{"aggregate":{"totalCount":"DescNullsLast"}},{"stage":"AscNullsFirst"}]',
    });
    expect(answer.body).toEqual([
      {
        groupByDimensionValues: ['NEW'],
        totalCount: '3',
        sumAmountAmountMicros: '6000000000000',
        avgAmountAmountMicros: '2000000000000.0000',
        countEmptyAmount: '0',
        percentageNotEmptyAmount: '1.00000000000000000000',
      },
      {
        groupByDimensionValues: ['MEETING'],
        totalCount: '1',
        sumAmountAmountMicros: null,
        avgAmountAmountMicros: null,
        countEmptyAmount: '1',
        percentageNotEmptyAmount: '0.00000000000000000000',
      },
      {
        groupByDimensionValues: ['SCREENING'],
        totalCount: '1',
        sumAmountAmountMicros: '4000000000000',
        avgAmountAmountMicros: '4000000000000.0000',
        countEmptyAmount: '0',
        percentageNotEmptyAmount: '1.00000000000000000000',
      },
    ]);
  });

  it('groups by a join column, a related record’s field and a time-zoned month', async () => {
    const byCompany = await groupBy({ group_by: '[{"companyId":true}]', aggregate: '["totalCount"]', order_by: '[{"company":{"id":"AscNullsLast"}}]' });
    expect(byCompany.body).toEqual([
      { groupByDimensionValues: [COMPANY_1], totalCount: '2' },
      { groupByDimensionValues: [COMPANY_2], totalCount: '2' },
      { groupByDimensionValues: [null], totalCount: '1' },
    ]);
    const byName = await groupBy({ group_by: '[{"company":{"name":true}}]', aggregate: '["totalCount"]', filter: 'companyId[is]:NOT_NULL' });
    expect(byName.body).toEqual([
      { groupByDimensionValues: ['Company 1'], totalCount: '2' },
      { groupByDimensionValues: ['Company 2'], totalCount: '2' },
    ]);
    // 2025-02-06 08:00 UTC is still the 6th in Tokyo; both months are February.
    const byMonth = await groupBy({ group_by: '[{"closeDate":{"granularity":"MONTH","timeZone":"Asia/Tokyo"}}]', aggregate: '["totalCount"]' });
    expect(byMonth.body).toEqual([
      { groupByDimensionValues: ['2025-02-01'], totalCount: '4' },
      { groupByDimensionValues: [null], totalCount: '1' },
    ]);
  });

  it('answers the aggregates of every match without group_by entries', async () => {
    const answer = await groupBy({ group_by: '[]', aggregate: '["totalCount","sumAmountAmountMicros","minCloseDate"]' });
    expect(answer.body).toEqual([{ groupByDimensionValues: [], totalCount: '5', sumAmountAmountMicros: '10000000000000', minCloseDate: '2025-02-05T08:00:00.000Z' }]);
  });

  it('answers 50 groups without a limit, the limit when given, and 50 again for 0', async () => {
    const lengths = [];
    for (const limit of [undefined, 2, 0]) {
      const answer = await groupBy({ group_by: '[{"name":true}]', ...(limit === undefined ? {} : { limit }) });
      lengths.push(answer.body.length);
    }
    expect(lengths).toEqual([5, 2, 5]);
  });

  it.each([
    [{}, `Invalid group_by query parameter - should be a valid array of objects - ex: [{"firstField": true}, {"secondField": {"subField": true}}, {"dateField": {"granularity": 'DAY'}}]`],
    [{ group_by: 'stage' }, `Invalid group_by query parameter - should be a valid array of objects - ex: [{"firstField": true}, {"secondField": {"subField": true}}, {"dateField": {"granularity": 'DAY'}}]`],
    [{ group_by: '[{"nope":true}]' }, 'Unidentified field in groupBy: nope'],
    [{ group_by: '[{"stage":true,"name":true}]' }, 'You cannot provide multiple fields in one GroupByInput, split them into multiple GroupByInput'],
    [{ group_by: '[{"position":true}]' }, 'Field "position" is not supported in groupBy'],
    [{ group_by: '[{"closeDate":{"granularity":"WEEK"}}]' }, 'Time zone should be specified for a group by date on Day, Week, Month, Quarter or Year'],
    [{ group_by: '[{"closeDate":{"granularity":"DAY","timeZone":"Mars/Olympus"}}]' }, 'Invalid timezone: Mars/Olympus'],
    [{ group_by: '[{"amount":{"currencyCode":true,"amountMicros":true}}]' }, 'You cannot provide multiple subfields in one GroupByInput, split them into multiple GroupByInput'],
    [{ group_by: '[{"stage":{"x":true}}]' }, 'Field "stage" does not support nested subfields in groupBy'],
    [{ group_by: '[{"company":{"nope":true}}]' }, 'Nested field "nope" not found in target object "company"'],
    [{ group_by: '[{"stage":true}]', aggregate: 'totalCount' }, 'Invalid aggregate query parameter - should be a valid array of string - ex: ["countNotEmptyId", "countEmptyField"]'],
    [
      { group_by: '[{"stage":true}]', order_by: 'stage[AscNullsFirst]' },
      `Invalid order_by query parameter - should be a valid array of objects - ex: [{"firstField": "AscNullsFirst"}, {"secondField": {"subField": "DescNullsLast"}}, {"aggregate": {"aggregateField": "DescNullsLast"}}, {dateField: {"orderBy": "AscNullsFirst", "granularity": "DAY"}}]`,
    ],
    [{ group_by: '[{"stage":true}]', order_by: '[{"name":"AscNullsFirst"}]' }, 'Cannot order by a field that is not an aggregate nor in groupBy criteria: name.'],
    [{ group_by: '[{"stage":true}]', order_by: '[{"aggregate":{"sumNope":"AscNullsFirst"}}]' }, 'Unknown aggregate field: sumNope'],
    [{ group_by: '[{"stage":true}]', limit: 'many' }, "limit 'many' is invalid. Should be an integer"],
  ])('answers 400 for %j', async (params, message) => {
    const answer = await rest.get<ErrorBody>(`/rest/opportunities/groupBy?${query(params as Record<string, string>)}`);
    expect([answer.status, answer.body]).toEqual([400, { statusCode: 400, error: 'BadRequestException', messages: [message] }]);
  });

  it('names the object before anything else', async () => {
    const answer = await rest.get<ErrorBody>('/rest/opportunity/groupBy');
    expect(answer.body.messages).toEqual(["object 'opportunity' not found. Did you mean 'opportunities'?"]);
  });
});

describe('a sandbox without the groupBy route (SandboxOptions.groupByRoute false)', () => {
  it('answers as a release that reads `groupBy` as a record id', async () => {
    const rest = restClient(await start({ ...groupByWorkspace(), groupByRoute: false }));
    const answer = await rest.get<ErrorBody>(`/rest/opportunities/groupBy?${query({ group_by: '[{"stage":true}]' })}`);
    expect([answer.status, answer.body]).toEqual([400, { statusCode: 400, error: 'BadRequestException', messages: ["'groupBy' is not a valid UUID"] }]);
  });
});
