import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const companies = Array.from({ length: 100 }, (_, index) => ({ id: uuid(1, index + 1), name: `C${index + 1}` }));
const people = companies.map((company, index) => ({ id: uuid(2, index + 1), name: { firstName: 'P', lastName: `${index}` }, companyId: company.id }));

// TWENTY_PAGE_CAP=200 (newest Twenty) against a Twenty that caps at 60 (its
// docs, older releases): Twenty clamps silently, so nothing may be lost.
describe('TWENTY_PAGE_CAP above the real cap', () => {
  let bff: TestBff;

  beforeAll(async () => {
    const twenty = { pageCap: 200 };
    bff = await startTestBff({ maxLimit: 60, demoData: false, records: { companies, people } }, { twenty });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('loads every person’s company, at most 60 ids a request', async () => {
    bff.resetRequests();
    const data = await bff.data<{ people: { edges: Array<{ node: { name: { lastName: string }; company: { name: string } | null } }> } }>(
      '{ people(first: 100) { edges { node { name { lastName } company { name } } } } }',
    );
    expect(data.people.edges.map(({ node }) => [node.name.lastName, node.company?.name])).toEqual(
      people.map((person, index) => [person.name.lastName, companies[index]?.name]),
    );
    const companyRequests = bff.upstream().filter((entry) => entry.path === '/rest/companies');
    expect(companyRequests.map((entry) => entry.query['limit'])).toEqual(['60', '40']);
  });
});
