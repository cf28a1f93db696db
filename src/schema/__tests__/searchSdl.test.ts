import { makeExecutableSchema } from '@graphql-tools/schema';
import { isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';

import { createStandardObjects } from '../../model/standardObjects.js';
import type { FieldMeta, ObjectMeta } from '../buildWorkspaceSdl.js';
import { loadBaseTypeDefs, workspaceSdlOf } from '../loadTypeDefs.js';
import { createObjectRegistry } from '../objectRegistry.js';
import { searchFieldsOf } from '../searchSdl.js';
import { readSearchTargets } from '../searchTargets.js';

const base = loadBaseTypeDefs();
const standard = createStandardObjects();

function field(name: string, type: string, extra: Partial<FieldMeta> = {}): FieldMeta {
  return { id: `${name}-id`, name, type, ...extra };
}

function custom(nameSingular: string, fields: FieldMeta[], extra: Partial<ObjectMeta> = {}): ObjectMeta {
  return { nameSingular, namePlural: `${nameSingular}s`, isCustom: true, fields: [field('id', 'UUID'), ...fields], ...extra };
}

describe('searchFieldsOf', () => {
  it.each([
    ['person', { label: ['name.firstName', 'name.lastName'], fields: ['name.firstName', 'name.lastName', 'emails.primaryEmail', 'phones.primaryPhoneNumber'] }],
    ['company', { label: ['name'], fields: ['name', 'domainName.primaryLinkUrl'] }],
    ['opportunity', { label: ['name'], fields: ['name'] }],
    ['note', { label: ['title'], fields: ['title'] }],
    ['task', { label: ['title'], fields: ['title'] }],
    ['workspaceMember', undefined],
    ['noteTarget', undefined],
  ])('searches the standard %s on %j', (nameSingular, expected) => {
    expect(searchFieldsOf(standard.find((object) => object.nameSingular === nameSingular) ?? { nameSingular })).toEqual(expected);
  });

  it('searches a custom object on its label identifier field, text or full name', () => {
    expect(searchFieldsOf(custom('vessel', [field('name', 'TEXT'), field('callSign', 'TEXT')]))).toEqual({ label: ['name'], fields: ['name'] });
    expect(searchFieldsOf(custom('vessel', [field('name', 'TEXT'), field('callSign', 'TEXT')], { labelIdentifierFieldMetadataId: 'callSign-id' }))).toEqual({
      label: ['callSign'],
      fields: ['callSign'],
    });
    expect(searchFieldsOf(custom('contractor', [field('fullName', 'FULL_NAME')], { labelIdentifierFieldMetadataId: 'fullName-id' }))).toEqual({
      label: ['fullName.firstName', 'fullName.lastName'],
      fields: ['fullName.firstName', 'fullName.lastName'],
    });
  });

  it('leaves out an object Twenty marks unsearchable, and a custom one without a text label', () => {
    expect(searchFieldsOf(custom('vessel', [field('name', 'TEXT')], { isSearchable: false }))).toBeUndefined();
    expect(searchFieldsOf({ ...(standard.find((object) => object.nameSingular === 'task') as ObjectMeta), isSearchable: false })).toBeUndefined();
    expect(searchFieldsOf(custom('meter', [field('reading', 'NUMBER')], { labelIdentifierFieldMetadataId: 'reading-id' }))).toBeUndefined();
    // An inactive label field is gone from the type: the object falls back to `name`.
    expect(
      searchFieldsOf(custom('vessel', [field('name', 'TEXT'), field('callSign', 'TEXT', { isActive: false })], { labelIdentifierFieldMetadataId: 'callSign-id' })),
    ).toEqual({ label: ['name'], fields: ['name'] });
  });
});

describe('the generated search SDL', () => {
  it('marks each searchable type, unions them, and types SearchHit.record', () => {
    const { sdl, warnings } = workspaceSdlOf([...standard, custom('vessel', [field('name', 'TEXT')]), custom('meter', [field('reading', 'NUMBER')])], base);
    expect(warnings).toEqual([]);
    // The search part of the SDL: what follows it (the live-updates union) is not search's.
    expect(sdl.slice(sdl.indexOf('extend type Company @searchable'), sdl.indexOf('extend union ChangedRecord')).trimEnd() + '\n').toBe(`extend type Company @searchable(label: ["name"], fields: ["name", "domainName.primaryLinkUrl"])
extend type Note @searchable(label: ["title"], fields: ["title"])
extend type Opportunity @searchable(label: ["name"], fields: ["name"])
extend type Person @searchable(label: ["name.firstName", "name.lastName"], fields: ["name.firstName", "name.lastName", "emails.primaryEmail", "phones.primaryPhoneNumber"])
extend type Task @searchable(label: ["title"], fields: ["title"])
extend type Vessel @searchable(label: ["name"], fields: ["name"])

"""
A record found by \`search\`: one of the searchable record types.
"""
union SearchRecord = Company | Note | Opportunity | Person | Task | Vessel

extend type SearchHit {
  """
  The record found, with all its fields and relations.
  """
  record: SearchRecord!
}
`);
    const schema = makeExecutableSchema({ typeDefs: [...base, sdl] });
    const union = schema.getType('SearchRecord');
    expect(isUnionType(union) ? union.getTypes().map((type) => type.name) : []).toEqual(['Company', 'Note', 'Opportunity', 'Person', 'Task', 'Vessel']);
    expect(readSearchTargets([...base, sdl], createObjectRegistry(schema)).map((target) => target.objectName)).toEqual([
      'person',
      'company',
      'opportunity',
      'note',
      'task',
      'vessel',
    ]);
  });

  it('keeps the union\'s name from a custom object', () => {
    const { warnings } = workspaceSdlOf([...standard, custom('searchRecord', [field('name', 'TEXT')])], base);
    expect(warnings).toEqual(['Object searchRecord: the name SearchRecord is taken; it is not exposed.']);
  });

  it('leaves search without records when no object is searchable', () => {
    const unsearchable = standard.map((object) => ({ ...object, isSearchable: false }));
    const { sdl } = workspaceSdlOf([...unsearchable, custom('meter', [field('reading', 'NUMBER')])], base);
    expect(sdl).not.toContain('SearchRecord');
    const schema = makeExecutableSchema({ typeDefs: [...base, sdl] });
    expect(readSearchTargets([...base, sdl], createObjectRegistry(schema))).toEqual([]);
  });
});
