import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Validation rule refusing subscription operations, which twenty-bff does not
 * serve: graphql-js would otherwise accept them and fail at execution, which
 * clients saw as INTERNAL_SERVER_ERROR.
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not supported: use a query or a mutation.', { nodes: node }));
    }
  },
});
