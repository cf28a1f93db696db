import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Input Twenty (or a proxy in front of it) would refuse, or worse, accept as
// something else: each is refused by twenty-bff before any upstream call.
const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const ADA = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';

const DATE_TIME_EXPECTED =
  'expected an ISO-8601 date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:mm:ss[.SSS]" with "Z", an offset such as "+02:00" or no zone (UTC), on a real calendar day, such as "2026-01-05T09:00:00.000Z".';

const CREATE_TASK = /* GraphQL */ `
  mutation CreateTask($data: CreateTaskInput!) {
    createTask(data: $data) { title dueAt }
  }
`;

const TASKS_DUE_FROM = /* GraphQL */ `
  query TasksDueFrom($from: DateTime!) {
    tasks(filter: { dueAt: { gte: $from } }) { totalCount }
  }
`;

const PEOPLE = /* GraphQL */ `
  query People($filter: PersonFilter) {
    people(filter: $filter) { totalCount }
  }
`;

/** `levels` nested `not`s around `city: { eq: 'Paris' }`. */
function nestedNot(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { city: { eq: 'Paris' } };
  for (let level = 0; level < levels; level += 1) {
    filter = { not: filter };
  }
  return filter;
}

/** 450 distinct UUIDs. */
const MANY_IDS = Array.from({ length: 450 }, (_, index) => `${ADA.slice(0, -3)}${String(index).padStart(3, '0')}`);

describe('input validation', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({
      demoData: false,
      records: {
        companies: [{ id: ACME, name: 'Acme' }],
        people: [{ id: ADA, name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'Paris', companyId: ACME }],
      },
    });
  });

  beforeEach(() => {
    bff.resetRequests();
  });

  afterAll(async () => {
    await bff.close();
  });

  describe('DateTime', () => {
    it('refuses a task due on February 30th and stores nothing', async () => {
      const result = await bff.execute(CREATE_TASK, { data: { title: 'Call back', dueAt: '2026-02-30T10:00:00Z' } });
      expect(result).toEqual({
        errors: [
          {
            message: `Variable "$data" got invalid value "2026-02-30T10:00:00Z" at "data.dueAt"; DateTime cannot represent "2026-02-30T10:00:00Z": ${DATE_TIME_EXPECTED}`,
            locations: [{ line: 2, column: 23 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      const literal = await bff.execute('mutation { createTask(data: { title: "Call back", dueAt: "2026-02-30" }) { id } }');
      expect(literal).toEqual({
        errors: [
          {
            message: `DateTime cannot represent "2026-02-30": ${DATE_TIME_EXPECTED}`,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      expect(bff.upstream()).toEqual([]);
      expect(await bff.data(/* GraphQL */ '{ tasks { totalCount } }')).toEqual({ tasks: { totalCount: 0 } });
    });

    it.each([
      ['an impossible day', '2026-02-30'],
      ['February 29th of a common year', '2026-02-29T00:00:00Z'],
      ['no seconds', '2026-01-05T09:00'],
      ['more than 3 fraction digits', '2026-01-05T09:00:00.1234Z'],
      ['hour 24', '2026-01-01T24:00:00Z'],
      ['year 0000', '0000-01-01'],
    ])('refuses %s in a filter before any upstream call: %s', async (_name, from) => {
      expect(await bff.execute(TASKS_DUE_FROM, { from })).toEqual({
        errors: [
          {
            message: `Variable "$from" got invalid value "${from}"; DateTime cannot represent "${from}": ${DATE_TIME_EXPECTED}`,
            locations: [{ line: 2, column: 22 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      expect(bff.upstream()).toEqual([]);
    });

    it('accepts a date-time without a zone and a date alone, both read as UTC as Twenty reads them', async () => {
      const data = await bff.data(/* GraphQL */ `
        mutation {
          noZone: createTask(data: { title: "No zone", dueAt: "2026-01-05T09:00:00" }) { title dueAt }
          dateOnly: createTask(data: { title: "Leap day", dueAt: "2028-02-29" }) { title dueAt }
        }
      `);
      expect(data).toEqual({
        noZone: { title: 'No zone', dueAt: '2026-01-05T09:00:00.000Z' },
        dateOnly: { title: 'Leap day', dueAt: '2028-02-29T00:00:00.000Z' },
      });
      expect(bff.upstream().map(({ method, path, body }) => [method, path, (body as { dueAt?: unknown }).dueAt])).toEqual([
        ['POST', '/rest/tasks', '2026-01-05T09:00:00'],
        ['POST', '/rest/tasks', '2028-02-29'],
      ]);
    });
  });

  describe('filters', () => {
    it.each([
      [
        'a like pattern ending with an escape character',
        { city: { like: 'C:\\' } },
        'Expected a LIKE pattern at "filter.city.like" that does not end with an unpaired escape character "\\", found "C:\\\\": write "\\\\" to match a backslash.',
        'filter.city.like',
      ],
      [
        // Within the input size limit, past the URL limit once compiled and encoded.
        '105 ids in one in list',
        { id: { in: MANY_IDS.slice(0, 105) } },
        `The filter at "filter" is 4116 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
        'filter',
      ],
      [
        'a value of 3,990 characters',
        { city: { eq: 'x'.repeat(3_990) } },
        `The filter at "filter" is 4016 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
        'filter',
      ],
      [
        'not nested 33 levels deep',
        nestedNot(33),
        `Expected at most 32 nested levels of and, or and not in the filter at "filter", found more at "filter${'.not'.repeat(33)}".`,
        `filter${'.not'.repeat(33)}`,
      ],
    ])('refuses %s before any upstream call', async (_name, filter, message, argumentPath) => {
      expect(await bff.execute(PEOPLE, { filter })).toEqual({
        errors: [{ message, locations: [{ line: 3, column: 5 }], path: ['people'], extensions: { code: 'BAD_USER_INPUT', argumentPath } }],
      });
      expect(bff.upstream()).toEqual([]);
    });

    it('refuses the same filters on a nested connection before any upstream call', async () => {
      const result = await bff.execute(
        /* GraphQL */ `
          query ($filter: PersonFilter) {
            companies { edges { node { people(filter: $filter) { totalCount } } } }
          }
        `,
        { filter: { companyId: { in: MANY_IDS.slice(0, 105) } } },
      );
      expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
        {
          message: `The filter at "filter" is 4123 characters long once URL-encoded; Twenty's URLs carry at most 4000: split the request into several with smaller filters.`,
          extensions: { code: 'BAD_USER_INPUT', argumentPath: 'filter' },
        },
      ]);
      expect(bff.upstream()).toEqual([]);
    });

    it('refuses a filter nested 1,500 levels deep before any upstream call', async () => {
      let and: Record<string, unknown> = { city: { eq: 'Paris' } };
      for (let level = 0; level < 1500; level += 1) {
        and = { and: [and] };
      }
      for (const filter of [and, nestedNot(1500)]) {
        const result = await bff.execute(PEOPLE, { filter });
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.map(({ extensions }) => extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
      }
      let literal = '{ city: { eq: "Paris" } }';
      for (let level = 0; level < 33; level += 1) {
        literal = `{ not: ${literal} }`;
      }
      const written = await bff.execute(`{ people(filter: ${literal}) { totalCount } }`);
      expect(written.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
        {
          message: `Expected at most 32 nested levels of and, or and not in the filter at "filter", found more at "filter${'.not'.repeat(33)}".`,
          extensions: { code: 'BAD_USER_INPUT', argumentPath: `filter${'.not'.repeat(33)}` },
        },
      ]);
      expect(bff.upstream()).toEqual([]);
    });

    it('accepts 32 levels of nesting, a pattern ending in an escaped backslash and 90 ids', async () => {
      const data = await bff.data(PEOPLE, { filter: { and: [nestedNot(31)], city: { like: 'Par\\\\' }, id: { in: MANY_IDS.slice(0, 90) } } });
      expect(data).toEqual({ people: { totalCount: 0 } });
      expect(bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual(['GET /rest/people 200']);
    });
  });
});
