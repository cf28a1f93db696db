import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { UPSTREAM_COST_HEADER, upstreamUsageOf } from '../utils/postOperation.js';
import { requestLines } from '../utils/requestLines.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Ids that sort in the order written, so Twenty's id tie-breaks are predictable.
const uuid = (kind: number, n: number) => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
const P = {
  harutoSchmidt: uuid(2, 1),
  piotrSchmidt: uuid(2, 2),
  harutoTanaka: uuid(2, 3),
  annaSchmidtke: uuid(2, 4),
  karlHammerschmidt: uuid(2, 5),
  zoeMuller: uuid(2, 6),
  zoeAdams: uuid(2, 7),
  siobhanOBrien: uuid(2, 8),
  liamOBrien: uuid(2, 9),
};
const C = { schmidtPartner: uuid(1, 1), blueYonder: uuid(1, 2) };
const OPPORTUNITY = uuid(3, 1);
const NOTE = uuid(4, 1);
const TASK = uuid(6, 1);
const FOLLOW_UP = (n: number) => uuid(6, 100 + n);

const person = (id: string, firstName: string, lastName: string, email: string, companyId: string | null = null) => ({
  id,
  name: { firstName, lastName },
  emails: { primaryEmail: email, additionalEmails: null },
  companyId,
});

const RECORDS = {
  companies: [
    { id: C.schmidtPartner, name: 'Schmidt & Partner', domainName: { primaryLinkUrl: 'https://schmidt-partner.example', primaryLinkLabel: '', secondaryLinks: null } },
    { id: C.blueYonder, name: 'Blue Yonder Airlines', domainName: { primaryLinkUrl: 'https://blueyonder.example', primaryLinkLabel: '', secondaryLinks: null } },
  ],
  people: [
    {
      ...person(P.harutoSchmidt, 'Haruto', 'Schmidt', 'haruto.schmidt@blueyonder.example', C.blueYonder),
      phones: { primaryPhoneNumber: '628695629', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33', additionalPhones: null },
    },
    person(P.piotrSchmidt, 'Piotr', 'Schmidt', 'piotr@lucerne.example'),
    person(P.harutoTanaka, 'Haruto', 'Tanaka', 'h.tanaka@schmidt-partner.example', C.schmidtPartner),
    person(P.annaSchmidtke, 'Anna', 'Schmidtke', 'anna@example.com'),
    person(P.karlHammerschmidt, 'Karl', 'Hammerschmidt', 'karl@example.com'),
    person(P.zoeMuller, 'Zoë', 'Müller', 'zm@muller.example'),
    person(P.zoeAdams, 'Zoe', 'Adams', 'zoe.adams@example.com'),
    person(P.siobhanOBrien, 'Siobhan', "O'Brien", 'siobhan@example.com'),
    person(P.liamOBrien, 'Liam', 'O’Brien', 'liam@example.com'),
  ],
  opportunities: [{ id: OPPORTUNITY, name: 'Schmidt renewal', companyId: C.schmidtPartner }],
  notes: [{ id: NOTE, title: 'Call with Haruto Schmidt' }],
  tasks: [
    { id: TASK, title: 'Send Schmidt the contract' },
    // 61 matches of "follow up", one more than a search reads.
    ...Array.from({ length: 61 }, (_, n) => ({ id: FOLLOW_UP(n), title: `Follow up ${String(n).padStart(2, '0')}`})),
  ],
};

const ORDER = 'order_by=updatedAt[DescNullsLast]';
const PERSON_FIELDS = ['name.firstName', 'name.lastName', 'emails.primaryEmail', 'phones.primaryPhoneNumber'];
// The read of one object, as requestLines prints it: every word in one of its fields.
function searchLine(plural: string, fields: readonly string[], words: readonly string[]): string {
  const filter = `and(${words.map((word) => `or(${fields.map((field) => `${field}[ilike]:"%${word}%"`).join(',')})`).join(',')})`;
  return `GET /rest/${plural}?depth=0&filter=${filter}&limit=60&${ORDER} 200`;
}
const everyObject = (...words: string[]) => [
  searchLine('people', PERSON_FIELDS, words),
  searchLine('companies', ['name', 'domainName.primaryLinkUrl'], words),
  searchLine('opportunities', ['name'], words),
  searchLine('notes', ['title'], words),
  searchLine('tasks', ['title'], words),
];

const HITS = /* GraphQL */ `
  query Search($query: String!, $objects: [String!], $first: Int) {
    search(query: $query, objects: $objects, first: $first) {
      totalCount
      counts { objectName totalCount }
      hits { objectName recordId label rank matchedField }
    }
  }
`;

interface SearchData {
  search: {
    totalCount: number;
    counts: Array<{ objectName: string; totalCount: number }>;
    hits: Array<{ objectName: string; recordId: string; label: string; rank: string; matchedField: string | null }>;
  };
}

const counts = (person: number, company: number, opportunity: number, note: number, task: number) => [
  { objectName: 'person', totalCount: person },
  { objectName: 'company', totalCount: company },
  { objectName: 'opportunity', totalCount: opportunity },
  { objectName: 'note', totalCount: note },
  { objectName: 'task', totalCount: task },
];

describe('search', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ records: RECORDS });
  });

  afterAll(async () => {
    await bff.close();
  });

  beforeEach(() => {
    bff.resetRequests();
    bff.sandbox.faults.clear();
  });

  it('finds a person by first and last name together, with one read per object', async () => {
    const result = await bff.execute<SearchData>(HITS, { query: 'Haruto Schmidt' }, UPSTREAM_COST_HEADER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual({
      totalCount: 3,
      counts: counts(2, 0, 0, 1, 0),
      hits: [
        { objectName: 'person', recordId: P.harutoSchmidt, label: 'Haruto Schmidt', rank: 'EXACT', matchedField: 'name' },
        { objectName: 'note', recordId: NOTE, label: 'Call with Haruto Schmidt', rank: 'PREFIX', matchedField: 'title' },
        // "Haruto" in the first name, "Schmidt" in the e-mail.
        { objectName: 'person', recordId: P.harutoTanaka, label: 'Haruto Tanaka', rank: 'WORDS', matchedField: null },
      ],
    });
    // Sent at once: they may reach Twenty in any order.
    expect(requestLines(bff.upstream()).sort()).toEqual(everyObject('Haruto', 'Schmidt').sort());
    expect(upstreamUsageOf(result)).toMatchObject({ requests: 5, estimated: 5 });
  });

  it('ranks exact, prefix and contains matches across objects, labels first', async () => {
    const { search } = await bff.data<SearchData>(HITS, { query: 'schmidt' });
    expect(search.hits.map(({ objectName, label, rank, matchedField }) => [objectName, label, rank, matchedField])).toEqual([
      ['person', 'Piotr Schmidt', 'EXACT', 'name.lastName'],
      ['person', 'Haruto Schmidt', 'EXACT', 'name.lastName'],
      ['person', 'Anna Schmidtke', 'PREFIX', 'name'],
      ['company', 'Schmidt & Partner', 'PREFIX', 'name'],
      ['opportunity', 'Schmidt renewal', 'PREFIX', 'name'],
      ['note', 'Call with Haruto Schmidt', 'PREFIX', 'title'],
      ['task', 'Send Schmidt the contract', 'PREFIX', 'title'],
      // The e-mail h.tanaka@schmidt-partner.example: a word of it starts with the query.
      ['person', 'Haruto Tanaka', 'PREFIX', 'emails.primaryEmail'],
      ['person', 'Karl Hammerschmidt', 'CONTAINS', 'name'],
    ]);
    expect(search.counts).toEqual(counts(5, 1, 1, 1, 1));
    expect(requestLines(bff.upstream()).sort()).toEqual(everyObject('schmidt').sort());
  });

  it('finds an e-mail address and a phone number', async () => {
    const byEmail = await bff.data<SearchData>(HITS, { query: 'HARUTO.SCHMIDT@blueyonder.example', objects: ['person'] });
    expect(byEmail.search.hits).toEqual([
      { objectName: 'person', recordId: P.harutoSchmidt, label: 'Haruto Schmidt', rank: 'EXACT', matchedField: 'emails.primaryEmail' },
    ]);
    const byPhone = await bff.data<SearchData>(HITS, { query: '6286', objects: ['person'] });
    expect(byPhone.search.hits).toEqual([
      { objectName: 'person', recordId: P.harutoSchmidt, label: 'Haruto Schmidt', rank: 'PREFIX', matchedField: 'phones.primaryPhoneNumber' },
    ]);
  });

  it('finds plain and accented spellings from an accented query, and only plain ones from a plain query', async () => {
    const accented = await bff.data<SearchData>(HITS, { query: 'Zoë', objects: ['person'] });
    expect(accented.search.hits.map(({ label, rank }) => [label, rank])).toEqual([
      ['Zoe Adams', 'EXACT'],
      ['Zoë Müller', 'EXACT'],
    ]);
    expect(requestLines(bff.upstream())).toEqual([
      `GET /rest/people?depth=0&filter=and(or(${PERSON_FIELDS.flatMap((field) => [`${field}[ilike]:"%Zoë%"`, `${field}[ilike]:"%Zoe%"`]).join(',')}))&limit=60&${ORDER} 200`,
    ]);
    // Twenty's REST filters have no unaccent: "zoe" cannot find Zoë Müller.
    const plain = await bff.data<SearchData>(HITS, { query: 'zoe', objects: ['person'] });
    expect(plain.search.hits.map(({ label }) => label)).toEqual(['Zoe Adams']);
  });

  it('carries apostrophes, matching the typographic one too', async () => {
    const { search } = await bff.data<SearchData>(HITS, { query: "o'brien", objects: ['person'] });
    expect(search.hits.map(({ label, rank }) => [label, rank])).toEqual([
      ['Liam O’Brien', 'EXACT'],
      ["Siobhan O'Brien", 'EXACT'],
    ]);
    expect(requestLines(bff.upstream())).toEqual([searchLine('people', PERSON_FIELDS, ['o_brien'])]);
  });

  it('serves each hit\'s record through the union, with its relations, within the estimate', async () => {
    const result = await bff.execute<{ search: { hits: unknown[] } }>(
      /* GraphQL */ `{
        search(query: "schmidt", objects: ["opportunity", "company"], first: 2) {
          hits {
            objectName
            record {
              __typename
              ... on Company { name domainName { primaryLinkUrl } opportunities { totalCount } }
              ... on Opportunity { name company { name } }
            }
          }
        }
      }`,
      undefined,
      UPSTREAM_COST_HEADER,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.hits).toEqual([
      {
        objectName: 'company',
        record: { __typename: 'Company', name: 'Schmidt & Partner', domainName: { primaryLinkUrl: 'https://schmidt-partner.example' }, opportunities: { totalCount: 1 } },
      },
      { objectName: 'opportunity', record: { __typename: 'Opportunity', name: 'Schmidt renewal', company: { name: 'Schmidt & Partner' } } },
    ]);
    // The company of the opportunity was read by the search itself.
    const lines = requestLines(bff.upstream());
    expect(lines.slice(0, 2).sort()).toEqual([searchLine('companies', ['name', 'domainName.primaryLinkUrl'], ['schmidt']), searchLine('opportunities', ['name'], ['schmidt'])]);
    expect(lines.slice(2)).toEqual([`GET /rest/opportunities?depth=0&filter=companyId[eq]:${C.schmidtPartner}&limit=20 200`]);
    // Two searches, a company batch, and the opportunities of up to two companies (one read, or one each).
    expect(upstreamUsageOf(result)).toMatchObject({ requests: 3, estimated: 2 + 1 + 3 });
  });

  it('ranks the most recently updated candidates of an object with more matches than it reads', async () => {
    // The last of the 61 by id becomes the most recently updated.
    await bff.data(`mutation { updateTask(id: "${FOLLOW_UP(60)}", data: { title: "Follow up" }) { id } }`);
    bff.resetRequests();
    const { search } = await bff.data<SearchData>(HITS, { query: 'follow up', objects: ['task'], first: 3 });
    expect(search.counts).toEqual([{ objectName: 'task', totalCount: 61 }]);
    // Which 59 older ones are read depends on when each was seeded (they may
    // share a millisecond or not): only the order of what was read is fixed.
    const [first, ...others] = search.hits.map(({ recordId, label, rank }) => [recordId, label, rank]);
    expect(first).toEqual([FOLLOW_UP(60), 'Follow up', 'EXACT']);
    expect(others.map(([, label, rank]) => [/^Follow up \d\d$/.test(String(label)), rank])).toEqual([
      [true, 'PREFIX'],
      [true, 'PREFIX'],
    ]);
    expect(String(others[0]?.[1]) < String(others[1]?.[1])).toBe(true);
    // In id order (Twenty's default) the sixty candidates would have stopped before it.
    expect(requestLines(bff.upstream())).toEqual([searchLine('tasks', ['title'], ['follow', 'up'])]);
  });

  it.each([
    ['an empty query', { query: ' ' }, 'query'],
    ['an unknown object', { query: 'schmidt', objects: ['person', 'invoice'] }, 'objects[1]'],
    ['first out of range', { query: 'schmidt', first: 51 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT before any upstream call', async (_title, variables, argumentPath) => {
    const result = await bff.execute(HITS, variables);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['search'], extensions: { code: 'BAD_USER_INPUT', argumentPath } });
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses bad arguments of a relation under a hit before any upstream call', async () => {
    const result = await bff.execute('{ search(query: "schmidt") { hits { record { ... on Company { people(first: 501) { totalCount } } } } } }');
    expect(result.errors?.[0]).toMatchObject({
      path: ['search', 'hits', 'record', 'people'],
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'first' },
    });
    expect(bff.upstream()).toEqual([]);
  });

  it('fails as a whole, with the upstream error, when one object\'s read fails', async () => {
    bff.sandbox.faults.inject({ status: 500, match: { pathPrefix: '/rest/tasks' } });
    const result = await bff.execute<SearchData>(HITS, { query: 'schmidt' });
    expect(result.data).toEqual({ search: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['search'],
      extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 500, method: 'GET', path: '/rest/tasks' } },
    });
  });
});

describe('search of custom objects', () => {
  let bff: TestBff;

  beforeAll(async () => {
    // Read the data model at every operation: the objects below are created after the start.
    bff = await startTestBff({ records: { people: [person(P.harutoSchmidt, 'Haruto', 'Schmidt', 'haruto@example.com')] } }, { workspaceSchema: { refreshMs: 0 } });
    const { workspace } = bff.sandbox;
    workspace.createObject({ nameSingular: 'vessel', namePlural: 'vessels', labelSingular: 'Vessel', labelPlural: 'Vessels' });
    const contractor = workspace.createObject({ nameSingular: 'contractor', namePlural: 'contractors', labelSingular: 'Contractor', labelPlural: 'Contractors' });
    const fullName = workspace.createField({ objectMetadataId: contractor.id, name: 'fullName', label: 'Full name', type: 'FULL_NAME' });
    workspace.updateObject(contractor.id, { labelIdentifierFieldMetadataId: fullName.id });
    await bff.data(/* GraphQL */ `mutation {
      a: createVessel(data: { name: "Haruto Maru" }) { id }
      b: createVessel(data: { name: "Nordlicht" }) { id }
      c: createContractor(data: { name: "ignored", fullName: { firstName: "Haruto", lastName: "Schmidt" } }) { id }
    }`);
  });

  afterAll(async () => {
    await bff.close();
  });

  it('searches a custom object on its label identifier field, text or full name', async () => {
    bff.resetRequests();
    const { search } = await bff.data<SearchData>(HITS, { query: 'haruto' });
    expect(search.counts).toEqual([...counts(1, 0, 0, 0, 0), { objectName: 'contractor', totalCount: 1 }, { objectName: 'vessel', totalCount: 1 }]);
    expect(search.hits.map(({ objectName, label, rank, matchedField }) => [objectName, label, rank, matchedField])).toEqual([
      ['person', 'Haruto Schmidt', 'EXACT', 'name.firstName'],
      ['contractor', 'Haruto Schmidt', 'EXACT', 'fullName.firstName'],
      ['vessel', 'Haruto Maru', 'PREFIX', 'name'],
    ]);
    const searches = requestLines(bff.upstream()).filter((line) => !line.startsWith('GET /rest/metadata/'));
    expect(searches.sort()).toEqual(
      [
        ...everyObject('haruto'),
        searchLine('contractors', ['fullName.firstName', 'fullName.lastName'], ['haruto']),
        searchLine('vessels', ['name'], ['haruto']),
      ].sort(),
    );
  });

  it('serves custom records through the union', async () => {
    const result = await bff.data<{ search: { hits: unknown[] } }>(
      '{ search(query: "haruto", objects: ["vessel", "contractor"]) { hits { record { __typename ... on Vessel { name } ... on Contractor { fullName { lastName } } } } } }',
    );
    expect(result.search.hits).toEqual([
      { record: { __typename: 'Contractor', fullName: { lastName: 'Schmidt' } } },
      { record: { __typename: 'Vessel', name: 'Haruto Maru' } },
    ]);
  });
});
