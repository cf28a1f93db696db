import { describe, expect, it } from 'vitest';

import { parseTwentyFilter, type TwentyComparator, type TwentyFilterNode } from '../../twenty/filterGrammar.js';
import { compileRecordFilter, type FilterScope } from '../filterEvaluator.js';
import { createStandardObjects } from '../standardObjects.js';
import {
  type FieldMetadata,
  type FieldType,
  type ObjectMetadata,
  SandboxHttpError,
  type SandboxRecord,
  type SelectOption,
} from '../types.js';

// ---------------------------------------------------------------------------
// Metadata: the standard objects, plus custom company fields for the types no
// standard object has.
// ---------------------------------------------------------------------------

const options = (...values: string[]): SelectOption[] =>
  values.map((value, position) => ({
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    value,
    label: value,
    color: 'gray',
    position,
  }));

let customFieldCount = 0;

function customField(object: ObjectMetadata, name: string, type: FieldType, extra: Partial<FieldMetadata> = {}): FieldMetadata {
  customFieldCount += 1;
  return {
    id: `f0000000-0000-4000-8000-${String(customFieldCount).padStart(12, '0')}`,
    objectMetadataId: object.id,
    type,
    name,
    label: name,
    description: null,
    icon: null,
    isCustom: true,
    isActive: true,
    isSystem: false,
    isNullable: true,
    isUnique: false,
    defaultValue: null,
    options: null,
    settings: null,
    relation: null,
    createdAt: '2025-11-03T08:00:00.000Z',
    updatedAt: '2025-11-03T08:00:00.000Z',
    ...extra,
  };
}

const objects = createStandardObjects();

function objectNamed(nameSingular: string): ObjectMetadata {
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (object === undefined) {
    throw new Error(`no object ${nameSingular}`);
  }
  return object;
}

const companyObject = objectNamed('company');
companyObject.fields.push(
  customField(companyObject, 'tags', 'MULTI_SELECT', { options: options('VIP', 'PARTNER', 'LEAD') }),
  customField(companyObject, 'keywords', 'ARRAY'),
  customField(companyObject, 'tier', 'RATING', { options: options('RATING_1', 'RATING_2', 'RATING_3') }),
  customField(companyObject, 'foundedOn', 'DATE'),
  customField(companyObject, 'score', 'NUMERIC'),
  customField(companyObject, 'extra', 'RAW_JSON'),
  customField(companyObject, 'legacyCode', 'TEXT', { isActive: false }),
);

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

const id = (prefix: string, n: number): string => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const MEMBER = id('e', 1);

const ACME = id('c', 1);
const GLOBEX = id('c', 2);
const INITECH = id('c', 3);
const PERCENT = id('c', 4);
const ZURICH = id('c', 5);
const EMPTY = id('c', 6);
const UNNAMED = id('c', 7);
const NULL_TEXT = id('c', 8);
const BACKSLASH = id('c', 9);
const GONE = id('c', 10);
const ALL_COMPANIES = [ACME, GLOBEX, INITECH, PERCENT, ZURICH, EMPTY, UNNAMED, NULL_TEXT, BACKSLASH, GONE];

const ALICE = id('a', 1);
const BOB = id('a', 2);
const CAROL = id('a', 3);
const DAN = id('a', 4);
const EVE = id('a', 5);

const DEAL_NEW = id('d', 1);
const DEAL_MEETING = id('d', 2);
const DEAL_PROPOSAL = id('d', 3);
const DEAL_CUSTOMER = id('d', 4);

const TASK_TODO = id('b', 1);
const TASK_DONE = id('b', 2);
const TASK_UNSET = id('b', 3);

const systemActor = { source: 'MANUAL', workspaceMemberId: null, name: 'System', context: {} };

function aCompany(fields: Record<string, unknown> & { id: string }): SandboxRecord {
  return {
    name: '',
    employees: null,
    idealCustomerProfile: false,
    address: null,
    annualRecurringRevenue: null,
    accountOwnerId: null,
    createdAt: '2024-06-01T00:00:00.000Z',
    deletedAt: null,
    position: 0,
    createdBy: systemActor,
    tags: null,
    keywords: null,
    tier: null,
    foundedOn: null,
    score: null,
    extra: null,
    ...fields,
  };
}

const address = (addressCity: string, addressLat: number | null): Record<string, unknown> => ({
  addressStreet1: '',
  addressStreet2: '',
  addressCity,
  addressState: '',
  addressCountry: 'France',
  addressPostcode: '',
  addressLat,
  addressLng: null,
});

const companies: SandboxRecord[] = [
  aCompany({
    id: ACME,
    name: 'Acme',
    employees: 50,
    idealCustomerProfile: true,
    address: address('Paris', 48.85),
    annualRecurringRevenue: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
    accountOwnerId: MEMBER,
    createdAt: '2024-01-15T10:00:00.123Z',
    position: 1,
    createdBy: { source: 'API', workspaceMemberId: null, name: 'Zapier key', context: {} },
    tags: ['VIP', 'PARTNER'],
    keywords: ['b2b', 'saas'],
    tier: 'RATING_2',
    foundedOn: '2001-03-04',
    score: 4.5,
    extra: { seats: 10, plan: 'pro' },
  }),
  aCompany({
    id: GLOBEX,
    name: "O'Brien & Sons",
    employees: 5,
    address: address('', 40.1),
    // Big CURRENCY amounts may come back as numeric strings.
    annualRecurringRevenue: { amountMicros: '250000000', currencyCode: 'USD' },
    createdAt: '2024-01-15T10:00:00.124Z',
    position: 2,
    createdBy: { source: 'MANUAL', workspaceMemberId: MEMBER, name: '', context: {} },
    tags: [],
    keywords: [],
    tier: 'RATING_3',
    foundedOn: '2001-03-05',
    score: 2,
  }),
  aCompany({
    id: INITECH,
    name: '50%_off',
    createdAt: '2023-12-31T23:59:59.999Z',
    position: 3,
    createdBy: { source: 'IMPORT', workspaceMemberId: null, name: 'System', context: {} },
    extra: {},
  }),
  aCompany({
    id: PERCENT,
    name: '50 percent off',
    employees: 1000,
    idealCustomerProfile: true,
    createdAt: '2024-02-29T00:00:00.000Z',
    position: 4.5,
    tags: ['LEAD'],
    tier: 'RATING_1',
    foundedOn: '1999-12-31',
    score: -1,
  }),
  aCompany({ id: ZURICH, name: 'Zürich 😀', employees: 0, createdAt: '2024-01-16T00:00:00.000Z' }),
  aCompany({ id: EMPTY, name: '' }),
  aCompany({ id: UNNAMED, name: null }),
  aCompany({ id: NULL_TEXT, name: 'NULL' }),
  aCompany({ id: BACKSLASH, name: 'back\\slash' }),
  aCompany({ id: GONE, name: 'Gone Corp', employees: 7, deletedAt: '2024-03-01T00:00:00.000Z' }),
];

const people: SandboxRecord[] = [
  {
    id: ALICE,
    name: { firstName: 'Alice', lastName: "O'Brien" },
    emails: { primaryEmail: 'alice@acme.com', additionalEmails: ['alice@perso.fr'] },
    city: 'Paris',
    companyId: ACME,
    deletedAt: null,
  },
  {
    id: BOB,
    name: { firstName: 'Bob', lastName: '' },
    emails: { primaryEmail: '', additionalEmails: [] },
    city: null,
    companyId: GLOBEX,
    deletedAt: null,
  },
  { id: CAROL, name: { firstName: 'Çarol', lastName: 'Über' }, emails: null, city: 'paris', companyId: null, deletedAt: null },
  {
    id: DAN,
    name: { firstName: 'Dan', lastName: 'Deleted' },
    emails: { primaryEmail: 'dan@initech.com', additionalEmails: null },
    city: 'Berlin',
    companyId: INITECH,
    deletedAt: '2024-03-01T00:00:00.000Z',
  },
  {
    id: EVE,
    name: { firstName: 'Eve', lastName: '' },
    emails: { primaryEmail: 'eve@gone.com', additionalEmails: null },
    city: 'Rome',
    companyId: GONE,
    deletedAt: null,
  },
];

const opportunities: SandboxRecord[] = [
  { id: DEAL_NEW, name: 'Deal A', stage: 'NEW', pointOfContactId: ALICE, companyId: ACME, deletedAt: null },
  { id: DEAL_MEETING, name: 'Deal B', stage: 'MEETING', pointOfContactId: BOB, companyId: GLOBEX, deletedAt: null },
  { id: DEAL_PROPOSAL, name: 'Deal C', stage: 'PROPOSAL', pointOfContactId: null, companyId: null, deletedAt: null },
  { id: DEAL_CUSTOMER, name: 'Deal D', stage: 'CUSTOMER', pointOfContactId: null, companyId: null, deletedAt: null },
];

const tasks: SandboxRecord[] = [
  { id: TASK_TODO, title: 'Call', status: 'TODO', deletedAt: null },
  { id: TASK_DONE, title: 'Mail', status: 'DONE', deletedAt: null },
  { id: TASK_UNSET, title: 'Think', status: null, deletedAt: null },
];

const workspaceMembers: SandboxRecord[] = [{ id: MEMBER, name: { firstName: 'Tim', lastName: 'Apple' }, deletedAt: null }];

const store: Record<string, SandboxRecord[]> = { companies, people, opportunities, tasks, workspaceMembers };

const scope: FilterScope = {
  objectBySingular: (nameSingular) => objects.find((object) => object.nameSingular === nameSingular),
  liveRecords: (namePlural) => (store[namePlural] ?? []).filter((record) => record.deletedAt === null),
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const leaf = (path: string, comparator: TwentyComparator, value: string | string[]): TwentyFilterNode => ({
  kind: 'leaf',
  path: path.split('.'),
  comparator,
  value,
});
const and = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'and', items });
const or = (...items: TwentyFilterNode[]): TwentyFilterNode => ({ kind: 'or', items });
const not = (item: TwentyFilterNode): TwentyFilterNode => ({ kind: 'not', item });

/** Ids of the stored records (soft-deleted ones included) the filter matches, in store order. */
function idsMatching(filter: TwentyFilterNode, nameSingular = 'company', filterScope: FilterScope = scope): string[] {
  const object = objectNamed(nameSingular);
  const { matches } = compileRecordFilter(filter, object, filterScope);
  return (store[object.namePlural] ?? []).filter((record) => matches(record)).map((record) => record.id);
}

function errorOf(filter: TwentyFilterNode, nameSingular = 'company', filterScope: FilterScope = scope): unknown {
  try {
    compileRecordFilter(filter, objectNamed(nameSingular), filterScope);
  } catch (error) {
    if (error instanceof SandboxHttpError) {
      return { statusCode: error.statusCode, error: error.error, messages: error.messages };
    }
    throw error;
  }
  throw new Error('the filter compiled without an error');
}

const badRequest = (message: string) => ({ statusCode: 400, error: 'BadRequestException', messages: [message] });

const TEXT_OPERATORS = 'eq, neq, gt, gte, lt, lte, in, is, like, ilike, startsWith, endsWith';
const NUMBER_OPERATORS = 'eq, neq, gt, gte, lt, lte, in, is';
const ENUM_OPERATORS = 'eq, neq, gt, gte, lt, lte, in, containsAny, is, isEmptyArray';
const STAGES = 'NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER';

// ---------------------------------------------------------------------------

describe('compileRecordFilter', () => {
  describe('keys', () => {
    it('reads a field by its name', () => {
      expect(idsMatching(leaf('city', 'eq', 'Paris'), 'person')).toEqual([ALICE]);
    });

    it('reads a MANY_TO_ONE relation through its join column', () => {
      expect(idsMatching(leaf('companyId', 'eq', ACME), 'person')).toEqual([ALICE]);
      expect(idsMatching(leaf('companyId', 'is', 'NULL'), 'person')).toEqual([CAROL]);
      expect(idsMatching(leaf('accountOwnerId', 'in', [MEMBER]))).toEqual([ACME]);
    });

    it('compares UUIDs regardless of letter case, as Postgres does', () => {
      expect(idsMatching(leaf('companyId', 'eq', ACME.toUpperCase()), 'person')).toEqual([ALICE]);
    });

    it('does not itself leave out soft-deleted rows', () => {
      expect(idsMatching(leaf('city', 'eq', 'Berlin'), 'person')).toEqual([DAN]);
    });

    it.each([
      ['an unknown key', leaf('nope', 'eq', '1'), `Object company doesn't have any "nope" field.`],
      ['an inactive field', leaf('legacyCode', 'eq', 'x'), `Object company doesn't have any "legacyCode" field.`],
      ['a key that is only a prototype property', leaf('constructor', 'eq', 'x'), `Object company doesn't have any "constructor" field.`],
      [
        'a ONE_TO_MANY relation used as a leaf',
        leaf('people', 'eq', ALICE),
        'Cannot filter by relation field "people": use "peopleId" instead',
      ],
    ])('refuses %s', (_case, filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });

    it.each([
      [
        'a MANY_TO_ONE relation used as a leaf',
        leaf('company', 'eq', ACME),
        'Cannot filter by relation field "company": use "companyId" instead',
      ],
      [
        'a relation path to an unknown field',
        leaf('company.nope', 'eq', 'x'),
        'Cannot filter by relation field "company": use "companyId" instead',
      ],
      ['an unknown composite sub-field', leaf('name.nickname', 'eq', 'Al'), 'Sub field "nickname" not found for composite type: FULL_NAME'],
      ['a whole composite used as a leaf', leaf('name', 'eq', 'Alice'), 'Sub field "eq" not found for composite type: FULL_NAME'],
      ['a whole EMAILS field compared with is', leaf('emails', 'is', 'NULL'), 'Sub field "is" not found for composite type: EMAILS'],
    ])('refuses %s on people', (_case, filter, message) => {
      expect(errorOf(filter, 'person')).toEqual(badRequest(message));
    });
  });

  describe('composite sub-fields', () => {
    it.each([
      [leaf('name.firstName', 'eq', 'Alice'), [ALICE]],
      [leaf('name.lastName', 'eq', "O'Brien"), [ALICE]],
      [leaf('name.lastName', 'eq', ''), [BOB, EVE]],
      [leaf('name.lastName', 'is', 'NULL'), [BOB, EVE]],
      [leaf('name.firstName', 'ilike', 'çAROL'), [CAROL]],
      [leaf('emails.primaryEmail', 'is', 'NULL'), [BOB, CAROL]],
      [leaf('emails.primaryEmail', 'neq', 'alice@acme.com'), [BOB, DAN, EVE]],
      [leaf('emails.additionalEmails', 'is', 'NULL'), [BOB, CAROL, DAN, EVE]],
      [leaf('emails.additionalEmails', 'like', '%perso.fr%'), [ALICE]],
      [leaf('emails.additionalEmails', 'like', '["alice@perso.fr"]'), [ALICE]],
    ])('matches people by %j', (filter, expected) => {
      expect(idsMatching(filter, 'person')).toEqual(expected);
    });

    it.each([
      [leaf('address.addressCity', 'eq', 'Paris'), [ACME]],
      [leaf('address.addressCity', 'is', 'NOT_NULL'), [ACME, GLOBEX]],
      [leaf('address.addressCity', 'neq', ''), [ACME]],
      [leaf('address.addressLat', 'gt', '48'), [ACME]],
      [leaf('annualRecurringRevenue.amountMicros', 'gt', '1000000000'), [ACME]],
      [leaf('annualRecurringRevenue.amountMicros', 'lt', '1000000000'), [GLOBEX]],
      // Only some sub-fields have Twenty's null equivalence; currencyCode has none.
      [leaf('annualRecurringRevenue.currencyCode', 'eq', ''), []],
      [leaf('createdBy.source', 'eq', 'API'), [ACME]],
      [leaf('createdBy.source', 'in', ['API', 'IMPORT']), [ACME, INITECH]],
      // ACTOR.source is not checked against a list of sources.
      [leaf('createdBy.source', 'eq', 'NOT_A_SOURCE'), []],
      [leaf('createdBy.name', 'eq', ''), [GLOBEX]],
      [leaf('createdBy.workspaceMemberId', 'eq', MEMBER), [GLOBEX]],
    ])('matches companies by %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it.each([
      [
        leaf('name.firstName', 'containsAny', ['A']),
        `Operator "containsAny" is not valid for field "name.firstName" of type TEXT - Allowed operators: ${TEXT_OPERATORS}`,
      ],
      [
        leaf('emails.additionalEmails', 'eq', 'a@b.c'),
        'Operator "eq" is not valid for field "emails.additionalEmails" of type RAW_JSON - Allowed operators: is, like',
      ],
    ])('refuses %j on people', (filter, message) => {
      expect(errorOf(filter, 'person')).toEqual(badRequest(message));
    });

    it.each([
      [leaf('address', 'is', 'NULL'), 'Sub field "is" not found for composite type: ADDRESS'],
      [leaf('createdBy.workspaceMemberId', 'eq', 'bad'), `Invalid UUID value 'bad' for field "createdBy.workspaceMemberId"`],
      [
        leaf('annualRecurringRevenue.amountMicros', 'eq', 'lots'),
        'Invalid number value NaN for field "annualRecurringRevenue.amountMicros"',
      ],
    ])('refuses %j on companies', (filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });
  });

  describe('relation filters', () => {
    it.each([
      [leaf('company.name', 'eq', 'Acme'), [ALICE]],
      // LEFT JOIN: no company, or a soft-deleted one, reads as NULL columns.
      [leaf('company.name', 'is', 'NULL'), [CAROL, EVE]],
      [not(leaf('company.name', 'eq', 'Acme')), [BOB, DAN]],
      [leaf('company.address.addressCity', 'eq', 'Paris'), [ALICE]],
      [leaf('company.annualRecurringRevenue.amountMicros', 'gte', '250000000'), [ALICE, BOB]],
      [leaf('company.accountOwnerId', 'is', 'NULL'), [BOB, CAROL, DAN, EVE]],
    ])('matches people by their company with %j', (filter, expected) => {
      expect(idsMatching(filter, 'person')).toEqual(expected);
    });

    it.each([
      [leaf('people.city', 'eq', 'Paris'), [ACME]],
      // Dan is soft-deleted, so INITECH has no living person in Berlin.
      [leaf('people.city', 'eq', 'Berlin'), []],
      [leaf('people.city', 'in', ['Paris', 'Berlin', 'Rome']), [ACME, GONE]],
      [leaf('people.city', 'is', 'NULL'), [GLOBEX]],
      [leaf('people.name.lastName', 'eq', "O'Brien"), [ACME]],
      [not(leaf('people.city', 'eq', 'Paris')), ALL_COMPANIES.filter((company) => company !== ACME)],
    ])('matches companies by their people with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it('follows a MANY_TO_ONE relation of another object', () => {
      expect(idsMatching(leaf('pointOfContact.name.firstName', 'eq', 'Alice'), 'opportunity')).toEqual([DEAL_NEW]);
    });

    it.each([
      [leaf('company.people.city', 'eq', 'Paris'), 'person'],
      [leaf('people.company.name', 'eq', 'Acme'), 'company'],
    ])('refuses %j, more than one hop deep', (filter, nameSingular) => {
      expect(errorOf(filter, nameSingular)).toEqual(badRequest('Relation filter nesting deeper than 1 hop is not supported'));
    });

    it('refuses a relation whose target object is not in scope', () => {
      const narrowScope: FilterScope = { ...scope, objectBySingular: () => undefined };
      expect(errorOf(leaf('company.name', 'eq', 'Acme'), 'person', narrowScope)).toEqual(
        badRequest('Cannot filter by relation field "company": use "companyId" instead'),
      );
    });
  });

  describe('text', () => {
    it.each([
      [leaf('name', 'eq', 'Acme'), [ACME]],
      [leaf('name', 'eq', 'acme'), []],
      [leaf('name', 'eq', "O'Brien & Sons"), [GLOBEX]],
      // Null equivalence: '' and 'NULL' also match NULL (compute-where-condition-parts).
      [leaf('name', 'eq', ''), [EMPTY, UNNAMED]],
      [leaf('name', 'eq', 'NULL'), [UNNAMED, NULL_TEXT]],
      [leaf('name', 'neq', 'Acme'), [GLOBEX, INITECH, PERCENT, ZURICH, EMPTY, NULL_TEXT, BACKSLASH, GONE]],
      [leaf('name', 'neq', ''), [ACME, GLOBEX, INITECH, PERCENT, ZURICH, NULL_TEXT, BACKSLASH, GONE]],
      [leaf('name', 'is', 'NULL'), [EMPTY, UNNAMED]],
      [leaf('name', 'is', 'NOT_NULL'), ALL_COMPANIES.filter((company) => company !== UNNAMED)],
      [leaf('name', 'gt', 'Z'), [ZURICH, BACKSLASH]],
      [leaf('name', 'lt', '5'), [EMPTY]],
      [leaf('name', 'lte', '50%_off'), [INITECH, PERCENT, EMPTY]],
      [leaf('name', 'in', ['Acme', "O'Brien & Sons", 'nope']), [ACME, GLOBEX]],
      [leaf('name', 'in', ['']), [EMPTY]],
    ])('compares names with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it.each([
      [leaf('name', 'like', '%Sons'), [GLOBEX]],
      [leaf('name', 'like', '50%off'), [INITECH, PERCENT]],
      [leaf('name', 'like', '50\\%\\_off'), [INITECH]],
      [leaf('name', 'like', '50_\\_off'), [INITECH]],
      [leaf('name', 'like', 'back\\\\slash'), [BACKSLASH]],
      [leaf('name', 'like', 'Acm'), []],
      [leaf('name', 'like', 'acme'), []],
      [leaf('name', 'like', '(.*)'), []],
      [leaf('name', 'like', '%'), ALL_COMPANIES.filter((company) => company !== UNNAMED)],
      [leaf('name', 'like', ''), [EMPTY, UNNAMED]],
      [leaf('name', 'like', 'Zürich _'), [ZURICH]],
      [leaf('name', 'ilike', 'ACME'), [ACME]],
      [leaf('name', 'ilike', '%ZÜRICH%'), [ZURICH]],
      [leaf('name', 'ilike', "o'brien%"), [GLOBEX]],
      [leaf('name', 'startsWith', "O'"), [GLOBEX]],
      [leaf('name', 'startsWith', 'o'), []],
      [leaf('name', 'startsWith', '50%'), [INITECH]],
      [leaf('name', 'startsWith', '50_'), []],
      [leaf('name', 'endsWith', '😀'), [ZURICH]],
      [leaf('name', 'endsWith', 'off'), [INITECH, PERCENT]],
    ])('matches names with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it('refuses a LIKE pattern that ends with a lone backslash', () => {
      expect(errorOf(leaf('name', 'like', '50\\'))).toEqual(badRequest('LIKE pattern must not end with escape character'));
    });
  });

  describe('numbers and booleans', () => {
    it.each([
      [leaf('employees', 'eq', '50'), [ACME]],
      [leaf('employees', 'neq', '50'), [GLOBEX, PERCENT, ZURICH, GONE]],
      [leaf('employees', 'gt', '5'), [ACME, PERCENT, GONE]],
      [leaf('employees', 'gte', '5'), [ACME, GLOBEX, PERCENT, GONE]],
      [leaf('employees', 'lt', '5'), [ZURICH]],
      [leaf('employees', 'lte', '0'), [ZURICH]],
      [leaf('employees', 'in', ['0', '5']), [GLOBEX, ZURICH]],
      [leaf('employees', 'is', 'NULL'), [INITECH, EMPTY, UNNAMED, NULL_TEXT, BACKSLASH]],
      // Twenty coerces with parseFloat.
      [leaf('employees', 'eq', '1e3'), [PERCENT]],
      [leaf('employees', 'eq', '50abc'), [ACME]],
      [leaf('employees', 'eq', ' 5'), [GLOBEX]],
      [leaf('score', 'lt', '2.5'), [GLOBEX, PERCENT]],
      [leaf('position', 'gt', '2'), [INITECH, PERCENT]],
      [leaf('idealCustomerProfile', 'eq', 'true'), [ACME, PERCENT]],
      [leaf('idealCustomerProfile', 'eq', 'false'), [GLOBEX, INITECH, ZURICH, EMPTY, UNNAMED, NULL_TEXT, BACKSLASH, GONE]],
    ])('matches companies with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it.each([
      [leaf('employees', 'eq', 'abc'), 'Invalid number value NaN for field "employees"'],
      [leaf('employees', 'eq', ''), 'Invalid number value NaN for field "employees"'],
      [leaf('employees', 'gt', 'Infinity'), 'Invalid number value Infinity for field "employees"'],
      [leaf('employees', 'in', ['5', 'x']), 'Invalid number value NaN for field "employees"'],
      [
        leaf('employees', 'like', '5%'),
        `Operator "like" is not valid for field "employees" of type NUMBER - Allowed operators: ${NUMBER_OPERATORS}`,
      ],
      [
        leaf('position', 'startsWith', '1'),
        `Operator "startsWith" is not valid for field "position" of type POSITION - Allowed operators: ${NUMBER_OPERATORS}`,
      ],
      [leaf('idealCustomerProfile', 'eq', 'yes'), `Invalid boolean value 'yes' for field "idealCustomerProfile"`],
      [leaf('idealCustomerProfile', 'eq', 'TRUE'), `Invalid boolean value 'TRUE' for field "idealCustomerProfile"`],
      [
        leaf('idealCustomerProfile', 'neq', 'true'),
        'Operator "neq" is not valid for field "idealCustomerProfile" of type BOOLEAN - Allowed operators: eq, is',
      ],
    ])('refuses %j', (filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });
  });

  describe('UUIDs', () => {
    it('matches ids with eq, neq and in', () => {
      expect(idsMatching(leaf('id', 'eq', GLOBEX))).toEqual([GLOBEX]);
      expect(idsMatching(leaf('id', 'in', [ZURICH, ACME]))).toEqual([ACME, ZURICH]);
      expect(idsMatching(leaf('id', 'neq', ACME), 'task')).toEqual([TASK_TODO, TASK_DONE, TASK_UNSET]);
      expect(idsMatching(leaf('id', 'neq', TASK_TODO), 'task')).toEqual([TASK_DONE, TASK_UNSET]);
    });

    it.each([
      [leaf('id', 'eq', 'nope'), `Invalid UUID value 'nope' for field "id"`],
      [leaf('id', 'in', [ACME, 'x']), `Invalid UUID value 'x' for field "id"`],
      [leaf('accountOwnerId', 'eq', ''), `Invalid UUID value '' for field "accountOwnerId"`],
      [
        leaf('accountOwnerId', 'like', 'x'),
        `Operator "like" is not valid for field "accountOwnerId" of type RELATION - Allowed operators: ${NUMBER_OPERATORS}`,
      ],
    ])('refuses %j', (filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });
  });

  describe('dates', () => {
    it.each([
      [leaf('createdAt', 'eq', '2024-01-15T10:00:00.123Z'), [ACME]],
      [leaf('createdAt', 'eq', '2024-01-15T11:00:00.123+01:00'), [ACME]],
      [leaf('createdAt', 'eq', '2024-01-15T10:00:00.123+0000'), [ACME]],
      [leaf('createdAt', 'eq', '2024-01-15 10:00:00.123'), [ACME]],
      [leaf('createdAt', 'eq', '2024-01-15T10:00:00.12Z'), []],
      [leaf('createdAt', 'eq', '2024-01-15T10:00:00Z'), []],
      [leaf('createdAt', 'neq', '2024-01-15T10:00:00.123Z'), ALL_COMPANIES.filter((company) => company !== ACME)],
      [and(leaf('createdAt', 'gt', '2024-01-15T10:00:00.123Z'), leaf('createdAt', 'lt', '2024-01-16')), [GLOBEX]],
      [leaf('createdAt', 'lte', '2024-01-15T10:00:00.123Z'), [ACME, INITECH]],
      [leaf('createdAt', 'lt', '2024-01-15T10:00:00.123Z'), [INITECH]],
      [leaf('createdAt', 'lt', '2024-01-01'), [INITECH]],
      [leaf('createdAt', 'lt', '2024-01-01T00:00:00.000+01:00'), []],
      [and(leaf('createdAt', 'gte', 'January 1, 2024'), leaf('createdAt', 'lt', 'Jan 16, 2024')), [ACME, GLOBEX]],
      [leaf('createdAt', 'eq', '02/29/2024'), [PERCENT]],
      [leaf('createdAt', 'in', ['2024-01-16T00:00:00.000Z', '2024-02-29']), [PERCENT, ZURICH]],
      [leaf('deletedAt', 'is', 'NOT_NULL'), [GONE]],
      [leaf('foundedOn', 'eq', '2001-03-04'), [ACME]],
      // A date column takes the calendar day as written, ignoring time and zone.
      [leaf('foundedOn', 'eq', '2001-03-04T23:30:00-05:00'), [ACME]],
      [leaf('foundedOn', 'gt', '2001-03-04'), [GLOBEX]],
      [leaf('foundedOn', 'lt', '2000-01-01'), [PERCENT]],
    ])('matches companies with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it.each([
      ['yesterday', `'yesterday'`],
      ['2024-02-30', `'2024-02-30'`],
      ['2023-02-29T00:00:00Z', `'2023-02-29T00:00:00Z'`],
      ['2024-01-15T24:00:00Z', `'2024-01-15T24:00:00Z'`],
      ['2024-01-15T10:00:00.1234Z', `'2024-01-15T10:00:00.1234Z'`],
      ['', `''`],
      ["O'Brien", `"O'Brien"`],
    ])('refuses the date-time %j', (value, inspected) => {
      expect(errorOf(leaf('createdAt', 'eq', value))).toEqual(
        badRequest(`Invalid value ${inspected} for date-time field "createdAt". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`),
      );
    });

    it('refuses an invalid date', () => {
      expect(errorOf(leaf('foundedOn', 'eq', 'soon'))).toEqual(
        badRequest(`Invalid value 'soon' for date field "foundedOn". Expected format: 'YYYY-MM-DD'`),
      );
    });
  });

  describe('selects, ratings and arrays', () => {
    it.each([
      [leaf('stage', 'eq', 'MEETING'), [DEAL_MEETING]],
      [leaf('stage', 'neq', 'NEW'), [DEAL_MEETING, DEAL_PROPOSAL, DEAL_CUSTOMER]],
      [leaf('stage', 'in', ['NEW', 'CUSTOMER']), [DEAL_NEW, DEAL_CUSTOMER]],
      // A Postgres enum orders by the options' positions.
      [leaf('stage', 'gt', 'MEETING'), [DEAL_PROPOSAL, DEAL_CUSTOMER]],
      [leaf('stage', 'lte', 'SCREENING'), [DEAL_NEW]],
      [leaf('stage', 'containsAny', ['MEETING']), [DEAL_MEETING]],
    ])('matches opportunities with %j', (filter, expected) => {
      expect(idsMatching(filter, 'opportunity')).toEqual(expected);
    });

    it('treats a NULL select as unknown, not as different', () => {
      expect(idsMatching(leaf('status', 'neq', 'TODO'), 'task')).toEqual([TASK_DONE]);
      expect(idsMatching(leaf('status', 'is', 'NULL'), 'task')).toEqual([TASK_UNSET]);
    });

    it.each([
      [leaf('stage', 'eq', 'WON'), `Invalid select value "WON" for field "stage". Valid options: ${STAGES}`],
      [leaf('stage', 'in', ['NEW', 'new']), `Invalid select value "new" for field "stage". Valid options: ${STAGES}`],
      [leaf('stage', 'like', 'N%'), `Operator "like" is not valid for field "stage" of type SELECT - Allowed operators: ${ENUM_OPERATORS}`],
    ])('refuses %j', (filter, message) => {
      expect(errorOf(filter, 'opportunity')).toEqual(badRequest(message));
    });

    it.each([
      [leaf('tier', 'gte', 'RATING_2'), [ACME, GLOBEX]],
      [leaf('tier', 'in', ['RATING_1', 'RATING_3']), [GLOBEX, PERCENT]],
      // Twenty does not check rating values against the options.
      [leaf('tier', 'eq', 'RATING_9'), []],
      [leaf('tags', 'containsAny', ['VIP', 'LEAD']), [ACME, PERCENT]],
      [leaf('tags', 'containsAny', ['NOPE']), []],
      [leaf('tags', 'is', 'NULL'), ALL_COMPANIES.filter((company) => company !== ACME && company !== PERCENT)],
      [leaf('tags', 'is', 'NOT_NULL'), [ACME, GLOBEX, PERCENT]],
      [leaf('keywords', 'is', 'NOT_NULL'), [ACME, GLOBEX]],
      [leaf('extra', 'like', '%"plan": "pro"%'), [ACME]],
      // jsonb prints keys ordered by length.
      [leaf('extra', 'like', '{"plan": "pro", "seats": 10}'), [ACME]],
      [leaf('extra', 'is', 'NOT_NULL'), [ACME, INITECH]],
    ])('matches companies with %j', (filter, expected) => {
      expect(idsMatching(filter)).toEqual(expected);
    });

    it.each([
      [
        leaf('tags', 'eq', 'VIP'),
        'Operator "eq" is not valid for field "tags" of type MULTI_SELECT - Allowed operators: containsAny, containsExactly, is, isEmptyArray',
      ],
      [
        leaf('keywords', 'containsAny', ['b2b']),
        'Operator "containsAny" is not valid for field "keywords" of type ARRAY - Allowed operators: containsIlike, is, isEmptyArray',
      ],
      [leaf('extra', 'eq', '{}'), 'Operator "eq" is not valid for field "extra" of type RAW_JSON - Allowed operators: is, like'],
    ])('refuses %j', (filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });
  });

  describe('operand shapes', () => {
    it.each([
      [leaf('city', 'is', 'null'), 'Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"'],
      [leaf('city', 'in', 'Paris'), 'Filter operator "in" requires an array value for field city'],
      [leaf('city', 'eq', ['Paris']), 'Invalid filter value for field "city"'],
      [
        leaf('city', 'containsAny', ['Paris']),
        `Operator "containsAny" is not valid for field "city" of type TEXT - Allowed operators: ${TEXT_OPERATORS}`,
      ],
      // A path that goes on below the operator hands Twenty an object as the operand.
      [leaf('city.foo', 'eq', 'x'), `Operator "foo" is not valid for field "city" of type TEXT - Allowed operators: ${TEXT_OPERATORS}`],
      [leaf('city.eq.x', 'eq', '1'), 'Invalid filter value for field "city"'],
      [leaf('city.like', 'eq', 'x'), 'Filter operator "like" requires a string value for field "city", got object'],
      [leaf('city.is', 'eq', 'NULL'), 'Invalid filter value for "is" operator. Expected "NULL" or "NOT_NULL"'],
      [leaf('name.firstName.eq', 'eq', 'x'), 'Invalid filter value for field "name.firstName"'],
    ])('refuses %j on people', (filter, message) => {
      expect(errorOf(filter, 'person')).toEqual(badRequest(message));
    });

    it.each([
      [leaf('employees.eq', 'eq', '1'), `Invalid number value { eq: '1' } for field "employees"`],
      [leaf('tags.isEmptyArray', 'eq', 'true'), 'Invalid filter value for field "tags"'],
    ])('refuses %j on companies', (filter, message) => {
      expect(errorOf(filter)).toEqual(badRequest(message));
    });
  });

  describe('conjunctions', () => {
    it('matches every record with an empty and', () => {
      expect(idsMatching(and())).toEqual(ALL_COMPANIES);
    });

    it('matches no record with an empty or', () => {
      expect(idsMatching(or())).toEqual([]);
    });

    it.each([
      [and(leaf('city', 'eq', 'Paris'), leaf('companyId', 'eq', ACME)), [ALICE]],
      [or(leaf('city', 'eq', 'Rome'), leaf('name.firstName', 'eq', 'Bob')), [BOB, EVE]],
      // SQL three-valued logic: NOT (NULL = 'Paris') is unknown, so Bob (no city) never matches.
      [not(leaf('city', 'eq', 'Paris')), [CAROL, DAN, EVE]],
      [or(leaf('city', 'eq', 'Paris'), not(leaf('city', 'eq', 'Paris'))), [ALICE, CAROL, DAN, EVE]],
      [not(not(leaf('city', 'eq', 'Paris'))), [ALICE]],
      [not(leaf('city', 'is', 'NULL')), [ALICE, CAROL, DAN, EVE]],
      [and(leaf('city', 'neq', 'Paris'), or(leaf('city', 'is', 'NULL'), leaf('companyId', 'is', 'NOT_NULL'))), [DAN, EVE]],
    ])('combines %j', (filter, expected) => {
      expect(idsMatching(filter, 'person')).toEqual(expected);
    });

    it('reports the first invalid leaf in order', () => {
      expect(errorOf(or(leaf('city', 'eq', 'Paris'), leaf('nope', 'eq', 'x'), leaf('id', 'eq', 'bad')), 'person')).toEqual(
        badRequest(`Object person doesn't have any "nope" field.`),
      );
    });
  });

  describe('includesDeleted', () => {
    it.each([
      [leaf('name', 'eq', 'Acme'), false],
      [leaf('deletedAt', 'is', 'NOT_NULL'), true],
      [or(leaf('name', 'eq', 'Acme'), not(leaf('deletedAt', 'is', 'NULL'))), true],
      [leaf('people.deletedAt', 'is', 'NULL'), true],
    ])('tells for %j whether deleted rows count: %s', (filter, expected) => {
      expect(compileRecordFilter(filter, companyObject, scope).includesDeleted).toBe(expected);
    });
  });

  describe('with parseTwentyFilter', () => {
    it.each([
      ['person', `name.lastName[eq]:"O'Brien"`, [ALICE]],
      ['person', `and(city[eq]:Paris,companyId[eq]:${ACME})`, [ALICE]],
      ['person', `company.name[ilike]:"%sons"`, [BOB]],
      ['company', 'or(employees[gte]:1000,name[like]:"%Sons")', [GLOBEX, PERCENT]],
      ['company', 'people.city[in]:[Paris,Rome]', [ACME, GONE]],
      ['company', `createdAt[gte]:'2024-01-15',createdAt[lt]:"2024-01-16"`, [ACME, GLOBEX]],
      ['company', 'name[like]:"50\\%\\_off"', [INITECH]],
      ['company', 'not(deletedAt[is]:NULL)', [GONE]],
      ['opportunity', 'stage[in]:[PROPOSAL,CUSTOMER]', [DEAL_PROPOSAL, DEAL_CUSTOMER]],
    ])('evaluates the %s filter %s', (nameSingular, text, expected) => {
      expect(idsMatching(parseTwentyFilter(text), nameSingular)).toEqual(expected);
    });

    it('refuses the untrimmed elements Twenty keeps from `[a, b]`', () => {
      expect(errorOf(parseTwentyFilter(`id[in]:[${ACME}, ${GLOBEX}]`))).toEqual(
        badRequest(`Invalid UUID value ' ${GLOBEX}' for field "id"`),
      );
    });
  });
});
