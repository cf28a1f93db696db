/**
 * Every `extensions.code` a client can receive: twenty-bff's own codes, and
 * those Apollo Server sets before execution (parse, validation, bad request),
 * which pass through unchanged.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  UPSTREAM_ERROR: 'UPSTREAM_ERROR',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** The operation's estimated upstream requests exceed `BFF_MAX_OPERATION_COST`; refused before any upstream call. */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  /** The operation's actual upstream requests reached the runtime cap while it ran. */
  COST_ACTUAL_TOO_EXPENSIVE: 'COST_ACTUAL_TOO_EXPENSIVE',
  /** The client went away; the operation's remaining upstream requests were not sent. */
  CANCELLED: 'CANCELLED',
  /** This process serves `BFF_MAX_SUBSCRIPTIONS` subscriptions (or a connection its share) already, or is shutting down. */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  /** A subscription's reader fell too many changes behind; it was ended rather than skip any. */
  SUBSCRIPTION_BEHIND: 'SUBSCRIPTION_BEHIND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Set by Apollo Server (ApolloServerErrorCode) or the HTTP layer.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;

/** One of the client-visible error codes in `ErrorCode`. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
