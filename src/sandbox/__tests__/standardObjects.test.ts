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
  it('returns the nine standard objects', () => {
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

  it('gives every object the system fields and no search vector', () => {
    for (const object of objects) {
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

  it('lists the fields of each standard object', () => {
    const names = (nameSingular: string): string[] => objectNamed(nameSingular).fields.map((field) => field.name);
    const system = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'position', 'createdBy', 'updatedBy'];
    expect(names('company').sort()).toEqual(
      [
        ...system,
        'name', 'domainName', 'employees', 'linkedinLink', 'xLink', 'annualRecurringRevenue', 'idealCustomerProfile', 'address',
        'people', 'accountOwner', 'opportunities', 'noteTargets', 'taskTargets', 'attachments',
      ].sort(),
    );
    expect(names('person').sort()).toEqual(
      [
        ...system,
        'name', 'emails', 'linkedinLink', 'xLink', 'jobTitle', 'phones', 'city', 'avatarUrl',
        'company', 'pointOfContactForOpportunities', 'noteTargets', 'taskTargets', 'attachments',
      ].sort(),
    );
    expect(names('opportunity').sort()).toEqual(
      [...system, 'name', 'amount', 'closeDate', 'stage', 'company', 'pointOfContact', 'noteTargets', 'taskTargets', 'attachments'].sort(),
    );
    expect(names('note').sort()).toEqual([...system, 'title', 'bodyV2', 'noteTargets', 'attachments'].sort());
    expect(names('task').sort()).toEqual(
      [...system, 'title', 'bodyV2', 'dueAt', 'status', 'taskTargets', 'assignee', 'attachments'].sort(),
    );
    expect(names('noteTarget').sort()).toEqual([...system, 'note', 'person', 'company', 'opportunity'].sort());
    expect(names('taskTarget').sort()).toEqual([...system, 'task', 'person', 'company', 'opportunity'].sort());
    expect(names('workspaceMember').sort()).toEqual(
      [
        ...system,
        'name', 'colorScheme', 'locale', 'avatarUrl', 'userEmail', 'calendarStartDay', 'userId', 'timeZone',
        'dateFormat', 'timeFormat', 'numberFormat', 'assignedTasks', 'accountOwnerForCompanies',
      ].sort(),
    );
    expect(names('attachment').sort()).toEqual(
      [...system, 'name', 'fullPath', 'fileCategory', 'task', 'note', 'person', 'company', 'opportunity'].sort(),
    );
  });

  it('pairs every MANY_TO_ONE relation with a ONE_TO_MANY inverse pointing back', () => {
    expect(manyToOneFields).toHaveLength(18);
    expect(oneToManyFields).toHaveLength(18);
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

  it('names join columns after their relation and cascades only from notes and tasks to their targets', () => {
    const described = manyToOneFields.map((field) => {
      const object = objects.find((candidate) => candidate.id === field.objectMetadataId);
      return `${object?.nameSingular}.${field.name} → ${settingsOf(field).joinColumnName} ${settingsOf(field).onDelete}`;
    });
    expect(described.sort()).toEqual(
      [
        'attachment.company → companyId CASCADE',
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

  it('points the label identifier at the name or title field', () => {
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
