import { beforeEach, describe, expect, it } from 'vitest';

import type { FieldMetadata, ObjectMetadata, RunningSandbox } from '../types.js';
import { metadataNameFromLabelOrThrow } from '../workspaceMetadata.js';
import { type ErrorBody, httpClient, sandboxStarter } from './sandboxHttp.js';

const start = sandboxStarter();

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const GLOBEX = '4a0f5b2e-6d1c-4c8e-9b7a-000000000002';
const MISSING = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
const personId = (n: number): string => `7c1d2e3f-4a5b-4c6d-8e9f-${String(n).padStart(12, '0')}`;
const opportunityId = (n: number): string => `9e8d7c6b-5a49-4382-8170-${String(n).padStart(12, '0')}`;

type Client = ReturnType<typeof httpClient>;
type RecordBody = Record<string, unknown> & { id: string };

/** Two companies, three people, two opportunities and a note target; no demo data; metadata in the new envelope. */
async function smallSandbox(): Promise<RunningSandbox> {
  return start({
    demoData: false,
    metadataEnvelope: 'new',
    records: {
      companies: [
        { id: ACME, name: 'Acme' },
        { id: GLOBEX, name: 'Globex' },
      ],
      people: [
        { id: personId(1), name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'London', companyId: ACME },
        { id: personId(2), name: { firstName: 'Grace', lastName: 'Hopper' }, city: 'Arlington', companyId: GLOBEX },
        { id: personId(3), name: { firstName: 'Alan', lastName: 'Turing' }, city: 'London' },
      ],
      opportunities: [
        { id: opportunityId(1), name: 'Acme renewal', stage: 'MEETING', companyId: ACME },
        { id: opportunityId(2), name: 'Globex pilot', stage: 'NEW', companyId: GLOBEX },
      ],
    },
  });
}

async function objectNamed(client: Client, nameSingular: string): Promise<ObjectMetadata> {
  const objects = (await client.get<{ data: ObjectMetadata[] }>('/rest/metadata/objects?limit=200')).body.data;
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (object === undefined) {
    throw new Error(`no object ${nameSingular}`);
  }
  return object;
}

async function fieldNamed(client: Client, nameSingular: string, fieldName: string): Promise<FieldMetadata | undefined> {
  return (await objectNamed(client, nameSingular)).fields.find((field) => field.name === fieldName);
}

async function recordsOf(client: Client, plural: string, query = ''): Promise<RecordBody[]> {
  const answer = await client.get<{ data: Record<string, RecordBody[]> }>(`/rest/${plural}${query}`);
  expect(answer.status).toBe(200);
  return answer.body.data[plural] ?? [];
}

const ids = (records: readonly RecordBody[]): string[] => records.map(({ id }) => id);

describe('WorkspaceMetadata over HTTP', () => {
  describe('POST /rest/metadata/fields with type RELATION', () => {
    let sandbox: RunningSandbox;
    let client: Client;
    let opportunity: ObjectMetadata;
    let person: ObjectMetadata;

    beforeEach(async () => {
      sandbox = await smallSandbox();
      client = httpClient(sandbox);
      opportunity = await objectNamed(client, 'opportunity');
      person = await objectNamed(client, 'person');
    });

    const referrer = () => ({
      type: 'RELATION',
      objectMetadataId: opportunity.id,
      name: 'referrer',
      label: 'Referrer',
      relationCreationPayload: {
        type: 'MANY_TO_ONE',
        targetObjectMetadataId: person.id,
        targetFieldLabel: 'Referred opportunities',
        targetFieldIcon: 'IconUsers',
      },
    });

    it('creates the MANY_TO_ONE field and its ONE_TO_MANY inverse, described as Twenty describes them', async () => {
      const created = await client.post<FieldMetadata>('/rest/metadata/fields', referrer());
      expect(created.status).toBe(201);
      const field = created.body;
      const inverseId = field.relation?.targetFieldMetadata.id ?? '';
      const opportunityRef = { id: opportunity.id, nameSingular: 'opportunity', namePlural: 'opportunities' };
      const personRef = { id: person.id, nameSingular: 'person', namePlural: 'people' };
      expect(field).toEqual({
        id: field.id,
        objectMetadataId: opportunity.id,
        type: 'RELATION',
        name: 'referrer',
        label: 'Referrer',
        description: 'Opportunities tied to the Person',
        icon: 'IconRelationOneToMany',
        isCustom: true,
        isActive: true,
        isSystem: false,
        isNullable: true,
        isUnique: false,
        defaultValue: null,
        options: null,
        settings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: 'referrerId' },
        relation: {
          type: 'MANY_TO_ONE',
          sourceObjectMetadata: opportunityRef,
          targetObjectMetadata: personRef,
          sourceFieldMetadata: { id: field.id, name: 'referrer' },
          targetFieldMetadata: { id: inverseId, name: 'referredOpportunities' },
        },
        createdAt: field.createdAt,
        updatedAt: field.createdAt,
      });
      const inverse = await client.get<FieldMetadata>(`/rest/metadata/fields/${inverseId}`);
      expect(inverse.body).toEqual({
        id: inverseId,
        objectMetadataId: person.id,
        type: 'RELATION',
        name: 'referredOpportunities',
        label: 'Referred opportunities',
        description: 'People Opportunity',
        icon: 'IconUsers',
        isCustom: true,
        isActive: true,
        isSystem: false,
        isNullable: true,
        isUnique: false,
        defaultValue: null,
        options: null,
        settings: { relationType: 'ONE_TO_MANY' },
        relation: {
          type: 'ONE_TO_MANY',
          sourceObjectMetadata: personRef,
          targetObjectMetadata: opportunityRef,
          sourceFieldMetadata: { id: inverseId, name: 'referredOpportunities' },
          targetFieldMetadata: { id: field.id, name: 'referrer' },
        },
        createdAt: field.createdAt,
        updatedAt: field.createdAt,
      });
      expect((await objectNamed(client, 'opportunity')).fields.at(-1)).toEqual(field);
      expect((await objectNamed(client, 'person')).fields.at(-1)).toEqual(inverse.body);
    });

    it('creates from the ONE_TO_MANY side, naming the inverse from its label, with the default icons and a given description on both', async () => {
      const company = await objectNamed(client, 'company');
      const created = await client.post<FieldMetadata>('/rest/metadata/fields', {
        type: 'RELATION',
        objectMetadataId: company.id,
        name: 'alumni',
        label: 'Alumni',
        description: 'Former employees',
        relationCreationPayload: { type: 'ONE_TO_MANY', targetObjectMetadataId: person.id, targetFieldLabel: '  Former   employer ' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'alumni',
        icon: 'IconRelationOneToMany',
        description: 'Former employees',
        settings: { relationType: 'ONE_TO_MANY' },
        relation: { type: 'ONE_TO_MANY', targetFieldMetadata: { name: 'formerEmployer' } },
      });
      expect(await fieldNamed(client, 'person', 'formerEmployer')).toMatchObject({
        label: 'Former employer',
        icon: 'Icon123',
        description: 'Former employees',
        settings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: 'formerEmployerId' },
      });
      const people = await recordsOf(client, 'people');
      expect(people.map((record) => record['formerEmployerId'])).toEqual([null, null, null]);
    });

    it('gives records the join column, writable, filterable, sortable and embedded at depth 1 like a standard relation', async () => {
      await client.post('/rest/metadata/fields', referrer());
      expect((await recordsOf(client, 'opportunities')).map((record) => record['referrerId'])).toEqual([null, null]);
      const patched = await client.patch<{ data: { updateOpportunity: RecordBody } }>(`/rest/opportunities/${opportunityId(1)}`, {
        referrerId: personId(2),
      });
      expect(patched.body.data.updateOpportunity['referrerId']).toBe(personId(2));
      expect(ids(await recordsOf(client, 'opportunities', `?filter=referrerId[eq]:${personId(2)}`))).toEqual([opportunityId(1)]);
      expect(ids(await recordsOf(client, 'opportunities', '?filter=referrerId[is]:NULL'))).toEqual([opportunityId(2)]);
      expect(ids(await recordsOf(client, 'opportunities', '?filter=referrer.city[eq]:Arlington'))).toEqual([opportunityId(1)]);
      expect(ids(await recordsOf(client, 'opportunities', '?order_by=referrerId[AscNullsFirst]'))).toEqual([opportunityId(2), opportunityId(1)]);
      const [withReferrer] = await recordsOf(client, 'opportunities', `?filter=id[eq]:${opportunityId(1)}&depth=1`);
      expect((withReferrer?.['referrer'] as RecordBody).id).toBe(personId(2));
      const grace = await client.get<{ data: { person: RecordBody } }>(`/rest/people/${personId(2)}?depth=1`);
      expect(ids(grace.body.data.person['referredOpportunities'] as RecordBody[])).toEqual([opportunityId(1)]);
      const dangling = await client.patch<ErrorBody>(`/rest/opportunities/${opportunityId(2)}`, { referrerId: MISSING });
      expect([dangling.status, dangling.body.messages]).toEqual([
        400,
        [
          `insert or update on table "opportunity" violates foreign key constraint "FK_opportunity_referrerId": Key (referrerId)=(${MISSING}) is not present in table "person".`,
        ],
      ]);
      // SET_NULL: destroying the person empties the join column.
      expect((await client.delete(`/rest/people/${personId(2)}`)).status).toBe(200);
      expect((await recordsOf(client, 'opportunities')).map((record) => record['referrerId'])).toEqual([null, null]);
    });

    it('deletes both sides and the join column values when either side is deleted', async () => {
      const field = (await client.post<FieldMetadata>('/rest/metadata/fields', referrer())).body;
      await client.patch(`/rest/opportunities/${opportunityId(1)}`, { referrerId: personId(1) });
      const inverseId = field.relation?.targetFieldMetadata.id ?? '';
      const deleted = await client.delete<FieldMetadata>(`/rest/metadata/fields/${inverseId}`);
      expect([deleted.status, deleted.body.name]).toEqual([200, 'referredOpportunities']);
      expect((await client.get(`/rest/metadata/fields/${field.id}`)).status).toBe(404);
      expect(await fieldNamed(client, 'opportunity', 'referrer')).toBeUndefined();
      expect(await fieldNamed(client, 'person', 'referredOpportunities')).toBeUndefined();
      expect((await recordsOf(client, 'opportunities')).every((record) => !('referrerId' in record))).toBe(true);
      const filtered = await client.get<ErrorBody>(`/rest/opportunities?filter=referrerId[eq]:${personId(1)}`);
      expect([filtered.status, filtered.body.messages]).toEqual([400, ['Object opportunity doesn\'t have any "referrerId" field.']]);
      // The names are free again.
      expect((await client.post('/rest/metadata/fields', referrer())).status).toBe(201);
    });

    it('renames the join column with a renamed MANY_TO_ONE field, keeping its values and both relation blocks in step', async () => {
      const field = (await client.post<FieldMetadata>('/rest/metadata/fields', referrer())).body;
      await client.patch(`/rest/opportunities/${opportunityId(1)}`, { referrerId: personId(3) });
      const renamed = await client.patch<FieldMetadata>(`/rest/metadata/fields/${field.id}`, { name: 'sponsor', label: 'Sponsor' });
      expect(renamed.body).toMatchObject({
        name: 'sponsor',
        settings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: 'sponsorId' },
        relation: { sourceFieldMetadata: { id: field.id, name: 'sponsor' } },
      });
      expect((await fieldNamed(client, 'person', 'referredOpportunities'))?.relation?.targetFieldMetadata).toEqual({ id: field.id, name: 'sponsor' });
      const records = await recordsOf(client, 'opportunities');
      expect(records.map((record) => [record['sponsorId'], 'referrerId' in record])).toEqual([
        [personId(3), false],
        [null, false],
      ]);
      const settings = await client.patch<ErrorBody>(`/rest/metadata/fields/${field.id}`, { settings: { joinColumnName: 'x' } });
      expect([settings.status, settings.body.messages]).toEqual([
        400,
        ['The settings of a RELATION field cannot be changed: its relation type and join column follow its name'],
      ]);
    });

    it('relates an object to itself', async () => {
      const created = await client.post<FieldMetadata>('/rest/metadata/fields', {
        type: 'RELATION',
        objectMetadataId: person.id,
        name: 'mentor',
        label: 'Mentor',
        relationCreationPayload: { type: 'MANY_TO_ONE', targetObjectMetadataId: person.id, targetFieldLabel: 'Mentees' },
      });
      expect(created.status).toBe(201);
      await client.patch(`/rest/people/${personId(3)}`, { mentorId: personId(1) });
      const ada = await client.get<{ data: { person: RecordBody } }>(`/rest/people/${personId(1)}?depth=1`);
      expect(ids(ada.body.data.person['mentees'] as RecordBody[])).toEqual([personId(3)]);
    });

    type Body = ReturnType<typeof referrer>;
    const withPayload = (change: Record<string, unknown>) => (body: Body) => ({ ...body, relationCreationPayload: { ...body.relationCreationPayload, ...change } });

    it.each([
      ['without a payload', (body: Body) => ({ ...body, relationCreationPayload: undefined }), 'Relation creation payload is required'],
      ['with a payload that is not an object', (body: Body) => ({ ...body, relationCreationPayload: 'person' }), 'Relation creation payload is invalid'],
      ['with an unknown relation type', withPayload({ type: 'MANY_TO_MANY' }), 'Relation creation payload is invalid'],
      ['without a target label', withPayload({ targetFieldLabel: ' ' }), 'Relation creation payload is invalid'],
      ['with a malformed target id', withPayload({ targetObjectMetadataId: 'person' }), 'Relation creation payload is invalid'],
      ['towards an unknown object', withPayload({ targetObjectMetadataId: MISSING }), 'Object metadata relation target not found for relation creation payload'],
      ['under a taken name', (body: Body) => ({ ...body, name: 'company' }), 'A field named "company" already exists on object opportunity'],
      ['under a taken join column', (body: Body) => ({ ...body, name: 'pointOfContactId' }), 'A field named "pointOfContactId" already exists on object opportunity'],
      [
        'whose inverse name is taken',
        withPayload({ targetFieldLabel: 'Point of contact for opportunities' }),
        'A field named "pointOfContactForOpportunities" already exists on object person',
      ],
      ['whose inverse label has no letter', withPayload({ targetFieldLabel: '!!!' }), 'Invalid label: "!!!"'],
      ['with a malformed name', (body: Body) => ({ ...body, name: 'Referrer' }), 'name must be a camelCase name (letters and digits, starting with a lower-case letter)'],
    ])('refuses a relation %s and changes nothing', async (_case, change, message) => {
      const before = (await client.get<{ totalCount: number }>('/rest/metadata/fields')).body.totalCount;
      const answer = await client.post<ErrorBody>('/rest/metadata/fields', change(referrer()));
      expect([answer.status, answer.body.error, answer.body.messages]).toEqual([400, 'BadRequestException', [message]]);
      expect((await client.get<{ totalCount: number }>('/rest/metadata/fields')).body.totalCount).toBe(before);
    });

    it('refuses a MANY_TO_ONE relation whose join column another field uses', async () => {
      await client.post('/rest/metadata/fields', { type: 'TEXT', objectMetadataId: opportunity.id, name: 'referrerId', label: 'Legacy referrer' });
      const answer = await client.post<ErrorBody>('/rest/metadata/fields', referrer());
      expect([answer.status, answer.body.messages]).toEqual([400, ['A field named "referrerId" already exists on object opportunity']]);
    });
  });

  describe('custom objects', () => {
    it("get Twenty's automatic relations with timeline activities, favorites, attachments and note and task targets", async () => {
      const client = httpClient(await smallSandbox());
      const created = await client.post<ObjectMetadata>('/rest/metadata/objects', {
        nameSingular: 'rocket',
        namePlural: 'rockets',
        labelSingular: 'Rocket',
        labelPlural: 'Rockets',
      });
      expect(created.status).toBe(201);
      const rocket = created.body;
      const inverses = rocket.fields.filter((field) => field.type === 'RELATION');
      expect(inverses.map((field) => [field.name, field.label, field.description, field.icon, field.isSystem, field.isCustom, field.settings])).toEqual([
        ['timelineActivities', 'Timeline Activities', 'Rockets tied to the Timeline Activity', 'IconBuildingSkyscraper', true, true, { relationType: 'ONE_TO_MANY' }],
        ['favorites', 'Favorites', 'Rockets tied to the Favorite', 'IconBuildingSkyscraper', true, true, { relationType: 'ONE_TO_MANY' }],
        ['attachments', 'Attachments', 'Rockets tied to the Attachment', 'IconBuildingSkyscraper', true, true, { relationType: 'ONE_TO_MANY' }],
        ['noteTargets', 'Note Targets', 'Rockets tied to the Note Target', 'IconBuildingSkyscraper', true, true, { relationType: 'ONE_TO_MANY' }],
        ['taskTargets', 'Task Targets', 'Rockets tied to the Task Target', 'IconBuildingSkyscraper', true, true, { relationType: 'ONE_TO_MANY' }],
      ]);
      const sides = [
        ['timelineActivity', 'targetRocket', 'TimelineActivities Rocket', 'IconTimelineEvent'],
        ['favorite', 'rocket', 'Favorites Rocket', 'IconHeart'],
        ['attachment', 'rocket', 'Attachments Rocket', 'IconFileImport'],
        ['noteTarget', 'rocket', 'NoteTargets Rocket', 'IconCheckbox'],
        ['taskTarget', 'rocket', 'TaskTargets Rocket', 'IconCheckbox'],
      ] as const;
      for (const [[holder, name, description, icon], inverse] of sides.map((side, index) => [side, inverses[index]] as const)) {
        const object = await objectNamed(client, holder);
        const field = object.fields.find((candidate) => candidate.name === name);
        expect(field).toEqual({
          id: field?.id,
          objectMetadataId: object.id,
          type: 'RELATION',
          name,
          label: 'Rocket',
          description,
          icon,
          isCustom: true,
          isActive: true,
          isSystem: true,
          isNullable: true,
          isUnique: false,
          defaultValue: null,
          options: null,
          settings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: `${name}Id` },
          relation: {
            type: 'MANY_TO_ONE',
            sourceObjectMetadata: { id: object.id, nameSingular: object.nameSingular, namePlural: object.namePlural },
            targetObjectMetadata: { id: rocket.id, nameSingular: 'rocket', namePlural: 'rockets' },
            sourceFieldMetadata: { id: field?.id, name },
            targetFieldMetadata: { id: inverse?.id, name: inverse?.name },
          },
          createdAt: rocket.createdAt,
          updatedAt: rocket.createdAt,
        });
        expect(inverse?.relation?.targetFieldMetadata).toEqual({ id: field?.id, name });
      }
    });

    it('links records through the automatic relations, follows a rename and drops them with the object', async () => {
      const client = httpClient(await smallSandbox());
      const rocket = (await client.post<ObjectMetadata>('/rest/metadata/objects', { nameSingular: 'rocket', namePlural: 'rockets', labelSingular: 'Rocket', labelPlural: 'Rockets' })).body;
      const falcon = (await client.post<{ data: { createRocket: RecordBody } }>('/rest/rockets', { name: 'Falcon' })).body.data.createRocket;
      const note = (await client.post<{ data: { createNote: RecordBody } }>('/rest/notes', { title: 'Launch plan' })).body.data.createNote;
      const target = await client.post<{ data: { createNoteTarget: RecordBody } }>('/rest/noteTargets', { noteId: note.id, rocketId: falcon.id });
      expect(target.body.data.createNoteTarget).toMatchObject({ noteId: note.id, rocketId: falcon.id, personId: null });
      const event = await client.post<{ data: { createTimelineActivity: RecordBody } }>('/rest/timelineActivities', {
        name: 'rocket.created',
        targetRocketId: falcon.id,
      });
      expect(event.body.data.createTimelineActivity['targetRocketId']).toBe(falcon.id);
      const withTargets = await client.get<{ data: { rocket: RecordBody } }>(`/rest/rockets/${falcon.id}?depth=1`);
      expect(ids(withTargets.body.data.rocket['noteTargets'] as RecordBody[])).toEqual([target.body.data.createNoteTarget.id]);
      expect(ids(withTargets.body.data.rocket['timelineActivities'] as RecordBody[])).toEqual([event.body.data.createTimelineActivity.id]);
      expect(ids(await recordsOf(client, 'noteTargets', `?filter=rocketId[eq]:${falcon.id}`))).toEqual([target.body.data.createNoteTarget.id]);

      const renamed = await client.patch(`/rest/metadata/objects/${rocket.id}`, { nameSingular: 'spaceship', namePlural: 'spaceships' });
      expect(renamed.status).toBe(200);
      expect(await fieldNamed(client, 'noteTarget', 'spaceship')).toMatchObject({
        label: 'Spaceship',
        settings: { joinColumnName: 'spaceshipId' },
        relation: { targetObjectMetadata: { id: rocket.id, nameSingular: 'spaceship', namePlural: 'spaceships' } },
      });
      expect(await fieldNamed(client, 'timelineActivity', 'targetSpaceship')).toMatchObject({ settings: { joinColumnName: 'targetSpaceshipId' } });
      const [movedTarget] = await recordsOf(client, 'noteTargets');
      expect([movedTarget?.['spaceshipId'], movedTarget !== undefined && 'rocketId' in movedTarget]).toEqual([falcon.id, false]);

      await client.patch(`/rest/metadata/objects/${rocket.id}`, { isActive: false });
      expect((await client.delete(`/rest/metadata/objects/${rocket.id}`)).status).toBe(200);
      for (const holder of ['timelineActivity', 'favorite', 'attachment', 'noteTarget', 'taskTarget']) {
        const object = await objectNamed(client, holder);
        expect(object.fields.filter((field) => field.relation?.targetObjectMetadata.id === rocket.id)).toEqual([]);
      }
      expect(Object.keys((await recordsOf(client, 'noteTargets'))[0] ?? {}).filter((key) => key.startsWith('spaceship'))).toEqual([]);
      // The names are free for a new object.
      expect((await client.post('/rest/metadata/objects', { nameSingular: 'spaceship', namePlural: 'spaceships', labelSingular: 'S', labelPlural: 'Ss' })).status).toBe(201);
    });

    it('refuses an object whose automatic relation name a standard object already uses, creating nothing', async () => {
      const client = httpClient(await smallSandbox());
      const before = (await client.get<{ totalCount: number }>('/rest/metadata/objects')).body.totalCount;
      const answer = await client.post<ErrorBody>('/rest/metadata/objects', { nameSingular: 'note', namePlural: 'memos', labelSingular: 'Memo', labelPlural: 'Memos' });
      expect([answer.status, answer.body.messages]).toEqual([400, ['An object with the name "note" already exists']]);
      const clash = await client.post<ErrorBody>('/rest/metadata/objects', { nameSingular: 'viewId', namePlural: 'viewIds', labelSingular: 'V', labelPlural: 'Vs' });
      expect([clash.status, clash.body.messages]).toEqual([400, ['A field named "viewId" already exists on object favorite']]);
      expect((await client.get<{ totalCount: number }>('/rest/metadata/objects')).body.totalCount).toBe(before);
      expect(await fieldNamed(client, 'timelineActivity', 'targetViewId')).toBeUndefined();
    });
  });

  describe('PATCH /rest/metadata/fields/{id} with options', () => {
    it('moves stored SELECT values to a renamed option, nulls a removed one and keeps the others, default included', async () => {
      const client = httpClient(await smallSandbox());
      const company = await objectNamed(client, 'company');
      const tier = (
        await client.post<FieldMetadata>('/rest/metadata/fields', {
          type: 'SELECT',
          objectMetadataId: company.id,
          name: 'tier',
          label: 'Tier',
          options: [
            { value: 'GOLD', label: 'Gold' },
            { value: 'SILVER', label: 'Silver' },
            { value: 'BRONZE', label: 'Bronze' },
          ],
          defaultValue: "'GOLD'",
        })
      ).body;
      const [gold, silver] = tier.options ?? [];
      const third = await client.post<{ data: { createCompany: RecordBody } }>('/rest/companies', { name: 'Initech', tier: 'BRONZE' });
      await client.patch(`/rest/companies/${GLOBEX}`, { tier: 'SILVER' });
      const updated = await client.patch<FieldMetadata>(`/rest/metadata/fields/${tier.id}`, {
        options: [
          { id: gold?.id, value: 'PLATINUM', label: 'Platinum', color: 'purple', position: 0 },
          { value: 'SILVER', label: 'Silver', position: 1 },
        ],
      });
      expect(updated.status).toBe(200);
      expect(updated.body.options?.map(({ id, value }) => [id, value])).toEqual([
        [gold?.id, 'PLATINUM'],
        [silver?.id, 'SILVER'],
      ]);
      expect(updated.body.defaultValue).toBe("'PLATINUM'");
      const records = await recordsOf(client, 'companies', '?order_by=name');
      expect(records.map((record) => [record['name'], record['tier']])).toEqual([
        ['Acme', 'PLATINUM'],
        ['Globex', 'SILVER'],
        ['Initech', null],
      ]);
      expect(third.body.data.createCompany['tier']).toBe('BRONZE');
      expect(ids(await recordsOf(client, 'companies', '?filter=tier[eq]:PLATINUM'))).toEqual([ACME]);
      expect((await client.post<{ data: { createCompany: RecordBody } }>('/rest/companies', { name: 'Hooli' })).body.data.createCompany['tier']).toBe('PLATINUM');
    });

    it('renames and drops MULTI_SELECT items in place', async () => {
      const client = httpClient(await smallSandbox());
      const company = await objectNamed(client, 'company');
      const tags = (
        await client.post<FieldMetadata>('/rest/metadata/fields', {
          type: 'MULTI_SELECT',
          objectMetadataId: company.id,
          name: 'tags',
          label: 'Tags',
          options: ['A', 'B', 'C'].map((value) => ({ value, label: value })),
          defaultValue: ["'A'", "'C'"],
        })
      ).body;
      await client.patch(`/rest/companies/${ACME}`, { tags: ['A', 'B', 'C'] });
      await client.patch(`/rest/companies/${GLOBEX}`, { tags: ['C'] });
      const [a, b] = tags.options ?? [];
      const updated = await client.patch<FieldMetadata>(`/rest/metadata/fields/${tags.id}`, {
        options: [
          { id: a?.id, value: 'ALPHA', label: 'Alpha' },
          { id: b?.id, value: 'B', label: 'Bee' },
        ],
      });
      expect(updated.body.defaultValue).toEqual(["'ALPHA'"]);
      expect((await recordsOf(client, 'companies')).map((record) => record['tags'])).toEqual([['ALPHA', 'B'], []]);
    });

    it('migrates a standard SELECT field too: opportunity stages renamed by id', async () => {
      const client = httpClient(await smallSandbox());
      const stage = await fieldNamed(client, 'opportunity', 'stage');
      const options = (stage?.options ?? []).map((option) => (option.value === 'MEETING' ? { ...option, value: 'DEMO', label: 'Demo' } : option));
      const updated = await client.patch<FieldMetadata>(`/rest/metadata/fields/${stage?.id ?? ''}`, { options });
      expect(updated.body.options?.map((option) => option.value)).toEqual(['NEW', 'SCREENING', 'DEMO', 'PROPOSAL', 'CUSTOMER']);
      expect(updated.body.defaultValue).toBe("'NEW'");
      expect((await recordsOf(client, 'opportunities')).map((record) => record['stage'])).toEqual(['DEMO', 'NEW']);
      const old = await client.patch<ErrorBody>(`/rest/opportunities/${opportunityId(2)}`, { stage: 'MEETING' });
      expect(old.status).toBe(400);
    });

    it('leaves records alone when only labels, colors or positions change', async () => {
      const client = httpClient(await smallSandbox());
      const stage = await fieldNamed(client, 'opportunity', 'stage');
      const options = (stage?.options ?? []).map(({ value, label }, position) => ({ value, label: label.toUpperCase(), position: 4 - position }));
      const updated = await client.patch<FieldMetadata>(`/rest/metadata/fields/${stage?.id ?? ''}`, { options });
      expect(updated.body.options?.map((option) => option.id)).toEqual(stage?.options?.map((option) => option.id));
      expect((await recordsOf(client, 'opportunities')).map((record) => record['stage'])).toEqual(['MEETING', 'NEW']);
    });
  });
});

describe('metadataNameFromLabelOrThrow', () => {
  it.each([
    ['Referred opportunities', 'referredOpportunities'],
    ['  Main   contact ', 'mainContact'],
    ['Société générale', 'societeGenerale'],
    ['2FA codes', 'n2FaCodes'],
    ['Point of contact for opportunities', 'pointOfContactForOpportunities'],
    ['ARR (USD)', 'arrUsd'],
  ])('names %j %j', (label, name) => {
    expect(metadataNameFromLabelOrThrow(label)).toBe(name);
  });

  it('refuses a label without a letter or digit', () => {
    expect(() => metadataNameFromLabelOrThrow('!!!')).toThrow('Invalid label: "!!!"');
  });
});
