import { beforeEach, describe, expect, it } from 'vitest';

import type { RunningSandbox } from '../../src/sandbox/types.js';
import { sandboxes } from './fixtures.js';
import { type ErrorBody, query, restClient } from './restClient.js';

const start = sandboxes();

const id = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const JOHN = id(1, 1);
const JOHN_TWIN = id(1, 2);
const JANE = id(1, 3);
const ACME = id(2, 1);
const ACME_TYPO = id(2, 2);
const GLOBEX = id(2, 3);
const ACME_DOMAIN = id(2, 4);
const DEAL = id(3, 1);
const NOTE_TARGET = id(4, 1);
const NOTE = id(5, 1);
const MISSING = id(9, 9);

interface DuplicatesBody {
  data: Array<Record<string, unknown> & { totalCount: number; pageInfo: Record<string, unknown> }>;
}

function workspace() {
  return {
    demoData: false,
    records: {
      companies: [
        { id: ACME, name: 'Acme Corporation', domainName: { primaryLinkUrl: 'https://acme.test' } },
        { id: ACME_TYPO, name: 'ACME Corporaton', employees: 40 },
        { id: GLOBEX, name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.test' } },
        { id: ACME_DOMAIN, name: 'Acme Labs', domainName: { primaryLinkUrl: 'https://acme.example' } },
      ],
      people: [
        {
          id: JOHN,
          name: { firstName: 'John', lastName: 'Doe' },
          emails: { primaryEmail: 'john@doe.test', additionalEmails: ['jd@doe.test'] },
          city: '',
          jobTitle: 'CEO',
          companyId: ACME,
        },
        {
          id: JOHN_TWIN,
          name: { firstName: 'John', lastName: 'Doe' },
          emails: { primaryEmail: 'johnny@doe.test', additionalEmails: ['jd@doe.test', 'j@doe.test'] },
          city: 'Paris',
          jobTitle: 'Founder',
          companyId: GLOBEX,
        },
        { id: JANE, name: { firstName: 'Jane', lastName: 'Roe' }, emails: { primaryEmail: 'jane@roe.test' }, city: 'Lyon' },
      ],
      opportunities: [{ id: DEAL, name: 'Deal', pointOfContactId: JOHN_TWIN, companyId: ACME_TYPO }],
      notes: [{ id: NOTE, title: 'Call' }],
      noteTargets: [{ id: NOTE_TARGET, noteId: NOTE, personId: JOHN_TWIN }],
    },
  };
}

const idsIn = (entry: Record<string, unknown> | undefined, key: string) => (entry?.[key] as Array<{ id: string }>).map((record) => record.id);

describe('POST /rest/{objects}/duplicates', () => {
  let sandbox: RunningSandbox;
  let rest: ReturnType<typeof restClient>;

  beforeEach(async () => {
    sandbox = await start(workspace());
    rest = restClient(sandbox);
  });

  it('finds the people with the same full name as a data item, one entry per item, with 200', async () => {
    const answer = await rest.post<DuplicatesBody>('/rest/people/duplicates', {
      data: [{ name: { firstName: 'John', lastName: 'Doe' } }, { name: { firstName: 'Nobody', lastName: 'Else' } }],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toHaveLength(2);
    expect(idsIn(answer.body.data[0], 'personDuplicates')).toEqual([JOHN, JOHN_TWIN]);
    expect(answer.body.data[0]).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: expect.any(String), endCursor: expect.any(String) },
    });
    expect(answer.body.data[1]).toEqual({
      personDuplicates: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('finds the duplicates of stored records by id, never the record itself, in the order of the ids', async () => {
    const answer = await rest.post<DuplicatesBody>('/rest/people/duplicates', { ids: [JANE, JOHN_TWIN, MISSING] });
    expect(answer.body.data.map((entry) => idsIn(entry, 'personDuplicates'))).toEqual([[], [JOHN]]);
  });

  it('matches on a canonical e-mail alone, and ignores values shorter than 3 characters', async () => {
    const byEmail = await rest.post<DuplicatesBody>('/rest/people/duplicates', { data: [{ emails: { primaryEmail: 'JANE@roe.test' } }] });
    expect(idsIn(byEmail.body.data[0], 'personDuplicates')).toEqual([JANE]);
    const short = await rest.post<DuplicatesBody>('/rest/people/duplicates', { data: [{ name: { firstName: 'Jo', lastName: 'Doe' } }] });
    expect(short.body.data[0]?.['totalCount']).toBe(0);
  });

  it('matches company names that differ by case, an accent or a typo, not those that only share a word, and domains exactly', async () => {
    const answer = await rest.post<DuplicatesBody>('/rest/companies/duplicates', {
      data: [{ name: 'acme Corporatión' }, { name: 'Globe', domainName: { primaryLinkUrl: 'https://acme.example' } }],
    });
    expect(idsIn(answer.body.data[0], 'companyDuplicates')).toEqual([ACME, ACME_TYPO]);
    expect(idsIn(answer.body.data[1], 'companyDuplicates')).toEqual([ACME_DOMAIN]);
  });

  it('has no duplicates for an object without duplicate criteria', async () => {
    const answer = await rest.post<DuplicatesBody>('/rest/opportunities/duplicates', { ids: [DEAL] });
    expect(answer.body.data).toEqual([
      { opportunityDuplicates: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } },
    ]);
  });

  it.each([
    [{}, 'You have to provide either "data" or "ids" argument'],
    [{ data: [] }, 'The "data" condition can not be empty when "ids" input not provided'],
    [{ data: [], ids: [] }, 'You cannot provide both "data" and "ids" arguments'],
  ])('refuses %j with 400', async (body, message) => {
    const answer = await rest.post<ErrorBody>('/rest/people/duplicates', body);
    expect([answer.status, answer.body]).toEqual([400, { statusCode: 400, error: 'BadRequestException', messages: [message] }]);
  });

  it('answers an empty ids list with an empty list, and embeds relations at depth 1', async () => {
    expect((await rest.post<DuplicatesBody>('/rest/people/duplicates', { ids: [] })).body).toEqual({ data: [] });
    const deep = await rest.post<DuplicatesBody>(`/rest/people/duplicates?${query({ depth: 1 })}`, { ids: [JOHN] });
    expect((deep.body.data[0]?.['personDuplicates'] as Array<{ company: { id: string } }>)[0]?.company.id).toBe(GLOBEX);
    expect((await rest.post<ErrorBody>('/rest/people/duplicates?depth=2', { ids: [] })).status).toBe(400);
  });
});

describe('PATCH /rest/{objects}/merge', () => {
  let sandbox: RunningSandbox;
  let rest: ReturnType<typeof restClient>;

  beforeEach(async () => {
    sandbox = await start(workspace());
    rest = restClient(sandbox);
  });

  it('keeps the priority record with merged values, moves relations to it and destroys the others', async () => {
    const answer = await rest.patch<{ data: { mergePerson: Record<string, unknown> } }>('/rest/people/merge', {
      ids: [JOHN, JOHN_TWIN],
      conflictPriorityIndex: 0,
      dryRun: false,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data.mergePerson).toMatchObject({
      id: JOHN,
      jobTitle: 'CEO',
      // Empty on the kept record: the other's value fills it.
      city: 'Paris',
      companyId: ACME,
      emails: { primaryEmail: 'john@doe.test', additionalEmails: ['jd@doe.test', 'johnny@doe.test', 'j@doe.test'] },
    });
    expect((await rest.get(`/rest/people/${JOHN_TWIN}`)).status).toBe(404);
    const trash = await rest.get<{ data: { people: unknown[] } }>(`/rest/people?${query({ filter: `id[eq]:${JOHN_TWIN},deletedAt[is]:NOT_NULL` })}`);
    expect(trash.body.data.people).toEqual([]);
    const deal = await rest.get<{ data: { opportunity: Record<string, unknown> } }>(`/rest/opportunities/${DEAL}`);
    expect(deal.body.data.opportunity['pointOfContactId']).toBe(JOHN);
    const target = await rest.get<{ data: { noteTarget: Record<string, unknown> } }>(`/rest/noteTargets/${NOTE_TARGET}`);
    expect(target.body.data.noteTarget['personId']).toBe(JOHN);
  });

  it('answers a dry run with the merged record under a new id, in the trash, and writes nothing', async () => {
    const answer = await rest.patch<{ data: { mergeCompany: Record<string, unknown> } }>('/rest/companies/merge', {
      ids: [ACME, ACME_TYPO],
      conflictPriorityIndex: 1,
      dryRun: true,
    });
    expect(answer.body.data.mergeCompany).toMatchObject({
      name: 'ACME Corporaton',
      employees: 40,
      domainName: { primaryLinkUrl: 'https://acme.test' },
      deletedAt: expect.any(String),
    });
    expect([ACME, ACME_TYPO]).not.toContain(answer.body.data.mergeCompany['id']);
    expect((await rest.get(`/rest/companies/${ACME}`)).status).toBe(200);
    expect((await rest.get(`/rest/companies/${ACME_TYPO}`)).status).toBe(200);
  });

  it.each([
    ['opportunities', { ids: [DEAL, DEAL], conflictPriorityIndex: 0 }, 400, "Merge is only available for objects with duplicate criteria. Object 'opportunity' does not have duplicate criteria defined."],
    ['people', { ids: [JOHN], conflictPriorityIndex: 0 }, 400, 'At least 2 record IDs are required for merge'],
    ['people', { ids: Array.from({ length: 10 }, (_, n) => id(1, n + 1)), conflictPriorityIndex: 0 }, 400, 'Maximum 9 records can be merged at once'],
    ['people', { ids: [JOHN, JANE], conflictPriorityIndex: 2 }, 400, "Invalid conflict priority '2'. Valid options for 2 records: 0-1"],
    ['people', { ids: [JOHN, MISSING], conflictPriorityIndex: 0 }, 404, 'Record not found'],
    ['people', { ids: [JOHN, JOHN], conflictPriorityIndex: 0 }, 404, 'Record not found'],
  ])('refuses a merge of %s with %j', async (plural, body, status, message) => {
    const answer = await rest.patch<ErrorBody>(`/rest/${plural}/merge`, body);
    expect([answer.status, answer.body.messages]).toEqual([status, [message]]);
    expect((await rest.get(`/rest/people/${JOHN}`)).status).toBe(200);
  });
});
