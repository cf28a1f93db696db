import { Client, fetchExchange } from '@urql/core';

import { graphql } from './gql/index.js';
import type { OpportunityStageEnum, PipelineQuery } from './gql/graphql.js';

// A typed frontend client of twenty-bff: urql with documents typed by
// GraphQL Code Generator's client preset (`npm run codegen` generates ./gql
// from the SDL; `npm test` type-checks this file against it).

/** A pipeline board's column: its deals with their company and contact. */
export const PipelineDocument = graphql(/* GraphQL */ `
  query Pipeline($stage: OpportunityStageEnum!, $first: Int!) {
    opportunities(first: $first, filter: { stage: { eq: $stage } }, orderBy: [{ amount: { amountMicros: DescNullsLast } }]) {
      totalCount
      edges {
        node {
          id
          name
          closeDate
          amount { amount currencyCode }
          company { id name }
          pointOfContact { id name { firstName lastName } }
        }
      }
    }
  }
`);

/** One card of the board, as the UI draws it. */
export interface Card {
  id: string;
  title: string;
  company: string | null;
  contact: string | null;
  amount: string | null;
  closes: Date | null;
}

/** Creates a client for a twenty-bff at `url`, sending `token` as the caller's credential. */
export function createBffClient(url: string, token?: string): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    // urql sends queries as GET; twenty-bff (Apollo's CSRF prevention) wants
    // this header on a GET, which a cross-site form cannot send.
    fetchOptions: () => ({ headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
  });
}

/** The cards of one stage; throws the first GraphQL error. */
export async function loadColumn(client: Client, stage: OpportunityStageEnum, first = 20): Promise<{ total: number; cards: Card[] }> {
  const result = await client.query(PipelineDocument, { stage, first }).toPromise();
  if (result.error) {
    throw result.error;
  }
  return toColumn(result.data);
}

/** The board column of a Pipeline answer (an empty one when the list failed upstream). */
export function toColumn(data: PipelineQuery | undefined): { total: number; cards: Card[] } {
  const connection = data?.opportunities;
  if (!connection) {
    return { total: 0, cards: [] };
  }
  return {
    total: connection.totalCount,
    cards: connection.edges.map(({ node }) => ({
      // `UUID` is a string and `DateTime` an ISO string: the codegen scalars below.
      id: node.id,
      title: node.name ?? '(untitled deal)',
      company: node.company?.name ?? null,
      contact: node.pointOfContact ? `${node.pointOfContact.name?.firstName ?? ''} ${node.pointOfContact.name?.lastName ?? ''}`.trim() : null,
      amount: node.amount?.amount == null ? null : `${node.amount.amount} ${node.amount.currencyCode ?? ''}`.trim(),
      closes: node.closeDate ? new Date(node.closeDate) : null,
    })),
  };
}
