import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Validation rule of plain HTTP (POST and GET) refusing subscription
 * operations, which are served over WebSocket and Server-Sent Events only:
 * graphql-js would otherwise accept them and fail at execution, which
 * clients saw as INTERNAL_SERVER_ERROR.
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not served over plain HTTP POST or GET: subscribe over WebSocket (graphql-ws) at /graphql, or over Server-Sent Events (graphql-sse) at /graphql/stream.', { nodes: node }));
    }
  },
});
