import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';

import type { Context } from '../../context.js';
import type { ArgumentCheck } from '../../resolvers/argumentChecks.js';
import { argumentChecksPlugin } from '../argumentChecksPlugin.js';

const TYPE_DEFS = /* GraphQL */ `
  type Query {
    ping: Boolean
    list(first: Int): [Item]
  }
  type Item {
    children(first: Int): [Item]
  }
`;

/** A server whose `Query.list` and `Item.children` checks record the arguments they see. */
function serverWithCheckLog() {
  const seen: Array<[string, unknown]> = [];
  const check =
    (coordinate: string): ArgumentCheck =>
    (args) => {
      seen.push([coordinate, args['first']]);
    };
  const server = new ApolloServer<Context>({
    typeDefs: TYPE_DEFS,
    resolvers: { Query: { ping: () => true, list: () => [] } },
    plugins: [
      argumentChecksPlugin(
        new Map([
          ['Query.list', check('Query.list')],
          ['Item.children', check('Item.children')],
          ['Query.ping', check('Query.ping')],
        ]),
      ),
    ],
  });
  return { server, seen };
}

const context = {} as Context;

describe('argumentChecksPlugin', () => {
  it('checks nested fields through fragments, inline fragments and variables', async () => {
    const { server, seen } = serverWithCheckLog();
    await server.executeOperation(
      {
        query: 'query ($n: Int) { list(first: 1) { ...F ... on Item { more: children(first: 3) { __typename } } } } fragment F on Item { children(first: $n) { __typename } }',
        variables: { n: 2 },
      },
      { contextValue: context },
    );
    expect(seen).toEqual([
      ['Query.list', 1],
      ['Item.children', 2],
      ['Item.children', 3],
    ]);
  });

  it('walks each fragment once, however often it is spread', async () => {
    const { server, seen } = serverWithCheckLog();
    const fragments = Array.from({ length: 5 }, (_, level) =>
      level === 4 ? 'fragment F4 on Query { ping }' : `fragment F${level} on Query { ${Array(80).fill(`...F${level + 1}`).join(' ')} }`,
    ).join('\n');
    const result = await server.executeOperation({ query: `query { ...F0 }\n${fragments}` }, { contextValue: context });
    expect(result.body.kind === 'single' && result.body.singleResult.errors).toBeUndefined();
    expect(seen).toEqual([['Query.ping', undefined]]);
  });

  it('leaves out what @skip and @include leave out', async () => {
    const { server, seen } = serverWithCheckLog();
    await server.executeOperation(
      {
        query: 'query ($no: Boolean!) { a: list(first: 1) @include(if: $no) { __typename } b: list(first: 2) @skip(if: $no) { __typename } ...F @include(if: false) } fragment F on Query { list(first: 3) { __typename } }',
        variables: { no: false },
      },
      { contextValue: context },
    );
    expect(seen).toEqual([['Query.list', 2]]);
  });
});
