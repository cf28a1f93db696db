import { describe, expect, it } from 'vitest';

import { sandboxes } from './fixtures.js';
import { restClient } from './restClient.js';

const start = sandboxes();

describe('startSandbox request log', () => {
  it('records method, path, decoded query and status, oldest first', async () => {
    const sandbox = await start({ demoData: false });
    const rest = restClient(sandbox);
    await rest.get('/rest/people?limit=2&filter=city%5Beq%5D%3A%22Paris%22');
    await rest.get('/rest/nothing');
    expect(sandbox.requests.map(({ method, path, query, status }) => ({ method, path, query, status }))).toEqual([
      { method: 'GET', path: '/rest/people', query: { limit: '2', filter: 'city[eq]:"Paris"' }, status: 200 },
      { method: 'GET', path: '/rest/nothing', query: {}, status: 400 },
    ]);
  });

  it('keeps only the newest requestLogLimit entries', async () => {
    const sandbox = await start({ demoData: false, requestLogLimit: 3 });
    const rest = restClient(sandbox);
    for (const limit of [1, 2, 3, 4, 5]) {
      await rest.get(`/rest/companies?limit=${limit}`);
    }
    expect(sandbox.requests.map((entry) => entry.query['limit'])).toEqual(['3', '4', '5']);
  });
});
