import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const ANN = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';

// Within one operation the loaders must never serve a value a write may have
// changed, whether the write succeeded or failed with an unknown outcome.
describe('loaders within a mutation operation', () => {
  let bff: TestBff;

  beforeAll(async () => {
    const twenty = { timeoutMs: 300, retryLimit: 2 };
    bff = await startTestBff(
      {
        demoData: false,
        records: {
          companies: [{ id: ACME, name: 'Acme' }],
          people: [{ id: ANN, name: { firstName: 'Ann', lastName: 'Lee' }, companyId: ACME }],
        },
      },
      { twenty },
    );
  });

  afterAll(async () => {
    await bff.close();
  });

  const OPERATION = /* GraphQL */ `
    mutation ($person: UUID!, $company: UUID!) {
      before: updatePerson(id: $person, data: { jobTitle: "CEO" }) { company { name } }
      rename: updateCompany(id: $company, data: { name: "Acme Renamed" }) { name }
      after: updatePerson(id: $person, data: { jobTitle: "CTO" }) { company { name } }
    }
  `;

  it('reads a record again after a write to it timed out, and sees that the write happened', async () => {
    // Every attempt (the first and both retries) runs, then times out: the outcome stays unknown.
    bff.sandbox.faults.inject({ kind: 'timeout', when: 'after', times: 3, match: { method: 'PATCH', pathPrefix: '/rest/companies' } });
    bff.resetRequests();
    const result = await bff.execute<Record<string, { company?: { name: string }; name?: string } | null>>(OPERATION, {
      person: ANN,
      company: ACME,
    });
    expect(result.data).toEqual({
      before: { company: { name: 'Acme' } },
      rename: null,
      after: { company: { name: 'Acme Renamed' } },
    });
    expect(
      result.errors?.map((error) => [error.path, error.extensions?.['code'], error.extensions?.['writeOutcome'], error.extensions?.['mayHaveApplied']]),
    ).toEqual([[['rename'], 'UPSTREAM_TIMEOUT', 'UNKNOWN', true]]);
    // The company was read, written (three attempts, none answered), then read again.
    expect(bff.upstream().map(({ method, path }) => `${method} ${path}`)).toEqual([
      `PATCH /rest/people/${ANN}`,
      'GET /rest/companies',
      `PATCH /rest/companies/${ACME}`,
      `PATCH /rest/companies/${ACME}`,
      `PATCH /rest/companies/${ACME}`,
      `PATCH /rest/people/${ANN}`,
      'GET /rest/companies',
    ]);
  });
});
