import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../loadTypeDefs.js';
import { createObjectRegistry } from '../objectRegistry.js';

const TYPE_DEFS = loadTypeDefs();

describe('addRelationFilterSpecs', () => {
  const registry = createObjectRegistry(makeExecutableSchema({ typeDefs: TYPE_DEFS }));
  const people = registry.get('people');
  const companies = registry.get('companies');

  it('reads a many-to-one relation filter with its join column, and a one-to-many one with its target’s', () => {
    expect(people?.filterFields['company']).toEqual({
      kind: 'relation',
      cardinality: 'manyToOne',
      joinColumn: 'companyId',
      target: { plural: 'companies', filterFields: companies?.filterFields },
    });
    expect(companies?.filterFields['people']).toMatchObject({ kind: 'relation', cardinality: 'oneToMany', joinColumn: 'companyId', target: { plural: 'people' } });
    expect(registry.get('opportunities')?.filterFields['pointOfContact']).toMatchObject({ cardinality: 'manyToOne', joinColumn: 'pointOfContactId', target: { plural: 'people' } });
  });

  it('points each relation at its target’s own table, relations included', () => {
    const company = people?.filterFields['company'];
    expect(company?.kind === 'relation' && company.target.filterFields).toBe(companies?.filterFields);
    expect(company?.kind === 'relation' && company.target.filterFields['people']).toBe(companies?.filterFields['people']);
  });

  it('gives a relation filter neither to notes and tasks reached through targets, nor to the curated aliases', () => {
    expect(companies?.filterFields['notes']).toBeUndefined();
    expect(registry.get('notes')?.filterFields['targets']).toBeUndefined();
    expect(registry.get('notes')?.filterFields['noteTargets']).toMatchObject({ cardinality: 'oneToMany', joinColumn: 'noteId' });
  });

  it('refuses, at boot, a relation filter whose field has no @relation', () => {
    const typeDefs = [...TYPE_DEFS, 'extend input PersonFilter { employer: CompanyFilter }'];
    expect(() => createObjectRegistry(makeExecutableSchema({ typeDefs }))).toThrow(
      'PersonFilter.employer: a relation filter needs Person.employer to be a @relation field to Company without through.',
    );
  });
});
