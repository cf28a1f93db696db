import { describe, expect, it } from 'vitest';

import {
  canonicalEmail,
  createRecord,
  normalizeLinkUrl,
  tableNameOf,
  toRecordPatchOrThrow,
  uniqueValuesOf,
  updateRecord,
  type WriteContext,
} from '../recordWrites.js';
import { createStandardObjects } from '../standardObjects.js';
import { type Actor, type ObjectMetadata, type SandboxRecord, SandboxHttpError } from '../types.js';

const objects = createStandardObjects();

function objectNamed(nameSingular: string): ObjectMetadata {
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (object === undefined) {
    throw new Error(`no object ${nameSingular}`);
  }
  return object;
}

const company = objectNamed('company');
const person = objectNamed('person');

const COMPANY_ID = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const PERSON_ID = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';
const NOW = new Date('2026-02-01T10:00:00.000Z');
const LATER = new Date('2026-02-02T12:30:00.000Z');
const API_ACTOR: Actor = { source: 'API', workspaceMemberId: null, name: 'Key', context: {} };

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof SandboxHttpError ? [error.statusCode, error.messages] : error;
  }
  throw new Error('expected an error');
}

const EMPTY_LINKS = { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null };

describe('toRecordPatchOrThrow', () => {
  it('keeps known fields and join columns, normalising links, emails and dates', () => {
    expect(
      toRecordPatchOrThrow(person, {
        name: { firstName: 'Ada' },
        emails: { primaryEmail: 'Ada@Example.COM.', additionalEmails: ['X@💩。LA.'] },
        linkedinLink: { primaryLinkUrl: 'HTTPS://LinkedIn.com/in/Ada/', secondaryLinks: [{ url: 'https://a.test/', label: 'a' }] },
        companyId: COMPANY_ID,
        createdAt: '2026-01-01T10:00:00+02:00',
      }),
    ).toEqual({
      name: { firstName: 'Ada' },
      emails: { primaryEmail: 'ada@example.com', additionalEmails: ['x@xn--ls8h.la'] },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/Ada', secondaryLinks: [{ url: 'https://a.test', label: 'a' }] },
      companyId: COMPANY_ID,
      createdAt: '2026-01-01T08:00:00.000Z',
    });
  });

  it('turns a null relation into a null join column', () => {
    expect(toRecordPatchOrThrow(person, { company: null })).toEqual({ companyId: null });
  });

  it('accepts position first and last', () => {
    expect(toRecordPatchOrThrow(person, { position: 'last' })).toEqual({ position: 'last' });
  });

  it.each([
    ['person', ['a', 'record'], "Invalid record data [ 'a', 'record' ] for object person: expected a JSON object"],
    ['person', { salary: 1 }, 'Object person doesn\'t have any "salary" field.'],
    ['person', { company: { id: COMPANY_ID } }, 'Relation "company" requires connect or disconnect operation'],
    ['company', { people: [] }, 'One-to-many relation people field does not support write operations.'],
    ['person', { companyId: 'acme' }, 'Invalid UUID value \'acme\' for field "companyId"'],
    ['person', { city: 42 }, 'Invalid string value 42 for text field "city"'],
    ['company', { employees: '10' }, 'Invalid number value \'10\' for field "employees"'],
    ['company', { idealCustomerProfile: 'yes' }, 'Invalid boolean value \'yes\' for field "idealCustomerProfile"'],
    ['workspaceMember', { userId: null }, 'null value in column "userId" of relation "workspaceMember" violates not-null constraint'],
    // Postgres refuses an explicit NULL even where the column has a default.
    ['company', { idealCustomerProfile: null }, 'null value in column "idealCustomerProfile" of relation "company" violates not-null constraint'],
    ['opportunity', { stage: null }, 'null value in column "stage" of relation "opportunity" violates not-null constraint'],
    ['person', { position: null }, 'null value in column "position" of relation "person" violates not-null constraint'],
    ['opportunity', { closeDate: 'tomorrow' }, 'Invalid value \'tomorrow\' for date-time field "closeDate". Expected format: \'YYYY-MM-DDTHH:mm:ssZ\''],
    [
      'opportunity',
      { stage: 'INVALID_ENUM_VALUE' },
      `Invalid value 'INVALID_ENUM_VALUE' for field "stage"`,
    ],
    ['person', { name: { middleName: 'Q' } }, 'Invalid subfield middleName for full name field "name"'],
    ['person', { name: 'Ada' }, 'Invalid object value \'Ada\' for field "name"'],
    ['opportunity', { amount: { amountMicros: 'lots' } }, 'Invalid numeric value \'lots\' for field "amount.amountMicros"'],
    ['person', { createdBy: { source: 'ROBOT' } }, 'Invalid value \'ROBOT\' for field "createdBy.source"'],
    ['person', { position: 'middle' }, 'Invalid position value \'middle\' for field "position"'],
  ])('refuses for %s the body %j', (nameSingular, body, message) => {
    expect(errorOf(() => toRecordPatchOrThrow(objectNamed(nameSingular), body))).toEqual([400, [message]]);
  });

  it('reads a date-time without a zone as UTC and keeps dates on real calendar days', () => {
    const withBirthday: ObjectMetadata = {
      ...person,
      fields: person.fields.map((field) => (field.name === 'city' ? { ...field, name: 'birthday', type: 'DATE' } : field)),
    };
    expect(toRecordPatchOrThrow(objectNamed('task'), { dueAt: '2026-01-05T09:00:00' })).toEqual({ dueAt: '2026-01-05T09:00:00.000Z' });
    expect(toRecordPatchOrThrow(objectNamed('task'), { dueAt: '2024-02-29' })).toEqual({ dueAt: '2024-02-29T00:00:00.000Z' });
    expect(toRecordPatchOrThrow(withBirthday, { birthday: '2024-02-29' })).toEqual({ birthday: '2024-02-29' });
    expect(errorOf(() => toRecordPatchOrThrow(withBirthday, { birthday: '2026-02-29' }))).toEqual([
      400,
      ['Invalid value \'2026-02-29\' for date field "birthday". Expected format: \'YYYY-MM-DD\''],
    ]);
    expect(errorOf(() => toRecordPatchOrThrow(withBirthday, { birthday: '2026-01-05T00:00:00Z' }))).toEqual([
      400,
      ['Invalid value \'2026-01-05T00:00:00Z\' for date field "birthday". Expected format: \'YYYY-MM-DD\''],
    ]);
  });

  // Date.parse would roll these over (Feb 30 → Mar 2); Postgres refuses them.
  it.each(['2026-02-30T10:00:00Z', '2026-02-29T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-05T09:00', '2026-01-05T09:00:00.1234Z', '0000-01-01'])(
    'refuses the impossible or malformed date-time %s',
    (dueAt) => {
      expect(errorOf(() => toRecordPatchOrThrow(objectNamed('task'), { dueAt }))).toEqual([
        400,
        [`Invalid value '${dueAt}' for date-time field "dueAt". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`],
      ]);
    },
  );

  it('refuses a deactivated field as unknown', () => {
    const withoutCity: ObjectMetadata = {
      ...person,
      fields: person.fields.map((field) => (field.name === 'city' ? { ...field, isActive: false } : field)),
    };
    expect(errorOf(() => toRecordPatchOrThrow(withoutCity, { city: 'Paris' }))).toEqual([400, ['Object person doesn\'t have any "city" field.']]);
  });
});

describe('tableNameOf', () => {
  it('names a standard table by its singular and a custom one with a leading underscore', () => {
    expect(tableNameOf(company)).toBe('company');
    expect(tableNameOf({ ...company, nameSingular: 'invoice', isCustom: true })).toBe('_invoice');
  });

  it('names the custom table in the not-null error', () => {
    const invoice: ObjectMetadata = { ...company, nameSingular: 'invoice', isCustom: true };
    expect(errorOf(() => toRecordPatchOrThrow(invoice, { createdAt: null }))).toEqual([
      400,
      ['null value in column "createdAt" of relation "_invoice" violates not-null constraint'],
    ]);
  });
});

describe('normalizeLinkUrl', () => {
  it.each([
    ['https://test.com/', 'https://test.com'],
    ['HTTPS://Test.COM/Path/', 'https://test.com/Path'],
    ['test.com', 'test.com'],
    ['', ''],
  ])('normalises %j to %j', (url, expected) => {
    expect(normalizeLinkUrl(url)).toBe(expected);
  });
});

describe('canonicalEmail', () => {
  it.each([
    ['X@💩。LA.', 'x@xn--ls8h.la'],
    ['John.Doe@Example.com', 'john.doe@example.com'],
    ['a@b．c．', 'a@b.c'],
    ['not-an-email', 'not-an-email'],
  ])('canonicalises %j to %j', (email, expected) => {
    expect(canonicalEmail(email)).toBe(expected);
  });
});

describe('createRecord', () => {
  const context: WriteContext = { now: NOW, actor: API_ACTOR, existing: [] };

  it('completes a patch with every default, the writer and the first position', () => {
    expect(createRecord(company, { id: COMPANY_ID, name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.test' } }, context)).toEqual({
      id: COMPANY_ID,
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://acme.test', primaryLinkLabel: '', secondaryLinks: null },
      employees: null,
      linkedinLink: EMPTY_LINKS,
      xLink: EMPTY_LINKS,
      annualRecurringRevenue: { amountMicros: null, currencyCode: '' },
      idealCustomerProfile: false,
      address: {
        addressStreet1: '',
        addressStreet2: '',
        addressCity: '',
        addressState: '',
        addressCountry: '',
        addressPostcode: '',
        addressLat: null,
        addressLng: null,
      },
      accountOwnerId: null,
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      deletedAt: null,
      position: 0,
      createdBy: { source: 'API', workspaceMemberId: null, name: 'Key', context: {} },
      updatedBy: { source: 'API', workspaceMemberId: null, name: 'Key', context: {} },
    });
  });

  it('generates an id when none is given', () => {
    expect(createRecord(company, {}, context).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps the createdBy sub-fields the body gives', () => {
    const record = createRecord(person, { createdBy: { source: 'EMAIL' } }, context);
    expect([record['createdBy'], record['updatedBy']]).toEqual([
      { source: 'EMAIL', workspaceMemberId: null, name: 'Key', context: {} },
      { source: 'API', workspaceMemberId: null, name: 'Key', context: {} },
    ]);
  });

  it.each([
    [undefined, -4],
    ['first', -4],
    ['last', 8],
    [5.5, 5.5],
  ])('places position %j at %j among positions -3..7', (position, expected) => {
    const existing = [-3, 7].map((value, index) => ({ id: `id-${index}`, position: value }));
    const patch = position === undefined ? {} : { position };
    expect(createRecord(person, patch, { ...context, existing })['position']).toBe(expected);
  });

  it('places "last" at 2 in an empty object, as Twenty does', () => {
    expect(createRecord(person, { position: 'last' }, context)['position']).toBe(2);
  });
});

describe('updateRecord', () => {
  const stored = createRecord(person, { id: PERSON_ID, name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'London' }, {
    now: NOW,
    actor: API_ACTOR,
    existing: [],
  });
  const writer: Actor = { source: 'MANUAL', workspaceMemberId: COMPANY_ID, name: 'Member', context: {} };

  it('merges composite sub-fields, keeps the id and stamps the writer', () => {
    const updated = updateRecord(person, stored, { id: COMPANY_ID, name: { lastName: 'King' }, city: null }, { now: LATER, actor: writer, existing: [stored] });
    expect(updated).toEqual({
      ...stored,
      name: { firstName: 'Ada', lastName: 'King' },
      city: null,
      updatedAt: '2026-02-02T12:30:00.000Z',
      updatedBy: writer,
    });
    expect(stored['name']).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('resets a composite set to null to its empty value', () => {
    const updated = updateRecord(person, stored, { name: null }, { now: LATER, actor: writer, existing: [stored] });
    expect(updated['name']).toEqual({ firstName: '', lastName: '' });
  });
});

describe('uniqueValuesOf', () => {
  it('returns the non-empty values of unique fields other than id', () => {
    const withEmail: SandboxRecord = { id: PERSON_ID, emails: { primaryEmail: 'ada@example.com', additionalEmails: null } };
    expect(uniqueValuesOf(person, withEmail).map(({ field, value }) => [field.name, value])).toEqual([['emails', 'ada@example.com']]);
    expect(uniqueValuesOf(person, { id: PERSON_ID, emails: { primaryEmail: '' } })).toEqual([]);
    expect(uniqueValuesOf(company, { id: COMPANY_ID, domainName: EMPTY_LINKS })).toEqual([]);
  });
});
