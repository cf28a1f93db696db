import { describe, expect, it } from 'vitest';

import type { TwentyFieldMetadata } from '../../twenty/types.js';
import {
  assertBatchSizeOrThrow,
  assertMetadataValuesOrThrow,
  compileFieldInputOrThrow,
  compileObjectInputOrThrow,
  compileRecordInputOrThrow,
  compileTargetOrThrow,
  type RecordInput,
  toBatchChunks,
  type WritableObject,
} from '../recordInput.js';
import { thrownError } from './thrownError.js';

const opportunity: WritableObject = {
  typeName: 'Opportunity',
  typedFields: new Set(['id', 'name', 'amount', 'stage', 'companyId', 'createdAt', 'customFields']),
  selectFields: new Set(['stage']),
  currencyFields: new Set(['amount']),
};

const OPPORTUNITY_ID = '0b5c4bd3-9f1e-4f58-9a4b-5cf3b6c1d001';

function field(name: string, type: string, extra: Partial<TwentyFieldMetadata> = {}): TwentyFieldMetadata {
  return { id: `id-${name}`, name, type, isActive: true, isSystem: false, isNullable: true, ...extra };
}

const options = (...values: string[]) => values.map((value) => ({ value, label: value }));

const fields: TwentyFieldMetadata[] = [
  field('name', 'TEXT'),
  field('stage', 'SELECT', { isNullable: false, options: options('NEW', 'WON') }),
  field('createdAt', 'DATE_TIME', { isSystem: true }),
  field('tier', 'SELECT', { options: options('GOLD', 'SILVER') }),
  field('priority', 'SELECT', { isNullable: false, options: options('HIGH', 'LOW') }),
  field('tags', 'MULTI_SELECT', { options: options('A', 'B') }),
  field('score', 'NUMBER'),
  field('note', 'TEXT'),
  field('vip', 'BOOLEAN'),
  field('renewsAt', 'DATE_TIME'),
  field('billing', 'ADDRESS'),
  field('labels', 'ARRAY'),
  field('raw', 'RAW_JSON'),
  field('retired', 'TEXT', { isActive: false }),
  field('invoice', 'RELATION', { settings: { relationType: 'MANY_TO_ONE', joinColumnName: 'invoiceId' } }),
  field('lines', 'RELATION', { settings: { relationType: 'ONE_TO_MANY' } }),
];

function badInput(message: string, argumentPath: string) {
  return { message, extensions: { code: 'BAD_USER_INPUT', argumentPath } };
}

function checked(input: RecordInput, path: Array<string | number> = ['data']) {
  return () => assertMetadataValuesOrThrow(compileRecordInputOrThrow(input, opportunity, 'create', path), opportunity, fields);
}

describe('compileRecordInputOrThrow', () => {
  it('converts a currency amount in units to micros, and refuses both', () => {
    expect(compileRecordInputOrThrow({ amount: { amount: 12.5, currencyCode: 'USD' } }, opportunity, 'create', ['data']).body).toEqual({
      amount: { amountMicros: 12_500_000, currencyCode: 'USD' },
    });
    expect(compileRecordInputOrThrow({ amount: { amountMicros: 7, currencyCode: 'USD' } }, opportunity, 'update', ['data']).body).toEqual({
      amount: { amountMicros: 7, currencyCode: 'USD' },
    });
    expect(thrownError(() => compileRecordInputOrThrow({ amount: { amount: 1, amountMicros: 1_000_000 } }, opportunity, 'create', ['data']))).toEqual({
      message: 'Expected either "amount" or "amountMicros" at "data.amount", got both.',
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'data.amount' },
    });
  });

  it('merges typed fields and custom values into one body, listing select and custom values for the metadata check', () => {
    const input = {
      id: OPPORTUNITY_ID,
      name: 'Big deal',
      amount: { amountMicros: 5_000_000, currencyCode: 'EUR' },
      stage: 'NEW',
      companyId: null,
      customFields: { tier: 'GOLD', score: 3 },
    };
    expect(compileRecordInputOrThrow(input, opportunity, 'create', ['data'])).toEqual({
      body: {
        id: OPPORTUNITY_ID,
        name: 'Big deal',
        amount: { amountMicros: 5_000_000, currencyCode: 'EUR' },
        stage: 'NEW',
        companyId: null,
        tier: 'GOLD',
        score: 3,
      },
      metadataChecks: [
        { key: 'stage', path: ['data', 'stage'] },
        { key: 'tier', path: ['data', 'customFields', 'tier'] },
        { key: 'score', path: ['data', 'customFields', 'score'] },
      ],
    });
  });

  it('treats a null customFields as no custom values', () => {
    expect(compileRecordInputOrThrow({ name: 'x', customFields: null }, opportunity, 'update', ['data'])).toEqual({
      body: { name: 'x' },
      metadataChecks: [],
    });
  });

  it.each([
    [{ customFields: { stage: 'NEW' } }, '"stage" is a field of Opportunity, not a custom field, at "data.customFields.stage".', 'data.customFields.stage'],
    [{ customFields: { id: OPPORTUNITY_ID } }, '"id" is a field of Opportunity, not a custom field, at "data.customFields.id".', 'data.customFields.id'],
    [{ customFields: ['tier'] }, 'Expected an object of custom field values at "data.customFields", got ["tier"].', 'data.customFields'],
    [{ customFields: 'GOLD' }, 'Expected an object of custom field values at "data.customFields", got "GOLD".', 'data.customFields'],
  ])('refuses %j', (input, message, argumentPath) => {
    expect(thrownError(() => compileRecordInputOrThrow(input, opportunity, 'create', ['data']))).toEqual(badInput(message, argumentPath));
  });

  it('refuses an update that changes nothing', () => {
    expect(thrownError(() => compileRecordInputOrThrow({ customFields: {} }, opportunity, 'update', ['data']))).toEqual(
      badInput('Expected at least one field to change at "data", got none.', 'data'),
    );
  });

  it('accepts a create with no field at all (Twenty fills the defaults)', () => {
    expect(compileRecordInputOrThrow({}, opportunity, 'create', ['data'])).toEqual({ body: {}, metadataChecks: [] });
  });
});

describe('assertMetadataValuesOrThrow', () => {
  it('accepts values that match their fields', () => {
    expect(
      checked({
        stage: 'WON',
        customFields: {
          tier: null,
          priority: 'LOW',
          tags: ['A', 'B'],
          score: 2.5,
          note: 'text',
          vip: false,
          renewsAt: '2026-03-01T00:00:00.000Z',
          billing: { addressCity: 'Paris' },
          labels: ['x'],
          raw: { any: [1] },
          invoiceId: OPPORTUNITY_ID,
        },
      }),
    ).not.toThrow();
  });

  it.each([
    [{ stage: 'LOST' }, 'Expected one of NEW, WON at "data.stage", got "LOST".', 'data.stage'],
    [{ stage: null }, 'Expected one of NEW, WON at "data.stage", got null.', 'data.stage'],
    [{ customFields: { tier: 'BRONZE' } }, 'Expected one of GOLD, SILVER at "data.customFields.tier", got "BRONZE".', 'data.customFields.tier'],
    [{ customFields: { priority: null } }, 'Expected one of HIGH, LOW at "data.customFields.priority", got null.', 'data.customFields.priority'],
    [{ customFields: { tags: ['A', 'C'] } }, 'Expected a list of A, B at "data.customFields.tags", got ["A","C"].', 'data.customFields.tags'],
    [{ customFields: { score: '3' } }, 'Expected a number at "data.customFields.score", got "3".', 'data.customFields.score'],
    [{ customFields: { note: 3 } }, 'Expected a string at "data.customFields.note", got 3.', 'data.customFields.note'],
    [{ customFields: { vip: 'yes' } }, 'Expected true or false at "data.customFields.vip", got "yes".', 'data.customFields.vip'],
    [{ customFields: { renewsAt: 'soon' } }, 'Expected an ISO-8601 date-time on a real calendar day at "data.customFields.renewsAt", got "soon".', 'data.customFields.renewsAt'],
    [
      { customFields: { renewsAt: '2026-02-30T10:00:00Z' } },
      'Expected an ISO-8601 date-time on a real calendar day at "data.customFields.renewsAt", got "2026-02-30T10:00:00Z".',
      'data.customFields.renewsAt',
    ],
    [{ customFields: { invoiceId: 'INV-1' } }, 'Expected a UUID at "data.customFields.invoiceId", got "INV-1".', 'data.customFields.invoiceId'],
    [{ customFields: { labels: [1] } }, 'Expected a list of strings at "data.customFields.labels", got [1].', 'data.customFields.labels'],
    [
      { customFields: { billing: { city: 'Paris' } } },
      'Expected an object with some of addressStreet1, addressStreet2, addressCity, addressState, addressCountry, addressPostcode, addressLat, addressLng at "data.customFields.billing", got {"city":"Paris"}.',
      'data.customFields.billing',
    ],
    [{ customFields: { tier2: 'GOLD' } }, 'Opportunity has no writable field "tier2" in this workspace, at "data.customFields.tier2".', 'data.customFields.tier2'],
    [{ customFields: { retired: 'x' } }, 'Opportunity has no writable field "retired" in this workspace, at "data.customFields.retired".', 'data.customFields.retired'],
    [{ customFields: { lines: [] } }, 'Opportunity has no writable field "lines" in this workspace, at "data.customFields.lines".', 'data.customFields.lines'],
    [{ customFields: { invoice: OPPORTUNITY_ID } }, 'Opportunity has no writable field "invoice" in this workspace, at "data.customFields.invoice".', 'data.customFields.invoice'],
  ])('refuses %j', (input, message, argumentPath) => {
    expect(thrownError(checked(input))).toEqual(badInput(message, argumentPath));
  });

  it('names the list position of a create-many input', () => {
    expect(thrownError(checked({ stage: 'LOST' }, ['data', 3]))).toEqual(
      badInput('Expected one of NEW, WON at "data[3].stage", got "LOST".', 'data[3].stage'),
    );
  });

  it('shortens a long value in the message', () => {
    expect(thrownError(checked({ customFields: { score: 'x'.repeat(100) } })).message).toBe(
      `Expected a number at "data.customFields.score", got "${'x'.repeat(79)}….`,
    );
  });
});

describe('assertBatchSizeOrThrow', () => {
  it.each([
    [0, 'Expected 1 to 3 records at "data", got 0.'],
    [4, 'Expected 1 to 3 records at "data", got 4.'],
  ])('refuses %i records when at most 3 are allowed', (count, message) => {
    expect(thrownError(() => assertBatchSizeOrThrow(count, 3, ['data']))).toEqual(badInput(message, 'data'));
  });

  it('accepts from 1 to the maximum', () => {
    expect(() => assertBatchSizeOrThrow(1, 3, ['data'])).not.toThrow();
    expect(() => assertBatchSizeOrThrow(3, 3, ['data'])).not.toThrow();
  });
});

describe('toBatchChunks', () => {
  it('splits in order into chunks of at most the size, with each item index', () => {
    expect(toBatchChunks(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { indexes: [0, 1], items: ['a', 'b'] },
      { indexes: [2, 3], items: ['c', 'd'] },
      { indexes: [4], items: ['e'] },
    ]);
  });

  it('makes one chunk when everything fits', () => {
    expect(toBatchChunks(['a', 'b'], 60)).toEqual([{ indexes: [0, 1], items: ['a', 'b'] }]);
  });
});

describe('compileTargetOrThrow', () => {
  it('returns the one id given', () => {
    expect(compileTargetOrThrow({ personId: null, companyId: OPPORTUNITY_ID }, ['target'])).toEqual({ field: 'companyId', id: OPPORTUNITY_ID });
  });

  it.each([
    [{}, 'Expected exactly one of personId, companyId, opportunityId at "target", got none.'],
    [
      { personId: OPPORTUNITY_ID, opportunityId: OPPORTUNITY_ID },
      'Expected exactly one of personId, companyId, opportunityId at "target", got personId, opportunityId.',
    ],
  ])('refuses %j', (target, message) => {
    expect(thrownError(() => compileTargetOrThrow(target, ['target']))).toEqual(badInput(message, 'target'));
  });
});

describe('compileObjectInputOrThrow', () => {
  it('passes a valid object through', () => {
    const input = { nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', labelPlural: 'Invoices', icon: undefined };
    expect(compileObjectInputOrThrow(input, 'create', ['data'])).toEqual({
      nameSingular: 'invoice',
      namePlural: 'invoices',
      labelSingular: 'Invoice',
      labelPlural: 'Invoices',
    });
  });

  it.each([
    [
      { nameSingular: 'Invoice', namePlural: 'invoices', labelSingular: 'I', labelPlural: 'Is' },
      'Expected a camelCase name such as "invoiceLine" at "data.nameSingular", got "Invoice".',
      'data.nameSingular',
    ],
    [
      { nameSingular: 'invoice', namePlural: 'invoice-s', labelSingular: 'I', labelPlural: 'Is' },
      'Expected a camelCase name such as "invoiceLine" at "data.namePlural", got "invoice-s".',
      'data.namePlural',
    ],
    [
      { nameSingular: 'invoice', namePlural: 'invoices', labelSingular: ' ', labelPlural: 'Is' },
      'Expected a non-blank text at "data.labelSingular", got " ".',
      'data.labelSingular',
    ],
    [
      { nameSingular: 'fish', namePlural: 'fish', labelSingular: 'Fish', labelPlural: 'Fish' },
      'Expected a plural name different from the singular one at "data.namePlural", got "fish".',
      'data.namePlural',
    ],
  ])('refuses %j', (input, message, argumentPath) => {
    expect(thrownError(() => compileObjectInputOrThrow(input, 'create', ['data']))).toEqual(badInput(message, argumentPath));
  });

  it('refuses an update that changes nothing', () => {
    expect(thrownError(() => compileObjectInputOrThrow({ icon: undefined }, 'update', ['data']))).toEqual(
      badInput('Expected at least one field to change at "data", got none.', 'data'),
    );
  });
});

describe('compileFieldInputOrThrow', () => {
  const base = { objectMetadataId: OPPORTUNITY_ID, name: 'tier', label: 'Tier' };

  it('numbers the options, checks and SQL-quotes a select default', () => {
    const input = { ...base, type: 'SELECT', options: [{ value: 'GOLD', label: 'Gold', color: 'yellow' }, { value: 'SILVER', label: 'Silver', position: 5 }], defaultValue: 'GOLD' };
    expect(compileFieldInputOrThrow(input, 'create', ['data'])).toEqual({
      ...base,
      type: 'SELECT',
      options: [
        { value: 'GOLD', label: 'Gold', color: 'yellow', position: 0 },
        { value: 'SILVER', label: 'Silver', position: 5 },
      ],
      defaultValue: "'GOLD'",
    });
  });

  it('SQL-quotes a text default and passes other defaults through', () => {
    expect(compileFieldInputOrThrow({ ...base, type: 'TEXT', defaultValue: 'none' }, 'create', ['data'])['defaultValue']).toBe("'none'");
    expect(compileFieldInputOrThrow({ ...base, type: 'NUMBER', defaultValue: 3 }, 'create', ['data'])['defaultValue']).toBe(3);
    const tags = { ...base, type: 'MULTI_SELECT', options: [{ value: 'A', label: 'A' }, { value: 'B', label: 'B' }], defaultValue: ['A', 'B'] };
    expect(compileFieldInputOrThrow(tags, 'create', ['data'])['defaultValue']).toEqual(["'A'", "'B'"]);
  });

  it.each([
    [{ ...base, name: 'Tier', type: 'TEXT' }, 'Expected a camelCase name such as "invoiceLine" at "data.name", got "Tier".', 'data.name'],
    [
      { ...base, type: 'ACTOR' },
      'Expected one of TEXT, NUMBER, NUMERIC, BOOLEAN, DATE_TIME, DATE, SELECT, MULTI_SELECT, RATING, UUID, RAW_JSON, ARRAY, FULL_NAME, EMAILS, PHONES, LINKS, CURRENCY, ADDRESS, RICH_TEXT_V2, RELATION at "data.type", got "ACTOR".',
      'data.type',
    ],
    [{ ...base, type: 'RELATION' }, 'Expected a relationCreationPayload at "data.relationCreationPayload" for a RELATION field.', 'data.relationCreationPayload'],
    [
      { ...base, type: 'RELATION', relationCreationPayload: { type: 'MANY_TO_MANY', targetObjectMetadataId: base.objectMetadataId, targetFieldLabel: 'Tiers' } },
      'Expected one of MANY_TO_ONE, ONE_TO_MANY at "data.relationCreationPayload.type", got "MANY_TO_MANY".',
      'data.relationCreationPayload.type',
    ],
    [
      { ...base, type: 'TEXT', relationCreationPayload: { type: 'MANY_TO_ONE', targetObjectMetadataId: base.objectMetadataId, targetFieldLabel: 'Tiers' } },
      'Expected no relationCreationPayload at "data.relationCreationPayload" for a TEXT field.',
      'data.relationCreationPayload',
    ],
    [{ ...base, type: 'SELECT' }, 'Expected at least one option at "data.options" for a SELECT field, got none.', 'data.options'],
    [{ ...base, type: 'MULTI_SELECT', options: [] }, 'Expected at least one option at "data.options" for a MULTI_SELECT field, got none.', 'data.options'],
    [{ ...base, type: 'TEXT', options: [{ value: 'A', label: 'A' }] }, 'Expected no options at "data.options" for a TEXT field.', 'data.options'],
    [
      { ...base, type: 'SELECT', options: [{ value: 'gold', label: 'Gold' }] },
      'Expected upper case letters, digits and underscores at "data.options[0].value", got "gold".',
      'data.options[0].value',
    ],
    [
      { ...base, type: 'SELECT', options: [{ value: 'GOLD', label: 'Gold' }, { value: 'GOLD', label: 'Gold 2' }] },
      'Expected a value no other option has at "data.options[1].value", got "GOLD".',
      'data.options[1].value',
    ],
    [
      { ...base, type: 'SELECT', options: [{ value: 'GOLD', label: '' }] },
      'Expected a non-blank text at "data.options[0].label", got "".',
      'data.options[0].label',
    ],
    [
      { ...base, type: 'SELECT', options: [{ value: 'GOLD', label: 'Gold' }], defaultValue: 'SILVER' },
      'Expected one of GOLD at "data.defaultValue", got "SILVER".',
      'data.defaultValue',
    ],
  ])('refuses %j', (input, message, argumentPath) => {
    expect(thrownError(() => compileFieldInputOrThrow(input, 'create', ['data']))).toEqual(badInput(message, argumentPath));
  });

  it('checks the options of an update without knowing the type', () => {
    expect(compileFieldInputOrThrow({ options: [{ value: 'GOLD', label: 'Gold' }] }, 'update', ['data'])).toEqual({
      options: [{ value: 'GOLD', label: 'Gold', position: 0 }],
    });
    expect(thrownError(() => compileFieldInputOrThrow({}, 'update', ['data']))).toEqual(
      badInput('Expected at least one field to change at "data", got none.', 'data'),
    );
  });
});
