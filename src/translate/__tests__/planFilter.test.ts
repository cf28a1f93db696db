import { describe, expect, it } from 'vitest';

import { compileFilterOrThrow, type FilterInput, MATCHES_NOTHING, planFilterOrThrow } from '../compileFilter.js';
import type { FilterFieldSpec } from '../fieldSpecs.js';
import { thrownError } from './thrownError.js';

const companyFields: Record<string, FilterFieldSpec> = {
  id: { kind: 'uuid' },
  name: { kind: 'text' },
  employees: { kind: 'number' },
};
const personFields: Record<string, FilterFieldSpec> = {
  id: { kind: 'uuid' },
  name: { kind: 'composite', subFields: { firstName: 'text', lastName: 'text' } },
  city: { kind: 'text' },
  jobTitle: { kind: 'text' },
  companyId: { kind: 'uuid' },
};
personFields['company'] = { kind: 'relation', cardinality: 'manyToOne', joinColumn: 'companyId', target: { plural: 'companies', filterFields: companyFields } };
companyFields['people'] = { kind: 'relation', cardinality: 'oneToMany', joinColumn: 'companyId', target: { plural: 'people', filterFields: personFields } };

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';
const GLOBEX = '4a0f5b2e-6d1c-4c8e-9b7a-000000000002';

const people = (filter: FilterInput) => planFilterOrThrow(filter, personFields, ['filter']);
const companies = (filter: FilterInput) => planFilterOrThrow(filter, companyFields, ['filter']);

describe('planFilterOrThrow', () => {
  it('writes a many-to-one filter one hop deep, the related record required, or as a read of its ids', () => {
    const compiled = people({ city: { eq: 'Paris' }, company: { name: { eq: 'Acme' }, employees: { gte: 10 } } });
    expect(compiled.oneHop).toBe('and(city[eq]:"Paris",company.id[is]:NOT_NULL,company.name[eq]:"Acme",company.employees[gte]:10)');
    expect(compiled.relationFields).toEqual(['company']);
    expect(compiled.twoStep.reads).toEqual([
      { field: 'company', at: ['filter', 'company'], cardinality: 'manyToOne', plural: 'companies', filter: 'and(name[eq]:"Acme",employees[gte]:10)', collect: 'id' },
    ]);
    expect(compiled.twoStep.finish([[ACME, GLOBEX]])).toBe(`and(city[eq]:"Paris",companyId[in]:[${ACME},${GLOBEX}])`);
    expect(compiled.twoStep.finish([[]])).toBe(MATCHES_NOTHING);
  });

  it('writes some and none of a one-to-many relation one hop deep when their conditions are one leaf or an or of leaves', () => {
    const compiled = companies({
      people: { some: { or: [{ city: { eq: 'Paris' } }, { name: { lastName: { in: ['Doe', 'Roe'] } } }] }, none: { jobTitle: { eq: 'CTO' } } },
    });
    expect(compiled.oneHop).toBe('and(or(people.city[eq]:"Paris",people.name.lastName[in]:["Doe","Roe"]),not(people.jobTitle[eq]:"CTO"))');
    expect(compiled.twoStep.reads.map(({ filter, collect }) => [filter, collect])).toEqual([
      ['and(or(city[eq]:"Paris",name.lastName[in]:["Doe","Roe"]),companyId[is]:NOT_NULL)', 'companyId'],
      ['and(jobTitle[eq]:"CTO",companyId[is]:NOT_NULL)', 'companyId'],
    ]);
    expect(compiled.twoStep.finish([[ACME], [GLOBEX]])).toBe(`and(id[in]:[${ACME}],not(id[in]:[${GLOBEX}]))`);
    expect(compiled.twoStep.finish([[], []])).toBe('and(id[is]:NULL)');
  });

  it('has no one-hop form for some of several conditions on one record, which Twenty would test on different ones', () => {
    const compiled = companies({ people: { some: { city: { eq: 'Paris' }, jobTitle: { eq: 'CTO' } } } });
    expect(compiled.oneHop).toBeNull();
    expect(compiled.twoStep.reads.map(({ filter }) => filter)).toEqual(['and(city[eq]:"Paris",jobTitle[eq]:"CTO",companyId[is]:NOT_NULL)']);
    expect(thrownError(() => compileFilterOrThrow({ people: { some: { not: { city: { eq: 'Paris' } } } } }, companyFields, ['filter']))).toEqual({
      message: `The relation filter at "filter" has no one-hop form in Twenty's filter syntax: it needs a two-step read.`,
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'filter' },
    });
  });

  it.each<[string, FilterInput, Record<string, FilterFieldSpec>, string | undefined, string | undefined]>([
    ['a related record, whatever its values', { company: {} }, personFields, 'and(company.id[is]:NOT_NULL)', 'and(companyId[is]:NOT_NULL)'],
    ['some related record', { people: { some: {} } }, companyFields, 'and(people.id[is]:NOT_NULL)', undefined],
    ['no related record', { people: { none: {} } }, companyFields, 'and(not(people.id[is]:NOT_NULL))', undefined],
    ['a related record among none', { company: { id: { in: [] } } }, personFields, MATCHES_NOTHING, MATCHES_NOTHING],
    ['none among none, which adds no condition', { people: { none: { id: { in: [] } } } }, companyFields, undefined, undefined],
    ['an empty relation filter, which adds no condition', { people: {} }, companyFields, undefined, undefined],
  ])('compiles %s', (_name, filter, fields, oneHop, withoutReads) => {
    const compiled = planFilterOrThrow(filter, fields, ['filter']);
    expect(compiled.oneHop).toBe(oneHop);
    if (compiled.twoStep.reads.length === 0) {
      expect(compiled.twoStep.finish([])).toBe(withoutReads);
    }
  });

  it('carries hostile values inside a relation filter exactly in both forms', () => {
    const compiled = people({ company: { name: { eq: `x",id[is]:NOT_NULL,name[eq]:"y` } }, city: { eq: "O'Brien" } });
    expect(compiled.oneHop).toBe(`and(company.id[is]:NOT_NULL,company.name[eq]:'x",id[is]:NOT_NULL,name[eq]:"y',city[eq]:"O'Brien")`);
    expect(compiled.twoStep.reads[0]?.filter).toBe(`and(name[eq]:'x",id[is]:NOT_NULL,name[eq]:"y')`);
    expect(compiled.twoStep.finish([[ACME]])).toBe(`and(companyId[in]:[${ACME}],city[eq]:"O'Brien")`);
  });

  it.each<[string, FilterInput, Record<string, FilterFieldSpec>, string, string]>([
    [
      'a relation filter inside another',
      { company: { people: { some: { city: { eq: 'Paris' } } } } },
      personFields,
      `Relation filters reach one relation deep, as Twenty's do: "people" at "filter.company.people" is inside another relation filter.`,
      'filter.company.people',
    ],
    [
      'a many-to-one filter under not',
      { not: { company: { name: { eq: 'Acme' } } } },
      personFields,
      `The relation filter at "filter.not.company" cannot be under "not": Twenty reads a condition on a missing related value as unknown, which "not" keeps unknown. Negate inside it ("company: { not: … }"), or test "companyId" for a missing company.`,
      'filter.not.company',
    ],
    ['an unknown quantifier', { people: { every: { city: { eq: 'Paris' } } } }, companyFields, 'Unknown relation condition "every" at "filter.people.every": use some or none.', 'filter.people.every'],
    ['an unknown field of the target', { company: { city: { eq: 'Paris' } } }, personFields, 'Unknown filter field "city" at "filter.company.city".', 'filter.company.city'],
  ])('refuses %s', (_name, filter, fields, message, argumentPath) => {
    expect(thrownError(() => planFilterOrThrow(filter, fields, ['filter']))).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', argumentPath } });
  });

  it('lets a one-to-many filter go under not, where its answer is never unknown', () => {
    expect(companies({ not: { people: { some: { city: { eq: 'Paris' } } } } }).oneHop).toBe('and(not(people.city[eq]:"Paris"))');
  });
});
