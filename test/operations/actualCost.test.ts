import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Four upstream requests: the two lists, then one batch for each relation.
const FOUR_REQUESTS = `{
  people(first: 2, orderBy: [{ id: AscNullsFirst }]) { edges { node { id company { name } } } }
  companies(first: 2, orderBy: [{ id: AscNullsFirst }]) { edges { node { id people(first: 1) { totalCount } } } }
}`;

describe('BFF_MAX_OPERATION_REQUESTS, the cap on what an operation actually sends', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ seed: 42 }, { maxOperationCost: 0, maxOperationRequests: 2 });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('serves the fields reached within the cap and refuses the rest with their paths', async () => {
    const result = await bff.execute(FOUR_REQUESTS, {}, UPSTREAM_COST_HEADER);
    expect(result.data).toEqual({
      people: {
        edges: [
          { node: { id: '02247847-4c77-5995-baac-75a299f9ee02', company: null } },
          { node: { id: '0568723f-89d1-5c29-9110-0486f358382b', company: null } },
        ],
      },
      companies: {
        edges: [
          { node: { id: '07d99797-4c7e-5eaf-9f4d-6db5952d47a9', people: null } },
          { node: { id: '115531ff-622b-592b-8613-2298ff665533', people: null } },
        ],
      },
    });
    const refused = (path: Array<string | number>, restPath: string) => ({
      message: 'Not sent to Twenty: this operation reached its limit of 2 upstream requests. Ask for fewer records or relations.',
      path,
      extensions: { code: 'COST_ACTUAL_TOO_EXPENSIVE', upstream: { status: null, method: 'GET', path: restPath } },
    });
    expect(result.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      refused(['people', 'edges', 0, 'node', 'company'], '/rest/companies'),
      refused(['people', 'edges', 1, 'node', 'company'], '/rest/companies'),
      refused(['companies', 'edges', 0, 'node', 'people'], '/rest/people'),
      refused(['companies', 'edges', 1, 'node', 'people'], '/rest/people'),
    ]);
    // No estimate limit (BFF_MAX_OPERATION_COST=0) although it estimated more than the cap.
    expect(upstreamUsageOf(result)).toEqual({ requests: 2, cacheHits: 0, staleHits: 0, coalesced: 0, budgetWaitMs: 0, estimated: 6 });
    expect(requestLines(bff.upstream())).toEqual([
      'GET /rest/people?depth=0&limit=2&order_by=id[AscNullsFirst] 200',
      'GET /rest/companies?depth=0&limit=2&order_by=id[AscNullsFirst] 200',
    ]);
  });
});
