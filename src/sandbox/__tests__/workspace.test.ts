import { describe, expect, it } from 'vitest';

import type { TwentyComparator, TwentyFilterNode } from '../../twenty/filterGrammar.js';
import { compileOrderOrThrow, encodeCursor } from '../recordOrder.js';
import {
  type Actor,
  type FindManyArgs,
  type ObjectMetadata,
  type OrderByItem,
  type SandboxRecord,
  SandboxHttpError,
  type WorkspaceOptions,
} from '../types.js';
import { Workspace } from '../workspace.js';

const NOW = '2026-02-01T10:00:00.000Z';
const ACTOR: Actor = { source: 'API', workspaceMemberId: null, name: 'Key', context: {} };
const SYSTEM = { source: 'MANUAL', workspaceMemberId: null, name: 'System', context: {} };
const WRITE = { depth: 0, actor: ACTOR } as const;

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const GLOBEX = '4a0f5b2e-6d1c-4c8e-9b7a-000000000002';
const MISSING = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
const personId = (n: number): string => `7c1d2e3f-4a5b-4c6d-8e9f-${String(n).padStart(12, '0')}`;

/** A clock that starts at NOW and moves one second per reading, so every write has its own time. */
function tickingClock(): () => Date {
  let ticks = 0;
  return () => new Date(Date.parse(NOW) + 1000 * ticks++);
}

function aWorkspace(records: WorkspaceOptions['records'] = {}, overrides: Partial<WorkspaceOptions> = {}): Workspace {
  return new Workspace({ seed: 42, demoData: false, maxBatchSize: 3, now: () => new Date(NOW), records, ...overrides });
}

function fourPeople(): Array<Record<string, unknown>> {
  return [
    { id: personId(1), name: { firstName: 'Ada', lastName: 'Lovelace' }, city: 'London', position: 0, companyId: ACME },
    { id: personId(2), name: { firstName: 'Alan', lastName: 'Turing' }, city: null, position: 1, companyId: ACME },
    { id: personId(3), name: { firstName: 'Grace', lastName: 'Hopper' }, city: 'Arlington', position: 2, companyId: GLOBEX },
    { id: personId(4), name: { firstName: 'Edsger', lastName: 'Dijkstra' }, city: 'Austin', position: 3 },
  ];
}

function smallWorkspace(overrides: Partial<WorkspaceOptions> = {}): Workspace {
  return aWorkspace({ companies: [{ id: ACME, name: 'Acme' }, { id: GLOBEX, name: 'Globex' }], people: fourPeople() }, overrides);
}

function leaf(path: string, comparator: TwentyComparator, value: string | string[]): TwentyFilterNode {
  return { kind: 'leaf', path: path.split('.'), comparator, value };
}

function args(overrides: Partial<FindManyArgs> = {}): FindManyArgs {
  return { orderBy: [], limit: 60, depth: 0, ...overrides };
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof SandboxHttpError ? [error.statusCode, error.messages] : error;
  }
  throw new Error('expected an error');
}

const idsOf = (records: readonly SandboxRecord[]): string[] => records.map(({ id }) => id);

function objectNamed(workspace: Workspace, namePlural: string): ObjectMetadata {
  const object = workspace.listObjects().find((candidate) => candidate.namePlural === namePlural);
  if (object === undefined) {
    throw new Error(`no object ${namePlural}`);
  }
  return object;
}

describe('Workspace', () => {
  describe('seeding', () => {
    it('completes given records with defaults like a create by the system', () => {
      const workspace = aWorkspace({ companies: [{ id: ACME, name: 'Acme' }, { id: GLOBEX, name: 'Globex' }] });
      expect(workspace.findOne('companies', GLOBEX, 0)).toEqual({
        id: GLOBEX,
        name: 'Globex',
        domainName: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
        employees: null,
        linkedinLink: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
        xLink: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
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
        createdAt: NOW,
        updatedAt: NOW,
        deletedAt: null,
        position: -1,
        createdBy: SYSTEM,
        updatedBy: SYSTEM,
      });
    });

    it('replaces the demo data with the given records', () => {
      const workspace = aWorkspace({ people: fourPeople(), companies: [{ id: ACME }, { id: GLOBEX }] }, { demoData: true });
      expect([workspace.findMany('people', args()).totalCount, workspace.findMany('companies', args()).totalCount]).toEqual([4, 2]);
    });

    it('seeds the demo workspace', () => {
      const workspace = new Workspace({ seed: 42, demoData: true, maxBatchSize: 200 });
      expect(workspace.findMany('companies', args()).totalCount).toBe(50);
      expect(workspace.findMany('people', args()).totalCount).toBe(200);
    });

    it('refuses records of an unknown object and records that fail validation', () => {
      expect(errorOf(() => aWorkspace({ dinosaurs: [] }))).toEqual([400, ["object 'dinosaurs' not found. eg: companies"]]);
      expect(errorOf(() => aWorkspace({ people: [{ salary: 1 }] }))).toEqual([400, ['Object person doesn\'t have any "salary" field.']]);
    });

    it('loads a snapshot instead of seeding, and snapshots again to the same data', () => {
      const original = smallWorkspace();
      original.createObject({ nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', labelPlural: 'Invoices' });
      original.deleteOne('people', personId(4), true);
      const snapshot = original.toSnapshot();
      const restored = new Workspace({ seed: 1, demoData: true, maxBatchSize: 3, snapshot, records: { people: [] } });
      expect(restored.toSnapshot()).toEqual(snapshot);
      expect(snapshot.version).toBe(1);
      expect(Object.keys(snapshot.records)).toContain('invoices');
      expect(idsOf(restored.findMany('people', args()).records)).toEqual([personId(1), personId(2), personId(3)]);
    });
  });

  describe('resolveObjectOrThrow', () => {
    it("answers Twenty's texts for an unknown plural and a singular", () => {
      const workspace = aWorkspace();
      expect(workspace.resolveObjectOrThrow('people').nameSingular).toBe('person');
      expect(errorOf(() => workspace.resolveObjectOrThrow('person'))).toEqual([400, ["object 'person' not found. Did you mean 'people'?"]]);
      expect(errorOf(() => workspace.resolveObjectOrThrow('dinosaurs'))).toEqual([400, ["object 'dinosaurs' not found. eg: companies"]]);
    });
  });

  describe('findMany', () => {
    const workspace = smallWorkspace();
    const byLastNameDescending: OrderByItem[] = [{ path: ['name', 'lastName'], direction: 'DescNullsLast' }];

    it('orders by id when no order is given', () => {
      expect(idsOf(workspace.findMany('people', args()).records)).toEqual([personId(1), personId(2), personId(3), personId(4)]);
    });

    it("pages through a composite-ordered list with Twenty's cursors and a stable totalCount", () => {
      const first = workspace.findMany('people', args({ orderBy: byLastNameDescending, limit: 3 }));
      const order = compileOrderOrThrow(objectNamed(workspace, 'people'), byLastNameDescending);
      expect(first).toMatchObject({
        totalCount: 4,
        pageInfo: {
          hasNextPage: true,
          hasPreviousPage: false,
          startCursor: encodeCursor(first.records[0] as SandboxRecord, order),
          endCursor: encodeCursor(first.records[2] as SandboxRecord, order),
        },
      });
      expect(idsOf(first.records)).toEqual([personId(2), personId(1), personId(3)]);
      expect(Buffer.from(first.pageInfo.endCursor ?? '', 'base64').toString('utf8')).toBe(
        `{"name":{"firstName":"Grace","lastName":"Hopper"},"id":"${personId(3)}"}`,
      );

      const second = workspace.findMany('people', args({ orderBy: byLastNameDescending, limit: 3, startingAfter: first.pageInfo.endCursor ?? '' }));
      expect([idsOf(second.records), second.totalCount, second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([
        [personId(4)],
        4,
        false,
        false,
      ]);

      const back = workspace.findMany('people', args({ orderBy: byLastNameDescending, limit: 2, endingBefore: second.pageInfo.startCursor ?? '' }));
      expect([idsOf(back.records), back.pageInfo.hasPreviousPage, back.pageInfo.hasNextPage]).toEqual([[personId(1), personId(3)], true, false]);
    });

    it('places null values by direction', () => {
      const cities = (direction: OrderByItem['direction']) =>
        workspace.findMany('people', args({ orderBy: [{ path: ['city'], direction }] })).records.map((person) => person['city']);
      expect(cities('AscNullsFirst')).toEqual([null, 'Arlington', 'Austin', 'London']);
      expect(cities('DescNullsLast')).toEqual(['London', 'Austin', 'Arlington', null]);
    });

    it('filters, and counts only the matches', () => {
      const result = workspace.findMany('people', args({ filter: leaf('companyId', 'eq', ACME), limit: 1 }));
      expect([idsOf(result.records), result.totalCount]).toEqual([[personId(1)], 2]);
    });

    it('answers limit 0 with no rows and the total', () => {
      expect(workspace.findMany('people', args({ limit: 0 }))).toEqual({
        records: [],
        totalCount: 4,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it.each([
      [args({ orderBy: [{ path: ['name'], direction: 'AscNullsLast' }] }), 'Composite field "name" of object person cannot be ordered as a whole. Order by one of its sub-fields: name.firstName, name.lastName'],
      [args({ orderBy: [{ path: ['salary'], direction: 'AscNullsLast' }] }), 'Object person doesn\'t have any "salary" field.'],
      [args({ startingAfter: 'invalid-cursor' }), 'Invalid cursor: invalid-cursor'],
      [args({ startingAfter: 'e30=', endingBefore: 'e30=' }), 'Cannot provide both before and after'],
    ])('refuses %j with 400', (request, message) => {
      expect(errorOf(() => workspace.findMany('people', request))).toEqual([400, [message]]);
    });

    it('hides soft-deleted records unless the filter mentions deletedAt', () => {
      const trashy = smallWorkspace();
      trashy.deleteOne('people', personId(2), true);
      expect(trashy.findMany('people', args()).totalCount).toBe(3);
      expect(idsOf(trashy.findMany('people', args({ filter: leaf('deletedAt', 'is', 'NOT_NULL') })).records)).toEqual([personId(2)]);
      expect(errorOf(() => trashy.findOne('people', personId(2), 0))).toEqual([404, ['Record not found']]);
    });

    it('embeds relations at depth 1: many-to-one as an object without relations, one-to-many as a list', () => {
      const person = workspace.findOne('people', personId(1), 1);
      expect(person['companyId']).toBe(ACME);
      expect(person['company']).toMatchObject({ id: ACME, name: 'Acme' });
      expect(person['company']).not.toHaveProperty('people');
      expect(person['pointOfContactForOpportunities']).toEqual([]);
      expect(workspace.findOne('people', personId(4), 1)['company']).toBeNull();
      const acme = workspace.findMany('companies', args({ depth: 1, limit: 1 })).records[0];
      expect(idsOf((acme?.['people'] ?? []) as SandboxRecord[])).toEqual([personId(1), personId(2)]);
      expect(workspace.findOne('people', personId(1), 0)).not.toHaveProperty('company');
    });

    it('caps one-to-many lists at 60 records', () => {
      const people = Array.from({ length: 61 }, (_, index) => ({ id: personId(index + 1), companyId: ACME }));
      const crowded = aWorkspace({ companies: [{ id: ACME }], people });
      const acme = crowded.findOne('companies', ACME, 1);
      expect(idsOf(acme['people'] as SandboxRecord[])).toEqual(people.slice(0, 60).map(({ id }) => id));
    });
  });

  describe('createOne', () => {
    it('stores the record and returns what findOne returns, as a copy', () => {
      const workspace = smallWorkspace();
      const created = workspace.createOne('people', { id: personId(9), city: 'Paris', emails: { primaryEmail: 'X@💩。LA.' } }, WRITE);
      expect(created).toMatchObject({
        id: personId(9),
        city: 'Paris',
        name: { firstName: '', lastName: '' },
        emails: { primaryEmail: 'x@xn--ls8h.la', additionalEmails: null },
        jobTitle: '',
        companyId: null,
        position: -1,
        createdBy: ACTOR,
        updatedBy: ACTOR,
      });
      (created['name'] as Record<string, string>)['firstName'] = 'Mutated';
      expect(workspace.findOne('people', personId(9), 0)).toEqual({ ...created, name: { firstName: '', lastName: '' } });
    });

    it('refuses an id already taken, also by a soft-deleted record', () => {
      const workspace = smallWorkspace();
      workspace.deleteOne('people', personId(1), true);
      expect(errorOf(() => workspace.createOne('people', { id: personId(2) }, WRITE))).toEqual([400, ['A duplicate entry was detected']]);
      expect(errorOf(() => workspace.createOne('people', { id: personId(1) }, WRITE))).toEqual([400, ['A duplicate entry was detected']]);
    });

    it('refuses a value a live record already holds in a unique field', () => {
      const workspace = aWorkspace({ people: [{ id: personId(1), emails: { primaryEmail: 'ada@example.com' } }] });
      expect(errorOf(() => workspace.createOne('people', { emails: { primaryEmail: 'ADA@example.com' } }, WRITE))).toEqual([
        400,
        ['A duplicate entry was detected'],
      ]);
    });

    it('upserts on a unique field, reviving a soft-deleted match', () => {
      const workspace = aWorkspace({ people: [{ id: personId(1), city: 'London', emails: { primaryEmail: 'ada@example.com' } }] }, { now: tickingClock() });
      workspace.deleteOne('people', personId(1), true);
      const upserted = workspace.createOne('people', { emails: { primaryEmail: 'ada@example.com' }, city: 'Paris' }, { ...WRITE, upsert: true });
      expect(upserted).toMatchObject({ id: personId(1), city: 'Paris', deletedAt: null, createdBy: SYSTEM, updatedBy: ACTOR });
      expect(workspace.findMany('people', args()).totalCount).toBe(1);
    });
  });

  describe('createMany', () => {
    it('creates a batch in order with positions before the lowest one', () => {
      const workspace = smallWorkspace();
      const created = workspace.createMany('people', [{ id: personId(8) }, { id: personId(7), position: 'last' }, { id: personId(6) }], WRITE);
      expect(created.map((person) => [person.id, person['position']])).toEqual([
        [personId(8), -1],
        [personId(7), 4],
        [personId(6), -2],
      ]);
    });

    it('writes nothing when one record fails', () => {
      const workspace = smallWorkspace();
      expect(errorOf(() => workspace.createMany('people', [{ id: personId(8) }, { city: 7 }], WRITE))).toEqual([
        400,
        ['Invalid string value 7 for text field "city"'],
      ]);
      expect(errorOf(() => workspace.createMany('people', [{ id: personId(8) }, { id: personId(8) }], WRITE))).toEqual([
        400,
        ['A duplicate entry was detected'],
      ]);
      expect(workspace.findMany('people', args()).totalCount).toBe(4);
    });

    it.each([
      [{ id: personId(8) }, 'Body must be an array'],
      [[], 'Input must not be empty'],
      [[{}, {}, {}, {}], 'Maximum number of records to upsert is 3.'],
    ])('refuses the body %j', (body, message) => {
      expect(errorOf(() => smallWorkspace().createMany('people', body, WRITE))).toEqual([400, [message]]);
    });
  });

  describe('updateOne', () => {
    it('merges the body into the record and stamps the writer and the time', () => {
      const workspace = smallWorkspace({ now: tickingClock() });
      const updated = workspace.updateOne('people', personId(1), { name: { lastName: 'King' }, city: 'Paris' }, WRITE);
      expect(updated).toMatchObject({
        name: { firstName: 'Ada', lastName: 'King' },
        city: 'Paris',
        jobTitle: '',
        companyId: ACME,
        createdBy: SYSTEM,
        updatedBy: ACTOR,
      });
      expect([updated['createdAt'] === updated['updatedAt'], workspace.findOne('people', personId(1), 0)]).toEqual([false, updated]);
    });

    it('answers 404 for an unknown or soft-deleted record', () => {
      const workspace = smallWorkspace();
      workspace.deleteOne('people', personId(1), true);
      expect(errorOf(() => workspace.updateOne('people', MISSING, {}, WRITE))).toEqual([404, ['Record not found']]);
      expect(errorOf(() => workspace.updateOne('people', personId(1), {}, WRITE))).toEqual([404, ['Record not found']]);
    });
  });

  describe('updateMany', () => {
    it('applies the body to every match and returns them in id order', () => {
      const workspace = smallWorkspace();
      const updated = workspace.updateMany('people', leaf('position', 'gte', '2'), { jobTitle: 'Engineer' }, WRITE);
      expect(updated.map((person) => [person.id, person['jobTitle']])).toEqual([
        [personId(3), 'Engineer'],
        [personId(4), 'Engineer'],
      ]);
      expect(workspace.findOne('people', personId(1), 0)['jobTitle']).toBe('');
    });
  });

  describe('deleteOne', () => {
    it('destroys a record, nulls the join columns pointing at it and cascades to targets', () => {
      const workspace = aWorkspace({
        companies: [{ id: ACME }],
        people: [{ id: personId(1), companyId: ACME }],
        notes: [{ id: personId(50) }],
        noteTargets: [
          { id: personId(51), noteId: personId(50), companyId: ACME },
          { id: personId(52), noteId: personId(50), personId: personId(1) },
        ],
      });
      expect(workspace.deleteOne('companies', ACME, false)).toEqual({ id: ACME });
      expect(workspace.findOne('people', personId(1), 0)['companyId']).toBeNull();
      expect(idsOf(workspace.findMany('noteTargets', args()).records)).toEqual([personId(52)]);
      expect(errorOf(() => workspace.deleteOne('companies', ACME, false))).toEqual([404, ['Record not found']]);
    });

    it('soft-deletes with the clock, and destroys a soft-deleted record', () => {
      const workspace = smallWorkspace();
      workspace.deleteOne('people', personId(1), true);
      const trash = workspace.findMany('people', args({ filter: leaf('deletedAt', 'is', 'NOT_NULL') })).records;
      expect(trash.map((person) => [person.id, person['deletedAt']])).toEqual([[personId(1), NOW]]);
      expect(errorOf(() => workspace.deleteOne('people', personId(1), true))).toEqual([404, ['Record not found']]);
      expect(workspace.deleteOne('people', personId(1), false)).toEqual({ id: personId(1) });
      expect(workspace.toSnapshot().records['people']?.map(({ id }) => id)).toEqual([personId(2), personId(3), personId(4)]);
    });
  });

  describe('deleteMany', () => {
    it('soft-deletes the live matches and returns their ids', () => {
      const workspace = smallWorkspace();
      expect(workspace.deleteMany('people', leaf('companyId', 'eq', ACME), true)).toEqual([{ id: personId(1) }, { id: personId(2) }]);
      expect(workspace.deleteMany('people', leaf('companyId', 'eq', ACME), true)).toEqual([]);
      expect(workspace.deleteMany('people', leaf('companyId', 'eq', ACME), false)).toEqual([{ id: personId(1) }, { id: personId(2) }]);
      expect(workspace.toSnapshot().records['people']?.length).toBe(2);
    });
  });

  describe('restoreOne', () => {
    it('clears deletedAt and keeps the other fields', () => {
      const workspace = smallWorkspace();
      const before = workspace.findOne('people', personId(1), 0);
      workspace.deleteOne('people', personId(1), true);
      expect(workspace.restoreOne('people', personId(1), 0)).toEqual(before);
      expect(errorOf(() => workspace.restoreOne('people', MISSING, 0))).toEqual([404, ['Record not found']]);
    });
  });

  describe('restoreMany', () => {
    it('restores the soft-deleted matches of a filter that does not mention deletedAt', () => {
      const workspace = smallWorkspace();
      workspace.deleteMany('people', leaf('companyId', 'eq', ACME), true);
      expect(idsOf(workspace.restoreMany('people', leaf('id', 'eq', personId(2)), 0))).toEqual([personId(2)]);
      expect(idsOf(workspace.findMany('people', args()).records)).toEqual([personId(2), personId(3), personId(4)]);
    });
  });

  describe('createObject', () => {
    it('creates a custom object with system fields and a name, usable at once through the record routes', () => {
      const workspace = aWorkspace();
      const invoice = workspace.createObject({ nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', labelPlural: 'Invoices' });
      expect(invoice).toMatchObject({ nameSingular: 'invoice', isCustom: true, isActive: true, createdAt: NOW });
      expect(invoice.fields.map((field) => [field.name, field.type])).toEqual([
        ['id', 'UUID'],
        ['name', 'TEXT'],
        ['createdAt', 'DATE_TIME'],
        ['updatedAt', 'DATE_TIME'],
        ['deletedAt', 'DATE_TIME'],
        ['position', 'POSITION'],
        ['createdBy', 'ACTOR'],
        ['updatedBy', 'ACTOR'],
        ['timelineActivities', 'RELATION'],
        ['favorites', 'RELATION'],
        ['attachments', 'RELATION'],
        ['noteTargets', 'RELATION'],
        ['taskTargets', 'RELATION'],
      ]);
      expect(invoice.labelIdentifierFieldMetadataId).toBe(invoice.fields[1]?.id);
      expect(workspace.getObject(invoice.id)).toEqual(invoice);
      const created = workspace.createOne('invoices', { name: 'INV-1' }, WRITE);
      expect(workspace.findMany('invoices', args({ filter: leaf('name', 'eq', 'INV-1') })).records).toEqual([created]);
    });

    it.each([
      [{ nameSingular: 'company', namePlural: 'firms', labelSingular: 'Firm', labelPlural: 'Firms' }, 'An object with the name "company" already exists'],
      [{ nameSingular: 'Invoice', namePlural: 'invoices', labelSingular: 'I', labelPlural: 'I' }, 'nameSingular must be a camelCase name (letters and digits, starting with a lower-case letter)'],
      [{ nameSingular: 'invoice', namePlural: 'invoices', labelPlural: 'I' }, 'labelSingular must be a non-empty string'],
    ])('refuses %j', (body, message) => {
      expect(errorOf(() => aWorkspace().createObject(body))).toEqual([400, [message]]);
    });
  });

  describe('updateObject and deleteObject', () => {
    it('deletes a custom object only once deactivated, and never a standard one', () => {
      const workspace = aWorkspace();
      const invoice = workspace.createObject({
        nameSingular: 'invoice',
        namePlural: 'invoices',
        labelSingular: 'Invoice',
        labelPlural: 'Invoices',
        description: 'Bills we send',
      });
      expect(errorOf(() => workspace.deleteObject(invoice.id))).toEqual([400, ['Object must be deactivated (isActive: false) before it can be deleted']]);
      expect(workspace.updateObject(invoice.id, { isActive: false, labelSingular: 'Bill', description: null })).toMatchObject({
        isActive: false,
        labelSingular: 'Bill',
        description: null,
      });
      expect(errorOf(() => workspace.findMany('invoices', args()))).toEqual([400, ["object 'invoices' not found. eg: companies"]]);
      expect(workspace.deleteObject(invoice.id).id).toBe(invoice.id);
      expect(errorOf(() => workspace.getObject(invoice.id))).toEqual([404, ['Object metadata not found']]);
      expect(errorOf(() => workspace.deleteObject(objectNamed(workspace, 'people').id))).toEqual([400, ['Standard Objects cannot be deleted']]);
      expect(errorOf(() => workspace.updateObject(MISSING, {}))).toEqual([404, ['Object metadata not found']]);
    });
  });

  describe('createField', () => {
    it('adds a field that existing records get the default of, and that is writable and filterable', () => {
      const workspace = smallWorkspace();
      const companies = objectNamed(workspace, 'companies');
      const tier = workspace.createField({
        objectMetadataId: companies.id,
        type: 'SELECT',
        name: 'tier',
        label: 'Tier',
        defaultValue: 'BRONZE',
        options: [
          { value: 'BRONZE', label: 'Bronze' },
          { value: 'GOLD', label: 'Gold', color: 'yellow' },
        ],
      });
      expect(tier).toMatchObject({ name: 'tier', isCustom: true, defaultValue: "'BRONZE'" });
      expect(tier.options?.map(({ value, color, position }) => [value, color, position])).toEqual([
        ['BRONZE', 'gray', 0],
        ['GOLD', 'yellow', 1],
      ]);
      expect(workspace.findOne('companies', ACME, 0)['tier']).toBe('BRONZE');
      workspace.updateOne('companies', GLOBEX, { tier: 'GOLD' }, WRITE);
      expect(idsOf(workspace.findMany('companies', args({ filter: leaf('tier', 'eq', 'GOLD') })).records)).toEqual([GLOBEX]);
      expect(errorOf(() => workspace.updateOne('companies', ACME, { tier: 'PLATINUM' }, WRITE))).toEqual([
        400,
        [`Invalid value 'PLATINUM' for field "tier"`],
      ]);
    });

    it.each([
      [{ type: 'TEXT', name: 'city', label: 'City' }, 'A field named "city" already exists on object person'],
      [{ type: 'TEXT', name: 'companyId', label: 'Company' }, 'A field named "companyId" already exists on object person'],
      [{ type: 'SELECT', name: 'tier', label: 'Tier' }, 'options must be a non-empty array of {value, label} for a SELECT or MULTI_SELECT field'],
      [{ type: 'RELATION', name: 'pet', label: 'Pet' }, 'Relation creation payload is required'],
    ])('refuses %j', (body, message) => {
      const workspace = aWorkspace();
      expect(errorOf(() => workspace.createField({ objectMetadataId: objectNamed(workspace, 'people').id, ...body }))).toEqual([400, [message]]);
    });
  });

  describe('updateField', () => {
    it('hides a deactivated field from reads and writes, and renames a custom field with its values', () => {
      const workspace = smallWorkspace();
      const people = objectNamed(workspace, 'people');
      const nickname = workspace.createField({ objectMetadataId: people.id, type: 'TEXT', name: 'nickname', label: 'Nickname' });
      workspace.updateOne('people', personId(1), { nickname: 'Countess' }, WRITE);

      workspace.updateField(nickname.id, { isActive: false });
      expect(workspace.findOne('people', personId(1), 0)).not.toHaveProperty('nickname');
      expect(errorOf(() => workspace.updateOne('people', personId(1), { nickname: 'x' }, WRITE))).toEqual([
        400,
        ['Object person doesn\'t have any "nickname" field.'],
      ]);

      expect(workspace.updateField(nickname.id, { isActive: true, name: 'alias', label: 'Alias' })).toMatchObject({ name: 'alias', label: 'Alias' });
      expect(workspace.findOne('people', personId(1), 0)).toMatchObject({ alias: 'Countess' });
      expect(workspace.findOne('people', personId(1), 0)).not.toHaveProperty('nickname');
    });

    it('answers 400, not 404, for an unknown id', () => {
      expect(errorOf(() => aWorkspace().updateField(MISSING, { label: 'x' }))).toEqual([400, [`Field metadata with id ${MISSING} not found`]]);
    });
  });

  describe('deleteField', () => {
    it('removes a custom field and its values, and refuses a standard field', () => {
      const workspace = smallWorkspace();
      const people = objectNamed(workspace, 'people');
      const nickname = workspace.createField({ objectMetadataId: people.id, type: 'TEXT', name: 'nickname', label: 'Nickname' });
      expect(workspace.deleteField(nickname.id).id).toBe(nickname.id);
      expect(workspace.toSnapshot().records['people']?.some((person) => 'nickname' in person)).toBe(false);
      expect(errorOf(() => workspace.getField(nickname.id))).toEqual([404, ['Field metadata not found']]);
      const city = people.fields.find((field) => field.name === 'city');
      expect(errorOf(() => workspace.deleteField(city?.id ?? ''))).toEqual([400, ['Standard fields cannot be deleted']]);
    });
  });

  describe('foreign keys', () => {
    const personToMissing = `insert or update on table "person" violates foreign key constraint "FK_person_companyId": Key (companyId)=(${MISSING}) is not present in table "company".`;

    it('checks seeds once all are in, whatever their order, and refuses a dangling one', () => {
      expect(idsOf(aWorkspace({ people: fourPeople(), companies: [{ id: ACME }, { id: GLOBEX }] }).findMany('people', args()).records)).toHaveLength(4);
      expect(errorOf(() => aWorkspace({ people: [{ id: personId(1), companyId: MISSING }] }))).toEqual([400, [personToMissing]]);
    });

    it('refuses a create, a batch and an update whose join column names no record, writing nothing', () => {
      const workspace = smallWorkspace();
      const before = workspace.toSnapshot();
      expect(errorOf(() => workspace.createOne('people', { companyId: MISSING }, WRITE))).toEqual([400, [personToMissing]]);
      expect(errorOf(() => workspace.createMany('people', [{ id: personId(8) }, { companyId: MISSING }], WRITE))).toEqual([400, [personToMissing]]);
      expect(errorOf(() => workspace.updateOne('people', personId(1), { companyId: MISSING }, WRITE))).toEqual([400, [personToMissing]]);
      expect(errorOf(() => workspace.updateMany('people', leaf('city', 'eq', 'London'), { companyId: MISSING }, WRITE))).toEqual([400, [personToMissing]]);
      expect(workspace.toSnapshot()).toEqual(before);
    });

    it('names the join column and the target table of a note target', () => {
      const workspace = aWorkspace({ notes: [{ id: personId(50) }] });
      expect(errorOf(() => workspace.createOne('noteTargets', { noteId: MISSING }, WRITE))).toEqual([
        400,
        [`insert or update on table "noteTarget" violates foreign key constraint "FK_noteTarget_noteId": Key (noteId)=(${MISSING}) is not present in table "note".`],
      ]);
      expect(workspace.createOne('noteTargets', { noteId: personId(50) }, WRITE)['noteId']).toBe(personId(50));
    });

    it('accepts a soft-deleted target, whose row still exists', () => {
      const workspace = smallWorkspace();
      workspace.deleteOne('companies', GLOBEX, true);
      expect(workspace.createOne('people', { id: personId(9), companyId: GLOBEX }, WRITE)['companyId']).toBe(GLOBEX);
      expect(workspace.updateOne('people', personId(1), { companyId: GLOBEX }, WRITE)['companyId']).toBe(GLOBEX);
    });

    it('checks nothing when a bulk update matches no record, as Postgres checks written rows', () => {
      const workspace = smallWorkspace();
      expect(workspace.updateMany('people', leaf('city', 'eq', 'Nowhere'), { companyId: MISSING }, WRITE)).toEqual([]);
    });
  });

  describe('maxAffectedRecords', () => {
    it('refuses a bulk update, delete or restore matching more records, and writes nothing', () => {
      const workspace = smallWorkspace({ maxAffectedRecords: 2 });
      const everyone = leaf('city', 'is', 'NOT_NULL');
      const before = workspace.toSnapshot();
      expect(errorOf(() => workspace.updateMany('people', everyone, { jobTitle: 'x' }, WRITE))).toEqual([
        400,
        ['Cannot update person because it impacts too many records (more than 2).'],
      ]);
      expect(errorOf(() => workspace.deleteMany('people', everyone, true))).toEqual([400, ['Cannot delete person because it impacts too many records (more than 2).']]);
      expect(errorOf(() => workspace.deleteMany('people', everyone, false))).toEqual([400, ['Cannot delete person because it impacts too many records (more than 2).']]);
      expect(errorOf(() => workspace.restoreMany('people', everyone, 0))).toEqual([400, ['Cannot restore person because it impacts too many records (more than 2).']]);
      expect(workspace.toSnapshot()).toEqual(before);
    });

    it('lets exactly the limit through', () => {
      const workspace = smallWorkspace({ maxAffectedRecords: 2 });
      expect(idsOf(workspace.updateMany('people', leaf('companyId', 'eq', ACME), { jobTitle: 'x' }, WRITE))).toEqual([personId(1), personId(2)]);
      expect(workspace.deleteMany('people', leaf('companyId', 'eq', ACME), true)).toEqual([{ id: personId(1) }, { id: personId(2) }]);
      expect(idsOf(workspace.restoreMany('people', leaf('companyId', 'eq', ACME), 0))).toEqual([personId(1), personId(2)]);
    });

    it("defaults to Twenty's 100", () => {
      const workspace = aWorkspace({ companies: Array.from({ length: 101 }, (_, index) => ({ name: `Company ${index}` })) });
      expect(errorOf(() => workspace.deleteMany('companies', leaf('name', 'is', 'NOT_NULL'), true))).toEqual([
        400,
        ['Cannot delete company because it impacts too many records (more than 100).'],
      ]);
      expect(workspace.deleteMany('companies', leaf('name', 'neq', 'Company 0'), true)).toHaveLength(100);
    });
  });

  describe('field defaults and options', () => {
    const createOn = (workspace: Workspace, body: Record<string, unknown>) =>
      workspace.createField({ objectMetadataId: objectNamed(workspace, 'companies').id, label: 'Field', ...body });
    const OPTIONS = [
      { value: 'A', label: 'A' },
      { value: 'B', label: 'B' },
    ];

    it('gives a RATING field the options RATING_1 to RATING_5, whatever options are given', () => {
      const workspace = smallWorkspace();
      const rating = createOn(workspace, { type: 'RATING', name: 'score', options: [{ value: 'STARS', label: 'Stars' }] });
      expect(rating.options?.map((option) => [option.value, option.label, option.position, 'color' in option])).toEqual([
        ['RATING_1', '1', 0, false],
        ['RATING_2', '2', 1, false],
        ['RATING_3', '3', 2, false],
        ['RATING_4', '4', 3, false],
        ['RATING_5', '5', 4, false],
      ]);
      expect(workspace.updateOne('companies', ACME, { score: 'RATING_3' }, WRITE)['score']).toBe('RATING_3');
      expect(errorOf(() => workspace.updateOne('companies', ACME, { score: 'STARS' }, WRITE))).toEqual([
        400,
        [`Invalid value 'STARS' for field "score"`],
      ]);
    });

    it('stores enum defaults SQL-quoted and gives records the bare values', () => {
      const workspace = smallWorkspace();
      const tags = createOn(workspace, { type: 'MULTI_SELECT', name: 'tags', options: OPTIONS, defaultValue: ["'B'", 'A'] });
      const score = createOn(workspace, { type: 'RATING', name: 'score', defaultValue: "'RATING_4'" });
      expect([tags.defaultValue, score.defaultValue]).toEqual([["'B'", "'A'"], "'RATING_4'"]);
      expect(workspace.findOne('companies', ACME, 0)).toMatchObject({ tags: ['B', 'A'], score: 'RATING_4' });
      expect(workspace.createOne('companies', { name: 'New' }, WRITE)).toMatchObject({ tags: ['B', 'A'], score: 'RATING_4' });
    });

    it.each([
      [{ type: 'MULTI_SELECT', options: OPTIONS, defaultValue: ['NOPE'] }, 'Default value "NOPE" must be one of the option values'],
      [{ type: 'MULTI_SELECT', options: OPTIONS, defaultValue: 'A' }, 'Default value for multi-select must be an array got A'],
      [{ type: 'MULTI_SELECT', options: OPTIONS, defaultValue: [] }, 'If defined default value must contain at least one value'],
      [{ type: 'MULTI_SELECT', options: OPTIONS, defaultValue: ['A', 'A'] }, 'Default values must be unique'],
      [{ type: 'MULTI_SELECT', options: OPTIONS, defaultValue: [1] }, 'Default value for select must be a string got 1'],
      [{ type: 'SELECT', options: OPTIONS, defaultValue: "'NOPE'" }, 'Default value "\'NOPE\'" must be one of the option values'],
      [{ type: 'SELECT', options: OPTIONS, defaultValue: true }, 'Default value for select must be a string got true'],
      [{ type: 'RATING', defaultValue: 'RATING_9' }, 'Default value "RATING_9" must be one of the option values'],
      [{ type: 'NUMBER', defaultValue: 'abc' }, 'FieldMetadataDefaultValue is not valid'],
      [{ type: 'BOOLEAN', defaultValue: 'yes' }, 'FieldMetadataDefaultValue is not valid'],
    ])('refuses the default of %j', (body, message) => {
      const workspace = smallWorkspace();
      const before = workspace.toSnapshot();
      expect(errorOf(() => createOn(workspace, { name: 'extra', ...body }))).toEqual([400, [message]]);
      expect(workspace.toSnapshot()).toEqual(before);
    });

    it('checks a default given on update against the type and options, keeping the field as it was', () => {
      const workspace = smallWorkspace();
      const tags = createOn(workspace, { type: 'MULTI_SELECT', name: 'tags', options: OPTIONS });
      const employees = objectNamed(workspace, 'companies').fields.find((field) => field.name === 'employees')?.id ?? '';
      expect(errorOf(() => workspace.updateField(tags.id, { defaultValue: ['NOPE'] }))).toEqual([400, ['Default value "NOPE" must be one of the option values']]);
      expect(errorOf(() => workspace.updateField(employees, { defaultValue: 'abc' }))).toEqual([400, ['FieldMetadataDefaultValue is not valid']]);
      expect(workspace.getField(tags.id).defaultValue).toBeNull();
      expect(workspace.updateField(tags.id, { defaultValue: ['A'] }).defaultValue).toEqual(["'A'"]);
      expect(workspace.updateField(employees, { defaultValue: 5 }).defaultValue).toBe(5);
    });
  });
});
