import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createBffClient, loadColumn } from '../../examples/web/src/pipeline.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// The typed frontend example (examples/web) against a running twenty-bff.
describe('the urql example client', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('loads a pipeline column with its companies and contacts', async () => {
    const column = await loadColumn(createBffClient(bff.url), 'MEETING', 3);
    const expected = await bff.data<{
      opportunities: { totalCount: number; edges: Array<{ node: { id: string; name: string; company: { name: string } | null } }> };
    }>(
      `{ opportunities(first: 3, filter: { stage: { eq: MEETING } }, orderBy: [{ amount: { amountMicros: DescNullsLast } }]) {
        totalCount edges { node { id name company { name } } } } }`,
    );
    expect(column.total).toBe(expected.opportunities.totalCount);
    expect(column.cards.map(({ id, title, company }) => ({ id, title, company }))).toEqual(
      expected.opportunities.edges.map(({ node }) => ({ id: node.id, title: node.name, company: node.company?.name ?? null })),
    );
    expect(column.cards.length).toBeGreaterThan(0);
    expect(column.cards.every((card) => card.closes === null || !Number.isNaN(card.closes.getTime()))).toBe(true);
  });
});
