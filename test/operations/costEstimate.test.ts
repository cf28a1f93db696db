import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { benchOperations, NOTE_ID_QUERY, noteIdOf } from '../../bench/benchOperations.js';
import { readExampleOperations } from '../../src/server/exampleOperations.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const COST_HEADER = { 'x-upstream-cost': '1' };
const README_EXAMPLES = readExampleOperations();

// The estimate of every README example, by its first line. An upper bound:
// batched nested connections count the per-parent fallback the loaders take
// past BFF_RELATION_BATCH_MAX_ROWS rows, and a relation under another one a
// batch more for records that arrive apart (already read, or another batch).
const README_ESTIMATES: Record<string, number> = {
  '# People in Paris, sorted by last name, two at a time': 1,
  '# Any value is safe: apostrophes, quotes, commas and brackets are carried exactly or refused': 1,
  '# Opportunities over 50,000 USD closing this year, largest first; the last 5 companies by name': 2,
  // companies 1, accountOwner 1, people(first: 3) 1 + 10, opportunities 1 + 10, pointOfContact of 200 opportunities 4 + 1.
  '# Nested relations: 4 upstream requests for the whole tree: the companies, their account owners': 29,
  // notes 1, targets of 3 notes 1 + 3, then person, company and opportunity of 60 targets, 1 + 1 each.
  '# Notes with what they are attached to': 11,
  // 200 objects assumed, pages of 60.
  '# The data model: objects with their fields (custom ones included)': 4,
  '# Writes return the record, so a client can update its cache': 1,
  // one search per object (5), the company of up to 5 people 1.
  '# Global search for a command palette: one upstream request per object searched': 6,
  // The workspace's relation filters are not known yet: people 1 + a one-hop attempt that may be
  // refused 1 + the companies' ids 1, then their companies by id 1; companies 1 + an attempt 1 +
  // up to 200 people in pages of 60, 4.
  '# Relation filters: people at companies of more than 100 employees, and companies with someone in Paris': 10,
  // Two aggregate fields while the groupBy route is unknown: each the route, or 1,000 records in pages of 60.
  '# Pipeline board: a column per stage with its count, total and largest cards, and the grand total': 2 * (1 + 17),
  // The move's bound counts a tie's renumbering (9); the bulk update a metadata read (4), two pages
  // of ids and two writes of 60 (BFF_MAX_BULK_RECORDS 100).
  '# Board and bulk writes: drop a card between two others, then start every overdue open task': 17,
  // One lookup of up to 200 duplicates, their companies 60 ids a request.
  '# Duplicates: who already looks like the person about to be created': 5,
  '# Merge two duplicates into the first: its values win, the other fills its gaps and is deleted': 1,
};

const BENCH_ESTIMATES: Record<string, number> = {
  '60 people with their company': 2,
  // companies 1, people(first: 5) 1 + 20, their companies 2 + 1, opportunities 1 + 20, their points of contact 7 + 1.
  '20 companies, people(first: 5) { company }, opportunities { pointOfContact }': 54,
  // the note 1, its targets 1, their people and companies 1 + 1 each.
  "a note with its targets' people and companies": 6,
  // companies 1, notes and tasks through targets 1 + 20 + 20 each, the assignees of 60 tasks 1 + 1.
  '20 companies with their notes and tasks (through targets)': 85,
  // opportunities 1, companies 1, their account owners 1 + 1, points of contact 1, their companies 1 + 1.
  '50 opportunities with company { accountOwner } and pointOfContact { company }': 7,
};

interface UpstreamReport {
  requests: number;
  estimated?: number;
}

// The 6,093-request shape: every alias pages through 500 companies and reads
// each one's people with its own request (a cursor disables the batch).
function amplification(cursor: string, aliases = 30): string {
  const fields = Array.from(
    { length: aliases },
    (_, index) => `c${index}: companies(first: 500) { edges { node { people(first: 1, after: "${cursor}") { totalCount } } } }`,
  );
  return `{ ${fields.join(' ')} }`;
}

describe('the upstream cost estimate', () => {
  let bff: TestBff;
  let noteId: string;
  let cursor: string;

  beforeAll(async () => {
    bff = await startTestBff();
    noteId = noteIdOf(await bff.data(NOTE_ID_QUERY));
    const people = await bff.data<{ people: { pageInfo: { endCursor: string } } }>('{ people(first: 1) { pageInfo { endCursor } } }');
    cursor = people.people.pageInfo.endCursor;
  });

  afterAll(async () => {
    await bff.close();
  });

  // Runs `query` and returns its report beside what the sandbox received.
  async function run(query: string, variables?: Record<string, unknown>) {
    bff.resetRequests();
    const result = await bff.execute(query, variables, COST_HEADER);
    return { result, report: result.extensions?.['upstream'] as UpstreamReport | undefined, logged: bff.upstream().length };
  }

  it('knows every README example', () => {
    expect(README_EXAMPLES.map((example) => example.split('\n')[0])).toEqual(Object.keys(README_ESTIMATES));
  });

  it.each(README_EXAMPLES.map((example) => [example.split('\n')[0] ?? '', example]))(
    'never estimates the README example %s below what it costs',
    async (title, example) => {
      const { result, report, logged } = await run(example);
      expect(result.errors).toBeUndefined();
      expect(report).toMatchObject({ requests: logged, estimated: README_ESTIMATES[title] });
      expect(report?.estimated).toBeGreaterThanOrEqual(logged);
    },
  );

  it('knows every bench operation', () => {
    expect(benchOperations('').map((operation) => operation.name)).toEqual(Object.keys(BENCH_ESTIMATES));
  });

  it.each(Object.keys(BENCH_ESTIMATES))('never estimates the bench operation "%s" below what it costs', async (name) => {
    const operation = benchOperations(noteId).find((candidate) => candidate.name === name);
    const { result, report, logged } = await run(operation?.query ?? '');
    expect(result.errors).toBeUndefined();
    expect(report).toMatchObject({ requests: logged, estimated: BENCH_ESTIMATES[name] });
    expect(report?.estimated).toBeGreaterThanOrEqual(logged);
  });

  it('refuses the amplification shape with COST_ESTIMATED_TOO_EXPENSIVE before any upstream request', async () => {
    const query = amplification(cursor);
    const { result, report, logged } = await run(query);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    // 30 aliases × (9 pages of companies + one people read for each of 500 companies).
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 15_270, maxCost: 100 });
    expect(result.errors?.[0]?.message).toBe(
      'This operation could make up to 15270 upstream requests to Twenty, more than the 100 allowed (BFF_MAX_OPERATION_COST); ' +
        'nothing was sent. Dearest fields: c0 (509), c1 (509), c2 (509). To bring it down, ask for a smaller `first` on lists ' +
        'and nested connections, use fewer aliases, and leave `after` off nested connections (with a cursor, each parent is ' +
        'read with its own request); page through a long list with separate operations.',
    );
    expect(logged).toBe(0);
    expect(report).toMatchObject({ requests: 0, estimated: 15_270 });
    const response = await fetch(bff.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(400);
    expect(bff.upstream()).toEqual([]);
  });

  it('runs an operation estimated at the limit, and refuses one a request above it', async () => {
    const twoBoards = (second: number) => /* GraphQL */ `{
      a: companies(first: 48) { edges { node { name people(first: 1) { totalCount } } } }
      b: companies(first: ${second}) { edges { node { name people(first: 1) { totalCount } } } }
    }`;
    const atLimit = await run(twoBoards(48));
    expect(atLimit.result.errors).toBeUndefined();
    expect(atLimit.report).toMatchObject({ requests: atLimit.logged, estimated: 100 });
    const above = await run(twoBoards(49));
    expect(above.result.errors?.[0]?.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 101, maxCost: 100 });
    expect(above.logged).toBe(0);
  });

  it('reports bad input rather than the cost when an operation has both', async () => {
    const { result, logged } = await run(`${amplification(cursor, 29).slice(0, -1)} p: people(first: 501) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(logged).toBe(0);
  });

  it('estimates with the variables and fragments of the request', async () => {
    const query = /* GraphQL */ `
      query Board($count: Int!, $cursor: String, $withOwner: Boolean!) {
        companies(first: $count) { ...Row }
      }
      fragment Row on CompanyConnection {
        edges { node { name people(first: 1, after: $cursor) { totalCount } ... on Company { accountOwner @include(if: $withOwner) { id } } } }
      }
    `;
    const batched = await run(query, { count: 10, withOwner: false });
    expect(batched.result.errors).toBeUndefined();
    expect(batched.report).toMatchObject({ requests: batched.logged, estimated: 1 + (1 + 10) });
    const withOwner = await run(query, { count: 10, cursor, withOwner: true });
    expect(withOwner.result.errors).toBeUndefined();
    expect(withOwner.report).toMatchObject({ requests: withOwner.logged, estimated: 1 + 10 + 1 });
    const tooMany = await run(query, { count: 100, cursor, withOwner: false });
    expect(tooMany.result.errors?.[0]?.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 2 + 100, maxCost: 100 });
    expect(tooMany.logged).toBe(0);
  });
});

describe('BFF_MAX_OPERATION_COST', () => {
  it('refuses at the configured limit, and 0 lifts it', async () => {
    const query = '{ companies(first: 10) { edges { node { people(first: 3) { totalCount } } } } }';
    const strict = await startTestBff({}, { maxOperationCost: 11 });
    const unlimited = await startTestBff({}, { maxOperationCost: 0 });
    try {
      const refused = await strict.execute(query);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 12, maxCost: 11 });
      expect(strict.upstream()).toEqual([]);
      const served = await unlimited.execute('{ companies(first: 120) { edges { node { people(first: 1) { totalCount } } } } }', undefined, COST_HEADER);
      expect(served.errors).toBeUndefined();
      expect(served.extensions).toMatchObject({ upstream: { requests: unlimited.upstream().length, estimated: 2 + 2 * (1 + 60) } });
    } finally {
      await strict.close();
      await unlimited.close();
    }
  });
});
