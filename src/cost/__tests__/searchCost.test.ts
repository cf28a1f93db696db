import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../../schema/loadTypeDefs.js';
import { createObjectRegistry } from '../../schema/objectRegistry.js';
import { createUpstreamCostModel, estimateUpstreamCost, type UpstreamCostOptions } from '../estimateUpstreamCost.js';

const TYPE_DEFS = loadTypeDefs();
const SCHEMA = makeExecutableSchema({ typeDefs: TYPE_DEFS });
const REGISTRY = createObjectRegistry(SCHEMA);
// The defaults of src/config.ts.
const OPTIONS: UpstreamCostOptions = { pageCap: 60, paging: { defaultPageSize: 20, maxPageSize: 500 }, relationBatchMaxRows: 1000, batchSize: 60, maxBulkRecords: 100, relationFilterMaxRows: 200, aggregateMaxRecords: 1000 };
const MODEL = createUpstreamCostModel(SCHEMA, REGISTRY, OPTIONS, TYPE_DEFS);

function total(query: string, options: UpstreamCostOptions = OPTIONS): number {
  const model = options === OPTIONS ? MODEL : createUpstreamCostModel(SCHEMA, REGISTRY, options, TYPE_DEFS);
  return estimateUpstreamCost(model, parse(query), undefined, {}).total;
}

describe('the upstream cost of search', () => {
  it.each([
    ['every searchable object: one read each', '{ search(query: "acme") { totalCount } }', 5],
    ['the objects asked, once each', '{ search(query: "acme", objects: ["person", "company", "person"]) { hits { label } } }', 2],
    ['arguments the checks refuse: every object, to stay an upper bound', '{ search(query: "acme", objects: ["nope"]) { totalCount } }', 5],
    [
      // Up to `first` hits of each type, all arriving at once: one company batch, and one people
      // read for the batch of up to 5 companies or one per company.
      'the relations the hits select, per type searched',
      '{ search(query: "acme", objects: ["person", "company"], first: 5) { hits { record { ... on Person { company { name } } ... on Company { people(first: 3) { totalCount } } } } } }',
      2 + 1 + (1 + 5),
    ],
    [
      'nothing for a type that is not searched',
      '{ search(query: "acme", objects: ["company"]) { hits { record { ... on Person { company { name } } } } } }',
      1,
    ],
    [
      'every alias of hits, and fragments on the union',
      'query { search(query: "acme", objects: ["person"]) { a: hits { ...R } b: hits { record { ... on Person { company { id } } } } } } fragment R on SearchHit { record { ... on SearchRecord { ... on Person { company { name } } } } }',
      1 + 1 + 1,
    ],
  ])('counts %s', (_title, query, expected) => {
    expect(total(query)).toBe(expected);
  });

  it('reads SEARCH_CANDIDATES rows per object in pages of the page cap', () => {
    expect(total('{ search(query: "acme") { totalCount } }', { ...OPTIONS, pageCap: 20 })).toBe(15);
    expect(total('{ search(query: "acme") { totalCount } }', { ...OPTIONS, pageCap: 200 })).toBe(5);
  });
});
