import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

import { createStandardObjects } from '../../model/standardObjects.js';
import type { FieldMeta, ObjectMeta } from '../buildWorkspaceSdl.js';
import { duplicateCriteriaOf } from '../bulkWriteSdl.js';
import { loadBaseTypeDefs, workspaceSdlOf } from '../loadTypeDefs.js';

const base = loadBaseTypeDefs();

function field(name: string, type: string): FieldMeta {
  return { id: `${name}-id`, name, type };
}

function custom(nameSingular: string, namePlural: string, fields: FieldMeta[], extra: Record<string, unknown> = {}): ObjectMeta {
  return { nameSingular, namePlural, isCustom: true, fields: [field('id', 'UUID'), field('name', 'TEXT'), ...fields], ...extra };
}

function rootFields(objects: ObjectMeta[]) {
  const { sdl, enumValues, warnings } = workspaceSdlOf([...createStandardObjects(), ...objects], base);
  const schema = makeExecutableSchema({ typeDefs: [...base, sdl], resolvers: enumValues });
  const fieldsOf = (type: GraphQLObjectType | null | undefined) =>
    Object.fromEntries(Object.values(type?.getFields() ?? {}).map((value) => [value.name, `(${value.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')}): ${String(value.type)}`]));
  return { query: fieldsOf(schema.getQueryType()), mutation: fieldsOf(schema.getMutationType()), warnings };
}

describe('bulkWriteSdl', () => {
  it('gives every writable object its bulk writes, a move when it has a position, duplicates and merge when it has criteria', () => {
    const { query, mutation, warnings } = rootFields([
      custom('invoice', 'invoices', [field('position', 'POSITION')], { duplicateCriteria: [['name']] }),
      custom('memo', 'memos', [field('position', 'NUMBER')]),
    ]);
    expect(warnings).toEqual([]);
    expect(Object.entries(mutation).filter(([name]) => /Invoice|Memo/.test(name) && !/^(create|update|delete|destroy|restore)(Invoice|Memo)$/.test(name))).toEqual([
      ['createInvoices', '(data: [CreateInvoiceInput!]!): CreateInvoicesPayload'],
      ['updateInvoices', '(filter: InvoiceFilter!, data: UpdateInvoiceInput!): BulkWriteResult'],
      ['deleteInvoices', '(filter: InvoiceFilter!): BulkWriteResult'],
      ['restoreInvoices', '(filter: InvoiceFilter!): BulkWriteResult'],
      ['destroyInvoices', '(filter: InvoiceFilter!): BulkWriteResult'],
      ['moveInvoice', '(id: UUID!, after: UUID, before: UUID): Invoice'],
      ['mergeInvoices', '(ids: [UUID!]!, conflictPriorityIndex: Int!, dryRun: Boolean): Invoice'],
      ['createMemos', '(data: [CreateMemoInput!]!): CreateMemosPayload'],
      ['updateMemos', '(filter: MemoFilter!, data: UpdateMemoInput!): BulkWriteResult'],
      ['deleteMemos', '(filter: MemoFilter!): BulkWriteResult'],
      ['restoreMemos', '(filter: MemoFilter!): BulkWriteResult'],
      ['destroyMemos', '(filter: MemoFilter!): BulkWriteResult'],
    ]);
    expect(query['invoiceDuplicates']).toBe('(ids: [UUID!], data: [CreateInvoiceInput!]): [InvoiceConnection!]');
    expect(query['memoDuplicates']).toBeUndefined();
  });

  it.each([
    ['a standard person without criteria in its metadata', { nameSingular: 'person', namePlural: 'people', isCustom: false }, [['nameFirstName', 'nameLastName'], ['linkedinLinkPrimaryLinkUrl'], ['emailsPrimaryEmail']]],
    ['a standard object that says it has none', { nameSingular: 'company', namePlural: 'companies', isCustom: false, duplicateCriteria: null }, []],
    ['a custom object without criteria', { nameSingular: 'person2', namePlural: 'people2', isCustom: true }, []],
    ['malformed criteria', { nameSingular: 'x', namePlural: 'xs', duplicateCriteria: [['name'], 'bad', [], [3]] }, [['name']]],
  ])('reads the duplicate criteria of %s', (_name, object, expected) => {
    expect(duplicateCriteriaOf(object as ObjectMeta)).toEqual(expected);
  });

  it('gives the standard model its criteria from src/model', () => {
    const byName = new Map(createStandardObjects().map((object) => [object.nameSingular, duplicateCriteriaOf(object)]));
    expect(Object.fromEntries([...byName].filter(([, criteria]) => criteria.length > 0))).toEqual({
      company: [['name'], ['domainNamePrimaryLinkUrl']],
      person: [['nameFirstName', 'nameLastName'], ['linkedinLinkPrimaryLinkUrl'], ['emailsPrimaryEmail']],
    });
  });
});
