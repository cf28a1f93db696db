import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { Context } from '../context.js';
import { estimateUpstreamCost, type UpstreamCostEstimate, type UpstreamCostModel } from '../cost/estimateUpstreamCost.js';
import { ErrorCode } from '../errors/ErrorCode.js';

// Root fields named in the refusal, dearest first.
const FIELDS_NAMED = 3;

/**
 * Estimates each operation's upstream requests once it is resolved, records
 * the estimate in the operation's upstream usage, and refuses the
 * operation before it runs, so before any upstream call, with
 * COST_ESTIMATED_TOO_EXPENSIVE when the estimate exceeds `maxCost`
 * (0: no limit).
 */
export function costLimitPlugin(model: UpstreamCostModel, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const estimate = estimateUpstreamCost(
            model,
            document,
            request.operationName,
            request.variables ?? {},
            contextValue.relationFilterSupport.mode(),
            contextValue.knownRoutes(),
          );
          contextValue.upstreamUsage.estimated = estimate.total;
          if (maxCost > 0 && estimate.total > maxCost) {
            throw new GraphQLError(refusal(estimate, maxCost), {
              extensions: {
                code: ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
                estimatedCost: estimate.total,
                maxCost,
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}

function refusal(estimate: UpstreamCostEstimate, maxCost: number): string {
  const dearest = [...estimate.byRootField]
    .sort((one, other) => other.cost - one.cost)
    .slice(0, FIELDS_NAMED)
    .map((field) => `${field.responseKey} (${field.cost})`)
    .join(', ');
  return (
    `This operation could make up to ${estimate.total} upstream requests to Twenty, more than the ${maxCost} allowed ` +
    `(BFF_MAX_OPERATION_COST); nothing was sent. Dearest fields: ${dearest}. To bring it down, ask for a smaller ` +
    '`first` on lists and nested connections, use fewer aliases, and leave `after` off nested connections ' +
    '(with a cursor, each parent is read with its own request); page through a long list with separate operations.'
  );
}
