import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../../schema/loadTypeDefs.js';
import { createObjectRegistry } from '../../schema/objectRegistry.js';
import {
  createUpstreamCostModel,
  estimateUpstreamCost,
  type UpstreamCostModel,
  type UpstreamCostOptions,
} from '../estimateUpstreamCost.js';

const TYPE_DEFS = loadTypeDefs();
const SCHEMA = makeExecutableSchema({ typeDefs: TYPE_DEFS });
const REGISTRY = createObjectRegistry(SCHEMA);
// The defaults of src/config.ts.
const OPTIONS: UpstreamCostOptions = {
  pageCap: 60,
  paging: { defaultPageSize: 20, maxPageSize: 500 },
  relationBatchMaxRows: 1000,
  batchSize: 60,
  maxBulkRecords: 100,
  relationFilterMaxRows: 200,
  aggregateMaxRecords: 1000,
};
const MODEL = createUpstreamCostModel(SCHEMA, REGISTRY, OPTIONS, TYPE_DEFS);
const ID = '00000000-0000-4000-8000-000000000001';

function estimate(query: string, variables: Record<string, unknown> = {}, model: UpstreamCostModel = MODEL, operationName?: string) {
  return estimateUpstreamCost(model, parse(query), operationName, variables);
}

function total(query: string, variables: Record<string, unknown> = {}, model: UpstreamCostModel = MODEL): number {
  return estimate(query, variables, model).total;
}

describe('estimateUpstreamCost', () => {
  it.each([
    ['ping and __typename', '{ ping __typename }', 0],
    ['introspection', '{ __schema { types { name } } __type(name: "Company") { name } }', 0],
    ['a list of the default page size', '{ people { totalCount } }', 1],
    ['a count-only list', '{ people(first: 2) { totalCount } }', 1],
    ['first: 0, which still reads one page', '{ people(first: 0) { totalCount } }', 1],
    ['one row past the page cap', '{ people(first: 61) { edges { node { id } } } }', 2],
    ['the largest page', '{ people(first: 500) { edges { node { id } } } }', 9],
    ['last without before, read reversed', '{ people(last: 130) { edges { node { id } } } }', 3],
    ['last with before', '{ people(last: 60, before: "c") { edges { node { id } } } }', 1],
    ['a filter that matches nothing, with its relations', '{ people(filter: { id: { in: [] } }) { edges { node { company { name } } } } }', 0],
    ['a record by id with its company', `{ person(id: "${ID}") { company { name } } }`, 2],
    ['a many-to-one per idsPerRequest parents', '{ people(first: 121) { edges { node { company { name } } } } }', 3 + 3],
    ['a nested connection: a batched read or one per parent', '{ companies(first: 10) { edges { node { people(first: 3) { totalCount } } } } }', 1 + 1 + 10],
    ['a nested connection with after: one read per parent', '{ companies(first: 10) { edges { node { people(first: 3, after: "c") { totalCount } } } } }', 1 + 10],
    ['a nested connection of one parent', `{ company(id: "${ID}") { people { totalCount } } }`, 1 + 1],
    ['a nested connection past the page cap', `{ company(id: "${ID}") { people(first: 61) { totalCount } } }`, 1 + 2],
    ['a nested connection over two batches of parents', '{ companies(first: 70) { edges { node { people(first: 1) { totalCount } } } } }', 2 + (1 + 60) + (1 + 10)],
    ['a nested connection that matches nothing', '{ companies(first: 10) { edges { node { people(filter: { id: { in: [] } }) { totalCount } } } } }', 1],
    // Targets first page, the per-parent fallback (targets and notes of each), or the 16 remaining
    // target pages within 1,000 rows followed by the notes of each parent.
    ['notes through their targets', '{ companies(first: 20) { edges { node { notes(first: 3) { totalCount } } } } }', 1 + (1 + 20 + 20)],
    ['notes through their targets of one parent', `{ company(id: "${ID}") { notes { totalCount } } }`, 1 + (1 + 1)],
    ['notes through their targets with after', '{ companies(first: 20) { edges { node { notes(first: 3, after: "c") { totalCount } } } } }', 1 + 20 * 2],
    [
      'relations under a nested connection',
      '{ notes(first: 3) { edges { node { targets { edges { node { person { id } company { id } } } } } } } }',
      // The targets of each batch, and those of a note already loaded, arrive apart: their
      // people and companies may take one batch each.
      1 + (1 + 3) + 2 + 2,
    ],
    [
      // Companies read by the request and those already read arrive apart: two batches of people.
      'a nested connection under a many-to-one',
      '{ people(first: 60) { edges { node { company { people(first: 1) { totalCount } } } } } }',
      1 + 1 + (1 + 60) + 1,
    ],
    [
      'a through relation under a many-to-one',
      '{ people(first: 60) { edges { node { company { notes(first: 1) { totalCount } } } } } }',
      1 + 1 + (1 + 60 + 60) + (1 + 16),
    ],
    [
      // Two batches however the 5 companies split: 2 first pages, targets and notes of each, and
      // at most 5 more target pages.
      'a through relation over a few parents arriving apart',
      '{ opportunities(first: 5) { edges { node { company { notes(first: 1) { totalCount } } } } } }',
      1 + 1 + (2 + 5 * 2 + 5),
    ],
    ['aliases, each its own field', '{ a: people(first: 2) { totalCount } b: people(first: 2) { totalCount } }', 2],
    ['one field asked twice under the same key', '{ people(first: 2) { totalCount } people(first: 2) { edges { node { id } } } }', 1],
  ])('counts %s', (_title, query, expected) => {
    expect(total(query)).toBe(expected);
  });

  it('follows named and inline fragments, spread once per selection', () => {
    const query = /* GraphQL */ `
      query { people(first: 61) { ...Row ...Row ... on PersonConnection { edges { node { company { id } } } } } }
      fragment Row on PersonConnection { edges { node { notes(first: 1) { totalCount } } } }
    `;
    // 2 pages, their companies in 2 requests, and the notes of 61 people: a batch of 60
    // (first page, 60 per-parent fallbacks of targets and notes) and one of 1 (targets, notes).
    expect(total(query)).toBe(2 + 2 + (1 + 60 + 60) + 2);
  });

  it('resolves first, after and @include/@skip from variables', () => {
    const query = /* GraphQL */ `
      query ($count: Int, $cursor: String, $withCompany: Boolean!, $skipNotes: Boolean = true) {
        companies(first: $count) { edges { node {
          people(first: 1, after: $cursor) { totalCount }
          accountOwner @include(if: $withCompany) { id }
          notes @skip(if: $skipNotes) { totalCount }
        } } }
      }
    `;
    expect(total(query, { count: 10, withCompany: false })).toBe(1 + (1 + 10));
    expect(total(query, { count: 10, cursor: 'c', withCompany: true })).toBe(1 + 10 + 1);
    expect(total(query, { count: 120, withCompany: false, skipNotes: false })).toBe(2 + 2 * (1 + 60) + 2 * (1 + 60 + 60));
  });

  it('reads metadata listings as an assumed workspace of 200 objects and 2,000 fields', () => {
    expect(total('{ objects { nameSingular fields { name } } }')).toBe(4);
    expect(total('{ objects { id } object(nameSingular: "company") { id } }')).toBe(4);
    expect(total(`{ object(id: "${ID}") { id } }`)).toBe(1);
    expect(total('{ fields { name } }')).toBe(34);
    expect(total(`{ fields(objectId: "${ID}") { name } }`)).toBe(1);
  });

  it('counts each write, its metadata read and the relations of what it returns', () => {
    expect(total('mutation { createCompany(data: { name: "A" }) { id } }')).toBe(1);
    expect(total('mutation { createCompany(data: { name: "A", customFields: {} }) { id } }')).toBe(1);
    expect(total('mutation { createCompany(data: { name: "A", customFields: { tier: "GOLD" } }) { id } }')).toBe(4 + 1);
    expect(total('mutation { a: createOpportunity(data: { stage: NEW }) { id } b: updateOpportunity(id: "' + ID + '", data: { stage: NEW }) { id } }')).toBe(4 + 1 + 1);
    expect(
      total(/* GraphQL */ `mutation {
        a: createOpportunity(data: { stage: NEW }) { id }
        createObject(data: { nameSingular: "tier", namePlural: "tiers", labelSingular: "Tier", labelPlural: "Tiers" }) { id }
        b: createOpportunity(data: { stage: NEW }) { id }
      }`),
    ).toBe(5 + 1 + 5);
    expect(total(`mutation { createCompany(data: { name: "A" }) { people { totalCount } accountOwner { id } } }`)).toBe(1 + 1 + 1);
    expect(total(`mutation { restoreCompany(id: "${ID}") { id } deleteCompany(id: "${ID}") { id } destroyCompany(id: "${ID}") { id } }`)).toBe(2 + 1 + 1);
    expect(total(`mutation { attachNote(noteId: "${ID}", target: { companyId: "${ID}" }) { note { id } } detachNote(noteId: "${ID}", target: { companyId: "${ID}" }) { id } }`)).toBe(
      2 + 1 + 2,
    );
  });

  it('sends a create-many in chunks of the batch size, and counts the relations of every record', () => {
    const query = /* GraphQL */ `mutation ($data: [CreateCompanyInput!]!) {
      createCompanies(data: $data) { records { people(first: 1) { totalCount } } failures { indexes } }
    }`;
    const data = Array.from({ length: 130 }, (_, index) => ({ name: `C${index}` }));
    expect(total(query, { data })).toBe(3 + (1 + 60) + (1 + 60) + (1 + 10));
    expect(total(query, { data: [] })).toBe(0);
  });

  it('bounds bulk writes by BFF_MAX_BULK_RECORDS: pages of ids, writes of 60, a restore twice', () => {
    const model = (options: Partial<UpstreamCostOptions>) => createUpstreamCostModel(SCHEMA, REGISTRY, { ...OPTIONS, ...options }, TYPE_DEFS);
    const filter = '{ city: { eq: "Paris" } }';
    expect(total(`mutation { updatePeople(filter: ${filter}, data: { city: "Lyon" }) { count } }`)).toBe(2 + 2);
    // A select value costs the metadata read first.
    expect(total(`mutation { updateOpportunities(filter: { name: { eq: "A" } }, data: { stage: MEETING }) { count } }`)).toBe(4 + 2 + 2);
    expect(total(`mutation { restorePeople(filter: ${filter}) { count } }`)).toBe(2 + 4);
    expect(total(`mutation { destroyPeople(filter: ${filter}) { count } }`, {}, model({ maxBulkRecords: 500, pageCap: 200 }))).toBe(3 + 9);
    expect(total('mutation { deletePeople(filter: { id: { in: [] } }) { count } }')).toBe(0);
  });

  it('bounds a move by the renumbering a shared position may need, and counts what merges and duplicates return', () => {
    expect(total(`mutation { moveOpportunity(id: "${ID}", after: "${ID}", before: "${ID}") { company { name } } }`)).toBe(1 + 2 + 5 + 1 + 1);
    expect(total(`mutation { moveOpportunity(id: "${ID}", after: "${ID}") { id } }`)).toBe(2 + 2 + 5 + 1);
    expect(total(`mutation { mergePeople(ids: ["${ID}"], conflictPriorityIndex: 0) { company { name } } }`)).toBe(1 + 1);
    expect(total(`{ personDuplicates(ids: ["${ID}", "${ID}"]) { edges { node { company { name } } } } }`)).toBe(1 + 7);
    expect(total('{ companyDuplicates(ids: []) { totalCount } }')).toBe(0);
  });

  it('follows the configuration: page cap, ids per request and batched rows', () => {
    const model = (options: Partial<UpstreamCostOptions>) => createUpstreamCostModel(SCHEMA, REGISTRY, { ...OPTIONS, ...options }, TYPE_DEFS);
    // Ids per request stay at 60 whatever the page cap.
    expect(total('{ people(first: 121) { edges { node { company { name } } } } }', {}, model({ pageCap: 200 }))).toBe(1 + 3);
    expect(total('{ people(first: 121) { edges { node { company { name } } } } }', {}, model({ pageCap: 30 }))).toBe(5 + 5);
    // 6,000 rows may take 99 more target pages: past the per-parent fallback of 20 parents.
    expect(total('{ companies(first: 20) { edges { node { notes(first: 3) { totalCount } } } } }', {}, model({ relationBatchMaxRows: 6000 }))).toBe(
      1 + (1 + 20 + 40),
    );
    expect(total('{ people(first: 20) { totalCount } }', {}, model({ paging: { defaultPageSize: 20, maxPageSize: 500 }, pageCap: 10 }))).toBe(2);
    expect(total('{ people { totalCount } }', {}, model({ paging: { defaultPageSize: 100, maxPageSize: 500 } }))).toBe(2);
  });

  it.each<[string, string, 'oneHop' | 'twoStep' | undefined, number]>([
    ['a many-to-one filter, applied by Twenty', '{ people(filter: { company: { name: { eq: "A" } } }) { totalCount } }', 'oneHop', 1],
    ['a many-to-one filter, read in two steps', '{ people(filter: { company: { name: { eq: "A" } } }) { totalCount } }', 'twoStep', 1 + 1],
    // The one-hop read may be refused, then the ids, then the list.
    ['a many-to-one filter, support not known yet', '{ people(filter: { company: { name: { eq: "A" } } }) { totalCount } }', undefined, 1 + 1 + 1],
    ['a one-to-many filter, read in two steps: 200 rows in pages of 60', '{ companies(filter: { people: { some: { city: { eq: "P" } } } }) { totalCount } }', 'twoStep', 4 + 1],
    [
      'some of two conditions, which has no one-hop form',
      '{ companies(filter: { people: { some: { city: { eq: "P" }, jobTitle: { eq: "J" } } } }) { totalCount } }',
      'oneHop',
      4 + 1,
    ],
    ['a relation filter that matches nothing', '{ people(filter: { company: { id: { in: [] } } }) { totalCount } }', undefined, 0],
    ['"there is a company", which needs no read', '{ people(filter: { company: {} }) { totalCount } }', 'twoStep', 1],
    // Nested lists never probe: their reads, once for all parents.
    [
      'a nested connection, support not known yet',
      '{ companies(first: 10) { edges { node { people(filter: { company: { name: { eq: "A" } } }) { totalCount } } } } }',
      undefined,
      1 + (1 + 10) + 1,
    ],
    [
      'a nested connection, applied by Twenty',
      '{ companies(first: 10) { edges { node { people(filter: { company: { name: { eq: "A" } } }) { totalCount } } } } }',
      'oneHop',
      1 + (1 + 10),
    ],
  ])('counts %s', (_name, query, mode, expected) => {
    expect(estimateUpstreamCost(MODEL, parse(query), undefined, {}, mode).total).toBe(expected);
  });

  it('bounds an aggregate by both paths until the groupBy route is known: the route, or 1,000 records in pages of 60', () => {
    const query = '{ opportunitiesAggregate { totalCount } }';
    const estimateWith = (known: { groupBy?: boolean }) => estimateUpstreamCost(MODEL, parse(query), undefined, {}, undefined, known).total;
    expect([estimateWith({}), estimateWith({ groupBy: true }), estimateWith({ groupBy: false })]).toEqual([1 + 17, 1, 17]);
    expect(total('{ opportunitiesAggregate(filter: { id: { in: [] } }) { totalCount } }')).toBe(0);
    const model = createUpstreamCostModel(SCHEMA, REGISTRY, { ...OPTIONS, pageCap: 200, aggregateMaxRecords: 250 }, TYPE_DEFS);
    expect(total(query, {}, model)).toBe(1 + 2);
  });

  it('counts the relations of the groups a groupBy answers, at most its limit', () => {
    const query = (limit: string) => `{ opportunitiesGroupBy(groupBy: [{ companyId: true }]${limit}) { groups { key { company { name } } aggregate { totalCount } } } }`;
    const known = (text: string) => estimateUpstreamCost(MODEL, parse(text), undefined, {}, undefined, { groupBy: true }).total;
    // The groups, then their companies by id: 50 groups by default, 60 ids a request.
    expect(known(query(''))).toBe(1 + 1);
    expect(known(query(', limit: 100'))).toBe(1 + 2);
    expect(total('{ companiesGroupBy(groupBy: [{ accountOwnerId: true }]) { groups { key { accountOwner { id } } } } }')).toBe(1 + 17 + 1);
  });

  it('counts the relations of the records of every group, ten a group', () => {
    const query = '{ opportunitiesGroupBy(groupBy: [{ stage: true }], limit: 6) { groups { records { company { name } } } } }';
    // 6 groups of 10 records: their 60 companies in one request.
    expect(estimateUpstreamCost(MODEL, parse(query), undefined, {}, undefined, { groupBy: true }).total).toBe(1 + 1);
    expect(estimateUpstreamCost(MODEL, parse(query.replace('limit: 6', 'limit: 7')), undefined, {}, undefined, { groupBy: true }).total).toBe(1 + 2);
  });

  it('gives each root field its share, by response key', () => {
    expect(estimate('{ a: people(first: 61) { edges { node { company { id } } } } ping }')).toEqual({
      total: 4,
      byRootField: [
        { responseKey: 'a', coordinate: 'Query.people', cost: 4 },
        { responseKey: 'ping', coordinate: 'Query.ping', cost: 0 },
      ],
    });
  });

  it('estimates the operation named, and nothing for one that cannot run', () => {
    const document = 'query One { people(first: 61) { totalCount } } query Two { ping }';
    expect(estimate(document, {}, MODEL, 'One').total).toBe(2);
    expect(estimate(document, {}, MODEL, 'Two').total).toBe(0);
    expect(estimate(document, {}, MODEL, 'Three').total).toBe(0);
    expect(estimate('query ($n: Int!) { people(first: $n) { totalCount } }', { n: 'many' }).total).toBe(0);
  });

  it('refuses, at boot, a root field without a cost rule', () => {
    const typeDefs = [...TYPE_DEFS, 'extend type Query { newField: Int }'];
    const schema = makeExecutableSchema({ typeDefs });
    expect(() => createUpstreamCostModel(schema, createObjectRegistry(schema), OPTIONS, typeDefs)).toThrow(
      'Query.newField has no upstream cost rule in src/cost/estimateUpstreamCost.ts.',
    );
  });
});
