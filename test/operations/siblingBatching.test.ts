import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// A pipeline board: one aliased list per stage, each with the same relations.
// Their parents arrive from different upstream calls, and the relations of
// all columns still share one request per relation.
const BOARD = /* GraphQL */ `
  {
    new: opportunities(first: 5, filter: { stage: { eq: NEW } }) { edges { node { name company { name } pointOfContact { name { lastName } } } } }
    meeting: opportunities(first: 5, filter: { stage: { eq: MEETING } }) { edges { node { name company { name } pointOfContact { name { lastName } } } } }
    proposal: opportunities(first: 5, filter: { stage: { eq: PROPOSAL } }) { edges { node { name company { name } pointOfContact { name { lastName } } } } }
  }
`;

type Column = { edges: Array<{ node: { name: string; company: { name: string } | null; pointOfContact: { name: { lastName: string } } | null } }> };

describe('relations under sibling lists', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('loads the relations of every column in one request per relation', async () => {
    bff.resetRequests();
    const board = await bff.data<Record<string, Column>>(BOARD);
    const paths = bff.upstream().map(({ method, path }) => `${method} ${path}`).sort();
    expect(paths).toEqual([
      'GET /rest/companies',
      'GET /rest/opportunities',
      'GET /rest/opportunities',
      'GET /rest/opportunities',
      'GET /rest/people',
    ]);

    // The same data as each column read on its own.
    for (const [alias, stage] of [['new', 'NEW'], ['meeting', 'MEETING'], ['proposal', 'PROPOSAL']] as const) {
      const alone = await bff.data<{ column: Column }>(
        `{ column: opportunities(first: 5, filter: { stage: { eq: ${stage} } }) { edges { node { name company { name } pointOfContact { name { lastName } } } } } }`,
      );
      expect(board[alias]).toEqual(alone.column);
    }
  });
});
