import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { createStandardObjects } from '../../model/standardObjects.js';
import { aggregateSdl } from '../aggregateSdl.js';
import { readAggregateRegistry } from '../aggregateRegistry.js';
import type { FieldMeta, ObjectMeta } from '../buildWorkspaceSdl.js';
import { loadBaseTypeDefs, loadTypeDefs, workspaceSdlOf } from '../loadTypeDefs.js';
import { createObjectRegistry } from '../objectRegistry.js';

const base = loadBaseTypeDefs();

function field(name: string, type: string, extra: Partial<FieldMeta> & { isSystem?: boolean } = {}): FieldMeta {
  return { id: `${name}-id`, name, type, ...extra };
}

describe('aggregateSdl', () => {
  it('generates the aggregates, group input, key, group and root fields of an object', () => {
    const fields = [
      field('id', 'UUID', { isSystem: true }),
      field('lines', 'NUMBER'),
      field('paid', 'BOOLEAN'),
      field('dueOn', 'DATE'),
      field('total', 'CURRENCY'),
      field('state', 'SELECT'),
      field('position', 'POSITION', { isSystem: true }),
      field('company', 'RELATION'),
    ];
    const warnings: string[] = [];
    const sdl = aggregateSdl(
      {
        typeName: 'Invoice',
        plural: 'invoices',
        fields,
        enumNameOf: () => 'InvoiceStateEnum',
        joinColumnOf: (candidate) => (candidate.name === 'company' ? 'companyId' : undefined),
        targetTypeOf: (candidate) => (candidate.name === 'company' ? 'Company' : undefined),
      },
      warnings,
    );
    expect(warnings).toEqual([]);
    const block = (start: string) => sdl.slice(sdl.indexOf(start), sdl.indexOf('\n}', sdl.indexOf(start)) + 2);
    expect(block('type InvoiceAggregate {').replace(/ *"""\n[^"]*"""\n/g, '')).toBe(
      [
        'type InvoiceAggregate {',
        '  totalCount: Int!',
        ...['Lines', 'Paid', 'DueOn', 'Total', 'State'].flatMap((name) => {
          const counts = [`countUniqueValues${name}: Int`, `countEmpty${name}: Int`, `countNotEmpty${name}: Int`, `percentageEmpty${name}: Float`, `percentageNotEmpty${name}: Float`];
          switch (name) {
            case 'Lines':
              return [...counts, 'minLines: Float', 'maxLines: Float', 'avgLines: Float', 'sumLines: Float'];
            case 'Paid':
              return [...counts, 'countTruePaid: Int', 'countFalsePaid: Int'];
            case 'DueOn':
              return [...counts, 'minDueOn: DateTime', 'maxDueOn: DateTime'];
            case 'Total':
              return [
                ...counts,
                ...['min', 'max', 'sum', 'avg'].flatMap((operation) => [`${operation}TotalAmountMicros: Float`, `${operation}TotalAmount: Float`]),
              ];
            default:
              return counts;
          }
        }),
        '}',
      ]
        .map((line, index, lines) => (index === 0 || index === lines.length - 1 ? line : `  ${line.trim()}`))
        .join('\n'),
    );
    expect(block('input InvoiceGroupByInput {')).toBe(
      'input InvoiceGroupByInput {\n  lines: Boolean\n  paid: Boolean\n  dueOn: GroupByDateInput\n  state: Boolean\n  companyId: Boolean\n}',
    );
    expect(block('extend type InvoiceGroupKey {')).toBe('extend type InvoiceGroupKey {\n  company: Company @relation(joinColumn: "companyId")\n}');
    expect(sdl).toContain('  invoicesAggregate(filter: InvoiceFilter): InvoiceAggregate\n');
    expect(sdl).toContain('  invoicesGroupBy(groupBy: [InvoiceGroupByInput!]!, filter: InvoiceFilter, orderByForRecords: [InvoiceOrderBy!], limit: Int = 50): InvoiceGroupByResult\n');
  });

  it('gives an object with nothing to group by its aggregates only', () => {
    const sdl = aggregateSdl(
      { typeName: 'Tag', plural: 'tags', fields: [field('id', 'UUID', { isSystem: true }), field('data', 'RAW_JSON')], enumNameOf: () => '', joinColumnOf: () => undefined, targetTypeOf: () => undefined },
      [],
    );
    expect(sdl).toContain('type TagAggregate {');
    expect(sdl).not.toContain('GroupBy');
  });

  it('leaves out an object whose aggregate type name another object takes', () => {
    const clash: ObjectMeta = { nameSingular: 'opportunityGroup', namePlural: 'opportunityGroups', isCustom: true, fields: [field('id', 'UUID')] };
    const { warnings } = workspaceSdlOf([...createStandardObjects(), clash], base);
    expect(warnings).toEqual(['Object opportunityGroup: the name OpportunityGroup is taken; it is not exposed.']);
  });
});

describe('readAggregateRegistry', () => {
  const typeDefs = loadTypeDefs();
  const registry = createObjectRegistry(makeExecutableSchema({ typeDefs }));
  const aggregates = readAggregateRegistry(typeDefs, registry);

  it('reads how each aggregate field of the standard schema is asked of Twenty', () => {
    const opportunities = aggregates.get('opportunities');
    expect(opportunities?.aggregateFields.get('sumAmountAmountMicros')).toEqual({ twentyName: 'sumAmountAmountMicros', output: 'float', inUnits: false });
    expect(opportunities?.aggregateFields.get('sumAmountAmount')).toEqual({ twentyName: 'sumAmountAmountMicros', output: 'float', inUnits: true });
    expect(opportunities?.aggregateFields.get('countEmptyName')).toEqual({ twentyName: 'countEmptyName', output: 'int', inUnits: false });
    expect(opportunities?.aggregateFields.get('minCloseDate')).toEqual({ twentyName: 'minCloseDate', output: 'dateTime', inUnits: false });
    expect(opportunities?.definitions.get('countEmptyAmount')).toEqual({ operation: 'COUNT_EMPTY', field: 'amount', subFields: ['amountMicros', 'currencyCode'] });
  });

  it('reads each group field: its key kind, and a join column’s relation', () => {
    const opportunities = aggregates.get('opportunities');
    expect(Object.fromEntries(opportunities?.groupFields ?? [])).toEqual({
      name: { name: 'name', keyKind: 'text' },
      closeDate: { name: 'closeDate', keyKind: 'date' },
      stage: { name: 'stage', keyKind: 'enum' },
      companyId: { name: 'companyId', keyKind: 'uuid', relation: 'company' },
      pointOfContactId: { name: 'pointOfContactId', keyKind: 'uuid', relation: 'pointOfContact' },
      createdAt: { name: 'createdAt', keyKind: 'date' },
      updatedAt: { name: 'updatedAt', keyKind: 'date' },
    });
    expect(aggregates.get('companies')?.groupFields.get('idealCustomerProfile')).toEqual({ name: 'idealCustomerProfile', keyKind: 'boolean' });
    expect(aggregates.get('companies')?.groupFields.get('employees')).toEqual({ name: 'employees', keyKind: 'float' });
  });

  it('reads every object of the standard schema', () => {
    expect([...aggregates.keys()].sort()).toEqual([...registry.keys()].sort());
  });
});
