import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Every object the schema lists, with a few of its typed fields, read over
// the demo workspace and compared with what Twenty's REST API itself returns.
const OBJECTS = [
  { plural: 'companies', singular: 'company', fields: 'id name employees domainName { primaryLinkUrl } accountOwnerId' },
  { plural: 'people', singular: 'person', fields: 'id name { firstName lastName } emails { primaryEmail } city companyId' },
  { plural: 'opportunities', singular: 'opportunity', fields: 'id name stage amount { amountMicros currencyCode } companyId' },
  { plural: 'notes', singular: 'note', fields: 'id title bodyV2 { markdown }' },
  { plural: 'tasks', singular: 'task', fields: 'id title status dueAt assigneeId' },
  { plural: 'noteTargets', singular: 'noteTarget', fields: 'id noteId personId companyId opportunityId' },
  { plural: 'taskTargets', singular: 'taskTarget', fields: 'id taskId personId companyId opportunityId' },
  { plural: 'workspaceMembers', singular: 'workspaceMember', fields: 'id name { firstName lastName } userEmail locale' },
  { plural: 'attachments', singular: 'attachment', fields: 'id name fullPath fileCategory' },
] as const;

const MISSING_ID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

type Row = Record<string, unknown> & { id: string };

describe.each(OBJECTS)('Query.$plural and Query.$singular', ({ plural, singular, fields }) => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff();
  });

  afterAll(async () => {
    await bff.close();
  });

  /** What Twenty's REST API answers directly, bypassing twenty-bff. */
  async function rest(path: string): Promise<{ data: Record<string, unknown>; totalCount?: number }> {
    const response = await fetch(`${bff.sandbox.url}/rest/${path}`, { headers: { authorization: `Bearer ${bff.sandbox.apiKey}` } });
    return (await response.json()) as { data: Record<string, unknown>; totalCount?: number };
  }

  /** A REST record cut down to the selection, as GraphQL would return it. */
  function pick(record: Row, selection: string): Row {
    const picked: Row = { id: record.id };
    const tokens: string[] = selection.match(/\w+|[{}]/g) ?? [];
    for (let index = 0; index < tokens.length; index += 1) {
      const key = tokens[index] as string;
      if (tokens[index + 1] === '{') {
        const end = tokens.indexOf('}', index);
        const sub = tokens.slice(index + 2, end);
        const value = record[key] as Record<string, unknown> | null | undefined;
        picked[key] = value == null ? null : Object.fromEntries(sub.map((name) => [name, value[name] ?? null]));
        index = end;
      } else {
        picked[key] = record[key] ?? null;
      }
    }
    return picked;
  }

  it('lists the first records exactly as Twenty returns them, in one upstream request', async () => {
    bff.resetRequests();
    const data = await bff.data<Record<string, { totalCount: number; edges: Array<{ node: Row }> }>>(
      `{ ${plural}(first: 5) { totalCount edges { node { ${fields} } } } }`,
    );
    expect(bff.upstream().map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: 'GET', path: `/rest/${plural}`, query: { limit: '5', depth: '0' } },
    ]);
    const direct = await rest(`${plural}?limit=5`);
    const rows = direct.data[plural] as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(data[plural]?.totalCount).toBe(direct.totalCount);
    expect(data[plural]?.edges.map((edge) => edge.node)).toEqual(rows.map((row) => pick(row, fields)));
  });

  it('gets one record by id, and null for an id Twenty does not have', async () => {
    const direct = await rest(`${plural}?limit=1`);
    const [row] = direct.data[plural] as Row[];
    const data = await bff.data<Record<string, Row | null>>(
      `query One($id: UUID!, $missing: UUID!) { one: ${singular}(id: $id) { ${fields} } none: ${singular}(id: $missing) { id } }`,
      { id: row?.id, missing: MISSING_ID },
    );
    expect(data['one']).toEqual(pick(row as Row, fields));
    expect(data['none']).toBeNull();
  });
});

describe('Query.company with a malformed id', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('refuses it as a variable of type UUID before any upstream call', async () => {
    bff.resetRequests();
    const result = await bff.execute('query ($id: UUID!) { company(id: $id) { id } }', { id: "1' OR '1'='1" });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bff.upstream()).toEqual([]);
  });
});
