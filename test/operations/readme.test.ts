import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readExampleOperations } from '../../src/server/exampleOperations.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// The README's example queries are what a newcomer runs first: each must run
// as written against the demo workspace, and say true things about its cost.
const EXAMPLES = readExampleOperations();

describe('README example queries', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('has examples', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(EXAMPLES.map((example) => [example.split('\n')[0] ?? '', example]))('runs %s', async (_title, example) => {
    const result = await bff.execute(example, undefined, { 'x-upstream-cost': '1' });
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {}).every((value) => value !== null)).toBe(true);
    const claimed = /(\d+) upstream requests? for the whole tree/.exec(example);
    if (claimed) {
      // The estimate of each example is checked in costEstimate.test.ts.
      expect(result.extensions).toMatchObject({ upstream: { requests: Number(claimed[1]), estimated: expect.any(Number) } });
    }
  });

  it('finds demo records with the first two examples', async () => {
    const paris = await bff.data<{ people: { totalCount: number; edges: unknown[] } }>(EXAMPLES[0] ?? '');
    expect(paris.people.totalCount).toBeGreaterThan(2);
    expect(paris.people.edges).toHaveLength(2);
    const hostile = await bff.data<{ people: { edges: Array<{ node: { name: { lastName: string }; city: string } }> } }>(EXAMPLES[1] ?? '');
    expect(hostile.people.edges.map(({ node }) => [node.name.lastName, node.city])).toEqual([
      ["O'Brien", 'Dublin'],
      ["D'Angelo", 'Roma'],
    ]);
  });
});
