import { describe, expect, it } from 'vitest';

import { createDemoRecords } from '../demoData.js';
import { isUuid } from '../ids.js';
import { createStandardObjects, recordKeyOf } from '../standardObjects.js';
import type { FieldMetadata, ObjectMetadata, RelationSettings, SandboxRecord } from '../types.js';
import { httpClient, sandboxStarter } from './sandboxHttp.js';

const start = sandboxStarter();

const objects = createStandardObjects();
const records = createDemoRecords(42, objects);

function recordsOf(plural: string): SandboxRecord[] {
  const rows = records[plural];
  if (rows === undefined) {
    throw new Error(`no records for ${plural}`);
  }
  return rows;
}

function settingsOf(field: FieldMetadata): Partial<RelationSettings> {
  return (field.settings ?? {}) as Partial<RelationSettings>;
}

function fullName(record: SandboxRecord): string {
  const name = record.name as { firstName: string; lastName: string };
  return `${name.firstName} ${name.lastName}`;
}

describe('createDemoRecords', () => {
  it('seeds the expected number of records per object', () => {
    const counts = Object.fromEntries(Object.entries(records).map(([plural, rows]) => [plural, rows.length]));
    expect(counts).toMatchObject({
      companies: 50,
      people: 200,
      opportunities: 80,
      notes: 60,
      tasks: 60,
      workspaceMembers: 5,
      attachments: 8,
      favorites: 6,
      timelineActivities: 60,
      messageThreads: 2,
      messages: 5,
      messageParticipants: 11,
      calendarEvents: 3,
      calendarEventParticipants: 8,
    });
    expect(Object.keys(records).sort()).toEqual(objects.map((object) => object.namePlural).sort());
    expect(recordsOf('noteTargets').length).toBeGreaterThan(60);
    expect(recordsOf('taskTargets').length).toBeGreaterThan(60);
  });

  it('gives byte-identical data for the same seed', () => {
    expect(JSON.stringify(createDemoRecords(42, createStandardObjects()))).toBe(JSON.stringify(records));
  });

  it('gives different data for a different seed', () => {
    const other = createDemoRecords(7, objects);
    expect(other.companies?.[0]?.id).not.toBe(records.companies?.[0]?.id);
    const stripIds = (value: Record<string, SandboxRecord[]>): string =>
      JSON.stringify(value, (key, inner: unknown) => (key === 'id' || key.endsWith('Id') ? undefined : inner));
    expect(stripIds(other)).not.toBe(stripIds(records));
  });

  it('gives every record exactly the keys its metadata implies', () => {
    for (const object of objects) {
      const expected = object.fields
        .map(recordKeyOf)
        .filter((key): key is string => key !== null)
        .sort();
      for (const record of recordsOf(object.namePlural)) {
        expect(Object.keys(record).sort()).toEqual(expected);
      }
    }
  });

  it('gives unique UUIDs, distinct positions and live timestamps', () => {
    const base = Date.parse('2026-01-05T09:00:00.000Z');
    const allIds: string[] = [];
    for (const object of objects) {
      const rows = recordsOf(object.namePlural);
      allIds.push(...rows.map((record) => record.id));
      if (object.fields.some((field) => field.name === 'position')) {
        expect(new Set(rows.map((record) => record.position)).size).toBe(rows.length);
      }
      for (const record of rows) {
        expect(record.deletedAt).toBeNull();
        const createdAt = Date.parse(record.createdAt as string);
        const updatedAt = Date.parse(record.updatedAt as string);
        expect(new Date(createdAt).toISOString()).toBe(record.createdAt);
        expect(updatedAt).toBeGreaterThanOrEqual(createdAt);
        expect(updatedAt).toBeLessThanOrEqual(base);
      }
    }
    expect(allIds.every(isUuid)).toBe(true);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('points every join column at null or an existing record of the target object', () => {
    const idsByObjectId = new Map(
      objects.map((object) => [object.id, new Set(recordsOf(object.namePlural).map((record) => record.id))]),
    );
    for (const object of objects) {
      for (const field of object.fields.filter((candidate) => settingsOf(candidate).relationType === 'MANY_TO_ONE')) {
        const key = settingsOf(field).joinColumnName as string;
        const targets = idsByObjectId.get(field.relation?.targetObjectMetadata.id ?? '');
        for (const record of recordsOf(object.namePlural)) {
          const value = record[key];
          if (value !== null) {
            expect(targets?.has(value as string), `${object.nameSingular}.${key} = ${String(value)}`).toBe(true);
          }
        }
      }
    }
  });

  it('includes people with non-ASCII names, apostrophes and commas', () => {
    const people = recordsOf('people');
    const names = people.map(fullName);
    expect(names).toEqual(
      expect.arrayContaining([
        'Zoë Müller',
        'Łukasz Wiśniewski',
        'François Lefèvre',
        '太郎 山田',
        'José Ñúñez',
        "Siobhan O'Brien",
        "Marco D'Angelo",
        "Patrick O'Neil",
      ]),
    );
    expect(people.find((person) => fullName(person) === "Siobhan O'Brien")?.emails).toEqual({
      primaryEmail: 'siobhan.obrien@margiestravel.ie',
      additionalEmails: null,
    });
    expect(people.some((person) => person.jobTitle === 'Head of Sales, EMEA')).toBe(true);
    expect(people.some((person) => person.jobTitle === 'Director, Partnerships (APAC)')).toBe(true);
    expect(people.filter((person) => person.city === 'Paris').length).toBeGreaterThanOrEqual(3);
    expect(people.some((person) => person.city === '')).toBe(true);
    expect(people.some((person) => person.jobTitle === '')).toBe(true);
    expect(people.some((person) => person.companyId === null)).toBe(true);
  });

  it('gives people unique lower-case emails and phones with calling codes', () => {
    const people = recordsOf('people');
    const emails = people.map((person) => (person.emails as { primaryEmail: string }).primaryEmail);
    expect(emails.every((email) => email === email.toLowerCase() && /^[a-z0-9.]+@[a-z0-9.]+$/.test(email))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
    const callingCodes = new Set(
      people.map((person) => (person.phones as { primaryPhoneCallingCode: string }).primaryPhoneCallingCode),
    );
    expect(callingCodes).toContain('+33');
    expect(callingCodes).toContain('+1');
    expect(callingCodes).toContain('');
  });

  it('gives companies normalised domains, addresses in several countries and ARR in micros', () => {
    const companies = recordsOf('companies');
    expect(companies.map((company) => company.name)).toContain('Acme (Holdings)');
    expect(companies.find((company) => company.name === 'Acme (Holdings)')?.domainName).toEqual({
      primaryLinkUrl: 'https://acme.com',
      primaryLinkLabel: '',
      secondaryLinks: null,
    });
    const urls = companies.map((company) => (company.domainName as { primaryLinkUrl: string }).primaryLinkUrl);
    expect(urls.filter((url) => url !== '').every((url) => /^https:\/\/[a-z0-9.]+[a-z]$/.test(url))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    const countries = new Set(companies.map((company) => (company.address as { addressCountry: string }).addressCountry));
    expect(countries.size).toBeGreaterThanOrEqual(5);
    for (const company of companies) {
      const arr = company.annualRecurringRevenue as { amountMicros: number | null; currencyCode: string };
      if (arr.amountMicros !== null) {
        expect(Number.isSafeInteger(arr.amountMicros)).toBe(true);
        expect(arr.amountMicros % 1_000_000).toBe(0);
        expect(arr.currencyCode).toMatch(/^[A-Z]{3}$/);
      }
    }
    expect(companies.some((company) => company.accountOwnerId !== null)).toBe(true);
  });

  it('spreads opportunities over the five stages with some missing links', () => {
    const opportunities = recordsOf('opportunities');
    expect(new Set(opportunities.map((opportunity) => opportunity.stage))).toEqual(
      new Set(['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER']),
    );
    expect(opportunities.some((opportunity) => opportunity.companyId === null)).toBe(true);
    expect(opportunities.some((opportunity) => opportunity.pointOfContactId === null)).toBe(true);
    expect(opportunities.some((opportunity) => opportunity.closeDate === null)).toBe(true);
  });

  it('links notes and tasks to zero, one or several targets, one target per row', () => {
    for (const [plural, targetPlural, key] of [
      ['notes', 'noteTargets', 'noteId'],
      ['tasks', 'taskTargets', 'taskId'],
    ] as const) {
      const targets = recordsOf(targetPlural);
      const perParent = new Map<unknown, number>();
      for (const target of targets) {
        perParent.set(target[key], (perParent.get(target[key]) ?? 0) + 1);
        const set = ['personId', 'companyId', 'opportunityId'].filter((column) => target[column] !== null);
        expect(set).toHaveLength(1);
      }
      const counts = recordsOf(plural).map((parent) => perParent.get(parent.id) ?? 0);
      expect(counts).toContain(0);
      expect(counts).toContain(1);
      expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes rich-text bodies as BlockNote JSON plus markdown', () => {
    for (const record of [...recordsOf('notes'), ...recordsOf('tasks')]) {
      const body = record.bodyV2 as { blocknote: string | null; markdown: string | null };
      if (body.blocknote === null) {
        expect(body).toEqual({ blocknote: null, markdown: null });
      } else {
        const blocks = JSON.parse(body.blocknote) as Array<{ content: Array<{ text: string }> }>;
        expect(blocks.length).toBeGreaterThan(0);
        expect(body.markdown).toContain(blocks[0]?.content[0]?.text);
      }
    }
  });

  it('gives tasks statuses, due dates and assignees', () => {
    const tasks = recordsOf('tasks');
    for (const status of ['TODO', 'IN_PROGRESS', 'DONE']) {
      expect(tasks.some((task) => task.status === status)).toBe(true);
    }
    expect(tasks.some((task) => task.dueAt === null)).toBe(true);
    expect(tasks.some((task) => task.dueAt !== null)).toBe(true);
    expect(tasks.some((task) => task.assigneeId !== null)).toBe(true);
  });

  it('records actors that name real workspace members', () => {
    const members = new Map(recordsOf('workspaceMembers').map((member) => [member.id, fullName(member)]));
    const sources = new Set<string>();
    for (const object of objects) {
      // Objects without actors (messages, favorites…) have no such keys.
      for (const record of recordsOf(object.namePlural).filter((candidate) => 'createdBy' in candidate)) {
        for (const key of ['createdBy', 'updatedBy']) {
          const actor = record[key] as { source: string; workspaceMemberId: string | null; name: string; context: unknown };
          sources.add(actor.source);
          expect(actor.context).toEqual({});
          if (actor.workspaceMemberId !== null) {
            expect(members.get(actor.workspaceMemberId)).toBe(actor.name);
          }
        }
      }
    }
    expect([...sources].sort()).toEqual(['API', 'IMPORT', 'MANUAL']);
  });

  it('skips objects missing from the metadata and leaves references to them null', () => {
    const withoutMembers: ObjectMetadata[] = objects.filter((object) => object.nameSingular !== 'workspaceMember');
    const partial = createDemoRecords(42, withoutMembers);
    expect(partial.workspaceMembers).toBeUndefined();
    expect(partial.companies?.every((company) => company.accountOwnerId === null)).toBe(true);
    expect(partial.tasks?.every((task) => task.assigneeId === null)).toBe(true);
    expect(partial.people?.every((person) => (person.createdBy as { source: string }).source === 'API')).toBe(true);
    expect(partial.favorites?.every((favorite) => favorite.forWorkspaceMemberId === null)).toBe(true);
    expect(partial.messageParticipants?.every((participant) => participant.personId !== null)).toBe(true);
    expect(partial.calendarEventParticipants?.map((participant) => participant.handle)).toEqual([
      'siobhan.obrien@margiestravel.ie',
      'francois.lefevre@boulangerfils.fr',
    ]);
  });

  it('gives favorites of three members on companies, people, opportunities, tasks and notes', () => {
    expect(
      recordsOf('favorites').map((favorite) => [
        recordsOf('workspaceMembers').findIndex((member) => member.id === favorite.forWorkspaceMemberId),
        ['companyId', 'personId', 'opportunityId', 'taskId', 'noteId'].filter((key) => favorite[key] !== null),
        favorite.position,
        favorite.viewId,
      ]),
    ).toEqual([
      [0, ['companyId'], 0, null],
      [0, ['personId'], 1, null],
      [0, ['opportunityId'], 2, null],
      [1, ['companyId'], 3, null],
      [1, ['taskId'], 4, null],
      [2, ['noteId'], 5, null],
    ]);
  });

  it('records a created event on the timeline of every company and notable person, by its creator', () => {
    const activities = recordsOf('timelineActivities');
    const companies = recordsOf('companies');
    const [first] = activities;
    const [acme] = companies;
    expect(first).toEqual({
      id: first?.id,
      happensAt: acme?.createdAt,
      name: 'company.created',
      properties: { after: { id: acme?.id, name: 'Acme (Holdings)', employees: acme?.employees, domainName: acme?.domainName } },
      linkedRecordCachedName: '',
      linkedRecordId: acme?.id,
      linkedObjectMetadataId: null,
      workspaceMemberId: (acme?.createdBy as { workspaceMemberId: string | null }).workspaceMemberId,
      targetPersonId: null,
      targetCompanyId: acme?.id,
      targetOpportunityId: null,
      targetNoteId: null,
      targetTaskId: null,
      createdAt: acme?.createdAt,
      updatedAt: acme?.createdAt,
      deletedAt: null,
    });
    expect(activities.filter((activity) => activity.name === 'company.created').map((activity) => activity.targetCompanyId)).toEqual(
      companies.map((company) => company.id),
    );
    expect(activities.filter((activity) => activity.name === 'person.created').map((activity) => activity.targetPersonId)).toEqual(
      recordsOf('people').slice(0, 10).map((person) => person.id),
    );
  });

  it('threads emails between contacts and members, with from, to and cc participants', () => {
    const threads = recordsOf('messageThreads').map((thread) => thread.id);
    expect(
      recordsOf('messages').map((message) => [threads.indexOf(message.messageThreadId as string), message.direction, message.subject]),
    ).toEqual([
      [0, 'INCOMING', 'Renewal pricing for 2026'],
      [0, 'OUTGOING', 'Re: Renewal pricing for 2026'],
      [0, 'INCOMING', 'Re: Renewal pricing for 2026'],
      [1, 'OUTGOING', 'Démo de la plateforme'],
      [1, 'INCOMING', 'Re: Démo de la plateforme'],
    ]);
    const firstMessage = recordsOf('messages')[0]?.id;
    expect(
      recordsOf('messageParticipants')
        .filter((participant) => participant.messageId === firstMessage)
        .map(({ role, handle, displayName }) => [role, handle, displayName]),
    ).toEqual([
      ['from', 'siobhan.obrien@margiestravel.ie', "Siobhan O'Brien"],
      ['to', 'alice.martin@twenty-bff.dev', 'Alice Martin'],
    ]);
    expect(recordsOf('messageParticipants').filter((participant) => participant.role === 'cc').map((participant) => participant.handle)).toEqual([
      'bruno.costa@twenty-bff.dev',
    ]);
  });

  it('schedules calendar events, one cancelled and one all-day, with organizers and answers', () => {
    expect(
      recordsOf('calendarEvents').map(({ title, startsAt, endsAt, isCanceled, isFullDay, conferenceLink }) => [
        title,
        startsAt,
        endsAt,
        isCanceled,
        isFullDay,
        (conferenceLink as { primaryLinkUrl: string }).primaryLinkUrl,
      ]),
    ).toEqual([
      ["Renewal call with Margie's Travel", '2026-01-08T14:00:00.000Z', '2026-01-08T14:30:00.000Z', false, false, 'https://meet.google.com/abc-defg-hij'],
      ['Démo — Boulanger & Fils', '2026-01-06T13:00:00.000Z', '2026-01-06T14:00:00.000Z', true, false, ''],
      ['Team offsite', '2026-01-15T00:00:00.000Z', '2026-01-16T00:00:00.000Z', false, true, ''],
    ]);
    const events = recordsOf('calendarEvents').map((event) => event.id);
    expect(
      recordsOf('calendarEventParticipants').map(({ calendarEventId, handle, isOrganizer, responseStatus }) => [
        events.indexOf(calendarEventId as string),
        handle,
        isOrganizer,
        responseStatus,
      ]),
    ).toEqual([
      [0, 'alice.martin@twenty-bff.dev', true, 'ACCEPTED'],
      [0, 'siobhan.obrien@margiestravel.ie', false, 'ACCEPTED'],
      [0, 'bruno.costa@twenty-bff.dev', false, 'TENTATIVE'],
      [1, 'chloe.dubois@twenty-bff.dev', true, 'ACCEPTED'],
      [1, 'francois.lefevre@boulangerfils.fr', false, 'DECLINED'],
      [2, 'alice.martin@twenty-bff.dev', true, 'ACCEPTED'],
      [2, 'dev.patel@twenty-bff.dev', false, 'NEEDS_ACTION'],
      [2, 'emma.schmidt@twenty-bff.dev', false, 'TENTATIVE'],
    ]);
  });

  it('stores attachments under attachment/<uuid>.<extension>, as Twenty does', () => {
    for (const attachment of recordsOf('attachments')) {
      const extension = (attachment.name as string).split('.').pop();
      expect(attachment.fullPath).toMatch(new RegExp(`^attachment/[0-9a-f-]{36}\\.${extension}$`));
      expect(isUuid((attachment.fullPath as string).slice('attachment/'.length, 'attachment/'.length + 36))).toBe(true);
    }
  });
});

describe('createDemoRecords served by startSandbox', () => {
  type Listed = { data: Record<string, SandboxRecord[]>; totalCount: number };
  type One = { data: Record<string, SandboxRecord> };
  const idsOf = (rows: unknown): string[] => (rows as SandboxRecord[]).map((row) => row.id);

  it('embeds the new relations at depth 1 on both sides', async () => {
    const client = httpClient(await start());
    const [acme] = records.companies ?? [];
    const company = (await client.get<One>(`/rest/companies/${acme?.id ?? ''}?depth=1`)).body.data['company'];
    expect((company?.['timelineActivities'] as SandboxRecord[]).map((activity) => activity['name'])).toEqual(['company.created']);
    for (const favorite of recordsOf('favorites').filter((row) => row['companyId'] !== null)) {
      const favored = (await client.get<One>(`/rest/companies/${String(favorite['companyId'])}?depth=1`)).body.data['company'];
      expect(idsOf(favored?.['favorites'])).toContain(favorite.id);
    }
    const threads = (await client.get<Listed>('/rest/messageThreads?depth=1')).body.data['messageThreads'] ?? [];
    // Embedded lists come in id order.
    const messagesByThread = new Map(threads.map((thread) => [thread.id, idsOf(thread['messages'])]));
    expect(recordsOf('messageThreads').map((thread) => messagesByThread.get(thread.id))).toEqual([
      idsOf(recordsOf('messages').slice(0, 3)).sort(),
      idsOf(recordsOf('messages').slice(3)).sort(),
    ]);
    const [firstMessage] = recordsOf('messages');
    const message = (await client.get<One>(`/rest/messages/${firstMessage?.id ?? ''}?depth=1`)).body.data['message'];
    expect((message?.['messageThread'] as SandboxRecord).id).toBe(firstMessage?.['messageThreadId']);
    expect((message?.['messageParticipants'] as SandboxRecord[]).map((participant) => participant['role']).sort()).toEqual(['from', 'to']);
    const siobhan = recordsOf('people')[5];
    const person = (await client.get<One>(`/rest/people/${siobhan?.id ?? ''}?depth=1`)).body.data['person'];
    expect((person?.['messageParticipants'] as SandboxRecord[]).length).toBe(3);
    expect(idsOf(person?.['calendarEventParticipants'])).toEqual(
      idsOf(recordsOf('calendarEventParticipants').filter((participant) => participant['personId'] === siobhan?.id)),
    );
    expect((person?.['timelineActivities'] as SandboxRecord[]).map((activity) => activity['name'])).toEqual(['person.created']);
  });

  it('filters and orders the new objects like any other', async () => {
    const client = httpClient(await start());
    expect((await client.get<Listed>('/rest/timelineActivities?filter=name[eq]:person.created&limit=1')).body.totalCount).toBe(10);
    const upcoming = (await client.get<Listed>('/rest/calendarEvents?filter=isCanceled[eq]:false&order_by=startsAt[AscNullsLast]')).body;
    expect((upcoming.data['calendarEvents'] ?? []).map((event) => event['title'])).toEqual(["Renewal call with Margie's Travel", 'Team offsite']);
    const cc = (await client.get<Listed>('/rest/messageParticipants?filter=role[eq]:cc&depth=1')).body.data['messageParticipants'] ?? [];
    expect(cc.map((participant) => (participant['workspaceMember'] as SandboxRecord | null)?.['userEmail'])).toEqual(['bruno.costa@twenty-bff.dev']);
  });
});
