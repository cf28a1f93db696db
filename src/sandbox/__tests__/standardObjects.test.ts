import { describe, expect, it } from 'vitest';

import { isUuid } from '../ids.js';
import { compositeSubFields, createStandardObjects, defaultRecordValue, recordKeyOf } from '../standardObjects.js';
import type { FieldMetadata, ObjectMetadata, RelationSettings } from '../types.js';

const objects = createStandardObjects();

function objectNamed(nameSingular: string): ObjectMetadata {
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (object === undefined) {
    throw new Error(`no object ${nameSingular}`);
  }
  return object;
}

function fieldOf(nameSingular: string, fieldName: string): FieldMetadata {
  const field = objectNamed(nameSingular).fields.find((candidate) => candidate.name === fieldName);
  if (field === undefined) {
    throw new Error(`no field ${nameSingular}.${fieldName}`);
  }
  return field;
}

function settingsOf(field: FieldMetadata): Partial<RelationSettings> {
  return (field.settings ?? {}) as Partial<RelationSettings>;
}

const allFields = objects.flatMap((object) => object.fields);
const manyToOneFields = allFields.filter((field) => settingsOf(field).relationType === 'MANY_TO_ONE');
const oneToManyFields = allFields.filter((field) => settingsOf(field).relationType === 'ONE_TO_MANY');

describe('createStandardObjects', () => {
  it('returns the sixteen standard objects, system ones marked', () => {
    expect(objects.map((object) => [object.nameSingular, object.namePlural, object.isSystem])).toEqual([
      ['company', 'companies', false],
      ['person', 'people', false],
      ['opportunity', 'opportunities', false],
      ['note', 'notes', false],
      ['task', 'tasks', false],
      ['noteTarget', 'noteTargets', true],
      ['taskTarget', 'taskTargets', true],
      ['workspaceMember', 'workspaceMembers', true],
      ['attachment', 'attachments', true],
      ['favorite', 'favorites', true],
      ['timelineActivity', 'timelineActivities', true],
      ['messageThread', 'messageThreads', true],
      ['message', 'messages', true],
      ['messageParticipant', 'messageParticipants', true],
      ['calendarEvent', 'calendarEvents', true],
      ['calendarEventParticipant', 'calendarEventParticipants', true],
    ]);
    for (const object of objects) {
      expect(object).toMatchObject({ isCustom: false, isActive: true, isRemote: false });
    }
  });

  it('gives every object, field and option a unique UUID that is stable across calls', () => {
    const ids = [
      ...objects.map((object) => object.id),
      ...allFields.map((field) => field.id),
      ...allFields.flatMap((field) => (field.options ?? []).map((option) => option.id)),
    ];
    expect(ids.every(isUuid)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createStandardObjects()).toEqual(objects);
  });

  it('points every field at its object', () => {
    for (const object of objects) {
      for (const field of object.fields) {
        expect(field.objectMetadataId).toBe(object.id);
        expect(field.isCustom).toBe(false);
      }
    }
  });

  // Twenty's messaging, calendar, timeline and favorite builders declare only
  // BaseWorkspaceEntity's columns (favorite's position is a NUMBER of its own).
  const BASE_ONLY = ['favorite', 'timelineActivity', 'messageThread', 'message', 'messageParticipant', 'calendarEvent', 'calendarEventParticipant'];

  it('gives the business objects every system field and the others BaseWorkspaceEntity\'s, never a search vector', () => {
    for (const object of objects.filter((candidate) => BASE_ONLY.includes(candidate.nameSingular))) {
      const system = object.fields.filter((field) => field.isSystem && field.type !== 'RELATION').map((field) => [field.name, field.type]);
      expect(system).toEqual([
        ['id', 'UUID'],
        ...(object.nameSingular === 'favorite' ? [['position', 'NUMBER']] : []),
        ['createdAt', 'DATE_TIME'],
        ['updatedAt', 'DATE_TIME'],
        ['deletedAt', 'DATE_TIME'],
      ]);
      expect(object.fields.some((field) => field.name === 'createdBy' || field.name === 'searchVector')).toBe(false);
    }
    for (const object of objects.filter((candidate) => !BASE_ONLY.includes(candidate.nameSingular))) {
      const byName = new Map(object.fields.map((field) => [field.name, field]));
      expect(
        ['id', 'createdAt', 'updatedAt', 'deletedAt', 'position', 'createdBy', 'updatedBy'].map((name) => [
          name,
          byName.get(name)?.type,
          byName.get(name)?.isSystem,
          byName.get(name)?.isNullable,
        ]),
      ).toEqual([
        ['id', 'UUID', true, false],
        ['createdAt', 'DATE_TIME', true, false],
        ['updatedAt', 'DATE_TIME', true, false],
        ['deletedAt', 'DATE_TIME', true, true],
        ['position', 'POSITION', true, false],
        ['createdBy', 'ACTOR', true, false],
        ['updatedBy', 'ACTOR', true, false],
      ]);
      expect(byName.has('searchVector')).toBe(false);
      expect(new Set(object.fields.map((field) => field.name)).size).toBe(object.fields.length);
    }
  });

  it('lists the fields of each standard object, older ones first', () => {
    const names = (nameSingular: string): string[] => objectNamed(nameSingular).fields.map((field) => field.name);
    const before = ['id'];
    const after = ['createdAt', 'updatedAt', 'deletedAt', 'position', 'createdBy', 'updatedBy'];
    const base = ['createdAt', 'updatedAt', 'deletedAt'];
    expect(names('company')).toEqual([
      ...before,
      'name', 'domainName', 'employees', 'linkedinLink', 'xLink', 'annualRecurringRevenue', 'idealCustomerProfile', 'address',
      'people', 'accountOwner', 'opportunities', 'noteTargets', 'taskTargets', 'attachments', 'favorites', 'timelineActivities',
      ...after,
    ]);
    expect(names('person')).toEqual([
      ...before,
      'name', 'emails', 'linkedinLink', 'xLink', 'jobTitle', 'phones', 'city', 'avatarUrl',
      'company', 'pointOfContactForOpportunities', 'noteTargets', 'taskTargets', 'attachments',
      'favorites', 'timelineActivities', 'messageParticipants', 'calendarEventParticipants',
      ...after,
    ]);
    expect(names('opportunity')).toEqual([
      ...before,
      'name', 'amount', 'closeDate', 'stage', 'company', 'pointOfContact', 'noteTargets', 'taskTargets', 'attachments',
      'favorites', 'timelineActivities',
      ...after,
    ]);
    expect(names('note')).toEqual([...before, 'title', 'bodyV2', 'noteTargets', 'attachments', 'favorites', 'timelineActivities', ...after]);
    expect(names('task')).toEqual([
      ...before, 'title', 'bodyV2', 'dueAt', 'status', 'assignee', 'taskTargets', 'attachments', 'favorites', 'timelineActivities', ...after,
    ]);
    expect(names('noteTarget')).toEqual([...before, 'note', 'person', 'company', 'opportunity', ...after]);
    expect(names('taskTarget')).toEqual([...before, 'task', 'person', 'company', 'opportunity', ...after]);
    expect(names('workspaceMember')).toEqual([
      ...before,
      'name', 'colorScheme', 'locale', 'avatarUrl', 'userEmail', 'calendarStartDay', 'userId', 'timeZone',
      'dateFormat', 'timeFormat', 'numberFormat', 'accountOwnerForCompanies', 'assignedTasks',
      'favorites', 'timelineActivities', 'messageParticipants', 'calendarEventParticipants',
      ...after,
    ]);
    expect(names('attachment')).toEqual([...before, 'name', 'fullPath', 'fileCategory', 'task', 'note', 'person', 'company', 'opportunity', ...after]);
    expect(names('favorite')).toEqual([...before, 'position', 'viewId', 'forWorkspaceMember', 'person', 'company', 'opportunity', 'task', 'note', ...base]);
    expect(names('timelineActivity')).toEqual([
      ...before,
      'happensAt', 'name', 'properties', 'linkedRecordCachedName', 'linkedRecordId', 'linkedObjectMetadataId',
      'workspaceMember', 'targetPerson', 'targetCompany', 'targetOpportunity', 'targetNote', 'targetTask',
      ...base,
    ]);
    expect(names('messageThread')).toEqual([...before, 'messages', ...base]);
    expect(names('message')).toEqual([
      ...before, 'headerMessageId', 'direction', 'subject', 'text', 'receivedAt', 'messageThread', 'messageParticipants', ...base,
    ]);
    expect(names('messageParticipant')).toEqual([...before, 'role', 'handle', 'displayName', 'message', 'person', 'workspaceMember', ...base]);
    expect(names('calendarEvent')).toEqual([
      ...before,
      'title', 'isCanceled', 'isFullDay', 'startsAt', 'endsAt', 'externalCreatedAt', 'externalUpdatedAt',
      'description', 'location', 'iCalUid', 'conferenceSolution', 'conferenceLink', 'calendarEventParticipants',
      ...base,
    ]);
    expect(names('calendarEventParticipant')).toEqual([
      ...before, 'handle', 'displayName', 'isOrganizer', 'responseStatus', 'calendarEvent', 'person', 'workspaceMember', ...base,
    ]);
  });

  it.each([
    ['favorite', 'position', { type: 'NUMBER', label: 'Position', icon: 'IconList', description: 'Favorite position', isSystem: true, isNullable: false, defaultValue: 0 }],
    ['favorite', 'viewId', { type: 'UUID', label: 'ViewId', icon: 'IconView', description: 'ViewId', isSystem: false, isNullable: true, defaultValue: null }],
    ['timelineActivity', 'happensAt', { type: 'DATE_TIME', label: 'Creation date', icon: 'IconCalendar', isNullable: false, defaultValue: 'now' }],
    ['timelineActivity', 'name', { type: 'TEXT', label: 'Event name', icon: 'IconAbc', description: 'Event name' }],
    ['timelineActivity', 'properties', { type: 'RAW_JSON', label: 'Event details', description: 'Json value for event details' }],
    ['timelineActivity', 'linkedRecordCachedName', { type: 'TEXT', label: 'Linked Record cached name', description: 'Cached record name' }],
    ['timelineActivity', 'linkedRecordId', { type: 'UUID', label: 'Linked Record id' }],
    ['timelineActivity', 'linkedObjectMetadataId', { type: 'UUID', label: 'Linked Object Metadata Id' }],
    ['message', 'headerMessageId', { type: 'TEXT', label: 'Header message Id', description: 'Message id from the message header' }],
    ['message', 'receivedAt', { type: 'DATE_TIME', label: 'Received At', description: 'The date the message was received', defaultValue: null }],
    ['calendarEvent', 'isCanceled', { type: 'BOOLEAN', label: 'Is canceled', isNullable: false, defaultValue: false }],
    ['calendarEvent', 'conferenceLink', { type: 'LINKS', label: 'Meet Link', icon: 'IconLink' }],
    ['calendarEventParticipant', 'isOrganizer', { type: 'BOOLEAN', label: 'Is Organizer', isNullable: false, defaultValue: false }],
  ])('describes %s.%s as its builder does', (object, field, expected) => {
    expect(fieldOf(object, field)).toMatchObject(expected);
  });

  it('describes the new objects as Twenty\'s object builders do', () => {
    const described = (nameSingular: string) => {
      const { labelSingular, labelPlural, description, icon, isSystem } = objectNamed(nameSingular);
      return [labelSingular, labelPlural, description, icon, isSystem];
    };
    expect(described('favorite')).toEqual(['Favorite', 'Favorites', 'A favorite', 'IconHeart', true]);
    expect(described('timelineActivity')).toEqual([
      'Timeline Activity', 'Timeline Activities', 'Aggregated / filtered event to be displayed on the timeline', 'IconTimelineEvent', true,
    ]);
    expect(described('messageThread')).toEqual(['Message Thread', 'Message Threads', 'Message Thread', 'IconMessage', true]);
    expect(described('message')).toEqual(['Message', 'Messages', 'Message', 'IconMessage', true]);
    expect(described('messageParticipant')).toEqual(['Message Participant', 'Message Participants', 'Message Participants', 'IconUserCircle', true]);
    expect(described('calendarEvent')).toEqual(['Calendar event', 'Calendar events', 'Calendar events', 'IconCalendar', true]);
    expect(described('calendarEventParticipant')).toEqual([
      'Calendar event participant', 'Calendar event participants', 'Calendar event participants', 'IconCalendar', true,
    ]);
  });

  it('describes the timeline target relations and their inverses as Twenty does', () => {
    const timelineActivity = objectNamed('timelineActivity');
    const company = objectNamed('company');
    expect(fieldOf('timelineActivity', 'targetCompany')).toEqual({
      id: fieldOf('timelineActivity', 'targetCompany').id,
      objectMetadataId: timelineActivity.id,
      type: 'RELATION',
      name: 'targetCompany',
      label: 'Company',
      description: 'Event company',
      icon: 'IconBuildingSkyscraper',
      isCustom: false,
      isActive: true,
      isSystem: false,
      isNullable: true,
      isUnique: false,
      defaultValue: null,
      options: null,
      settings: { relationType: 'MANY_TO_ONE', onDelete: 'CASCADE', joinColumnName: 'targetCompanyId' },
      relation: {
        type: 'MANY_TO_ONE',
        sourceObjectMetadata: { id: timelineActivity.id, nameSingular: 'timelineActivity', namePlural: 'timelineActivities' },
        targetObjectMetadata: { id: company.id, nameSingular: 'company', namePlural: 'companies' },
        sourceFieldMetadata: { id: fieldOf('timelineActivity', 'targetCompany').id, name: 'targetCompany' },
        targetFieldMetadata: { id: fieldOf('company', 'timelineActivities').id, name: 'timelineActivities' },
      },
      createdAt: '2025-11-03T08:00:00.000Z',
      updatedAt: '2025-11-03T08:00:00.000Z',
    });
    expect(fieldOf('company', 'timelineActivities')).toMatchObject({
      label: 'Timeline Activities',
      description: 'Timeline Activities linked to the company',
      isSystem: true,
      settings: { relationType: 'ONE_TO_MANY' },
    });
    expect(fieldOf('person', 'timelineActivities')).toMatchObject({ label: 'Events', description: 'Events linked to the person', icon: 'IconTimelineEvent' });
    expect(fieldOf('messageThread', 'messages')).toMatchObject({ label: 'Messages', description: 'Messages from the thread.', isSystem: false });
    expect(fieldOf('messageParticipant', 'message')).toMatchObject({ isNullable: false, settings: { joinColumnName: 'messageId', onDelete: 'CASCADE' } });
  });

  it('pairs every MANY_TO_ONE relation with a ONE_TO_MANY inverse pointing back', () => {
    expect(manyToOneFields).toHaveLength(37);
    expect(oneToManyFields).toHaveLength(37);
    for (const field of manyToOneFields) {
      const relation = field.relation;
      expect(relation?.type).toBe('MANY_TO_ONE');
      const inverse = allFields.find((candidate) => candidate.id === relation?.targetFieldMetadata.id);
      expect(inverse?.name).toBe(relation?.targetFieldMetadata.name);
      expect(inverse?.objectMetadataId).toBe(relation?.targetObjectMetadata.id);
      expect(settingsOf(inverse as FieldMetadata)).toEqual({ relationType: 'ONE_TO_MANY' });
      expect(inverse?.relation).toEqual({
        type: 'ONE_TO_MANY',
        sourceObjectMetadata: relation?.targetObjectMetadata,
        targetObjectMetadata: relation?.sourceObjectMetadata,
        sourceFieldMetadata: relation?.targetFieldMetadata,
        targetFieldMetadata: relation?.sourceFieldMetadata,
      });
      expect(relation?.sourceFieldMetadata).toEqual({ id: field.id, name: field.name });
      expect(relation?.sourceObjectMetadata.id).toBe(field.objectMetadataId);
    }
  });

  it('describes person.company and company.people as Twenty does', () => {
    const company = objectNamed('company');
    const person = objectNamed('person');
    expect(fieldOf('person', 'company')).toMatchObject({
      type: 'RELATION',
      isNullable: true,
      defaultValue: null,
      settings: { relationType: 'MANY_TO_ONE', joinColumnName: 'companyId', onDelete: 'SET_NULL' },
      relation: {
        type: 'MANY_TO_ONE',
        sourceObjectMetadata: { id: person.id, nameSingular: 'person', namePlural: 'people' },
        targetObjectMetadata: { id: company.id, nameSingular: 'company', namePlural: 'companies' },
        sourceFieldMetadata: { id: fieldOf('person', 'company').id, name: 'company' },
        targetFieldMetadata: { id: fieldOf('company', 'people').id, name: 'people' },
      },
    });
    expect(fieldOf('company', 'people').settings).toEqual({ relationType: 'ONE_TO_MANY' });
  });

  it('names join columns after their relation and deletes dependent rows as Twenty does', () => {
    const described = manyToOneFields.map((field) => {
      const object = objects.find((candidate) => candidate.id === field.objectMetadataId);
      return `${object?.nameSingular}.${field.name} → ${settingsOf(field).joinColumnName} ${settingsOf(field).onDelete}`;
    });
    expect(described.sort()).toEqual(
      [
        'attachment.company → companyId CASCADE',
        'calendarEventParticipant.calendarEvent → calendarEventId CASCADE',
        'calendarEventParticipant.person → personId SET_NULL',
        'calendarEventParticipant.workspaceMember → workspaceMemberId SET_NULL',
        'favorite.company → companyId CASCADE',
        'favorite.forWorkspaceMember → forWorkspaceMemberId CASCADE',
        'favorite.note → noteId CASCADE',
        'favorite.opportunity → opportunityId CASCADE',
        'favorite.person → personId CASCADE',
        'favorite.task → taskId CASCADE',
        'message.messageThread → messageThreadId CASCADE',
        'messageParticipant.message → messageId CASCADE',
        'messageParticipant.person → personId SET_NULL',
        'messageParticipant.workspaceMember → workspaceMemberId SET_NULL',
        'timelineActivity.targetCompany → targetCompanyId CASCADE',
        'timelineActivity.targetNote → targetNoteId SET_NULL',
        'timelineActivity.targetOpportunity → targetOpportunityId SET_NULL',
        'timelineActivity.targetPerson → targetPersonId CASCADE',
        'timelineActivity.targetTask → targetTaskId SET_NULL',
        'timelineActivity.workspaceMember → workspaceMemberId CASCADE',
        'attachment.note → noteId SET_NULL',
        'attachment.opportunity → opportunityId CASCADE',
        'attachment.person → personId CASCADE',
        'attachment.task → taskId SET_NULL',
        'company.accountOwner → accountOwnerId SET_NULL',
        'noteTarget.company → companyId CASCADE',
        'noteTarget.note → noteId CASCADE',
        'noteTarget.opportunity → opportunityId CASCADE',
        'noteTarget.person → personId CASCADE',
        'opportunity.company → companyId SET_NULL',
        'opportunity.pointOfContact → pointOfContactId SET_NULL',
        'person.company → companyId SET_NULL',
        'task.assignee → assigneeId SET_NULL',
        'taskTarget.company → companyId CASCADE',
        'taskTarget.opportunity → opportunityId CASCADE',
        'taskTarget.person → personId CASCADE',
        'taskTarget.task → taskId CASCADE',
      ].sort(),
    );
  });

  it("lists Twenty's opportunity stages with NEW as the default", () => {
    const stage = fieldOf('opportunity', 'stage');
    expect(stage).toMatchObject({ type: 'SELECT', isNullable: false, defaultValue: "'NEW'" });
    expect(stage.options?.map(({ value, label, position, color }) => [value, label, position, color])).toEqual([
      ['NEW', 'New', 0, 'red'],
      ['SCREENING', 'Screening', 1, 'purple'],
      ['MEETING', 'Meeting', 2, 'sky'],
      ['PROPOSAL', 'Proposal', 3, 'turquoise'],
      ['CUSTOMER', 'Customer', 4, 'yellow'],
    ]);
  });

  it.each([
    ['task', 'status', "'TODO'", ['TODO', 'IN_PROGRESS', 'DONE']],
    ['attachment', 'fileCategory', "'OTHER'", ['ARCHIVE', 'AUDIO', 'IMAGE', 'PRESENTATION', 'SPREADSHEET', 'TEXT_DOCUMENT', 'VIDEO', 'OTHER']],
    ['workspaceMember', 'dateFormat', "'SYSTEM'", ['SYSTEM', 'MONTH_FIRST', 'DAY_FIRST', 'YEAR_FIRST']],
    ['workspaceMember', 'timeFormat', "'SYSTEM'", ['SYSTEM', 'HOUR_24', 'HOUR_12']],
    ['workspaceMember', 'numberFormat', "'SYSTEM'", ['SYSTEM', 'COMMAS_AND_DOT', 'SPACES_AND_COMMA', 'DOTS_AND_COMMA', 'APOSTROPHE_AND_DOT']],
    ['message', 'direction', "'INCOMING'", ['INCOMING', 'OUTGOING']],
    ['messageParticipant', 'role', "'from'", ['from', 'to', 'cc', 'bcc']],
    ['calendarEventParticipant', 'responseStatus', "'NEEDS_ACTION'", ['NEEDS_ACTION', 'DECLINED', 'TENTATIVE', 'ACCEPTED']],
  ])('lists the options of %s.%s', (object, field, defaultValue, values) => {
    const metadata = fieldOf(object, field);
    expect(metadata.defaultValue).toBe(defaultValue);
    expect(metadata.options?.map((option) => option.value)).toEqual(values);
    expect(metadata.options?.map((option) => option.position)).toEqual(values.map((_value, index) => index));
  });

  it('marks exactly the unique fields Twenty marks', () => {
    const unique = objects.flatMap((object) =>
      object.fields.filter((field) => field.isUnique).map((field) => `${object.nameSingular}.${field.name}`),
    );
    expect(unique).toEqual(['company.domainName', 'person.emails', 'workspaceMember.userEmail']);
  });

  it('points the label identifier at the field Twenty names', () => {
    expect(
      objects.map((object) => [
        object.nameSingular,
        object.fields.find((field) => field.id === object.labelIdentifierFieldMetadataId)?.name,
      ]),
    ).toEqual([
      ['company', 'name'],
      ['person', 'name'],
      ['opportunity', 'name'],
      ['note', 'title'],
      ['task', 'title'],
      ['noteTarget', 'id'],
      ['taskTarget', 'id'],
      ['workspaceMember', 'name'],
      ['attachment', 'name'],
      ['favorite', 'id'],
      ['timelineActivity', 'linkedRecordCachedName'],
      ['messageThread', 'id'],
      ['message', 'subject'],
      ['messageParticipant', 'handle'],
      ['calendarEvent', 'title'],
      ['calendarEventParticipant', 'handle'],
    ]);
  });

  it('stores defaults in metadata format', () => {
    expect(fieldOf('company', 'idealCustomerProfile')).toMatchObject({ type: 'BOOLEAN', isNullable: false, defaultValue: false });
    expect(fieldOf('company', 'id').defaultValue).toBe('uuid');
    expect(fieldOf('company', 'createdAt').defaultValue).toBe('now');
    expect(fieldOf('company', 'position').defaultValue).toBe(0);
    expect(fieldOf('company', 'createdBy').defaultValue).toEqual({ source: "'MANUAL'", name: "'System'", workspaceMemberId: null });
    expect(fieldOf('workspaceMember', 'locale').defaultValue).toBe("'en'");
    expect(fieldOf('workspaceMember', 'calendarStartDay').defaultValue).toBe(7);
  });

  it('returns fresh copies on every call', () => {
    const first = createStandardObjects();
    const field = first[0]?.fields[0] as FieldMetadata;
    field.label = 'Changed';
    expect(createStandardObjects()[0]?.fields[0]?.label).toBe('Id');
  });
});

describe('defaultRecordValue', () => {
  const now = new Date('2026-01-05T09:00:00.000Z');

  it.each([
    ['company', 'name', ''],
    ['company', 'employees', null],
    ['company', 'idealCustomerProfile', false],
    ['company', 'domainName', { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null }],
    ['company', 'annualRecurringRevenue', { amountMicros: null, currencyCode: '' }],
    [
      'company',
      'address',
      {
        addressStreet1: '',
        addressStreet2: '',
        addressCity: '',
        addressState: '',
        addressCountry: '',
        addressPostcode: '',
        addressLat: null,
        addressLng: null,
      },
    ],
    ['company', 'accountOwner', null],
    ['company', 'people', undefined],
    ['company', 'createdAt', '2026-01-05T09:00:00.000Z'],
    ['company', 'updatedAt', '2026-01-05T09:00:00.000Z'],
    ['company', 'deletedAt', null],
    ['company', 'position', 0],
    ['company', 'createdBy', { source: 'MANUAL', workspaceMemberId: null, name: 'System', context: {} }],
    ['person', 'name', { firstName: '', lastName: '' }],
    ['person', 'emails', { primaryEmail: '', additionalEmails: null }],
    ['person', 'phones', { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '', additionalPhones: null }],
    ['opportunity', 'stage', 'NEW'],
    ['opportunity', 'closeDate', null],
    ['task', 'status', 'TODO'],
    ['task', 'bodyV2', { blocknote: null, markdown: null }],
    ['attachment', 'fileCategory', 'OTHER'],
    ['workspaceMember', 'colorScheme', 'System'],
    ['workspaceMember', 'calendarStartDay', 7],
  ])('gives %s.%s the value Twenty returns', (object, field, expected) => {
    expect(defaultRecordValue(fieldOf(object, field), now)).toEqual(expected);
  });

  it('generates a fresh UUID for id', () => {
    const id = defaultRecordValue(fieldOf('company', 'id'));
    expect(isUuid(id)).toBe(true);
    expect(defaultRecordValue(fieldOf('company', 'id'))).not.toBe(id);
  });

  it('returns null for types without a value', () => {
    const base = fieldOf('company', 'name');
    expect(defaultRecordValue({ ...base, type: 'RAW_JSON', defaultValue: null })).toBeNull();
    expect(defaultRecordValue({ ...base, type: 'ARRAY', defaultValue: null })).toBeNull();
    expect(defaultRecordValue({ ...base, type: 'MULTI_SELECT', defaultValue: null })).toBeNull();
    expect(defaultRecordValue({ ...base, type: 'NUMERIC', defaultValue: null })).toBeNull();
    expect(defaultRecordValue({ ...base, type: 'SELECT', defaultValue: null })).toBeNull();
  });

  it('unquotes each SQL-quoted value of a MULTI_SELECT default', () => {
    const base = fieldOf('company', 'name');
    expect(defaultRecordValue({ ...base, type: 'MULTI_SELECT', defaultValue: ["'A'", "'B'"] })).toEqual(['A', 'B']);
  });

  it('returns a new object each time', () => {
    const field = fieldOf('person', 'name');
    expect(defaultRecordValue(field)).not.toBe(defaultRecordValue(field));
  });
});

describe('recordKeyOf', () => {
  it.each([
    ['company', 'name', 'name'],
    ['person', 'company', 'companyId'],
    ['opportunity', 'pointOfContact', 'pointOfContactId'],
    ['company', 'accountOwner', 'accountOwnerId'],
    ['company', 'people', null],
  ])('keys %s.%s as %j', (object, field, expected) => {
    expect(recordKeyOf(fieldOf(object, field))).toBe(expected);
  });
});

describe('compositeSubFields', () => {
  it.each([
    ['FULL_NAME', { firstName: 'TEXT', lastName: 'TEXT' }],
    ['EMAILS', { primaryEmail: 'TEXT', additionalEmails: 'RAW_JSON' }],
    ['CURRENCY', { amountMicros: 'NUMERIC', currencyCode: 'TEXT' }],
    ['LINKS', { primaryLinkUrl: 'TEXT', primaryLinkLabel: 'TEXT', secondaryLinks: 'RAW_JSON' }],
    ['ACTOR', { source: 'SELECT', workspaceMemberId: 'UUID', name: 'TEXT', context: 'RAW_JSON' }],
    ['RICH_TEXT_V2', { blocknote: 'TEXT', markdown: 'TEXT' }],
  ] as const)('lists the sub-fields of %s', (type, expected) => {
    expect(compositeSubFields(type)).toEqual(expected);
  });

  it('lists eight address sub-fields with numeric coordinates', () => {
    expect(compositeSubFields('ADDRESS')).toEqual({
      addressStreet1: 'TEXT',
      addressStreet2: 'TEXT',
      addressCity: 'TEXT',
      addressState: 'TEXT',
      addressCountry: 'TEXT',
      addressPostcode: 'TEXT',
      addressLat: 'NUMERIC',
      addressLng: 'NUMERIC',
    });
    expect(Object.keys(compositeSubFields('PHONES') ?? {})).toEqual([
      'primaryPhoneNumber',
      'primaryPhoneCountryCode',
      'primaryPhoneCallingCode',
      'additionalPhones',
    ]);
  });

  it.each(['TEXT', 'NUMBER', 'RELATION', 'SELECT'] as const)('returns undefined for %s', (type) => {
    expect(compositeSubFields(type)).toBeUndefined();
  });
});
