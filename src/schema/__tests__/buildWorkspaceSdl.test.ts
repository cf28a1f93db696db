import { readFileSync } from 'node:fs';

import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { createStandardObjects } from '../../model/standardObjects.js';
import { type FieldMeta, type ObjectMeta, enumValueNames } from '../buildWorkspaceSdl.js';
import { loadBaseTypeDefs, SCHEMA_DIRECTORY, STANDARD_SDL_FILE, workspaceSdlOf } from '../loadTypeDefs.js';

const base = loadBaseTypeDefs();

function field(name: string, type: string, extra: Partial<FieldMeta> = {}): FieldMeta {
  return { id: `${name}-id`, name, type, ...extra };
}

function invoice(fields: FieldMeta[], extra: Partial<ObjectMeta> = {}): ObjectMeta {
  return { nameSingular: 'invoice', namePlural: 'invoices', labelSingular: 'Invoice', isCustom: true, fields: [field('id', 'UUID'), ...fields], ...extra };
}

function schemaOf(objects: ObjectMeta[]) {
  const { sdl, enumValues, warnings } = workspaceSdlOf([...createStandardObjects(), ...objects], base);
  return { schema: makeExecutableSchema({ typeDefs: [...base, sdl], resolvers: enumValues }), warnings, sdl };
}

describe('buildWorkspaceSdl', () => {
  it('generates exactly the committed SDL from the standard model', () => {
    expect(workspaceSdlOf(createStandardObjects(), base)).toEqual({
      sdl: readFileSync(`${SCHEMA_DIRECTORY}/${STANDARD_SDL_FILE}`, 'utf8'),
      enumValues: expect.any(Object),
      warnings: [],
    });
  });

  it('types every field kind of a custom object, and leaves out inactive fields', () => {
    const { schema, warnings } = schemaOf([
      invoice([
        field('reference', 'TEXT'),
        field('lines', 'NUMBER'),
        field('paid', 'BOOLEAN'),
        field('dueOn', 'DATE'),
        field('total', 'CURRENCY'),
        field('tags', 'MULTI_SELECT', { options: [{ value: 'VIP' }, { value: 'LATE' }] }),
        field('state', 'SELECT', { options: [{ value: 'DRAFT', label: 'Draft' }, { value: 'paid in full', label: 'Paid' }] }),
        field('payload', 'RAW_JSON'),
        field('retired', 'TEXT', { isActive: false }),
        field('search', 'TS_VECTOR'),
      ]),
    ]);
    expect(warnings).toEqual([]);
    const fieldsOf = (name: string) =>
      Object.fromEntries(Object.entries((schema.getType(name) as unknown as { getFields(): Record<string, { type: unknown }> }).getFields()).map(([key, value]) => [key, String(value.type)]));
    expect(fieldsOf('Invoice')).toEqual({
      id: 'UUID!',
      reference: 'String',
      lines: 'Float',
      paid: 'Boolean',
      dueOn: 'DateTime',
      total: 'Currency',
      tags: '[InvoiceTagsEnum!]',
      state: 'InvoiceStateEnum',
      payload: 'JSON',
      customFields: 'JSON',
    });
    expect(fieldsOf('InvoiceFilter')).toEqual({
      id: 'UUIDFilter',
      reference: 'StringFilter',
      lines: 'FloatFilter',
      paid: 'BooleanFilter',
      dueOn: 'DateTimeFilter',
      total: 'CurrencyFilter',
      tags: 'InvoiceTagsEnumListFilter',
      state: 'InvoiceStateEnumFilter',
      and: '[InvoiceFilter!]',
      or: '[InvoiceFilter!]',
      not: 'InvoiceFilter',
    });
    expect(Object.keys(fieldsOf('InvoiceOrderBy'))).toEqual(['id', 'reference', 'lines', 'paid', 'dueOn', 'total', 'state']);
    expect(fieldsOf('CreateInvoiceInput')).toMatchObject({ id: 'UUID', total: 'CurrencyInput', state: 'InvoiceStateEnum', tags: '[InvoiceTagsEnum!]' });
    const state = schema.getType('InvoiceStateEnum') as unknown as { getValues(): Array<{ name: string; value: unknown }> };
    expect(state.getValues().map(({ name, value }) => [name, value])).toEqual([
      ['DRAFT', 'DRAFT'],
      ['paid_in_full', 'paid in full'],
    ]);
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['createInvoice', 'createInvoices', 'updateInvoice', 'deleteInvoice', 'destroyInvoice', 'restoreInvoice']),
    );
  });

  it('gives option values that are not GraphQL names a safe, unique name', () => {
    expect(enumValueNames(['NEW', 'in progress', 'in-progress', '1st', 'true', 'é'])).toEqual([
      ['NEW', 'NEW'],
      ['in_progress', 'in progress'],
      ['in_progress_2', 'in-progress'],
      ['_1st', '1st'],
      ['true_', 'true'],
      ['_', 'é'],
    ]);
  });

  it('leaves out an object whose names clash, with a warning, and serves the rest', () => {
    const { schema, warnings } = schemaOf([invoice([], { nameSingular: 'pageInfo', namePlural: 'pageInfos' }), invoice([field('reference', 'TEXT')])]);
    expect(warnings).toEqual(['Object pageInfo: the name PageInfo is taken; it is not exposed.']);
    expect(schema.getQueryType()?.getFields()['invoices']).toBeDefined();
    expect(schema.getQueryType()?.getFields()['pageInfos']).toBeUndefined();
  });

  it('makes a relation from both sides, with its join column, when the other side is exposed', () => {
    const toCompany = field('company', 'RELATION', {
      settings: { relationType: 'MANY_TO_ONE', joinColumnName: 'companyId' },
      relation: { type: 'MANY_TO_ONE', targetObjectMetadata: { nameSingular: 'company' }, targetFieldMetadata: { id: 'inv', name: 'invoices' } },
    });
    const objects = createStandardObjects();
    const company = objects.find((object) => object.nameSingular === 'company');
    company?.fields.push({
      ...structuredClone(company.fields[1]!),
      id: 'inv',
      name: 'invoices',
      type: 'RELATION',
      settings: { relationType: 'ONE_TO_MANY' },
      relation: { type: 'ONE_TO_MANY', sourceObjectMetadata: { id: 'c', nameSingular: 'company', namePlural: 'companies' }, targetObjectMetadata: { id: 'i', nameSingular: 'invoice', namePlural: 'invoices' }, sourceFieldMetadata: { id: 'inv', name: 'invoices' }, targetFieldMetadata: { id: 'company-id', name: 'company' } },
    });
    const { sdl, warnings } = workspaceSdlOf([...objects, invoice([toCompany])], base);
    expect(warnings).toEqual([]);
    expect(sdl).toContain('  company: Company @relation(joinColumn: "companyId")');
    expect(sdl).toContain('  invoices(filter: InvoiceFilter, orderBy: [InvoiceOrderBy!], first: Int, after: String): InvoiceConnection @relation(foreignKey: "companyId")');
    // Relation filters from both sides (src/schema/relationFilterSdl.ts).
    const schema = makeExecutableSchema({ typeDefs: [...base, sdl] });
    const inputFields = (name: string) =>
      Object.fromEntries(Object.entries((schema.getType(name) as unknown as { getFields(): Record<string, { type: unknown }> }).getFields()).map(([key, value]) => [key, String(value.type)]));
    expect(inputFields('InvoiceFilter')).toMatchObject({ companyId: 'UUIDFilter', company: 'CompanyFilter' });
    expect(inputFields('CompanyFilter')).toMatchObject({ invoices: 'InvoiceRelationFilter' });
    expect(inputFields('InvoiceRelationFilter')).toEqual({ some: 'InvoiceFilter', none: 'InvoiceFilter' });
  });
});
