import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

const ACME = '4a0f5b2e-6d1c-4c8e-9b7a-000000000001';

// Bad input anywhere in an operation stops it before its first upstream call
// (src/server/argumentChecksPlugin.ts), whatever the data would have been.
describe('arguments checked over the whole operation', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false, records: { companies: [{ id: ACME, name: 'Acme' }] } });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('refuses a later mutation’s input before the first mutation writes anything', async () => {
    bff.resetRequests();
    const result = await bff.execute(/* GraphQL */ `
      mutation {
        first: createCompany(data: { name: "Written?" }) { id }
        second: updateCompany(id: "${ACME}", data: {}) { id }
      }
    `);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: 'Expected at least one field to change at "data", got none.',
        path: ['second'],
        locations: [{ line: 4, column: 9 }],
        extensions: { code: 'BAD_USER_INPUT', argumentPath: 'data' },
      },
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('checks fields reached through fragments and aliases', async () => {
    bff.resetRequests();
    const result = await bff.execute(/* GraphQL */ `
      query { companies { ...withPeople } }
      fragment withPeople on CompanyConnection { edges { node { staff: people(first: 100000) { totalCount } } } }
    `);
    expect(result.errors?.map((error) => [error.path, error.extensions?.['argumentPath']])).toEqual([
      [['companies', 'edges', 'node', 'staff'], 'first'],
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a variable nested deeper than any input needs, without crashing', async () => {
    let filter: Record<string, unknown> = { name: { eq: 'Acme' } };
    for (let level = 0; level < 1500; level += 1) {
      filter = { and: [filter] };
    }
    bff.resetRequests();
    const result = await bff.execute('query ($filter: CompanyFilter) { companies(filter: $filter) { totalCount } }', { filter });
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code'], error.extensions?.['argumentPath']])).toEqual([
      ['Variable "$filter" is nested more than 128 levels deep.', 'BAD_USER_INPUT', '$filter'],
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('refuses a document of more than 4,000 tokens in the parser, before its recursion could overflow', async () => {
    bff.resetRequests();
    const nested = `${'{ not: '.repeat(1500)}{ name: { eq: "x" } }${' }'.repeat(1500)}`;
    const result = await bff.execute(`{ companies(filter: ${nested}) { totalCount } }`);
    // "more that" is graphql-js's own wording.
    expect(result.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      ['Syntax Error: Document contains more that 4000 tokens. Parsing aborted.', 'GRAPHQL_PARSE_FAILED'],
    ]);
    expect(bff.upstream()).toEqual([]);
  });

  it('ignores variables the operation does not declare, as graphql-js does', async () => {
    let unused: unknown = 'x';
    for (let level = 0; level < 500; level += 1) {
      unused = [unused];
    }
    const result = await bff.execute('{ ping }', { unused });
    expect(result).toEqual({ data: { ping: true } });
  });

  it('accepts as a variable the deepest filter it accepts as a literal', async () => {
    let filter: Record<string, unknown> = { name: { eq: 'Acme' } };
    for (let level = 0; level < 32; level += 1) {
      filter = { and: [filter] };
    }
    const result = await bff.execute('query ($filter: CompanyFilter) { companies(filter: $filter) { totalCount } }', { filter });
    expect(result).toEqual({ data: { companies: { totalCount: 1 } } });
  });

  it('leaves malformed variables to graphql-js’s own coercion errors', async () => {
    const result = await bff.execute('query ($id: UUID!) { company(id: $id) { id } }', { id: '123' });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Variable "$id" got invalid value "123"');
  });
});
