import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';

import { TwentyApiError, type WriteOutcome } from '../twenty/TwentyApiError.js';
import { assertUnreachable } from '../utils/assertUnreachable.js';
import { ErrorCode } from './ErrorCode.js';

/** Which upstream call failed, as clients see it in `extensions.upstream`. */
export interface UpstreamErrorInfo {
  /** HTTP status, or null when Twenty never answered (timeout, network). */
  status: number | null;
  method: string;
  /** REST path without the query string, e.g. `/rest/companies`. */
  path: string;
}

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    /** Present on errors that come from a Twenty call. */
    upstream?: UpstreamErrorInfo;
    /** RATE_LIMITED: seconds Twenty asked to wait, when it said. */
    retryAfterSeconds?: number;
    /** Present (true) when a write's outcome is unknown (`writeOutcome` UNKNOWN); kept for older clients. */
    mayHaveApplied?: boolean;
    /** On every error of a write: whether it happened (APPLIED, NOT_APPLIED) or, only when nothing could tell, UNKNOWN. */
    writeOutcome?: WriteOutcome;
    /** BAD_USER_INPUT: the argument at fault, e.g. `filter.or[1].name.lastName.eq`. */
    argumentPath?: string;
    /** COST_ESTIMATED_TOO_EXPENSIVE: the upper bound of the operation's upstream requests. */
    estimatedCost?: number;
    /** COST_ESTIMATED_TOO_EXPENSIVE: the most allowed (`BFF_MAX_OPERATION_COST`). */
    maxCost?: number;
  }
}

const OUTCOME_NOTES: Partial<Record<WriteOutcome, string>> = {
  UNKNOWN: 'the write may have happened; check before retrying',
  APPLIED: 'the write was applied',
};

/**
 * Maps an upstream failure to the GraphQL error clients receive: 400/422 →
 * BAD_USER_INPUT, 401 → UNAUTHENTICATED, 402/403 → FORBIDDEN, 404 → NOT_FOUND,
 * 429 → RATE_LIMITED, timeout → UPSTREAM_TIMEOUT, anything else → UPSTREAM_ERROR.
 */
export function toGraphQLError(error: TwentyApiError): GraphQLError {
  const { code, message } = describe(error);
  const extensions: GraphQLErrorExtensions = {
    code,
    upstream: { status: error.status ?? null, method: error.method, path: error.path },
  };
  if (code === ErrorCode.RATE_LIMITED && error.retryAfterSeconds !== undefined) {
    extensions.retryAfterSeconds = error.retryAfterSeconds;
  }
  if (error.writeOutcome !== undefined) {
    extensions.writeOutcome = error.writeOutcome;
  }
  if (error.mayHaveApplied) {
    extensions.mayHaveApplied = true;
  }
  const note = error.writeOutcome === undefined ? undefined : OUTCOME_NOTES[error.writeOutcome];
  return new GraphQLError(note === undefined ? message : `${message}; ${note}`, {
    extensions,
    originalError: error,
  });
}

/** What is reported of an unexpected error: name, message, stack and the field's path only. */
export interface UnexpectedErrorReport {
  name: string;
  message: string | undefined;
  stack: string | undefined;
  path: GraphQLFormattedError['path'];
}

/**
 * Builds Apollo's `formatError`, the one place errors are mapped for clients:
 * TwentyApiError → `toGraphQLError`'s message and extensions; a GraphQLError
 * with a code → unchanged; anything else is given to `reportUnexpected` and
 * masked as INTERNAL_SERVER_ERROR "Internal server error".
 */
export function createFormatError(reportUnexpected: (report: UnexpectedErrorReport) => void) {
  return (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const classified = classify(unwrapResolverError(error));
    switch (classified.type) {
      case 'twenty': {
        const mapped = toGraphQLError(classified.error);
        return { ...withoutExtensions(formattedError), message: mapped.message, extensions: { ...mapped.extensions } };
      }
      case 'coded':
        return formattedError;
      case 'unknown':
        // Name, message and stack only: an error's own properties may hold
        // request options, headers or keys.
        reportUnexpected({
          name: classified.error instanceof Error ? classified.error.name : typeof classified.error,
          message: classified.error instanceof Error ? classified.error.message : undefined,
          stack: classified.error instanceof Error ? classified.error.stack : undefined,
          path: formattedError.path,
        });
        return {
          ...withoutExtensions(formattedError),
          message: 'Internal server error',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
      default:
        return assertUnreachable(classified, 'Unclassified error');
    }
  };
}

/** `createFormatError` reporting unexpected errors on stderr, for servers built without a logger. */
export const formatError = createFormatError((report) => console.error('twenty-bff: unexpected error', report));

type ClassifiedError =
  | { type: 'twenty'; error: TwentyApiError }
  | { type: 'coded'; error: GraphQLErrorLike }
  | { type: 'unknown'; error: unknown };

/** The parts of a GraphQLError read here. */
interface GraphQLErrorLike {
  extensions: Record<string, unknown>;
  originalError?: unknown;
}

function classify(error: unknown): ClassifiedError {
  if (error instanceof TwentyApiError) {
    return { type: 'twenty', error };
  }
  if (isGraphQLErrorLike(error)) {
    if (error.originalError instanceof TwentyApiError) {
      return { type: 'twenty', error: error.originalError };
    }
    if (typeof error.extensions['code'] === 'string') {
      return { type: 'coded', error };
    }
  }
  return { type: 'unknown', error };
}

// Not `instanceof GraphQLError`: graphql 16 ships CommonJS and ESM builds, and
// Apollo Server may load the other one, whose errors fail that check.
function isGraphQLErrorLike(error: unknown): error is GraphQLErrorLike {
  return (
    error instanceof GraphQLError ||
    (error instanceof Error &&
      typeof (error as Partial<GraphQLErrorLike>).extensions === 'object' &&
      (error as Partial<GraphQLErrorLike>).extensions !== null)
  );
}

function withoutExtensions(formattedError: GraphQLFormattedError): GraphQLFormattedError {
  const { extensions: _extensions, ...rest } = formattedError;
  return rest;
}

function describe(error: TwentyApiError): { code: ErrorCode; message: string } {
  switch (error.kind) {
    case 'http':
      return describeStatus(error);
    case 'timeout':
      return { code: ErrorCode.UPSTREAM_TIMEOUT, message: `Twenty did not answer ${error.method} ${error.path} in time` };
    case 'network':
      return { code: ErrorCode.UPSTREAM_ERROR, message: `Could not reach Twenty for ${error.method} ${error.path}` };
    case 'malformed': {
      // `detail` is our own description of the body (never the upstream's text).
      const what = [error.status === undefined ? undefined : `HTTP ${error.status}`, error.detail].filter(Boolean).join(', ');
      return {
        code: ErrorCode.UPSTREAM_ERROR,
        message: `The answer to ${error.method} ${error.path}${what ? ` (${what})` : ''} is not a Twenty REST API answer: check TWENTY_API_URL and any proxy in front of Twenty`,
      };
    }
    case 'tooLarge':
      return {
        code: ErrorCode.UPSTREAM_ERROR,
        message: `The answer to ${error.method} ${error.path} was dropped: it is larger than TWENTY_MAX_RESPONSE_BYTES${error.detail ? ` (${error.detail})` : ''}`,
      };
    case 'cost':
      return {
        code: ErrorCode.COST_ACTUAL_TOO_EXPENSIVE,
        message: `Not sent to Twenty: ${error.detail ?? 'the operation reached its upstream request limit'}. Ask for fewer records or relations.`,
      };
    case 'budget':
      return {
        code: ErrorCode.RATE_LIMITED,
        message:
          error.retryAfterSeconds === undefined
            ? "Not sent to Twenty: the workspace's request budget is spent; retry later"
            : `Not sent to Twenty: the workspace's request budget is spent; retry after ${error.retryAfterSeconds} seconds`,
      };
    case 'cancelled':
      return { code: ErrorCode.CANCELLED, message: 'Not sent to Twenty: the client went away' };
    default:
      return assertUnreachable(error.kind, 'Unknown TwentyApiError kind');
  }
}

function describeStatus(error: TwentyApiError): { code: ErrorCode; message: string } {
  const detail = error.messages.length > 0 ? error.messages.join('; ') : (error.upstreamError ?? `HTTP ${error.status ?? '?'}`);
  switch (error.status) {
    case 400:
    case 422:
      return { code: ErrorCode.BAD_USER_INPUT, message: `Twenty rejected the request: ${detail}` };
    case 401:
      return { code: ErrorCode.UNAUTHENTICATED, message: `Twenty did not accept the credentials: ${detail}` };
    case 402:
    case 403:
      return { code: ErrorCode.FORBIDDEN, message: `Twenty refused access: ${detail}` };
    case 404:
      return { code: ErrorCode.NOT_FOUND, message: `Not found in Twenty: ${detail}` };
    case 429:
      return {
        code: ErrorCode.RATE_LIMITED,
        message:
          error.retryAfterSeconds === undefined
            ? "Twenty's rate limit was reached; retry later"
            : `Twenty's rate limit was reached; retry after ${error.retryAfterSeconds} seconds`,
      };
    default:
      // Twenty's own text for a 5xx can expose internals (SQL, stack
      // fragments), so only the status reaches the client.
      return { code: ErrorCode.UPSTREAM_ERROR, message: `Twenty answered ${error.method} ${error.path} with HTTP ${error.status ?? '?'}` };
  }
}
