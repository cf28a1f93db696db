import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../../schema/loadTypeDefs.js';
import { createObjectRegistry, type ObjectRegistry } from '../../schema/objectRegistry.js';
import { readRelationFields } from '../relations.js';

// The registry of the committed standard schema, as the server builds it.
const registry: ObjectRegistry = createObjectRegistry(makeExecutableSchema({ typeDefs: loadTypeDefs() }));

const DIRECTIVE = 'directive @relation(joinColumn: String, foreignKey: String, through: String) on FIELD_DEFINITION';

describe('readRelationFields', () => {
  it('reads each form of @relation from the schema', () => {
    const fields = readRelationFields(loadTypeDefs(), registry);
    const find = (typeName: string, fieldName: string) =>
      fields.find((field) => field.typeName === typeName && field.fieldName === fieldName);
    expect(find('Person', 'company')).toEqual({
      typeName: 'Person',
      fieldName: 'company',
      kind: 'manyToOne',
      targetPlural: 'companies',
      joinColumn: 'companyId',
    });
    expect(find('Company', 'people')).toEqual({
      typeName: 'Company',
      fieldName: 'people',
      kind: 'connection',
      relation: { kind: 'foreignKey', child: registry.get('people'), foreignKey: 'companyId' },
    });
    expect(find('Opportunity', 'tasks')).toEqual({
      typeName: 'Opportunity',
      fieldName: 'tasks',
      kind: 'connection',
      relation: { kind: 'through', child: registry.get('tasks'), through: 'taskTargets', foreignKey: 'opportunityId', joinColumn: 'taskId' },
    });
    // One per use of @relation in the SDL (its definition aside).
    expect(fields).toHaveLength(loadTypeDefs().join('\n').split('@relation(').length - 2);
  });

  it.each([
    ['type Person { company: Company @relation(foreignKey: "companyId") }', 'Person.company: a many-to-one @relation takes joinColumn only.'],
    ['type Company { people: PersonConnection! @relation(joinColumn: "companyId") }', 'Company.people: a connection @relation needs foreignKey.'],
    [
      'type Company { notes: NoteConnection! @relation(through: "noteTargets", foreignKey: "companyId") }',
      'Company.notes: a @relation through noteTargets needs joinColumn.',
    ],
    [
      'type Company { people: PersonConnection! @relation(foreignKey: "companyId", joinColumn: "id") }',
      'Company.people: joinColumn on a connection @relation needs through.',
    ],
    ['type Person { pet: Pet @relation(joinColumn: "petId") }', 'Person.pet: @relation needs a return type listed by a Query connection field; got Pet.'],
    [
      'type Person { company: Company @relation(joinColumn: 1) }',
      'Person.company: @relation(joinColumn) must be one of joinColumn, foreignKey, through, as a string.',
    ],
  ])('refuses %s', (sdl, message) => {
    expect(() => readRelationFields([DIRECTIVE, sdl], registry)).toThrow(new Error(message));
  });
});
