import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { SandboxOptions } from '../../src/sandbox/types.js';
import { recordCursor } from '../../src/twenty/recordCursor.js';
import { UPSTREAM_COST_HEADER } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Ids that sort in creation order; positions chosen per case below.
const deal = (n: number) => `00000000-0000-4000-8000-0003${String(n).padStart(8, '0')}`;
const POSITIONS: ReadonlyArray<[number, number, string]> = [
  // [deal, position, stage]: a column of four, a run of three sharing 10, one at 20, seven sharing 30.
  [1, 1, 'NEW'],
  [2, 2, 'NEW'],
  [3, 3, 'NEW'],
  [4, 4, 'NEW'],
  [6, 10, 'MEETING'],
  [7, 10, 'MEETING'],
  [8, 10, 'MEETING'],
  [9, 20, 'MEETING'],
  ...Array.from({ length: 7 }, (_, index): [number, number, string] => [20 + index, 30, 'PROPOSAL']),
];

function workspace(): SandboxOptions {
  return {
    demoData: false,
    records: { opportunities: POSITIONS.map(([n, position, stage]) => ({ id: deal(n), name: `Deal ${n}`, position, stage })) },
  };
}

interface Moved {
  moveOpportunity: { id: string; position: number } | null;
}

const MOVE = /* GraphQL */ `
  mutation ($id: UUID!, $after: UUID, $before: UUID) {
    moveOpportunity(id: $id, after: $after, before: $before) { id position }
  }
`;

describe('moveOpportunity', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff(workspace());
  });

  beforeEach(() => {
    // Every case starts from the fixture's positions.
    for (const [n, position] of POSITIONS) {
      bff.sandbox.workspace.updateOne('opportunities', deal(n), { position }, { depth: 0, actor: { source: 'API', workspaceMemberId: null, name: 'test', context: {} } });
    }
    bff.resetRequests();
  });

  afterAll(async () => {
    await bff.close();
  });

  const calls = () => requestLines(bff.upstream());
  const order = async (stage: string) => {
    const data = await bff.data<{ opportunities: { edges: Array<{ node: { id: string } }> } }>(
      `{ opportunities(filter: { stage: { eq: ${stage} } }, orderBy: [{ position: AscNullsFirst }], first: 50) { edges { node { id } } } }`,
    );
    return data.opportunities.edges.map(({ node }) => node.id);
  };
  const move = (variables: Record<string, unknown>) => bff.execute<Moved>(MOVE, variables, UPSTREAM_COST_HEADER);

  it('places a card between two others at their midpoint: one read, one write', async () => {
    const result = await move({ id: deal(4), after: deal(1), before: deal(2) });
    expect(result.data?.moveOpportunity).toEqual({ id: deal(4), position: 1.5 });
    expect(calls()).toEqual([
      `GET /rest/opportunities?depth=0&filter=id[in]:[${deal(4)},${deal(1)},${deal(2)}]&limit=3 200`,
      `PATCH /rest/opportunities/${deal(4)}?depth=0 200`,
    ]);
    expect(bff.upstream()[1]?.body).toEqual({ position: 1.5 });
    // The bound counts the renumbering a tie would need.
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 2, estimated: 9 });
    expect(await order('NEW')).toEqual([deal(1), deal(4), deal(2), deal(3)]);
  });

  it('finds the next card itself when given only the one before, and goes last after the last card', async () => {
    const between = await move({ id: deal(1), after: deal(3) });
    expect(between.data?.moveOpportunity).toEqual({ id: deal(1), position: 3.5 });
    expect(calls()).toEqual([
      `GET /rest/opportunities?depth=0&filter=id[in]:[${deal(1)},${deal(3)}]&limit=2 200`,
      `GET /rest/opportunities?depth=0&filter=id[neq]:${deal(1)}&limit=1&order_by=position[AscNullsFirst]&starting_after=${recordCursor({ id: deal(3), position: 3 }, ['position'])} 200`,
      `PATCH /rest/opportunities/${deal(1)}?depth=0 200`,
    ]);
    expect(between.extensions?.['upstream']).toMatchObject({ requests: 3, estimated: 10 });

    const last = await move({ id: deal(2), after: deal(26) });
    expect(last.data?.moveOpportunity).toEqual({ id: deal(2), position: 31 });
  });

  it('goes first before the first card when given only the one after', async () => {
    const result = await move({ id: deal(4), before: deal(1) });
    expect(result.data?.moveOpportunity).toEqual({ id: deal(4), position: 0 });
    expect(calls()[1]).toBe(
      `GET /rest/opportunities?depth=0&ending_before=${recordCursor({ id: deal(1), position: 1 }, ['position'])}&filter=id[neq]:${deal(4)}&limit=1&order_by=position[AscNullsFirst] 200`,
    );
    expect(await order('NEW')).toEqual([deal(4), deal(1), deal(2), deal(3)]);
  });

  it('spreads the cards after a shared position up to the next one when the neighbours share it, last first', async () => {
    const result = await move({ id: deal(1), after: deal(6), before: deal(7) });
    expect(result.data?.moveOpportunity).toEqual({ id: deal(1), position: 12.5 });
    expect(calls()).toEqual([
      `GET /rest/opportunities?depth=0&filter=id[in]:[${deal(1)},${deal(6)},${deal(7)}]&limit=3 200`,
      `GET /rest/opportunities?depth=0&filter=and(id[neq]:${deal(1)},position[eq]:10)&limit=6&order_by=position[AscNullsFirst]&starting_after=${recordCursor({ id: deal(6), position: 10 }, ['position'])} 200`,
      `GET /rest/opportunities?depth=0&filter=and(id[neq]:${deal(1)},position[gt]:10)&limit=1&order_by=position[AscNullsFirst] 200`,
      `PATCH /rest/opportunities/${deal(8)}?depth=0 200`,
      `PATCH /rest/opportunities/${deal(7)}?depth=0 200`,
      `PATCH /rest/opportunities/${deal(1)}?depth=0 200`,
    ]);
    expect(bff.upstream().slice(3).map(({ body }) => body)).toEqual([{ position: 17.5 }, { position: 15 }, { position: 12.5 }]);
    expect(result.extensions?.['upstream']).toMatchObject({ requests: 6, estimated: 9 });
    expect(await order('MEETING')).toEqual([deal(6), deal(7), deal(8), deal(9)]);
    const positions = await bff.data<{ opportunities: { edges: Array<{ node: { id: string } }> } }>(
      '{ opportunities(orderBy: [{ position: AscNullsFirst }], filter: { position: { gte: 10, lte: 20 } }) { edges { node { id } } } }',
    );
    expect(positions.opportunities.edges.map(({ node }) => node.id)).toEqual([deal(6), deal(1), deal(7), deal(8), deal(9)]);
  });

  it('says which cards it renumbered when a later write fails, the board still in order', async () => {
    bff.sandbox.faults.inject({ status: 400, messages: ['Injected refusal'], times: 1, match: { method: 'PATCH', pathPrefix: `/rest/opportunities/${deal(7)}` } });
    const result = await move({ id: deal(1), after: deal(6), before: deal(7) });
    expect(result.data).toEqual({ moveOpportunity: null });
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['writeOutcome'], error.extensions?.['renumbered']])).toEqual([
      ['BAD_USER_INPUT', 'NOT_APPLIED', [deal(8)]],
    ]);
    expect(result.errors?.[0]?.message).toMatch(/Before it, 1 Opportunity records sharing its neighbours' position were moved up, in the same order: /);
    expect(await order('MEETING')).toEqual([deal(6), deal(7), deal(8), deal(9)]);
  });

  it('refuses to renumber more than 5 cards sharing a position, and writes nothing', async () => {
    const result = await move({ id: deal(1), after: deal(20), before: deal(21) });
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['writeOutcome']])).toEqual([['BAD_USER_INPUT', 'NOT_APPLIED']]);
    expect(result.errors?.[0]?.message).toMatch(/^More than 5 Opportunity records share position 30 after /);
    expect(calls().every((line) => line.startsWith('GET'))).toBe(true);
  });

  it.each([
    ['neighbours in the wrong order', { id: deal(1), after: deal(3), before: deal(2) }, 'BAD_USER_INPUT', 1],
    ['neighbours sharing a position in the wrong order', { id: deal(1), after: deal(7), before: deal(6) }, 'BAD_USER_INPUT', 1],
    ['a neighbour that does not exist', { id: deal(1), after: deal(99) }, 'NOT_FOUND', 1],
    ['a moved card that does not exist', { id: deal(99), before: deal(1) }, 'NOT_FOUND', 1],
    ['no neighbour', { id: deal(1) }, 'BAD_USER_INPUT', 0],
    ['the card as its own neighbour', { id: deal(1), after: deal(1) }, 'BAD_USER_INPUT', 0],
  ])('refuses %s, writing nothing', async (_name, variables, code, reads) => {
    const result = await move(variables);
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual([code]);
    expect(bff.upstream()).toHaveLength(reads);
    expect(calls().every((line) => line.startsWith('GET'))).toBe(true);
  });

  it('writes position through create and update inputs', async () => {
    const data = await bff.data<{ createOpportunity: { position: number }; updateOpportunity: { position: number } }>(/* GraphQL */ `
      mutation {
        createOpportunity(data: { name: "Placed", position: 2.25 }) { position }
        updateOpportunity(id: "${deal(3)}", data: { position: 0.5 }) { position }
      }
    `);
    expect(data).toEqual({ createOpportunity: { position: 2.25 }, updateOpportunity: { position: 0.5 } });
  });
});
